/* SPDX-License-Identifier: MIT */
/*
 * Failure paths of the ancillary-data, batch and zero-copy runtime, driven
 * by fault injection (tests/inject): EINTR from recvmsg / sendmsg /
 * sendmmsg / recvmmsg / send is retried when nothing moved; any other
 * failure is returned as -errno with nothing sent, no descriptor leaked and
 * the outputs untouched; a batch that fails after a full chunk returns the
 * chunk's count; closing the descriptors of a truncated receive makes one
 * close per descriptor, never retried even when close reports EINTR.
 * (MSG_CTRUNC itself is tested for real in test-scm.c.)
 */
#include "socket-test.h"
#include "fdk-inject.h"

/* recvmsg interrupted before anything arrived: -EINTR handed back with nothing
   installed or closed; the next call gets the message and all its fds. */
static void test_recv_eintr_returned(void)
{
    int sv[2], ev[3], slots[4];
    char c;
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = 4};

    make_pair(SOCK_STREAM, sv);
    open_eventfds(ev, 3);
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "e", 1, ev, 3, 0), 1);

    fdk_inject_reset();
    fdk_inject_fail("recvmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recvmsg"), 1); /* not retried */
    ASSERT_EQ(fdk_inject_calls("close"), 0);
    ASSERT_EQ(slots[0], -1);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), 1);
    ASSERT_EQ(fdk_inject_calls("recvmsg"), 2);
    ASSERT_EQ(fdk_inject_calls("close"), 0);
    fdk_inject_reset();
    ASSERT_EQ(anc.nfds, 3);
    ASSERT_EQ(anc.fds_closed, 0);
    close_all(slots, 3);
    close_all(ev, 3);
    close_pair(sv);
}

/* recvmsg fails for real reasons: -errno, slots -1, other outputs untouched. */
static void test_recv_error_passes_through(void)
{
    static const int errs[] = {ENOMEM, ECONNRESET, EFAULT};
    int sv[2], ev, slots[2] = {9, 9};
    char c;
    struct fdk_socket_ancillary anc;

    make_pair(SOCK_DGRAM, sv);
    open_eventfds(&ev, 1);
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        memset(&anc, 0x33, sizeof anc);
        anc.fds = slots;
        anc.fds_max = 2;
        fdk_inject_reset();
        fdk_inject_fail("recvmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recvmsg"), 1); /* not retried */
        ASSERT_EQ(fdk_inject_calls("close"), 0);
        ASSERT_EQ(slots[0], -1);
        ASSERT_EQ(slots[1], -1);
        ASSERT_EQ_U64(anc.nfds, (size_t)0x3333333333333333ull); /* size_t-wide fill */
        ASSERT_EQ_U64(anc.fds_closed, (size_t)0x3333333333333333ull);
        ASSERT_EQ(anc.has_creds, 0x33333333);
    }
    fdk_inject_reset();
    /* the socket still works afterwards */
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "k", 1, &ev, 1, 0), 1);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), 1);
    ASSERT_EQ(anc.nfds, 1);
    ASSERT_EQ(close(slots[0]), 0);
    ASSERT_EQ(close(ev), 0);
    close_pair(sv);
}

