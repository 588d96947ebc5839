/* SPDX-License-Identifier: MIT */
/*
 * Queue overflow with the system's own limit (no sysctl is touched): more
 * distinct events than /proc/sys/fs/inotify/max_queued_events, made without
 * reading, leave the queue full of the oldest events and one IN_Q_OVERFLOW
 * record (wd -1, no name) at its end, printable as "IN_Q_OVERFLOW".  Once
 * read, the queue works again.  Events alternate (OPEN, CLOSE_NOWRITE)
 * because the kernel merges an event identical to the last one queued.
 * Run on the disk and on tmpfs.
 */
#include "inotify-test.h"

static long max_queued(void)
{
    FILE *f = fopen("/proc/sys/fs/inotify/max_queued_events", "re");
    long v = -1;
    if (!f)
        fdk_test_skip("/proc/sys/fs/inotify/max_queued_events is not readable");
    if (fscanf(f, "%ld", &v) != 1)
        v = -1;
    fclose(f);
    return v;
}

static void overflow_on(const struct fdk_tmpdir_fs *fs, long max)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    static char buf[256 * 1024];
    struct fdk_inotify_event ev;
    char text[64];
    uint64_t back;
    long i, records = 0, overflows = 0, last_overflow = -1;
    uint32_t expect;
    int wd, fd, r;
    ssize_t n;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), NULL);
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_OPEN | FDK_INOTIFY_CLOSE_NOWRITE);
    ASSERT_TRUE(wd > 0);
    for (i = 0; i < max; i++) { /* 2 * max events */
        fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
        ASSERT_TRUE(fd >= 0);
        ASSERT_EQ(close(fd), 0);
    }

    expect = FDK_INOTIFY_OPEN;
    for (;;) {
        n = fdk_inotify_read(in, buf, sizeof buf);
        if (n == -EAGAIN)
            break;
        ASSERT_OK(n);
        ASSERT_TRUE(n > 0);
        size_t pos = 0;
        while ((r = fdk_inotify_next(buf, (size_t)n, &pos, &ev)) == 1) {
            ASSERT_TRUE(last_overflow < 0); /* nothing after the overflow record */
            if (ev.mask & FDK_INOTIFY_Q_OVERFLOW) {
                ASSERT_EQ(ev.wd, -1);
                ASSERT_EQ_U64(ev.mask, FDK_INOTIFY_Q_OVERFLOW);
                ASSERT_EQ(ev.cookie, 0);
                ASSERT_TRUE(ev.name == NULL);
                ASSERT_EQ_U64(ev.name_len, 0);
                overflows++;
                last_overflow = records;
                ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, ev.mask, text, sizeof text),
                          (int)strlen("IN_Q_OVERFLOW"));
                ASSERT_STREQ(text, "IN_Q_OVERFLOW");
                ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, text, &back));
                ASSERT_EQ_U64(back, ev.mask);
            } else {
                /* the oldest events, in order, none merged */
                ASSERT_EQ(ev.wd, wd);
                ASSERT_EQ_U64(ev.mask, expect);
                ASSERT_TRUE(ev.name == NULL);
                expect = expect == FDK_INOTIFY_OPEN ? FDK_INOTIFY_CLOSE_NOWRITE : FDK_INOTIFY_OPEN;
            }
            records++;
        }
        ASSERT_EQ(r, 0);
        ASSERT_EQ_U64(pos, (size_t)n);
    }
    ASSERT_EQ(overflows, 1);
    ASSERT_EQ(last_overflow, records - 1); /* the last record */
    ASSERT_EQ(records - 1, max);           /* the queue held max_queued_events events */

    /* read out, the queue takes events again */
    fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(close(fd), 0);
    {
        struct evlog l = {0};
        drain(in, &l);
        EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_OPEN, FDK_INOTIFY_CLOSE_NOWRITE);
        evlog_free(&l);
    }
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_queue_overflow(void)
{
    long max = max_queued();

    if (max <= 0)
        fdk_test_skip("max_queued_events unreadable");
    if (max > 200000)
        fdk_test_skip("max_queued_events is %ld here: too many events to make quickly", max);
    overflow_on(&fdk_tmpdir_fs_bases[0], max);
    overflow_on(&fdk_tmpdir_fs_bases[1], max);
}

/* The overflow notice formats like any mask, alone and with other bits. */
static void test_overflow_formatting(void)
{
    char text[128];
    uint64_t v;

    ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, FDK_INOTIFY_Q_OVERFLOW, text, sizeof text),
              13);
    ASSERT_STREQ(text, "IN_Q_OVERFLOW");
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_Q_OVERFLOW", &v));
    ASSERT_EQ_U64(v, IN_Q_OVERFLOW);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "FDK_INOTIFY_Q_OVERFLOW", &v));
    ASSERT_EQ_U64(v, IN_Q_OVERFLOW);
    /* truncated output, snprintf-style: the full length is returned */
    ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, FDK_INOTIFY_Q_OVERFLOW, text, 5), 13);
    ASSERT_STREQ(text, "IN_Q");
}

int main(void)
{
    alarm(45);
    RUN(test_overflow_formatting);
    RUN(test_queue_overflow);
    return 0;
}
