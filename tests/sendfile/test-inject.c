/* SPDX-License-Identifier: MIT */
/*
 * fdk_sendfile_all under fault injection (tests/inject/fdk-inject.h): EINTR
 * at every call, short transfers, EAGAIN with and without a deadline, poll
 * failures, an I/O error mid-way; progress, *offset, the file position and
 * the content stay exact.
 */
#include "fdk-xfer-test.h"
#include "fdk-inject.h"

#define LEN   ((size_t)50000)
#define SHORT ((size_t)4096)
#define CALLS ((LEN + SHORT - 1) / SHORT)

/*
 * EINTR at call k (a handler without SA_RESTART): the loop stops with
 * -EINTR, *ret_done and the offset say exactly how far it got, and a second
 * call for the rest completes the copy.
 */
static void test_eintr_each_call(void)
{
    for (unsigned k = 1; k <= CALLS; k++) {
        int in = xt_pattern_file(LEN + 10), out = xt_temp_file();
        int64_t off = 10;
        size_t done = 77, rest = 77, before = (size_t)(k - 1) * SHORT;

        /* at an explicit offset */
        fdk_inject_reset();
        fdk_inject_short("sendfile", 1, 0, SHORT);
        fdk_inject_fail("sendfile", k, 1, EINTR);
        ASSERT_ERR(fdk_sendfile_all(in, &off, out, LEN, NULL, &done), EINTR);
        ASSERT_EQ(done, before);
        ASSERT_EQ(off, 10 + (int64_t)before);
        ASSERT_EQ(fdk_inject_calls("sendfile"), k);
        ASSERT_OK(fdk_sendfile_all(in, &off, out, LEN - done, NULL, &rest));
        ASSERT_EQ(done + rest, LEN);
        ASSERT_EQ(off, 10 + (int64_t)LEN);

        /* at the file position, to EOF */
        fdk_inject_reset();
        fdk_inject_short("sendfile", 1, 0, SHORT);
        fdk_inject_fail("sendfile", k, 1, EINTR);
        ASSERT_EQ(lseek(in, 10, SEEK_SET), 10);
        done = rest = 77;
        ASSERT_ERR(fdk_sendfile_all(in, NULL, out, FDK_TO_EOF, NULL, &done), EINTR);
        ASSERT_EQ(done, before);
        ASSERT_EQ(xt_tell(in), (off_t)(10 + before));
        ASSERT_OK(fdk_sendfile_all(in, NULL, out, FDK_TO_EOF, NULL, &rest));
        ASSERT_EQ(done + rest, LEN);
        fdk_inject_reset();

        ASSERT_EQ(xt_tell(in), (off_t)(LEN + 10));
        ASSERT_EQ(xt_size(out), (off_t)(2 * LEN));
        XT_CHECK_FILE(out, 0, LEN, 10);
        XT_CHECK_FILE(out, (off_t)LEN, LEN, 10);
        close(in);
        close(out);
    }
}

static void test_eio_midway(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file();
    int64_t off = 1;
    size_t done = 77;

    fdk_inject_reset();
    fdk_inject_short("sendfile", 1, 0, SHORT);
    fdk_inject_fail("sendfile", 4, 1, EIO);
    ASSERT_ERR(fdk_sendfile_all(in, &off, out, LEN, NULL, &done), EIO);
    ASSERT_EQ(done, 3 * SHORT);
    ASSERT_EQ(off, 1 + 3 * (int64_t)SHORT);
    ASSERT_EQ(fdk_inject_calls("sendfile"), 4);
    fdk_inject_reset();
    ASSERT_EQ(xt_tell(in), 0);
    ASSERT_EQ(xt_size(out), (off_t)(3 * SHORT));
    XT_CHECK_FILE(out, 0, 3 * SHORT, 1);

    /* the file position moves by what was delivered, too */
    fdk_inject_short("sendfile", 1, 0, SHORT);
    fdk_inject_fail("sendfile", 2, 1, EIO);
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, LEN, NULL, &done), EIO);
    ASSERT_EQ(done, SHORT);
    fdk_inject_reset();
    ASSERT_EQ(xt_tell(in), (off_t)SHORT);
    close(in);
    close(out);
}

static void test_zero_midway(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file();
    size_t done = 77;

    fdk_inject_reset();
    fdk_inject_short("sendfile", 1, 0, SHORT);
    fdk_inject_short("sendfile", 3, 1, 0);
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, LEN, NULL, &done), ENODATA);
    ASSERT_EQ(done, 2 * SHORT);
    fdk_inject_reset();
    XT_CHECK_FILE(out, 0, 2 * SHORT, 0);
    close(in);
    close(out);
}

