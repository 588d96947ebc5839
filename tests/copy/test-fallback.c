/* SPDX-License-Identifier: MIT */
/*
 * fdk_copy_all's method chain under fault injection: each method is taken
 * when the ones before it say "unsupported" (copy_file_range -> sendfile ->
 * splice through a private pipe -> read/write), a hand-over mid-way keeps
 * every byte (also bytes already sitting in the private pipe), any other
 * errno is returned instead of falling back, and a first copy_file_range
 * that says 0 is not taken for end of file.
 */
#include "copy-paths.h"

#define LEN ((size_t)300001)

/* Each path, at the file positions and at explicit offsets, exact len and to EOF. */
static void test_each_path(void)
{
    for (int path = 0; path < P_COUNT; path++)
        for (int offsets = 0; offsets <= 1; offsets++)
            for (int to_eof = 0; to_eof <= 1; to_eof++) {
                int in = xt_pattern_file(LEN + 1000), out = xt_temp_file();
                int64_t ioff = 1000, ooff = 55;
                size_t done = 77;

                if (!offsets) {
                    ASSERT_EQ(lseek(in, 1000, SEEK_SET), 1000);
                    ASSERT_EQ(lseek(out, 55, SEEK_SET), 55);
                }
                fdk_inject_reset();
                force_path((enum path)path, (unsigned)(2 * offsets + to_eof));
                ASSERT_OK(fdk_copy_all(in, offsets ? &ioff : NULL, out, offsets ? &ooff : NULL,
                                       to_eof ? FDK_TO_EOF : LEN, NULL, &done));
                ASSERT_EQ(done, LEN);
                ASSERT_PATH(effective_path((enum path)path, offsets), offsets);
                fdk_inject_reset();
                if (offsets) {
                    ASSERT_EQ(ioff, 1000 + (int64_t)LEN);
                    ASSERT_EQ(ooff, 55 + (int64_t)LEN);
                    ASSERT_EQ(xt_tell(in), 0);
                    ASSERT_EQ(xt_tell(out), 0);
                } else {
                    ASSERT_EQ(xt_tell(in), (off_t)(1000 + LEN));
                    ASSERT_EQ(xt_tell(out), (off_t)(55 + LEN));
                }
                ASSERT_EQ(xt_size(out), (off_t)(55 + LEN));
                XT_CHECK_FILE(out, 55, LEN, 1000);
                close(in);
                close(out);
            }
}

/* A file to a stream socket down each path (sendfile can't be skipped by offsets here). */
static void test_each_path_to_socket(void)
{
    /* copy_file_range refuses sockets itself: start at sendfile, the natural path */
    for (int path = P_SENDFILE; path < P_COUNT; path++) {
        size_t len = 1 * XT_MIB + 1, done = 77;
        int in = xt_pattern_file(len), s[2];
        struct xt_drain d;

        xt_socketpair(s, 0);
        xt_drain_start(&d, s[1], SIZE_MAX, 0, 0);
        fdk_inject_reset();
        force_path((enum path)path, 0);
        ASSERT_OK(fdk_copy_all(in, NULL, s[0], NULL, FDK_TO_EOF, NULL, &done));
        ASSERT_EQ(done, len);
        ASSERT_TRUE(fdk_inject_calls(path_out_fn((enum path)path, 0)) > 0);
        if (path == P_RW)
            ASSERT_EQ(fdk_inject_calls("pipe2"), 1);
        fdk_inject_reset();
        close(s[0]);
        XT_DRAIN_JOIN(&d, len);
        close(s[1]);
        close(in);
    }
}

