/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fanotify.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_fanotify: what every wrapper promises (CLOEXEC,
 * NONBLOCK only on request, -EBADF for a bad fd, -EINVAL for NULL or unknown
 * bits before any system call, out-parameters untouched on failure, close
 * idempotent, no fd leaked), the spec's errno cases, and each constructor
 * under descriptor exhaustion.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-exhaust.h"

#include <stdint.h>
#include <string.h>
#include <fcntl.h>
#include <sys/fanotify.h>

/* 1 if every byte of p is b: out-parameters keep their fill on failure. */
static __attribute__((unused)) int bytes_are(const void *p, size_t n, unsigned char b)
{
    const unsigned char *c = p;
    size_t i;
    for (i = 0; i < n; i++)
        if (c[i] != b)
            return 0;
    return 1;
}

/* The fixture every case may use (spec tests.globals / setup / teardown). */
static char fdk_test_buf[4096];

/* fdk_fanotify_open() makes a CLOEXEC fanotify; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_FANOTIFY);
    ASSERT_OK(fdk_fanotify_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_fanotify_close(&h)); /* closing twice is a no-op */
}

/* FDK_FANOTIFY_NONBLOCK gives O_NONBLOCK */
static void test_open_fanotify_nonblock(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_NONBLOCK, 0));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_fanotify_open(NULL, FDK_FANOTIFY_REPORT_FID, 0), EINVAL);
}

/* every bit outside FDK_FANOTIFY_INIT_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_fanotify a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FANOTIFY_INIT_ALL)
            continue;
        ASSERT_ERR(fdk_fanotify_open(&a_out, f, 0), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* every bit outside FDK_FANOTIFY_EVENT_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_event_f_flags(void)
{
    fdk_fanotify a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FANOTIFY_EVENT_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_fanotify_open(&a_out, FDK_FANOTIFY_REPORT_FID, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_fanotify_mark() on a closed handle is -EBADF, outputs untouched */
static void test_mark_bad_handle(void)
{
    fdk_fanotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_fanotify_mark(bad, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, AT_FDCWD, "/tmp"), EBADF);
}

/* fdk_fanotify_mark() with dirfd = -1 is -EBADF */
static void test_mark_negative_dirfd(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, -1, "/tmp"), EBADF);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): every bit outside FDK_FANOTIFY_MARK_ALL is -EINVAL */
static void test_mark_unknown_flags(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FANOTIFY_MARK_ALL)
            continue;
        ASSERT_ERR(fdk_fanotify_mark(h, f, FDK_FANOTIFY_CREATE, AT_FDCWD, "/tmp"), EINVAL);
    }
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): every bit outside FDK_FANOTIFY_MASK_ALL is -EINVAL */
static void test_mark_unknown_mask(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    int bit;
    for (bit = 0; bit < 64; bit++) {
        uint64_t f = (uint64_t)((uint64_t)1 << bit);
        if ((uint64_t)f & (uint64_t)FDK_FANOTIFY_MASK_ALL)
            continue;
        ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD, f, AT_FDCWD, "/tmp"), EINVAL);
    }
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_read() on a closed handle is -EBADF, outputs untouched */
static void test_read_bad_handle(void)
{
    fdk_fanotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_fanotify_read(bad, fdk_test_buf, sizeof fdk_test_buf), EBADF);
}

/* fdk_fanotify_read() with buf = NULL is -EINVAL */
static void test_read_null_buf(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_read(h, NULL, sizeof fdk_test_buf), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_respond() on a closed handle is -EBADF, outputs untouched */
static void test_respond_bad_handle(void)
{
    fdk_fanotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_fanotify_respond(bad, 0, FDK_FANOTIFY_ALLOW), EBADF);
}

