/* SPDX-License-Identifier: MIT */
/*
 * Ancillary data over Unix sockets (stream, seqpacket and datagram pairs):
 * fdk_socket_send_fds / fdk_socket_recv_ancillary pass a pipe end, a memfd
 * with known content and an eventfd, and the receiver gets the same open
 * files (same dev/ino, same content, same counter), each with FD_CLOEXEC,
 * with the unused slots left at -1.  When more descriptors arrive than the
 * caller has slots for, every one that arrived is closed, counted and
 * MSG_CTRUNC reported, while the data bytes still arrive.  Credentials:
 * SO_PASSCRED on the receiver, fdk_socket_send_creds(NULL) delivers our
 * pid/uid/gid.  Argument checks happen before anything is sent.
 * (The -EPERM of a forged pid is test-scm-eperm.c.)
 */
#include "socket-test.h"
#include "fdk-exhaust.h" /* fdk_test_kernel_nofile_soft */

#include <sys/mman.h>
#include <sys/resource.h>

static const int kinds[] = {SOCK_STREAM, SOCK_SEQPACKET, SOCK_DGRAM};
static const char *const kind_names[] = {"stream", "seqpacket", "dgram"};

static void assert_same_file(int a, int b)
{
    struct stat sa, sb;

    ASSERT_EQ(fstat(a, &sa), 0);
    ASSERT_EQ(fstat(b, &sb), 0);
    ASSERT_EQ_U64(sa.st_dev, sb.st_dev);
    ASSERT_EQ_U64(sa.st_ino, sb.st_ino);
}

/* The three descriptors to pass: a pipe read end, a memfd, an eventfd. */
struct payload {
    int pipe_r, pipe_w, memfd, efd;
};

static const char memfd_text[] = "fdkit memfd content";

static void payload_open(struct payload *p)
{
    int pp[2];

    ASSERT_EQ(pipe2(pp, O_CLOEXEC), 0);
    p->pipe_r = pp[0];
    p->pipe_w = pp[1];
    p->memfd = memfd_create("fdk-scm", MFD_CLOEXEC);
    ASSERT_TRUE(p->memfd >= 0);
    ASSERT_EQ(write(p->memfd, memfd_text, sizeof memfd_text), (ssize_t)sizeof memfd_text);
    p->efd = open_eventfd(5);
}

/* The three to pass, in this order: pipe_r, memfd, efd. */
static void payload_fds(const struct payload *p, int fds[3])
{
    fds[0] = p->pipe_r;
    fds[1] = p->memfd;
    fds[2] = p->efd;
}

static void payload_close(struct payload *p)
{
    ASSERT_EQ(close(p->pipe_r), 0);
    ASSERT_EQ(close(p->pipe_w), 0);
    ASSERT_EQ(close(p->memfd), 0);
    ASSERT_EQ(close(p->efd), 0);
}

/* got[0..3) are received copies of pipe_r, memfd and efd: check they work. */
static void check_received(const struct payload *p, const int got[3])
{
    char buf[64];
    uint64_t v = 0;

    for (int i = 0; i < 3; i++) {
        ASSERT_TRUE(got[i] >= 0);
        ASSERT_TRUE(fdk_test_is_cloexec(got[i]));
    }
    assert_same_file(got[0], p->pipe_r);
    assert_same_file(got[1], p->memfd);
    assert_same_file(got[2], p->efd);

    /* the pipe: written at the original write end, read at the copy */
    ASSERT_EQ(write(p->pipe_w, "pq", 2), 2);
    ASSERT_EQ(read(got[0], buf, sizeof buf), 2);
    ASSERT_MEM_EQ(buf, "pq", 2);
    /* the memfd: same content */
    ASSERT_EQ(pread(got[1], buf, sizeof buf, 0), (ssize_t)sizeof memfd_text);
    ASSERT_STREQ(buf, memfd_text);
    /* the eventfd: the counter the sender set */
    ASSERT_EQ(read(got[2], &v, sizeof v), (ssize_t)sizeof v);
    ASSERT_EQ_U64(v, 5);
}