/* Errnos that are not "unsupported" are returned, never fallen back from. */
static void test_real_errors_returned(void)
{
    static const struct {
        enum path path;
        const char *fn;
        int err;
    } cases[] = {
        {P_COPY_RANGE, "copy_file_range", EIO},
        {P_COPY_RANGE, "copy_file_range", ENOSPC},
        {P_COPY_RANGE, "copy_file_range", EBADF},
        {P_SENDFILE, "sendfile", EIO},
        {P_SENDFILE, "sendfile", EPIPE},
        {P_SPLICE, "splice", EIO},
        {P_SPLICE, "splice", ENOMEM},
        {P_RW, "read", EIO},
        {P_RW, "write", ENOSPC},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int in = xt_pattern_file(LEN), out = xt_temp_file();
        size_t done = 77;

        fdk_inject_reset();
        force_path(cases[i].path, (unsigned)i);
        fdk_inject_fail(cases[i].fn, 1, 0, cases[i].err);
        ASSERT_ERR(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done), cases[i].err);
        ASSERT_EQ(done, 0);
        /* nothing after the failing method ran */
        if (cases[i].path < P_SENDFILE)
            ASSERT_EQ(fdk_inject_calls("sendfile"), 0);
        if (cases[i].path < P_SPLICE)
            ASSERT_EQ(fdk_inject_calls("pipe2"), 0);
        if (cases[i].path < P_RW)
            ASSERT_EQ(fdk_inject_calls("read") + fdk_inject_calls("write"), 0);
        fdk_inject_reset();
        ASSERT_EQ(xt_size(out), 0);
        close(in);
        close(out);
    }
}

/* A method refused mid-way: the next one carries on from the exact byte. */
static void test_handover_midway(void)
{
    for (int path = 0; path < P_RW; path++) {
        int in = xt_pattern_file(LEN), out = xt_temp_file();
        const char *fn = path_in_fn((enum path)path, 0);
        size_t done = 77;

        fdk_inject_reset();
        force_path((enum path)path, (unsigned)path);
        /* three calls of 4096 bytes, then "unsupported" from the fourth on */
        fdk_inject_short(fn, 1, 0, 4096);
        fdk_inject_fail(fn, 4, 0, path == P_COPY_RANGE ? EXDEV : EINVAL);
        ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done));
        ASSERT_EQ(done, LEN);
        ASSERT_PATH((enum path)(path + 1), 0);
        fdk_inject_reset();
        ASSERT_EQ(xt_tell(in), (off_t)LEN);
        XT_CHECK_FILE(out, 0, LEN, 0);
        ASSERT_EQ(xt_size(out), (off_t)LEN);
        close(in);
        close(out);
    }
}

/*
 * splice fills the private pipe, then fd_out refuses splice (as an O_APPEND
 * file does): read/write must first empty the pipe, then go on with fd_in.
 */
static void test_handover_with_bytes_in_pipe(void)
{
    for (int offsets = 0; offsets <= 1; offsets++)
        for (int small = 0; small <= 1; small++) {
            int in = xt_pattern_file(LEN), out = xt_temp_file();
            int64_t ioff = 0, ooff = 0;
            size_t done = 77;

            fdk_inject_reset();
            force_path(P_SPLICE, 0);
            if (small)
                fdk_inject_short("splice", 1, 1, 5000); /* the pipe holds 5000 of LEN bytes */
            fdk_inject_fail("splice", 2, 0, EINVAL);    /* every drain: "fd_out can't" */
            ASSERT_OK(fdk_copy_all(in, offsets ? &ioff : NULL, out, offsets ? &ooff : NULL, LEN,
                                   NULL, &done));
            ASSERT_EQ(done, LEN);
            ASSERT_EQ(fdk_inject_calls("splice"), 2);
            ASSERT_TRUE(fdk_inject_calls("read") > 0); /* the pipe is read with read() */
            if (small)
                ASSERT_TRUE(fdk_inject_calls(offsets ? "pread" : "read") > 1); /* then fd_in */
            fdk_inject_reset();
            if (offsets) {
                ASSERT_EQ(ioff, (int64_t)LEN);
                ASSERT_EQ(ooff, (int64_t)LEN);
            }
            XT_CHECK_FILE(out, 0, LEN, 0);
            ASSERT_EQ(xt_size(out), (off_t)LEN);
            close(in);
            close(out);
        }
}

