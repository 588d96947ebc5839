/* SPDX-License-Identifier: MIT */
/*
 * epoll fdinfo (proc_pid_fdinfo(5): one "tfd: events: data:" line per
 * registration, events and data in hex; the kernel adds pos, ino and sdev):
 *  - fdk_fdinfo_next() gives one FDK_FDINFO_ENTRY_EPOLL per registration,
 *    with tfd, events as the kernel reports them (what was asked for, with
 *    EPOLLERR|EPOLLHUP, which epoll_ctl always adds, and EPOLLET, EPOLLONESHOT,
 *    EPOLLEXCLUSIVE, EPOLLWAKEUP kept), data = the 64-bit token (0 and
 *    all-ones too), the target's position (a seekable /proc file), ino and
 *    sdev (kernel dev_t encoding) of the target; MODIFY and DELETE show; a
 *    fired ONESHOT registration keeps no event bits; no OTHER lines and no
 *    kind have bits; 100 registrations all come through;
 *  - fdk_epoll_registrations() returns the total even when max is smaller and
 *    fills only max entries (the rest untouched), agrees with the fdinfo
 *    entries, and refuses a non-epoll fd, max 0 and NULL with -EINVAL and a
 *    closed or negative fd with -EBADF;
 *  - another process's epoll through fdk_fdinfo_read(pid, fd).
 */
#include "ind-test.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/eventfd.h>

#include <fdkit/epoll.h>

#define ALWAYS (EPOLLERR | EPOLLHUP)
#define PRIVATE_BITS (EPOLLWAKEUP | EPOLLONESHOT | EPOLLET | EPOLLEXCLUSIVE)

static int ep_new(void)
{
    int ep = epoll_create1(EPOLL_CLOEXEC);
    ASSERT_TRUE(ep >= 0);
    return ep;
}

static void ep_add(int ep, int fd, uint32_t ev, uint64_t data)
{
    struct epoll_event e = {.events = ev, .data.u64 = data};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e) != 0)
        fdk_test_fail(__FILE__, __LINE__, "epoll_ctl ADD %d %#x: %s", fd, ev, strerror(errno));
}

/* The EPOLL entry for tfd (exactly one), or fail. */
#define find_tfd(es, n, tfd) find_tfd_at(__LINE__, (es), (n), (tfd))
static const struct fdk_fdinfo_entry *find_tfd_at(int line, const struct fdk_fdinfo_entry *es,
                                                  int n, int tfd)
{
    const struct fdk_fdinfo_entry *hit = NULL;
    for (int i = 0; i < n; i++)
        if (es[i].kind == FDK_FDINFO_ENTRY_EPOLL && es[i].tfd == tfd) {
            if (hit)
                fdk_test_fail(__FILE__, line, "tfd %d listed twice", tfd);
            hit = &es[i];
        }
    if (!hit)
        fdk_test_fail(__FILE__, line, "tfd %d not listed", tfd);
    return hit;
}

static struct fdk_fdinfo_entry es[FIT_MAX_ENTRIES];

