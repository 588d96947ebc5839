/* SPDX-License-Identifier: MIT */
/*
 * fdk_mq_open(): the access mode is enforced by the kernel (send on a READ
 * handle and receive on a WRITE handle are -EBADF); a flag set without an
 * access mode, with two, or with unknown bits is -EINVAL and creates
 * nothing; CREATE|EXCL on an existing queue is -EEXIST, a missing queue
 * without CREATE -ENOENT; the descriptor is always close-on-exec and
 * non-blocking only on request; fdk_fd_kind() says FDK_FD_KIND_MQ (and
 * still REGULAR for a regular file in / whose /proc link looks like a queue
 * name); attr is honoured, NULL gives /proc/sys/fs/mqueue/msg_default and
 * msgsize_default, and is ignored for an existing queue (whose msgsize is
 * read back into the handle); mode less the umask is the queue's mode and
 * is enforced for another user; every failure leaves *out untouched and no
 * descriptor behind.
 */
#include "mq-test.h"

/* fdk_mq_open must fail with -err, leave *out alone, leak nothing, create nothing. */
static void refused_at(int line, const char *name, int flags, mode_t mode,
                       const struct fdk_mq_attr *attr, int err, const char *what)
{
    fdk_mq h = {.fd = 12345, .msgsize = 777};
    int before = fdk_test_count_fds();
    int r = fdk_mq_open(&h, name, flags, mode, attr);
    int after = fdk_test_count_fds();
    if (r != -err)
        fdk_test_fail(__FILE__, line, "%s: fdk_mq_open(%s, %#x) = %d (%s), expected -%s", what,
                      name ? name : "(null)", (unsigned)flags, r,
                      r < 0 ? fdk_errno_name(r) : "success", fdk_errno_name(-err));
    if (after != before)
        fdk_test_fail(__FILE__, line, "%s: %d fd(s) leaked", what, after - before);
    if (h.fd != 12345 || h.msgsize != 777)
        fdk_test_fail(__FILE__, line, "%s: *out written on failure (fd %d msgsize %ld)", what,
                      h.fd, h.msgsize);
}
#define refused(...) refused_at(__LINE__, __VA_ARGS__)

