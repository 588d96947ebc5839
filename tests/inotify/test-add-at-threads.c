/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_add_at() resolves dirfd in the calling thread's descriptor
 * table, as openat(dirfd, ...) does, also in a thread that has a table of
 * its own (unshare(CLONE_FILES)).
 */
#include "inotify-test.h"

#include <pthread.h>
#include <sched.h>

/*
 * A thread with its own descriptor table (unshare(CLONE_FILES), as a
 * thread that must not share fds does): its dirfd number names its own
 * directory, as openat(dirfd, ...) in that thread would resolve it, even
 * when the same number means another directory in the rest of the process.
 */
struct own_table {
    fdk_inotify in;
    int number;              /* a dirfd number: dir "a" in the process, dir "b" in the thread */
    const char *b_path;      /* b's path, for openat-free comparisons */
    int wd_rel, wd_empty, wd_b_f, wd_b;
    int openat_ok;
    int err;
};

static void *own_table_thread(void *arg)
{
    struct own_table *o = arg;
    int bfd, fd;

    if (unshare(CLONE_FILES) != 0) {
        o->err = errno;
        return NULL;
    }
    bfd = open(o->b_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (bfd < 0 || dup3(bfd, o->number, O_CLOEXEC) != o->number) {
        o->err = errno ? errno : EIO;
        return NULL;
    }
    close(bfd);
    fd = openat(o->number, "only-in-b", O_RDONLY | O_CLOEXEC); /* the kernel's own resolution */
    o->openat_ok = fd >= 0;
    if (fd >= 0)
        close(fd);
    o->wd_rel = fdk_inotify_add_at(o->in, o->number, "f", FDK_INOTIFY_ATTRIB);
    o->wd_empty = fdk_inotify_add_at(o->in, o->number, "", FDK_INOTIFY_CREATE);
    /* the table dies with the thread, and with it this copy of number */
    return NULL;
}

static void test_at_thread_with_own_fd_table(void)
{
    struct fdk_tmpdir d;
    struct own_table o;
    pthread_t th;
    char b_path[PATH_MAX];
    int afd, wd_a_f, wd_a;

    fdk_tmpdir_make(&d);
    ASSERT_EQ(mkdir(P(&d, "a"), 0755), 0);
    ASSERT_EQ(mkdir(P(&d, "b"), 0755), 0);
    write_file(P(&d, "a/f"), "x");
    write_file(P(&d, "b/f"), "x");
    write_file(P(&d, "b/only-in-b"), "x");
    fdk_tmpdir_at(&d, "b", b_path, sizeof b_path);
    memset(&o, 0, sizeof o);
    in_open(&o.in, 0);
    afd = open(P(&d, "a"), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(afd >= 0);
    o.number = afd;
    o.b_path = b_path;
    ASSERT_EQ(pthread_create(&th, NULL, own_table_thread, &o), 0);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    if (o.err)
        fdk_test_fail(__FILE__, __LINE__, "thread setup: %s", strerror(o.err));
    ASSERT_TRUE(o.openat_ok); /* in the thread, the number is b */

    wd_a_f = fdk_inotify_add(o.in, P(&d, "a/f"), FDK_INOTIFY_ATTRIB);
    wd_a = fdk_inotify_add(o.in, P(&d, "a"), FDK_INOTIFY_CREATE);
    o.wd_b_f = fdk_inotify_add(o.in, P(&d, "b/f"), FDK_INOTIFY_ATTRIB);
    o.wd_b = fdk_inotify_add(o.in, P(&d, "b"), FDK_INOTIFY_CREATE);
    ASSERT_TRUE(wd_a_f > 0 && wd_a > 0 && o.wd_b_f > 0 && o.wd_b > 0);
    if (o.wd_rel != o.wd_b_f)
        fdk_test_fail(__FILE__, __LINE__,
                      "add_at(fd %d, \"f\") in a thread whose fd %d is dir b gave wd %d; "
                      "b/f is wd %d, a/f (fd %d in the process's table) is wd %d",
                      o.number, o.number, o.wd_rel, o.wd_b_f, o.number, wd_a_f);
    if (o.wd_empty != o.wd_b)
        fdk_test_fail(__FILE__, __LINE__,
                      "add_at(fd %d, \"\") in that thread gave wd %d; b is wd %d, a is wd %d",
                      o.number, o.wd_empty, o.wd_b, wd_a);
    ASSERT_EQ(close(afd), 0);
    in_close(&o.in);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_at_thread_with_own_fd_table);
    return 0;
}
