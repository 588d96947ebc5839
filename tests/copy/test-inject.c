/* SPDX-License-Identifier: MIT */
/*
 * fdk_copy_all on each of its paths under fault injection: every transfer
 * call short, EINTR at call k of each call it makes (the transfers: -EINTR
 * with exact progress, or a retry while taken bytes are delivered; pipe2,
 * fcntl, poll), and a non-retryable error mid-way, which must come back with
 * *ret_done, the offsets and the file positions exactly at the bytes
 * delivered and the delivered content correct.
 */
#include "copy-paths.h"

#define LEN   ((size_t)40000)
#define SHORT ((size_t)4096)

/* Every transfer call of `path` moves at most SHORT bytes. */
static void short_path(enum path path, int offsets)
{
    fdk_inject_short(path_in_fn(path, offsets), 1, 0, SHORT);
    if (path == P_RW)
        fdk_inject_short(path_out_fn(path, offsets), 1, 0, SHORT);
}

static void test_eintr_each_step(void)
{
    for (int path = 0; path < P_COUNT; path++)
        for (int offsets = 0; offsets <= 1; offsets++) {
            enum path eff = effective_path((enum path)path, offsets);
            const char *fns[3] = {path_in_fn(eff, offsets), path_out_fn(eff, offsets), NULL};
            unsigned kmax = eff == P_SPLICE || eff == P_RW ? 22 : 11;

            if (fns[1] == fns[0])
                fns[1] = NULL;
            for (int f = 0; f < 2 && fns[f]; f++)
                for (unsigned k = 1; k <= kmax; k++) {
                    int in = xt_pattern_file(LEN + 3), out = xt_temp_file();
                    int64_t ioff = 3, ooff = 0;
                    size_t done = 77;
                    int r;

                    if (!offsets)
                        ASSERT_EQ(lseek(in, 3, SEEK_SET), 3);
                    fdk_inject_reset();
                    force_path((enum path)path, k);
                    short_path(eff, offsets);
                    fdk_inject_fail(fns[f], k, 1, EINTR);
                    r = fdk_copy_all(in, offsets ? &ioff : NULL, out, offsets ? &ooff : NULL, LEN, NULL,
                                     &done);
                    if (r == 0)
                        ASSERT_PATH(eff, offsets); /* (an early -EINTR may not reach every call) */
                    if (r == -EINTR) {
                        /* a wait for input was interrupted: what was taken is delivered, and
                           the offsets and positions are exactly at done, so the rest resumes */
                        size_t rest = 77;

                        ASSERT_TRUE(!(eff == P_RW && f == 1)); /* a write of taken bytes is retried */
                        ASSERT_TRUE(done < LEN);
                        if (offsets) {
                            ASSERT_EQ(ioff, 3 + (int64_t)done);
                            ASSERT_EQ(ooff, (int64_t)done);
                        } else {
                            ASSERT_EQ(xt_tell(in), (off_t)(3 + done));
                        }
                        ASSERT_EQ(xt_size(out), (off_t)done);
                        ASSERT_OK(fdk_copy_all(in, offsets ? &ioff : NULL, out, offsets ? &ooff : NULL,
                                               LEN - done, NULL, &rest));
                        done += rest;
                    } else {
                        ASSERT_OK(r);
                    }
                    ASSERT_EQ(done, LEN);
                    fdk_inject_reset();
                    if (offsets) {
                        ASSERT_EQ(ioff, 3 + (int64_t)LEN);
                        ASSERT_EQ(ooff, (int64_t)LEN);
                    } else {
                        ASSERT_EQ(xt_tell(in), (off_t)(LEN + 3));
                    }
                    ASSERT_EQ(xt_size(out), (off_t)LEN);
                    XT_CHECK_FILE(out, 0, LEN, 3);
                    close(in);
                    close(out);
                }
        }
}

/* EINTR from the calls around the transfers: the private pipe's pipe2 and fcntl, and poll. */
static void test_eintr_around(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file(), s[2];
    struct timespec dl;
    struct xt_drain d;
    size_t done = 77;

    /* pipe2 and fcntl never say EINTR for real; if they did, the copy still completes */
    fdk_inject_reset();
    force_path(P_SPLICE, 0);
    fdk_inject_fail("fcntl", 1, 0, EINTR);
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done));
    ASSERT_EQ(done, LEN);
    ASSERT_TRUE(fdk_inject_calls("splice") > 0);
    fdk_inject_reset();
    XT_CHECK_FILE(out, 0, LEN, 0);

    ASSERT_EQ(lseek(in, 0, SEEK_SET), 0);
    ASSERT_EQ(lseek(out, 0, SEEK_SET), 0);
    force_path(P_SPLICE, 0);
    fdk_inject_fail("pipe2", 1, 1, EINTR);
    done = 77;
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done));
    ASSERT_EQ(done, LEN);
    fdk_inject_reset();
    XT_CHECK_FILE(out, 0, LEN, 0);

    /* a full non-blocking socket: the wait (poll) is interrupted, then resumes */
    xt_socketpair(s, SOCK_NONBLOCK);
    for (int path = P_SENDFILE; path < P_COUNT; path++) {
        size_t len = 2 * XT_MIB;
        int big = xt_pattern_file(len);

        xt_drain_start(&d, s[1], len, 0, 50);
        fdk_inject_reset();
        force_path((enum path)path, 0);
        fdk_inject_fail("poll", 1, 3, EINTR);
        dl = xt_deadline_ms(20000);
        done = 77;
        ASSERT_OK(fdk_copy_all(big, NULL, s[0], NULL, len, &dl, &done));
        ASSERT_EQ(done, len);
        ASSERT_TRUE(fdk_inject_calls("poll") >= 4);
        fdk_inject_reset();
        XT_DRAIN_JOIN(&d, len);
        close(big);
    }
    close(s[0]);
    close(s[1]);
    close(in);
    close(out);
}