static void test_access_enforced(void)
{
    const char *n = mqt_name();
    fdk_mq rw = mqt_new(n, 4, 64, 0), r = FDK_HANDLE_INIT, w = FDK_HANDLE_INIT;
    char buf[64];
    unsigned prio;

    MQT_OPEN(&r, n, FDK_MQ_READ, 0, NULL);
    MQT_OPEN(&w, n, FDK_MQ_WRITE, 0, NULL);
    ASSERT_TRUE(r.fd >= 0 && w.fd >= 0);
    /* the kernel sees the access modes: fcntl's O_ACCMODE */
    ASSERT_EQ(fcntl(r.fd, F_GETFL) & O_ACCMODE, O_RDONLY);
    ASSERT_EQ(fcntl(w.fd, F_GETFL) & O_ACCMODE, O_WRONLY);
    ASSERT_EQ(fcntl(rw.fd, F_GETFL) & O_ACCMODE, O_RDWR);

    ASSERT_ERR(fdk_mq_send(r, "x", 1, 0), EBADF);
    ASSERT_ERR(fdk_mq_send_until(r, "x", 1, 0, NULL), EBADF);
    ASSERT_EQ(fdk_mq_depth(rw), 0);
    ASSERT_OK(fdk_mq_send(w, "w", 1, 3));
    ASSERT_ERR(fdk_mq_receive(w, buf, sizeof buf, NULL), EBADF);
    ASSERT_ERR(fdk_mq_receive_until(w, buf, sizeof buf, NULL, NULL), EBADF);
    ASSERT_EQ(fdk_mq_depth(rw), 1);
    ASSERT_EQ(fdk_mq_receive(r, buf, sizeof buf, &prio), 1);
    ASSERT_EQ(buf[0], 'w');
    ASSERT_EQ(prio, 3);
    /* RDWR does both */
    ASSERT_OK(fdk_mq_send(rw, "z", 1, 0));
    ASSERT_EQ(fdk_mq_receive(rw, buf, sizeof buf, NULL), 1);
    /* get_attr works on every access mode */
    struct fdk_mq_attr a;
    ASSERT_OK(fdk_mq_get_attr(r, &a));
    ASSERT_OK(fdk_mq_get_attr(w, &a));
    ASSERT_EQ(a.msgsize, 64);

    ASSERT_OK(fdk_mq_close(&r));
    ASSERT_OK(fdk_mq_close(&w));
    ASSERT_OK(fdk_mq_close(&rw));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_bad_access_modes(void)
{
    const char *n = mqt_name();
    struct fdk_mq_attr a = {.maxmsg = 2, .msgsize = 16};

    refused(n, FDK_MQ_CREATE, 0600, &a, EINVAL, "no access mode, CREATE");
    refused(n, 0, 0600, NULL, EINVAL, "flags 0");
    refused(n, FDK_MQ_CREATE | FDK_MQ_NONBLOCK, 0600, &a, EINVAL, "NONBLOCK|CREATE only");
    refused(n, FDK_MQ_READ | FDK_MQ_WRITE | FDK_MQ_CREATE, 0600, &a, EINVAL, "READ|WRITE");
    refused(n, FDK_MQ_READ | FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, &a, EINVAL, "READ|RDWR");
    refused(n, FDK_MQ_WRITE | FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, &a, EINVAL, "WRITE|RDWR");
    ASSERT_EQ(mqt_exists(n), 0);

    /* the same on an existing queue */
    fdk_mq h = mqt_new(n, 2, 16, 0);
    refused(n, 0, 0, NULL, EINVAL, "flags 0 on existing");
    refused(n, FDK_MQ_READ | FDK_MQ_WRITE, 0, NULL, EINVAL, "READ|WRITE on existing");
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_unknown_flags(void)
{
    const char *n = mqt_name();
    static const struct {
        int bits;
        const char *what;
    } bad[] = {
        {O_TRUNC, "O_TRUNC"},         {O_APPEND, "O_APPEND"},     {O_NOCTTY, "O_NOCTTY"},
        {O_DIRECTORY, "O_DIRECTORY"}, {O_SYNC, "O_SYNC"},         {0x4, "bit 2"},
        {0x10000000, "bit 28"},       {(int)0x80000000u, "bit 31"}, {O_PATH, "O_PATH"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        refused(n, FDK_MQ_RDWR | FDK_MQ_CREATE | bad[i].bits, 0600, NULL, EINVAL, bad[i].what);
        if (mqt_exists(n))
            fdk_test_fail(__FILE__, __LINE__, "%s: refused, yet the queue was created", bad[i].what);
    }
    /* CLOEXEC is a known bit */
    fdk_mq h = FDK_HANDLE_INIT;
    MQT_OPEN(&h, n, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_CLOEXEC, 0600, NULL);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_exist_and_missing(void)
{
    const char *n = mqt_name();
    struct fdk_mq_attr a = {.maxmsg = 2, .msgsize = 16};

    refused(n, FDK_MQ_READ, 0, NULL, ENOENT, "missing, no CREATE");
    refused(n, FDK_MQ_RDWR | FDK_MQ_NONBLOCK, 0, NULL, ENOENT, "missing, RDWR");
    fdk_mq h = mqt_new(n, 2, 16, 0);
    refused(n, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL, 0600, &a, EEXIST, "CREATE|EXCL existing");
    refused(n, FDK_MQ_READ | FDK_MQ_CREATE | FDK_MQ_EXCL, 0600, NULL, EEXIST,
            "READ CREATE|EXCL existing");
    /* CREATE without EXCL opens the existing queue */
    fdk_mq h2 = FDK_HANDLE_INIT;
    MQT_OPEN(&h2, n, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, &a);
    ASSERT_OK(fdk_mq_send(h2, "a", 1, 0));
    ASSERT_EQ(fdk_mq_depth(h), 1);
    ASSERT_OK(fdk_mq_close(&h2));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
    ASSERT_ERR(fdk_mq_unlink(n), ENOENT);
    refused(n, FDK_MQ_READ, 0, NULL, ENOENT, "after unlink");
}

static void test_null_args(void)
{
    const char *n = mqt_name();
    ASSERT_ERR(fdk_mq_open(NULL, n, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL), EINVAL);
    ASSERT_EQ(mqt_exists(n), 0);
    refused(NULL, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL, EINVAL, "name NULL");
}

static void test_fd_flags(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0), r = FDK_HANDLE_INIT, nb = FDK_HANDLE_INIT;
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_EQ(fdk_test_is_nonblock(h.fd), 0);
    MQT_OPEN(&r, n, FDK_MQ_READ, 0, NULL);
    ASSERT_TRUE(fdk_test_is_cloexec(r.fd));
    ASSERT_EQ(fdk_test_is_nonblock(r.fd), 0);
    MQT_OPEN(&nb, n, FDK_MQ_WRITE | FDK_MQ_NONBLOCK, 0, NULL);
    ASSERT_TRUE(fdk_test_is_cloexec(nb.fd));
    ASSERT_TRUE(fdk_test_is_nonblock(nb.fd));
    struct fdk_mq_attr a;
    ASSERT_OK(fdk_mq_get_attr(nb, &a));
    ASSERT_TRUE(a.nonblock);
    ASSERT_OK(fdk_mq_get_attr(r, &a));
    ASSERT_TRUE(!a.nonblock);
    ASSERT_OK(fdk_mq_close(&nb));
    ASSERT_OK(fdk_mq_close(&r));
    ASSERT_OK(fdk_mq_close(&h));

    /* a new queue made non-blocking */
    const char *n2 = mqt_name();
    h = mqt_new(n2, 2, 16, FDK_MQ_NONBLOCK);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
    ASSERT_OK(fdk_mq_unlink(n2));
}

static void test_fd_kind(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0);
    char path[64];
    int fd;

    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_MQ);
    /* still a queue once its name is gone ("/name (deleted)") */
    ASSERT_OK(fdk_mq_unlink(n));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_MQ);
    ASSERT_OK(fdk_mq_close(&h));

    /* a regular file whose /proc/self/fd link looks like a queue's: "/name" */
    snprintf(path, sizeof path, "/fdkmqt-%d-regular", (int)getpid());
    fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        int k = fdk_fd_kind(fd);
        unlink(path);
        close(fd);
        ASSERT_EQ(k, FDK_FD_KIND_REGULAR);
    } else {
        printf("# cannot create a file in /: %s (that half not run)\n", strerror(errno));
    }
    /* ... and once deleted: "/name (deleted)" */
    fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        unlink(path);
        int k = fdk_fd_kind(fd);
        close(fd);
        ASSERT_EQ(k, FDK_FD_KIND_REGULAR);
    }
    /* elsewhere */
    char tpl[] = "/tmp/fdkmqt-reg-XXXXXX";
    fd = mkostemp(tpl, O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    unlink(tpl);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_REGULAR);
    close(fd);
    fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_DIRECTORY);
    close(fd);
}

