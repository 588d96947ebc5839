/* SPDX-License-Identifier: MIT */
/*
 * Forcing fdk_copy_all down each of its four methods with fault injection,
 * and checking which one ran.  Shared by test-fallback.c and test-inject.c.
 */
#ifndef FDK_COPY_PATHS_H
#define FDK_COPY_PATHS_H

#include "fdk-xfer-test.h"
#include "fdk-inject.h"

enum path { P_COPY_RANGE, P_SENDFILE, P_SPLICE, P_RW, P_COUNT };

static const char *const path_name[P_COUNT] = {"copy_file_range", "sendfile", "splice",
                                               "read/write"};

/*
 * Make every method before `path` unsupported, with a different
 * "unsupported" errno each time round so all of them are exercised.
 */
static __attribute__((unused)) void force_path(enum path path, unsigned variant)
{
    static const int cfr_errs[] = {ENOSYS, EXDEV, EINVAL, EOPNOTSUPP};
    static const int other_errs[] = {EINVAL, ENOSYS, EOPNOTSUPP};

    if (path > P_COPY_RANGE)
        fdk_inject_fail("copy_file_range", 1, 0, cfr_errs[variant % 4]);
    if (path > P_SENDFILE)
        fdk_inject_fail("sendfile", 1, 0, other_errs[variant % 3]);
    if (path > P_SPLICE)
        fdk_inject_fail("splice", 1, 0, other_errs[(variant + 1) % 3]);
}

/*
 * The method that really runs: with an explicit output offset sendfile is
 * skipped (it can only write at the file position).
 */
static __attribute__((unused)) enum path effective_path(enum path path, int offsets)
{
    return path == P_SENDFILE && offsets ? P_SPLICE : path;
}

/* The wrapped calls that move the bytes on a path. */
static __attribute__((unused)) const char *path_in_fn(enum path path, int offsets)
{
    switch (path) {
    case P_COPY_RANGE:
        return "copy_file_range";
    case P_SENDFILE:
        return "sendfile";
    case P_SPLICE:
        return "splice";
    default:
        return offsets ? "pread" : "read";
    }
}

static __attribute__((unused)) const char *path_out_fn(enum path path, int offsets)
{
    return path == P_RW ? (offsets ? "pwrite" : "write") : path_in_fn(path, offsets);
}

/* Assert (from the call counters) that `path` moved the bytes and nothing later ran. */
#define ASSERT_PATH(path, offsets) assert_path_at(__FILE__, __LINE__, (path), (offsets))
static __attribute__((unused)) void assert_path_at(const char *file, int line, enum path path,
                                                   int offsets)
{
    unsigned cfr = fdk_inject_calls("copy_file_range"), sf = fdk_inject_calls("sendfile");
    unsigned sp = fdk_inject_calls("splice"), p2 = fdk_inject_calls("pipe2");
    unsigned rd = fdk_inject_calls("read") + fdk_inject_calls("pread");
    unsigned wr = fdk_inject_calls("write") + fdk_inject_calls("pwrite");
    int ok;

    switch (path) {
    case P_COPY_RANGE:
        ok = cfr > 0 && sf == 0 && sp == 0 && p2 == 0 && rd == 0 && wr == 0;
        break;
    case P_SENDFILE:
        ok = cfr > 0 && sf > 0 && sp == 0 && p2 == 0 && rd == 0 && wr == 0;
        break;
    case P_SPLICE:
        ok = cfr > 0 && sf == (offsets ? 0u : sf) && sp > 0 && p2 == 1 && rd == 0 && wr == 0;
        break;
    default:
        ok = cfr > 0 && rd > 0 && wr > 0 && fdk_inject_calls(offsets ? "read" : "pread") == 0 &&
             fdk_inject_calls(offsets ? "write" : "pwrite") == 0;
        break;
    }
    if (!ok)
        fdk_test_fail(
            file, line,
            "expected the %s path (offsets %d): copy_file_range %u, sendfile %u, splice %u, "
            "pipe2 %u, read+pread %u, write+pwrite %u",
            path_name[path], offsets, cfr, sf, sp, p2, rd, wr);
}

#endif /* FDK_COPY_PATHS_H */
