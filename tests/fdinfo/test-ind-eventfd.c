/* SPDX-License-Identifier: MIT */
/*
 * fdk_fdinfo_read() on an eventfd (proc_pid_fdinfo(5): "eventfd-count", in
 * hexadecimal; Linux 6.x adds "eventfd-id" and "eventfd-semaphore"): the
 * counter above 2^32 (0x123456789a) and at its largest (2^64 - 2), after a
 * semaphore read and after a plain read; the semaphore flag 1 / 0; each
 * eventfd its own id (the one the text gives); HAVE_EVENTFD and no other
 * kind bit; every line decoded (no OTHER entries).
 */
#include "ind-test.h"

#include <sys/eventfd.h>

static void check_count_at(int line, int fd, uint64_t want)
{
    struct fdk_fdinfo fi;
    fit_read_at(line, 0, fd, &fi);
    if (!(fi.have & FDK_FDINFO_HAVE_EVENTFD)) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, line, "HAVE_EVENTFD not set (have %#x)", fi.have);
    }
    if (fi.eventfd_count != want) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, line, "eventfd_count %#" PRIx64 ", expected %#" PRIx64,
                      fi.eventfd_count, want);
    }
    fdk_fdinfo_free(&fi);
}
#define check_count(fd, want) check_count_at(__LINE__, (fd), (want))

static void test_count(void)
{
    int fd = eventfd(0, EFD_CLOEXEC | EFD_SEMAPHORE);
    ASSERT_TRUE(fd >= 0);
    check_count(fd, 0);
    uint64_t v = 0x123456789aULL;
    ASSERT_EQ(write(fd, &v, 8), 8);
    check_count(fd, 0x123456789aULL);

    struct fdk_fdinfo fi;
    fit_read(0, fd, &fi);
    ASSERT_EQ(fi.eventfd_semaphore, 1);
    ASSERT_EQ(fi.have & FIT_HAVE_KIND_BITS, FDK_FDINFO_HAVE_EVENTFD);
    ASSERT_EQ(fi.have & FIT_HAVE_COMMON, FIT_HAVE_COMMON);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    ASSERT_EQ(fi.flags & O_ACCMODE, O_RDWR);
    fit_no_other(&fi);
    fdk_fdinfo_free(&fi);

    /* a semaphore read takes 1 */
    ASSERT_EQ(read(fd, &v, 8), 8);
    ASSERT_EQ_U64(v, 1);
    check_count(fd, 0x1234567899ULL);
    close(fd);

    /* the largest counter: 0xfffffffffffffffe */
    fd = eventfd(7, EFD_NONBLOCK);
    ASSERT_TRUE(fd >= 0);
    check_count(fd, 7);
    v = 0xfffffffffffffffeULL - 7;
    ASSERT_EQ(write(fd, &v, 8), 8);
    check_count(fd, 0xfffffffffffffffeULL);
    fit_read(0, fd, &fi);
    ASSERT_EQ(fi.eventfd_semaphore, 0);
    ASSERT_TRUE(fi.flags & O_NONBLOCK);
    ASSERT_EQ(fi.flags & O_CLOEXEC, 0);
    fit_no_other(&fi);
    fdk_fdinfo_free(&fi);
    /* a plain read empties it */
    ASSERT_EQ(read(fd, &v, 8), 8);
    check_count(fd, 0);
    close(fd);
}

static void test_ids(void)
{
    static char raw[4096];
    int a = eventfd(1, EFD_CLOEXEC), b = eventfd(2, EFD_CLOEXEC);
    ASSERT_TRUE(a >= 0 && b >= 0);
    struct fdk_fdinfo fa, fb;
    fit_read(0, a, &fa);
    fit_read(0, b, &fb);
    ASSERT_TRUE(fit_raw(0, a, raw, sizeof raw) > 0);
    unsigned long long id;
    if (fit_raw_field(raw, "eventfd-id:", "eventfd-id:", 10, &id) != 0) {
        /* an older kernel: no id line, so -1 (header) */
        ASSERT_EQ(fa.eventfd_id, -1);
        ASSERT_EQ(fb.eventfd_id, -1);
        printf("# no eventfd-id line on this kernel\n");
    } else {
        ASSERT_EQ(fa.eventfd_id, (long long)id);
        ASSERT_TRUE(fa.eventfd_id >= 0 && fb.eventfd_id >= 0);
        ASSERT_NE(fa.eventfd_id, fb.eventfd_id);
        ASSERT_TRUE(fa.have & FDK_FDINFO_HAVE_EVENTFD);
        ASSERT_EQ_U64(fa.eventfd_count, 1);
        ASSERT_EQ_U64(fb.eventfd_count, 2);
        /* a dup is the same eventfd: same id */
        int c = fcntl(a, F_DUPFD_CLOEXEC, 0);
        ASSERT_TRUE(c >= 0);
        struct fdk_fdinfo fc;
        fit_read(0, c, &fc);
        ASSERT_EQ(fc.eventfd_id, fa.eventfd_id);
        ASSERT_EQ_U64(fc.eventfd_count, 1);
        fdk_fdinfo_free(&fc);
        close(c);
    }
    if (fit_raw_field(raw, "eventfd-semaphore:", "eventfd-semaphore:", 10, &id) != 0)
        ASSERT_EQ(fa.eventfd_semaphore, -1);
    else
        ASSERT_EQ(fa.eventfd_semaphore, 0);
    fdk_fdinfo_free(&fa);
    fdk_fdinfo_free(&fb);
    close(a);
    close(b);
}

/* The same through fdk_fdinfo_parse() on the kernel's own text with a changed count. */
static void test_parse_kernel_layout(void)
{
    static const char t[] = "pos:\t0\nflags:\t02\nmnt_id:\t15\nino:\t1057\n"
                            "eventfd-count:         deadbeef\neventfd-id: 12\n"
                            "eventfd-semaphore: 1\n";
    struct fdk_fdinfo fi;
    ASSERT_OK(fdk_fdinfo_parse(t, sizeof t - 1, &fi));
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_EVENTFD);
    ASSERT_EQ_U64(fi.eventfd_count, 0xdeadbeefULL);
    ASSERT_EQ(fi.eventfd_id, 12);
    ASSERT_EQ(fi.eventfd_semaphore, 1);
    ASSERT_EQ(fi.mnt_id, 15);
    ASSERT_EQ_U64(fi.ino, 1057);
    ASSERT_EQ(fi.flags, 2);
    fit_no_other(&fi);
    fdk_fdinfo_free(&fi);

    /* proc(5)'s older layout: count only, so id and semaphore are -1 */
    static const char old[] = "pos:\t0\nflags:\t02\nmnt_id:\t10\neventfd-count:               40\n";
    ASSERT_OK(fdk_fdinfo_parse(old, sizeof old - 1, &fi));
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_EVENTFD);
    ASSERT_EQ_U64(fi.eventfd_count, 0x40);
    ASSERT_EQ(fi.eventfd_id, -1);
    ASSERT_EQ(fi.eventfd_semaphore, -1);
    ASSERT_EQ(fi.have & FDK_FDINFO_HAVE_INO, 0);
    fdk_fdinfo_free(&fi);
}

int main(void)
{
    fit_init();
    RUN(test_count);
    RUN(test_ids);
    RUN(test_parse_kernel_layout);
    return 0;
}