static void pass_three(int type)
{
    struct payload p;
    int sv[2], slots[8], fds[3];
    char buf[16];
    struct fdk_socket_ancillary anc;

    make_pair(type, sv);
    payload_open(&p);
    payload_fds(&p, fds);

    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "hey", 3, fds, 3, 0), 3);

    for (int i = 0; i < 8; i++)
        slots[i] = 1000 + i; /* garbage the call must overwrite with -1 */
    memset(&anc, 0x5a, sizeof anc);
    anc.fds = slots;
    anc.fds_max = 8;
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, sizeof buf, &anc, 0), 3);
    ASSERT_MEM_EQ(buf, "hey", 3);
    ASSERT_EQ(anc.nfds, 3);
    ASSERT_EQ(anc.fds_closed, 0);
    ASSERT_EQ(anc.has_creds, 0); /* no SO_PASSCRED on the receiver */
    ASSERT_EQ(anc.msg_flags & (MSG_CTRUNC | MSG_TRUNC), 0);
    for (int i = 3; i < 8; i++)
        ASSERT_EQ(slots[i], -1);
    /* distinct new descriptors, not the sender's numbers */
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++)
            ASSERT_NE(slots[i], fds[j]);
    check_received(&p, slots);

    close_all(slots, 3);
    payload_close(&p);
    close_pair(sv);
}

static void test_pass_three(void)
{
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        printf("# %s\n", kind_names[k]);
        pass_three(kinds[k]);
    }
}

/* Slots exactly as many as were sent, and the fds arrive in order. */
static void test_exact_fit_in_order(void)
{
    int sv[2], ev[4], slots[4];
    char c;
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = 4};

    make_pair(SOCK_SEQPACKET, sv);
    for (int i = 0; i < 4; i++)
        ev[i] = open_eventfd((unsigned)(i + 1));
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "x", 1, ev, 4, FDK_SOCKET_DONTWAIT), 1);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, FDK_SOCKET_DONTWAIT), 1);
    ASSERT_EQ(anc.nfds, 4);
    ASSERT_EQ(anc.fds_closed, 0);
    for (int i = 0; i < 4; i++) {
        uint64_t v;
        ASSERT_EQ(read(slots[i], &v, sizeof v), (ssize_t)sizeof v);
        ASSERT_EQ_U64(v, (uint64_t)(i + 1));
        ASSERT_EQ(close(slots[i]), 0);
        ASSERT_EQ(close(ev[i]), 0);
    }
    close_pair(sv);
}

/* More fds than slots: all that arrived are closed and counted, data still arrives. */
static void truncated(int type, size_t fds_max)
{
    struct payload p;
    int sv[2], slots[2] = {77, 78}, fds[3], before;
    char buf[16];
    struct fdk_socket_ancillary anc = {.fds = fds_max ? slots : NULL, .fds_max = fds_max};

    make_pair(type, sv);
    payload_open(&p);
    payload_fds(&p, fds);
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "abcde", 5, fds, 3, 0), 5);

    before = fdk_test_count_fds();
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, sizeof buf, &anc, 0), 5);
    ASSERT_EQ(fdk_test_count_fds(), before); /* nothing that arrived stayed open */
    ASSERT_MEM_EQ(buf, "abcde", 5);
    ASSERT_TRUE(anc.msg_flags & MSG_CTRUNC);
    ASSERT_EQ(anc.nfds, 0);
    ASSERT_EQ(anc.fds_closed, 3);
    for (size_t i = 0; i < fds_max; i++)
        ASSERT_EQ(slots[i], -1);
    if (fds_max < 2)
        ASSERT_EQ(slots[1], 78); /* beyond fds_max: not touched */

    /* the originals are unharmed */
    ASSERT_TRUE(fdk_test_fd_open(p.pipe_r));
    ASSERT_TRUE(fdk_test_fd_open(p.memfd));
    ASSERT_TRUE(fdk_test_fd_open(p.efd));
    payload_close(&p);
    close_pair(sv);
}

static void test_truncation(void)
{
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        printf("# %s\n", kind_names[k]);
        truncated(kinds[k], 1);
        truncated(kinds[k], 2);
        truncated(kinds[k], 0);
    }
}

