/* SPDX-License-Identifier: MIT */
/*
 * Queue overflow (fanotify(7): max_queued_events, FAN_Q_OVERFLOW), root,
 * on tmpfs (or the disk when /dev/shm is not tmpfs).  The limit in
 * /proc/sys/fs/fanotify/max_queued_events is global and is left alone:
 * instead more distinct events than it allows are made (CREATE of as many
 * files with different names, in a DFID_NAME group, so none merge).  A
 * group without UNLIMITED_QUEUE then reads exactly max_queued_events
 * CREATE records and one Q_OVERFLOW record, last, with fd FAN_NOFD and no
 * information records; an UNLIMITED_QUEUE group watching the same
 * directory gets every CREATE and no overflow.
 */
#include "fanotify-test.h"

#include <time.h>

static void test_overflow(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify lim = FDK_HANDLE_INIT, unl = FDK_HANDLE_INIT;
    struct flog l1 = {0}, l2 = {0};
    long max = 0, total, creates = 0, overflows = 0;
    struct timespec t0, t1;
    FILE *pf;
    char name[32];

    need_root();
    pf = fopen("/proc/sys/fs/fanotify/max_queued_events", "re");
    if (!pf)
        fdk_test_skip("no /proc/sys/fs/fanotify/max_queued_events");
    ASSERT_EQ(fscanf(pf, "%ld", &max), 1);
    fclose(pf);
    if (max <= 0 || max > 100000)
        fdk_test_skip("max_queued_events is %ld here: too many events to make quickly", max);
    total = max + 200;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (!dir_make_on(&d, &fdk_tmpdir_fs_bases[1]))
        ASSERT_TRUE(dir_make_on(&d, &fdk_tmpdir_fs_bases[0]));
    fan_open(&lim, FDK_FANOTIFY_REPORT_DFID_NAME | FDK_FANOTIFY_NONBLOCK, 0);
    fan_open(&unl, FDK_FANOTIFY_REPORT_DFID_NAME | FDK_FANOTIFY_NONBLOCK | FDK_FANOTIFY_UNLIMITED_QUEUE, 0);
    ASSERT_OK(fdk_fanotify_mark(lim, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, d.fd, NULL));
    ASSERT_OK(fdk_fanotify_mark(unl, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, d.fd, NULL));
    for (long i = 0; i < total; i++) {
        int fd;
        snprintf(name, sizeof name, "%ld", i);
        fd = openat(d.fd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        ASSERT_TRUE(fd >= 0);
        ASSERT_EQ(close(fd), 0);
    }
    drain(lim, &l1);
    drain(unl, &l2);

    for (size_t i = 0; i < l1.n; i++) {
        if (l1.ev[i].mask & FDK_FANOTIFY_Q_OVERFLOW) {
            overflows++;
            ASSERT_EQ_U64(l1.ev[i].mask, FDK_FANOTIFY_Q_OVERFLOW);
            ASSERT_EQ(l1.ev[i].fd, FAN_NOFD);
            ASSERT_EQ(l1.ev[i].info, 0);
            ASSERT_EQ_U64(i, l1.n - 1); /* after every event it kept */
        } else {
            ASSERT_EQ_U64(l1.ev[i].mask, FDK_FANOTIFY_CREATE);
            creates++;
        }
    }
    ASSERT_EQ(overflows, 1);
    ASSERT_EQ(creates, max);
    /* the first ones are kept, in order */
    ASSERT_STREQ(l1.ev[0].dfid.name, "0");
    snprintf(name, sizeof name, "%ld", max - 1);
    ASSERT_STREQ(l1.ev[max - 1].dfid.name, name);

    ASSERT_EQ_U64(l2.n, (size_t)total);
    for (size_t i = 0; i < l2.n; i++)
        ASSERT_EQ_U64(l2.ev[i].mask, FDK_FANOTIFY_CREATE);
    snprintf(name, sizeof name, "%ld", total - 1);
    ASSERT_STREQ(l2.ev[total - 1].dfid.name, name);

    flog_free(&l1);
    flog_free(&l2);
    fan_close(&lim);
    fan_close(&unl);
    fdk_tmpdir_remove(&d);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("# %ld events in %.2f s\n", total,
           (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
}

int main(void)
{
    alarm(45);
    RUN(test_overflow);
    return 0;
}