static void test_eagain_and_poll(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file();
    struct timespec dl = xt_deadline_ms(10000), past = xt_deadline_ms(-10);
    size_t done = 77, total = 0;

    fdk_inject_reset();
    fdk_inject_short("sendfile", 1, 0, SHORT);
    fdk_inject_fail("sendfile", 2, 1, EAGAIN);
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, LEN, NULL, &done), EAGAIN);
    ASSERT_EQ(done, SHORT);
    ASSERT_EQ(fdk_inject_calls("poll"), 0);
    total += done;

    fdk_inject_reset();
    fdk_inject_short("sendfile", 1, 0, SHORT);
    fdk_inject_fail("sendfile", 2, 1, EAGAIN);
    fdk_inject_fail("poll", 1, 3, EINTR);
    done = 77;
    ASSERT_OK(fdk_sendfile_all(in, NULL, out, 3 * SHORT, &dl, &done));
    ASSERT_EQ(done, 3 * SHORT);
    ASSERT_EQ(fdk_inject_calls("poll"), 4);
    total += done;

    /* a deadline already past: calls that succeed go on, but the first
       EAGAIN is -ETIMEDOUT at once (no poll), with the progress, even
       though a regular file would poll ready */
    fdk_inject_reset();
    fdk_inject_short("sendfile", 1, 0, SHORT);
    fdk_inject_fail("sendfile", 2, 2, EAGAIN);
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, 2 * SHORT, &past, &done), ETIMEDOUT);
    ASSERT_EQ(done, SHORT);
    ASSERT_EQ(fdk_inject_calls("sendfile"), 2);
    ASSERT_EQ(fdk_inject_calls("poll"), 0);
    total += done;

    fdk_inject_reset();
    fdk_inject_short("sendfile", 1, 0, SHORT);
    fdk_inject_fail("sendfile", 2, 1, EAGAIN);
    fdk_inject_fail("poll", 1, 1, EINVAL);
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, 3 * SHORT, &dl, &done), EINVAL);
    ASSERT_EQ(done, SHORT);
    total += done;

    fdk_inject_reset();
    ASSERT_EQ(xt_tell(in), (off_t)total);
    ASSERT_EQ(xt_size(out), (off_t)total);
    XT_CHECK_FILE(out, 0, total, 0);
    close(in);
    close(out);
}

/* A deadline already past, sendfile saying EAGAIN forever: -ETIMEDOUT after one call, no spin. */
static void test_past_deadline_eagain_forever(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file();
    struct timespec past = xt_deadline_ms(-1000);
    size_t done = 77;

    fdk_test_watchdog(10, "fdk_sendfile_all: EAGAIN forever after the deadline");
    fdk_inject_reset();
    fdk_inject_fail("sendfile", 1, 0, EAGAIN);
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, LEN, &past, &done), ETIMEDOUT);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(fdk_inject_calls("sendfile"), 1);
    ASSERT_EQ(fdk_inject_calls("poll"), 0);
    fdk_inject_reset();
    fdk_test_watchdog(0, NULL);
    ASSERT_EQ(xt_tell(in), 0);
    close(in);
    close(out);
}

/* file -> socket with every call short and interrupted now and then: each
   -EINTR hands back its progress, and calling again until done is exact */
static void test_socket_storm(void)
{
    size_t len = 1 * XT_MIB + 3, done = 0;
    int in = xt_pattern_file(len), s[2], r, eintrs = 0;
    struct xt_drain d;

    xt_socketpair(s, 0);
    xt_drain_start(&d, s[1], SIZE_MAX, 0, 0);
    fdk_inject_reset();
    fdk_inject_short("sendfile", 1, 0, 65536 + 1);
    for (unsigned k = 1; k <= 10; k++)
        fdk_inject_fail("sendfile", 3 * k, 1, EINTR);
    do {
        size_t step = 77;
        r = fdk_sendfile_all(in, NULL, s[0], FDK_TO_EOF, NULL, &step);
        done += step;
        eintrs += r == -EINTR;
    } while (r == -EINTR);
    ASSERT_OK(r);
    ASSERT_TRUE(eintrs >= 5);
    /* every injected EINTR (calls 3, 6 ... 30 that were made) came back, once */
    ASSERT_EQ(eintrs, (int)(fdk_inject_calls("sendfile") / 3 < 10 ? fdk_inject_calls("sendfile") / 3 : 10));
    ASSERT_EQ(done, len);
    fdk_inject_reset();
    close(s[0]);
    XT_DRAIN_JOIN(&d, len);
    close(s[1]);
    close(in);
}

static void test_once_eintr(void)
{
    int in = xt_pattern_file(SHORT), out = xt_temp_file();

    fdk_inject_reset();
    fdk_inject_fail("sendfile", 1, 1, EINTR);
    ASSERT_ERR(fdk_sendfile_once(in, NULL, out, SHORT), EINTR); /* returned, never retried */
    ASSERT_EQ(fdk_inject_calls("sendfile"), 1);
    ASSERT_EQ(xt_size(out), 0);
    ASSERT_EQ(fdk_sendfile_once(in, NULL, out, SHORT), (ssize_t)SHORT);
    fdk_inject_reset();
    XT_CHECK_FILE(out, 0, SHORT, 0);
    close(in);
    close(out);
}

int main(void)
{
    xt_ignore_sigpipe();
    RUN(test_eintr_each_call);
    RUN(test_eio_midway);
    RUN(test_zero_midway);
    RUN(test_eagain_and_poll);
    RUN(test_past_deadline_eagain_forever);
    RUN(test_socket_storm);
    RUN(test_once_eintr);
    return 0;
}
