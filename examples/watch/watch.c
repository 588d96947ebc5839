/* SPDX-License-Identifier: MIT */
/*
 * watch: print file system events as they happen, like `inotifywait -m`.
 *
 *     watch [-r] [-e EVENTS] [-n COUNT] PATH...
 *
 * Without -r, one inotify instance holds a watch per PATH (a file, or a
 * directory and the entries directly in it).  With -r, every PATH must be a
 * directory and gets its own fdk_inotify_tree, which follows the whole tree
 * below it: directories made later (even `mkdir -p a/b/c` followed at once
 * by a file in c), renames inside the tree, a queue overflow.
 *
 * One line per event on stdout (line-buffered, so a pipe sees each event as
 * it happens):
 *
 *     PATH EVENTS [flags=FLAGS] [cookie=N] [from=OLDPATH] [error=TEXT]
 *
 * PATH is the watched path joined with the entry's name (with -r: the root
 * joined with the path relative to it); EVENTS are the event bits as
 * fdk_flags_format prints them, without the "IN_" prefix ("CREATE|ISDIR"),
 * "-" for a notice that has none.  flags= (only with -r) says what the tree
 * adds: SYNTHETIC (found by reading a new directory), RENAME (moved inside
 * the tree; from= says where it was), RESCAN (the kernel queue overflowed),
 * LIMIT (a directory could not be watched; error= says why).  cookie= pairs
 * a MOVED_FROM with its MOVED_TO.
 *
 * -e takes event names separated by ',' or '|', in any case, with or
 * without "IN_" ("create,delete,moved_from", "IN_CLOSE_WRITE|IN_MOVE"); the
 * default is every event.  -n stops after COUNT events.  Once every watch is
 * in place, "watch: watching ..." goes to stderr, so a script can wait for
 * it before it touches anything.
 *
 * Exit status: 0 after COUNT events, SIGINT or SIGTERM, or when nothing is
 * left to watch (every PATH deleted or moved away); 1 on an error; 2 for a
 * usage error.
 */
#include <fdkit/fdkit.h>

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define PROG "watch"

/* The events and options a tree takes (fdk_inotify_tree_new refuses the other options). */
#define TREE_MASK (FDK_INOTIFY_ALL_EVENTS | FDK_INOTIFY_EXCL_UNLINK)

/* One watched PATH: its inotify watch descriptor, or its tree. */
struct target {
    const char *path;       /* as given on the command line (borrowed from argv) */
    size_t path_len;        /* without trailing slashes, so joining adds exactly one */
    int wd;                 /* without -r: the watch, -1 once the kernel dropped it */
    fdk_inotify_tree *tree; /* with -r: owned, NULL once its root is gone */
};

struct watcher {
    struct target *t;
    size_t nt, live; /* targets, and how many of them still watch something */
    fdk_inotify in;  /* without -r */
    fdk_signalfd sig;
    unsigned long long left; /* events still to print; 0 = no limit */
    int limited;
};

static int usage(FILE *to, int status)
{
    fprintf(to,
            "usage: " PROG " [-r] [-e EVENTS] [-n COUNT] PATH...\n"
            "  -r         watch each PATH (a directory) and everything below it\n"
            "  -e EVENTS  events to report, e.g. create,delete,moved_from (default: all)\n"
            "  -n COUNT   exit after COUNT events\n"
            "events: access modify attrib close_write close_nowrite open moved_from moved_to\n"
            "        create delete delete_self move_self, and close, move, all_events;\n"
            "        options: excl_unlink (also -r), onlydir dont_follow oneshot (not -r)\n");
    return status;
}

/* Report a failed call (on a path, or "" for none) and return exit status 1. */
static int failed(const char *what, const char *path, int err)
{
    fprintf(stderr, PROG ": %s%s%s: %s\n", what, path[0] ? " " : "", path, strerror(-err));
    return 1;
}

/*
 * Remove `prefix` from the start of every '|'-separated term of text, in
 * place: "IN_CREATE|IN_ISDIR" -> "CREATE|ISDIR".
 */
static void strip_prefix(char *text, const char *prefix)
{
    size_t plen = strlen(prefix);
    char *rd = text, *wr = text;

    while (*rd != '\0') {
        if (strncmp(rd, prefix, plen) == 0)
            rd += plen;
        while (*rd != '\0' && *rd != '|')
            *wr++ = *rd++;
        if (*rd == '|')
            *wr++ = *rd++;
    }
    *wr = '\0';
}

