/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/inotify.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_inotify: what every wrapper promises (CLOEXEC,
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
#include <sys/inotify.h>

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
static char fdk_test_buf[4096]; /* room for several maximal records */
static char fdk_test_dir[] = "/tmp/fdkit-inotify-gen-XXXXXX";
static fdk_inotify_tree *fdk_test_tree;

/* fdk_inotify_open() makes a CLOEXEC inotify; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_INOTIFY);
    ASSERT_OK(fdk_inotify_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_inotify_close(&h)); /* closing twice is a no-op */
}

/* FDK_INOTIFY_NONBLOCK gives O_NONBLOCK */
static void test_open_inotify_nonblock(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, FDK_INOTIFY_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_inotify_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_inotify_open(NULL, 0), EINVAL);
}

/* every bit outside FDK_INOTIFY_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_inotify a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_INOTIFY_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_inotify_open(&a_out, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_inotify_add() on a closed handle is -EBADF, outputs untouched */
static void test_add_bad_handle(void)
{
    fdk_inotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_inotify_add(bad, "/", FDK_INOTIFY_ATTRIB), EBADF);
}

/* fdk_inotify_add() with path = NULL is -EINVAL */
static void test_add_null_path(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add(h, NULL, FDK_INOTIFY_ATTRIB), EINVAL);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add(): every bit outside FDK_INOTIFY_MASK_ALL is -EINVAL */
static void test_add_unknown_mask(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        uint32_t f = (uint32_t)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_INOTIFY_MASK_ALL)
            continue;
        ASSERT_ERR(fdk_inotify_add(h, "/", f), EINVAL);
    }
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add_at() on a closed handle is -EBADF, outputs untouched */
static void test_add_at_bad_handle(void)
{
    fdk_inotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_inotify_add_at(bad, AT_FDCWD, "/", FDK_INOTIFY_ATTRIB), EBADF);
}

/* fdk_inotify_add_at() with dirfd = -1 is -EBADF */
static void test_add_at_negative_dirfd(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add_at(h, -1, "/", FDK_INOTIFY_ATTRIB), EBADF);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add_at() with path = NULL is -EINVAL */
static void test_add_at_null_path(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add_at(h, AT_FDCWD, NULL, FDK_INOTIFY_ATTRIB), EINVAL);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add_at(): every bit outside FDK_INOTIFY_MASK_ALL is -EINVAL */
static void test_add_at_unknown_mask(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        uint32_t f = (uint32_t)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_INOTIFY_MASK_ALL)
            continue;
        ASSERT_ERR(fdk_inotify_add_at(h, AT_FDCWD, "/", f), EINVAL);
    }
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_remove() on a closed handle is -EBADF, outputs untouched */
static void test_remove_bad_handle(void)
{
    fdk_inotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_inotify_remove(bad, 0), EBADF);
}

/* fdk_inotify_read() on a closed handle is -EBADF, outputs untouched */
static void test_read_bad_handle(void)
{
    fdk_inotify bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_inotify_read(bad, fdk_test_buf, sizeof fdk_test_buf), EBADF);
}

/* fdk_inotify_read() with buf = NULL is -EINVAL */
static void test_read_null_buf(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_read(h, NULL, sizeof fdk_test_buf), EINVAL);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_match_move() with buf = NULL is -EINVAL */
static void test_match_move_null_buf(void)
{
    struct fdk_inotify_event a_ret_to;
    memset(&a_ret_to, 0x5a, sizeof a_ret_to);
    ASSERT_ERR(fdk_inotify_match_move(NULL, 16, 0, 1, &a_ret_to), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_to, sizeof a_ret_to, 0x5a));
}

/* fdk_inotify_tree_new() with out = NULL is -EINVAL */
static void test_tree_new_null_out(void)
{
    ASSERT_ERR(fdk_inotify_tree_new(NULL, fdk_test_dir, FDK_INOTIFY_CREATE, 0), EINVAL);
}