static void test_entries(void)
{
    int ep = ep_new();
    int p[2], sv[2];
    ASSERT_EQ(pipe2(p, O_CLOEXEC | O_NONBLOCK), 0);
    int efd = eventfd(0, EFD_CLOEXEC);
    ASSERT_TRUE(efd >= 0);
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
    /* a seekable file epoll accepts: /proc/self/mounts (seq_file, has poll), read in part */
    int mf = open("/proc/self/mounts", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(mf >= 0);
    char b[37];
    ASSERT_EQ(read(mf, b, sizeof b), (ssize_t)sizeof b);
    int ep2 = ep_new();

    ep_add(ep, p[0], EPOLLIN | EPOLLET, 0xdeadbeefcafebabeULL);
    ep_add(ep, p[1], EPOLLOUT | EPOLLONESHOT, 0);
    ep_add(ep, efd, EPOLLIN | EPOLLEXCLUSIVE, UINT64_MAX);
    ep_add(ep, sv[0], EPOLLIN | EPOLLRDHUP | EPOLLPRI, 0x0000000100000002ULL);
    ep_add(ep, mf, EPOLLPRI | EPOLLERR, 12345);
    ep_add(ep, ep2, EPOLLIN, 7);

    struct fdk_fdinfo fi;
    fit_read(0, ep, &fi);
    int n = fit_entries(&fi, es);
    if (n != 6 || fit_count_kind(&fi, FDK_FDINFO_ENTRY_EPOLL) != 6) {
        fprintf(stderr, "%s", fi.text);
        fit_print_entries(&fi);
        fdk_test_fail(__FILE__, __LINE__, "%d entries, expected 6 EPOLL", n);
    }
    ASSERT_EQ(fi.have & FIT_HAVE_KIND_BITS, 0);
    ASSERT_EQ(fi.have & FIT_HAVE_COMMON, FIT_HAVE_COMMON);

    static const struct {
        int idx;
        uint32_t ev;
        uint64_t data;
    } want[] = {
        {0, EPOLLIN | EPOLLET, 0xdeadbeefcafebabeULL},
        {1, EPOLLOUT | EPOLLONESHOT, 0},
        {2, EPOLLIN | EPOLLEXCLUSIVE, UINT64_MAX},
        {3, EPOLLIN | EPOLLRDHUP | EPOLLPRI, 0x0000000100000002ULL},
        {4, EPOLLPRI | EPOLLERR, 12345},
        {5, EPOLLIN, 7},
    };
    int fds[6] = {p[0], p[1], efd, sv[0], mf, ep2};
    for (int i = 0; i < 6; i++) {
        const struct fdk_fdinfo_entry *e = find_tfd(es, n, fds[i]);
        struct stat st;
        ASSERT_EQ(fstat(fds[i], &st), 0);
        if (e->events != (want[i].ev | ALWAYS)) {
            fprintf(stderr, "%s", fi.text);
            fdk_test_fail(__FILE__, __LINE__, "tfd %d: events %#x, expected %#x", fds[i],
                          e->events, want[i].ev | ALWAYS);
        }
        if (e->data != want[i].data)
            fdk_test_fail(__FILE__, __LINE__, "tfd %d: data %#" PRIx64 ", expected %#" PRIx64,
                          fds[i], e->data, want[i].data);
        ASSERT_EQ_U64(e->ino, st.st_ino);
        ASSERT_EQ(e->sdev, fit_kdev(st.st_dev));
        if (fds[i] == mf)
            ASSERT_EQ(e->target_pos, (long long)lseek(mf, 0, SEEK_CUR));
        else
            ASSERT_EQ(e->target_pos, 0);
        /* the entry's line is the text's line for this tfd */
        ASSERT_TRUE(e->line_len > 4);
        ASSERT_MEM_EQ(e->line, "tfd:", 4);
    }
    ASSERT_EQ(find_tfd(es, n, mf)->target_pos, (long long)sizeof b);
    fdk_fdinfo_free(&fi);

    /* MODIFY and DELETE */
    struct epoll_event m = {.events = EPOLLOUT | EPOLLET, .data.u64 = 0x1122334455667788ULL};
    ASSERT_EQ(epoll_ctl(ep, EPOLL_CTL_MOD, sv[0], &m), 0);
    ASSERT_EQ(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), 0);
    fit_read(0, ep, &fi);
    n = fit_entries(&fi, es);
    ASSERT_EQ(n, 5);
    const struct fdk_fdinfo_entry *e = find_tfd(es, n, sv[0]);
    ASSERT_EQ(e->events, EPOLLOUT | EPOLLET | ALWAYS);
    ASSERT_EQ_U64(e->data, 0x1122334455667788ULL);
    for (int i = 0; i < n; i++)
        ASSERT_NE(es[i].tfd, p[0]);
    fdk_fdinfo_free(&fi);

    /* the ONESHOT write end fires once: then it holds no event bits */
    struct epoll_event out[8];
    int got = epoll_wait(ep, out, 8, 0);
    ASSERT_TRUE(got >= 1);
    fit_read(0, ep, &fi);
    n = fit_entries(&fi, es);
    e = find_tfd(es, n, p[1]);
    if ((e->events & ~PRIVATE_BITS) != 0)
        fdk_test_fail(__FILE__, __LINE__, "fired ONESHOT: events %#x", e->events);
    fdk_fdinfo_free(&fi);

    /* registrations agree */
    struct fdk_epoll_registration regs[16];
    int r = fdk_epoll_registrations(fdk_epoll_adopt(ep), regs, 16);
    ASSERT_EQ(r, 5);
    for (int i = 0; i < r; i++) {
        int k;
        for (k = 0; k < n; k++)
            if (es[k].tfd == regs[i].fd)
                break;
        ASSERT_TRUE(k < n);
        ASSERT_EQ_U64(regs[i].token, es[k].data);
        /* the events asked for (the kernel's ERR|HUP may or may not be shown) */
        ASSERT_EQ(regs[i].events & ~ALWAYS, es[k].events & ~ALWAYS);
        if (regs[i].fd == p[1])
            ASSERT_EQ(regs[i].events & ~PRIVATE_BITS & ~ALWAYS, 0);
        if (regs[i].fd == efd) {
            ASSERT_TRUE(regs[i].events & EPOLLEXCLUSIVE);
            ASSERT_EQ_U64(regs[i].token, UINT64_MAX);
        }
    }

    close(ep2);
    close(mf);
    close(sv[0]);
    close(sv[1]);
    close(efd);
    close(p[0]);
    close(p[1]);
    close(ep);
}