/* Event bits as text: "CREATE|ISDIR", or "-" for none. */
static void format_mask(uint32_t mask, char *buf, size_t size)
{
    if (mask == 0) {
        snprintf(buf, size, "-");
        return;
    }
    /* A truncated text still ends in NUL: the buffers here hold every name at once. */
    fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, mask, buf, size);
    strip_prefix(buf, "IN_");
}

/*
 * Parse -e: names separated by ',' or '|', in any case, with or without the
 * kernel's "IN_" prefix.  fdk_flags_parse takes one exact name (or a number)
 * per term: each term is normalised and parsed on its own, so a bad one can
 * be named.  Returns 0, or 2 (a usage error) with a message.
 */
static int parse_events(const char *text, int recursive, uint32_t *ret_mask)
{
    uint64_t mask = 0;
    const char *p = text;

    for (;;) {
        char term[64];
        const char *start, *end;
        size_t len, k = 0;
        uint64_t v;

        while (*p == ' ' || *p == '\t')
            p++;
        start = p;
        while (*p != '\0' && *p != ',' && *p != '|')
            p++;
        end = p;
        while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        len = (size_t)(end - start);
        if (len == 0) {
            fprintf(stderr, PROG ": -e \"%s\": empty event name\n", text);
            return 2;
        }
        if (isalpha((unsigned char)start[0]) && (len < 3 || strncasecmp(start, "IN_", 3) != 0) &&
            (len < 4 || strncasecmp(start, "FDK_", 4) != 0)) {
            memcpy(term, "IN_", 3); /* a short name: "create" is "IN_CREATE" */
            k = 3;
        }
        if (k + len >= sizeof term) {
            fprintf(stderr, PROG ": -e: unknown event \"%.*s\"\n", (int)len, start);
            return 2;
        }
        for (size_t i = 0; i < len; i++)
            term[k++] = (char)toupper((unsigned char)start[i]);
        term[k] = '\0';
        if (fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, term, &v) < 0) {
            fprintf(stderr, PROG ": -e: unknown event \"%.*s\" (try " PROG " -h)\n", (int)len,
                    start);
            return 2;
        }
        if (v & ~(uint64_t)FDK_INOTIFY_MASK_ALL) {
            fprintf(stderr, PROG ": -e: \"%.*s\" is only reported, it cannot be asked for\n",
                    (int)len, start);
            return 2;
        }
        if (recursive && (v & ~(uint64_t)TREE_MASK)) {
            fprintf(stderr, PROG ": -e: \"%.*s\" cannot be used with -r\n", (int)len, start);
            return 2;
        }
        mask |= v;
        if (*p == '\0')
            break;
        p++; /* the ',' or '|' */
    }
    if (!(mask & FDK_INOTIFY_ALL_EVENTS)) {
        fprintf(stderr, PROG ": -e \"%s\" names options but no event\n", text);
        return 2;
    }
    *ret_mask = (uint32_t)mask;
    return 0;
}

/* Count one printed event; returns 1 when -n COUNT is reached. */
static int counted(struct watcher *w)
{
    return w->limited && --w->left == 0;
}

/* Print dir joined with name ("dir/name"; name NULL or "" prints dir alone). */
static void print_path(const char *dir, size_t dir_len, const char *name)
{
    if (!name || name[0] == '\0')
        printf("%.*s", (int)dir_len, dir);
    else if (dir_len > 0 && dir[dir_len - 1] == '/') /* the root directory "/" */
        printf("%.*s%s", (int)dir_len, dir, name);
    else
        printf("%.*s/%s", (int)dir_len, dir, name);
}

/* -- without -r: one inotify instance, a watch per PATH ------------------------ */

static int add_watches(struct watcher *w, uint32_t mask)
{
    int r = fdk_inotify_open(&w->in, FDK_INOTIFY_NONBLOCK);

    if (r < 0)
        return failed("inotify_open", "", r);
    for (size_t i = 0; i < w->nt; i++) {
        r = fdk_inotify_add(w->in, w->t[i].path, mask);
        if (r < 0)
            return failed("watch", w->t[i].path, r);
        /* Two paths to one object share its watch (and its wd). */
        w->t[i].wd = r;
        w->live++;
    }
    return 0;
}

/* Print one record; returns 1 when -n COUNT is reached. */
static int print_event(struct watcher *w, const struct fdk_inotify_event *ev)
{
    char mask[512];
    int printed = 0, done = 0;

    format_mask(ev->mask, mask, sizeof mask);
    if (ev->mask & FDK_INOTIFY_Q_OVERFLOW) {
        /* wd -1: not one watch's; events were lost. */
        printf("- %s\n", mask);
        return counted(w);
    }
    for (size_t i = 0; i < w->nt; i++) {
        struct target *t = &w->t[i];

        if (t->wd != ev->wd)
            continue;
        if (!printed) { /* one line per event, under the first path of the watch */
            print_path(t->path, t->path_len, ev->name);
            printf(" %s", mask);
            if (ev->cookie != 0)
                printf(" cookie=%" PRIu32, ev->cookie);
            printf("\n");
            printed = 1;
            done = counted(w);
        }
        if (ev->mask & FDK_INOTIFY_IGNORED) { /* the watch is gone: its wd may come back */
            t->wd = -1;
            w->live--;
        }
    }
    return done;
}

