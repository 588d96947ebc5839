/* SPDX-License-Identifier: MIT */
/*
 * Permission events (root): a FAN_OPEN_PERM mark on a file; a forked child
 * (which closes the group descriptor it inherited) opens the file and blocks
 * until the parent answers.
 *  - ALLOW: the child's open succeeds; DENY: it fails with EPERM;
 *  - a second answer to the same event: -ENOENT; an answer for a
 *    descriptor that is not a pending event: -ENOENT;
 *  - ALLOW|DENY, or neither: -EINVAL and the event still pending (the child
 *    still blocked), then ALLOW lets it go on;
 *  - fdk_fanotify_deny_errno(EIO) in a PRE_CONTENT group: the open fails
 *    with EIO; an errno outside the list, or a CONTENT-class group: -EINVAL
 *    with the event still pending;
 *  - closing the group lets a waiting process go on (allowed);
 *  - AUDIT (and fdk_fanotify_respond_audit) without ENABLE_AUDIT: -EINVAL.
 * (test-perm-audit.c: ENABLE_AUDIT groups.)
 * The event's pid is the child's, its fd a descriptor of the file.
 */
#include "fanotify-test.h"

static void test_allow_deny(void)
{
    static struct perm p;
    int r;

    need_root();
    /* ALLOW */
    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_CONTENT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_TRUE(child_still_running(p.kid, 50)); /* blocked until answered */
    ASSERT_OK(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW));
    ASSERT_ERR(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW), ENOENT); /* answered already */
    perm_finish(&p, 0);

    /* DENY */
    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_CONTENT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_OK(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_DENY));
    ASSERT_ERR(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_DENY), ENOENT);
    perm_finish(&p, EPERM);

    /* pre-content class: the same */
    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_PRE_CONTENT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_OK(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_DENY));
    perm_finish(&p, EPERM);
}

static void test_bad_responses(void)
{
    static struct perm p;
    int r, devnull;

    need_root();
    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_CONTENT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_ERR(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW | FDK_FANOTIFY_DENY), EINVAL);
    ASSERT_ERR(fdk_fanotify_respond(p.f, p.ev.fd, 0), EINVAL);
    ASSERT_ERR(fdk_fanotify_respond(p.f, p.ev.fd, 0x100), EINVAL);
    /* AUDIT in a group without ENABLE_AUDIT */
    ASSERT_ERR(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW | FDK_FANOTIFY_AUDIT), EINVAL);
    ASSERT_ERR(fdk_fanotify_respond_audit(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW, 1, 1, 1), EINVAL);
    /* deny_errno in a content-class group */
    ASSERT_ERR(fdk_fanotify_deny_errno(p.f, p.ev.fd, EIO), EINVAL);
    /* a descriptor that is no pending event */
    devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(devnull >= 0);
    ASSERT_ERR(fdk_fanotify_respond(p.f, devnull, FDK_FANOTIFY_ALLOW), ENOENT);
    ASSERT_EQ(close(devnull), 0);
    /* none of that answered the event */
    ASSERT_TRUE(child_still_running(p.kid, 100));
    ASSERT_OK(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW));
    perm_finish(&p, 0);
}

static void test_deny_errno(void)
{
    static struct perm p;
    int r;

    need_root();
    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_PRE_CONTENT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_ERR(fdk_fanotify_deny_errno(p.f, p.ev.fd, EINVAL), EINVAL); /* not in the list */
    ASSERT_ERR(fdk_fanotify_deny_errno(p.f, p.ev.fd, 0), EINVAL);
    ASSERT_ERR(fdk_fanotify_deny_errno(p.f, p.ev.fd, -EIO), EINVAL);
    ASSERT_TRUE(child_still_running(p.kid, 50));
    r = fdk_fanotify_deny_errno(p.f, p.ev.fd, EIO);
    if (r == -EINVAL) {
        /* a kernel before 6.14: the event must still wait; let it go and skip */
        ASSERT_OK(fdk_fanotify_respond(p.f, p.ev.fd, FDK_FANOTIFY_ALLOW));
        perm_finish(&p, 0);
        fdk_test_skip("FAN_DENY_ERRNO needs Linux 6.14");
    }
    ASSERT_OK(r);
    ASSERT_ERR(fdk_fanotify_deny_errno(p.f, p.ev.fd, EIO), ENOENT);
    perm_finish(&p, EIO);

    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_PRE_CONTENT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_OK(fdk_fanotify_deny_errno(p.f, p.ev.fd, EBUSY));
    perm_finish(&p, EBUSY);
}

/* A waiting process is allowed when the group goes away. */
static void test_close_releases(void)
{
    static struct perm p;
    int r;

    need_root();
    ASSERT_TRUE(perm_setup(&p, FDK_FANOTIFY_CLASS_CONTENT, &r));
    perm_spawn(&p);
    perm_read(&p);
    ASSERT_TRUE(child_still_running(p.kid, 50));
    ASSERT_EQ(fdk_fanotify_close(&p.f), 0);
    ASSERT_EQ(child_wait(p.kid), 0);
    ASSERT_EQ(fdk_fanotify_event_close(&p.ev), 0);
    fdk_tmpdir_remove(&p.d);
}

int main(void)
{
    alarm(50);
    RUN(test_allow_deny);
    RUN(test_bad_responses);
    RUN(test_close_releases);
    RUN(test_deny_errno); /* last: it may skip */
    return 0;
}
