/* SPDX-License-Identifier: MIT */
/*
 * fdk_fanotify_close_from(): a reader that stops early hands the rest of
 * the buffer over and every descriptor in it is closed.
 *  - kernel bytes (root): five OPEN events with fds; after stepping through
 *    only the first, close_from(buf, len, pos) returns 4 and those four fds
 *    are really closed (fcntl F_GETFD: EBADF), the first stays ours; with
 *    REPORT_PIDFD both fds of each event (8);
 *  - hand-made bytes with real descriptors: FAN_NOFD, a negative
 *    (FD_ERROR-style) fd, FAN_NOPIDFD / FAN_EPIDFD are not closed; a record
 *    whose information records are malformed still has its fd closed; the
 *    walk stops at a record whose length is malformed (the fd after it
 *    stays open);
 *  - pos == len: 0; pos > len or NULL buf with len: -EINVAL.
 * The fd values are read straight from the bytes (FAN_EVENT_OK /
 * FAN_EVENT_NEXT of linux/fanotify.h), not through the library.
 */
#include "fanotify-test.h"

/* the fd (and pidfd, when there is a PIDFD record) of each record from pos on */
static int raw_fds(const char *buf, size_t len, size_t pos, int *out, int max)
{
    const struct fanotify_event_metadata *m = (const void *)(buf + pos);
    long left = (long)(len - pos);
    int k = 0;
    while (FAN_EVENT_OK(m, left)) {
        size_t off = m->metadata_len;
        if (m->fd >= 0 && k < max)
            out[k++] = m->fd;
        while (off + sizeof(struct fanotify_event_info_header) <= m->event_len) {
            const struct fanotify_event_info_header *h = (const void *)((const char *)m + off);
            if (h->len == 0)
                break;
            if (h->info_type == FAN_EVENT_INFO_TYPE_PIDFD) {
                const struct fanotify_event_info_pidfd *p = (const void *)h;
                if (p->pidfd >= 0 && k < max)
                    out[k++] = p->pidfd;
            }
            off += h->len;
        }
        m = FAN_EVENT_NEXT(m, left);
    }
    return k;
}

static void kernel_case(unsigned extra, int per_event)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    static char buf[16384] __attribute__((aligned(8)));
    struct fdk_fanotify_event ev;
    int fds[64], k, r, first_fd, first_pidfd;
    size_t pos = 0;
    ssize_t n;
    char name[8];

    fdk_tmpdir_make(&d);
    r = fdk_fanotify_open(&f, FDK_FANOTIFY_NONBLOCK | extra, 0);
    if (r == -EINVAL && extra)
        fdk_test_skip("REPORT_PIDFD needs Linux 5.15");
    ASSERT_OK(r);
    for (int i = 0; i < 5; i++) {
        snprintf(name, sizeof name, "f%d", i);
        write_file(P(&d, name), NULL);
    }
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN | FDK_FANOTIFY_EVENT_ON_CHILD,
                                d.fd, NULL));
    for (int i = 0; i < 5; i++) { /* each one: an OPEN event of its own */
        int fd;
        snprintf(name, sizeof name, "f%d", i);
        fd = open(P(&d, name), O_RDONLY | O_CLOEXEC);
        ASSERT_TRUE(fd >= 0);
        ASSERT_EQ(close(fd), 0);
    }
    n = fdk_fanotify_read(f, buf, sizeof buf);
    ASSERT_TRUE(n > 0);
    k = raw_fds(buf, (size_t)n, 0, fds, 64);
    ASSERT_EQ(k, 5 * per_event);

    ASSERT_EQ(fdk_fanotify_next(buf, (size_t)n, &pos, &ev), 1);
    first_fd = ev.fd;
    first_pidfd = ev.pidfd;
    ASSERT_EQ(first_fd, fds[0]);
    k = raw_fds(buf, (size_t)n, pos, fds, 64);
    ASSERT_EQ(k, 4 * per_event);
    for (int i = 0; i < k; i++)
        ASSERT_TRUE(fdk_test_fd_open(fds[i]));
    ASSERT_EQ(fdk_fanotify_close_from(buf, (size_t)n, pos), 4 * per_event);
    for (int i = 0; i < k; i++) {
        errno = 0;
        ASSERT_EQ(fcntl(fds[i], F_GETFD), -1);
        ASSERT_EQ(errno, EBADF);
    }
    /* the record already handed out is not the walk's business */
    ASSERT_TRUE(fdk_test_fd_open(first_fd));
    if (per_event == 2)
        ASSERT_TRUE(first_pidfd >= 0 && fdk_test_fd_open(first_pidfd));
    ASSERT_EQ(fdk_fanotify_event_close(&ev), 0);
    ASSERT_EQ(fdk_fanotify_close_from(buf, (size_t)n, (size_t)n), 0);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

