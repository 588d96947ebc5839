/* SPDX-License-Identifier: MIT */
/*
 * fdk_memfd behaviour the skeleton cannot know: bytes really land in the
 * file, seals really stop what they name (a write after F_SEAL_WRITE fails
 * with EPERM and changes nothing, F_SEAL_SEAL stops further seals), a file
 * made without ALLOW_SEALING takes none, a writable shared mapping blocks
 * F_SEAL_WRITE, the descriptor really is closed across exec, and the huge
 * page sizes are a field: formatted, parsed and validated as values.
 */
#include "fdk-test.h"

#include <fdkit/fdkit.h>

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static const char text[] = "sealed bytes";

/* A sealable memory file holding text. */
static fdk_memfd filled(void)
{
    fdk_memfd h = FDK_HANDLE_INIT;

    ASSERT_OK(fdk_memfd_create(&h, "fdk-seals", FDK_MEMFD_ALLOW_SEALING));
    ASSERT_EQ(fdk_fd_write(h.fd, text, sizeof text), (ssize_t)sizeof text);
    return h;
}

/* 1 if the file still holds exactly text. */
static int holds_text(int fd)
{
    char buf[sizeof text + 8];
    ssize_t n = pread(fd, buf, sizeof buf, 0);

    return n == (ssize_t)sizeof text && memcmp(buf, text, sizeof text) == 0;
}

static void test_bytes_land_and_kind(void)
{
    fdk_memfd h = filled();
    char link[64], path[64];
    ssize_t n;

    ASSERT_TRUE(holds_text(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_MEMFD);
    snprintf(path, sizeof path, "/proc/self/fd/%d", h.fd);
    n = readlink(path, link, sizeof link - 1);
    ASSERT_TRUE(n > 0);
    link[n] = '\0';
    ASSERT_STREQ(link, "/memfd:fdk-seals (deleted)");
    ASSERT_OK(fdk_memfd_close(&h));
}

static void test_write_seal_stops_writes(void)
{
    fdk_memfd h = filled();

    ASSERT_EQ(fdk_memfd_get_seals(h), 0);
    ASSERT_OK(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_WRITE));
    ASSERT_EQ(fdk_memfd_get_seals(h), (int)FDK_MEMFD_SEAL_WRITE);
    /* through fdkit and through the raw call: the kernel refuses both */
    ASSERT_ERR(fdk_fd_write(h.fd, "x", 1), EPERM);
    /* the spec lists it for fd_write: its own meaning and class, not the C library's text */
    ASSERT_EQ(fdk_errclass(FDK_OP_FD_WRITE, -EPERM), FDK_ERRCLASS_PERMISSION);
    ASSERT_TRUE(strstr(fdk_strerror(FDK_OP_FD_WRITE, -EPERM), "sealed") != NULL);
    errno = 0;
    ASSERT_EQ(pwrite(h.fd, "xx", 2, 0), -1);
    ASSERT_EQ(errno, EPERM);
    ASSERT_TRUE(holds_text(h.fd)); /* nothing changed */
    /* a writable shared mapping is refused too */
    ASSERT_TRUE(mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, h.fd, 0) == MAP_FAILED);
    ASSERT_EQ(errno, EPERM);
    /* adding a seal again is not an error */
    ASSERT_OK(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_WRITE));
    ASSERT_OK(fdk_memfd_close(&h));
}

static void test_seal_seal_and_size_seals(void)
{
    fdk_memfd h = filled();

    ASSERT_OK(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_SHRINK | FDK_MEMFD_SEAL_GROW));
    ASSERT_EQ(ftruncate(h.fd, 1), -1);
    ASSERT_EQ(errno, EPERM);
    ASSERT_EQ(ftruncate(h.fd, 1 << 20), -1);
    ASSERT_EQ(errno, EPERM);
    ASSERT_OK(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_SEAL));
    ASSERT_ERR(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_WRITE), EPERM);
    ASSERT_EQ(fdk_memfd_get_seals(h),
              (int)(FDK_MEMFD_SEAL_SHRINK | FDK_MEMFD_SEAL_GROW | FDK_MEMFD_SEAL_SEAL));
    /* the contents may still change in place: only WRITE forbids that */
    ASSERT_EQ(pwrite(h.fd, "S", 1, 0), 1);
    ASSERT_OK(fdk_memfd_close(&h));
}

static void test_without_allow_sealing(void)
{
    fdk_memfd h = FDK_HANDLE_INIT;

    ASSERT_OK(fdk_memfd_create(&h, "fdk-unsealable", 0));
    ASSERT_EQ(fdk_memfd_get_seals(h), (int)FDK_MEMFD_SEAL_SEAL);
    ASSERT_ERR(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_WRITE), EPERM);
    ASSERT_EQ(fdk_fd_write(h.fd, "ok", 2), 2); /* and so it stays writable */
    ASSERT_OK(fdk_memfd_close(&h));
}

static void test_shared_mapping_blocks_write_seal(void)
{
    fdk_memfd h = filled();
    char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, h.fd, 0);

    ASSERT_TRUE(p != MAP_FAILED);
    ASSERT_ERR(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_WRITE), EBUSY);
    ASSERT_EQ(fdk_memfd_get_seals(h), 0);
    ASSERT_EQ(munmap(p, 4096), 0);
    ASSERT_OK(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_WRITE));
    ASSERT_OK(fdk_memfd_close(&h));
}

