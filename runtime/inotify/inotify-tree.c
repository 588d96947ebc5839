/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_tree: one inotify instance watching every directory of a tree.
 *
 * The holes recursive watchers are known for, and what closes each here:
 * - Entries made in a new directory before its watch exists are missed: a
 *   new directory is watched first and read second, and what the read finds
 *   is reported as synthetic CREATEs.  An entry made between the two shows
 *   up in both; the names the read reported are kept per directory and the
 *   kernel's CREATE for one of them is dropped once (a DELETE or MOVED_FROM
 *   of the name forgets it).  Those names are forgotten when the kernel
 *   queue is next seen empty: every event queued before the read was then
 *   handled.
 * - Nested directories (mkdir -p) are handled by the same step, recursively.
 * - Renamed directories keep stale paths: a path is never stored, it is
 *   built from the chain of (parent, name) nodes, and a MOVED_FROM/MOVED_TO
 *   pair moves one node.  A MOVED_FROM whose MOVED_TO never comes (within a
 *   short wait) moved out: its watches are removed.
 * - IN_Q_OVERFLOW: the tree walks the disk again, keeping the watches that
 *   still fit, adding the missing ones and removing the ones that left, and
 *   tells the caller with one RESCAN notice.
 * - max_user_watches: a directory that cannot be watched is a LIMIT notice.
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* How long a directory's MOVED_FROM waits for its MOVED_TO (see tree_read's doc). */
#define MOVE_WAIT_MS 10

/* What every directory watch asks for besides the caller's events. */
#define TREE_NEEDS (IN_CREATE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

/* A set of names (the entries a directory's first read reported). */
struct nameset {
    char **slot; /* open addressing; NULL empty, TOMB removed */
    size_t cap, used, live;
};

static char tomb_[1];
#define TOMB tomb_

struct node {
    int wd;
    unsigned gen;        /* the rescan that last saw it */
    struct node *parent; /* NULL for the root */
    char *name;          /* entry name in parent (NULL for the root) */
    struct node *child;  /* first child directory */
    struct node *next;   /* next sibling */
    struct node *hnext;  /* next in the wd hash chain */
    struct nameset *scanned;
    struct node *scanned_next; /* list of nodes holding a nameset */
};

/* An event waiting to be returned; the strings are owned here. */
struct tev {
    struct fdk_inotify_tree_event ev;
    char *path, *old_path;
};

/* A directory that appeared and is watched once the batch it came in is handled. */
struct todo {
    struct node *parent;
    char *name;
    int tries;
};

/* A MOVED_FROM whose MOVED_TO has not been seen yet. */
struct move {
    uint32_t cookie;
    struct node *node; /* the directory that moved, or NULL for a file */
    char *old_path;
};

struct fdk_inotify_tree {
    fdk_inotify in;
    int epfd, efd;
    bool nonblock, efd_set, root_gone;
    char *root;
    size_t root_len;
    uint32_t user_mask, watch_mask;
    unsigned gen;
    struct node *rootn;
    struct node **hash;
    size_t hcap, nodes;
    struct node *scanned; /* nodes with a nameset */
    struct tev *q;        /* pending events: a ring */
    size_t qhead, qlen, qcap;
    char **done; /* strings returned by the last read, freed by the next */
    size_t ndone, capdone;
    struct move *moves;
    size_t nmoves, capmoves;
    struct todo *todo;
    size_t ntodo, captodo;
    size_t buflen; /* bytes of buf not yet processed start at bufpos */
    size_t bufpos;
    union {
        struct inotify_event align_;
        unsigned char b[64 * 1024];
    } buf;
};

/* -- names ----------------------------------------------------------------- */

static size_t hash_str(const char *s)
{
    size_t h = 1469598103934665603ull & SIZE_MAX;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 1099511628211ull;
    return h;
}

static int nameset_grow(struct nameset *ns)
{
    size_t cap = ns->cap ? ns->cap * 2 : 16, i;
    char **slot = calloc(cap, sizeof *slot);

    if (!slot)
        return -ENOMEM;
    for (i = 0; i < ns->cap; i++) {
        char *s = ns->slot[i];
        size_t j;
        if (!s || s == TOMB)
            continue;
        for (j = hash_str(s) & (cap - 1); slot[j]; j = (j + 1) & (cap - 1))
            ;
        slot[j] = s;
    }
    free(ns->slot);
    ns->slot = slot;
    ns->cap = cap;
    ns->used = ns->live;
    return 0;
}

