/* SPDX-License-Identifier: MIT */
/*
 * fdk_mq_name_check(): "/name" with 1..NAME_MAX bytes and no other slash is
 * 0 (ret_why untouched); NULL, no slash, "/" alone, another slash, "" are
 * -EINVAL and more than NAME_MAX bytes -ENAMETOOLONG, each with a non-NULL
 * reason; ret_why may be NULL.  fdk_mq_open() and fdk_mq_unlink() refuse
 * the same names with the same errno, leak nothing and create nothing
 * (not even the slashless name the kernel would take as "/name").
 */
#include "mq-test.h"

static const char SENTINEL[] = "untouched";

static void check_at(int line, const char *name, int want, const char *what)
{
    const char *why = SENTINEL;
    int r = fdk_mq_name_check(name, &why);
    if (r != want)
        fdk_test_fail(__FILE__, line, "%s: fdk_mq_name_check = %d (%s), expected %d (%s)", what, r,
                      r ? fdk_errno_name(r) : "0", want, want ? fdk_errno_name(want) : "0");
    if (want == 0 && why != SENTINEL)
        fdk_test_fail(__FILE__, line, "%s: ret_why written on success", what);
    if (want != 0) {
        if (why == NULL || why == SENTINEL || why[0] == 0)
            fdk_test_fail(__FILE__, line, "%s: no reason given on failure", what);
        printf("#   %s: %s\n", what, why);
    }
    /* ret_why NULL is allowed */
    ASSERT_EQ(fdk_mq_name_check(name, NULL), want);
}
#define check(n, w, what) check_at(__LINE__, n, w, what)

static void test_name_check(void)
{
    char b[NAME_MAX + 3];

    check("/ok", 0, "/ok");
    check("/a", 0, "one byte");
    check("/with space.and-dots_", 0, "punctuation");
    check(NULL, -EINVAL, "NULL");
    check("noslash", -EINVAL, "no slash");
    check("/", -EINVAL, "slash alone");
    check("/a/b", -EINVAL, "inner slash");
    check("/a/", -EINVAL, "trailing slash");
    check("//a", -EINVAL, "double leading slash");
    check("", -EINVAL, "empty");

    b[0] = '/';
    memset(b + 1, 'x', NAME_MAX);
    b[NAME_MAX + 1] = 0;
    check(b, 0, "NAME_MAX bytes");
    b[NAME_MAX + 1] = 'x';
    b[NAME_MAX + 2] = 0;
    check(b, -ENAMETOOLONG, "NAME_MAX+1 bytes");
    /* too long and with a slash: either error is fine, not success */
    b[10] = '/';
    ASSERT_TRUE(fdk_mq_name_check(b, NULL) < 0);
}

/* open and unlink must refuse name with want, making nothing and leaking nothing */
static void refuse_at(int line, const char *name, int want, const char *derived)
{
    fdk_mq h = {.fd = 4242, .msgsize = 9};
    int before = fdk_test_count_fds(), r;

    r = fdk_mq_open(&h, name, FDK_MQ_RDWR | FDK_MQ_CREATE, 0600, NULL);
    if (r != want)
        fdk_test_fail(__FILE__, line, "fdk_mq_open(\"%s\") = %d (%s), expected %s", name ? name : "(null)",
                      r, r < 0 ? fdk_errno_name(r) : "success", fdk_errno_name(want));
    r = fdk_mq_open(&h, name, FDK_MQ_READ, 0, NULL);
    if (r != want)
        fdk_test_fail(__FILE__, line, "fdk_mq_open(\"%s\", READ) = %d (%s), expected %s",
                      name ? name : "(null)", r, r < 0 ? fdk_errno_name(r) : "success",
                      fdk_errno_name(want));
    r = fdk_mq_unlink(name);
    if (r != want)
        fdk_test_fail(__FILE__, line, "fdk_mq_unlink(\"%s\") = %d (%s), expected %s",
                      name ? name : "(null)", r, r < 0 ? fdk_errno_name(r) : "success",
                      fdk_errno_name(want));
    if (fdk_test_count_fds() != before)
        fdk_test_fail(__FILE__, line, "a refused name leaked a descriptor");
    if (h.fd != 4242 || h.msgsize != 9)
        fdk_test_fail(__FILE__, line, "*out written on failure");
    if (derived && mqt_exists(derived))
        fdk_test_fail(__FILE__, line, "refused \"%s\", yet queue %s exists", name, derived);
}
#define refuse(n, w, d) refuse_at(__LINE__, n, w, d)

static void test_open_unlink_bad_names(void)
{
    char noslash[64], dslash[64], inner[64], inner_head[64], trail[64], longn[NAME_MAX + 3];
    int pid = (int)getpid();

    /* the names the kernel would have made of them, registered for cleanup */
    snprintf(noslash, sizeof noslash, "fdkmqt-%d-noslash", pid);
    snprintf(dslash, sizeof dslash, "//fdkmqt-%d-dslash", pid);
    snprintf(inner, sizeof inner, "/fdkmqt-%d-in/ner", pid);
    snprintf(inner_head, sizeof inner_head, "/fdkmqt-%d-in", pid);
    snprintf(trail, sizeof trail, "/fdkmqt-%d-trail/", pid);
    mqt_register(noslash);
    mqt_register(inner_head);
    char noslash_q[80], dslash_q[80], trail_q[80];
    snprintf(noslash_q, sizeof noslash_q, "/%s", noslash);
    snprintf(dslash_q, sizeof dslash_q, "%s", dslash + 1);
    snprintf(trail_q, sizeof trail_q, "/fdkmqt-%d-trail", pid);
    mqt_register(dslash_q);
    mqt_register(trail_q);

    refuse(NULL, -EINVAL, NULL);
    refuse("", -EINVAL, NULL);
    refuse("/", -EINVAL, NULL);
    refuse(noslash, -EINVAL, noslash_q);
    refuse(dslash, -EINVAL, dslash_q);
    refuse(inner, -EINVAL, inner_head);
    refuse(trail, -EINVAL, trail_q);

    longn[0] = '/';
    memset(longn + 1, 'y', NAME_MAX + 1);
    longn[NAME_MAX + 2] = 0;
    refuse(longn, -ENAMETOOLONG, NULL);
}

static void test_longest_name_works(void)
{
    char b[NAME_MAX + 2];
    int k = snprintf(b, sizeof b, "/fdkmqt-%d-long-", (int)getpid());
    fdk_mq h = FDK_HANDLE_INIT;

    memset(b + k, 'z', NAME_MAX + 1 - k);
    b[NAME_MAX + 1] = 0;
    ASSERT_EQ(strlen(b), NAME_MAX + 1);
    mqt_register(b);
    MQT_OPEN(&h, b, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL, 0600, NULL);
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_MQ);
    ASSERT_EQ(mqt_exists(b), 1);
    ASSERT_OK(fdk_mq_close(&h));
    ASSERT_OK(fdk_mq_unlink(b));
    ASSERT_EQ(mqt_exists(b), 0);
}

int main(void)
{
    mqt_init();
    RUN(test_name_check);
    RUN(test_open_unlink_bad_names);
    RUN(test_longest_name_works);
    mqt_finish();
    return 0;
}
