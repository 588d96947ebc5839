/* SPDX-License-Identifier: MIT */
/*
 * A signal handler installed without SA_RESTART ends a blocking wait with
 * -EINTR, returned and never retried (header: "EINTR is returned, never
 * retried"): fdk_mq_receive() on an empty queue, fdk_mq_send() on a full
 * one, fdk_mq_receive_until() and fdk_mq_send_until() with a far deadline.
 * A helper thread signals the waiting thread after 30 ms and, should the
 * library retry, unblocks it 1.5 s later so the case fails instead of
 * hanging.  Nothing is queued or taken by an interrupted call.
 */
#include "mq-test.h"

#include <stdatomic.h>

static volatile sig_atomic_t hits;

static void on_usr1(int sig)
{
    (void)sig;
    hits++;
}

struct kicker {
    pthread_t target;
    fdk_mq h;
    int unblock; /* 0: send a message, 1: receive one */
    atomic_int done; /* the waiting call returned (read by the kicker thread) */
};

static void *kicker_fn(void *arg)
{
    struct kicker *k = arg;
    char buf[64];
    mqt_sleep_ms(30);
    pthread_kill(k->target, SIGUSR1);
    for (int i = 0; i < 150 && !atomic_load(&k->done); i++)
        mqt_sleep_ms(10);
    /* only matters if the interrupted call was retried */
    if (k->unblock == 0)
        (void)fdk_mq_send(k->h, "u", 1, 0);
    else
        (void)fdk_mq_receive(k->h, buf, sizeof buf, NULL);
    return NULL;
}

static void install(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sa.sa_flags = 0; /* no SA_RESTART */
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGUSR1, &sa, NULL), 0);
    hits = 0;
}

/* op: 0 receive, 1 send, 2 receive_until, 3 send_until */
static void interrupted(int op)
{
    const char *n = mqt_name();
    fdk_mq h = mqt_new(n, 2, 16, 0);
    struct kicker k = {.target = pthread_self(), .h = h, .unblock = (op & 1)};
    pthread_t t;
    char buf[16];
    unsigned prio = 555;
    long r;
    double t0, el;
    struct timespec dl = mqt_deadline_ms(10000);

    install();
    if (op & 1)
        mqt_fill(h, 2);
    ASSERT_EQ(pthread_create(&t, NULL, kicker_fn, &k), 0);
    t0 = mqt_now_ms();
    switch (op) {
    case 0: r = fdk_mq_receive(h, buf, sizeof buf, &prio); break;
    case 1: r = fdk_mq_send(h, "s", 1, 0); break;
    case 2: r = fdk_mq_receive_until(h, buf, sizeof buf, &prio, &dl); break;
    default: r = fdk_mq_send_until(h, "s", 1, 0, &dl); break;
    }
    el = mqt_now_ms() - t0;
    atomic_store(&k.done, 1);
    pthread_join(t, NULL);
    printf("#   op %d: %ld after %.1f ms, %d signal(s)\n", op, r, el, (int)hits);
    ASSERT_EQ(hits, 1);
    ASSERT_ERR(r, EINTR);
    ASSERT_TRUE(el < 1000);
    ASSERT_EQ(prio, 555);
    /* the kicker's unblocking action then ran against an idle queue;
     * nothing was queued or taken by the interrupted call */
    ASSERT_EQ(fdk_mq_depth(h), (op & 1) ? 1 : 1);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
    signal(SIGUSR1, SIG_DFL);
}

static void test_receive_eintr(void) { interrupted(0); }
static void test_send_eintr(void) { interrupted(1); }
static void test_receive_until_eintr(void) { interrupted(2); }
static void test_send_until_eintr(void) { interrupted(3); }

int main(void)
{
    mqt_init();
    RUN(test_receive_eintr);
    RUN(test_send_eintr);
    RUN(test_receive_until_eintr);
    RUN(test_send_until_eintr);
    mqt_finish();
    return 0;
}
