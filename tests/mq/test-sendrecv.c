/* SPDX-License-Identifier: MIT */
/*
 * fdk_mq_send() / fdk_mq_receive(): highest priority first, FIFO within a
 * priority; ret_prio is filled (or may be NULL); the bytes arrive intact;
 * an empty message is a real message (depth grows, receive returns 0, msg
 * NULL allowed with len 0); len above msgsize is -EMSGSIZE (nothing
 * queued); a receive buffer smaller than msgsize is -EMSGSIZE and leaves
 * the message queued; prio 32767 is fine and 32768 (sysconf
 * _SC_MQ_PRIO_MAX) -EINVAL; buf NULL -EINVAL; a non-blocking full queue
 * refuses sends and an empty one receives with -EAGAIN;
 * fdk_mq_set_nonblock() switches both the attribute and the behaviour.
 */
#include "mq-test.h"

static void test_priority_order(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 10, 32, 0);
    static const struct {
        const char *m;
        unsigned p;
    } in[] = {{"low1", 1}, {"mid1", 5}, {"high", 9}, {"low2", 1}, {"mid2", 5},
              {"zero", 0}, {"low3", 1}, {"mid3", 5}};
    static const char *const want[] = {"high", "mid1", "mid2", "mid3", "low1", "low2", "low3", "zero"};
    static const unsigned wantp[] = {9, 5, 5, 5, 1, 1, 1, 0};
    char buf[32];
    unsigned prio;

    for (size_t i = 0; i < 8; i++)
        ASSERT_OK(fdk_mq_send(h, in[i].m, strlen(in[i].m), in[i].p));
    ASSERT_EQ(fdk_mq_depth(h), 8);
    for (size_t i = 0; i < 8; i++) {
        ssize_t r;
        prio = 12345;
        memset(buf, 0, sizeof buf);
        if (i % 2)
            r = fdk_mq_receive(h, buf, sizeof buf, &prio);
        else
            r = fdk_mq_receive_until(h, buf, sizeof buf, &prio, NULL);
        ASSERT_EQ(r, 4);
        ASSERT_STREQ(buf, want[i]);
        ASSERT_EQ(prio, wantp[i]);
    }
    /* ret_prio NULL */
    ASSERT_OK(fdk_mq_send(h, "np", 2, 77));
    memset(buf, 0, sizeof buf);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 2);
    ASSERT_STREQ(buf, "np");
    ASSERT_EQ(fdk_mq_depth(h), 0);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_bytes_intact(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 4096, 0);
    static unsigned char out[4096], in[4096];
    for (size_t i = 0; i < sizeof out; i++)
        out[i] = (unsigned char)(i * 7 + 3);
    ASSERT_OK(fdk_mq_send(h, out, sizeof out, 1));
    ASSERT_EQ(fdk_mq_receive(h, in, sizeof in, NULL), 4096);
    ASSERT_MEM_EQ(in, out, sizeof in);
    /* a bigger buffer than msgsize is fine */
    static unsigned char big[10000];
    ASSERT_OK(fdk_mq_send(h, out, 10, 1));
    ASSERT_EQ(fdk_mq_receive(h, big, sizeof big, NULL), 10);
    ASSERT_MEM_EQ(big, out, 10);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_empty_message(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK);
    char buf[16];
    unsigned prio = 0;

    ASSERT_OK(fdk_mq_send(h, "", 0, 4));
    ASSERT_EQ(fdk_mq_depth(h), 1);
    ASSERT_OK(fdk_mq_send(h, NULL, 0, 2)); /* msg NULL is fine with len 0 */
    ASSERT_EQ(fdk_mq_depth(h), 2);
    ASSERT_OK(fdk_mq_send_until(h, NULL, 0, 1, NULL));
    ASSERT_EQ(fdk_mq_depth(h), 3);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, &prio), 0);
    ASSERT_EQ(prio, 4);
    ASSERT_EQ(fdk_mq_depth(h), 2);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, &prio), 0);
    ASSERT_EQ(prio, 2);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, &prio), 0);
    ASSERT_EQ(prio, 1);
    ASSERT_EQ(fdk_mq_depth(h), 0);
    /* and now really empty */
    ASSERT_ERR(fdk_mq_receive(h, buf, sizeof buf, &prio), EAGAIN);
    /* msg NULL with len > 0 */
    ASSERT_ERR(fdk_mq_send(h, NULL, 1, 0), EINVAL);
    ASSERT_ERR(fdk_mq_send_until(h, NULL, 1, 0, NULL), EINVAL);
    ASSERT_EQ(fdk_mq_depth(h), 0);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_msgsize_limits(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK);
    char buf[64] = "0123456789abcdefXYZ";
    unsigned prio = 999;

    ASSERT_ERR(fdk_mq_send(h, buf, 17, 0), EMSGSIZE);
    ASSERT_ERR(fdk_mq_send_until(h, buf, 17, 0, NULL), EMSGSIZE);
    ASSERT_EQ(fdk_mq_depth(h), 0);
    ASSERT_OK(fdk_mq_send(h, buf, 16, 6)); /* exactly msgsize */
    ASSERT_EQ(fdk_mq_depth(h), 1);
    /* buffer below msgsize: -EMSGSIZE, message stays */
    ASSERT_ERR(fdk_mq_receive(h, buf, 15, &prio), EMSGSIZE);
    ASSERT_ERR(fdk_mq_receive(h, buf, 1, &prio), EMSGSIZE);
    ASSERT_ERR(fdk_mq_receive(h, buf, 0, &prio), EMSGSIZE);
    ASSERT_ERR(fdk_mq_receive_until(h, buf, 15, &prio, NULL), EMSGSIZE);
    ASSERT_EQ(prio, 999);
    ASSERT_EQ(fdk_mq_depth(h), 1);
    memset(buf, 0, sizeof buf);
    ASSERT_EQ(fdk_mq_receive(h, buf, 16, &prio), 16);
    ASSERT_MEM_EQ(buf, "0123456789abcdef", 16);
    ASSERT_EQ(prio, 6);
    /* buf NULL */
    ASSERT_ERR(fdk_mq_receive(h, NULL, 16, NULL), EINVAL);
    ASSERT_ERR(fdk_mq_receive_until(h, NULL, 16, NULL, NULL), EINVAL);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_prio_limits(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK);
    char buf[16];
    unsigned prio;
    long pmax = sysconf(_SC_MQ_PRIO_MAX);

    ASSERT_EQ(pmax, 32768);
    ASSERT_OK(fdk_mq_send(h, "a", 1, 32767));
    ASSERT_ERR(fdk_mq_send(h, "b", 1, 32768), EINVAL);
    ASSERT_ERR(fdk_mq_send(h, "b", 1, 0xffffffffu), EINVAL);
    ASSERT_ERR(fdk_mq_send_until(h, "b", 1, 32768, NULL), EINVAL);
    ASSERT_EQ(fdk_mq_depth(h), 1);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, &prio), 1);
    ASSERT_EQ(prio, 32767);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_nonblock_full_empty(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, FDK_MQ_NONBLOCK);
    char buf[16];

    ASSERT_ERR(fdk_mq_receive(h, buf, sizeof buf, NULL), EAGAIN);
    ASSERT_ERR(fdk_mq_receive_until(h, buf, sizeof buf, NULL, NULL), EAGAIN);
    struct timespec dl = mqt_deadline_ms(1000);
    ASSERT_ERR(fdk_mq_receive_until(h, buf, sizeof buf, NULL, &dl), EAGAIN);
    mqt_fill(h, 2);
    ASSERT_ERR(fdk_mq_send(h, "x", 1, 0), EAGAIN);
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, NULL), EAGAIN);
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), EAGAIN);
    ASSERT_EQ(fdk_mq_depth(h), 2);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_set_nonblock(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 1, 16, 0), other = FDK_HANDLE_INIT;
    struct fdk_mq_attr a;
    char buf[16];

    ASSERT_OK(fdk_mq_get_attr(h, &a));
    ASSERT_TRUE(!a.nonblock);
    ASSERT_OK(fdk_mq_set_nonblock(h, true));
    ASSERT_OK(fdk_mq_get_attr(h, &a));
    ASSERT_TRUE(a.nonblock);
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(a.maxmsg, 1); /* the rest unchanged */
    ASSERT_EQ(a.msgsize, 16);
    ASSERT_ERR(fdk_mq_receive(h, buf, sizeof buf, NULL), EAGAIN);
    mqt_fill(h, 1);
    ASSERT_ERR(fdk_mq_send(h, "x", 1, 0), EAGAIN);
    ASSERT_OK(fdk_mq_set_nonblock(h, true)); /* again: still on */
    ASSERT_OK(fdk_mq_get_attr(h, &a));
    ASSERT_TRUE(a.nonblock);
    ASSERT_EQ(a.curmsgs, 1);

    /* per descriptor: another open of the queue still blocks */
    MQT_OPEN(&other, n, FDK_MQ_RDWR, 0, NULL);
    ASSERT_OK(fdk_mq_get_attr(other, &a));
    ASSERT_TRUE(!a.nonblock);
    ASSERT_OK(fdk_mq_close(&other));

    ASSERT_OK(fdk_mq_set_nonblock(h, false));
    ASSERT_OK(fdk_mq_get_attr(h, &a));
    ASSERT_TRUE(!a.nonblock);
    ASSERT_EQ(fdk_test_is_nonblock(h.fd), 0);
    /* blocking again: a send on the full queue waits (bounded by a deadline) */
    struct timespec dl = mqt_deadline_ms(30);
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), ETIMEDOUT);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    dl = mqt_deadline_ms(30);
    ASSERT_ERR(fdk_mq_receive_until(h, buf, sizeof buf, NULL, &dl), ETIMEDOUT);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

int main(void)
{
    mqt_init();
    RUN(test_priority_order);
    RUN(test_bytes_intact);
    RUN(test_empty_message);
    RUN(test_msgsize_limits);
    RUN(test_prio_limits);
    RUN(test_nonblock_full_empty);
    RUN(test_set_nonblock);
    mqt_finish();
    return 0;
}
