/* SPDX-License-Identifier: MIT */
/*
 * fdk_tty_exclusive(t, 1) (TIOCEXCL): a further open of the terminal by an
 * unprivileged process fails with EBUSY; after fdk_tty_exclusive(t, 0) the
 * same open succeeds.  Processes with CAP_SYS_ADMIN are let through, so the
 * opens run in a forked child that, when the test runs as root, first
 * becomes nobody (uid/gid 65534) - the pty slave is handed to that user
 * (fchown) so that only exclusivity can refuse the open.
 *
 * Skips (77) when /dev/ptmx cannot be opened, when the child cannot become
 * 65534 (no such id in this user namespace) or still holds CAP_SYS_ADMIN,
 * or when the slave cannot be given to 65534.
 */
#include "tty-test.h"

#include <fdkit/tty.h>

#include <grp.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>

enum { CHILD_OK = 0, CHILD_WRONG = 1, CHILD_SETUP = 2, CHILD_SKIP = FDK_TEST_SKIP };

static const char *skip_why;

/* 1 if this process holds CAP_SYS_ADMIN in its effective set (/proc/self/status CapEff). */
static int has_cap_sys_admin(void)
{
    char line[256];
    unsigned long long eff = 0;
    FILE *f = fopen("/proc/self/status", "re");

    if (!f)
        return 1; /* cannot tell: assume the worst, the caller skips */
    while (fgets(line, sizeof(line), f))
        if (sscanf(line, "CapEff: %llx", &eff) == 1)
            break;
    fclose(f);
    return (eff >> 21) & 1; /* CAP_SYS_ADMIN = 21 */
}

/* In the child: become unprivileged, then open the slave by name. */
static int open_child(const char *name, int want_busy)
{
    fdk_tty t = FDK_HANDLE_INIT;
    int fd, r;

    if (geteuid() == 0) {
        if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
            return CHILD_SKIP;
        if (geteuid() != 65534)
            return CHILD_SETUP;
    }
    if (has_cap_sys_admin())
        return CHILD_SKIP;

    fd = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    if (want_busy) {
        if (fd >= 0 || errno != EBUSY) {
            fprintf(stderr, "open(%s) under TIOCEXCL: %d (%s), expected EBUSY\n", name, fd,
                    fd < 0 ? strerror(errno) : "opened");
            return CHILD_WRONG;
        }
        /* fdkit's own open says the same */
        r = fdk_tty_open(&t, name, FDK_TTY_NONBLOCK);
        if (r != -EBUSY) {
            fprintf(stderr, "fdk_tty_open(%s) under TIOCEXCL: %d, expected -EBUSY\n", name, r);
            return CHILD_WRONG;
        }
        return CHILD_OK;
    }
    if (fd < 0) {
        fprintf(stderr, "open(%s) without TIOCEXCL: %s\n", name, strerror(errno));
        return errno == EACCES ? CHILD_SETUP : CHILD_WRONG;
    }
    close(fd);
    return CHILD_OK;
}

static int run_child(const char *name, int want_busy)
{
    pid_t pid;
    int st;

    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(open_child(name, want_busy));
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    return WEXITSTATUS(st);
}

static void test_exclusive_busy(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    char name[64];
    int rc;

    ASSERT_OK(fdk_tty_pty_open(&m, &s, 0));
    ASSERT_OK(fdk_tty_pty_name(m, name, sizeof(name)));
    if (geteuid() == 0 && fchown(s.fd, 65534, 65534) != 0) {
        skip_why = "the pty slave cannot be given to uid 65534";
        goto out;
    }

    /* control: without exclusive mode the child can open it */
    rc = run_child(name, 0);
    if (rc == CHILD_SKIP) {
        skip_why = "the child cannot become uid/gid 65534 or keeps CAP_SYS_ADMIN";
        goto out;
    }
    ASSERT_EQ(rc, CHILD_OK);

    ASSERT_EQ(fdk_tty_exclusive(s, 1), 0);
    ASSERT_EQ(run_child(name, 1), CHILD_OK);
    /* we (the holder) are not locked out of our own descriptors */
    ASSERT_EQ(fdk_tty_write(m, "z\n", 2), 2);
    ASSERT_EQ(fdk_tty_exclusive(s, 0), 0);
    ASSERT_EQ(run_child(name, 0), CHILD_OK);

    /* exclusive mode is per end: set on the master, it does not guard the slave */
    ASSERT_EQ(fdk_tty_exclusive(m, 1), 0);
    ASSERT_EQ(run_child(name, 0), CHILD_OK);
    ASSERT_EQ(fdk_tty_exclusive(m, 0), 0);
out:
    ASSERT_EQ(fdk_tty_close(&s), 0);
    ASSERT_EQ(fdk_tty_close(&m), 0);
}

int main(void)
{
    tty_test_start(45);

    RUN(test_exclusive_busy);
    if (skip_why)
        fdk_test_skip("%s", skip_why);
    return 0;
}
