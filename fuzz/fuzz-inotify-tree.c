/* SPDX-License-Identifier: MIT */
/*
 * fuzz-inotify-tree: the recursive watcher's event handling.  Each input is
 * handed to fdk__inotify_tree_feed() (runtime/inotify/inotify-tree.c) as if the
 * tree's inotify instance had read it, then fdk_inotify_tree_read() drains
 * what the tree queued.  Every event returned is checked: path non-NULL,
 * path_len == strlen(path), relative, no empty component ("//", a leading
 * or trailing '/'), no "." or ".." component; flags only the tree's bits; a
 * RESCAN is mask 0 at path ""; a LIMIT is mask 0 with a negative error;
 * anything else carries at least one inotify event bit the tree asked for
 * (or UNMOUNT), no bits but events and ISDIR, error 0; old_path only on a
 * RENAME, and then as well-formed as path.
 *
 * The first byte of an input picks how the rest goes in:
 *   bit 0  0: raw, the bytes unchanged;
 *          1: mapped: each whole record's wd is replaced by one of the
 *             tree's real watch descriptors (or -1, or 0), chosen by the
 *             wd the input holds modulo the live range, so that events
 *             reach the tree's directories instead of falling through
 *             lookup();
 *   bit 1  which tree: 0 one asking for every event, 1 one asking only for
 *          CREATE | MOVED_TO | CLOSE_WRITE (the "not wanted" paths).
 *
 * FDKIT_FUZZ_TREE_AVOID=move-cycle keeps inputs clear of a known bug, so
 * a long run can look for others: a directory MOVED_TO paired with a
 * MOVED_FROM from another directory is pointed at the root's watch (or the
 * MOVED_FROM's) instead of any other, so no directory is moved below
 * itself (the tree links the node under its own descendant and rel_path()
 * loops: see fuzz/README.md and corpus/inotify-tree/crash-*).
 *
 * The trees watch a scratch directory made at start (see make_dir) holding
 * a few nested directories and files and no symbolic link.  The tree only
 * reads the disk (open, openat, readdir, inotify_add_watch), and entry
 * names from records never contain '/' and are never "." or ".." (the tree
 * drops those), so everything it touches is under the scratch directory
 * whatever the input says.  It is removed at exit.
 *
 * The trees carry state from one input to the next; each is rebuilt (free +
 * new) when its root is reported gone and every REBUILD_EVERY inputs, so
 * the state stays small.  Set FDKIT_FUZZ_TREE_FRESH=1 to rebuild before
 * every input: slower, but each run depends on its input alone (use it to
 * reproduce a crash found with state).  The descriptor count is checked to
 * stay at the baseline plus the two trees' six descriptors, and to return
 * to the baseline after a tree is freed: no leak across inputs.
 */
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fdkit/inotify.h>

#include "fdk-internal.h" /* fdk__inotify_tree_feed */

#define REBUILD_EVERY 512
#define WD_REFRESH_EVERY 64
#define NTREES 2

static const uint32_t tree_masks[NTREES] = {
    FDK_INOTIFY_ALL_EVENTS,
    FDK_INOTIFY_CREATE | FDK_INOTIFY_MOVED_TO | FDK_INOTIFY_CLOSE_WRITE,
};

struct slot {
    fdk_inotify_tree *tree;
    uint32_t mask;
    int ifd;    /* the tree's inotify descriptor (found through its epoll set) */
    int wd_hi;  /* highest live watch descriptor, from /proc/self/fdinfo/<ifd> */
    unsigned uses;
};

static char root[64];
static struct slot slots[NTREES];
static int fd_base = -1;
static int fresh;
static int avoid_move_cycle;

/* -- the scratch directory ---------------------------------------------- */

static void mk(const char *rel, int dir)
{
    char p[PATH_MAX];
    int fd;

    snprintf(p, sizeof p, "%s/%s", root, rel);
    if (dir) {
        FUZZ_CHECK(mkdir(p, 0755) == 0);
        return;
    }
    fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    FUZZ_CHECK(fd >= 0);
    close(fd);
}

