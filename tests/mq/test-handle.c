/* SPDX-License-Identifier: MIT */
/*
 * Handle ownership: fdk_mq_close() closes, sets fd -1 and is a no-op
 * returning 0 the second time, -EBADF for a descriptor that is not open,
 * -EINVAL for NULL; fdk_mq_release() hands back the (still open, still
 * working) descriptor and leaves the handle empty; fdk_mq_adopt() wraps a
 * descriptor (msgsize 0: unknown) that still sends and receives, and there
 * a receive buffer smaller than the queue's msgsize gets the kernel's
 * -EMSGSIZE with the message left queued; a closed queue lives on while
 * another descriptor holds it, even once unlinked.
 */
#include "mq-test.h"

static void test_close_twice(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0);
    int fd = h.fd;

    ASSERT_TRUE(fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_mq_close(&h), 0);
    ASSERT_EQ(h.fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_mq_close(&h), 0);
    ASSERT_EQ(h.fd, -1);
    ASSERT_ERR(fdk_mq_close(NULL), EINVAL);

    /* a descriptor that is not open */
    fdk_mq stale = {.fd = fd, .msgsize = 16};
    ASSERT_ERR(fdk_mq_close(&stale), EBADF);
    ASSERT_EQ(stale.fd, -1);
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_release(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0);
    int fd = h.fd, r;
    char buf[16];

    r = fdk_mq_release(&h);
    ASSERT_EQ(r, fd);
    ASSERT_EQ(h.fd, -1);
    ASSERT_TRUE(fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_mq_close(&h), 0); /* empty handle: no-op */
    ASSERT_TRUE(fdk_test_fd_open(fd));
    /* the fd still is the queue, usable raw */
    ASSERT_EQ(mq_send(fd, "raw", 3, 2), 0);
    ASSERT_EQ(mq_receive(fd, buf, sizeof buf, NULL), 3);
    ASSERT_EQ(fdk_mq_release(NULL), -EINVAL);
    fdk_mq e = FDK_HANDLE_INIT;
    ASSERT_EQ(fdk_mq_release(&e), -1); /* the empty handle's fd */
    ASSERT_EQ(close(fd), 0);
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_adopt(void)
{
    const char *n = mqt_name();
    struct mq_attr ka = {.mq_maxmsg = 3, .mq_msgsize = 64};
    mqd_t q = mq_open(n, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600, &ka);
    char buf[64];
    unsigned prio = 0;
    struct fdk_mq_attr g;

    ASSERT_TRUE(q != (mqd_t)-1);
    fdk_mq h = fdk_mq_adopt(q);
    ASSERT_EQ(h.fd, q);
    ASSERT_EQ(h.msgsize, 0);
    ASSERT_OK(fdk_mq_send(h, "adopted", 7, 9));
    ASSERT_EQ(fdk_mq_depth(h), 1);
    ASSERT_OK(fdk_mq_get_attr(h, &g));
    ASSERT_EQ(g.msgsize, 64);
    ASSERT_EQ(g.maxmsg, 3);
    /* short buffer: the kernel refuses, nothing taken */
    ASSERT_ERR(fdk_mq_receive(h, buf, 63, &prio), EMSGSIZE);
    ASSERT_ERR(fdk_mq_receive(h, buf, 1, &prio), EMSGSIZE);
    ASSERT_ERR(fdk_mq_receive_until(h, buf, 10, &prio, NULL), EMSGSIZE);
    ASSERT_EQ(fdk_mq_depth(h), 1);
    memset(buf, 0, sizeof buf);
    ASSERT_EQ(fdk_mq_receive(h, buf, 64, &prio), 7);
    ASSERT_EQ(prio, 9);
    ASSERT_MEM_EQ(buf, "adopted", 7);
    /* an oversized send: the kernel's -EMSGSIZE */
    static char big[65];
    ASSERT_ERR(fdk_mq_send(h, big, 65, 0), EMSGSIZE);
    ASSERT_EQ(fdk_mq_depth(h), 0);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_TRUE(!fdk_test_fd_open(q));

    /* release then adopt again: a round trip */
    fdk_mq h2 = mqt_new(mqt_name(), 2, 16, 0);
    const char *n2 = mqt_names[mqt_nnames - 1];
    fdk_mq h3 = fdk_mq_adopt(fdk_mq_release(&h2));
    ASSERT_OK(fdk_mq_send(h3, "x", 1, 0));
    ASSERT_EQ(fdk_mq_receive(h3, buf, 16, NULL), 1);
    ASSERT_OK(fdk_mq_close(&h3));
    ASSERT_OK(fdk_mq_unlink(n2));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_unlinked_lives_on(void)
{
    const char *n = mqt_name();
    fdk_mq a = mqt_new(n, 2, 16, 0), b = FDK_HANDLE_INIT;
    char buf[16];

    MQT_OPEN(&b, n, FDK_MQ_RDWR, 0, NULL);
    ASSERT_OK(fdk_mq_unlink(n));
    ASSERT_EQ(mqt_exists(n), 0);
    ASSERT_OK(fdk_mq_send(a, "k", 1, 0));
    ASSERT_OK(fdk_mq_close(&a));
    ASSERT_EQ(fdk_mq_receive(b, buf, sizeof buf, NULL), 1);
    ASSERT_OK(fdk_mq_close(&b));
    /* a new queue of the same name is a different, empty one */
    a = mqt_new(n, 2, 16, 0);
    ASSERT_EQ(fdk_mq_depth(a), 0);
    ASSERT_OK(fdk_mq_close(&a));
    ASSERT_OK(fdk_mq_unlink(n));
}

int main(void)
{
    mqt_init();
    RUN(test_close_twice);
    RUN(test_release);
    RUN(test_adopt);
    RUN(test_unlinked_lives_on);
    mqt_finish();
    return 0;
}
