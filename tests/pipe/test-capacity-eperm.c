/* SPDX-License-Identifier: MIT */
/*
 * fdk_pipe_set_capacity above /proc/sys/fs/pipe-max-size without
 * CAP_SYS_RESOURCE is -EPERM.  The check runs in a forked child; when the
 * test runs as root the child first becomes nobody (65534), which drops
 * every capability.  Skips (77) only if the child still may exceed the limit
 * (a non-root user holding CAP_SYS_RESOURCE) or the limit is too large to
 * exceed with an int.
 */
#include "fdk-test.h"

#include <grp.h>
#include <limits.h>
#include <sys/wait.h>

enum { CHILD_OK = 0, CHILD_WRONG = 1, CHILD_SETUP = 2, CHILD_SKIP = FDK_TEST_SKIP };

static int child(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    size_t max = 0, actual = 4321;
    int cap, rc;

    if (geteuid() == 0) {
        if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
            return CHILD_SETUP;
        if (geteuid() != 65534)
            return CHILD_SETUP;
    }
    if (fdk_pipe_max_capacity(&max) < 0)
        return CHILD_SETUP;
    if (max > (size_t)INT_MAX / 2)
        return CHILD_SKIP;
    if (fdk_pipe_open(&r, &w, 0) < 0)
        return CHILD_SETUP;
    cap = fdk_pipe_capacity(r.fd);

    rc = fdk_pipe_set_capacity(w.fd, 2 * max, &actual);
    if (rc >= 0) {
        rc = CHILD_SKIP; /* this process may exceed the limit */
    } else if (rc != -EPERM || actual != 4321) {
        fprintf(stderr, "set_capacity(%zu) = %d (%s), actual %zu; expected -EPERM\n", 2 * max, rc,
                fdk_errno_name(rc), actual);
        rc = CHILD_WRONG;
    } else if (fdk_pipe_capacity(r.fd) != cap) {
        fprintf(stderr, "a refused set_capacity changed the capacity\n");
        rc = CHILD_WRONG;
    } else {
        /* the failure is classified as a permission problem */
        rc = fdk_errclass(FDK_OP_PIPE_SET_CAPACITY, -EPERM) == FDK_ERRCLASS_PERMISSION ? CHILD_OK
                                                                                       : CHILD_WRONG;
    }
    fdk_pipe_reader_close(&r);
    fdk_pipe_writer_close(&w);
    return rc;
}

static int child_status;

static void test_eperm_above_max(void)
{
    pid_t pid;
    int st;

    fflush(NULL); /* the child must not flush our buffered output a second time */
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(child());
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    child_status = WEXITSTATUS(st);
}

int main(void)
{
    alarm(30);
    RUN(test_eperm_above_max);
    if (child_status == CHILD_SKIP)
        fdk_test_skip("this process may exceed pipe-max-size (CAP_SYS_RESOURCE) or the limit is huge");
    if (child_status == CHILD_SETUP)
        fdk_test_fail(__FILE__, __LINE__, "child setup failed (dropping to 65534 or opening a pipe)");
    ASSERT_EQ(child_status, CHILD_OK);
    return 0;
}