/* fdk_inotify_tree_new() with root = NULL is -EINVAL */
static void test_tree_new_null_root(void)
{
    fdk_inotify_tree * a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_inotify_tree_new(&a_out, NULL, FDK_INOTIFY_CREATE, 0), EINVAL);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_inotify_tree_new(): every bit outside FDK_INOTIFY_MASK_ALL is -EINVAL */
static void test_tree_new_unknown_mask(void)
{
    fdk_inotify_tree * a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        uint32_t f = (uint32_t)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_INOTIFY_MASK_ALL)
            continue;
        ASSERT_ERR(fdk_inotify_tree_new(&a_out, fdk_test_dir, f, 0), EINVAL);
    }
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_inotify_tree_new(): every bit outside FDK_INOTIFY_TREE_ALL is -EINVAL */
static void test_tree_new_unknown_flags(void)
{
    fdk_inotify_tree * a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_INOTIFY_TREE_ALL)
            continue;
        ASSERT_ERR(fdk_inotify_tree_new(&a_out, fdk_test_dir, FDK_INOTIFY_CREATE, f), EINVAL);
    }
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_inotify_tree_fd() with tree = NULL is -EINVAL */
static void test_tree_fd_null_tree(void)
{
    ASSERT_ERR(fdk_inotify_tree_fd(NULL), EINVAL);
}

/* fdk_inotify_tree_read() with tree = NULL is -EINVAL */
static void test_tree_read_null_tree(void)
{
    struct fdk_inotify_tree_event a_evs[4];
    memset(a_evs, 0, sizeof a_evs);
    ASSERT_ERR(fdk_inotify_tree_read(NULL, a_evs, 4), EINVAL);
}

/* fdk_inotify_tree_read() with evs = NULL is -EINVAL */
static void test_tree_read_null_evs(void)
{
    ASSERT_ERR(fdk_inotify_tree_read(fdk_test_tree, NULL, 4), EINVAL);
}

/* fdk_inotify_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_inotify_close(NULL), EINVAL);
    fdk_inotify e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_inotify_release() with h = NULL is -EINVAL */
static void test_release_null_h(void)
{
    ASSERT_ERR(fdk_inotify_release(NULL), EINVAL);
}

/* fdk_inotify_next() with buf = NULL is -EINVAL */
static void test_next_null_buf(void)
{
    size_t a_pos;
    memset(&a_pos, 0x5a, sizeof a_pos);
    struct fdk_inotify_event a_ev;
    memset(&a_ev, 0x5a, sizeof a_ev);
    ASSERT_ERR(fdk_inotify_next(NULL, 16, &a_pos, &a_ev), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ev, sizeof a_ev, 0x5a));
}

/* fdk_inotify_next() with pos = NULL is -EINVAL */
static void test_next_null_pos(void)
{
    char a_buf[16] = {0};
    struct fdk_inotify_event a_ev;
    memset(&a_ev, 0x5a, sizeof a_ev);
    ASSERT_ERR(fdk_inotify_next(a_buf, 16, NULL, &a_ev), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ev, sizeof a_ev, 0x5a));
}

/* fdk_inotify_next() with ev = NULL is -EINVAL */
static void test_next_null_ev(void)
{
    char a_buf[16] = {0};
    size_t a_pos;
    memset(&a_pos, 0x5a, sizeof a_pos);
    ASSERT_ERR(fdk_inotify_next(a_buf, 16, &a_pos, NULL), EINVAL);
}

/* fdk_inotify_next(): the end of the buffer is 0, a position past it -EINVAL, nothing written */
static void test_next_end(void)
{
    static const unsigned char b[1] = {0};
    struct fdk_inotify_event ev;
    size_t pos = 0;
    memset(&ev, 0x5a, sizeof ev);
    ASSERT_EQ(fdk_inotify_next(b, 0, &pos, &ev), 0);
    ASSERT_EQ(fdk_inotify_next(NULL, 0, &pos, &ev), 0); /* an empty read */
    ASSERT_EQ(pos, 0);
    pos = 2;
    ASSERT_ERR(fdk_inotify_next(b, 1, &pos, &ev), EINVAL);
    ASSERT_EQ(pos, 2);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
}

