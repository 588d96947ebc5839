/* SPDX-License-Identifier: MIT */
/*
 * What fdk_copy_all refuses before moving a byte, where a fallback method
 * would otherwise lose or garble data: one file copied onto an overlapping
 * range of itself (-EINVAL), an explicit offset on a pipe or socket
 * (-ESPIPE), an explicit off_out on an O_APPEND fd_out (-EINVAL).  And a
 * non-blocking fd_out without a deadline is handed back (-EAGAIN with the
 * progress) rather than waited for without end.
 */
#include "copy-paths.h"

#define LEN ((size_t)300001)

/* A second descriptor on the same open file description's file: open it again by name. */
static int reopen_same_file(int *ret_fd2)
{
    char path[] = "/tmp/fdk-xfer-XXXXXX";
    int fd = mkostemp(path, O_CLOEXEC), fd2;

    ASSERT_TRUE(fd >= 0);
    fd2 = open(path, O_RDWR | O_CLOEXEC);
    ASSERT_TRUE(fd2 >= 0);
    unlink(path);
    *ret_fd2 = fd2;
    return fd;
}

/*
 * Overlapping ranges of one file: copy_file_range says EINVAL, which must not
 * be taken for "unsupported" (splice or read/write would then copy the
 * overlap chunk by chunk, re-reading bytes they had just overwritten).
 * -EINVAL, nothing moved, offsets and file positions untouched.
 */