/* Names the seeds use (fuzz/make-seeds.py): keep the two in step. */
static void make_dir(void)
{
    const char *tmp = getenv("TMPDIR");

    snprintf(root, sizeof root, "%s/fdkit-fuzz-tree-XXXXXX", tmp && strlen(tmp) < 32 ? tmp : "/tmp");
    FUZZ_CHECK(mkdtemp(root) != NULL);
    mk("a", 1);
    mk("a/b", 1);
    mk("a/b/c", 1);
    mk("a/b/c/f3", 0);
    mk("a/f2", 0);
    mk("d", 1);
    mk("d/e", 1);
    mk("f1", 0);
}

static int rm_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    return type == FTW_DP ? rmdir(path) : unlink(path);
}

static void cleanup(void)
{
    int i;

    for (i = 0; i < NTREES; i++) {
        fdk_inotify_tree_free(slots[i].tree);
        slots[i].tree = NULL;
    }
    if (root[0])
        nftw(root, rm_one, 8, FTW_DEPTH | FTW_PHYS);
}

/* -- what the tree holds, seen from outside --------------------------------- */

static int count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    struct dirent *de;
    int n = 0;

    FUZZ_CHECK(d != NULL);
    while ((de = readdir(d)) != NULL)
        if (de->d_name[0] != '.')
            n++;
    closedir(d);
    return n - 1; /* the directory's own descriptor */
}

/* The inotify descriptor among the ones the tree's epoll set watches. */
static int find_inotify_fd(int epfd)
{
    char p[64], line[256], link[64];
    FILE *f;
    int found = -1;

    snprintf(p, sizeof p, "/proc/self/fdinfo/%d", epfd);
    f = fopen(p, "re");
    FUZZ_CHECK(f != NULL);
    while (found < 0 && fgets(line, sizeof line, f)) {
        int tfd;
        ssize_t k;
        if (sscanf(line, "tfd: %d", &tfd) != 1)
            continue;
        snprintf(p, sizeof p, "/proc/self/fd/%d", tfd);
        k = readlink(p, link, sizeof link - 1);
        if (k > 0) {
            link[k] = '\0';
            if (strcmp(link, "anon_inode:inotify") == 0)
                found = tfd;
        }
    }
    fclose(f);
    FUZZ_CHECK(found >= 0);
    return found;
}

/* Highest wd the instance holds ("inotify wd:%x ..." lines; 0 if none). */
static int live_wd_hi(int ifd)
{
    char p[64], line[512];
    FILE *f;
    int hi = 0;

    snprintf(p, sizeof p, "/proc/self/fdinfo/%d", ifd);
    f = fopen(p, "re");
    FUZZ_CHECK(f != NULL);
    while (fgets(line, sizeof line, f)) {
        unsigned wd;
        if (sscanf(line, "inotify wd:%x", &wd) == 1 && wd <= INT_MAX && (int)wd > hi)
            hi = (int)wd;
    }
    fclose(f);
    return hi;
}

static void build(struct slot *s)
{
    int r = fdk_inotify_tree_new(&s->tree, root, s->mask, FDK_INOTIFY_NONBLOCK);

    if (r < 0) {
        fprintf(stderr, "fuzz-inotify-tree: fdk_inotify_tree_new(%s): %s\n", root, strerror(-r));
        abort();
    }
    s->ifd = find_inotify_fd(fdk_inotify_tree_fd(s->tree));
    s->wd_hi = live_wd_hi(s->ifd);
    s->uses = 0;
}

static void teardown(struct slot *s)
{
    FUZZ_CHECK(fdk_inotify_tree_free(s->tree) == 0);
    s->tree = NULL;
}

static void check_fds(void)
{
    int i, live = 0, n;

    for (i = 0; i < NTREES; i++)
        live += slots[i].tree != NULL;
    n = count_fds();
    if (n != fd_base + 3 * live) {
        fprintf(stderr, "fuzz-inotify-tree: %d descriptors open, expected %d (%d trees)\n", n,
                fd_base + 3 * live, live);
        abort();
    }
}

/* -- checks on what comes out --------------------------------------------------- */

