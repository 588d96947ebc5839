/* SPDX-License-Identifier: MIT */
/*
 * fdk_splice_all under fault injection (tests/inject/fdk-inject.h): EINTR at
 * every call, every call short, EAGAIN and poll failures mid-way, an I/O
 * error mid-way; progress, offsets and content must stay exact throughout.
 */
#include "fdk-xfer-test.h"
#include "fdk-inject.h"

/* LEN fits an empty 1 MiB pipe even in 1-byte splices: no reader needed. */
#define LEN   ((size_t)60000)
#define SHORT ((size_t)4096)
#define CALLS ((LEN + SHORT - 1) / SHORT) /* splice calls when each moves SHORT bytes */

/* file -> pipe at an explicit offset, then pipe -> file at one: EINTR at call k of each. */
static void test_eintr_each_call(void)
{
    for (unsigned k = 1; k <= CALLS; k++) {
        int file = xt_pattern_file(LEN + 100), out = xt_temp_file(), p[2];
        int64_t off = 100, ooff = 7;
        size_t done = 77, rest;

        xt_pipe_cap(p, 0, 1024 * 1024);
        fdk_inject_reset();
        fdk_inject_short("splice", 1, 0, SHORT);
        fdk_inject_fail("splice", k, 1, EINTR);
        ASSERT_ERR(fdk_splice_all(file, &off, p[1], NULL, LEN, 0, NULL, &done), EINTR);
        ASSERT_EQ(done, (size_t)(k - 1) * SHORT); /* exactly what moved before the signal */
        ASSERT_EQ(off, 100 + (int64_t)done);
        ASSERT_EQ(fdk_inject_calls("splice"), k);
        rest = 77;
        ASSERT_OK(fdk_splice_all(file, &off, p[1], NULL, LEN - done, 0, NULL, &rest));
        ASSERT_EQ(done + rest, LEN);
        ASSERT_EQ(off, 100 + (int64_t)LEN);
        ASSERT_EQ(xt_tell(file), 0);
        ASSERT_EQ(xt_pending(p[0]), LEN);

        fdk_inject_reset();
        fdk_inject_short("splice", 1, 0, SHORT);
        fdk_inject_fail("splice", k, 1, EINTR);
        done = rest = 77;
        ASSERT_ERR(fdk_splice_all(p[0], NULL, out, &ooff, LEN, 0, NULL, &done), EINTR);
        ASSERT_EQ(done, (size_t)(k - 1) * SHORT);
        ASSERT_EQ(ooff, 7 + (int64_t)done);
        ASSERT_OK(fdk_splice_all(p[0], NULL, out, &ooff, LEN - done, 0, NULL, &rest));
        ASSERT_EQ(done + rest, LEN);
        ASSERT_EQ(ooff, 7 + (int64_t)LEN);
        fdk_inject_reset();
        ASSERT_EQ(xt_tell(out), 0);
        XT_CHECK_FILE(out, 7, LEN, 100);

        close(p[0]);
        close(p[1]);
        close(file);
        close(out);
    }
}

/* EINTR on every other call and every call short to 1 byte for a while:
   each -EINTR hands back its progress, and calling again for the rest is exact */
static void test_eintr_storm(void)
{
    int file = xt_pattern_file(LEN), p[2], r, eintrs = 0;
    size_t done = 0;

    xt_pipe_cap(p, 0, 1024 * 1024);
    fdk_inject_reset();
    fdk_inject_short("splice", 1, 200, 1);
    for (unsigned k = 1; k <= 20; k++)
        fdk_inject_fail("splice", 2 * k, 1, EINTR);
    do {
        size_t step = 77;
        r = fdk_splice_all(file, NULL, p[1], NULL, LEN - done, FDK_SPLICE_MORE, NULL, &step);
        done += step;
        eintrs += r == -EINTR;
    } while (r == -EINTR);
    ASSERT_OK(r);
    ASSERT_EQ(eintrs, 20);
    ASSERT_EQ(done, LEN);
    ASSERT_EQ(xt_tell(file), (off_t)LEN);
    fdk_inject_reset();
    XT_READ_CHECK(p[0], LEN, 0);
    close(p[0]);
    close(p[1]);
    close(file);
}

