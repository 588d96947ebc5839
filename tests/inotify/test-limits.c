/* SPDX-License-Identifier: MIT */
/*
 * Limits, without touching a global sysctl: with RLIMIT_NOFILE lowered so
 * no descriptor is free, fdk_inotify_open is -EMFILE and writes nothing; the
 * error texts name the sysctl to raise; an unprivileged user (a forked child
 * as uid 65534) gets -EACCES for what it cannot read.  In a user namespace,
 * whose own per-user limits root may lower for that namespace alone, the
 * real -ENOSPC (max_user_watches) and -EMFILE (max_user_instances) come back
 * and leave nothing behind.
 */
#include "inotify-test.h"

#include <grp.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

static void test_emfile_no_free_fd(void)
{
    struct rlimit old, low;
    fdk_inotify h;
    int lowest;

    ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &old), 0);
    lowest = dup(0 <= fcntl(0, F_GETFD) ? 0 : 2);
    if (lowest < 0)
        lowest = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(lowest >= 0);
    ASSERT_EQ(close(lowest), 0); /* every descriptor below `lowest` is in use */
    low = old;
    low.rlim_cur = (rlim_t)lowest;
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &low), 0);

    h.fd = -7;
    h.state = (struct fdk__inotify_state *)(void *)&h; /* a sentinel, never dereferenced */
    int r = fdk_inotify_open(&h, 0);
    int r_nb = fdk_inotify_open(&h, FDK_INOTIFY_NONBLOCK);
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &old), 0);
    ASSERT_ERR(r, EMFILE);
    ASSERT_ERR(r_nb, EMFILE);
    ASSERT_EQ(h.fd, -7);
    ASSERT_TRUE((void *)h.state == (void *)&h);

    /* room again: it works */
    {
        fdk_inotify in = FDK_HANDLE_INIT;
        in_open(&in, 0);
        in_close(&in);
    }
}

static void test_error_texts_name_the_limits(void)
{
    const char *s;

    s = fdk_strerror(FDK_OP_INOTIFY_ADD, -ENOSPC);
    ASSERT_TRUE(s != NULL);
    if (!strstr(s, "max_user_watches"))
        fdk_test_fail(__FILE__, __LINE__, "ENOSPC text does not name max_user_watches: \"%s\"", s);
    ASSERT_TRUE(strstr(s, "ENOSPC") != NULL);
    ASSERT_STREQ(s, fdk_strerror(FDK_OP_INOTIFY_ADD, ENOSPC)); /* err or -err */
    s = fdk_strerror(FDK_OP_INOTIFY_ADD_AT, -ENOSPC);
    ASSERT_TRUE(strstr(s, "max_user_watches") != NULL);
    s = fdk_strerror(FDK_OP_INOTIFY_OPEN, -EMFILE);
    ASSERT_TRUE(strstr(s, "max_user_instances") != NULL);
    s = fdk_strerror(FDK_OP_INOTIFY_ADD, -EEXIST);
    ASSERT_TRUE(strstr(s, "MASK_CREATE") != NULL);
    ASSERT_EQ(fdk_errclass(FDK_OP_INOTIFY_ADD, -ENOSPC), FDK_ERRCLASS_LIMIT);
}

/* ---- an unprivileged user ------------------------------------------------------ */

static int drop_to_nobody(void)
{
    if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
        return -1;
    return getuid() == 65534 && geteuid() == 65534 ? 0 : -1;
}

static void nobody_child(const struct fdk_tmpdir *d)
{
    fdk_inotify in = FDK_HANDLE_INIT;

    if (drop_to_nobody() != 0)
        _exit(3);
    in_open(&in, 0);
    ASSERT_ERR(fdk_inotify_add(in, P(d, "secret"), FDK_INOTIFY_ATTRIB), EACCES); /* 0600 root */
    ASSERT_ERR(fdk_inotify_add(in, P(d, "private"), FDK_INOTIFY_CREATE), EACCES); /* 0700 root */
    ASSERT_ERR(fdk_inotify_add(in, P(d, "private/inside"), FDK_INOTIFY_ATTRIB), EACCES); /* no search */
    ASSERT_ERR(fdk_inotify_add(in, P(d, "searchonly"), FDK_INOTIFY_CREATE), EACCES); /* 0711: no read */
    ASSERT_ERR(fdk_inotify_add_at(in, d->fd, "secret", FDK_INOTIFY_ATTRIB), EACCES);
    ASSERT_TRUE(fdk_inotify_add(in, P(d, "public"), FDK_INOTIFY_ATTRIB) > 0);        /* 0644 */
    ASSERT_TRUE(fdk_inotify_add(in, P(d, "searchonly/open"), FDK_INOTIFY_ATTRIB) > 0); /* 0644 in 0711 */
    ASSERT_TRUE(fdk_inotify_add(in, d->path, FDK_INOTIFY_CREATE) > 0);                 /* 0755 */
    ASSERT_TRUE(strstr(fdk_strerror(FDK_OP_INOTIFY_ADD, -EACCES), "read access") != NULL);
    in_close(&in);
    _exit(0);
}

