/* SPDX-License-Identifier: MIT */
/*
 * fdk_fanotify_open(): the group descriptor is always close-on-exec and
 * non-blocking only on request, and is a fanotify group (fdk_fd_kind);
 * refused flag sets (unknown bits, both classes, REPORT_NAME without
 * REPORT_DIR_FID, TARGET_FID alone, report flags in a permission class, two
 * access modes in event_f_flags) are -EINVAL with no descriptor made and
 * *out untouched; the descriptors the group hands out with events are
 * O_CLOEXEC (always, says the header) and opened with event_f_flags
 * (read-only by default, RDWR, WRONLY, APPEND, NONBLOCK, NOATIME);
 * fdk_fanotify_close() is idempotent.  Reads: -EAGAIN on an empty
 * non-blocking group, -EINTR (not retried) when a signal interrupts a
 * blocking one; -EMFILE when no descriptor is free for the event's file
 * (the event is then dropped, fanotify(7)).
 */
#include "fanotify-test.h"

#include <sys/resource.h>
#include <sys/time.h>

static void test_group_fd_flags(void)
{
    fdk_fanotify f = FDK_HANDLE_INIT;
    int fl;

    need_root();
    fan_open(&f, 0, 0);
    ASSERT_EQ(fdk_fd_kind(f.fd), FDK_FD_KIND_FANOTIFY);
    fl = fcntl(f.fd, F_GETFL);
    ASSERT_TRUE(fl >= 0);
    ASSERT_EQ(fl & O_NONBLOCK, 0);
    fan_close(&f);
    /* close again: a no-op returning 0 */
    ASSERT_EQ(fdk_fanotify_close(&f), 0);
    ASSERT_EQ(f.fd, -1);

    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    fl = fcntl(f.fd, F_GETFL);
    ASSERT_TRUE(fl & O_NONBLOCK);
    fan_close(&f);

    /* CLOEXEC passed explicitly: the same */
    fan_open(&f, FDK_FANOTIFY_CLOEXEC | FDK_FANOTIFY_NONBLOCK, 0);
    fan_close(&f);

    /* FID groups too */
    fan_open(&f, FDK_FANOTIFY_REPORT_DFID_NAME_TARGET, 0);
    ASSERT_EQ(fdk_fd_kind(f.fd), FDK_FD_KIND_FANOTIFY);
    ASSERT_EQ(fcntl(f.fd, F_GETFL) & O_NONBLOCK, 0);
    fan_close(&f);
}

/* flags the kernel (or the library) must refuse with -EINVAL, making nothing */
static void refused(unsigned flags, unsigned ef, const char *what)
{
    fdk_fanotify f = {.fd = 12345};
    int before = fdk_test_count_fds();
    int r = fdk_fanotify_open(&f, flags, ef);
    int after = fdk_test_count_fds();
    if (r != -EINVAL)
        fdk_test_fail(__FILE__, __LINE__, "%s: fdk_fanotify_open(%#x, %#x) = %d (%s), expected -EINVAL",
                      what, flags, ef, r, r < 0 ? fdk_errno_name(r) : "success");
    ASSERT_EQ(after, before);
    ASSERT_EQ(f.fd, 12345); /* written only on success */
}

