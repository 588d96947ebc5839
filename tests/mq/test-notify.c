/* SPDX-License-Identifier: MIT */
/*
 * fdk_mq_notify_signal(): a message arriving in the empty queue sends signo
 * with si_code SI_MESGQ, si_value.sival_int == value, si_pid/si_uid of the
 * sender (mq_notify(3)); the registration is one-shot; a message arriving
 * in a queue that is not empty, or taken by a blocked receiver, sends
 * nothing and leaves the registration in place; while one process holds
 * the registration another (a forked child on its own descriptor) gets
 * -EBUSY, and so does another descriptor of the same process;
 * fdk_mq_notify_none() holds it silently; fdk_mq_notify_remove() frees
 * it (0 also when nothing was held, and a non-holder's remove does not
 * free someone else's); closing the holder's descriptor frees it
 * (mq_close(3)); an invalid signo is -EINVAL.
 */
#include "mq-test.h"

#define NSIG_ SIGUSR2

static void block_sig(void)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, NSIG_);
    ASSERT_EQ(sigprocmask(SIG_BLOCK, &s, NULL), 0);
}

/* Wait up to ms for NSIG_; 1 with *si filled, 0 on timeout. */
static int wait_sig(int ms, siginfo_t *si)
{
    sigset_t s;
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    int r;
    sigemptyset(&s);
    sigaddset(&s, NSIG_);
    do
        r = sigtimedwait(&s, si, &t);
    while (r < 0 && errno == EINTR);
    if (r == NSIG_)
        return 1;
    if (r < 0 && errno == EAGAIN)
        return 0;
    fdk_test_fail(__FILE__, __LINE__, "sigtimedwait: %d %s", r, strerror(errno));
}

/*
 * In a child, open name on its own descriptor and try op (0 signal, 1
 * none, 2 remove); returns the child's -errno (0 on success).
 */
static int child_try(const char *name, int op)
{
    pid_t c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0) {
        fdk_mq h = FDK_HANDLE_INIT;
        int r = fdk_mq_open(&h, name, FDK_MQ_READ, 0, NULL);
        if (r != 0)
            _exit(120);
        if (op == 0)
            r = fdk_mq_notify_signal(h, SIGUSR1, 7);
        else if (op == 1)
            r = fdk_mq_notify_none(h);
        else
            r = fdk_mq_notify_remove(h);
        _exit(mqt_code(r));
    }
    int st = mqt_wait(c);
    if (st == 120)
        fdk_test_fail(__FILE__, __LINE__, "child could not open %s", name);
    return -st;
}

static void test_signal_delivered(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK);
    siginfo_t si;
    char buf[16];

    block_sig();
    ASSERT_OK(fdk_mq_notify_signal(h, NSIG_, 42));
    ASSERT_EQ(wait_sig(0, &si), 0); /* nothing yet */
    ASSERT_OK(fdk_mq_send(h, "m", 1, 0));
    memset(&si, 0, sizeof si);
    ASSERT_EQ(wait_sig(2000, &si), 1);
    ASSERT_EQ(si.si_signo, NSIG_);
    ASSERT_EQ(si.si_code, SI_MESGQ);
    ASSERT_EQ(si.si_value.sival_int, 42);
    ASSERT_EQ(si.si_pid, getpid());
    ASSERT_EQ(si.si_uid, getuid());

    /* one-shot: drain, send again, nothing */
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_OK(fdk_mq_send(h, "m", 1, 0));
    ASSERT_EQ(wait_sig(100, &si), 0);
    /* and free for another process */
    ASSERT_EQ(child_try(n, 0), 0);

    /* register again: heard again, with the new value */
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_OK(fdk_mq_notify_signal(h, NSIG_, -9));
    ASSERT_OK(fdk_mq_send(h, "m", 1, 0));
    ASSERT_EQ(wait_sig(2000, &si), 1);
    ASSERT_EQ(si.si_code, SI_MESGQ);
    ASSERT_EQ(si.si_value.sival_int, -9);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_not_empty_no_signal(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK);
    siginfo_t si;
    char buf[16];

    block_sig();
    ASSERT_OK(fdk_mq_send(h, "1", 1, 0));
    ASSERT_OK(fdk_mq_notify_signal(h, NSIG_, 5));
    ASSERT_OK(fdk_mq_send(h, "2", 1, 0)); /* the queue was not empty */
    ASSERT_EQ(wait_sig(100, &si), 0);
    ASSERT_EQ(child_try(n, 0), -EBUSY); /* still registered */
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_OK(fdk_mq_send(h, "3", 1, 0));
    ASSERT_EQ(wait_sig(2000, &si), 1);
    ASSERT_EQ(si.si_value.sival_int, 5);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

struct rcv {
    fdk_mq h;
    long r;
};

static void *rcv_fn(void *arg)
{
    struct rcv *x = arg;
    char buf[16];
    x->r = fdk_mq_receive(x->h, buf, sizeof buf, NULL);
    return NULL;
}

