/* SPDX-License-Identifier: MIT */
/*
 * Independent test of descriptor exhaustion: with RLIMIT_NOFILE lowered so
 * that exactly k descriptors are free (k = 0..6), each constructor either
 * succeeds or fails with -EMFILE, leaving no descriptor open, no socket file
 * on disk and its out-handles untouched ("out-parameters are written only on
 * success").  Where the docs say how many descriptors a call needs, the
 * threshold is checked too (a pipe takes 2; "a path bind needs three
 * descriptors for a moment").  A path listener's socket file is gone once
 * the listener is closed ("The path is unlinked again on close").
 * Each k runs in a forked child, whose descriptors below the limit are all
 * taken first, so "k free" is exact (checked with dup).
 */
#include "indep-common.h"

#include <sys/ioctl.h>
#include <sys/resource.h>

static struct indep_dir dir;
static int limit_now; /* RLIMIT_NOFILE in the child */

/* Open descriptors below the limit, counted without opening one. */
static int open_fds(void)
{
    int n = 0;
    for (int fd = 0; fd < limit_now; fd++)
        if (fcntl(fd, F_GETFD) >= 0)
            n++;
    return n;
}

/* In the child: take every hole, then set the limit so exactly k are free. */
static void leave_free(int k)
{
    struct rlimit rl;
    int maxfd = -1, fd, spare[16], n = 0;

    for (fd = 0; fd < 4096; fd++)
        if (fcntl(fd, F_GETFD) >= 0)
            maxfd = fd;
    for (;;) {
        fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            _exit(3);
        if (fd > maxfd) {
            close(fd);
            break;
        }
    }
    getrlimit(RLIMIT_NOFILE, &rl);
    rl.rlim_cur = (rlim_t)(maxfd + 1 + k);
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
        _exit(3);
    limit_now = maxfd + 1 + k;
    /* self-check: k dups work, the next is EMFILE */
    for (n = 0; n < k; n++)
        if ((spare[n] = dup(0)) < 0)
            _exit(3);
    if (dup(0) >= 0 || errno != EMFILE)
        _exit(3);
    while (n > 0)
        close(spare[--n]);
}

struct xcase {
    const char *name;
    int need;  /* with at least this many free it must succeed (0: no claim) */
    int files; /* 1: makes a socket file in dir; 2: a stale one is there before */
    void (*prep)(void); /* run before the limit is lowered, or NULL */
    /* returns the call's result; on success fills *h (opaque) */
    int (*make)(void *h, int k);
    void (*check_ok)(void *h, int k); /* after success: check, close */
    size_t hsize;
};

static void run_case(const struct xcase *c, int k)
{
    unsigned char h[256], orig[256];
    int before, r;

    if (c->prep)
        c->prep();
    leave_free(k);
    memset(h, 0x5a, sizeof h);
    memcpy(orig, h, sizeof h);
    before = open_fds();
    r = c->make(h, k);
    printf("# %s, %d free: %s\n", c->name, k, r < 0 ? fdk_errno_name(r) : "ok");
    fflush(stdout);
    if (r < 0) {
        if (r != -EMFILE) {
            fprintf(stderr, "%s with %d free: %d (%s), expected success or -EMFILE\n", c->name, k,
                    r, fdk_errno_name(r));
            _exit(10);
        }
        if (c->need && k >= c->need) {
            fprintf(stderr, "%s with %d free: -EMFILE, but %d should be enough\n", c->name, k,
                    c->need);
            _exit(11);
        }
        if (open_fds() != before) {
            fprintf(stderr, "%s with %d free: -EMFILE left %d descriptor(s) open\n", c->name, k,
                    open_fds() - before);
            _exit(12);
        }
        if (memcmp(h, orig, sizeof h) != 0) {
            fprintf(stderr, "%s with %d free: -EMFILE wrote the out-handle\n", c->name, k);
            _exit(13);
        }
        if (c->files && indep_dir_entries(&dir) > (c->files == 2 ? 1 : 0)) {
            fprintf(stderr, "%s with %d free: -EMFILE left %d file(s) in %s\n", c->name, k,
                    indep_dir_entries(&dir), dir.path);
            _exit(14);
        }
        return;
    }
    if (memcmp(h + c->hsize, orig + c->hsize, sizeof h - c->hsize) != 0) {
        fprintf(stderr, "%s: wrote past its handle\n", c->name);
        _exit(15);
    }
    c->check_ok(h, k);
    if (open_fds() != before) {
        fprintf(stderr, "%s with %d free: success, then close left %d descriptor(s) open\n",
                c->name, k, open_fds() - before);
        _exit(16);
    }
    if (c->files && indep_dir_entries(&dir) != 0) {
        fprintf(stderr, "%s with %d free: after close %d file(s) are left in %s\n", c->name, k,
                indep_dir_entries(&dir), dir.path);
        _exit(17);
    }
}

