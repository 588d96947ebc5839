/* SPDX-License-Identifier: MIT */
/*
 * Independent test of the inline wrappers (README: "The I/O wrappers are
 * defined inline in the headers for any GNU C or C++ consumer, without a
 * feature macro (... pread/pwrite not under a strict -std=c11)"; common.h:
 * "offered to GNU C and C++ (any -std, no feature macro needed)"; "The
 * library exports every wrapper as a symbol too").
 *
 * Builds tests/indep/inline-consumer.c and inline-probe.c - which define no
 * feature macro - with several compilers and -std modes, checks with nm that
 * the wrappers the docs say are inline left no call behind in inline-probe.o
 * (at -O2; ordinary extern functions, so the compiler's "main runs once"
 * size heuristics do not apply), links them against
 * build/libfdkit.a and runs it (it checks the documented results itself).
 * Every variant is tried; the test fails listing each one that did not work.
 */
#include "indep-common.h"

#include <limits.h>

static char root[PATH_MAX], lib[PATH_MAX];
static struct indep_dir dir;

struct variant {
    const char *name;
    const char *cc;    /* "gcc" or "g++" */
    const char *flags; /* -std and warnings; -DUMBRELLA for <fdkit/fdkit.h> */
    const char *inlined; /* space-separated symbols that must not be called */
    const char *called;  /* space-separated symbols that must be called (not inlined) */
};

#define ALL_INLINE                                                                                 \
    "fdk_fd_read fdk_fd_write fdk_file_pread fdk_file_pwrite fdk_unix_stream_send "              \
    "fdk_unix_stream_recv fdk_epoll_wait"
#define STRICT_INLINE "fdk_fd_read fdk_fd_write fdk_unix_stream_send fdk_unix_stream_recv fdk_epoll_wait"

static const struct variant variants[] = {
    {"gcc -O2 -std=gnu17, <fdkit/fdkit.h>", "gcc", "-O2 -std=gnu17 -Wall -Wextra -Werror -DUMBRELLA",
     ALL_INLINE, ""},
    {"gcc -O2 -std=gnu17, fd.h file.h socket.h epoll.h", "gcc", "-O2 -std=gnu17 -Wall -Wextra -Werror",
     ALL_INLINE, ""},
    {"gcc -O2 -std=c11 -Wpedantic, fd.h file.h socket.h epoll.h", "gcc",
     "-O2 -std=c11 -Wpedantic -Werror", STRICT_INLINE, "fdk_file_pread fdk_file_pwrite"},
    /* <fdkit/fdkit.h> as a whole under a strict -std=c11: not yet (README; issue 15's header modes) */
    {"gcc -O2 -std=c17 -Wpedantic, fd.h file.h socket.h epoll.h", "gcc",
     "-O2 -std=c17 -Wall -Wextra -Wpedantic -Werror", STRICT_INLINE, ""},
    {"gcc -O2 -std=gnu89, <fdkit/fdkit.h>", "gcc", "-O2 -std=gnu89 -DUMBRELLA", ALL_INLINE, ""},
    {"gcc -O2 -std=gnu17 -fgnu89-inline, <fdkit/fdkit.h>", "gcc",
     "-O2 -std=gnu17 -fgnu89-inline -Wall -Werror -DUMBRELLA", ALL_INLINE, ""},
    {"gcc -O0 -std=gnu17, <fdkit/fdkit.h> (library copies)", "gcc", "-O0 -std=gnu17 -DUMBRELLA", "",
     ""},
    {"gcc -O2 -std=gnu17 -DFDK_NO_INLINE, <fdkit/fdkit.h>", "gcc",
     "-O2 -std=gnu17 -DFDK_NO_INLINE -DUMBRELLA", "", "fdk_fd_read fdk_file_pread fdk_epoll_wait"},
    {"g++ -O2 -std=c++17, <fdkit/fdkit.h>", "g++", "-x c++ -O2 -std=c++17 -Wall -DUMBRELLA",
     ALL_INLINE, ""},
};

/* snprintf that fails the test on truncation (and keeps -Wformat-truncation quiet) */
static void fmt(char *buf, size_t size, const char *f, ...) __attribute__((format(printf, 3, 4)));
static void fmt(char *buf, size_t size, const char *f, ...)
{
    va_list ap;
    int n;

    va_start(ap, f);
    n = vsnprintf(buf, size, f, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= size)
        fdk_test_fail(__FILE__, __LINE__, "a path or command is too long");
}