/* A non-retryable error at call 5: -EIO with exactly 4 short calls delivered. */
static void test_eio_midway(void)
{
    int file = xt_pattern_file(LEN), p[2];
    int64_t off = 3;
    size_t done = 77;

    xt_pipe_cap(p, 0, 1024 * 1024);
    fdk_inject_reset();
    fdk_inject_short("splice", 1, 0, SHORT);
    fdk_inject_fail("splice", 5, 1, EIO);
    ASSERT_ERR(fdk_splice_all(file, &off, p[1], NULL, LEN, 0, NULL, &done), EIO);
    ASSERT_EQ(done, 4 * SHORT);
    ASSERT_EQ(off, 3 + 4 * (int64_t)SHORT);
    ASSERT_EQ(fdk_inject_calls("splice"), 5);
    fdk_inject_reset();
    ASSERT_EQ(xt_tell(file), 0);
    ASSERT_EQ(xt_pending(p[0]), 4 * SHORT);
    XT_READ_CHECK(p[0], 4 * SHORT, 3);

    /* at the file position: it moved by exactly what was delivered */
    fdk_inject_short("splice", 1, 0, SHORT);
    fdk_inject_fail("splice", 3, 1, EIO);
    done = 77;
    ASSERT_ERR(fdk_splice_all(file, NULL, p[1], NULL, LEN, 0, NULL, &done), EIO);
    ASSERT_EQ(done, 2 * SHORT);
    fdk_inject_reset();
    ASSERT_EQ(xt_tell(file), (off_t)(2 * SHORT));
    XT_READ_CHECK(p[0], 2 * SHORT, 0);
    close(p[0]);
    close(p[1]);
    close(file);
}

/* A 0 mid-way is end of input: -ENODATA with the progress (to EOF: success). */
static void test_zero_midway(void)
{
    int file = xt_pattern_file(LEN), p[2];
    size_t done = 77;

    xt_pipe_cap(p, 0, 1024 * 1024);
    fdk_inject_reset();
    fdk_inject_short("splice", 1, 0, SHORT);
    fdk_inject_short("splice", 3, 1, 0);
    ASSERT_ERR(fdk_splice_all(file, NULL, p[1], NULL, LEN, 0, NULL, &done), ENODATA);
    ASSERT_EQ(done, 2 * SHORT);
    fdk_inject_reset();
    fdk_inject_short("splice", 2, 1, 0);
    done = 77;
    ASSERT_OK(fdk_splice_all(file, NULL, p[1], NULL, FDK_TO_EOF, 0, NULL, &done));
    ASSERT_TRUE(done > 0);
    fdk_inject_reset();
    ASSERT_EQ(xt_tell(file), (off_t)(2 * SHORT + done));
    XT_READ_CHECK(p[0], 2 * SHORT + done, 0);
    close(p[0]);
    close(p[1]);
    close(file);
}

