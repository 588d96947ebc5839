/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/mq.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_mq: what every wrapper promises (CLOEXEC,
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
#include <mqueue.h>

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
static char fdk_test_qname[64];
static char fdk_test_buf[8192];

/* fdk_mq_open() makes a CLOEXEC mq; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_MQ);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_mq_close(&h)); /* closing twice is a no-op */
}

/* FDK_MQ_NONBLOCK gives O_NONBLOCK */
static void test_open_mq_nonblock(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_NONBLOCK, 0600, NULL));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_mq_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_mq_open(NULL, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL), EINVAL);
}

/* every bit outside FDK_MQ_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_mq a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_MQ_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_mq_open(&a_out, fdk_test_qname, f, 0600, NULL), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_mq_unlink() with name = NULL is -EINVAL */
static void test_unlink_null_name(void)
{
    ASSERT_ERR(fdk_mq_unlink(NULL), EINVAL);
}

/* fdk_mq_send() on a closed handle is -EBADF, outputs untouched */
static void test_send_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    char a_msg[16] = {0};
    ASSERT_ERR(fdk_mq_send(bad, a_msg, 1, 0), EBADF);
}

/* fdk_mq_send() with msg = NULL is -EINVAL */
static void test_send_null_msg(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL));
    ASSERT_ERR(fdk_mq_send(h, NULL, 1, 0), EINVAL);
    ASSERT_OK(fdk_mq_close(&h));
}

/* fdk_mq_send_until() on a closed handle is -EBADF, outputs untouched */
static void test_send_until_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    char a_msg[16] = {0};
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    ASSERT_ERR(fdk_mq_send_until(bad, a_msg, 1, 0, &a_deadline), EBADF);
}

/* fdk_mq_send_until() with msg = NULL is -EINVAL */
static void test_send_until_null_msg(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL));
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    ASSERT_ERR(fdk_mq_send_until(h, NULL, 1, 0, &a_deadline), EINVAL);
    ASSERT_OK(fdk_mq_close(&h));
}

/* fdk_mq_receive() on a closed handle is -EBADF, outputs untouched */
static void test_receive_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    unsigned int a_ret_prio;
    memset(&a_ret_prio, 0x5a, sizeof a_ret_prio);
    ASSERT_ERR(fdk_mq_receive(bad, fdk_test_buf, sizeof fdk_test_buf, &a_ret_prio), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_prio, sizeof a_ret_prio, 0x5a));
}

/* fdk_mq_receive() with buf = NULL is -EINVAL */
static void test_receive_null_buf(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL));
    unsigned int a_ret_prio;
    memset(&a_ret_prio, 0x5a, sizeof a_ret_prio);
    ASSERT_ERR(fdk_mq_receive(h, NULL, sizeof fdk_test_buf, &a_ret_prio), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_prio, sizeof a_ret_prio, 0x5a));
    ASSERT_OK(fdk_mq_close(&h));
}

/* fdk_mq_receive_until() on a closed handle is -EBADF, outputs untouched */
static void test_receive_until_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    unsigned int a_ret_prio;
    memset(&a_ret_prio, 0x5a, sizeof a_ret_prio);
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    ASSERT_ERR(fdk_mq_receive_until(bad, fdk_test_buf, sizeof fdk_test_buf, &a_ret_prio, &a_deadline), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_prio, sizeof a_ret_prio, 0x5a));
}

/* fdk_mq_receive_until() with buf = NULL is -EINVAL */
static void test_receive_until_null_buf(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL));
    unsigned int a_ret_prio;
    memset(&a_ret_prio, 0x5a, sizeof a_ret_prio);
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    ASSERT_ERR(fdk_mq_receive_until(h, NULL, sizeof fdk_test_buf, &a_ret_prio, &a_deadline), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_prio, sizeof a_ret_prio, 0x5a));
    ASSERT_OK(fdk_mq_close(&h));
}

/* fdk_mq_get_attr() on a closed handle is -EBADF, outputs untouched */
static void test_get_attr_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    struct fdk_mq_attr a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_mq_get_attr(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_mq_get_attr() with out = NULL is -EINVAL */
static void test_get_attr_null_out(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL));
    ASSERT_ERR(fdk_mq_get_attr(h, NULL), EINVAL);
    ASSERT_OK(fdk_mq_close(&h));
}

/* fdk_mq_set_nonblock() on a closed handle is -EBADF, outputs untouched */
static void test_set_nonblock_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_mq_set_nonblock(bad, 0), EBADF);
}

/* fdk_mq_depth() on a closed handle is -EBADF, outputs untouched */
static void test_depth_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_mq_depth(bad), EBADF);
}

/* fdk_mq_is_full() on a closed handle is -EBADF, outputs untouched */
static void test_is_full_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_mq_is_full(bad), EBADF);
}

/* fdk_mq_is_empty() on a closed handle is -EBADF, outputs untouched */
static void test_is_empty_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_mq_is_empty(bad), EBADF);
}

/* fdk_mq_notify_signal() on a closed handle is -EBADF, outputs untouched */
static void test_notify_signal_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_mq_notify_signal(bad, SIGUSR1, 0), EBADF);
}

/* fdk_mq_notify_none() on a closed handle is -EBADF, outputs untouched */
static void test_notify_none_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_mq_notify_none(bad), EBADF);
}

/* fdk_mq_notify_remove() on a closed handle is -EBADF, outputs untouched */
static void test_notify_remove_bad_handle(void)
{
    fdk_mq bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_mq_notify_remove(bad), EBADF);
}