/* fdk_fanotify_respond() with event_fd = -1 is -EBADF */
static void test_respond_negative_event_fd(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_respond(h, -1, FDK_FANOTIFY_ALLOW), EBADF);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_respond(): every bit outside FDK_FANOTIFY_RESPONSE_ALL is -EINVAL */
static void test_respond_unknown_response(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FANOTIFY_RESPONSE_ALL)
            continue;
        ASSERT_ERR(fdk_fanotify_respond(h, 0, f), EINVAL);
    }
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_deny_errno() on a closed handle is -EBADF, outputs untouched */
static void test_deny_errno_bad_handle(void)
{
    fdk_fanotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_fanotify_deny_errno(bad, 0, EIO), EBADF);
}

/* fdk_fanotify_deny_errno() with event_fd = -1 is -EBADF */
static void test_deny_errno_negative_event_fd(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_deny_errno(h, -1, EIO), EBADF);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_respond_audit() on a closed handle is -EBADF, outputs untouched */
static void test_respond_audit_bad_handle(void)
{
    fdk_fanotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_fanotify_respond_audit(bad, 0, FDK_FANOTIFY_ALLOW, 0, 0, 0), EBADF);
}

/* fdk_fanotify_respond_audit() with event_fd = -1 is -EBADF */
static void test_respond_audit_negative_event_fd(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_respond_audit(h, -1, FDK_FANOTIFY_ALLOW, 0, 0, 0), EBADF);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_respond_audit(): every bit outside FDK_FANOTIFY_RESPONSE_ALL is -EINVAL */
static void test_respond_audit_unknown_response(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FANOTIFY_RESPONSE_ALL)
            continue;
        ASSERT_ERR(fdk_fanotify_respond_audit(h, 0, f, 0, 0, 0), EINVAL);
    }
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_event_close() with ev = NULL is -EINVAL */
static void test_event_close_null_ev(void)
{
    ASSERT_ERR(fdk_fanotify_event_close(NULL), EINVAL);
}

/* fdk_fanotify_close_from() with buf = NULL is -EINVAL */
static void test_close_from_null_buf(void)
{
    ASSERT_ERR(fdk_fanotify_close_from(NULL, 16, 0), EINVAL);
}

/* fdk_fanotify_open_fid() with mount_fd = -1 is -EBADF */
static void test_open_fid_negative_mount_fd(void)
{
    struct fdk_fanotify_fid a_fid;
    memset(&a_fid, 0, sizeof a_fid);
    ASSERT_ERR(fdk_fanotify_open_fid(-1, &a_fid, 0), EBADF);
}

/* fdk_fanotify_open_fid() with fid = NULL is -EINVAL */
static void test_open_fid_null_fid(void)
{
    ASSERT_ERR(fdk_fanotify_open_fid(0, NULL, 0), EINVAL);
}

/* fdk_fanotify_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_fanotify_close(NULL), EINVAL);
    fdk_fanotify e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_fanotify_next() with buf = NULL is -EINVAL */
static void test_next_null_buf(void)
{
    size_t a_pos;
    memset(&a_pos, 0x5a, sizeof a_pos);
    struct fdk_fanotify_event a_ev;
    memset(&a_ev, 0x5a, sizeof a_ev);
    ASSERT_ERR(fdk_fanotify_next(NULL, 16, &a_pos, &a_ev), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ev, sizeof a_ev, 0x5a));
}

/* fdk_fanotify_next() with pos = NULL is -EINVAL */
static void test_next_null_pos(void)
{
    char a_buf[16] = {0};
    struct fdk_fanotify_event a_ev;
    memset(&a_ev, 0x5a, sizeof a_ev);
    ASSERT_ERR(fdk_fanotify_next(a_buf, 16, NULL, &a_ev), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ev, sizeof a_ev, 0x5a));
}

/* fdk_fanotify_next() with ev = NULL is -EINVAL */
static void test_next_null_ev(void)
{
    char a_buf[16] = {0};
    size_t a_pos;
    memset(&a_pos, 0x5a, sizeof a_pos);
    ASSERT_ERR(fdk_fanotify_next(a_buf, 16, &a_pos, NULL), EINVAL);
}

