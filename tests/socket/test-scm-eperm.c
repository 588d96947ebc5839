/* SPDX-License-Identifier: MIT */
/*
 * fdk_socket_send_creds with credentials that are not the sender's (another
 * process's pid) is -EPERM without CAP_SYS_ADMIN, and nothing is sent.  The
 * check runs in a forked child; when the test runs as root the child first
 * becomes nobody (65534), which drops every capability.  Skips (77) only if
 * the child still may send a foreign pid (a non-root user holding
 * CAP_SYS_ADMIN, e.g. in a user namespace).
 */
#include "fdk-test.h"

#include <fdkit/socket.h>

#include <grp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>

enum { CHILD_OK = 0, CHILD_WRONG = 1, CHILD_SETUP = 2, CHILD_SKIP = FDK_TEST_SKIP };

static int child(pid_t foreign)
{
    fdk_socket a = {.fd = -1};
    int sv[2], queued = -1, rc;
    struct fdk_ucred forged;

    if (geteuid() == 0) {
        if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
            return CHILD_SETUP;
        if (geteuid() != 65534)
            return CHILD_SETUP;
    }
    if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv) != 0)
        return CHILD_SETUP;
    a.fd = sv[0];

    forged.pid = foreign;
    forged.uid = getuid();
    forged.gid = getgid();
    rc = (int)fdk_socket_send_creds(a, "p", 1, &forged, 0);
    if (rc >= 0) {
        rc = CHILD_SKIP; /* this process may claim another pid */
    } else if (rc != -EPERM) {
        fprintf(stderr, "send_creds(pid %d) = %d (%s), expected -EPERM\n", (int)foreign, rc,
                fdk_errno_name(rc));
        rc = CHILD_WRONG;
    } else if (ioctl(sv[1], FIONREAD, &queued) != 0 || queued != 0) {
        fprintf(stderr, "a refused send_creds queued %d bytes\n", queued);
        rc = CHILD_WRONG;
    } else {
        /* and the same socket still sends our own credentials */
        rc = fdk_socket_send_creds(a, "p", 1, NULL, 0) == 1 ? CHILD_OK : CHILD_WRONG;
    }
    close(sv[0]);
    close(sv[1]);
    return rc;
}

static int child_status;

static void test_foreign_pid_eperm(void)
{
    pid_t me = getpid(), pid;
    int st;

    fflush(NULL); /* the child must not flush our buffered output a second time */
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(child(me)); /* the parent's pid is not the child's own */
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    child_status = WEXITSTATUS(st);
}

int main(void)
{
    alarm(30);
    RUN(test_foreign_pid_eperm);
    if (child_status == CHILD_SKIP)
        fdk_test_skip("this process may send another process's pid (CAP_SYS_ADMIN)");
    if (child_status == CHILD_SETUP)
        fdk_test_fail(__FILE__, __LINE__, "child setup failed (dropping to 65534 or socketpair)");
    ASSERT_EQ(child_status, CHILD_OK);
    return 0;
}