static int nameset_add(struct nameset *ns, const char *name)
{
    size_t j;
    char *copy;

    if ((ns->used + 1) * 2 > ns->cap && nameset_grow(ns) < 0)
        return -ENOMEM;
    copy = strdup(name);
    if (!copy)
        return -ENOMEM;
    for (j = hash_str(name) & (ns->cap - 1); ns->slot[j] && ns->slot[j] != TOMB; j = (j + 1) & (ns->cap - 1))
        if (strcmp(ns->slot[j], name) == 0) {
            free(copy);
            return 0;
        }
    if (!ns->slot[j])
        ns->used++;
    ns->slot[j] = copy;
    ns->live++;
    return 0;
}

/* Remove name; 1 if it was there. */
static int nameset_take(struct nameset *ns, const char *name)
{
    size_t j;

    if (!ns || ns->cap == 0)
        return 0;
    for (j = hash_str(name) & (ns->cap - 1); ns->slot[j]; j = (j + 1) & (ns->cap - 1)) {
        if (ns->slot[j] != TOMB && strcmp(ns->slot[j], name) == 0) {
            free(ns->slot[j]);
            ns->slot[j] = TOMB;
            ns->live--;
            return 1;
        }
    }
    return 0;
}

static void nameset_free(struct nameset *ns)
{
    size_t i;

    if (!ns)
        return;
    for (i = 0; i < ns->cap; i++)
        if (ns->slot[i] && ns->slot[i] != TOMB)
            free(ns->slot[i]);
    free(ns->slot);
    free(ns);
}

/* -- nodes ------------------------------------------------------------------ */

static struct node *lookup(const fdk_inotify_tree *t, int wd)
{
    struct node *n;

    if (t->hcap == 0)
        return NULL;
    for (n = t->hash[(unsigned)wd & (t->hcap - 1)]; n; n = n->hnext)
        if (n->wd == wd)
            return n;
    return NULL;
}

static int hash_insert(fdk_inotify_tree *t, struct node *n)
{
    if (t->nodes + 1 > t->hcap) {
        size_t cap = t->hcap ? t->hcap * 2 : 64, i;
        struct node **h = calloc(cap, sizeof *h);
        if (!h)
            return -ENOMEM;
        for (i = 0; i < t->hcap; i++) {
            struct node *m = t->hash[i], *nx;
            for (; m; m = nx) {
                nx = m->hnext;
                m->hnext = h[(unsigned)m->wd & (cap - 1)];
                h[(unsigned)m->wd & (cap - 1)] = m;
            }
        }
        free(t->hash);
        t->hash = h;
        t->hcap = cap;
    }
    n->hnext = t->hash[(unsigned)n->wd & (t->hcap - 1)];
    t->hash[(unsigned)n->wd & (t->hcap - 1)] = n;
    t->nodes++;
    return 0;
}

static void hash_remove(fdk_inotify_tree *t, struct node *n)
{
    struct node **p = &t->hash[(unsigned)n->wd & (t->hcap - 1)];

    for (; *p; p = &(*p)->hnext)
        if (*p == n) {
            *p = n->hnext;
            t->nodes--;
            return;
        }
}

static void unlink_child(struct node *n)
{
    struct node **p;

    if (!n->parent)
        return;
    for (p = &n->parent->child; *p; p = &(*p)->next)
        if (*p == n) {
            *p = n->next;
            break;
        }
    n->parent = NULL;
    n->next = NULL;
}

static void link_child(struct node *parent, struct node *n)
{
    n->parent = parent;
    n->next = parent->child;
    parent->child = n;
}

static struct node *find_child(const struct node *dir, const char *name)
{
    struct node *c;

