/* SPDX-License-Identifier: MIT */
/*
 * fdk_mq_depth(), fdk_mq_is_full() and fdk_mq_is_empty() count messages, never bytes: a
 * queue of maxmsg 3, msgsize 1024 holding three 1-byte messages is full
 * (depth 3), two is not; empty messages count too; get_attr's curmsgs
 * agrees; all of them, and every other call, are -EBADF on a closed handle
 * and on a descriptor that is not a queue.
 */
#include "mq-test.h"

static void test_count_not_bytes(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 3, 1024, FDK_MQ_NONBLOCK);
    struct fdk_mq_attr a;
    char buf[1024];

    ASSERT_EQ(fdk_mq_depth(h), 0);
    ASSERT_EQ(fdk_mq_is_full(h), 0);
    ASSERT_EQ(fdk_mq_is_empty(h), 1);
    ASSERT_OK(fdk_mq_send(h, "a", 1, 0));
    ASSERT_EQ(fdk_mq_is_empty(h), 0);
    ASSERT_EQ(fdk_mq_depth(h), 1);
    ASSERT_EQ(fdk_mq_is_full(h), 0);
    ASSERT_OK(fdk_mq_send(h, "b", 1, 0));
    ASSERT_EQ(fdk_mq_depth(h), 2);
    ASSERT_EQ(fdk_mq_is_full(h), 0);
    ASSERT_OK(fdk_mq_send(h, "c", 1, 0));
    ASSERT_EQ(fdk_mq_depth(h), 3);
    ASSERT_EQ(fdk_mq_is_full(h), 1);
    ASSERT_OK(fdk_mq_get_attr(h, &a));
    ASSERT_EQ(a.curmsgs, 3);
    ASSERT_EQ(a.maxmsg, 3);
    ASSERT_ERR(fdk_mq_send(h, "d", 1, 0), EAGAIN); /* full really means full */
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_EQ(fdk_mq_is_full(h), 0);
    ASSERT_EQ(fdk_mq_depth(h), 2);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_EQ(fdk_mq_depth(h), 0);
    ASSERT_EQ(fdk_mq_is_empty(h), 1);

    /* empty messages count */
    for (int i = 0; i < 3; i++)
        ASSERT_OK(fdk_mq_send(h, NULL, 0, 0));
    ASSERT_EQ(fdk_mq_depth(h), 3);
    ASSERT_EQ(fdk_mq_is_full(h), 1);
    ASSERT_EQ(fdk_mq_is_empty(h), 0); /* empty messages are messages */
    ASSERT_OK(fdk_mq_close(&h));

    /* big messages: one full-size message is not "full" */
    const char *n2 = mqt_name();
    h = mqt_new(n2, 3, 1024, FDK_MQ_NONBLOCK);
    memset(buf, 'q', sizeof buf);
    ASSERT_OK(fdk_mq_send(h, buf, 1024, 0));
    ASSERT_EQ(fdk_mq_depth(h), 1);
    ASSERT_EQ(fdk_mq_is_full(h), 0);
    ASSERT_OK(fdk_mq_send(h, buf, 1024, 0));
    ASSERT_OK(fdk_mq_send(h, buf, 1024, 0));
    ASSERT_EQ(fdk_mq_depth(h), 3);
    ASSERT_EQ(fdk_mq_is_full(h), 1);

    /* seen from another descriptor of the queue */
    fdk_mq r = FDK_HANDLE_INIT;
    MQT_OPEN(&r, n2, FDK_MQ_READ, 0, NULL);
    ASSERT_EQ(fdk_mq_depth(r), 3);
    ASSERT_EQ(fdk_mq_is_full(r), 1);
    ASSERT_OK(fdk_mq_close(&r));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
    ASSERT_OK(fdk_mq_unlink(n2));
}

static void all_ebadf(fdk_mq h, const char *what)
{
    struct fdk_mq_attr a = {.maxmsg = 99};
    char buf[64];
#define EB(x)                                                                                      \
    do {                                                                                           \
        long r_ = (long)(x);                                                                       \
        if (r_ != -EBADF)                                                                          \
            fdk_test_fail(__FILE__, __LINE__, "%s: %s = %ld (%s), expected -EBADF", what, #x, r_,  \
                          r_ < 0 ? fdk_errno_name((int)r_) : "success");                           \
    } while (0)
    EB(fdk_mq_send(h, "x", 1, 0));
    EB(fdk_mq_send_until(h, "x", 1, 0, NULL));
    EB(fdk_mq_receive(h, buf, sizeof buf, NULL));
    EB(fdk_mq_receive_until(h, buf, sizeof buf, NULL, NULL));
    EB(fdk_mq_get_attr(h, &a));
    EB(fdk_mq_set_nonblock(h, true));
    EB(fdk_mq_depth(h));
    EB(fdk_mq_is_full(h));
    EB(fdk_mq_notify_signal(h, SIGUSR1, 1));
    EB(fdk_mq_notify_none(h));
    EB(fdk_mq_notify_remove(h));
    ASSERT_EQ(a.maxmsg, 99);
#undef EB
}

static void test_ebadf(void)
{
    fdk_mq closed = FDK_HANDLE_INIT;
    int p[2];

    all_ebadf(closed, "fd -1");
    fdk_mq big = {.fd = 1000000, .msgsize = 0};
    all_ebadf(big, "fd not open");
    ASSERT_EQ(pipe2(p, O_CLOEXEC | O_NONBLOCK), 0);
    fdk_mq pipe_h = {.fd = p[0], .msgsize = 16};
    all_ebadf(pipe_h, "a pipe");
    pipe_h.msgsize = 0;
    all_ebadf(pipe_h, "a pipe, adopted");
    close(p[0]);
    close(p[1]);

    /* a regular file */
    char tpl[] = "/tmp/fdkmqt-reg-XXXXXX";
    int fd = mkostemp(tpl, O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    unlink(tpl);
    fdk_mq f = fdk_mq_adopt(fd);
    all_ebadf(f, "a regular file");
    close(fd);
}

int main(void)
{
    mqt_init();
    RUN(test_count_not_bytes);
    RUN(test_ebadf);
    mqt_finish();
    return 0;
}