/* Read and print what is queued; returns 1 to stop (an error or -n), else 0. */
static int drain_inotify(struct watcher *w, int *status)
{
    /* Aligned for struct inotify_event; room for many records per read. */
    union {
        struct inotify_event align;
        char b[64 * 1024];
    } buf;

    for (;;) {
        struct fdk_inotify_event ev;
        size_t pos = 0;
        ssize_t n = fdk_inotify_read(w->in, buf.b, sizeof buf.b);
        int r;

        if (n == -EAGAIN)
            return 0;
        if (n == -EINTR)
            continue;
        if (n <= 0) {
            *status = failed("read", "inotify", n < 0 ? (int)n : -EIO);
            return 1;
        }
        while ((r = fdk_inotify_next(buf.b, (size_t)n, &pos, &ev)) > 0) {
            if (print_event(w, &ev)) {
                *status = 0;
                return 1;
            }
        }
        if (r < 0) {
            *status = failed("decode", "inotify", r);
            return 1;
        }
    }
}

/* -- with -r: a tree per PATH ---------------------------------------------------- */

static int add_trees(struct watcher *w, uint32_t mask)
{
    for (size_t i = 0; i < w->nt; i++) {
        int r = fdk_inotify_tree_new(&w->t[i].tree, w->t[i].path, mask, FDK_INOTIFY_NONBLOCK);
        if (r < 0)
            return failed("watch", w->t[i].path, r);
        w->live++;
    }
    return 0;
}

/* Print one tree event; returns 1 when -n COUNT is reached. */
static int print_tree_event(struct watcher *w, const struct target *t,
                            const struct fdk_inotify_tree_event *ev)
{
    char mask[512], flags[128];

    format_mask(ev->mask, mask, sizeof mask);
    print_path(t->path, t->path_len, ev->path);
    printf(" %s", mask);
    if (ev->flags != 0) {
        fdk_flags_format(FDK_FLAGSET_INOTIFY_TREE_EVENT, ev->flags, flags, sizeof flags);
        strip_prefix(flags, "FDK_INOTIFY_TREE_");
        printf(" flags=%s", flags);
    }
    if (ev->cookie != 0)
        printf(" cookie=%" PRIu32, ev->cookie);
    if (ev->old_path) {
        printf(" from=");
        print_path(t->path, t->path_len, ev->old_path);
    }
    if (ev->error != 0)
        printf(" error=%s", strerror(-ev->error));
    printf("\n");
    return counted(w);
}

/* Read and print what one tree holds; returns 1 to stop (an error or -n), else 0. */
static int drain_tree(struct watcher *w, struct target *t, int *status)
{
    struct fdk_inotify_tree_event evs[32];

    for (;;) {
        int n = fdk_inotify_tree_read(t->tree, evs, sizeof evs / sizeof evs[0]);

        if (n == -EAGAIN)
            return 0;
        if (n == -EINTR)
            continue;
        if (n < 0) {
            *status = failed("read", t->path, n);
            return 1;
        }
        if (n == 0) { /* the root was deleted or moved away: nothing more will come */
            fprintf(stderr, PROG ": %s is gone\n", t->path);
            fdk_inotify_tree_free(t->tree);
            t->tree = NULL;
            w->live--;
            return 0;
        }
        for (int i = 0; i < n; i++) {
            if (print_tree_event(w, t, &evs[i])) {
                *status = 0;
                return 1;
            }
        }
    }
}

/* -- the loop ---------------------------------------------------------------------- */

/*
 * poll() the signalfd and every descriptor that reports events: the one
 * inotify instance, or each tree's fd.  Returns the exit status.
 */