static void test_unprivileged_eacces(void)
{
    struct fdk_tmpdir d;
    int status;
    pid_t pid;

    if (getuid() != 0) {
        printf("# not root: cannot drop to uid 65534, not checked\n");
        return;
    }
    fdk_tmpdir_make(&d);
    ASSERT_EQ(chmod(d.path, 0755), 0);
    write_file(P(&d, "secret"), "x");
    ASSERT_EQ(chmod(P(&d, "secret"), 0600), 0);
    write_file(P(&d, "public"), "x");
    ASSERT_EQ(chmod(P(&d, "public"), 0644), 0);
    ASSERT_EQ(mkdir(P(&d, "private"), 0700), 0);
    write_file(P(&d, "private/inside"), "x");
    ASSERT_EQ(chmod(P(&d, "private/inside"), 0644), 0);
    ASSERT_EQ(mkdir(P(&d, "searchonly"), 0711), 0);
    ASSERT_EQ(chmod(P(&d, "searchonly"), 0711), 0);
    write_file(P(&d, "searchonly/open"), "x");
    ASSERT_EQ(chmod(P(&d, "searchonly/open"), 0644), 0);
    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        nobody_child(&d);
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    fdk_tmpdir_remove(&d);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 3)
        fdk_test_fail(__FILE__, __LINE__, "root could not become uid 65534");
    ASSERT_EQ(WEXITSTATUS(status), 0);
}

/* ---- the real limits, in a user namespace of our own ------------------------------- */

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

/* 77: no user namespace with writable limits here; 0: checked; else an assertion failed (1). */
static void userns_child(const struct fdk_tmpdir *d)
{
    fdk_inotify in = FDK_HANDLE_INIT, second;
    char map[64];
    int wd1, wd2, wd3, count;

    snprintf(map, sizeof map, "0 %d 1", (int)getuid());
    if (unshare(CLONE_NEWUSER) != 0)
        _exit(77);
    write_text("/proc/self/setgroups", "deny");
    if (write_text("/proc/self/uid_map", map) != 0)
        _exit(77);
    if (write_text("/proc/sys/user/max_inotify_watches", "2") != 0 ||
        write_text("/proc/sys/user/max_inotify_instances", "1") != 0)
        _exit(77);

    in_open(&in, FDK_INOTIFY_NONBLOCK);
    /* the second instance is over max_user_instances: -EMFILE, nothing written */
    second.fd = -7;
    second.state = NULL;
    ASSERT_ERR(fdk_inotify_open(&second, 0), EMFILE);
    ASSERT_EQ(second.fd, -7);

    wd1 = fdk_inotify_add(in, P(d, "a"), FDK_INOTIFY_ATTRIB);
    wd2 = fdk_inotify_add(in, P(d, "b"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd1 > 0 && wd2 > wd1);
    ASSERT_ERR(fdk_inotify_add(in, P(d, "c"), FDK_INOTIFY_ATTRIB), ENOSPC);
    ASSERT_ERR(fdk_inotify_add_at(in, d->fd, "c", FDK_INOTIFY_ATTRIB), ENOSPC);
    ASSERT_EQ(fdk_inotify_add(in, P(d, "a"), FDK_INOTIFY_MODIFY), wd1); /* changing one is no new watch */
    fdinfo_watch(in.fd, wd1, &count);
    ASSERT_EQ(count, 2);
    ASSERT_TRUE(strstr(fdk_strerror(FDK_OP_INOTIFY_ADD, -ENOSPC), "max_user_watches") != NULL);
    /* a removed watch gives its place back */
    ASSERT_EQ(fdk_inotify_remove(in, wd1), 0);
    wd3 = fdk_inotify_add(in, P(d, "c"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd3 > wd2);
    ASSERT_EQ(fdk_inotify_remove(in, wd3), 0);
    in_close(&in);
    /* and a closed instance its place */
    in_open(&in, 0);
    in_close(&in);
    _exit(0);
}

static void test_userns_real_limits(void)
{
    struct fdk_tmpdir d;
    int status;
    pid_t pid;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "a"), "x");
    write_file(P(&d, "b"), "x");
    write_file(P(&d, "c"), "x");
    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        userns_child(&d);
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    fdk_tmpdir_remove(&d);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77) {
        printf("# no user namespace with writable inotify limits here: not checked\n");
        return;
    }
    ASSERT_EQ(WEXITSTATUS(status), 0);
}

int main(void)
{
    alarm(45);
    RUN(test_emfile_no_free_fd);
    RUN(test_error_texts_name_the_limits);
    RUN(test_unprivileged_eacces);
    RUN(test_userns_real_limits);
    return 0;
}