static void sweep(const struct xcase *c)
{
    for (int k = 0; k <= 6; k++) {
        pid_t pid;
        int status = 0;

        fflush(stdout);
        fflush(stderr);
        pid = fork();
        if (pid < 0)
            fdk_test_fail(__FILE__, __LINE__, "fork: %s", strerror(errno));
        if (pid == 0) {
            alarm(20);
            run_case(c, k);
            _exit(0);
        }
        waitpid(pid, &status, 0);
        indep_dir_clear(&dir); /* whatever a failing child left */
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            fdk_test_fail(__FILE__, __LINE__, "%s with %d free descriptor(s): child status 0x%x%s",
                          c->name, k, (unsigned)status,
                          WIFEXITED(status) && WEXITSTATUS(status) == 3 ? " (setup)" : "");
    }
}

static void sock_path(char *out, size_t size)
{
    indep_join(out, size, &dir, "s.sock");
}

static int is_socket_file(const char *p)
{
    struct stat st;
    return lstat(p, &st) == 0 && S_ISSOCK(st.st_mode);
}

/* ---- pipe ---- */

struct pipe_h {
    fdk_pipe_reader r;
    fdk_pipe_writer w;
};

static int mk_pipe(void *h, int k)
{
    struct pipe_h *p = (struct pipe_h *)h;
    (void)k;
    return fdk_pipe_open(&p->r, &p->w, 0);
}

static void ok_pipe(void *h, int k)
{
    struct pipe_h *p = (struct pipe_h *)h;
    char c = 0;
    (void)k;
    ASSERT_EQ(write(p->w.fd, "q", 1), 1);
    ASSERT_EQ(read(p->r.fd, &c, 1), 1);
    ASSERT_EQ(c, 'q');
    ASSERT_OK(fdk_pipe_reader_close(&p->r));
    ASSERT_OK(fdk_pipe_writer_close(&p->w));
}

/* ---- eventfd ---- */

static int mk_eventfd(void *h, int k)
{
    (void)k;
    return fdk_eventfd_open((fdk_eventfd *)h, 3, 0);
}

static void ok_eventfd(void *h, int k)
{
    fdk_eventfd *e = (fdk_eventfd *)h;
    uint64_t v = 0;
    (void)k;
    ASSERT_OK(fdk_eventfd_read(*e, &v));
    ASSERT_EQ_U64(v, 3);
    ASSERT_OK(fdk_eventfd_close(e));
}

/* ---- tcp listen ---- */

static int mk_tcp(void *h, int k)
{
    fdk_sockaddr a;
    (void)k;
    ASSERT_OK(fdk_sockaddr_ipv4(&a, "127.0.0.1", 0));
    return fdk_tcp_listen((fdk_tcp_listener *)h, &a, 4, 0);
}

static void ok_tcp(void *h, int k)
{
    fdk_tcp_listener *l = (fdk_tcp_listener *)h;
    fdk_sockaddr a;
    (void)k;
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_listener_socket(*l), &a));
    ASSERT_TRUE(fdk_sockaddr_port(&a) > 0);
    ASSERT_OK(fdk_tcp_listener_close(l));
}

/* ---- unix listen on a path ---- */

static int mk_unix_listen(void *h, int k)
{
    fdk_sockaddr a;
    char p[256];
    (void)k;
    sock_path(p, sizeof p);
    ASSERT_OK(fdk_sockaddr_unix(&a, p));
    return fdk_unix_listen((fdk_unix_listener *)h, &a, 4, 0);
}

static void ok_unix_listen(void *h, int k)
{
    fdk_unix_listener *l = (fdk_unix_listener *)h;
    char p[256];
    (void)k;
    sock_path(p, sizeof p);
    ASSERT_TRUE(is_socket_file(p));
    ASSERT_OK(fdk_unix_listener_close(l));
    ASSERT_EQ(l->fd, -1);
    ASSERT_TRUE(access(p, F_OK) != 0); /* unlinked on close */
}

static int mk_unix_listen_at(void *h, int k)
{
    (void)k;
    return fdk_unix_listen_at((fdk_unix_listener *)h, AT_FDCWD, "s.sock", 4, 0, 0700);
}