static void test_bad_flags(void)
{
    need_root();
    refused(0x80000000u, 0, "unknown init bit");
    refused(FDK_FANOTIFY_CLASS_CONTENT | FDK_FANOTIFY_CLASS_PRE_CONTENT, 0, "both classes");
    refused(FDK_FANOTIFY_REPORT_NAME, 0, "REPORT_NAME alone");
    refused(FDK_FANOTIFY_REPORT_NAME | FDK_FANOTIFY_REPORT_FID, 0, "REPORT_NAME without DIR_FID");
    refused(FDK_FANOTIFY_REPORT_TARGET_FID, 0, "TARGET_FID alone");
    refused(FDK_FANOTIFY_REPORT_TARGET_FID | FDK_FANOTIFY_REPORT_DFID_NAME, 0,
            "TARGET_FID without REPORT_FID");
    refused(FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_CLASS_CONTENT, 0, "FID in the content class");
    refused(FDK_FANOTIFY_REPORT_DFID_NAME | FDK_FANOTIFY_CLASS_PRE_CONTENT, 0,
            "DFID_NAME in the pre-content class");
    refused(FDK_FANOTIFY_REPORT_TID | FDK_FANOTIFY_REPORT_PIDFD, 0, "TID with PIDFD");
    refused(0, 0x40000000u, "unknown event_f_flags bit");
    refused(0, O_CREAT, "O_CREAT in event_f_flags");
    refused(0, FDK_FANOTIFY_EVENT_WRONLY | FDK_FANOTIFY_EVENT_RDWR, "two access modes");
    /* out NULL */
    ASSERT_ERR(fdk_fanotify_open(NULL, 0, 0), EINVAL);
}

/* The descriptor an OPEN event on file carries, in a group with event_f_flags ef. */
static void event_fd_flags_on(const struct fdk_tmpdir_fs *fs, unsigned ef, int want_acc,
                              int want_bits)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};
    struct stat st, est;
    int fd, fl;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "abc");
    ASSERT_EQ(stat(P(&d, "f"), &st), 0);
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, ef);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")));
    fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(close(fd), 0);
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 1);
    ASSERT_TRUE(l.ev[0].mask & FDK_FANOTIFY_OPEN);
    ASSERT_TRUE(l.ev[0].fd >= 0);
    ASSERT_EQ(fstat(l.ev[0].fd, &est), 0);
    ASSERT_EQ_U64(est.st_ino, st.st_ino);
    ASSERT_EQ_U64(est.st_dev, st.st_dev);
    /* O_CLOEXEC is always added, whatever event_f_flags said */
    ASSERT_TRUE(fdk_test_is_cloexec(l.ev[0].fd));
    fl = fcntl(l.ev[0].fd, F_GETFL);
    ASSERT_TRUE(fl >= 0);
    if ((fl & O_ACCMODE) != want_acc || (fl & want_bits) != want_bits ||
        (!(want_bits & O_NONBLOCK) && (fl & O_NONBLOCK)) ||
        (!(want_bits & O_APPEND) && (fl & O_APPEND)))
        fdk_test_fail(__FILE__, __LINE__, "event_f_flags %#x: F_GETFL %#x, want access %d bits %#x",
                      ef, fl, want_acc, want_bits);
#if defined(__x86_64__)
    ASSERT_TRUE(fl & 0100000); /* the kernel's O_LARGEFILE (glibc's is 0 on x86_64) */
#endif
    flog_free(&l);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

static void test_event_fd_flags(void)
{
    need_root();
    for (int k = 0; k < 2; k++) {
        const struct fdk_tmpdir_fs *fs = &fdk_tmpdir_fs_bases[k];
        event_fd_flags_on(fs, 0, O_RDONLY, 0);
        event_fd_flags_on(fs, FDK_FANOTIFY_EVENT_RDWR, O_RDWR, 0);
        event_fd_flags_on(fs, FDK_FANOTIFY_EVENT_WRONLY, O_WRONLY, 0);
        event_fd_flags_on(fs, FDK_FANOTIFY_EVENT_NONBLOCK, O_RDONLY, O_NONBLOCK);
        event_fd_flags_on(fs, FDK_FANOTIFY_EVENT_RDWR | FDK_FANOTIFY_EVENT_APPEND, O_RDWR,
                          O_APPEND);
        event_fd_flags_on(fs, FDK_FANOTIFY_EVENT_NOATIME, O_RDONLY, O_NOATIME);
        event_fd_flags_on(fs, FDK_FANOTIFY_EVENT_CLOEXEC, O_RDONLY, 0);
    }
}