/*
 * A real MSG_CTRUNC from the kernel: with RLIMIT_NOFILE just above the
 * lowest free descriptor number, the kernel installs one of the three fds,
 * drops the other two and sets MSG_CTRUNC.  The one that arrived is closed.
 */

/*
 * Lower the soft RLIMIT_NOFILE so that exactly one more fd fits (fd numbers
 * below *lowest are all taken).  0 if the kernel did not get the new limit:
 * valgrind keeps its own copy of this limit and never passes it on.
 */
static int leave_room_for_one(struct rlimit *saved, int *lowest)
{
    struct rlimit low;
    long soft;

    *lowest = fcntl(0, F_DUPFD_CLOEXEC, 0); /* the lowest free number */
    ASSERT_TRUE(*lowest >= 0);
    ASSERT_EQ(close(*lowest), 0);
    ASSERT_EQ(getrlimit(RLIMIT_NOFILE, saved), 0);
    low = *saved;
    low.rlim_cur = (rlim_t)*lowest + 1;
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &low), 0);
    soft = fdk_test_kernel_nofile_soft();
    ASSERT_TRUE(soft != FDK_TEST_NO_PROC_LIMITS);
    if (soft != (long)low.rlim_cur) {
        ASSERT_EQ(setrlimit(RLIMIT_NOFILE, saved), 0);
        return 0;
    }
    return 1;
}

static void test_kernel_ctrunc(void)
{
    struct payload p;
    struct rlimit saved;
    int sv[2], slots[8], fds[3], lowest, before;
    char buf[8];
    ssize_t n;
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = 8};

    make_pair(SOCK_SEQPACKET, sv);
    payload_open(&p);
    payload_fds(&p, fds);
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "lim", 3, fds, 3, 0), 3);

    if (!leave_room_for_one(&saved, &lowest)) {
        printf("# RLIMIT_NOFILE is not enforced here (valgrind?): case skipped\n");
        payload_close(&p);
        close_pair(sv); /* drops the queued message and its fds */
        return;
    }
    before = fdk_test_count_fds(); /* opendir: the one free slot is free again after */
    n = fdk_socket_recv_ancillary(sock_of(sv[1]), buf, sizeof buf, &anc, 0);
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &saved), 0);

    ASSERT_EQ(n, 3);
    ASSERT_MEM_EQ(buf, "lim", 3);
    ASSERT_TRUE(anc.msg_flags & MSG_CTRUNC);
    ASSERT_EQ(anc.nfds, 0);
    ASSERT_EQ(anc.fds_closed, 1); /* the kernel dropped the other two itself */
    ASSERT_EQ(slots[0], -1);
    ASSERT_TRUE(!fdk_test_fd_open(lowest));
    ASSERT_EQ(fdk_test_count_fds(), before);
    payload_close(&p);
    close_pair(sv);
}

/*
 * The kernel's limit: 253 fds in one message go through and arrive whole
 * (the control buffer holds them all); 252 slots for them is a truncation.
 */
static void test_scm_max_fd(void)
{
    enum { MAX = 253 };
    struct rlimit rl;
    int sv[2], src, fds[MAX], slots[MAX], before;
    char c;
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = MAX};

    ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &rl), 0);
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < 3 * MAX + 64) {
        printf("# RLIMIT_NOFILE %llu too low: skipping the 253-fd case\n",
               (unsigned long long)rl.rlim_cur);
        return;
    }
    make_pair(SOCK_STREAM, sv);
    src = open_eventfd(0);
    for (int i = 0; i < MAX; i++) {
        fds[i] = fcntl(src, F_DUPFD_CLOEXEC, 0);
        ASSERT_TRUE(fds[i] >= 0);
    }
    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "y", 1, fds, MAX + 1, 0), EINVAL);
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "y", 1, fds, MAX, 0), 1);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), 1);
    ASSERT_EQ(anc.nfds, MAX);
    ASSERT_EQ(anc.fds_closed, 0);
    ASSERT_EQ(anc.msg_flags & MSG_CTRUNC, 0);
    for (int i = 0; i < MAX; i++) {
        assert_same_file(slots[i], src);
        ASSERT_TRUE(fdk_test_is_cloexec(slots[i]));
        ASSERT_EQ(close(slots[i]), 0);
    }

    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "z", 1, fds, MAX, 0), 1);
    anc.fds_max = MAX - 1;
    before = fdk_test_count_fds();
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), 1);
    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_EQ(c, 'z');
    ASSERT_EQ(anc.nfds, 0);
    ASSERT_EQ(anc.fds_closed, MAX);
    ASSERT_TRUE(anc.msg_flags & MSG_CTRUNC);

    close_all(fds, MAX);
    ASSERT_EQ(close(src), 0);
    close_pair(sv);
}