static int loop(struct watcher *w, int recursive)
{
    struct pollfd *pfd = calloc(w->nt + 1, sizeof *pfd);
    int status = 0;

    if (!pfd)
        return failed("calloc", "", -ENOMEM);
    while (w->live > 0) {
        size_t n = 1;
        int stop = 0;

        pfd[0] = (struct pollfd){.fd = w->sig.fd, .events = POLLIN};
        if (!recursive) {
            pfd[n++] = (struct pollfd){.fd = w->in.fd, .events = POLLIN};
        } else {
            for (size_t i = 0; i < w->nt; i++) /* a tree gone is polled as -1: ignored */
                pfd[n++] = (struct pollfd){
                    .fd = w->t[i].tree ? fdk_inotify_tree_fd(w->t[i].tree) : -1,
                    .events = POLLIN};
        }
        if (poll(pfd, (nfds_t)n, -1) < 0) {
            if (errno == EINTR) /* SIGSTOP / SIGCONT: the handled signals come through the signalfd */
                continue;
            status = failed("poll", "", -errno);
            break;
        }
        if (pfd[0].revents) { /* SIGINT or SIGTERM: leave cleanly */
            struct signalfd_siginfo rec;
            char name[16] = "a signal";

            if (fdk_signalfd_read(w->sig, &rec, 1) > 0)
                fdk_signal_name((int)rec.ssi_signo, name, sizeof name);
            fprintf(stderr, PROG ": %s, leaving\n", name);
            break;
        }
        if (!recursive) {
            if (pfd[1].revents)
                stop = drain_inotify(w, &status);
        } else {
            for (size_t i = 0; i < w->nt && !stop; i++)
                if (pfd[i + 1].revents && w->t[i].tree)
                    stop = drain_tree(w, &w->t[i], &status);
        }
        if (stop)
            break;
    }
    if (w->live == 0)
        fprintf(stderr, PROG ": nothing left to watch\n");
    free(pfd);
    return status;
}

static int run(struct watcher *w, int recursive, uint32_t mask)
{
    static const int quit_signals[] = {SIGINT, SIGTERM};
    sigset_t set;
    int r;

    /* The signals that end the program queue on a signalfd: the loop closes everything. */
    fdk_signal_set_from_list(&set, quit_signals, sizeof quit_signals / sizeof quit_signals[0]);
    if ((r = fdk_signalfd_open(&w->sig, &set, FDK_SIGNALFD_BLOCK)) < 0)
        return failed("signalfd", "", r);
    signal(SIGPIPE, SIG_IGN); /* stdout closed: a failed write, not a silent death */

    r = recursive ? add_trees(w, mask) : add_watches(w, mask);
    if (r != 0)
        return r;
    fprintf(stderr, PROG ": watching %zu path%s%s\n", w->nt, w->nt == 1 ? "" : "s",
            recursive ? " recursively" : "");
    return loop(w, recursive);
}

int main(int argc, char **argv)
{
    struct watcher w = {.in = FDK_HANDLE_INIT, .sig = FDK_HANDLE_INIT};
    const char *events = NULL;
    uint32_t mask = FDK_INOTIFY_ALL_EVENTS;
    int recursive = 0, opt, status;

    while ((opt = getopt(argc, argv, "+hre:n:")) != -1) {
        switch (opt) {
        case 'r':
            recursive = 1;
            break;
        case 'e':
            events = optarg;
            break;
        case 'n': {
            char *end;

            errno = 0;
            w.left = strtoull(optarg, &end, 10);
            if (optarg[0] < '0' || optarg[0] > '9' || *end != '\0' || errno != 0 || w.left == 0) {
                fprintf(stderr, PROG ": -n \"%s\": not a count of events (1 or more)\n", optarg);
                return 2;
            }
            w.limited = 1;
            break;
        }
        case 'h':
            return usage(stdout, 0);
        default:
            return usage(stderr, 2);
        }
    }
    if (optind >= argc)
        return usage(stderr, 2);
    if (events && parse_events(events, recursive, &mask) != 0)
        return 2; /* after every option: -r may come after -e */

    w.nt = (size_t)(argc - optind);
    w.t = calloc(w.nt, sizeof *w.t);
    if (!w.t)
        return failed("calloc", "", -ENOMEM);
    for (size_t i = 0; i < w.nt; i++) {
        struct target *t = &w.t[i];

        t->path = argv[optind + (int)i];
        t->path_len = strlen(t->path);
        while (t->path_len > 1 && t->path[t->path_len - 1] == '/')
            t->path_len--;
        t->wd = -1;
    }

    setvbuf(stdout, NULL, _IOLBF, 0); /* print each line as it happens, even into a pipe */
    status = run(&w, recursive, mask);
    if (fflush(stdout) != 0 && status == 0)
        status = failed("write", "stdout", -errno);

    for (size_t i = 0; i < w.nt; i++)
        fdk_inotify_tree_free(w.t[i].tree);
    free(w.t);
    fdk_inotify_close(&w.in); /* drops every watch at once */
    fdk_signalfd_close(&w.sig);
    return status;
}