static void test_overlap_same_file(void)
{
    static const struct {
        int64_t in, out;
        size_t len; /* FDK_TO_EOF: to the end of the file */
    } cases[] = {
        {0, 100, LEN - 100},        /* forward, by 100 bytes */
        {0, 100, FDK_TO_EOF},       /* to EOF: [0, LEN) onto [100, LEN + 100) */
        {5000, 0, 100000},          /* backward */
        {1000, 1000, 10},           /* onto itself */
        {10, 11, 2},                /* the last byte of the source is the first of the target */
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        for (int mode = 0; mode < 3; mode++) {
            /* 0: one fd, explicit offsets; 1: two fds, explicit offsets; 2: two fds, positions */
            int fd2, fd = reopen_same_file(&fd2), out = mode == 0 ? fd : fd2;
            int64_t ioff = cases[i].in, ooff = cases[i].out;
            size_t done = 77;

            xt_pwrite_pattern(fd, LEN, 0, 0);
            if (mode == 2) {
                ASSERT_EQ(lseek(fd, (off_t)cases[i].in, SEEK_SET), (off_t)cases[i].in);
                ASSERT_EQ(lseek(out, (off_t)cases[i].out, SEEK_SET), (off_t)cases[i].out);
            }
            fdk_inject_reset();
            ASSERT_ERR(fdk_copy_all(fd, mode == 2 ? NULL : &ioff, out, mode == 2 ? NULL : &ooff,
                                    cases[i].len, NULL, &done),
                       EINVAL);
            ASSERT_EQ(done, 0);
            /* refused there: no other method tried */
            ASSERT_EQ(fdk_inject_calls("sendfile") + fdk_inject_calls("splice") +
                          fdk_inject_calls("pipe2") + fdk_inject_calls("read") +
                          fdk_inject_calls("pread"),
                      0);
            fdk_inject_reset();
            ASSERT_EQ(ioff, cases[i].in);
            ASSERT_EQ(ooff, cases[i].out);
            if (mode == 2) {
                ASSERT_EQ(xt_tell(fd), (off_t)cases[i].in);
                ASSERT_EQ(xt_tell(out), (off_t)cases[i].out);
            }
            ASSERT_EQ(xt_size(fd), (off_t)LEN);
            XT_CHECK_FILE(fd, 0, LEN, 0);
            close(fd);
            close(fd2);
        }
}

/* One file, ranges that do not overlap: copied, also when copy_file_range says EINVAL. */
static void test_same_file_apart(void)
{
    for (int refuse = 0; refuse <= 1; refuse++) {
        int fd2, fd = reopen_same_file(&fd2);
        int64_t ioff = 0, ooff = (int64_t)LEN;
        size_t done = 77;

        xt_pwrite_pattern(fd, LEN, 0, 0);
        fdk_inject_reset();
        if (refuse) /* a file system without copy_file_range */
            fdk_inject_fail("copy_file_range", 1, 0, EINVAL);
        ASSERT_OK(fdk_copy_all(fd, &ioff, fd2, &ooff, LEN, NULL, &done));
        ASSERT_EQ(done, LEN);
        if (refuse)
            ASSERT_TRUE(fdk_inject_calls("splice") + fdk_inject_calls("pread") > 0);
        fdk_inject_reset();
        ASSERT_EQ(ioff, (int64_t)LEN);
        ASSERT_EQ(ooff, 2 * (int64_t)LEN);
        XT_CHECK_FILE(fd, 0, LEN, 0);
        XT_CHECK_FILE(fd, (off_t)LEN, LEN, 0);
        close(fd);
        close(fd2);
    }
}

/*
 * An explicit offset on a pipe or socket: -ESPIPE with nothing taken from
 * fd_in.  (Through the private pipe the bytes used to be taken first and
 * dropped when the output splice said ESPIPE.)
 */
static void test_offset_on_stream(void)
{
    int a[2], b[2], file = xt_pattern_file(LEN), out = xt_temp_file();
    int64_t off = 0;
    size_t done = 77;

    /* pipe -> pipe with off_out */
    xt_pipe(a, 0);
    xt_pipe(b, 0);
    ASSERT_EQ(write(a[1], "0123456789", 10), 10);
    ASSERT_ERR(fdk_copy_all(a[0], NULL, b[1], &off, 10, NULL, &done), ESPIPE);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(off, 0);
    ASSERT_EQ(xt_pending(a[0]), 10);
    ASSERT_EQ(xt_pending(b[0]), 0);

    /* pipe -> file with off_in */
    done = 77;
    ASSERT_ERR(fdk_copy_all(a[0], &off, out, NULL, 10, NULL, &done), ESPIPE);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(xt_pending(a[0]), 10);
    ASSERT_EQ(xt_size(out), 0);
    close(a[0]);
    close(a[1]);
    close(b[0]);
    close(b[1]);

    /* file -> socket with off_out: the file is not read, the socket gets nothing */
    xt_socketpair(a, 0);
    for (int path = P_COPY_RANGE; path < P_COUNT; path++) {
        done = 77;
        fdk_inject_reset();
        force_path((enum path)path, 0);
        ASSERT_ERR(fdk_copy_all(file, NULL, a[0], &off, LEN, NULL, &done), ESPIPE);
        ASSERT_EQ(fdk_inject_calls("pipe2") + fdk_inject_calls("read"), 0);
        fdk_inject_reset();
        ASSERT_EQ(done, 0);
        ASSERT_EQ(off, 0);
        ASSERT_EQ(xt_tell(file), 0);
        ASSERT_EQ(xt_pending(a[1]), 0);
    }

    /* socket with off_in -> file: nothing consumed */
    ASSERT_EQ(write(a[1], "abcdef", 6), 6);
    done = 77;
    ASSERT_ERR(fdk_copy_all(a[0], &off, out, NULL, 6, NULL, &done), ESPIPE);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(xt_pending(a[0]), 6);
    ASSERT_EQ(xt_size(out), 0);
    close(a[0]);
    close(a[1]);
    close(file);
    close(out);
}

/* An explicit off_out on an O_APPEND fd_out: -EINVAL, nothing written (pwrite would append). */
static void test_append_with_offset(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file();
    int fl = fcntl(out, F_GETFL);
    int64_t ioff = 0, ooff = 0;
    size_t done = 77;

    ASSERT_TRUE(fl >= 0);
    xt_pwrite_pattern(out, 1000, 7, 0);
    ASSERT_EQ(fcntl(out, F_SETFL, fl | O_APPEND), 0);
    for (int path = P_COPY_RANGE; path < P_COUNT; path++) {
        fdk_inject_reset();
        force_path((enum path)path, 0);
        done = 77;
        ASSERT_ERR(fdk_copy_all(in, &ioff, out, &ooff, LEN, NULL, &done), EINVAL);
        ASSERT_EQ(done, 0);
        ASSERT_EQ(fdk_inject_calls("copy_file_range"), 0); /* before any transfer */
        fdk_inject_reset();
        ASSERT_EQ(ioff, 0);
        ASSERT_EQ(ooff, 0);
        ASSERT_EQ(xt_size(out), 1000);
    }
    /* without off_out an O_APPEND fd_out still takes the bytes, at its end */
    done = 77;
    ASSERT_OK(fdk_copy_all(in, &ioff, out, NULL, LEN, NULL, &done));
    ASSERT_EQ(done, LEN);
    XT_CHECK_FILE(out, 0, 1000, 7);
    XT_CHECK_FILE(out, 1000, LEN, 0);
    close(in);
    close(out);
}

/*
 * A pipe on one side and a non-blocking fd_out nobody reads, no deadline:
 * -EAGAIN with the progress, as fdk_splice_all gives, and every byte taken
 * from fd_in is in fd_out (spliced straight across, no private pipe).  It
 * used to take into its private pipe and wait for fd_out without end.
 */
static void test_nonblocking_out_pipe_side(void)
{
    for (int kind = 0; kind < 2; kind++) {
        /* 0: blocking pipe -> non-blocking socket; 1: blocking socket -> non-blocking pipe */
        size_t len = 2 * XT_MIB, done = 77, total;
        int a[2], b[2], r;
        struct xt_feed f;
        struct xt_drain d;

        if (kind == 0) {
            xt_pipe(a, 0);
            xt_socketpair(b, SOCK_NONBLOCK);
        } else {
            xt_socketpair(a, 0);
            xt_pipe(b, O_NONBLOCK);
        }
        /* a[0] is fd_in (fed through a[1]); b is fd_out's pair: b[1] or b[0] to write */
        int in = a[0], feed = a[1], outw = kind == 0 ? b[0] : b[1], outr = kind == 0 ? b[1] : b[0];

        xt_feed_start(&f, feed, len, 0, 0, 1);
        {
            /* a non-blocking pipe as fd_out makes splice's read non-blocking
               too: let the first bytes arrive */
            struct pollfd pfd = {.fd = in, .events = POLLIN};
            ASSERT_EQ(poll(&pfd, 1, 10000), 1);
        }
        fdk_test_watchdog(20, "fdk_copy_all blocked on a non-blocking fd_out without a deadline");
        fdk_inject_reset();
        ASSERT_ERR(fdk_copy_all(in, NULL, outw, NULL, len, NULL, &done), EAGAIN);
        ASSERT_TRUE(done > 0 && done < len);
        ASSERT_EQ(xt_pending(outr), done);
        ASSERT_EQ(fdk_inject_calls("pipe2"), 0);
        fdk_inject_reset();
        fdk_test_watchdog(0, NULL);

        /* resume with a reader: the rest, every byte once, in order */
        total = done;
        xt_drain_start(&d, outr, len, 0, 0);
        while (total < len) {
            done = 77;
            r = fdk_copy_all(in, NULL, outw, NULL, len - total, NULL, &done);
            ASSERT_TRUE(r == 0 || r == -EAGAIN);
            total += done;
            if (r == -EAGAIN) {
                struct pollfd pfd = {.fd = outw, .events = POLLOUT};
                poll(&pfd, 1, -1);
            }
        }
        ASSERT_EQ(total, len);
        XT_DRAIN_JOIN(&d, len);
        XT_FEED_JOIN(&f);
        close(a[0]);
        close(b[0]);
        close(b[1]);
    }
}

int main(void)
{
    xt_ignore_sigpipe();
    RUN(test_overlap_same_file);
    RUN(test_same_file_apart);
    RUN(test_offset_on_stream);
    RUN(test_append_with_offset);
    RUN(test_nonblocking_out_pipe_side);
    return 0;
}