/* fdk_inotify_next(): every malformed record is -EBADMSG, *pos and *ev untouched */
static void test_next_malformed(void)
{
    struct inotify_event h;
    unsigned char b[sizeof(struct inotify_event) + 64];
    struct fdk_inotify_event ev;
    size_t pos = 0;
    memset(&ev, 0x5a, sizeof ev);
    memset(b, 0, sizeof b);
    /* a header cut short */
    memset(&h, 0, sizeof h);
    h.len = 0;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_inotify_next(b, sizeof h - 1, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* a payload one byte past the buffer */
    memset(&h, 0, sizeof h);
    h.len = (uint32_t)(sizeof b - sizeof h + 1);
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_inotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* the largest length there is */
    memset(&h, 0, sizeof h);
    h.len = (uint32_t)-1;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_inotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* a record that is not a multiple of 4 bytes */
    memset(&h, 0, sizeof h);
    h.len = 1;
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_inotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
    /* a name without its NUL */
    memset(&h, 0, sizeof h);
    h.len = 4;
    memcpy(b + sizeof h, "abcd", 4);
    memcpy(b, &h, sizeof h);
    ASSERT_ERR(fdk_inotify_next(b, sizeof b, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, 0);
    ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));
}

/* fdk_inotify_next(): well-formed records decode field by field, one after the other */
static void test_next_records(void)
{
    struct inotify_event h;
    unsigned char b[2 * sizeof(struct inotify_event) + 4], u[sizeof b + 1];
    struct fdk_inotify_event ev;
    size_t pos = 0;
    memset(&h, 0, sizeof h);
    memset(b, 0, sizeof b);
    h.wd = (int)0x11;
    h.mask = (uint32_t)0x12;
    h.cookie = (uint32_t)0x13;
    h.len = 4;
    memcpy(b, &h, sizeof h);
    memcpy(b + sizeof h, "ab", 3);
    h.len = 0;
    memcpy(b + sizeof h + 4, &h, sizeof h);
    ASSERT_EQ(fdk_inotify_next(b, sizeof b, &pos, &ev), 1);
    ASSERT_EQ(pos, sizeof h + 4);
    ASSERT_EQ_U64(ev.wd, (int)0x11);
    ASSERT_EQ_U64(ev.mask, (uint32_t)0x12);
    ASSERT_EQ_U64(ev.cookie, (uint32_t)0x13);
    ASSERT_TRUE(ev.name == (const char *)b + sizeof h);
    ASSERT_EQ(ev.name_len, 2);
    ASSERT_STREQ(ev.name, "ab");
    ASSERT_EQ(fdk_inotify_next(b, sizeof b, &pos, &ev), 1);
    ASSERT_EQ(pos, sizeof b);
    ASSERT_EQ_U64(ev.wd, (int)0x11);
    ASSERT_EQ_U64(ev.mask, (uint32_t)0x12);
    ASSERT_EQ_U64(ev.cookie, (uint32_t)0x13);
    ASSERT_TRUE(ev.name == NULL);
    ASSERT_EQ(ev.name_len, 0);
    ASSERT_EQ(fdk_inotify_next(b, sizeof b, &pos, &ev), 0);
    ASSERT_EQ(pos, sizeof b);
    /* the same bytes at an odd address: the buffer need not be aligned */
    memcpy(u + 1, b, sizeof b);
    pos = 0;
    ASSERT_EQ(fdk_inotify_next(u + 1, sizeof b, &pos, &ev), 1);
    ASSERT_EQ(pos, sizeof h + 4);
    ASSERT_EQ_U64(ev.wd, (int)0x11);
    ASSERT_EQ_U64(ev.mask, (uint32_t)0x12);
    ASSERT_EQ_U64(ev.cookie, (uint32_t)0x13);
    /* the last record cut short by one byte */
    pos = sizeof h + 4;
    ASSERT_ERR(fdk_inotify_next(b, sizeof b - 1, &pos, &ev), EBADMSG);
    ASSERT_EQ(pos, sizeof h + 4);
}