static void test_hundred(void)
{
    int ep = ep_new();
    int fds[100];
    for (int i = 0; i < 100; i++) {
        fds[i] = eventfd(0, EFD_CLOEXEC);
        ASSERT_TRUE(fds[i] >= 0);
        ep_add(ep, fds[i], (i & 1) ? EPOLLIN : (EPOLLIN | EPOLLET), 0xabc0000000000000ULL + i);
    }
    struct fdk_fdinfo fi;
    fit_read(0, ep, &fi);
    int n = fit_entries(&fi, es);
    ASSERT_EQ(n, 100);
    ASSERT_EQ(fit_count_kind(&fi, FDK_FDINFO_ENTRY_EPOLL), 100);
    for (int i = 0; i < 100; i++) {
        const struct fdk_fdinfo_entry *e = find_tfd(es, n, fds[i]);
        ASSERT_EQ_U64(e->data, 0xabc0000000000000ULL + i);
        ASSERT_EQ(e->events, ((i & 1) ? EPOLLIN : (EPOLLIN | EPOLLET)) | ALWAYS);
    }
    fdk_fdinfo_free(&fi);

    /* fdk_epoll_registrations: total count, only max filled */
    static struct fdk_epoll_registration regs[128];
    fdk_epoll h = fdk_epoll_adopt(ep);
    ASSERT_EQ(fdk_epoll_registrations(h, regs, 128), 100);
    int seen[100] = {0};
    for (int i = 0; i < 100; i++) {
        uint64_t k = regs[i].token - 0xabc0000000000000ULL;
        ASSERT_TRUE(k < 100);
        ASSERT_EQ(regs[i].fd, fds[k]);
        ASSERT_EQ(seen[k], 0);
        seen[k] = 1;
        ASSERT_EQ(regs[i].events & ~ALWAYS, (k & 1) ? EPOLLIN : (EPOLLIN | EPOLLET));
    }
    memset(regs, 0x5a, sizeof regs);
    ASSERT_EQ(fdk_epoll_registrations(h, regs, 10), 100);
    for (int i = 0; i < 10; i++)
        ASSERT_TRUE(regs[i].token - 0xabc0000000000000ULL < 100);
    for (int i = 10; i < 128; i++) {
        unsigned char *b = (unsigned char *)&regs[i];
        for (size_t k = 0; k < sizeof regs[i]; k++)
            if (b[k] != 0x5a)
                fdk_test_fail(__FILE__, __LINE__, "regs[%d] written with max 10", i);
    }
    memset(regs, 0x5a, sizeof regs);
    ASSERT_EQ(fdk_epoll_registrations(h, regs, 1), 100);
    ASSERT_TRUE(regs[0].token - 0xabc0000000000000ULL < 100);
    ASSERT_EQ(regs[1].fd, 0x5a5a5a5a);

    for (int i = 0; i < 100; i++)
        close(fds[i]);
    /* closing the targets removes the registrations */
    ASSERT_EQ(fdk_epoll_registrations(h, regs, 128), 0);
    fit_read(0, ep, &fi);
    ASSERT_EQ(fit_entries(&fi, NULL), 0);
    fdk_fdinfo_free(&fi);
    close(ep);
}

