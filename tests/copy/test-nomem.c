/* SPDX-License-Identifier: MIT */
/*
 * fdk_copy_all when its read/write buffer cannot be allocated: bytes the
 * splice method already took into its private pipe are still delivered (a
 * small stack buffer takes over), and the copy completes.  malloc is made to
 * fail for real in a child process: RLIMIT_DATA at the current data size
 * stops both brk and anonymous mmap, and the heap's free chunks big enough
 * for the buffer are used up first.  Skipped under ASan, TSan and valgrind,
 * whose allocators cannot live under that limit.
 */
#include "copy-paths.h"

#include <sys/resource.h>
#include <sys/wait.h>

#define LEN    ((size_t)300001)
#define BUF_SZ ((size_t)64 * 1024) /* copy.c's read/write buffer */

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

#if defined(__SANITIZE_THREAD__)
#define UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define UNDER_TSAN 1
#endif
#endif

static int under_valgrind(void)
{
    const char *p = getenv("LD_PRELOAD");
    return p && strstr(p, "vgpreload") != NULL;
}

/* Data segment size (VmData) in bytes, or 0. */
static size_t data_size(void)
{
    FILE *f = fopen("/proc/self/status", "re");
    char line[256];
    size_t kib = 0;

    if (!f)
        return 0;
    while (fgets(line, sizeof(line), f))
        if (sscanf(line, "VmData: %zu kB", &kib) == 1)
            break;
    fclose(f);
    return kib * 1024;
}

/* In the child: 0 = passed, 77 = could not make malloc fail, else failed (ASSERT exits 1). */
static int child(void)
{
    int in = xt_pattern_file(LEN), out = xt_temp_file();
    size_t done = 77, n = 0;
    struct rlimit rl, saved;
    void *hold[4096];
    int r;

    /* everything the copy itself needs besides the buffer is made now */
    fdk_inject_reset();
    force_path(P_SPLICE, 0);
    fdk_inject_short("splice", 1, 1, 5000); /* the private pipe holds 5000 bytes */
    fdk_inject_fail("splice", 2, 0, EINVAL); /* then fd_out "refuses splice": read/write */

    if (getrlimit(RLIMIT_DATA, &rl) != 0)
        return 77;
    saved = rl;
    rl.rlim_cur = data_size();
    if (rl.rlim_cur == 0 || setrlimit(RLIMIT_DATA, &rl) != 0)
        return 77;
    /* use up the heap's free chunks that could still serve the buffer */
    while (n < sizeof(hold) / sizeof(hold[0]) && (hold[n] = malloc(BUF_SZ)) != NULL)
        n++;
    if (n == sizeof(hold) / sizeof(hold[0]))
        return 77;

    r = fdk_copy_all(in, NULL, out, NULL, LEN, NULL, &done);
    /* the checks below allocate: lift the limit first */
    while (n > 0)
        free(hold[--n]);
    ASSERT_EQ(setrlimit(RLIMIT_DATA, &saved), 0);
    ASSERT_OK(r);
    ASSERT_EQ(done, LEN);
    ASSERT_EQ(fdk_inject_calls("splice"), 2);
    ASSERT_TRUE(fdk_inject_calls("read") > 0);
    fdk_inject_reset();
    XT_CHECK_FILE(out, 0, LEN, 0);
    ASSERT_EQ(xt_size(out), (off_t)LEN);
    close(in);
    close(out);
    return 0;
}

static void test_held_bytes_without_heap(void)
{
    int st;
    pid_t pid;

    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(child());
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    if (WEXITSTATUS(st) == 77)
        fdk_test_skip("malloc could not be made to fail under RLIMIT_DATA");
    ASSERT_EQ(WEXITSTATUS(st), 0);
}

int main(void)
{
#ifdef UNDER_ASAN
    fdk_test_skip("ASan's allocator does not run under RLIMIT_DATA");
#endif
#ifdef UNDER_TSAN
    /* its own bookkeeping needs fresh mappings too: it aborts, malloc never fails */
    fdk_test_skip("TSan's allocator does not run under RLIMIT_DATA");
#endif
    if (under_valgrind())
        fdk_test_skip("valgrind's allocator ignores RLIMIT_DATA");
    xt_ignore_sigpipe();
    RUN(test_held_bytes_without_heap);
    return 0;
}