/*
 * EIO mid-way on each path.  For the staged paths (splice, read/write), an
 * error on the output side loses the bytes taken from fd_in but not written:
 * they are not counted, *off_in stays at start + done, and the file position
 * (NULL off_in) is past them.
 */
static void test_eio_midway(void)
{
    static const struct {
        enum path path;
        int out_side;     /* fail the output call (staged paths) */
        unsigned nth;     /* which call of that function fails */
        size_t delivered; /* what must have arrived */
        size_t taken;     /* what left fd_in */
    } cases[] = {
        {P_COPY_RANGE, 0, 4, 3 * SHORT, 3 * SHORT},
        {P_SENDFILE, 0, 4, 3 * SHORT, 3 * SHORT},
        /* splice calls alternate fill, drain, fill, drain... */
        {P_SPLICE, 0, 5, 2 * SHORT, 2 * SHORT}, /* third fill */
        {P_SPLICE, 1, 4, 1 * SHORT, 2 * SHORT}, /* second drain, SHORT bytes held */
        {P_RW, 0, 3, 2 * SHORT, 2 * SHORT},     /* third read */
        {P_RW, 1, 3, 2 * SHORT, 3 * SHORT},     /* third write */
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        for (int offsets = 0; offsets <= 1; offsets++) {
            enum path path = cases[i].path;
            int64_t ioff = 9, ooff = 0;
            size_t done = 77;
            const char *fn;
            int in, out;

            if (path == P_SENDFILE && offsets)
                continue; /* with off_out it is the splice path */
            in = xt_pattern_file(LEN + 9);
            out = xt_temp_file();
            if (!offsets)
                ASSERT_EQ(lseek(in, 9, SEEK_SET), 9);
            fn = cases[i].out_side ? path_out_fn(path, offsets) : path_in_fn(path, offsets);
            fdk_inject_reset();
            force_path(path, (unsigned)i);
            short_path(path, offsets);
            fdk_inject_fail(fn, cases[i].nth, 1, EIO);
            ASSERT_ERR(fdk_copy_all(in, offsets ? &ioff : NULL, out, offsets ? &ooff : NULL, LEN,
                                    NULL, &done),
                       EIO);
            ASSERT_EQ(done, cases[i].delivered);
            ASSERT_EQ(fdk_inject_calls(fn), cases[i].nth);
            fdk_inject_reset();
            if (offsets) {
                ASSERT_EQ(ioff, 9 + (int64_t)cases[i].delivered);
                ASSERT_EQ(ooff, (int64_t)cases[i].delivered);
                ASSERT_EQ(xt_tell(in), 0);
                ASSERT_EQ(xt_tell(out), 0);
            } else {
                ASSERT_EQ(xt_tell(in), (off_t)(9 + cases[i].taken));
                ASSERT_EQ(xt_tell(out), (off_t)cases[i].delivered);
            }
            ASSERT_EQ(xt_size(out), (off_t)cases[i].delivered);
            XT_CHECK_FILE(out, 0, cases[i].delivered, 9);
            close(in);
            close(out);
        }
}

/* -EAGAIN mid-way without a deadline: handed back with the progress on the direct paths. */
static void test_eagain_midway(void)
{
    for (int path = P_COPY_RANGE; path <= P_SENDFILE; path++) {
        int in = xt_pattern_file(LEN), out = xt_temp_file();
        size_t done = 77;

        fdk_inject_reset();
        force_path((enum path)path, 0);
        short_path((enum path)path, 0);
        fdk_inject_fail(path_in_fn((enum path)path, 0), 3, 1, EAGAIN);
        ASSERT_ERR(fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done), EAGAIN);
        ASSERT_EQ(done, 2 * SHORT);
        ASSERT_EQ(fdk_inject_calls("poll"), 0);
        /* resume: the rest, exactly */
        fdk_inject_reset();
        done = 77;
        ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, LEN - 2 * SHORT, NULL, &done));
        ASSERT_EQ(done, LEN - 2 * SHORT);
        XT_CHECK_FILE(out, 0, LEN, 0);
        close(in);
        close(out);
    }
}

/* A deadline already past and a method saying EAGAIN forever: -ETIMEDOUT after one call. */
static void test_past_deadline_eagain_forever(void)
{
    for (int path = P_COPY_RANGE; path <= P_SENDFILE; path++) {
        int in = xt_pattern_file(LEN), out = xt_temp_file();
        struct timespec past = xt_deadline_ms(-1000);
        size_t done = 77;

        fdk_test_watchdog(10, "fdk_copy_all: EAGAIN forever after the deadline");
        fdk_inject_reset();
        force_path((enum path)path, 0);
        fdk_inject_fail(path_in_fn((enum path)path, 0), 1, 0, EAGAIN);
        ASSERT_ERR(fdk_copy_all(in, NULL, out, NULL, LEN, &past, &done), ETIMEDOUT);
        ASSERT_EQ(done, 0);
        ASSERT_EQ(fdk_inject_calls(path_in_fn((enum path)path, 0)), 1);
        ASSERT_EQ(fdk_inject_calls("poll"), 0);
        fdk_inject_reset();
        fdk_test_watchdog(0, NULL);
        close(in);
        close(out);
    }
}

int main(void)
{
    xt_ignore_sigpipe();
    RUN(test_eintr_each_step);
    RUN(test_eintr_around);
    RUN(test_eio_midway);
    RUN(test_eagain_midway);
    RUN(test_past_deadline_eagain_forever);
    return 0;
}