/* Without a private pipe (descriptor limit) and without a big one (pipe quota): still copied. */
static void test_pipe_trouble(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file();
    size_t done = 77;

    fdk_inject_reset();
    force_path(P_SPLICE, 0);
    fdk_inject_fail("pipe2", 1, 1, EMFILE);
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done));
    ASSERT_EQ(done, LEN);
    ASSERT_EQ(fdk_inject_calls("splice"), 0);
    ASSERT_TRUE(fdk_inject_calls("read") > 0);
    fdk_inject_reset();
    XT_CHECK_FILE(out, 0, LEN, 0);

    force_path(P_SPLICE, 0);
    fdk_inject_fail("fcntl", 1, 1, EPERM); /* F_SETPIPE_SZ over the quota */
    done = 77;
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, FDK_TO_EOF, NULL, &done)); /* at EOF already */
    ASSERT_EQ(done, 0);
    ASSERT_EQ(lseek(in, 0, SEEK_SET), 0);
    ASSERT_EQ(lseek(out, 0, SEEK_SET), 0);
    fdk_inject_reset();
    force_path(P_SPLICE, 0);
    fdk_inject_fail("fcntl", 1, 0, EPERM); /* and F_GETPIPE_SZ too: one page at a time */
    done = 77;
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done));
    ASSERT_EQ(done, LEN);
    ASSERT_TRUE(fdk_inject_calls("splice") >= 2 * (LEN / 4096));
    fdk_inject_reset();
    XT_CHECK_FILE(out, 0, LEN, 0);
    close(in);
    close(out);
}

/*
 * copy_file_range's first call saying 0 (what procfs/sysfs files did on some
 * kernels) is not end of file: the next method copies the real content.  A 0
 * after progress is end of file.
 */
static void test_copy_range_zero(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file();
    size_t done = 77;

    fdk_inject_reset();
    fdk_inject_short("copy_file_range", 1, 1, 0);
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done));
    ASSERT_EQ(done, LEN);
    ASSERT_EQ(fdk_inject_calls("copy_file_range"), 1);
    ASSERT_TRUE(fdk_inject_calls("sendfile") > 0);
    fdk_inject_reset();
    XT_CHECK_FILE(out, 0, LEN, 0);

    /* after progress, 0 is EOF: -ENODATA with the progress, no fallback */
    ASSERT_EQ(lseek(in, 0, SEEK_SET), 0);
    ASSERT_EQ(lseek(out, 0, SEEK_SET), 0);
    fdk_inject_short("copy_file_range", 1, 1, 1000);
    fdk_inject_short("copy_file_range", 2, 1, 0);
    done = 77;
    ASSERT_ERR(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done), ENODATA);
    ASSERT_EQ(done, 1000);
    ASSERT_EQ(fdk_inject_calls("sendfile"), 0);
    fdk_inject_reset();
    close(in);
    close(out);
}

/*
 * procfs files of unknown size, to EOF: whatever this kernel refuses for them
 * (copy_file_range across file systems, sendfile or splice on some seq
 * files), the content arrives; also when splice or read/write is forced.
 * (A copy_file_range that says 0 for them, as some kernels did, cannot be
 * provoked here: its real call fails first.  test_copy_range_zero covers
 * that answer on a regular file.)
 */
static void test_procfs(void)
{
    static const char *const paths[] = {"/proc/version", "/proc/filesystems", "/proc/self/limits"};
    static const enum path forced[] = {P_COPY_RANGE, P_SPLICE, P_RW};

    for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++)
        for (size_t f = 0; f < sizeof(forced) / sizeof(forced[0]); f++) {
            unsigned char want[16384], got[16384];
            int in, out = xt_temp_file(), ref = open(paths[i], O_RDONLY | O_CLOEXEC);
            size_t n = 0, done = 77;
            ssize_t r;

            ASSERT_TRUE(ref >= 0);
            while ((r = read(ref, want + n, sizeof(want) - n)) > 0)
                n += (size_t)r;
            ASSERT_TRUE(r == 0 && n > 0 && n < sizeof(want));
            close(ref);
            in = open(paths[i], O_RDONLY | O_CLOEXEC);
            ASSERT_TRUE(in >= 0);

            fdk_inject_reset();
            force_path(forced[f], (unsigned)i);
            ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, FDK_TO_EOF, NULL, &done));
            fdk_inject_reset();
            ASSERT_EQ(done, n);
            ASSERT_EQ(pread(out, got, sizeof(got), 0), (ssize_t)n);
            if (memcmp(got, want, n) != 0)
                fdk_test_fail(__FILE__, __LINE__, "copy of %s differs from its content", paths[i]);
            close(in);
            close(out);
        }
}

/*
 * Bytes in the private pipe when the output stays full past the deadline:
 * -ETIMEDOUT, done counts only what arrived, and with an explicit off_in the
 * caller resumes from *off_in without losing a byte.
 */