static void test_registrations_errors(void)
{
    struct fdk_epoll_registration regs[4];
    int ep = ep_new();
    int efd = eventfd(0, EFD_CLOEXEC);
    ep_add(ep, efd, EPOLLIN, 1);
    fdk_epoll h = fdk_epoll_adopt(ep);
    int before = fdk_test_count_fds();
    ASSERT_ERR(fdk_epoll_registrations(fdk_epoll_adopt(efd), regs, 4), EINVAL);
    ASSERT_ERR(fdk_epoll_registrations(h, regs, 0), EINVAL);
    ASSERT_ERR(fdk_epoll_registrations(h, NULL, 4), EINVAL);
    ASSERT_ERR(fdk_epoll_registrations(h, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_epoll_registrations(fdk_epoll_adopt(-1), regs, 4), EBADF);
    int dead = eventfd(0, EFD_CLOEXEC);
    close(dead);
    ASSERT_ERR(fdk_epoll_registrations(fdk_epoll_adopt(dead), regs, 4), EBADF);
    int nul = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_ERR(fdk_epoll_registrations(fdk_epoll_adopt(nul), regs, 4), EINVAL);
    close(nul);
    ASSERT_EQ(fdk_test_count_fds(), before);
    /* an empty set: 0 */
    int ep3 = ep_new();
    ASSERT_EQ(fdk_epoll_registrations(fdk_epoll_adopt(ep3), regs, 4), 0);
    close(ep3);
    ASSERT_EQ(fdk_epoll_registrations(h, regs, 4), 1);
    ASSERT_EQ(regs[0].fd, efd);
    ASSERT_EQ_U64(regs[0].token, 1);
    close(efd);
    close(ep);
}

/* Another process's epoll, by pid. */
static void test_other_process(void)
{
    int go[2], ready[2];
    ASSERT_EQ(pipe2(go, O_CLOEXEC), 0);
    ASSERT_EQ(pipe2(ready, O_CLOEXEC), 0);
    pid_t c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0) {
        close(go[1]);
        close(ready[0]);
        int ep = epoll_create1(EPOLL_CLOEXEC);
        int efd = eventfd(0, EFD_CLOEXEC);
        struct epoll_event e = {.events = EPOLLIN | EPOLLONESHOT, .data.u64 = 0x4242424242ULL};
        if (ep < 0 || efd < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, efd, &e) != 0)
            _exit(2);
        int msg[2] = {ep, efd};
        if (write(ready[1], msg, sizeof msg) != (ssize_t)sizeof msg)
            _exit(3);
        char b;
        while (read(go[0], &b, 1) < 0 && errno == EINTR) {
        }
        _exit(0);
    }
    close(go[0]);
    close(ready[1]);
    int msg[2];
    ASSERT_EQ(read(ready[0], msg, sizeof msg), (ssize_t)sizeof msg);
    struct fdk_fdinfo fi;
    fit_read(c, msg[0], &fi);
    int n = fit_entries(&fi, es);
    ASSERT_EQ(n, 1);
    ASSERT_EQ(es[0].kind, FDK_FDINFO_ENTRY_EPOLL);
    ASSERT_EQ(es[0].tfd, msg[1]);
    ASSERT_EQ_U64(es[0].data, 0x4242424242ULL);
    ASSERT_EQ(es[0].events, EPOLLIN | EPOLLONESHOT | ALWAYS);
    fdk_fdinfo_free(&fi);
    close(go[1]);
    close(ready[0]);
    ASSERT_EQ(fit_wait(c), 0);
}