/*
 * One message with two SCM_RIGHTS headers (built by hand): the receiver
 * walks every header, so all three descriptors are found.
 */
static void test_two_rights_headers(void)
{
    union {
        struct cmsghdr align;
        char buf[CMSG_SPACE(2 * sizeof(int)) + CMSG_SPACE(sizeof(int))];
    } control;
    struct payload p;
    struct msghdr msg;
    struct iovec iov;
    struct cmsghdr *cm;
    int sv[2], slots[4], two[2];
    char c = 'm';
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = 4};

    make_pair(SOCK_DGRAM, sv);
    payload_open(&p);
    memset(&control, 0, sizeof control);
    memset(&msg, 0, sizeof msg);
    iov.iov_base = &c;
    iov.iov_len = 1;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.buf;
    msg.msg_controllen = sizeof control.buf;
    cm = CMSG_FIRSTHDR(&msg);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(2 * sizeof(int));
    two[0] = p.pipe_r;
    two[1] = p.memfd;
    memcpy(CMSG_DATA(cm), two, sizeof two);
    cm = CMSG_NXTHDR(&msg, cm);
    ASSERT_TRUE(cm != NULL);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cm), &p.efd, sizeof(int));
    ASSERT_EQ(sendmsg(sv[0], &msg, 0), 1);

    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), 1);
    ASSERT_EQ(anc.nfds, 3);
    ASSERT_EQ(anc.fds_closed, 0);
    ASSERT_EQ(slots[3], -1);
    check_received(&p, slots);
    close_all(slots, 3);
    payload_close(&p);
    close_pair(sv);
}

/* A message without descriptors: nothing stored, all slots -1. */
static void test_plain_data(void)
{
    int sv[2], slots[3] = {5, 6, 7};
    char buf[8];
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = 3};

    make_pair(SOCK_STREAM, sv);
    ASSERT_EQ(write(sv[0], "plain", 5), 5);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, sizeof buf, &anc, 0), 5);
    ASSERT_EQ(anc.nfds, 0);
    ASSERT_EQ(anc.fds_closed, 0);
    ASSERT_EQ(anc.has_creds, 0);
    for (int i = 0; i < 3; i++)
        ASSERT_EQ(slots[i], -1);
    /* end of stream is 0, not an error */
    ASSERT_EQ(shutdown(sv[0], SHUT_WR), 0);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, sizeof buf, &anc, 0), 0);
    /* a datagram larger than the buffer: MSG_TRUNC reported */
    close_pair(sv);
    make_pair(SOCK_DGRAM, sv);
    ASSERT_EQ(write(sv[0], "toolongforit", 12), 12);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, 4, &anc, 0), 4);
    ASSERT_TRUE(anc.msg_flags & MSG_TRUNC);
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, 4, &anc, FDK_SOCKET_DONTWAIT),
               EAGAIN);
    close_pair(sv);
}