static void test_attr_honoured(void)
{
    const char *n = mqt_name();
    struct fdk_mq_attr a = {.maxmsg = 3, .msgsize = 100, .curmsgs = 55, .nonblock = true};
    struct fdk_mq_attr g;
    fdk_mq h = FDK_HANDLE_INIT, h2 = FDK_HANDLE_INIT;

    /* curmsgs and nonblock of attr are not used */
    MQT_OPEN(&h, n, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL, 0600, &a);
    ASSERT_EQ(h.msgsize, 100);
    ASSERT_OK(fdk_mq_get_attr(h, &g));
    ASSERT_EQ(g.maxmsg, 3);
    ASSERT_EQ(g.msgsize, 100);
    ASSERT_EQ(g.curmsgs, 0);
    ASSERT_TRUE(!g.nonblock);
    ASSERT_EQ(fdk_test_is_nonblock(h.fd), 0);

    /* an existing queue: attr not used, the real msgsize read back */
    struct fdk_mq_attr other = {.maxmsg = 7, .msgsize = 200};
    MQT_OPEN(&h2, n, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, &other);
    ASSERT_EQ(h2.msgsize, 100);
    ASSERT_OK(fdk_mq_get_attr(h2, &g));
    ASSERT_EQ(g.maxmsg, 3);
    ASSERT_EQ(g.msgsize, 100);
    ASSERT_OK(fdk_mq_close(&h2));
    MQT_OPEN(&h2, n, FDK_MQ_READ, 0, NULL);
    ASSERT_EQ(h2.msgsize, 100);
    ASSERT_OK(fdk_mq_close(&h2));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));

    /* bad attr: -EINVAL, nothing made */
    struct fdk_mq_attr bad[] = {
        {.maxmsg = 0, .msgsize = 16},  {.maxmsg = -1, .msgsize = 16},
        {.maxmsg = 2, .msgsize = 0},   {.maxmsg = 2, .msgsize = -5},
        {.maxmsg = -3, .msgsize = -3},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        refused(n, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, &bad[i], EINVAL, "bad attr");
        ASSERT_EQ(mqt_exists(n), 0);
    }
}