static void test_deadline_with_bytes_held(void)
{
    size_t len = 4 * XT_MIB, done = 77, total = 0;
    int in = xt_pattern_file(len), s[2];
    struct timespec dl;
    struct xt_drain d;
    int64_t ioff = 0;
    int r;

    xt_socketpair(s, SOCK_NONBLOCK);
    fdk_inject_reset();
    force_path(P_SPLICE, 0);
    dl = xt_deadline_ms(100);
    ASSERT_ERR(fdk_copy_all(in, &ioff, s[0], NULL, len, &dl, &done), ETIMEDOUT);
    ASSERT_TRUE(done > 0 && done < len);
    ASSERT_EQ(ioff, (int64_t)done);
    ASSERT_EQ(fdk_inject_calls("pipe2"), 1);
    ASSERT_TRUE(fdk_inject_calls("poll") >= 1);
    ASSERT_EQ(xt_tell(in), 0);
    ASSERT_EQ(xt_pending(s[1]), done);
    total = done;

    /* resume with a late reader; no deadline: the held bytes are waited for */
    xt_drain_start(&d, s[1], len, 0, 50);
    while (total < len) {
        done = 77;
        r = fdk_copy_all(in, &ioff, s[0], NULL, len - total, NULL, &done);
        ASSERT_TRUE(r == 0 || r == -EAGAIN);
        total += done;
        ASSERT_EQ(ioff, (int64_t)total);
        if (r == -EAGAIN) {
            struct pollfd pfd = {.fd = s[0], .events = POLLOUT};
            poll(&pfd, 1, -1);
        }
    }
    XT_DRAIN_JOIN(&d, len);
    fdk_inject_reset();
    close(s[0]);
    close(s[1]);
    close(in);
}

/*
 * Held bytes and a NULL deadline, fd_out non-blocking and full: the bytes
 * already taken (private pipe, or read/write's buffer) are delivered first,
 * waiting on fd_out; then, rather than take more and wait again without end,
 * the call returns -EAGAIN with its progress.  Nothing taken is left behind:
 * fd_in's position is always exactly what was delivered.
 */
static void test_held_bytes_then_eagain(void)
{
    for (int path = P_SPLICE; path <= P_RW; path++) {
        size_t len = 4 * XT_MIB, done = 77, total = 0;
        int in = xt_pattern_file(len), s[2], r, calls = 0;
        struct xt_drain d;

        xt_socketpair(s, SOCK_NONBLOCK);
        xt_drain_start(&d, s[1], len, 0, 100); /* the socket fills long before the reader starts */
        fdk_test_watchdog(30, "fdk_copy_all: held bytes, no deadline");
        while (total < len) {
            fdk_inject_reset();
            force_path((enum path)path, 1);
            done = 77;
            r = fdk_copy_all(in, NULL, s[0], NULL, len - total, NULL, &done);
            fdk_inject_reset();
            ASSERT_TRUE(r == 0 || r == -EAGAIN);
            /* the first call had to wait for the late reader, so it stops early */
            if (calls++ == 0) {
                ASSERT_ERR(r, EAGAIN);
                ASSERT_TRUE(done > 0 && done < len);
            }
            total += done;
            ASSERT_EQ(xt_tell(in), (off_t)total); /* nothing held back */
            if (r == -EAGAIN) {
                struct pollfd pfd = {.fd = s[0], .events = POLLOUT};
                poll(&pfd, 1, -1);
            }
        }
        fdk_test_watchdog(0, NULL);
        ASSERT_EQ(total, len);
        XT_DRAIN_JOIN(&d, len);
        close(s[0]);
        close(s[1]);
        close(in);
    }
}

int main(void)
{
    xt_ignore_sigpipe();
    RUN(test_each_path);
    RUN(test_each_path_to_socket);
    RUN(test_real_errors_returned);
    RUN(test_handover_midway);
    RUN(test_handover_with_bytes_in_pipe);
    RUN(test_pipe_trouble);
    RUN(test_copy_range_zero);
    RUN(test_procfs);
    RUN(test_deadline_with_bytes_held);
    RUN(test_held_bytes_then_eagain);
    return 0;
}