/* fdk_fanotify_next(): the end of the buffer is 0, a position past it -EINVAL, nothing written */
static void test_next_end(void)
{
    static const unsigned char b[1] = {0};
    struct fdk_fanotify_event ev;
    size_t pos = 0;
    memset(&ev, 0x5a, sizeof ev);
    ASSERT_EQ(fdk_fanotify_next(b, 0, &pos, &ev), 0);
    ASSERT_EQ(fdk_fanotify_next(NULL, 0, &pos, &ev), 0); /* an empty read */
    ASSERT_EQ(pos, 0);
    pos = 2;
    ASSERT_ERR(fdk_fanotify_next(b, 1, &pos, &ev), EINVAL);
    ASSERT_EQ(pos, 2);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
}

/* fdk_fanotify_next(): every malformed record is -EBADMSG, *pos and *ev untouched */
static void test_next_malformed(void)
{
    struct fanotify_event_metadata h;
    unsigned char b[sizeof(struct fanotify_event_metadata) + 64];
    struct fdk_fanotify_event ev;
    size_t pos = 0;
    memset(&ev, 0x5a, sizeof ev);
    memset(b, 0, sizeof b);
    /* a header cut short */
    memset(&h, 0, sizeof h);
    h.vers = FANOTIFY_METADATA_VERSION;
    h.metadata_len = sizeof h;
    h.event_len = sizeof h;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_fanotify_next(b, sizeof h - 1, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* a zero length, which would never advance */
    memset(&h, 0, sizeof h);
    h.vers = FANOTIFY_METADATA_VERSION;
    h.metadata_len = sizeof h;
    h.event_len = 0;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_fanotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* a length shorter than the header */
    memset(&h, 0, sizeof h);
    h.vers = FANOTIFY_METADATA_VERSION;
    h.metadata_len = sizeof h;
    h.event_len = sizeof h - 1;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_fanotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* a record one byte past the buffer */
    memset(&h, 0, sizeof h);
    h.vers = FANOTIFY_METADATA_VERSION;
    h.metadata_len = sizeof h;
    h.event_len = sizeof b + 1;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_fanotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* a record that is not a multiple of 4 bytes */
    memset(&h, 0, sizeof h);
    h.vers = FANOTIFY_METADATA_VERSION;
    h.metadata_len = sizeof h;
    h.event_len = sizeof h + 1;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_fanotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* metadata_len inside the header */
    memset(&h, 0, sizeof h);
    h.vers = FANOTIFY_METADATA_VERSION;
    h.metadata_len = sizeof h;
    h.event_len = sizeof h;
    h.metadata_len = sizeof h - 1;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_fanotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* metadata_len past the record */
    memset(&h, 0, sizeof h);
    h.vers = FANOTIFY_METADATA_VERSION;
    h.metadata_len = sizeof h;
    h.event_len = sizeof h;
    h.metadata_len = sizeof h + 1;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_fanotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
}

/* fdk_fanotify_next(): well-formed records decode field by field, one after the other */
static void test_next_records(void)
{
    struct fanotify_event_metadata h;
    unsigned char b[2 * sizeof(struct fanotify_event_metadata) + 0], u[sizeof b + 1];
    struct fdk_fanotify_event ev;
    size_t pos = 0;
    memset(&h, 0, sizeof h);
    memset(b, 0, sizeof b);
    h.vers = FANOTIFY_METADATA_VERSION;
    h.mask = (uint64_t)0x11;
    h.fd = (int)0x12;
    h.pid = (int)0x13;
    h.event_len = sizeof h + 0;
    h.metadata_len = sizeof h;
    memcpy(b, &h, sizeof h);
    h.event_len = sizeof h;
    memcpy(b + sizeof h + 0, &h, sizeof h);
    ASSERT_EQ(fdk_fanotify_next(b, sizeof b, &pos, &ev), 1);
    ASSERT_EQ(pos, sizeof h + 0);
    ASSERT_EQ_U64(ev.mask, (uint64_t)0x11);
    ASSERT_EQ_U64(ev.fd, (int)0x12);
    ASSERT_EQ_U64(ev.pid, (int)0x13);
    ASSERT_EQ(fdk_fanotify_next(b, sizeof b, &pos, &ev), 1);
    ASSERT_EQ(pos, sizeof b);
    ASSERT_EQ_U64(ev.mask, (uint64_t)0x11);
    ASSERT_EQ_U64(ev.fd, (int)0x12);
    ASSERT_EQ_U64(ev.pid, (int)0x13);
    ASSERT_EQ(fdk_fanotify_next(b, sizeof b, &pos, &ev), 0);
    ASSERT_EQ(pos, sizeof b);
    /* the same bytes at an odd address: the buffer need not be aligned */
    memcpy(u + 1, b, sizeof b);
    pos = 0;
    ASSERT_EQ(fdk_fanotify_next(u + 1, sizeof b, &pos, &ev), 1);
    ASSERT_EQ(pos, sizeof h + 0);
    ASSERT_EQ_U64(ev.mask, (uint64_t)0x11);
    ASSERT_EQ_U64(ev.fd, (int)0x12);
    ASSERT_EQ_U64(ev.pid, (int)0x13);
    /* the last record cut short by one byte */
    pos = sizeof h + 0;
    ASSERT_ERR(fdk_fanotify_next(b, sizeof b - 1, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, sizeof h + 0);
}

/* fdk_fanotify_read(): no event queued */
static void test_errno_read_eagain_0(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_NONBLOCK, 0));
    ASSERT_ERR(fdk_fanotify_read(h, fdk_test_buf, sizeof fdk_test_buf), EAGAIN);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_read(): a buffer below a page is refused */
static void test_errno_read_einval_1(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_read(h, fdk_test_buf, 4095), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): two commands */
static void test_errno_mark_einval_2(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_REMOVE, FDK_FANOTIFY_CREATE, AT_FDCWD, "/tmp"), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): no command */
static void test_errno_mark_einval_3(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_DONT_FOLLOW, FDK_FANOTIFY_CREATE, AT_FDCWD, "/tmp"), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): adding no event */
static void test_errno_mark_einval_4(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD, 0, AT_FDCWD, "/tmp"), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): a bit only the kernel reports */
static void test_errno_mark_einval_5(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_Q_OVERFLOW, AT_FDCWD, "/tmp"), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): two mark types */
static void test_errno_mark_einval_6(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_MOUNT | FDK_FANOTIFY_MARK_FILESYSTEM, FDK_FANOTIFY_CREATE, AT_FDCWD, "/tmp"), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): a missing path */
static void test_errno_mark_enoent_7(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, AT_FDCWD, "/nonexistent/fdkit"), ENOENT);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): ONLYDIR on a file */
static void test_errno_mark_enotdir_8(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_ONLYDIR, FDK_FANOTIFY_CREATE, AT_FDCWD, "/dev/null"), ENOTDIR);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_respond(): allow and deny at once */
static void test_errno_respond_einval_9(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_respond(h, 0, FDK_FANOTIFY_ALLOW | FDK_FANOTIFY_DENY), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_respond(): neither allow nor deny */
static void test_errno_respond_einval_10(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_respond(h, 0, FDK_FANOTIFY_AUDIT), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_deny_errno(): an errno a denied open may not report */
static void test_errno_deny_errno_einval_11(void)
{
    fdk_fanotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fanotify_open(&h, FDK_FANOTIFY_REPORT_FID, 0));
    ASSERT_ERR(fdk_fanotify_deny_errno(h, 0, ENOENT), EINVAL);
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_mark_errnos(void)
{
    fdk_fanotify h = fdk_fanotify_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EACCES, EBADF, EEXIST, EINVAL, ENODEV, ENOENT, ENOMEM, ENOSPC, ENOTDIR, EOPNOTSUPP, EPERM, EXDEV};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fanotify_mark", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, AT_FDCWD, "/tmp"), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fanotify_mark"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_mark(): EINTR is retried */
static void test_inject_mark_eintr(void)
{
    fdk_fanotify h = fdk_fanotify_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("fanotify_mark", 1, 1, EINTR);
    fdk_inject_fail("fanotify_mark", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_fanotify_mark(h, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, AT_FDCWD, "/tmp"), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("fanotify_mark"), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_read(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_read_errnos(void)
{
    fdk_fanotify h = fdk_fanotify_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EMFILE, ENFILE, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("read", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fanotify_read(h, fdk_test_buf, sizeof fdk_test_buf), errs[i]);
        ASSERT_EQ(fdk_inject_calls("read"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_read(): EINTR is returned, not retried */
static void test_inject_read_eintr(void)
{
    fdk_fanotify h = fdk_fanotify_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_ERR(fdk_fanotify_read(h, fdk_test_buf, sizeof fdk_test_buf), EINTR);
    ASSERT_EQ(fdk_inject_calls("read"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_fanotify_close(&h));
}

/* fdk_fanotify_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_fanotify z = fdk_fanotify_adopt(nfd);
    ASSERT_ERR(fdk_fanotify_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_fanotify_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_fanotify h = fdk_fanotify_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_fanotify_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_fanotify g = fdk_fanotify_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_fanotify_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_fanotify_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_fanotify_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_fanotify a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_fanotify_open(&a_out, FDK_FANOTIFY_REPORT_FID, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_fanotify_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_fanotify_open(): each errno row fanotify_init() can give comes back as itself, nothing made */
static void test_drive_open(void)
{
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENOMEM, ENOSYS, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_fanotify a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("fanotify_init", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fanotify_open(&a_out, FDK_FANOTIFY_REPORT_FID, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from fanotify_init() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_fanotify_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_open_unknown_event_f_flags);
    RUN(test_mark_bad_handle);
    RUN(test_mark_negative_dirfd);
    RUN(test_mark_unknown_flags);
    RUN(test_mark_unknown_mask);
    RUN(test_read_bad_handle);
    RUN(test_read_null_buf);
    RUN(test_respond_bad_handle);
    RUN(test_respond_negative_event_fd);
    RUN(test_respond_unknown_response);
    RUN(test_deny_errno_bad_handle);
    RUN(test_deny_errno_negative_event_fd);
    RUN(test_respond_audit_bad_handle);
    RUN(test_respond_audit_negative_event_fd);
    RUN(test_respond_audit_unknown_response);
    RUN(test_event_close_null_ev);
    RUN(test_close_from_null_buf);
    RUN(test_open_fid_negative_mount_fd);
    RUN(test_open_fid_null_fid);
    RUN(test_close_null_and_empty);
    RUN(test_next_null_buf);
    RUN(test_next_null_pos);
    RUN(test_next_null_ev);
    RUN(test_next_end);
    RUN(test_next_malformed);
    RUN(test_next_records);
    RUN(test_errno_read_eagain_0);
    RUN(test_errno_read_einval_1);
    RUN(test_errno_mark_einval_2);
    RUN(test_errno_mark_einval_3);
    RUN(test_errno_mark_einval_4);
    RUN(test_errno_mark_einval_5);
    RUN(test_errno_mark_einval_6);
    RUN(test_errno_mark_enoent_7);
    RUN(test_errno_mark_enotdir_8);
    RUN(test_errno_respond_einval_9);
    RUN(test_errno_respond_einval_10);
    RUN(test_errno_deny_errno_einval_11);
    RUN(test_inject_mark_errnos);
    RUN(test_inject_mark_eintr);
    RUN(test_inject_read_errnos);
    RUN(test_inject_read_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open);
    RUN(test_drive_open);
    return 0;
}