static void test_kernel_buffer(void)
{
    need_root();
    kernel_case(0, 1);
}

static void test_kernel_buffer_pidfd(void)
{
    need_root();
    kernel_case(FDK_FANOTIFY_REPORT_PIDFD, 2);
}

static int devnull(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    return fd;
}

static void test_hand_made(void)
{
    static struct bb x;
    int a = devnull(), b = devnull(), c = devnull(), p1 = devnull(), dd = devnull();
    size_t at, i, bad_at;

    x.n = 0;
    /* fd a with pidfd p1 */
    at = bb_meta(&x, FAN_OPEN, a, 1);
    bb_pidfd(&x, p1);
    bb_end(&x, at);
    /* no descriptors: FAN_NOFD, an error in place of the fd, FAN_EPIDFD */
    at = bb_meta(&x, FAN_OPEN, FAN_NOFD, 1);
    bb_pidfd(&x, FAN_NOPIDFD);
    bb_end(&x, at);
    at = bb_meta(&x, FAN_OPEN, -EACCES, 1);
    bb_pidfd(&x, FAN_EPIDFD);
    bb_end(&x, at);
    /* fd b in a record whose info record is malformed (len 0) */
    at = bb_meta(&x, FAN_OPEN, b, 1);
    i = bb_info(&x, FAN_EVENT_INFO_TYPE_FID);
    bb_put(&x, "\0\0\0\0\0\0\0\0", 8);
    bb_end(&x, at);
    (void)i; /* len stays 0 */
    /* fd c: fine */
    at = bb_meta(&x, FAN_MODIFY, c, 1);
    bb_end(&x, at);
    /* a record with event_len 0 carrying dd: the walk must stop here */
    bad_at = bb_meta(&x, FAN_OPEN, dd, 1);
    bb_end(&x, bad_at);
    {
        uint32_t z = 0;
        memcpy(x.b + bad_at, &z, 4);
    }
    ASSERT_EQ(fdk_fanotify_close_from(x.b, x.n, 0), 4);
    ASSERT_TRUE(!fdk_test_fd_open(a));
    ASSERT_TRUE(!fdk_test_fd_open(p1));
    ASSERT_TRUE(!fdk_test_fd_open(b));
    ASSERT_TRUE(!fdk_test_fd_open(c));
    ASSERT_TRUE(fdk_test_fd_open(dd));
    ASSERT_EQ(close(dd), 0);

    ASSERT_ERR(fdk_fanotify_close_from(x.b, x.n, x.n + 1), EINVAL);
    ASSERT_ERR(fdk_fanotify_close_from(NULL, 10, 0), EINVAL);
    ASSERT_EQ(fdk_fanotify_close_from(NULL, 0, 0), 0);
}

/* Starting in the middle: only what is at and after pos. */
static void test_hand_made_from_middle(void)
{
    static struct bb x;
    int a = devnull(), b = devnull();
    size_t at2;

    x.n = 0;
    bb_end(&x, bb_meta(&x, FAN_OPEN, a, 1));
    at2 = bb_meta(&x, FAN_OPEN, b, 1);
    bb_end(&x, at2);
    ASSERT_EQ(fdk_fanotify_close_from(x.b, x.n, at2), 1);
    ASSERT_TRUE(fdk_test_fd_open(a));
    ASSERT_TRUE(!fdk_test_fd_open(b));
    ASSERT_EQ(close(a), 0);
}

int main(void)
{
    alarm(45);
    RUN(test_hand_made);
    RUN(test_hand_made_from_middle);
    RUN(test_kernel_buffer);
    RUN(test_kernel_buffer_pidfd); /* last: it may skip */
    return 0;
}
