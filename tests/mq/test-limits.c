/* SPDX-License-Identifier: MIT */
/*
 * The limits of mq_overview(7), as the header states them: in an
 * unprivileged child (uid 65534) maxmsg above /proc/sys/fs/mqueue/msg_max
 * and msgsize above msgsize_max are -EINVAL and create nothing, while the maxima themselves are fine; a
 * child whose RLIMIT_MSGQUEUE is lowered gets -EMFILE for a queue that
 * would hold more bytes, creating nothing and leaking nothing.  No
 * /proc/sys value is changed.  (test-limits-cap.c: the privileged side.)
 */
#include "mq-test.h"

#include <sys/resource.h>

static void test_unprivileged_above_max(void)
{
    long mm = mqt_proc_long("msg_max"), sm = mqt_proc_long("msgsize_max");
    const char *n = mqt_name(), *n2 = mqt_name(), *n3 = mqt_name();
    pid_t c;

    need_root();
    c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0) {
        struct fdk_mq_attr a;
        fdk_mq h = {.fd = 777};
        int before, r;
        mqt_drop_privs();
        before = fdk_test_count_fds();
        a = (struct fdk_mq_attr){.maxmsg = mm + 1, .msgsize = 16};
        r = fdk_mq_open(&h, n, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, &a);
        if (r != -EINVAL)
            _exit(r == 0 ? 11 : 12);
        a = (struct fdk_mq_attr){.maxmsg = 1, .msgsize = sm + 1};
        r = fdk_mq_open(&h, n2, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, &a);
        if (r != -EINVAL)
            _exit(20 + (r == 0 ? 1 : 2));
        if (h.fd != 777 || fdk_test_count_fds() != before)
            _exit(30);
        /* the maxima themselves are allowed */
        a = (struct fdk_mq_attr){.maxmsg = mm, .msgsize = 16};
        r = fdk_mq_open(&h, n3, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL, 0600, &a);
        if (r != 0)
            _exit(40);
        fdk_mq_close(&h);
        if (fdk_mq_unlink(n3) != 0)
            _exit(41);
        _exit(0);
    }
    int st = mqt_wait(c);
    if (st == 99)
        fdk_test_skip("cannot drop to uid 65534");
    if (st != 0)
        fdk_test_fail(__FILE__, __LINE__,
                      "unprivileged child: status %d (11/21: above the maximum was allowed, "
                      "12/22: another error, 30: out written or fd leaked, 40/41: maximum refused)",
                      st);
    ASSERT_EQ(mqt_exists(n), 0);
    ASSERT_EQ(mqt_exists(n2), 0);
    ASSERT_EQ(mqt_exists(n3), 0);
}

static void test_rlimit_msgqueue(void)
{
    const char *n = mqt_name(), *small = mqt_name();
    pid_t c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0) {
        struct rlimit rl = {.rlim_cur = 8192, .rlim_max = 8192};
        struct fdk_mq_attr a = {.maxmsg = 10, .msgsize = 8192}; /* > 80 KiB */
        fdk_mq h = {.fd = 777};
        int before, r;
        if (setrlimit(RLIMIT_MSGQUEUE, &rl) != 0)
            _exit(50);
        before = fdk_test_count_fds();
        r = fdk_mq_open(&h, n, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL, 0600, &a);
        if (r == 0)
            _exit(51);
        if (r != -EMFILE)
            _exit(60 + mqt_code(r) % 60);
        if (h.fd != 777 || fdk_test_count_fds() != before)
            _exit(52);
        _exit(0);
    }
    int st = mqt_wait(c);
    if (st == 50)
        fdk_test_skip("setrlimit(RLIMIT_MSGQUEUE) failed");
    if (st != 0)
        fdk_test_fail(__FILE__, __LINE__,
                      "rlimit child: status %d (51: allowed, 52: out written or fd leaked, "
                      "60+e: errno e instead of EMFILE)",
                      st);
    ASSERT_EQ(mqt_exists(n), 0);
    /* with the normal limit the same queue is fine */
    fdk_mq h = mqt_new(small, 10, 8192, 0);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(small));
}

int main(void)
{
    mqt_init();
    RUN(test_unprivileged_above_max);
    RUN(test_rlimit_msgqueue);
    mqt_finish();
    return 0;
}
