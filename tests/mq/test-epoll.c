/* SPDX-License-Identifier: MIT */
/*
 * Readiness (header: "readable while the queue holds a message, writable
 * while it is not full"): through fdk_epoll and through poll(), an empty
 * queue is EPOLLOUT only, a partly filled one EPOLLIN|EPOLLOUT, a full one
 * EPOLLIN only; a blocking fdk_epoll_wait() wakes when another thread sends.
 * Read-only and write-only descriptors report the same queue state.
 */
#include "mq-test.h"

#include <poll.h>
#include <sys/epoll.h>

static uint32_t ready(fdk_epoll ep, int fd)
{
    struct epoll_event ev[4];
    int r = fdk_epoll_wait(ep, ev, 4, 0);
    ASSERT_TRUE(r >= 0 && r <= 1);
    if (r == 0)
        return 0;
    ASSERT_EQ_U64(ev[0].data.u64, (uint64_t)fd + 100);
    return ev[0].events;
}

static short polled(int fd)
{
    struct pollfd p = {.fd = fd, .events = POLLIN | POLLOUT};
    ASSERT_TRUE(poll(&p, 1, 0) >= 0);
    return p.revents;
}

static void test_levels(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, FDK_MQ_NONBLOCK), r = FDK_HANDLE_INIT, w = FDK_HANDLE_INIT;
    fdk_epoll ep = FDK_HANDLE_INIT;
    char buf[16];

    MQT_OPEN(&r, n, FDK_MQ_READ, 0, NULL);
    MQT_OPEN(&w, n, FDK_MQ_WRITE, 0, NULL);
    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_OK(fdk_epoll_add(ep, h.fd, EPOLLIN | EPOLLOUT, (uint64_t)h.fd + 100));

    ASSERT_EQ(ready(ep, h.fd), EPOLLOUT);
    ASSERT_EQ(polled(h.fd), POLLOUT);
    ASSERT_EQ(polled(r.fd) & POLLIN, 0);
    ASSERT_OK(fdk_mq_send(h, "a", 1, 0));
    ASSERT_EQ(ready(ep, h.fd), EPOLLIN | EPOLLOUT);
    ASSERT_EQ(polled(h.fd), POLLIN | POLLOUT);
    ASSERT_TRUE(polled(r.fd) & POLLIN);
    ASSERT_TRUE(polled(w.fd) & POLLOUT);
    ASSERT_OK(fdk_mq_send(h, "b", 1, 0));
    ASSERT_EQ(fdk_mq_is_full(h), 1);
    ASSERT_EQ(ready(ep, h.fd), EPOLLIN);
    ASSERT_EQ(polled(h.fd), POLLIN);
    ASSERT_EQ(polled(w.fd) & POLLOUT, 0);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_EQ(ready(ep, h.fd), EPOLLIN | EPOLLOUT);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_EQ(ready(ep, h.fd), EPOLLOUT);
    /* empty messages make it readable too */
    ASSERT_OK(fdk_mq_send(h, NULL, 0, 0));
    ASSERT_EQ(ready(ep, h.fd), EPOLLIN | EPOLLOUT);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 0);

    ASSERT_OK(fdk_epoll_close(&ep));
    ASSERT_OK(fdk_mq_close(&r));
    ASSERT_OK(fdk_mq_close(&w));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void *sender(void *arg)
{
    fdk_mq *h = arg;
    mqt_sleep_ms(30);
    (void)fdk_mq_send(*h, "t", 1, 0);
    return NULL;
}

static void test_wakes(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0);
    fdk_epoll ep = FDK_HANDLE_INIT;
    struct epoll_event ev[2];
    pthread_t t;
    char buf[16];

    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_OK(fdk_epoll_add(ep, h.fd, EPOLLIN, 5));
    ASSERT_EQ(pthread_create(&t, NULL, sender, &h), 0);
    double t0 = mqt_now_ms();
    int r = fdk_epoll_wait(ep, ev, 2, 5000);
    double el = mqt_now_ms() - t0;
    pthread_join(t, NULL);
    ASSERT_EQ(r, 1);
    ASSERT_EQ_U64(ev[0].data.u64, 5);
    ASSERT_TRUE(ev[0].events & EPOLLIN);
    ASSERT_TRUE(el >= 20 && el < 4000);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_OK(fdk_epoll_close(&ep));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

int main(void)
{
    mqt_init();
    RUN(test_levels);
    RUN(test_wakes);
    mqt_finish();
    return 0;
}