/* a stale socket file (bound, then its socket closed) is in the way: made before the limit */
static void prep_stale(void)
{
    char p[256];
    int fd;
    struct sockaddr_un sun;

    sock_path(p, sizeof p);
    memset(&sun, 0, sizeof sun);
    sun.sun_family = AF_UNIX;
    strcpy(sun.sun_path, p);
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(bind(fd, (struct sockaddr *)&sun, sizeof sun), 0);
    close(fd);
    ASSERT_TRUE(is_socket_file(p));
}

/* ---- unix datagram bind on a path ---- */

static int mk_dgram(void *h, int k)
{
    fdk_sockaddr a;
    char p[256];
    (void)k;
    sock_path(p, sizeof p);
    ASSERT_OK(fdk_sockaddr_unix(&a, p));
    return fdk_unix_dgram_bind((fdk_unix_dgram *)h, &a, 0);
}

static void ok_dgram(void *h, int k)
{
    fdk_unix_dgram *d = (fdk_unix_dgram *)h;
    char p[256];
    (void)k;
    sock_path(p, sizeof p);
    ASSERT_TRUE(is_socket_file(p));
    ASSERT_OK(fdk_unix_dgram_close(d));
    ASSERT_EQ(d->fd, -1);
    ASSERT_TRUE(access(p, F_OK) != 0);
}

/* ---- copy_all between a file and a pipe ---- */

/*
 * The source file and the pipe are made before leave_free() takes the
 * rest, so they do not count against k: see copy_setup().
 */
static int cp_file = -1, cp_r = -1, cp_w = -1, cp_dst = -1;
static unsigned char cp_data[10000];

static int mk_copy_file_pipe(void *h, int k)
{
    int64_t off = 0;
    size_t done = 0;
    int r;
    (void)k;
    r = fdk_copy_all(cp_file, &off, cp_w, NULL, sizeof cp_data, NULL, &done);
    if (r < 0) {
        ASSERT_EQ(off, (int64_t)done); /* nothing lost: resumable */
        return r;
    }
    ASSERT_EQ(done, sizeof cp_data);
    ASSERT_EQ(off, (int64_t)sizeof cp_data);
    *(int *)h = 1;
    return 0;
}

static void ok_copy_file_pipe(void *h, int k)
{
    static unsigned char got[sizeof cp_data];
    size_t n = 0;
    (void)h;
    (void)k;
    while (n < sizeof got) {
        ssize_t m = read(cp_r, got + n, sizeof got - n);
        ASSERT_TRUE(m > 0);
        n += (size_t)m;
    }
    ASSERT_MEM_EQ(got, cp_data, sizeof got);
}

static int mk_copy_pipe_file(void *h, int k)
{
    int64_t off = 5;
    size_t done = 0;
    int r;
    (void)k;
    ASSERT_EQ(write(cp_w, cp_data, sizeof cp_data), (ssize_t)sizeof cp_data);
    r = fdk_copy_all(cp_r, NULL, cp_dst, &off, sizeof cp_data, NULL, &done);
    if (r < 0)
        return r;
    ASSERT_EQ(done, sizeof cp_data);
    ASSERT_EQ(off, 5 + (int64_t)sizeof cp_data);
    *(int *)h = 1;
    return 0;
}

static void ok_copy_pipe_file(void *h, int k)
{
    static unsigned char got[sizeof cp_data];
    (void)h;
    (void)k;
    ASSERT_EQ(pread(cp_dst, got, sizeof got, 5), (ssize_t)sizeof got);
    ASSERT_MEM_EQ(got, cp_data, sizeof got);
}

static int mk_copy_file_file(void *h, int k)
{
    int64_t off_in = 0, off_out = 5;
    size_t done = 0;
    int r;
    (void)k;
    r = fdk_copy_all(cp_file, &off_in, cp_dst, &off_out, sizeof cp_data, NULL, &done);
    if (r < 0)
        return r;
    ASSERT_EQ(done, sizeof cp_data);
    *(int *)h = 1;
    return 0;
}

static void ok_copy_file_file(void *h, int k)
{
    ok_copy_pipe_file(h, k);
}

/* copy_all from a socket (no pipe on either side: splice would need an internal pipe) */
static int cp_sock_a = -1, cp_sock_b = -1;

