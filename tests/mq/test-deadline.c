/* SPDX-License-Identifier: MIT */
/*
 * fdk_mq_send_until() / fdk_mq_receive_until(): a CLOCK_REALTIME deadline
 * 50 ms ahead on a full (empty) queue gives -ETIMEDOUT after about that
 * long; a deadline in the past is -ETIMEDOUT at once when the call would
 * wait, and does not matter when it would not; tv_nsec outside
 * 0..999999999 is -EINVAL; a NULL deadline waits until a thread makes
 * room / sends (30 ms later), and a deadline far ahead is met the same way.
 */
#include "mq-test.h"

static void test_send_until_timeout(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0);
    struct timespec dl;
    double t0, el;

    mqt_fill(h, 2);
    dl = mqt_deadline_ms(50);
    t0 = mqt_now_ms();
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), ETIMEDOUT);
    el = mqt_now_ms() - t0;
    printf("# send_until waited %.1f ms\n", el);
    ASSERT_TRUE(el >= 40);
    ASSERT_TRUE(el < 2000);
    ASSERT_EQ(fdk_mq_depth(h), 2);

    /* in the past: at once */
    dl = mqt_deadline_ms(-1000);
    t0 = mqt_now_ms();
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), ETIMEDOUT);
    dl.tv_sec = 0, dl.tv_nsec = 0; /* the epoch */
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), ETIMEDOUT);
    el = mqt_now_ms() - t0;
    ASSERT_TRUE(el < 20);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_receive_until_timeout(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0);
    struct timespec dl;
    char buf[16];
    unsigned prio = 4321;
    double t0, el;

    dl = mqt_deadline_ms(50);
    t0 = mqt_now_ms();
    ASSERT_ERR(fdk_mq_receive_until(h, buf, sizeof buf, &prio, &dl), ETIMEDOUT);
    el = mqt_now_ms() - t0;
    printf("# receive_until waited %.1f ms\n", el);
    ASSERT_TRUE(el >= 40);
    ASSERT_TRUE(el < 2000);
    ASSERT_EQ(prio, 4321);

    dl = mqt_deadline_ms(-5000);
    t0 = mqt_now_ms();
    ASSERT_ERR(fdk_mq_receive_until(h, buf, sizeof buf, NULL, &dl), ETIMEDOUT);
    el = mqt_now_ms() - t0;
    ASSERT_TRUE(el < 20);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_past_deadline_no_wait_needed(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0);
    struct timespec dl = mqt_deadline_ms(-1000);
    char buf[16];
    unsigned prio;

    /* room / a message: the deadline never comes into play */
    ASSERT_OK(fdk_mq_send_until(h, "p", 1, 3, &dl));
    ASSERT_EQ(fdk_mq_receive_until(h, buf, sizeof buf, &prio, &dl), 1);
    ASSERT_EQ(prio, 3);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_bad_timespec(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 1, 16, 0);
    struct timespec dl = mqt_deadline_ms(50);
    char buf[16];
    double t0;

    dl.tv_nsec = 1000000000L;
    /* on an empty queue (receive would wait) and one with room (send would not) */
    t0 = mqt_now_ms();
    ASSERT_ERR(fdk_mq_receive_until(h, buf, sizeof buf, NULL, &dl), EINVAL);
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), EINVAL);
    ASSERT_EQ(fdk_mq_depth(h), 0);
    mqt_fill(h, 1);
    /* full (send would wait), non-empty (receive would not) */
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), EINVAL);
    ASSERT_ERR(fdk_mq_receive_until(h, buf, sizeof buf, NULL, &dl), EINVAL);
    ASSERT_EQ(fdk_mq_depth(h), 1);
    dl.tv_nsec = -1;
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), EINVAL);
    ASSERT_ERR(fdk_mq_receive_until(h, buf, sizeof buf, NULL, &dl), EINVAL);
    ASSERT_EQ(fdk_mq_depth(h), 1);
    ASSERT_TRUE(mqt_now_ms() - t0 < 40); /* refused, not waited */
    /* 999999999 is valid */
    dl = mqt_deadline_ms(-1000);
    dl.tv_nsec = 999999999L;
    ASSERT_ERR(fdk_mq_send_until(h, "x", 1, 0, &dl), ETIMEDOUT);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

struct later {
    fdk_mq h;
    int what; /* 0: send one, 1: receive one */
    long delay_ms;
    int rc;
};

static void *later_fn(void *arg)
{
    struct later *l = arg;
    char buf[16];
    mqt_sleep_ms(l->delay_ms);
    if (l->what == 0)
        l->rc = fdk_mq_send(l->h, "late", 4, 8);
    else
        l->rc = (int)fdk_mq_receive(l->h, buf, sizeof buf, NULL);
    return NULL;
}

static void test_null_deadline_waits(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 1, 16, 0);
    struct later l = {.h = h, .what = 0, .delay_ms = 30};
    pthread_t t;
    char buf[16] = {0};
    unsigned prio = 0;
    double t0, el;

    /* receive: waits for the thread's message */
    ASSERT_EQ(pthread_create(&t, NULL, later_fn, &l), 0);
    t0 = mqt_now_ms();
    ASSERT_EQ(fdk_mq_receive_until(h, buf, sizeof buf, &prio, NULL), 4);
    el = mqt_now_ms() - t0;
    pthread_join(t, NULL);
    ASSERT_EQ(l.rc, 0);
    ASSERT_STREQ(buf, "late");
    ASSERT_EQ(prio, 8);
    ASSERT_TRUE(el >= 20);

    /* send: waits for the thread to make room */
    mqt_fill(h, 1);
    l.what = 1;
    ASSERT_EQ(pthread_create(&t, NULL, later_fn, &l), 0);
    t0 = mqt_now_ms();
    ASSERT_OK(fdk_mq_send_until(h, "s", 1, 0, NULL));
    el = mqt_now_ms() - t0;
    pthread_join(t, NULL);
    ASSERT_EQ(l.rc, 1);
    ASSERT_TRUE(el >= 20);
    ASSERT_EQ(fdk_mq_depth(h), 1);

    /* a deadline far ahead behaves the same */
    struct timespec dl = mqt_deadline_ms(5000);
    ASSERT_EQ(pthread_create(&t, NULL, later_fn, &l), 0);
    ASSERT_OK(fdk_mq_send_until(h, "s", 1, 0, &dl));
    pthread_join(t, NULL);
    ASSERT_EQ(l.rc, 1);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    l.what = 0;
    ASSERT_EQ(pthread_create(&t, NULL, later_fn, &l), 0);
    ASSERT_EQ(fdk_mq_receive_until(h, buf, sizeof buf, NULL, &dl), 4);
    pthread_join(t, NULL);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

int main(void)
{
    mqt_init();
    RUN(test_send_until_timeout);
    RUN(test_receive_until_timeout);
    RUN(test_past_deadline_no_wait_needed);
    RUN(test_bad_timespec);
    RUN(test_null_deadline_waits);
    mqt_finish();
    return 0;
}