static void test_parse_lines(void)
{
    /* the kernel's layout (since Linux 4.x: pos, ino and sdev after data) */
    static const char t[] =
        "pos:\t0\nflags:\t02\nmnt_id:\t10\n"
        "tfd:       12 events: 80000019 data:                0  pos:0 ino:3e8 sdev:d\n"
        "tfd:     1000 events: 5000001f data: ffffffffffffffff  pos:77 ino:ffffffffff sdev:fe00001\n";
    struct fdk_fdinfo fi;
    ASSERT_OK(fdk_fdinfo_parse(t, sizeof t - 1, &fi));
    int n = fit_entries(&fi, es);
    ASSERT_EQ(n, 2);
    for (int i = 0; i < n; i++)
        ASSERT_EQ(es[i].kind, FDK_FDINFO_ENTRY_EPOLL);
    ASSERT_EQ(es[0].tfd, 12);
    ASSERT_EQ(es[0].events, 0x80000019u);
    ASSERT_EQ_U64(es[0].data, 0);
    ASSERT_EQ_U64(es[0].ino, 0x3e8);
    ASSERT_EQ(es[0].sdev, 0xd);
    ASSERT_EQ(es[1].tfd, 1000);
    ASSERT_EQ(es[1].events, 0x5000001fu);
    ASSERT_EQ_U64(es[1].data, UINT64_MAX);
    ASSERT_EQ(es[1].target_pos, 77);
    ASSERT_EQ_U64(es[1].ino, 0xffffffffffULL);
    ASSERT_EQ(es[1].sdev, 0xfe00001u);
    /* each line exactly */
    const char *l1 = strstr(fi.text, "tfd:     1000");
    ASSERT_TRUE(es[1].line == l1);
    ASSERT_EQ(es[1].line_len, strcspn(l1, "\n"));
    fdk_fdinfo_free(&fi);
}

/* proc_pid_fdinfo(5)'s example: "tfd: events: data:" only, as Linux 3.8 to 4.x
 * wrote it (fdk_epoll_registrations() says "Since Linux 3.8").  Still a
 * registration, with tfd, events and data. */
static void test_parse_man_layout(void)
{
    static const char t[] = "pos:\t0\nflags:\t02\nmnt_id:\t10\n"
                            "tfd:        9 events:       19 data: 74253d2500000009\n"
                            "tfd:        7 events:       19 data: 74253d2500000007\n";
    struct fdk_fdinfo fi;
    ASSERT_OK(fdk_fdinfo_parse(t, sizeof t - 1, &fi));
    int n = fit_entries(&fi, es);
    ASSERT_EQ(n, 2);
    for (int i = 0; i < n; i++)
        if (es[i].kind != FDK_FDINFO_ENTRY_EPOLL)
            fdk_test_fail(__FILE__, __LINE__,
                          "proc(5)'s epoll line \"%.*s\" came back as kind %d, not EPOLL",
                          (int)es[i].line_len, es[i].line, es[i].kind);
    ASSERT_EQ(es[0].tfd, 9);
    ASSERT_EQ(es[0].events, 0x19);
    ASSERT_EQ_U64(es[0].data, 0x74253d2500000009ULL);
    ASSERT_EQ(es[1].tfd, 7);
    ASSERT_EQ_U64(es[1].data, 0x74253d2500000007ULL);
    fdk_fdinfo_free(&fi);
}

int main(void)
{
    fit_init();
    RUN(test_entries);
    RUN(test_hundred);
    RUN(test_registrations_errors);
    RUN(test_other_process);
    RUN(test_parse_lines);
    RUN(test_parse_man_layout);
    return 0;
}