static void test_future_write(void)
{
    fdk_memfd h = filled();
    char *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, h.fd, 0);
    char c = 0;
    int r;

    ASSERT_TRUE(p != MAP_FAILED);
    r = fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_FUTURE_WRITE);
    if (r == -EINVAL) { /* before Linux 5.1 */
        ASSERT_EQ(munmap(p, 4096), 0);
        ASSERT_OK(fdk_memfd_close(&h));
        printf("# F_SEAL_FUTURE_WRITE: not supported by this kernel\n");
        return;
    }
    ASSERT_OK(r);
    p[0] = 'S'; /* the mapping made before the seal still writes */
    ASSERT_ERR(fdk_fd_write(h.fd, "x", 1), EPERM);
    ASSERT_EQ(pread(h.fd, &c, 1, 0), 1);
    ASSERT_EQ(c, 'S'); /* and the file sees it */
    ASSERT_EQ(munmap(p, 4096), 0);
    ASSERT_OK(fdk_memfd_close(&h));
}

/*
 * Exec a shell that exits 0 when it has descriptor fd open, 1 when not: the
 * test looks at what the kernel hands a new program, not at a flag.
 */
static int child_sees(int fd)
{
    char script[64];
    pid_t pid;
    int status;

    snprintf(script, sizeof script, "[ -e /proc/self/fd/%d ]", fd);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", script, (char *)NULL);
        _exit(127);
    }
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_TRUE(WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 1);
    return WEXITSTATUS(status) == 0;
}

static void test_closed_across_exec(void)
{
    fdk_memfd h = FDK_HANDLE_INIT;

    /* CLOEXEC without being asked for it */
    ASSERT_OK(fdk_memfd_create(&h, "fdk-exec", 0));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!child_sees(h.fd));
    /* the control: once inheritable, the same check sees it */
    ASSERT_OK(fdk_fd_set_cloexec(h.fd, 0));
    ASSERT_TRUE(child_sees(h.fd));
    ASSERT_OK(fdk_memfd_close(&h));
}

static void test_huge_sizes_are_a_field(void)
{
    fdk_memfd h = FDK_HANDLE_INIT;
    uint64_t v = 0;
    char buf[128];

    /* 64KB's bits (16 << 26) lie inside 1GB's (30 << 26): printed as the value, not as bits */
    ASSERT_TRUE(fdk_flags_format(FDK_FLAGSET_MEMFD_CREATE, FDK_MEMFD_HUGETLB | FDK_MEMFD_HUGE_1GB, buf,
                                 sizeof buf) > 0);
    ASSERT_STREQ(buf, "MFD_HUGETLB|MFD_HUGE_1GB");
    ASSERT_TRUE(fdk_flags_format(FDK_FLAGSET_MEMFD_CREATE, FDK_MEMFD_HUGE_64KB, buf, sizeof buf) > 0);
    ASSERT_STREQ(buf, "MFD_HUGE_64KB");
    /* a pattern of the field's bits that is no listed size stays a number */
    ASSERT_TRUE(fdk_flags_format(FDK_FLAGSET_MEMFD_CREATE, FDK_MEMFD_HUGETLB | (1u << 26), buf,
                                 sizeof buf) > 0);
    ASSERT_STREQ(buf, "MFD_HUGETLB|0x4000000");
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_MEMFD_CREATE, "MFD_HUGETLB|FDK_MEMFD_HUGE_2MB", &v));
    ASSERT_EQ_U64(v, FDK_MEMFD_HUGETLB | FDK_MEMFD_HUGE_2MB);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_MEMFD_CREATE, "MFD_HUGE_2MB|MFD_HUGE_2MB", &v));
    ASSERT_EQ_U64(v, FDK_MEMFD_HUGE_2MB);
    v = 7;
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET_MEMFD_CREATE, "MFD_HUGE_2MB|MFD_HUGE_1GB", &v), EINVAL);
    ASSERT_EQ_U64(v, 7); /* two sizes at once: nothing written */
    /* the wrapper: a size needs HUGETLB, and only listed sizes pass */
    ASSERT_ERR(fdk_memfd_create(&h, "fdk-huge", FDK_MEMFD_HUGE_2MB), EINVAL);
    ASSERT_ERR(fdk_memfd_create(&h, "fdk-huge", FDK_MEMFD_HUGETLB | (1u << 26)), EINVAL);
    /* two sizes OR-ed may spell a third (2MB | 16MB is 512MB); 1MB | 16GB spells none */
    ASSERT_ERR(fdk_memfd_create(&h, "fdk-huge", FDK_MEMFD_HUGETLB | FDK_MEMFD_HUGE_1MB | FDK_MEMFD_HUGE_16GB),
               EINVAL);
    ASSERT_EQ(h.fd, -1);
}

int main(void)
{
    RUN(test_bytes_land_and_kind);
    RUN(test_write_seal_stops_writes);
    RUN(test_seal_seal_and_size_seals);
    RUN(test_without_allow_sealing);
    RUN(test_shared_mapping_blocks_write_seal);
    RUN(test_future_write);
    RUN(test_closed_across_exec);
    RUN(test_huge_sizes_are_a_field);
    return 0;
}