/* sendmsg fails: -errno, not retried, nothing queued, the caller's fds intact. */
static void test_send_error_leaks_nothing(void)
{
    static const int errs[] = {ENOBUFS, ENOMEM, EAGAIN, ETOOMANYREFS};
    int sv[2], ev[2], before;

    make_pair(SOCK_SEQPACKET, sv);
    open_eventfds(ev, 2);
    before = fdk_test_count_fds();
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "z", 1, ev, 2, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
        ASSERT_EQ(fdk_inject_calls("close"), 0); /* borrowed fds are never closed */

        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_send_creds(sock_of(sv[0]), "z", 1, NULL, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_EQ(queued(sv[1]), 0);
    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_TRUE(fdk_test_fd_open(ev[0]));
    ASSERT_TRUE(fdk_test_fd_open(ev[1]));
    close_all(ev, 2);
    close_pair(sv);
}

/* sendmsg interrupted before sending: -EINTR handed back, nothing sent, and
   the next call sends the message exactly once. */
static void test_send_eintr_returned(void)
{
    int sv[2], ev, slots[2];
    char buf[4];
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = 2};

    make_pair(SOCK_DGRAM, sv);
    open_eventfds(&ev, 1);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_socket_send_fds(sock_of(sv[0]), "ab", 2, &ev, 1, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "ab", 2, &ev, 1, 0), 2);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_socket_send_creds(sock_of(sv[0]), "cd", 2, NULL, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    ASSERT_EQ(fdk_socket_send_creds(sock_of(sv[0]), "cd", 2, NULL, 0), 2);
    fdk_inject_reset();

    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, sizeof buf, &anc, 0), 2);
    ASSERT_EQ(anc.nfds, 1);
    ASSERT_EQ(close(slots[0]), 0);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), buf, sizeof buf, &anc, 0), 2);
    ASSERT_EQ(anc.nfds, 0);
    ASSERT_ERR(
        fdk_socket_recv_ancillary(sock_of(sv[1]), buf, sizeof buf, &anc, FDK_SOCKET_DONTWAIT),
        EAGAIN);
    ASSERT_EQ(close(ev), 0);
    close_pair(sv);
}

/*
 * Truncated receive: one close per descriptor that arrived.  A close that
 * reports EINTR (after really closing) is not retried, and nothing leaks.
 */
static void test_truncation_closes_once(void)
{
    int sv[2], ev[3], slots[1], before;
    char c;
    struct fdk_socket_ancillary anc = {.fds = slots, .fds_max = 1};

    make_pair(SOCK_STREAM, sv);
    open_eventfds(ev, 3);
    ASSERT_EQ(fdk_socket_send_fds(sock_of(sv[0]), "t", 1, ev, 3, 0), 1);
    before = fdk_test_count_fds();
    fdk_inject_reset();
    fdk_inject_fail_after("close", 2, EINTR);
    ASSERT_EQ(fdk_socket_recv_ancillary(sock_of(sv[1]), &c, 1, &anc, 0), 1);
    ASSERT_EQ(fdk_inject_calls("close"), 3);
    ASSERT_EQ(fdk_inject_fired(), 1);
    fdk_inject_reset();
    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_EQ(anc.nfds, 0);
    ASSERT_EQ(anc.fds_closed, 3);
    ASSERT_TRUE(anc.msg_flags & MSG_CTRUNC);
    close_all(ev, 3);
    close_pair(sv);
}

/* sendmmsg / recvmmsg: EINTR with nothing moved is handed back; a batch is one
   system call at any size; a short count leaves the rest of the messages untouched. */