static void test_blocked_receiver_takes_it(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, 0);
    siginfo_t si;
    pthread_t t;
    struct rcv x = {.h = h, .r = -1000};

    block_sig();
    ASSERT_OK(fdk_mq_notify_signal(h, NSIG_, 11));
    ASSERT_EQ(pthread_create(&t, NULL, rcv_fn, &x), 0);
    mqt_sleep_ms(100); /* let it block */
    ASSERT_OK(fdk_mq_send(h, "r", 1, 0));
    pthread_join(t, NULL);
    ASSERT_EQ(x.r, 1);
    ASSERT_EQ(wait_sig(100, &si), 0);
    ASSERT_EQ(child_try(n, 0), -EBUSY); /* the registration remains */
    ASSERT_OK(fdk_mq_send(h, "s", 1, 0));
    ASSERT_EQ(wait_sig(2000, &si), 1);
    ASSERT_EQ(si.si_value.sival_int, 11);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_busy(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK), h2 = FDK_HANDLE_INIT;

    block_sig();
    ASSERT_OK(fdk_mq_notify_signal(h, NSIG_, 1));
    ASSERT_EQ(child_try(n, 0), -EBUSY);
    ASSERT_EQ(child_try(n, 1), -EBUSY);
    /* a non-holder's remove: 0, and frees nothing */
    ASSERT_EQ(child_try(n, 2), 0);
    ASSERT_EQ(child_try(n, 0), -EBUSY);
    /* another descriptor of this process */
    MQT_OPEN(&h2, n, FDK_MQ_READ, 0, NULL);
    ASSERT_ERR(fdk_mq_notify_signal(h2, NSIG_, 2), EBUSY);
    ASSERT_ERR(fdk_mq_notify_none(h2), EBUSY);
    ASSERT_OK(fdk_mq_close(&h2));

    /* remove frees it */
    ASSERT_OK(fdk_mq_notify_remove(h));
    ASSERT_EQ(child_try(n, 0), 0);
    ASSERT_OK(fdk_mq_notify_remove(h)); /* nothing held: 0 */
    ASSERT_OK(fdk_mq_notify_remove(h));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_none_holds(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK);
    siginfo_t si;
    char buf[16];

    block_sig();
    ASSERT_OK(fdk_mq_notify_none(h));
    ASSERT_EQ(child_try(n, 0), -EBUSY);
    ASSERT_EQ(child_try(n, 1), -EBUSY);
    ASSERT_ERR(fdk_mq_notify_signal(h, NSIG_, 3), EBUSY); /* held, by us */
    ASSERT_OK(fdk_mq_send(h, "n", 1, 0));
    ASSERT_EQ(wait_sig(100, &si), 0); /* silent */
    ASSERT_EQ(fdk_mq_receive(h, buf, sizeof buf, NULL), 1);
    ASSERT_OK(fdk_mq_notify_remove(h));
    ASSERT_OK(fdk_mq_notify_none(h));
    ASSERT_OK(fdk_mq_notify_remove(h));
    ASSERT_EQ(child_try(n, 1), 0);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_close_frees(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK), keep = FDK_HANDLE_INIT;

    MQT_OPEN(&keep, n, FDK_MQ_READ, 0, NULL);
    ASSERT_OK(fdk_mq_notify_none(h));
    ASSERT_EQ(child_try(n, 0), -EBUSY);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_EQ(child_try(n, 0), 0);
    ASSERT_OK(fdk_mq_close(&keep));
    ASSERT_OK(fdk_mq_unlink(n));
}

static void test_bad_signo(void)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 4, 16, FDK_MQ_NONBLOCK);
    static const int bad[] = {0, -1, 65, 1000, -SIGUSR1};

    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int r = fdk_mq_notify_signal(h, bad[i], 0);
        if (r != -EINVAL)
            fdk_test_fail(__FILE__, __LINE__, "fdk_mq_notify_signal(signo %d) = %d (%s), expected -EINVAL",
                          bad[i], r, r < 0 ? fdk_errno_name(r) : "success");
        /* nothing registered */
        ASSERT_EQ(child_try(n, 1), 0);
    }
    ASSERT_OK(fdk_mq_notify_signal(h, SIGRTMAX, 0));
    ASSERT_OK(fdk_mq_notify_remove(h));
    ASSERT_OK(fdk_mq_notify_signal(h, 1, 0));
    ASSERT_OK(fdk_mq_notify_remove(h));
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
}

int main(void)
{
    mqt_init();
    RUN(test_signal_delivered);
    RUN(test_not_empty_no_signal);
    RUN(test_blocked_receiver_takes_it);
    RUN(test_busy);
    RUN(test_none_holds);
    RUN(test_close_frees);
    RUN(test_bad_signo);
    mqt_finish();
    return 0;
}