/* fdk_mq_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_mq_close(NULL), EINVAL);
    fdk_mq e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_mq_release() with h = NULL is -EINVAL */
static void test_release_null_h(void)
{
    ASSERT_ERR(fdk_mq_release(NULL), EINVAL);
}

/* fdk_mq_receive(): an empty non-blocking queue */
static void test_errno_receive_eagain_0(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_NONBLOCK, 0600, NULL));
    unsigned int a_ret_prio;
    memset(&a_ret_prio, 0x5a, sizeof a_ret_prio);
    ASSERT_ERR(fdk_mq_receive(h, fdk_test_buf, sizeof fdk_test_buf, &a_ret_prio), EAGAIN);
    ASSERT_TRUE(bytes_are(&a_ret_prio, sizeof a_ret_prio, 0x5a));
    ASSERT_OK(fdk_mq_close(&h));
}

/* fdk_mq_receive(): a buffer below msgsize is refused before the call */
static void test_errno_receive_emsgsize_1(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL));
    unsigned int a_ret_prio;
    memset(&a_ret_prio, 0x5a, sizeof a_ret_prio);
    ASSERT_ERR(fdk_mq_receive(h, fdk_test_buf, 16, &a_ret_prio), EMSGSIZE);
    ASSERT_TRUE(bytes_are(&a_ret_prio, sizeof a_ret_prio, 0x5a));
    ASSERT_OK(fdk_mq_close(&h));
}

/* fdk_mq_send(): a priority past MQ_PRIO_MAX */
static void test_errno_send_einval_2(void)
{
    fdk_mq h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_mq_open(&h, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL));
    char a_msg[16] = {0};
    ASSERT_ERR(fdk_mq_send(h, a_msg, 1, 32768), EINVAL);
    ASSERT_OK(fdk_mq_close(&h));
}

/* fdk_mq_unlink(): no such queue */
static void test_errno_unlink_enoent_3(void)
{
    ASSERT_ERR(fdk_mq_unlink("/fdkit-gen-never-made"), ENOENT);
}

/* fdk_mq_name_check(): no leading slash */
static void test_errno_name_check_einval_4(void)
{
    const char * a_ret_why;
    memset(&a_ret_why, 0x5a, sizeof a_ret_why);
    ASSERT_ERR(fdk_mq_name_check("noslash", &a_ret_why), EINVAL);
}

/* fdk_mq_name_check(): a second slash */
static void test_errno_name_check_einval_5(void)
{
    const char * a_ret_why;
    memset(&a_ret_why, 0x5a, sizeof a_ret_why);
    ASSERT_ERR(fdk_mq_name_check("/a/b", &a_ret_why), EINVAL);
}

/* fdk_mq_name_check(): a slash alone */
static void test_errno_name_check_einval_6(void)
{
    const char * a_ret_why;
    memset(&a_ret_why, 0x5a, sizeof a_ret_why);
    ASSERT_ERR(fdk_mq_name_check("/", &a_ret_why), EINVAL);
}

/* fdk_mq_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_mq_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_mq a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_mq_open(&a_out, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_mq_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_mq_unlink(): each errno row mq_unlink() can give comes back as itself, nothing made */
static void test_drive_unlink(void)
{
    static const int errs[] = {EACCES, EINVAL, ENAMETOOLONG, ENOENT};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("mq_unlink", 1, 1, errs[i]);
        ASSERT_ERR(fdk_mq_unlink(fdk_test_qname), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from mq_unlink() */
        fdk_inject_reset();
    }
    fdk_inject_reset();
}

/* fdk_mq_open(): each errno row mq_open() can give comes back as itself, nothing made */
static void test_drive_open(void)
{
    static const int errs[] = {EACCES, EEXIST, EINVAL, EMFILE, ENAMETOOLONG, ENFILE, ENOENT, ENOMEM, ENOSPC, ENOSYS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_mq a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("mq_open", 1, 1, errs[i]);
        ASSERT_ERR(fdk_mq_open(&a_out, fdk_test_qname, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from mq_open() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

int main(void)
{
    snprintf(fdk_test_qname, sizeof fdk_test_qname, "/fdkit-gen-%ld", (long)getpid());
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_mq_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_unlink_null_name);
    RUN(test_send_bad_handle);
    RUN(test_send_null_msg);
    RUN(test_send_until_bad_handle);
    RUN(test_send_until_null_msg);
    RUN(test_receive_bad_handle);
    RUN(test_receive_null_buf);
    RUN(test_receive_until_bad_handle);
    RUN(test_receive_until_null_buf);
    RUN(test_get_attr_bad_handle);
    RUN(test_get_attr_null_out);
    RUN(test_set_nonblock_bad_handle);
    RUN(test_depth_bad_handle);
    RUN(test_is_full_bad_handle);
    RUN(test_is_empty_bad_handle);
    RUN(test_notify_signal_bad_handle);
    RUN(test_notify_none_bad_handle);
    RUN(test_notify_remove_bad_handle);
    RUN(test_close_null_and_empty);
    RUN(test_release_null_h);
    RUN(test_errno_receive_eagain_0);
    RUN(test_errno_receive_emsgsize_1);
    RUN(test_errno_send_einval_2);
    RUN(test_errno_unlink_enoent_3);
    RUN(test_errno_name_check_einval_4);
    RUN(test_errno_name_check_einval_5);
    RUN(test_errno_name_check_einval_6);
    RUN(test_exhaust_open);
    RUN(test_drive_unlink);
    RUN(test_drive_open);
    fdk_mq_unlink(fdk_test_qname);
    return 0;
}