/* An event fd of a RDWR group really writes the file. */
static void test_event_fd_rdwr_writes(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};
    char buf[8] = {0};
    int fd;

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), "abc");
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, FDK_FANOTIFY_EVENT_RDWR);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")));
    fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 1);
    ASSERT_EQ(pwrite(l.ev[0].fd, "X", 1, 0), 1);
    ASSERT_EQ(pread(fd, buf, 3, 0), 3);
    ASSERT_STREQ(buf, "Xbc");
    ASSERT_EQ(close(fd), 0);
    flog_free(&l);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

static void on_alarm(int sig)
{
    (void)sig;
}

static void test_read_eagain_eintr(void)
{
    fdk_fanotify f = FDK_HANDLE_INIT;
    static char buf[4096];
    struct sigaction sa, old;
    struct itimerval it = {{0, 0}, {0, 100000}};

    need_root();
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    ASSERT_ERR(fdk_fanotify_read(f, buf, sizeof buf), EAGAIN);
    fan_close(&f);

    fan_open(&f, 0, 0);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* no SA_RESTART: the wait must end with EINTR */
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGALRM, &sa, &old), 0);
    ASSERT_EQ(setitimer(ITIMER_REAL, &it, NULL), 0);
    ASSERT_ERR(fdk_fanotify_read(f, buf, sizeof buf), EINTR);
    ASSERT_EQ(sigaction(SIGALRM, &old, NULL), 0);
    alarm(45); /* setitimer replaced the watchdog */
    /* a read of fewer than 4096 bytes is refused before reading */
    ASSERT_ERR(fdk_fanotify_read(f, buf, 4095), EINVAL);
    ASSERT_ERR(fdk_fanotify_read(f, NULL, 4096), EINVAL);
    fan_close(&f);
    ASSERT_ERR(fdk_fanotify_read(f, buf, sizeof buf), EBADF);
}

/*
 * No descriptor free for the event's file: the read is -EMFILE, and the
 * (notification) event is dropped.  In a child, whose RLIMIT_NOFILE is
 * lowered to the descriptors it already has.
 */
static void test_read_emfile(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    pid_t kid;

    need_root();
    {
        const char *pre = getenv("LD_PRELOAD");
        if (pre && strstr(pre, "vgpreload")) {
            /* valgrind emulates RLIMIT_NOFILE: the kernel would not see the limit */
            printf("# under valgrind: the -EMFILE case is not run\n");
            return;
        }
    }
    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), NULL);
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")));
    fflush(NULL);
    kid = fork();
    ASSERT_TRUE(kid >= 0);
    if (kid == 0) {
        static char buf[4096];
        struct rlimit rl, low;
        int fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC), lowest;
        ssize_t n;
        ASSERT_TRUE(fd >= 0);
        ASSERT_EQ(close(fd), 0);
        ASSERT_TRUE(wait_readable(f.fd, 1000));
        /* the limit at the lowest free descriptor: every one below it is taken */
        lowest = dup(0);
        ASSERT_TRUE(lowest >= 0);
        ASSERT_EQ(close(lowest), 0);
        ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &rl), 0);
        low = rl;
        low.rlim_cur = (rlim_t)lowest;
        ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &low), 0);
        n = fdk_fanotify_read(f, buf, sizeof buf);
        if (n != -EMFILE) {
            fprintf(stderr, "read with no free descriptor = %zd (%s), expected -EMFILE\n", n,
                    n < 0 ? fdk_errno_name((int)n) : "bytes");
            _exit(1);
        }
        ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &rl), 0);
        n = fdk_fanotify_read(f, buf, sizeof buf);
        if (n != -EAGAIN) {
            fprintf(stderr, "after -EMFILE the event is still there: %zd\n", n);
            _exit(2);
        }
        _exit(0);
    }
    ASSERT_EQ(child_wait(kid), 0);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_group_fd_flags);
    RUN(test_bad_flags);
    RUN(test_event_fd_flags);
    RUN(test_event_fd_rdwr_writes);
    RUN(test_read_eagain_eintr);
    RUN(test_read_emfile);
    return 0;
}