static int have(const char *cc)
{
    char cmd[128];
    fmt(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", cc);
    return system(cmd) == 0;
}

/* 1 if sym is an undefined symbol of obj (a call left for the linker). */
static int calls(const char *obj, const char *sym)
{
    char cmd[PATH_MAX * 2];
    fmt(cmd, sizeof cmd, "nm -u '%s' | awk '{print $NF}' | grep -qx '%s'", obj, sym);
    return system(cmd) == 0;
}

static void print_file(const char *p)
{
    char line[512];
    FILE *f = fopen(p, "re");
    int n = 0;
    if (!f)
        return;
    while (fgets(line, sizeof line, f) && n++ < 25)
        fprintf(stderr, "    | %s", line);
    fclose(f);
}

/* 0 if the variant works; prints why not. */
static int try_variant(const struct variant *v, int idx)
{
    char obj[PATH_MAX], probe[PATH_MAX], exe[PATH_MAX], log[PATH_MAX], data[PATH_MAX], cmd[PATH_MAX * 4];
    char syms[512], *tok, *save;
    int bad = 0, st;

    fmt(obj, sizeof obj, "%s/c%d.o", dir.path, idx);
    fmt(exe, sizeof exe, "%s/c%d", dir.path, idx);
    fmt(log, sizeof log, "%s/c%d.log", dir.path, idx);
    fmt(data, sizeof data, "%s/c%d.data", dir.path, idx);
    fmt(probe, sizeof probe, "%s/p%d.o", dir.path, idx);
    fmt(cmd, sizeof cmd,
        "%s %s -I'%s/generated/include' -I'%s/runtime/include' -c '%s/tests/indep/inline-consumer.c' "
        "-o '%s' >'%s' 2>&1 && "
        "%s %s -I'%s/generated/include' -I'%s/runtime/include' -c '%s/tests/indep/inline-probe.c' "
        "-o '%s' >>'%s' 2>&1",
        v->cc, v->flags, root, root, root, obj, log, v->cc, v->flags, root, root, root, probe, log);
    if (system(cmd) != 0) {
        fprintf(stderr, "FAIL %s: does not compile:\n", v->name);
        print_file(log);
        return 1;
    }
    snprintf(syms, sizeof syms, "%s", v->inlined);
    for (tok = strtok_r(syms, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
        if (calls(probe, tok)) {
            fprintf(stderr, "FAIL %s: %s is called, not inlined\n", v->name, tok);
            bad = 1;
        }
    snprintf(syms, sizeof syms, "%s", v->called);
    for (tok = strtok_r(syms, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
        if (!calls(probe, tok)) {
            fprintf(stderr, "FAIL %s: %s was expected to be a call into the library\n", v->name, tok);
            bad = 1;
        }
    fmt(cmd, sizeof cmd, "%s '%s' '%s' '%s' -pthread -o '%s' >'%s' 2>&1", v->cc, obj, probe, lib, exe,
        log);
    if (system(cmd) != 0) {
        fprintf(stderr, "FAIL %s: does not link against %s:\n", v->name, lib);
        print_file(log);
        return 1;
    }
    fmt(cmd, sizeof cmd, "'%s' '%s' >'%s' 2>&1", exe, data, log);
    st = system(cmd);
    if (st != 0) {
        fprintf(stderr, "FAIL %s: the consumer reported a wrong result (status 0x%x):\n", v->name,
                (unsigned)st);
        print_file(log);
        return 1;
    }
    return bad;
}

static void test_inline_consumers(void)
{
    int failed = 0, tried = 0;

    for (size_t i = 0; i < sizeof variants / sizeof variants[0]; i++) {
        if (!have(variants[i].cc)) {
            printf("# %s: no %s, not tried\n", variants[i].name, variants[i].cc);
            continue;
        }
        tried++;
        if (try_variant(&variants[i], (int)i) != 0)
            failed++;
        else
            printf("# %s: ok\n", variants[i].name);
    }
    indep_tmpdir_remove(&dir);
    if (tried == 0)
        fdk_test_skip("no C compiler to build a consumer with");
    if (failed)
        fdk_test_fail(__FILE__, __LINE__, "%d of %d consumer build(s) failed (above)", failed, tried);
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define INDEP_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define INDEP_SANITIZED 1
#endif

int main(void)
{
    char exe[PATH_MAX];
    ssize_t n;
    char *p;

    /* The consumers are built with the host's plain gcc/g++ against this build's libfdkit.a. */
#ifdef INDEP_SANITIZED
    fdk_test_skip("this build's libfdkit.a is instrumented by a sanitizer: a plain consumer cannot link it");
#endif
#if !defined(__x86_64__)
    fdk_test_skip("a cross build: the host compiler's consumers cannot link this architecture's libfdkit.a");
#endif

    /* the source tree: this file is <root>/tests/indep/test-indep-inline.c */
    fmt(root, sizeof root, "%s", __FILE__);
    p = strstr(root, "/tests/indep/test-indep-inline.c");
    if (!p || root[0] != '/')
        fdk_test_skip("cannot tell the source tree from __FILE__ (%s)", __FILE__);
    *p = '\0';
    /* the library: <build>/libfdkit.a, this program being <build>/tests/<exe> */
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        fdk_test_skip("no /proc/self/exe");
    exe[n] = '\0';
    p = strrchr(exe, '/');
    *p = '\0';
    p = strrchr(exe, '/');
    *p = '\0';
    fmt(lib, sizeof lib, "%s/libfdkit.a", exe);
    if (access(lib, R_OK) != 0)
        fdk_test_skip("no %s", lib);
    if (!have("nm"))
        fdk_test_skip("no nm");
    indep_tmpdir(&dir);
    RUN(test_inline_consumers);
    indep_tmpdir_remove(&dir);
    return 0;
}