/* fdk_inotify_read(): no event queued */
static void test_errno_read_eagain_0(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, FDK_INOTIFY_NONBLOCK));
    ASSERT_ERR(fdk_inotify_read(h, fdk_test_buf, sizeof fdk_test_buf), EAGAIN);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_read(): a buffer one byte short of a maximal record is refused */
static void test_errno_read_einval_1(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_read(h, fdk_test_buf, 271), EINVAL);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add(): a missing path */
static void test_errno_add_enoent_2(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add(h, "/nonexistent/fdkit", FDK_INOTIFY_ATTRIB), ENOENT);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add(): ONLYDIR on a file */
static void test_errno_add_enotdir_3(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add(h, "/dev/null", FDK_INOTIFY_ATTRIB | FDK_INOTIFY_ONLYDIR), ENOTDIR);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add(): MASK_ADD and MASK_CREATE exclude each other */
static void test_errno_add_einval_4(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add(h, "/", FDK_INOTIFY_ATTRIB | FDK_INOTIFY_MASK_ADD | FDK_INOTIFY_MASK_CREATE), EINVAL);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add(): a bit only the kernel reports */
static void test_errno_add_einval_5(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add(h, "/", FDK_INOTIFY_ATTRIB | FDK_INOTIFY_IGNORED), EINVAL);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add(): a mask without an event */
static void test_errno_add_einval_6(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add(h, "/", FDK_INOTIFY_ONLYDIR), EINVAL);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_remove(): a wd never handed out */
static void test_errno_remove_einval_7(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_remove(h, 12345), EINVAL);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_add_at(): a missing relative path */
static void test_errno_add_at_enoent_8(void)
{
    fdk_inotify h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_inotify_open(&h, 0));
    ASSERT_ERR(fdk_inotify_add_at(h, AT_FDCWD, "nonexistent-fdkit", FDK_INOTIFY_ATTRIB), ENOENT);
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_tree_new(): a missing root */
static void test_errno_tree_new_enoent_9(void)
{
    fdk_inotify_tree * a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_inotify_tree_new(&a_out, "/nonexistent/fdkit", FDK_INOTIFY_CREATE, 0), ENOENT);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_inotify_tree_new(): a root that is not a directory */
static void test_errno_tree_new_enotdir_10(void)
{
    fdk_inotify_tree * a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_inotify_tree_new(&a_out, "/dev/null", FDK_INOTIFY_CREATE, 0), ENOTDIR);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_inotify_tree_new(): ONESHOT makes no sense for a tree */
static void test_errno_tree_new_einval_11(void)
{
    fdk_inotify_tree * a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_inotify_tree_new(&a_out, fdk_test_dir, FDK_INOTIFY_CREATE | FDK_INOTIFY_ONESHOT, 0), EINVAL);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_inotify_tree_read(): nothing happened in the tree */
static void test_errno_tree_read_eagain_12(void)
{
    struct fdk_inotify_tree_event a_evs[4];
    memset(a_evs, 0, sizeof a_evs);
    ASSERT_ERR(fdk_inotify_tree_read(fdk_test_tree, a_evs, 4), EAGAIN);
}

/* fdk_inotify_read(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_read_errnos(void)
{
    fdk_inotify h = fdk_inotify_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("read", 1, 1, errs[i]);
        ASSERT_ERR(fdk_inotify_read(h, fdk_test_buf, sizeof fdk_test_buf), errs[i]);
        ASSERT_EQ(fdk_inject_calls("read"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_read(): EINTR is returned, not retried */
