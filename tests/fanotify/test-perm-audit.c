/* SPDX-License-Identifier: MIT */
/*
 * Permission responses with audit (fanotify_init(2) FAN_ENABLE_AUDIT,
 * fanotify(7) FAN_AUDIT, FAN_INFO with an audit rule, Linux 6.3), root: in
 * an ENABLE_AUDIT group fdk_fanotify_respond(ALLOW|AUDIT / DENY|AUDIT) and
 * fdk_fanotify_respond_audit() let the blocked child go on or fail with
 * EPERM; a trust value above 2 or ALLOW|DENY is -EINVAL with the event
 * still pending; a second answer is -ENOENT.  Skips when no such group can
 * be made here.
 */
#include "fanotify-test.h"

static void test_respond_audit(void)
{
    static struct perm p;
    int r;

    need_root();
    if (!perm_setup(&p, FDK_FANOTIFY_CLASS_CONTENT | FDK_FANOTIFY_ENABLE_AUDIT, &r)) {
        if (r == -EPERM || r == -EINVAL)
            fdk_test_skip("no FAN_ENABLE_AUDIT group here (%s)", fdk_errno_name(r));
        fdk_test_fail(__FILE__, __LINE__, "ENABLE_AUDIT group: %d (%s)", r, fdk_errno_name(r));
    }
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_ERR(fdk_fanotify_respond_audit(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW, 7, 3, 1), EINVAL);
    ASSERT_ERR(fdk_fanotify_respond_audit(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW, 7, 1, 3), EINVAL);
    ASSERT_ERR(fdk_fanotify_respond_audit(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW | FDK_FANOTIFY_DENY, 7, 1,
                                          1), EINVAL);
    ASSERT_TRUE(child_still_running(p.kid, 50));
    r = fdk_fanotify_respond_audit(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW, 7, 1, 2);
    if (r == -EINVAL) { /* before Linux 6.3: still pending */
        ASSERT_OK(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW | FDK_FANOTIFY_AUDIT));
        perm_finish(&p, 0);
        fdk_test_skip("FAN_INFO audit rules need Linux 6.3");
    }
    ASSERT_OK(r);
    ASSERT_ERR(fdk_fanotify_respond_audit(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW, 7, 1, 2), ENOENT);
    perm_finish(&p, 0);

    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_CONTENT | FDK_FANOTIFY_ENABLE_AUDIT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_OK(fdk_fanotify_respond_audit(p.f, p.ev.fd, FDK_FANOTIFY_DENY, 8, 0, 0));
    perm_finish(&p, EPERM);

    /* plain AUDIT responses are accepted in such a group */
    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_CONTENT | FDK_FANOTIFY_ENABLE_AUDIT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_OK(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_DENY | FDK_FANOTIFY_AUDIT));
    perm_finish(&p, EPERM);
}

int main(void)
{
    alarm(45);
    RUN(test_respond_audit);
    return 0;
}