static int mk_copy_sock_file(void *h, int k)
{
    int64_t off = 5;
    size_t done = 0;
    int r, inq = -1;
    static unsigned char got[sizeof cp_data];
    (void)k;
    ASSERT_EQ(write(cp_sock_b, cp_data, sizeof cp_data), (ssize_t)sizeof cp_data);
    r = fdk_copy_all(cp_sock_a, NULL, cp_dst, &off, sizeof cp_data, NULL, &done);
    if (r < 0) {
        /* nothing taken from the socket may be lost: delivered + still queued = all */
        ASSERT_EQ(ioctl(cp_sock_a, FIONREAD, &inq), 0);
        ASSERT_EQ(done + (size_t)inq, sizeof cp_data);
        ASSERT_EQ(off, 5 + (int64_t)done);
        ASSERT_EQ(pread(cp_dst, got, sizeof got, 5), (ssize_t)done);
        ASSERT_MEM_EQ(got, cp_data, done);
        return r;
    }
    ASSERT_EQ(done, sizeof cp_data);
    ASSERT_EQ(off, 5 + (int64_t)sizeof cp_data);
    *(int *)h = 1;
    return 0;
}

static const struct xcase cases[] = {
    {"fdk_pipe_open", 2, 0, NULL, mk_pipe, ok_pipe, sizeof(struct pipe_h)},
    {"fdk_eventfd_open", 1, 0, NULL, mk_eventfd, ok_eventfd, sizeof(fdk_eventfd)},
    {"fdk_tcp_listen 127.0.0.1:0", 1, 0, NULL, mk_tcp, ok_tcp, sizeof(fdk_tcp_listener)},
    {"fdk_unix_listen on a path", 3, 1, NULL, mk_unix_listen, ok_unix_listen,
     sizeof(fdk_unix_listener)},
    {"fdk_unix_listen over a stale socket file", 0, 2, prep_stale, mk_unix_listen,
     ok_unix_listen, sizeof(fdk_unix_listener)},
    {"fdk_unix_dgram_bind on a path", 3, 1, NULL, mk_dgram, ok_dgram, sizeof(fdk_unix_dgram)},
};

static void test_constructors(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        sweep(&cases[i]);
}

/* fdk_unix_listen_at relative to the cwd: run in dir */
static void test_unix_listen_at(void)
{
    static const struct xcase c = {"fdk_unix_listen_at AT_FDCWD", 3, 1, NULL, mk_unix_listen_at,
                                   ok_unix_listen, sizeof(fdk_unix_listener)};
    char cwd[4096];
    ASSERT_TRUE(getcwd(cwd, sizeof cwd) != NULL);
    ASSERT_EQ(chdir(dir.path), 0);
    sweep(&c);
    ASSERT_EQ(chdir(cwd), 0);
}

static void copy_sweep(const char *name, int (*mk)(void *, int), void (*ok)(void *, int))
{
    const struct xcase c = {name, 0, 0, NULL, mk, ok, sizeof(int)};
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    char p[256];

    ASSERT_OK(fdk_pipe_open(&r, &w, 0));
    cp_r = r.fd;
    cp_w = w.fd;
    for (int k = 0; k <= 6; k++) {
        pid_t pid;
        int status = 0;

        /* fresh files for each k (sweep() empties dir) */
        cp_file = indep_pattern_file(&dir, "src", sizeof cp_data, 9);
        indep_join(p, sizeof p, &dir, "dst");
        cp_dst = open(p, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        ASSERT_TRUE(cp_dst >= 0);
        fflush(stdout);
        fflush(stderr);
        pid = fork();
        if (pid == 0) {
            alarm(20);
            run_case(&c, k);
            _exit(0);
        }
        waitpid(pid, &status, 0);
        close(cp_file);
        close(cp_dst);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            fdk_test_fail(__FILE__, __LINE__, "%s with %d free descriptor(s): child status 0x%x",
                          name, k, (unsigned)status);
    }
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

static void test_copy_all(void)
{
    copy_sweep("fdk_copy_all file -> pipe", mk_copy_file_pipe, ok_copy_file_pipe);
    copy_sweep("fdk_copy_all pipe -> file", mk_copy_pipe_file, ok_copy_pipe_file);
    copy_sweep("fdk_copy_all file -> file", mk_copy_file_file, ok_copy_file_file);
    {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        cp_sock_a = sv[0];
        cp_sock_b = sv[1];
        copy_sweep("fdk_copy_all unix socket -> file", mk_copy_sock_file, ok_copy_pipe_file);
        close(sv[0]);
        close(sv[1]);
    }
}

int main(void)
{
    indep_pattern(cp_data, sizeof cp_data, 9);
    indep_tmpdir(&dir);
    alarm(50);
    RUN(test_constructors);
    RUN(test_unix_listen_at);
    RUN(test_copy_all);
    indep_tmpdir_remove(&dir);
    return 0;
}