static void check_path(const char *p)
{
    size_t i, n;

    FUZZ_CHECK(p != NULL);
    n = strlen(p);
    if (n == 0)
        return;
    FUZZ_CHECK(p[0] != '/');
    FUZZ_CHECK(p[n - 1] != '/');
    FUZZ_CHECK(strstr(p, "//") == NULL);
    for (i = 0; i < n;) {
        size_t k = strcspn(p + i, "/");
        FUZZ_CHECK(!(k == 1 && p[i] == '.'));
        FUZZ_CHECK(!(k == 2 && p[i] == '.' && p[i + 1] == '.'));
        i += k + 1;
    }
}

static void check_event(const struct slot *s, const struct fdk_inotify_tree_event *e)
{
    const uint32_t events = FDK_INOTIFY_ALL_EVENTS | FDK_INOTIFY_UNMOUNT;

    FUZZ_CHECK(e->path != NULL);
    FUZZ_CHECK(e->path_len == strlen(e->path));
    check_path(e->path);
    FUZZ_CHECK((e->flags & ~FDK_INOTIFY_TREE_EVENT_ALL) == 0);
    if (e->flags & (FDK_INOTIFY_TREE_RESCAN | FDK_INOTIFY_TREE_LIMIT)) {
        /* a notice, and only one kind */
        FUZZ_CHECK(e->mask == 0);
        FUZZ_CHECK((e->flags & (FDK_INOTIFY_TREE_SYNTHETIC | FDK_INOTIFY_TREE_RENAME)) == 0);
        FUZZ_CHECK((e->flags & FDK_INOTIFY_TREE_RESCAN) == 0 || (e->flags & FDK_INOTIFY_TREE_LIMIT) == 0);
        if (e->flags & FDK_INOTIFY_TREE_RESCAN) {
            FUZZ_CHECK(e->path_len == 0 && e->error == 0);
        } else {
            FUZZ_CHECK(e->error < 0);
            FUZZ_CHECK(e->path_len > 0); /* a directory below the root */
        }
        FUZZ_CHECK(e->old_path == NULL);
        return;
    }
    FUZZ_CHECK(e->error == 0);
    FUZZ_CHECK((e->mask & ~(events | FDK_INOTIFY_ISDIR)) == 0);
    FUZZ_CHECK((e->mask & (s->mask | FDK_INOTIFY_UNMOUNT)) != 0); /* something asked for */
    if (e->flags & FDK_INOTIFY_TREE_SYNTHETIC) {
        FUZZ_CHECK((e->mask & events) == FDK_INOTIFY_CREATE);
        FUZZ_CHECK(e->path_len > 0);
    }
    if (e->flags & FDK_INOTIFY_TREE_RENAME) {
        FUZZ_CHECK((e->mask & FDK_INOTIFY_MOVED_TO) != 0);
        FUZZ_CHECK(e->old_path != NULL);
        check_path(e->old_path);
        FUZZ_CHECK(e->old_path[0] != '\0'); /* an entry, never the root */
    } else {
        FUZZ_CHECK(e->old_path == NULL);
    }
    if (e->path_len == 0) /* the root itself: no name, so no entry event */
        FUZZ_CHECK((e->flags & FDK_INOTIFY_TREE_SYNTHETIC) == 0);
}

/* -- the input ------------------------------------------------------------------ */

/* Point every whole record at a watch of s (or -1, or 0: none). */
static void map_wds(const struct slot *s, unsigned char *buf, size_t len)
{
    size_t at = 0;
    uint32_t range = (uint32_t)s->wd_hi + 2; /* -1, 0, 1..wd_hi */

    while (len - at >= sizeof(struct inotify_event)) {
        struct inotify_event h;
        memcpy(&h, buf + at, sizeof h);
        h.wd = (int)((uint32_t)h.wd % range) - 1;
        memcpy(buf + at, &h, sizeof h);
        if (h.len > len - at - sizeof h)
            break;
        at += sizeof h + h.len;
    }
}

/*
 * FDKIT_FUZZ_TREE_AVOID=move-cycle: a MOVED_TO whose cookie an earlier
 * MOVED_FROM of a directory in this batch holds goes to the root (wd 1,
 * never below anything) unless it already goes to the MOVED_FROM's own
 * directory.  Pairs never span batches: every feed settles its moves.
 */