static void test_batch(void)
{
    enum { N = 100 };
    static struct fdk_socket_msg m[N];
    static char data[N][4];
    fdk_sockaddr raddr, saddr;
    int r, s;

    r = udp_bound(&raddr, 1);
    s = udp_bound(&saddr, 1);
    {
        int big = 1 << 20; /* 138 small datagrams wait in it at once */
        ASSERT_EQ(setsockopt(r, SOL_SOCKET, SO_RCVBUF, &big, sizeof big), 0);
    }
    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < N; i++) {
        memcpy(data[i], &i, 4);
        m[i].buf = data[i];
        m[i].len = 4;
        m[i].addr = &raddr;
        m[i].transferred = 555;
    }

    /* the first call interrupted: -EINTR, nothing marked; then it goes */
    fdk_inject_reset();
    fdk_inject_fail("sendmmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), m, 10, 0), EINTR);
    ASSERT_EQ(m[0].transferred, 555);
    ASSERT_EQ(fdk_socket_send_batch(sock_of(s), m, 10, 0), 10);
    ASSERT_EQ(fdk_inject_calls("sendmmsg"), 2);
    /* the first call fails: -errno, nothing marked */
    fdk_inject_reset();
    fdk_inject_fail("sendmmsg", 1, 1, ENOBUFS);
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), m + 10, 10, 0), ENOBUFS);
    ASSERT_EQ(m[10].transferred, 555);
    /* more than 64 messages still go in one system call (an error taken by a
       second call after a short first one could not be reported) */
    fdk_inject_reset();
    ASSERT_EQ(fdk_socket_send_batch(sock_of(s), m + 10, 90, 0), 90);
    ASSERT_EQ(fdk_inject_calls("sendmmsg"), 1);
    ASSERT_EQ(m[10 + 89].transferred, 4);
    /* one more, so the receiver below has more than one batch waiting */
    ASSERT_EQ(fdk_socket_send_batch(sock_of(s), m, 10, 0), 10);
    fdk_inject_reset();
    /* queued now: 10 + 90 + 10 = 110 datagrams */

    for (unsigned i = 0; i < N; i++) {
        m[i].addr = NULL;
        m[i].transferred = 555;
    }
    /* the type query fails: nothing received */
    fdk_inject_fail("getsockopt", 1, 1, ENOMEM);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(r), m, N, 0), ENOMEM);
    ASSERT_EQ(fdk_inject_calls("recvmmsg"), 0);
    ASSERT_EQ(m[0].transferred, 555);
    /* EINTR: handed back, nothing taken */
    fdk_inject_reset();
    fdk_inject_fail("recvmmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(r), m, N, 0), EINTR);
    ASSERT_EQ(m[0].transferred, 555);
    /* 100 of the 110 in one system call, then the other 10 */
    fdk_inject_reset();
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, N, 0), N);
    ASSERT_EQ(fdk_inject_calls("recvmmsg"), 1);
    ASSERT_EQ(m[N - 1].transferred, 4);
    fdk_inject_reset();
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, N, 0), 10);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(r), m, N, 0), EAGAIN);
    ASSERT_EQ(close(r), 0);
    ASSERT_EQ(close(s), 0);
}

/* Zero-copy: send's EINTR and other errors returned; the error-queue read
   (which never waits) retries EINTR and passes other errors through. */
static void test_zerocopy(void)
{
    struct fdk_zerocopy_range out[2] = {{1, 2, 3}, {4, 5, 6}};
    int sv[2];
    char buf[64];

    make_pair(SOCK_STREAM, sv); /* no zero-copy on Unix sockets: sends copy */
    memset(buf, 'z', sizeof buf);
    fdk_inject_reset();
    fdk_inject_fail("send", 1, 1, EINTR);
    ASSERT_ERR(fdk_socket_send_zerocopy(sock_of(sv[0]), buf, sizeof buf, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("send"), 1);
    ASSERT_EQ(fdk_socket_send_zerocopy(sock_of(sv[0]), buf, sizeof buf, 0), (ssize_t)sizeof buf);
    fdk_inject_reset();
    fdk_inject_fail("send", 1, 1, ENOBUFS);
    ASSERT_ERR(fdk_socket_send_zerocopy(sock_of(sv[0]), buf, sizeof buf, 0), ENOBUFS);
    ASSERT_EQ(fdk_inject_calls("send"), 1);
    ASSERT_EQ(queued(sv[1]), (int)sizeof buf);

    fdk_inject_reset();
    fdk_inject_fail("recvmsg", 1, 3, EINTR);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(sv[0]), out, 2), EAGAIN);
    ASSERT_EQ(fdk_inject_calls("recvmsg"), 4);
    fdk_inject_reset();
    fdk_inject_fail("recvmsg", 1, 1, ENOMEM);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(sv[0]), out, 2), ENOMEM);
    fdk_inject_reset();
    ASSERT_EQ(out[0].first, 1);
    ASSERT_EQ(out[1].copied, 6);
    close_pair(sv);
}

int main(void)
{
    alarm(45);
    RUN(test_recv_eintr_returned);
    RUN(test_recv_error_passes_through);
    RUN(test_send_error_leaks_nothing);
    RUN(test_send_eintr_returned);
    RUN(test_truncation_closes_once);
    RUN(test_batch);
    RUN(test_zerocopy);
    return 0;
}