static void test_attr_defaults(void)
{
    long md = mqt_proc_long("msg_default"), sd = mqt_proc_long("msgsize_default");
    long mm = mqt_proc_long("msg_max"), sm = mqt_proc_long("msgsize_max");
    const char *n = mqt_name();
    fdk_mq h = FDK_HANDLE_INIT;
    struct fdk_mq_attr g;

    MQT_OPEN(&h, n, FDK_MQ_WRITE | FDK_MQ_CREATE | FDK_MQ_EXCL, 0600, NULL);
    ASSERT_OK(fdk_mq_get_attr(h, &g));
    /* mq_overview(7): the defaults, capped by the maxima */
    ASSERT_EQ(g.maxmsg, md < mm ? md : mm);
    ASSERT_EQ(g.msgsize, sd < sm ? sd : sm);
    ASSERT_EQ(h.msgsize, g.msgsize);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_mode_umask(void)
{
    const char *n = mqt_name(), *n2 = mqt_name();
    fdk_mq h = FDK_HANDLE_INIT, h2 = FDK_HANDLE_INIT;
    struct stat st;
    mode_t old = umask(022);

    MQT_OPEN(&h, n, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL, 0666, NULL);
    umask(077);
    MQT_OPEN(&h2, n2, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL, 0644, NULL);
    umask(old);
    ASSERT_EQ(fstat(h.fd, &st), 0);
    ASSERT_EQ(st.st_mode & 07777, 0644);
    ASSERT_EQ(fstat(h2.fd, &st), 0);
    ASSERT_EQ(st.st_mode & 07777, 0600);

    /* mode is not used when the queue exists */
    fdk_mq h3 = FDK_HANDLE_INIT;
    MQT_OPEN(&h3, n, FDK_MQ_READ | FDK_MQ_CREATE, 0600, NULL);
    ASSERT_EQ(fstat(h3.fd, &st), 0);
    ASSERT_EQ(st.st_mode & 07777, 0644);
    ASSERT_OK(fdk_mq_close(&h3));

    /* enforced for another user: 0644 readable not writable, 0600 neither */
    if (geteuid() == 0) {
        pid_t c = fork();
        ASSERT_TRUE(c >= 0);
        if (c == 0) {
            fdk_mq x = FDK_HANDLE_INIT;
            int r;
            mqt_drop_privs();
            r = fdk_mq_open(&x, n, FDK_MQ_READ, 0, NULL);
            if (r != 0)
                _exit(10);
            fdk_mq_close(&x);
            if (fdk_mq_open(&x, n, FDK_MQ_WRITE, 0, NULL) != -EACCES)
                _exit(11);
            if (fdk_mq_open(&x, n, FDK_MQ_RDWR, 0, NULL) != -EACCES)
                _exit(12);
            if (fdk_mq_open(&x, n2, FDK_MQ_READ, 0, NULL) != -EACCES)
                _exit(13);
            /* not the owner, in the sticky root of mqueue: refused (the header
             * says -EACCES; the kernel's may_delete() says -EPERM): exit code
             * 0 for EACCES, 1 for EPERM */
            r = fdk_mq_unlink(n);
            if (r == -EACCES)
                _exit(0);
            if (r == -EPERM)
                _exit(1);
            _exit(14);
        }
        int cst = mqt_wait(c);
        if (cst == 1)
            printf("# fdk_mq_unlink by a non-owner: -EPERM (header: -EACCES)\n");
        else
            ASSERT_EQ(cst, 0);
        ASSERT_EQ(mqt_exists(n), 1);
    }
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_close(&h2));
    ASSERT_OK(fdk_mq_unlink(n));
    ASSERT_OK(fdk_mq_unlink(n2));
}

int main(void)
{
    mqt_init();
    RUN(test_access_enforced);
    RUN(test_bad_access_modes);
    RUN(test_unknown_flags);
    RUN(test_exist_and_missing);
    RUN(test_null_args);
    RUN(test_fd_flags);
    RUN(test_fd_kind);
    RUN(test_attr_honoured);
    RUN(test_attr_defaults);
    RUN(test_mode_umask);
    mqt_finish();
    return 0;
}
