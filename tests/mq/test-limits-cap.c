/* SPDX-License-Identifier: MIT */
/*
 * The privileged side of the limits (header: msg_max and msgsize_max bound
 * "a caller without CAP_SYS_RESOURCE"): with CAP_SYS_RESOURCE, maxmsg above
 * /proc/sys/fs/mqueue/msg_max and msgsize above msgsize_max are allowed and
 * honoured.  Skips when the capability is missing (a container that drops it
 * even for root).  No /proc/sys value is changed.
 */
#include "mq-test.h"

/* 1 if CAP_SYS_RESOURCE (24) is in this process's effective set. */
static int have_cap_sys_resource(void)
{
    char line[256];
    unsigned long long eff = 0;
    FILE *f = fopen("/proc/self/status", "re");
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "CapEff: %llx", &eff) == 1)
            break;
    fclose(f);
    return (eff >> 24) & 1;
}

static void test_root_above_max(void)
{
    long mm = mqt_proc_long("msg_max"), sm = mqt_proc_long("msgsize_max");
    const char *n = mqt_name(), *n2 = mqt_name();
    struct fdk_mq_attr g;
    fdk_mq h;

    need_root();
    if (!have_cap_sys_resource())
        fdk_test_skip("root without CAP_SYS_RESOURCE here: the privileged half cannot run");
    if (mm + 1 > 65536 || sm + 1 > 16 * 1024 * 1024)
        fdk_test_skip("msg_max/msgsize_max already at the kernel's hard limits");
    h = mqt_new(n, mm + 1, 16, 0);
    ASSERT_OK(fdk_mq_get_attr(h, &g));
    ASSERT_EQ(g.maxmsg, mm + 1);
    ASSERT_OK(fdk_mq_close(&h));
    h = mqt_new(n2, 1, sm + 1, 0);
    ASSERT_EQ(h.msgsize, sm + 1);
    ASSERT_OK(fdk_mq_get_attr(h, &g));
    ASSERT_EQ(g.msgsize, sm + 1);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(n));
    ASSERT_OK(fdk_mq_unlink(n2));
}

int main(void)
{
    mqt_init();
    RUN(test_root_above_max);
    mqt_finish();
    return 0;
}
