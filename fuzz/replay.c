/* SPDX-License-Identifier: MIT */
/*
 * A main() for a fuzz target without libFuzzer: run LLVMFuzzerTestOneInput
 * once on every file named on the command line, and on every regular file
 * of every directory named (not recursive, sorted by name so a run is
 * repeatable).  Options libFuzzer takes (-runs=..., anything starting with
 * '-') are ignored, so the same command line works for both.  An input
 * that runs longer than FDKIT_FUZZ_REPLAY_TIMEOUT seconds (default 10) is
 * named and aborted: a hang fails fast, not at ctest's timeout.
 *
 * This is what the normal (gcc) and ASan builds run as ctest
 * `fuzz.<name>.replay`: the seed and regression inputs in fuzz/corpus/ are
 * checked on every CI run, not only by whoever has clang's libFuzzer.
 */
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* An input still running after this many seconds is a hang (FDKIT_FUZZ_REPLAY_TIMEOUT). */
#define REPLAY_TIMEOUT 10

static const char *volatile current; /* the input being run, for the watchdog */

/* Name the input that hangs and abort (a sanitizer build prints the stack). */
static void on_alarm(int sig)
{
    static const char msg[] = "replay: still running after the timeout (a hang): ";
    const char *p = current;

    (void)sig;
    if (write(2, msg, sizeof msg - 1) < 0 || (p && write(2, p, strlen(p)) < 0) || write(2, "\n", 1) < 0)
        abort();
    abort();
}

/* The target may leave LLVMFuzzerInitialize out. */
__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static unsigned timeout_s = REPLAY_TIMEOUT;

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    unsigned char *data;
    long size;
    size_t got;

    if (!f) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fprintf(stderr, "replay: %s: cannot size it\n", path);
        fclose(f);
        return -1;
    }
    /* An exactly-sized copy, as libFuzzer gives: ASan sees a read past it.
       malloc(0) may return NULL; an empty input is passed as a 1-byte block of size 0. */
    data = malloc(size > 0 ? (size_t)size : 1);
    if (!data) {
        fclose(f);
        return -1;
    }
    got = fread(data, 1, (size_t)size, f);
    fclose(f);
    if (got != (size_t)size) {
        fprintf(stderr, "replay: %s: short read\n", path);
        free(data);
        return -1;
    }
    current = path;
    alarm(timeout_s);
    LLVMFuzzerTestOneInput(data, got);
    alarm(0);
    current = NULL;
    free(data);
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir, size_t *count)
{
    char **names = NULL;
    size_t n = 0, cap = 0, i;
    struct dirent *de;
    DIR *d = opendir(dir);
    int r = 0;

    if (!d) {
        fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            char **g = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *g);
            if (!g) {
                r = -1;
                break;
            }
            names = g;
        }
        if (!(names[n] = malloc(strlen(dir) + 1 + strlen(de->d_name) + 1))) {
            r = -1;
            break;
        }
        sprintf(names[n], "%s/%s", dir, de->d_name);
        n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    for (i = 0; i < n; i++) {
        struct stat st;
        if (r == 0 && stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
            if (run_file(names[i]) < 0)
                r = -1;
            else
                (*count)++;
        }
        free(names[i]);
    }
    free(names);
    return r;
}

int main(int argc, char **argv)
{
    size_t count = 0;
    int i, failed = 0, paths = 0;

    const char *t = getenv("FDKIT_FUZZ_REPLAY_TIMEOUT");

    if (t && atoi(t) > 0)
        timeout_s = (unsigned)atoi(t);
    signal(SIGALRM, on_alarm);
    LLVMFuzzerInitialize(&argc, &argv);
    for (i = 1; i < argc; i++) {
        struct stat st;
        if (argv[i][0] == '-')
            continue; /* a libFuzzer option */
        paths++;
        if (stat(argv[i], &st) < 0) {
            fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
            failed = 1;
        } else if (S_ISDIR(st.st_mode)) {
            failed |= run_dir(argv[i], &count) < 0;
        } else if (run_file(argv[i]) < 0) {
            failed = 1;
        } else {
            count++;
        }
    }
    if (paths == 0) {
        fprintf(stderr, "usage: %s FILE-OR-DIR...\n", argv[0]);
        return 2;
    }
    printf("replay: %zu inputs, %s\n", count, failed ? "errors reading some" : "all passed");
    return failed || count == 0;
}