/* EAGAIN mid-way: handed back without a deadline; with one, poll and go on. */
static void test_eagain_and_poll(void)
{
    int file = xt_pattern_file(LEN), p[2];
    struct timespec dl;
    size_t done = 77, total = 0;

    xt_pipe_cap(p, 0, 1024 * 1024);
    fdk_inject_reset();
    fdk_inject_short("splice", 1, 0, SHORT);
    fdk_inject_fail("splice", 3, 1, EAGAIN);
    ASSERT_ERR(fdk_splice_all(file, NULL, p[1], NULL, LEN, 0, NULL, &done), EAGAIN);
    ASSERT_EQ(done, 2 * SHORT);
    ASSERT_EQ(fdk_inject_calls("poll"), 0);
    total += done;

    /* with a deadline: one poll (both fds are ready), then the rest */
    fdk_inject_reset();
    fdk_inject_short("splice", 1, 0, SHORT);
    fdk_inject_fail("splice", 2, 1, EAGAIN);
    dl = xt_deadline_ms(10000);
    done = 77;
    ASSERT_OK(fdk_splice_all(file, NULL, p[1], NULL, 3 * SHORT, 0, &dl, &done));
    ASSERT_EQ(done, 3 * SHORT);
    ASSERT_EQ(fdk_inject_calls("poll"), 1);
    total += done;

    /* poll itself interrupted twice: retried */
    fdk_inject_reset();
    fdk_inject_short("splice", 1, 0, SHORT);
    fdk_inject_fail("splice", 2, 1, EAGAIN);
    fdk_inject_fail("poll", 1, 2, EINTR);
    done = 77;
    ASSERT_OK(fdk_splice_all(file, NULL, p[1], NULL, 3 * SHORT, 0, &dl, &done));
    ASSERT_EQ(done, 3 * SHORT);
    ASSERT_EQ(fdk_inject_calls("poll"), 3);
    total += done;

    /* poll failing for real: its errno, with the progress */
    fdk_inject_reset();
    fdk_inject_short("splice", 1, 0, SHORT);
    fdk_inject_fail("splice", 2, 1, EAGAIN);
    fdk_inject_fail("poll", 1, 1, ENOMEM);
    done = 77;
    ASSERT_ERR(fdk_splice_all(file, NULL, p[1], NULL, 3 * SHORT, 0, &dl, &done), ENOMEM);
    ASSERT_EQ(done, SHORT);
    total += done;

    fdk_inject_reset();
    ASSERT_EQ(xt_tell(file), (off_t)total);
    XT_READ_CHECK(p[0], total, 0);
    close(p[0]);
    close(p[1]);
    close(file);
}

/*
 * A deadline already past and a call that keeps saying EAGAIN while poll
 * would call both fds ready (a regular file, an empty pipe): -ETIMEDOUT after
 * exactly one attempt, not a busy loop.
 */
static void test_past_deadline_eagain_forever(void)
{
    int file = xt_pattern_file(LEN), p[2];
    struct timespec past = xt_deadline_ms(-1000);
    size_t done = 77;

    xt_pipe(p, O_NONBLOCK);
    fdk_test_watchdog(10, "fdk_splice_all: EAGAIN forever after the deadline");
    fdk_inject_reset();
    fdk_inject_fail("splice", 1, 0, EAGAIN);
    ASSERT_ERR(fdk_splice_all(file, NULL, p[1], NULL, LEN, 0, &past, &done), ETIMEDOUT);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(fdk_inject_calls("splice"), 1);
    ASSERT_EQ(fdk_inject_calls("poll"), 0);

    /* progress before the EAGAIN is kept */
    fdk_inject_reset();
    fdk_inject_short("splice", 1, 1, SHORT);
    fdk_inject_fail("splice", 2, 0, EAGAIN);
    done = 77;
    ASSERT_ERR(fdk_splice_all(file, NULL, p[1], NULL, LEN, 0, &past, &done), ETIMEDOUT);
    ASSERT_EQ(done, SHORT);
    ASSERT_EQ(fdk_inject_calls("splice"), 2);
    fdk_inject_reset();
    fdk_test_watchdog(0, NULL);
    XT_READ_CHECK(p[0], SHORT, 0);
    close(p[0]);
    close(p[1]);
    close(file);
}

/* The generated single-shot wrapper returns EINTR, never retries it. */
static void test_once_eintr(void)
{
    int file = xt_pattern_file(SHORT), p[2];
    int64_t off = 0;

    xt_pipe_cap(p, 0, 1024 * 1024);
    fdk_inject_reset();
    fdk_inject_fail("splice", 1, 1, EINTR);
    ASSERT_ERR(fdk_splice_once(file, &off, p[1], NULL, SHORT, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("splice"), 1);
    ASSERT_EQ(off, 0);
    ASSERT_EQ(fdk_splice_once(file, &off, p[1], NULL, SHORT, 0), (ssize_t)SHORT);
    ASSERT_EQ(off, (int64_t)SHORT);
    fdk_inject_reset();
    XT_READ_CHECK(p[0], SHORT, 0);
    close(p[0]);
    close(p[1]);
    close(file);
}

int main(void)
{
    xt_ignore_sigpipe();
    RUN(test_eintr_each_call);
    RUN(test_eintr_storm);
    RUN(test_eio_midway);
    RUN(test_zero_midway);
    RUN(test_eagain_and_poll);
    RUN(test_past_deadline_eagain_forever);
    RUN(test_once_eintr);
    return 0;
}