static void test_inject_read_eintr(void)
{
    fdk_inotify h = fdk_inotify_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_ERR(fdk_inotify_read(h, fdk_test_buf, sizeof fdk_test_buf), EINTR);
    ASSERT_EQ(fdk_inject_calls("read"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_inotify_close(&h));
}

/* fdk_inotify_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_inotify z = fdk_inotify_adopt(nfd);
    ASSERT_ERR(fdk_inotify_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_inotify_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_inotify_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_inotify a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_inotify_open(&a_out, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_inotify_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_inotify_add_at() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_add_at(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_inotify_add_at()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_inotify in = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_inotify_open(&in, 0));
        int dir = open("/tmp", O_PATH | O_DIRECTORY | O_CLOEXEC);
        ASSERT_TRUE(dir >= 0);
        fdk_exhaust_limit(&x);
        int rc = fdk_inotify_add_at(in, dir, ".", FDK_INOTIFY_ATTRIB);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_TRUE(rc >= 1);
        }
        ASSERT_EQ(close(dir), 0);
        ASSERT_OK(fdk_inotify_close(&in));
    }
    fdk_exhaust_done(&x);
}

/* fdk_inotify_tree_new() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_tree_new(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_inotify_tree_new()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        char root[] = "/tmp/fdkit-inotify-exh-XXXXXX";
        ASSERT_TRUE(mkdtemp(root) != NULL);
        snprintf(fdk_test_buf, sizeof fdk_test_buf, "%s/sub", root);
        ASSERT_EQ(mkdir(fdk_test_buf, 0700), 0);
        fdk_inotify_tree *t = (fdk_inotify_tree *)&t;
        fdk_exhaust_limit(&x);
        int rc = fdk_inotify_tree_new(&t, root, FDK_INOTIFY_CREATE, FDK_INOTIFY_NONBLOCK);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_inotify_tree_free(t));
        } else {
            ASSERT_TRUE(t == (fdk_inotify_tree *)&t);
        }
        ASSERT_EQ(rmdir(fdk_test_buf), 0);
        ASSERT_EQ(rmdir(root), 0);
    }
    fdk_exhaust_done(&x);
}

/* fdk_inotify_tree_read() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_tree_read(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_inotify_tree_read()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        char root[] = "/tmp/fdkit-inotify-exh-XXXXXX";
        ASSERT_TRUE(mkdtemp(root) != NULL);
        fdk_inotify_tree *t = NULL;
        ASSERT_OK(fdk_inotify_tree_new(&t, root, FDK_INOTIFY_CREATE, FDK_INOTIFY_NONBLOCK));
        snprintf(fdk_test_buf, sizeof fdk_test_buf, "%s/sub", root);
        ASSERT_EQ(mkdir(fdk_test_buf, 0700), 0);
        struct fdk_inotify_tree_event evs[8];
        fdk_exhaust_limit(&x);
        int rc = fdk_inotify_tree_read(t, evs, 8);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_TRUE(rc >= 1);
        }
        ASSERT_OK(fdk_inotify_tree_free(t));
        ASSERT_EQ(rmdir(fdk_test_buf), 0);
        ASSERT_EQ(rmdir(root), 0);
    }
    fdk_exhaust_done(&x);
}

/* fdk_inotify_open(): each errno row inotify_init1() can give comes back as itself, nothing made */
static void test_drive_open(void)
{
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inotify a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("inotify_init1", 1, 1, errs[i]);
        ASSERT_ERR(fdk_inotify_open(&a_out, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from inotify_init1() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_inotify_add(): each errno row inotify_add_watch() can give comes back as itself, nothing made */
static void test_drive_add(void)
{
    static const int errs[] = {EACCES, EBADF, EEXIST, EFAULT, EINVAL, ELOOP, ENAMETOOLONG, ENOENT, ENOMEM, ENOSPC, ENOTDIR};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inotify h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_inotify_open(&h, 0));
        fdk_inject_reset();
        fdk_inject_fail("inotify_add_watch", 1, 1, errs[i]);
        ASSERT_ERR(fdk_inotify_add(h, "/", FDK_INOTIFY_ATTRIB), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from inotify_add_watch() */
        fdk_inject_reset();
        ASSERT_OK(fdk_inotify_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_inotify_add_at(): each errno row inotify_add_watch() can give comes back as itself, nothing made */
static void test_drive_add_at(void)
{
    static const int errs[] = {EACCES, EBADF, EEXIST, EINVAL, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENOENT, ENOMEM, ENOSPC, ENOTDIR};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inotify h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_inotify_open(&h, 0));
        fdk_inject_reset();
        fdk_inject_fail("inotify_add_watch", 1, 1, errs[i]);
        ASSERT_ERR(fdk_inotify_add_at(h, AT_FDCWD, "/", FDK_INOTIFY_ATTRIB), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from inotify_add_watch() */
        fdk_inject_reset();
        ASSERT_OK(fdk_inotify_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_inotify_tree_new(): each errno row inotify_init1() can give comes back as itself, nothing made */
static void test_drive_tree_new(void)
{
    static const int errs[] = {EACCES, EINVAL, EMFILE, ENFILE, ENOENT, ENOMEM, ENOSPC, ENOTDIR};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inotify_tree * a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("inotify_init1", 1, 1, errs[i]);
        ASSERT_ERR(fdk_inotify_tree_new(&a_out, fdk_test_dir, FDK_INOTIFY_CREATE, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from inotify_init1() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
    }
    fdk_inject_reset();
}

int main(void)
{
    ASSERT_TRUE(mkdtemp(fdk_test_dir) != NULL);
    ASSERT_OK(fdk_inotify_tree_new(&fdk_test_tree, fdk_test_dir, FDK_INOTIFY_CREATE, FDK_INOTIFY_NONBLOCK));
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_inotify_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_add_bad_handle);
    RUN(test_add_null_path);
    RUN(test_add_unknown_mask);
    RUN(test_add_at_bad_handle);
    RUN(test_add_at_negative_dirfd);
    RUN(test_add_at_null_path);
    RUN(test_add_at_unknown_mask);
    RUN(test_remove_bad_handle);
    RUN(test_read_bad_handle);
    RUN(test_read_null_buf);
    RUN(test_match_move_null_buf);
    RUN(test_tree_new_null_out);
    RUN(test_tree_new_null_root);
    RUN(test_tree_new_unknown_mask);
    RUN(test_tree_new_unknown_flags);
    RUN(test_tree_fd_null_tree);
    RUN(test_tree_read_null_tree);
    RUN(test_tree_read_null_evs);
    RUN(test_close_null_and_empty);
    RUN(test_release_null_h);
    RUN(test_next_null_buf);
    RUN(test_next_null_pos);
    RUN(test_next_null_ev);
    RUN(test_next_end);
    RUN(test_next_malformed);
    RUN(test_next_records);
    RUN(test_errno_read_eagain_0);
    RUN(test_errno_read_einval_1);
    RUN(test_errno_add_enoent_2);
    RUN(test_errno_add_enotdir_3);
    RUN(test_errno_add_einval_4);
    RUN(test_errno_add_einval_5);
    RUN(test_errno_add_einval_6);
    RUN(test_errno_remove_einval_7);
    RUN(test_errno_add_at_enoent_8);
    RUN(test_errno_tree_new_enoent_9);
    RUN(test_errno_tree_new_enotdir_10);
    RUN(test_errno_tree_new_einval_11);
    RUN(test_errno_tree_read_eagain_12);
    RUN(test_inject_read_errnos);
    RUN(test_inject_read_eintr);
    RUN(test_close_stale_fd);
    RUN(test_exhaust_open);
    RUN(test_exhaust_add_at);
    RUN(test_exhaust_tree_new);
    RUN(test_exhaust_tree_read);
    RUN(test_drive_open);
    RUN(test_drive_add);
    RUN(test_drive_add_at);
    RUN(test_drive_tree_new);
    ASSERT_OK(fdk_inotify_tree_free(fdk_test_tree));
    ASSERT_EQ(rmdir(fdk_test_dir), 0);
    return 0;
}
