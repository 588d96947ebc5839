/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_remove() says -EINVAL for a wd the handle never handed out,
 * also when the kernel spent that number on an add it refused.
 *
 * inotify_add_watch() takes a wd from the instance's counter before it
 * charges the watch to max_user_watches, and gives the charge (not the
 * number) back when the limit is reached: after a refused add, the next
 * watch skips a number.  That number was never a watch of this handle.
 * The limit is lowered in a user namespace of our own (root may lower
 * /proc/sys/user/max_inotify_watches there, for that namespace alone).
 */
#include "inotify-test.h"

#include <sched.h>
#include <sys/wait.h>

static int write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "we");
    if (!f)
        return -1;
    if (fputs(text, f) < 0) {
        fclose(f);
        return -1;
    }
    return fclose(f) == 0 ? 0 : -1;
}

static void child(const struct fdk_tmpdir *d)
{
    fdk_inotify in = FDK_HANDLE_INIT;
    char map[64];
    int wd1, wd2, r;

    snprintf(map, sizeof map, "0 %d 1", (int)getuid());
    if (unshare(CLONE_NEWUSER) != 0)
        _exit(77);
    write_text("/proc/self/setgroups", "deny");
    if (write_text("/proc/self/uid_map", map) != 0 ||
        write_text("/proc/sys/user/max_inotify_watches", "1") != 0)
        _exit(77);

    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd1 = fdk_inotify_add(in, P(d, "a"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd1 > 0);
    ASSERT_ERR(fdk_inotify_add(in, P(d, "b"), FDK_INOTIFY_ATTRIB), ENOSPC); /* handed out nothing */
    ASSERT_EQ(fdk_inotify_remove(in, wd1), 0);
    wd2 = fdk_inotify_add(in, P(d, "b"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd2 > wd1);
    printf("# handed out: wd %d, wd %d\n", wd1, wd2);
    ASSERT_ERR(fdk_inotify_remove(in, wd2 + 1), EINVAL); /* above: never handed out */
    for (int w = wd1 + 1; w < wd2; w++) {
        r = fdk_inotify_remove(in, w);
        if (r != -EINVAL)
            fdk_test_fail(__FILE__, __LINE__,
                          "fdk_inotify_remove(wd %d) = %d (%s), expected -EINVAL: this handle "
                          "handed out only wd %d and wd %d (the kernel spent %d on the refused add)",
                          w, r, r ? fdk_errno_name(r) : "success", wd1, wd2, w);
    }
    ASSERT_EQ(fdk_inotify_remove(in, wd2), 0);
    in_close(&in);
    fflush(stdout);
    _exit(0);
}

static void test_spent_wd_is_einval(void)
{
    struct fdk_tmpdir d;
    int status;
    pid_t pid;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "a"), "x");
    write_file(P(&d, "b"), "x");
    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        child(&d);
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    fdk_tmpdir_remove(&d);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77)
        fdk_test_skip("no user namespace with a writable max_inotify_watches here");
    ASSERT_EQ(WEXITSTATUS(status), 0);
}

int main(void)
{
    alarm(45);
    RUN(test_spent_wd_is_einval);
    return 0;
}