static void avoid_cycles(unsigned char *buf, size_t len)
{
    size_t at = 0, from_at = 0;

    while (len - at >= sizeof(struct inotify_event)) {
        struct inotify_event h;
        memcpy(&h, buf + at, sizeof h);
        if (h.len > len - at - sizeof h)
            break;
        if (h.mask & IN_MOVED_TO) {
            for (from_at = 0; from_at < at;) {
                struct inotify_event f;
                memcpy(&f, buf + from_at, sizeof f);
                if ((f.mask & IN_MOVED_FROM) && (f.mask & IN_ISDIR) && f.cookie == h.cookie && f.wd != h.wd &&
                    h.wd != 1) {
                    h.wd = 1;
                    memcpy(buf + at, &h, sizeof h);
                }
                from_at += sizeof f + f.len;
            }
        }
        at += sizeof h + h.len;
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *avoid = getenv("FDKIT_FUZZ_TREE_AVOID");
    int i;

    (void)argc;
    (void)argv;
    fresh = getenv("FDKIT_FUZZ_TREE_FRESH") && strcmp(getenv("FDKIT_FUZZ_TREE_FRESH"), "0") != 0;
    avoid_move_cycle = avoid && strstr(avoid, "move-cycle") != NULL;
    make_dir();
    atexit(cleanup);
    fd_base = count_fds();
    for (i = 0; i < NTREES; i++) {
        slots[i].mask = tree_masks[i];
        build(&slots[i]);
    }
    check_fds();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fdk_inotify_tree_event evs[8];
    struct slot *s;
    unsigned char *buf;
    size_t len, total = 0;
    int r, mode;

    if (size == 0)
        return 0;
    if (fd_base < 0) /* no LLVMFuzzerInitialize (a driver that does not call it) */
        LLVMFuzzerInitialize(NULL, NULL);
    mode = data[0];
    s = &slots[(mode >> 1) & 1];
    if (fresh || s->uses >= REBUILD_EVERY) {
        teardown(s);
        check_fds();
        build(s);
    } else if (s->uses % WD_REFRESH_EVERY == 0) {
        s->wd_hi = live_wd_hi(s->ifd);
    }
    s->uses++;

    /* Exactly sized, so a read past the records is a heap overflow. */
    len = size - 1;
    buf = malloc(len ? len : 1);
    FUZZ_CHECK(buf != NULL);
    memcpy(buf, data + 1, len);
    if (mode & 1)
        map_wds(s, buf, len);
    if (avoid_move_cycle)
        avoid_cycles(buf, len);

    r = fdk__inotify_tree_feed(s->tree, buf, len);
    FUZZ_CHECK(r == 0 || r == -EBADMSG); /* no other failure without a malloc failing */
    if (r < 0) {
        /* The batch stopped at a malformed record and left its moves and new
           directories open: settle them now (what an empty batch does)
           rather than have the read wait 10 ms for a MOVED_TO. */
        FUZZ_CHECK(fdk__inotify_tree_feed(s->tree, NULL, 0) == 0);
    }
    free(buf);

    for (;;) {
        int i;
        r = fdk_inotify_tree_read(s->tree, evs, sizeof evs / sizeof evs[0]);
        if (r <= 0)
            break;
        FUZZ_CHECK((size_t)r <= sizeof evs / sizeof evs[0]);
        for (i = 0; i < r; i++)
            check_event(s, &evs[i]);
        total += (size_t)r;
        /* Each directory is read once per batch it appears in, and the
           tree's own reads make at most a few kernel events each: the
           queue ends. */
        FUZZ_CHECK(total < 1000000);
    }
    FUZZ_CHECK(r == 0 || r == -EAGAIN);
    if (r == 0) {
        /* The root is gone (an IN_IGNORED on its wd): it
           keeps saying so; start again. */
        FUZZ_CHECK(fdk_inotify_tree_read(s->tree, evs, 1) == 0);
        teardown(s);
        check_fds();
        build(s);
    }
    if (s->uses % WD_REFRESH_EVERY == 0)
        check_fds();
    return 0;
}
