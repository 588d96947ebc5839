/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_add_at() follows symbolic links as openat(dirfd, ...) does:
 * the same budget of links (40, MAXSYMLINKS) that fdk_inotify_add() and
 * openat() allow for a path is allowed for that path relative to a dirfd.
 */
#include "inotify-test.h"

/*
 * A chain of 40 symbolic links (MAXSYMLINKS, the most any path lookup
 * follows) resolves from a directory fd as it does for openat(dirfd, ...)
 * and for fdk_inotify_add() with the absolute path; 41 is -ELOOP for all.
 */
static void test_at_symlink_budget(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    char name[16], target[16];
    int wd, fd, r;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "l0"), "x");
    for (int i = 1; i <= 41; i++) {
        snprintf(name, sizeof name, "l%d", i);
        snprintf(target, sizeof target, "l%d", i - 1);
        ASSERT_EQ(symlinkat(target, d.fd, name), 0);
    }
    in_open(&in, 0);
    fd = openat(d.fd, "l40", O_RDONLY | O_CLOEXEC); /* the kernel's own budget: 40 links is fine */
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(close(fd), 0);
    ASSERT_TRUE(openat(d.fd, "l41", O_RDONLY | O_CLOEXEC) < 0 && errno == ELOOP);
    wd = fdk_inotify_add(in, P(&d, "l40"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0);
    ASSERT_ERR(fdk_inotify_add(in, P(&d, "l41"), FDK_INOTIFY_ATTRIB), ELOOP);
    r = fdk_inotify_add_at(in, d.fd, "l40", FDK_INOTIFY_ATTRIB);
    if (r != wd)
        fdk_test_fail(__FILE__, __LINE__,
                      "fdk_inotify_add_at(dirfd, \"l40\") = %d (%s): openat(dirfd, \"l40\") and "
                      "fdk_inotify_add(\"%s/l40\") both resolve it (wd %d)",
                      r, r < 0 ? fdk_errno_name(r) : "a wd", d.path, wd);
    ASSERT_ERR(fdk_inotify_add_at(in, d.fd, "l41", FDK_INOTIFY_ATTRIB), ELOOP);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_at_symlink_budget);
    return 0;
}