/* Argument checks: nothing is sent, nothing received, outputs untouched. */
static void test_invalid(void)
{
    int sv[2], efd, slots[2] = {3, 4};
    char c = 'q';
    struct fdk_socket_ancillary anc;

    make_pair(SOCK_STREAM, sv);
    efd = open_eventfd(0);

    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "x", 0, &efd, 1, 0), EINVAL);
    ASSERT_EQ(queued(sv[1]), 0);
    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), NULL, 1, &efd, 1, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "x", 1, NULL, 1, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "x", 1, &efd, 0, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "x", 1, &efd, 1, ~FDK_SOCKET_SEND_ALL), EINVAL);
    ASSERT_ERR(fdk_socket_send_fds(sock_of(-1), "x", 1, &efd, 1, 0), EBADF);
    int bad[2] = {efd, -1};
    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "x", 1, bad, 2, 0), EBADF);
    ASSERT_ERR(fdk_socket_send_creds(sock_of(sv[0]), "x", 0, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_creds(sock_of(sv[0]), NULL, 1, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_creds(sock_of(sv[0]), "x", 1, NULL, ~FDK_SOCKET_SEND_ALL), EINVAL);
    ASSERT_ERR(fdk_socket_send_creds(sock_of(-1), "x", 1, NULL, 0), EBADF);
    ASSERT_EQ(queued(sv[1]), 0);

    memset(&anc, 0x11, sizeof anc);
    anc.fds = slots;
    anc.fds_max = 2;
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 0, &anc, 0), EINVAL);
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), NULL, 1, &anc, 0), EINVAL);
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, ~FDK_SOCKET_RECV_ALL),
               EINVAL);
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(-1), &c, 1, &anc, 0), EBADF);
    anc.fds = NULL;
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), EINVAL);
    ASSERT_EQ(slots[0], 3); /* rejected before the slots were touched */
    anc.fds = slots;
    /* a failing receive: slots prefilled with -1, the rest untouched */
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, FDK_SOCKET_DONTWAIT), EAGAIN);
    ASSERT_EQ(slots[0], -1);
    ASSERT_EQ(slots[1], -1);
    ASSERT_EQ_U64(anc.nfds, (size_t)0x1111111111111111ull);
    ASSERT_EQ(anc.msg_flags, 0x11111111);

    /* peer gone: -EPIPE, no SIGPIPE (the test would die) */
    ASSERT_EQ(close(sv[1]), 0);
    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "x", 1, &efd, 1, 0), EPIPE);
    ASSERT_ERR(fdk_socket_send_creds(sock_of(sv[0]), "x", 1, NULL, 0), EPIPE);
    ASSERT_EQ(close(sv[0]), 0);
    ASSERT_EQ(close(efd), 0);
}

static void creds_for(int type)
{
    int sv[2], efd, slots[2];
    char buf[8];
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = 2};
    struct fdk_ucred mine = {.pid = getpid(), .uid = getuid(), .gid = getgid()};

    make_pair(type, sv);
    ASSERT_OK(fdk_socket_set_passcred(sock_of(sv[1]), 1));

    ASSERT_EQ(fdk_socket_send_creds(sock_of(sv[0]), "c1", 2, NULL, 0), 2);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, 2, &anc, 0), 2);
    ASSERT_EQ(anc.has_creds, 1);
    ASSERT_EQ(anc.creds.pid, getpid());
    ASSERT_EQ(anc.creds.uid, getuid());
    ASSERT_EQ(anc.creds.gid, getgid());
    ASSERT_EQ(anc.nfds, 0);

    /* our own values, given explicitly */
    ASSERT_EQ(fdk_socket_send_creds(sock_of(sv[0]), "c2", 2, &mine, 0), 2);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, 2, &anc, 0), 2);
    ASSERT_EQ(anc.has_creds, 1);
    ASSERT_EQ(anc.creds.pid, getpid());

    /* credentials and descriptors in one receive */
    efd = open_eventfd(0);
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "f", 1, &efd, 1, 0), 1);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, 1, &anc, 0), 1);
    ASSERT_EQ(anc.has_creds, 1); /* SO_PASSCRED: the kernel attaches them */
    ASSERT_EQ(anc.creds.uid, getuid());
    ASSERT_EQ(anc.nfds, 1);
    assert_same_file(slots[0], efd);
    ASSERT_EQ(close(slots[0]), 0);
    ASSERT_EQ(close(efd), 0);
    close_pair(sv);
}

static void test_creds(void)
{
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        printf("# %s\n", kind_names[k]);
        creds_for(kinds[k]);
    }
}

int main(void)
{
    alarm(45);
    RUN(test_pass_three);
    RUN(test_exact_fit_in_order);
    RUN(test_truncation);
    RUN(test_kernel_ctrunc);
    RUN(test_scm_max_fd);
    RUN(test_two_rights_headers);
    RUN(test_plain_data);
    RUN(test_invalid);
    RUN(test_creds);
    return 0;
}