    for (c = dir->child; c; c = c->next)
        if (strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

static void drop_scanned(fdk_inotify_tree *t, struct node *n)
{
    struct node **p;

    if (!n->scanned)
        return;
    for (p = &t->scanned; *p; p = &(*p)->scanned_next)
        if (*p == n) {
            *p = n->scanned_next;
            break;
        }
    nameset_free(n->scanned);
    n->scanned = NULL;
    n->scanned_next = NULL;
}

/* The moves that point at n no longer can (n is freed). */
static void forget_moves_of(fdk_inotify_tree *t, const struct node *n)
{
    size_t i = 0;

    for (i = 0; i < t->nmoves; i++)
        if (t->moves[i].node == n)
            t->moves[i].node = NULL;
    for (i = 0; i < t->ntodo;) {
        if (t->todo[i].parent == n) {
            free(t->todo[i].name);
            t->todo[i] = t->todo[--t->ntodo];
        } else {
            i++;
        }
    }
}

/*
 * Free n and everything below it.  rm: also remove their watches (a subtree
 * that left the tree); otherwise the kernel dropped them already.
 */
static void free_subtree(fdk_inotify_tree *t, struct node *n, bool rm)
{
    while (n->child) {
        struct node *c = n->child;
        n->child = c->next;
        c->parent = NULL;
        free_subtree(t, c, rm);
    }
    unlink_child(n);
    hash_remove(t, n);
    drop_scanned(t, n);
    forget_moves_of(t, n);
    if (rm)
        inotify_rm_watch(t->in.fd, n->wd); /* its IN_IGNORED finds no node and is dropped */
    if (t->rootn == n)
        t->rootn = NULL;
    free(n->name);
    free(n);
}

/* Path of dir relative to the root ("" for the root), with "/name" appended when name is set. */
static char *rel_path(const struct node *dir, const char *name)
{
    size_t len = 0, at;
    const struct node *n;
    char *p;

    for (n = dir; n && n->parent; n = n->parent)
        len += strlen(n->name) + 1;
    if (name)
        len += strlen(name) + 1;
    p = malloc(len + 1);
    if (!p)
        return NULL;
    at = len;
    p[at] = '\0';
    if (name) {
        size_t k = strlen(name);
        at -= k;
        memcpy(p + at, name, k);
        p[--at] = '/';
    }
    for (n = dir; n && n->parent; n = n->parent) {
        size_t k = strlen(n->name);
        at -= k;
        memcpy(p + at, n->name, k);
        p[--at] = '/';
    }
    /* every component was written with a leading '/': drop the first one */
    if (len > 0)
        memmove(p, p + 1, len);
    return p;
}

/* root + "/" + rel (or root alone for ""). */
static char *full_path(const fdk_inotify_tree *t, const char *rel)
{
    size_t k = strlen(rel);
    char *p = malloc(t->root_len + 1 + k + 1);

    if (!p)
        return NULL;
    memcpy(p, t->root, t->root_len);
    if (k) {
        p[t->root_len] = '/';
        memcpy(p + t->root_len + 1, rel, k + 1);
    } else {
        p[t->root_len] = '\0';
    }
    return p;
}

/* -- the pending queue ----------------------------------------------------- */

/* Queue an event; takes path and old_path (freed on failure). */
static int push(fdk_inotify_tree *t, uint32_t mask, uint32_t flags, uint32_t cookie, int error, char *path,
                char *old_path)
{
    struct tev *e;

    if (!path) {
        free(old_path);
        return -ENOMEM;
    }
    if (t->qlen == t->qcap) {
        size_t cap = t->qcap ? t->qcap * 2 : 64, i;
        struct tev *q = malloc(cap * sizeof *q);
        if (!q) {
            free(path);
            free(old_path);
            return -ENOMEM;
        }
        for (i = 0; i < t->qlen; i++)
            q[i] = t->q[(t->qhead + i) % t->qcap];
        free(t->q);
        t->q = q;
        t->qcap = cap;
        t->qhead = 0;
    }
    e = &t->q[(t->qhead + t->qlen) % t->qcap];
    memset(e, 0, sizeof *e);
    e->ev.mask = mask;
    e->ev.flags = flags;
    e->ev.cookie = cookie;
    e->ev.error = error;
    e->path = path;
    e->old_path = old_path;
    t->qlen++;
    return 0;
}

static bool wanted(const fdk_inotify_tree *t, uint32_t bit)
{
    return (t->user_mask & bit) != 0;
}

/* -- watching and scanning -------------------------------------------------- */

static int scan_dir(fdk_inotify_tree *t, struct node *dir, const char *rel, bool synthetic, int fd);

/*
 * Watch the directory name of parent (at parent_fd; the root when parent is
 * NULL), then read it.  synthetic: report what the read finds as CREATEs and
 * remember the names; otherwise (the first walk, a rescan) only add watches.
 *
 * The directory is opened first and the watch and the read both go through
 * that descriptor (the watch by /proc/thread-self/fd/N, a link the kernel follows
 * to the open directory itself), so they see the same directory even when it
 * is renamed in between: a read by path could find nothing, or another
 * directory, and lose what the first one held.  Walking down by openat from
 * the parent's descriptor also keeps deep trees clear of PATH_MAX.  A
 * directory that is no directory or is a symbolic link is skipped; one that
 * is not there is 1 (the caller may look again once renames are settled).
 */
static int watch_dir(fdk_inotify_tree *t, struct node *parent, int parent_fd, const char *name, bool synthetic)
{
    char proc[sizeof "/proc/thread-self/fd/" + 12];
    char *rel = parent ? rel_path(parent, name) : strdup("");
    struct node *n;
    int fd, wd, r;

    if (!rel)
        return -ENOMEM;
    if (parent)
        fd = openat(parent_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    else
        fd = open(t->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        r = -errno;
        if (!parent) {
            free(rel);
            return r; /* the root itself: tree_new reports it */
        }
        free(rel);
        if (r == -ENOENT)
            return 1; /* not there (any more, or not under this name yet) */
        if (r == -ENOTDIR || r == -ELOOP)
            return 0; /* replaced, or a symbolic link: nothing to watch */
        rel = rel_path(parent, name);
        return push(t, 0, FDK_INOTIFY_TREE_LIMIT, 0, r, rel, NULL); /* EACCES, EMFILE... */
    }
    snprintf(proc, sizeof proc, "/proc/thread-self/fd/%d", fd);
    wd = FDK__RETRY_EINTR(inotify_add_watch(t->in.fd, proc, t->watch_mask | IN_ONLYDIR));
    if (wd < 0) {
        r = -errno;
        fdk__close_quietly(fd);
        if (!parent) {
            free(rel);
            return r;
        }
        return push(t, 0, FDK_INOTIFY_TREE_LIMIT, 0, r, rel, NULL); /* ENOSPC, ENOMEM */
    }
    n = lookup(t, wd);
    if (n) {
        /* Known already: one a rescan walks again, one whose move nobody
           paired, or the same directory by another path (a bind mount).
           Never two nodes for one watch. */
        if (parent && n != t->rootn && !(n->parent == parent && strcmp(n->name, name) == 0)) {
            bool inside = false;
            const struct node *a;
            for (a = parent; a; a = a->parent)
                if (a == n)
                    inside = true;
            if (!inside) { /* found at a new place: move it there */
                char *nm = strdup(name);
                if (!nm) {
                    fdk__close_quietly(fd);
                    free(rel);
                    return -ENOMEM;
                }
                unlink_child(n);
                free(n->name);
                n->name = nm;
                link_child(parent, n);
            }
        }
        if (n->gen == t->gen) {
            fdk__close_quietly(fd);
            free(rel);
            return 0;
        }
        n->gen = t->gen;
        r = scan_dir(t, n, rel, false, fd);
        free(rel);
        return r;
    }
    n = calloc(1, sizeof *n);
    if (!n || (parent && !(n->name = strdup(name)))) {
        free(n);
        fdk__close_quietly(fd);
        free(rel);
        inotify_rm_watch(t->in.fd, wd);
        return -ENOMEM;
    }
    n->wd = wd;
    n->gen = t->gen;
    if (hash_insert(t, n) < 0) {
        free(n->name);
        free(n);
        fdk__close_quietly(fd);
        free(rel);
        inotify_rm_watch(t->in.fd, wd);
        return -ENOMEM;
    }
    if (parent)
        link_child(parent, n);
    else
        t->rootn = n;
    if (synthetic) {
        n->scanned = calloc(1, sizeof *n->scanned);
        if (!n->scanned) {
            fdk__close_quietly(fd);
            free(rel);
            return -ENOMEM;
        }
        n->scanned_next = t->scanned;
        t->scanned = n;
    }
    r = scan_dir(t, n, rel, synthetic, fd);
    free(rel);
    return r;
}

/* Read the directory open at fd (consumed), as watch_dir says. */
static int scan_dir(fdk_inotify_tree *t, struct node *dir, const char *rel, bool synthetic, int fd)
{
    struct dirent *de;
    DIR *d;
    int r = 0;

    (void)rel;
    d = fdopendir(fd);
    if (!d) {
        fdk__close_quietly(fd);
        return -ENOMEM;
    }
    while ((de = readdir(d)) != NULL) {
        bool isdir;
        if (de->d_name[0] == '.' && (!de->d_name[1] || (de->d_name[1] == '.' && !de->d_name[2])))
            continue;
        isdir = de->d_type == DT_DIR;
        if (de->d_type == DT_UNKNOWN) {
            struct stat st;
            isdir = fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
        }
        if (synthetic) {
            if (nameset_add(dir->scanned, de->d_name) < 0) {
                r = -ENOMEM;
                break;
            }
            if (wanted(t, IN_CREATE)) {
                r = push(t, IN_CREATE | (isdir ? IN_ISDIR : 0), FDK_INOTIFY_TREE_SYNTHETIC, 0, 0,
                         rel_path(dir, de->d_name), NULL);
                if (r < 0)
                    break;
            }
        }
        if (isdir) {
            r = watch_dir(t, dir, dirfd(d), de->d_name, synthetic);
            if (r < 0)
                break;
            r = 0; /* gone since readdir saw it: its DELETE or MOVED_FROM comes */
        }
    }
    closedir(d);
    return r;
}

/* After an overflow: walk the disk again, then drop what it did not see. */
static int rescan(fdk_inotify_tree *t)
{
    size_t i;
    int r;

    t->gen++;
    while (t->scanned)
        drop_scanned(t, t->scanned);
    r = watch_dir(t, NULL, -1, NULL, false);
    if (r < 0 && !t->rootn)
        return r;
    if (r > 0)
        r = 0;
    for (;;) {
        struct node *stale = NULL;
        for (i = 0; i < t->hcap && !stale; i++) {
            struct node *n;
            for (n = t->hash[i]; n; n = n->hnext)
                if (n->gen != t->gen && n != t->rootn) {
                    stale = n;
                    break;
                }
        }
        if (!stale)
            break;
        free_subtree(t, stale, true);
    }
    return r < 0 ? r : 0;
}

/* -- decoding a batch -------------------------------------------------------- */

static int add_move(fdk_inotify_tree *t, uint32_t cookie, struct node *n, const char *old_path)
{
    char *p = strdup(old_path);

    if (!p)
        return -ENOMEM;
    if (t->nmoves == t->capmoves) {
        size_t cap = t->capmoves ? t->capmoves * 2 : 8;
        struct move *m = realloc(t->moves, cap * sizeof *m);
        if (!m) {
            free(p);
            return -ENOMEM;
        }
        t->moves = m;
        t->capmoves = cap;
    }
    t->moves[t->nmoves].cookie = cookie;
    t->moves[t->nmoves].node = n;
    t->moves[t->nmoves].old_path = p;
    t->nmoves++;
    return 0;
}

static struct move *find_move(fdk_inotify_tree *t, uint32_t cookie)
{
    size_t i;

    for (i = 0; i < t->nmoves; i++)
        if (t->moves[i].cookie == cookie)
            return &t->moves[i];
    return NULL;
}

static void end_move(fdk_inotify_tree *t, struct move *m)
{
    free(m->old_path);
    *m = t->moves[--t->nmoves];
}

/* The MOVED_FROMs nobody paired: those directories left the tree. */
static void settle_moves(fdk_inotify_tree *t)
{
    while (t->nmoves) {
        struct move *m = &t->moves[t->nmoves - 1];
        if (m->node)
            free_subtree(t, m->node, true);
        end_move(t, m);
    }
}

/* Forget the files' unpaired MOVED_FROMs (nothing to undo); 1 if a directory's remains. */
static bool drop_file_moves(fdk_inotify_tree *t)
{
    size_t i = 0;

    while (i < t->nmoves) {
        if (!t->moves[i].node)
            end_move(t, &t->moves[i]);
        else
            i++;
    }
    return t->nmoves > 0;
}

static int add_todo(fdk_inotify_tree *t, struct node *parent, const char *name)
{
    char *nm = strdup(name);

    if (!nm)
        return -ENOMEM;
    if (t->ntodo == t->captodo) {
        size_t cap = t->captodo ? 2 * t->captodo : 8;
        struct todo *d = realloc(t->todo, cap * sizeof *d);
        if (!d) {
            free(nm);
            return -ENOMEM;
        }
        t->todo = d;
        t->captodo = cap;
    }
    t->todo[t->ntodo].parent = parent;
    t->todo[t->ntodo].name = nm;
    t->todo[t->ntodo].tries = 0;
    t->ntodo++;
    return 0;
}

/*
 * Watch and read the directories the last batch brought.  This waits for the
 * batch's end so that renames later in it are applied first and a parent's
 * path is current.  One not found is looked for again after the next batch
 * while a directory's rename is unsettled, then dropped: it was removed or
 * renamed, and its own events say so.
 */
static int run_todo(fdk_inotify_tree *t)
{
    size_t i = 0;

    while (i < t->ntodo) {
        struct todo *d = &t->todo[i];
        char *rel = rel_path(d->parent, NULL), *full;
        int pfd, r;

        full = rel ? full_path(t, rel) : NULL;
        free(rel);
        if (!full)
            return -ENOMEM;
        pfd = open(full, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        free(full);
        if (pfd < 0 && (errno == ENOENT || errno == ENOTDIR)) {
            /* The parent is still watched but not at the path the tree knows:
               it was renamed or moved, and the kernel has queued the events
               that say where to.  Look again after them (a parent that left
               the tree takes this entry with it). */
            i++;
            continue;
        }
        if (pfd < 0) {
            r = push(t, 0, FDK_INOTIFY_TREE_LIMIT, 0, -errno, rel_path(d->parent, d->name), NULL);
            free(d->name);
            t->todo[i] = t->todo[--t->ntodo];
            if (r < 0)
                return r;
            continue;
        }
        r = watch_dir(t, d->parent, pfd, d->name, true);
        fdk__close_quietly(pfd);
        if (r < 0)
            return r;
        if (r > 0 && d->tries++ < 2 && t->nmoves > 0) {
            i++;
            continue;
        }
        free(d->name);
        t->todo[i] = t->todo[--t->ntodo];
    }
    return 0;
}

/*
 * Events were lost (the queue overflowed) or the records contradict the
 * tree: forget what was in flight, re-read every directory, and tell the
 * caller with one RESCAN notice.
 */
static int resync(fdk_inotify_tree *t)
{
    int r;

    settle_moves(t);
    while (t->ntodo) /* the rescan finds them */
        free(t->todo[--t->ntodo].name);
    r = rescan(t);
    if (r < 0)
        return r;
    return push(t, 0, FDK_INOTIFY_TREE_RESCAN, 0, 0, strdup(""), NULL);
}

/* Whether node n is d or lies below it. */
static bool is_within(const struct node *n, const struct node *d)
{
    for (; n; n = n->parent)
        if (n == d)
            return true;
    return false;
}

static int handle(fdk_inotify_tree *t, const struct fdk_inotify_event *e)
{
    struct node *n;
    uint32_t bit = e->mask & (IN_ALL_EVENTS | IN_UNMOUNT);
    uint32_t isdir = e->mask & IN_ISDIR;
    char *path;
    int r = 0;

    if (e->mask & IN_Q_OVERFLOW)
        return resync(t);
    n = lookup(t, e->wd);
    if (!n)
        return 0; /* a watch the tree already let go */
    if (e->mask & IN_IGNORED) {
        if (n == t->rootn)
            t->root_gone = true;
        free_subtree(t, n, false);
        return 0;
    }
    if (isdir) {
        /* A directory's opens, reads and closes cannot be told from the
           tree's own scans: not reported (see tree_new's doc). */
        bit &= ~(uint32_t)(IN_OPEN | IN_ACCESS | IN_CLOSE_NOWRITE);
        if (!bit)
            return 0;
    }
    if (!e->name) {
        /* An event on a watched directory itself: the root's are reported,
           a subdirectory's are said by its parent's event with a name. */
        if (n != t->rootn || !(bit & (t->user_mask | IN_UNMOUNT)))
            return 0;
        return push(t, bit | isdir, 0, 0, 0, strdup(""), NULL);
    }
    if (strchr(e->name, '/') || strcmp(e->name, ".") == 0 || strcmp(e->name, "..") == 0)
        return 0; /* never a kernel's entry name: nothing to open, nothing to report */
    if (n->scanned) {
        if ((bit & IN_CREATE) && nameset_take(n->scanned, e->name))
            return 0; /* the directory's first read reported it already */
        if (bit & (IN_DELETE | IN_MOVED_FROM))
            nameset_take(n->scanned, e->name);
    }
    path = rel_path(n, e->name);
    if (!path)
        return -ENOMEM;
    if (bit & IN_MOVED_FROM) {
        struct node *c = isdir ? find_child(n, e->name) : NULL;
        r = add_move(t, e->cookie, c, path);
        if (r == 0 && wanted(t, IN_MOVED_FROM))
            return push(t, bit | isdir, 0, e->cookie, 0, path, NULL);
        free(path);
        return r;
    }
    if (bit & IN_MOVED_TO) {
        struct move *m = find_move(t, e->cookie);
        struct node *m_node = m ? m->node : NULL;
        char *old = NULL;
        uint32_t flags = 0;
        if (m && m->node && is_within(n, m->node)) {
            /* A directory moved into itself or below itself: no kernel
               allows that rename, so these records are not the tree's
               history (stale, or not from the kernel).  Relinking would
               make the tree a loop; re-read the disk instead. */
            end_move(t, m);
            free(path);
            return resync(t);
        }
        if (m) {
            flags = FDK_INOTIFY_TREE_RENAME;
            old = m->old_path;
            m->old_path = NULL;
            if (m->node) { /* the directory keeps its node: paths below follow */
                struct node *c = m->node;
                char *nm = strdup(e->name);
                if (!nm) {
                    free(path);
                    free(old);
                    return -ENOMEM;
                }
                unlink_child(c);
                free(c->name);
                c->name = nm;
                link_child(n, c);
            }
            end_move(t, m);
        }
        r = wanted(t, IN_MOVED_TO) ? push(t, bit | isdir, flags, e->cookie, 0, path, old) : (free(path), free(old), 0);
        if (r == 0 && isdir && !(m_node))
            r = add_todo(t, n, e->name); /* moved in from outside, or unwatched: read it like a new one */
        return r;
    }
    if (bit & IN_CREATE) {
        r = wanted(t, IN_CREATE) ? push(t, bit | isdir, 0, 0, 0, path, NULL) : (free(path), 0);
        if (r == 0 && isdir)
            r = add_todo(t, n, e->name);
        return r;
    }
    if (bit & t->user_mask)
        return push(t, bit | isdir, 0, e->cookie, 0, path, NULL);
    free(path);
    return 0;
}

/*
 * Read what the kernel has (without waiting) and handle it.  Returns 1 if
 * records were read, 0 if the queue was empty, or -errno.  A failure to
 * handle one record (ENOMEM) leaves the rest of the buffer for next time.
 */
static int pump(fdk_inotify_tree *t)
{
    struct fdk_inotify_event e;
    ssize_t n;
    int r;

    if (t->bufpos == t->buflen) {
        n = read(t->in.fd, t->buf.b, sizeof t->buf.b);
        if (n < 0) {
            if (errno == EAGAIN) {
                /* Every event queued before any directory's first read was
                   handled: the names those reads reported can go. */
                while (t->scanned)
                    drop_scanned(t, t->scanned);
                return 0;
            }
            return errno == EINTR ? 1 : -errno;
        }
        t->buflen = (size_t)n;
        t->bufpos = 0;
    }
    for (;;) {
        size_t at = t->bufpos;
        r = fdk_inotify_next(t->buf.b, t->buflen, &at, &e);
        if (r == 0)
            break;
        if (r < 0) {
            t->bufpos = t->buflen = 0; /* cannot step past it: drop the rest */
            return r;
        }
        r = handle(t, &e);
        if (r < 0)
            return r;
        t->bufpos = at;
    }
    t->bufpos = t->buflen = 0;
    r = run_todo(t);
    return r < 0 ? r : 1;
}

int fdk__inotify_tree_feed(fdk_inotify_tree *t, const void *buf, size_t len)
{
    struct fdk_inotify_event e;
    size_t at = 0;
    int r;

    if (!t || (!buf && len > 0))
        return -EINVAL;
    while ((r = fdk_inotify_next(buf, len, &at, &e)) > 0) {
        r = handle(t, &e);
        if (r < 0)
            return r;
    }
    if (r < 0)
        return r;
    r = run_todo(t);
    if (r < 0)
        return r;
    if (!drop_file_moves(t))
        return 0;
    settle_moves(t);
    return run_todo(t);
}

/* Keep the eventfd readable exactly while events wait in the queue. */
static void sync_efd(fdk_inotify_tree *t)
{
    /* an unpaired directory move too: the next read settles it (see tree_read) */
    bool want = t->qlen > 0 || t->nmoves > 0 || t->root_gone;

    if (want && !t->efd_set) {
        uint64_t one = 1;
        if (write(t->efd, &one, sizeof one) == (ssize_t)sizeof one)
            t->efd_set = true;
    } else if (!want && t->efd_set) {
        uint64_t v;
        if (read(t->efd, &v, sizeof v) == (ssize_t)sizeof v)
            t->efd_set = false;
    }
}

/* -- public ------------------------------------------------------------------ */

int fdk_inotify_tree_new(fdk_inotify_tree **out, const char *root, uint32_t mask, int flags)
{
    struct epoll_event ev;
    fdk_inotify_tree *t;
    size_t k;
    int r;

    r = fdk__inotify_tree_new_validate(out, root, mask, flags);
    if (r < 0)
        return r;
    t = calloc(1, sizeof *t);
    if (!t)
        return -ENOMEM;
    t->in.fd = t->epfd = t->efd = -1;
    k = strlen(root);
    while (k > 1 && root[k - 1] == '/')
        k--; /* "dir/" and "dir" name the same tree; paths are joined with '/' */
    t->root = strndup(root, k);
    t->root_len = k;
    t->nonblock = (flags & FDK_INOTIFY_NONBLOCK) != 0;
    t->user_mask = mask & IN_ALL_EVENTS;
    t->watch_mask = t->user_mask | TREE_NEEDS | (mask & IN_EXCL_UNLINK);
    if (!t->root) {
        r = -ENOMEM;
        goto fail;
    }
    r = fdk_inotify_open(&t->in, FDK_INOTIFY_NONBLOCK);
    if (r < 0)
        goto fail;
    t->epfd = epoll_create1(EPOLL_CLOEXEC);
    t->efd = t->epfd < 0 ? -1 : eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (t->epfd < 0 || t->efd < 0) {
        r = -errno;
        goto fail;
    }
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN;
    if (epoll_ctl(t->epfd, EPOLL_CTL_ADD, t->in.fd, &ev) < 0 || epoll_ctl(t->epfd, EPOLL_CTL_ADD, t->efd, &ev) < 0) {
        r = -errno;
        goto fail;
    }
    t->gen = 1;
    r = watch_dir(t, NULL, -1, NULL, false); /* directories below that cannot be watched are LIMIT notices */
    if (r < 0)
        goto fail;
    r = 0;
    sync_efd(t);
    *out = t;
    return 0;
fail:
    fdk_inotify_tree_free(t);
    return r;
}

int fdk_inotify_tree_fd(const fdk_inotify_tree *tree)
{
    if (!tree)
        return -EINVAL;
    return tree->epfd;
}

int fdk_inotify_tree_read(fdk_inotify_tree *tree, struct fdk_inotify_tree_event *evs, size_t max)
{
    fdk_inotify_tree *t = tree;
    size_t i, n;
    int r;

    if (!t || !evs || max == 0)
        return -EINVAL;
    for (i = 0; i < t->ndone; i++)
        free(t->done[i]);
    t->ndone = 0;

    for (;;) {
        if (t->qlen > 0)
            break;
        if (t->root_gone && t->nmoves == 0) {
            sync_efd(t);
            return 0; /* the end: the root is gone and everything before was returned */
        }
        r = pump(t);
        if (r < 0) {
            sync_efd(t);
            return r;
        }
        if (r > 0)
            continue;
        /* The kernel queue is empty. */
        if (drop_file_moves(t)) {
            /* A directory's MOVED_FROM without its MOVED_TO yet: the kernel
               queues the two one after the other, so give it a moment. */
            struct pollfd p = {.fd = t->in.fd, .events = POLLIN};
            int k = poll(&p, 1, MOVE_WAIT_MS);
            if (k < 0 && errno == EINTR)
                return -EINTR;
            if (k == 0) {
                settle_moves(t);
                r = run_todo(t);
                if (r < 0)
                    return r;
            }
            continue;
        }
        if (t->nonblock) {
            sync_efd(t);
            return -EAGAIN;
        }
        {
            struct pollfd p = {.fd = t->in.fd, .events = POLLIN};
            if (poll(&p, 1, -1) < 0 && errno == EINTR) {
                sync_efd(t);
                return -EINTR;
            }
        }
    }

    /* The strings handed out now are freed by the next call. */
    n = t->qlen < max ? t->qlen : max;
    if (t->capdone < 2 * n) {
        char **d = realloc(t->done, 2 * n * sizeof *d);
        if (!d)
            return -ENOMEM;
        t->done = d;
        t->capdone = 2 * n;
    }
    for (i = 0; i < n; i++) {
        struct tev *e = &t->q[t->qhead];
        evs[i] = e->ev;
        evs[i].path = e->path;
        evs[i].path_len = strlen(e->path);
        evs[i].old_path = e->old_path;
        t->done[t->ndone++] = e->path;
        if (e->old_path)
            t->done[t->ndone++] = e->old_path;
        t->qhead = (t->qhead + 1) % t->qcap;
        t->qlen--;
    }
    sync_efd(t);
    return (int)n;
}

int fdk_inotify_tree_free(fdk_inotify_tree *tree)
{
    fdk_inotify_tree *t = tree;
    size_t i;

    if (!t)
        return 0;
    settle_moves(t);
    while (t->rootn)
        free_subtree(t, t->rootn, false);
    for (i = 0; i < t->hcap; i++) { /* nodes cut off from the root (never expected) */
        while (t->hash[i])
            free_subtree(t, t->hash[i], false);
    }
    free(t->hash);
    for (i = 0; i < t->qlen; i++) {
        struct tev *e = &t->q[(t->qhead + i) % t->qcap];
        free(e->path);
        free(e->old_path);
    }
    free(t->q);
    for (i = 0; i < t->ndone; i++)
        free(t->done[i]);
    free(t->done);
    free(t->moves);
    for (i = 0; i < t->ntodo; i++)
        free(t->todo[i].name);
    free(t->todo);
    free(t->root);
    fdk__close_quietly(t->efd);
    fdk__close_quietly(t->epfd);
    fdk_inotify_close(&t->in); /* drops every watch at once */
    free(t);
    return 0;
}
