/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for fdkit's error and flag text helpers: errno names,
 * per-call messages and classes, and flag sets formatted and parsed as text.
 */
#include "fdk-test.h"

#include <stdint.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static int contains(const char *hay, const char *needle)
{
    return hay && strstr(hay, needle) != NULL;
}

/* errno names: positive and negative spellings, unknown still printable. */
static void test_errno_name(void)
{
    ASSERT_STREQ(fdk_errno_name(EEXIST), "EEXIST");
    ASSERT_STREQ(fdk_errno_name(-EEXIST), "EEXIST");
    ASSERT_STREQ(fdk_errno_name(EAGAIN), "EAGAIN");
    ASSERT_STREQ(fdk_errno_name(-EINTR), "EINTR");
    ASSERT_STREQ(fdk_errno_name(ENOENT), "ENOENT");
    ASSERT_STREQ(fdk_errno_name(-ECANCELED), "ECANCELED");
    ASSERT_STREQ(fdk_errno_name(EBADF), "EBADF");

    const char *u = fdk_errno_name(99999);
    ASSERT_TRUE(u != NULL);
    ASSERT_TRUE(u[0] != '\0');
    u = fdk_errno_name(-99999);
    ASSERT_TRUE(u != NULL);
}

/* strerror: "<op>: <meaning for that call> (<ERRNO>)". */
static void test_strerror(void)
{
    const char *s = fdk_strerror(FDK_OP_EPOLL_ADD, -EEXIST);

    ASSERT_TRUE(s != NULL);
    if (!contains(s, "epoll_add") || !contains(s, "(EEXIST)"))
        fdk_test_fail(__FILE__, __LINE__, "fdk_strerror(EPOLL_ADD, -EEXIST) = \"%s\"", s);
    /* It is the call's own meaning, not just libc's strerror text. */
    ASSERT_TRUE(strcmp(s, strerror(EEXIST)) != 0);

    /* The meaning differs per call: EINVAL from epoll_add vs eventfd_write. */
    const char *a = fdk_strerror(FDK_OP_EPOLL_ADD, -EINVAL);
    const char *b = fdk_strerror(FDK_OP_EVENTFD_WRITE, -EINVAL);
    ASSERT_TRUE(a && b);
    ASSERT_TRUE(contains(a, "epoll_add") && contains(a, "(EINVAL)"));
    ASSERT_TRUE(contains(b, "eventfd_write") && contains(b, "(EINVAL)"));

    /* Something printable for an errno the call does not document, and for 0. */
    s = fdk_strerror(FDK_OP_EPOLL_ADD, -EXDEV);
    ASSERT_TRUE(s != NULL && contains(s, "epoll_add"));
    ASSERT_TRUE(fdk_strerror(FDK_OP_EPOLL_ADD, 0) != NULL);
    ASSERT_TRUE(fdk_strerror(FDK_OP_EPOLL_ADD, -99999) != NULL);
}

/* op names: "family_verb", every op has one. */
static void test_op_name(void)
{
    ASSERT_STREQ(fdk_op_name(FDK_OP_EPOLL_ADD), "epoll_add");
    ASSERT_STREQ(fdk_op_name(FDK_OP_EVENTFD_READ), "eventfd_read");
    ASSERT_STREQ(fdk_op_name(FDK_OP_TIMERFD_SET_ONESHOT_NS), "timerfd_set_oneshot_ns");
    ASSERT_STREQ(fdk_op_name(FDK_OP_FD_WRITE_ALL), "fd_write_all");
    for (int i = 0; i < FDK_OP__COUNT; i++) {
        const char *n = fdk_op_name((fdk_op)i);
        ASSERT_TRUE(n != NULL && n[0] != '\0');
    }
    ASSERT_TRUE(fdk_op_name(FDK_OP__COUNT) != NULL);
}

/* Classes: per call, with NONE for 0 and UNEXPECTED for undocumented errnos. */
static void test_errclass(void)
{
    ASSERT_EQ(fdk_errclass(FDK_OP_EPOLL_WAIT, -EINTR), FDK_ERRCLASS_INTERRUPTED);
    ASSERT_EQ(fdk_errclass(FDK_OP_EVENTFD_READ, -EAGAIN), FDK_ERRCLASS_WOULD_BLOCK);
    ASSERT_EQ(fdk_errclass(FDK_OP_EPOLL_ADD, -EEXIST), FDK_ERRCLASS_EXISTS);
    ASSERT_EQ(fdk_errclass(FDK_OP_EPOLL_MODIFY, -ENOENT), FDK_ERRCLASS_NOT_FOUND);
    ASSERT_EQ(fdk_errclass(FDK_OP_EPOLL_ADD, -EXDEV), FDK_ERRCLASS_UNEXPECTED);
    ASSERT_EQ(fdk_errclass(FDK_OP_EVENTFD_READ, -99999), FDK_ERRCLASS_UNEXPECTED);
    ASSERT_EQ(fdk_errclass(FDK_OP_EPOLL_WAIT, 0), FDK_ERRCLASS_NONE);
    ASSERT_EQ(fdk_errclass(FDK_OP_EVENTFD_READ, 0), FDK_ERRCLASS_NONE);
}

/* Class names: lower-case words, all distinct, out of range still printable. */
static void test_error_class_name(void)
{
    ASSERT_STREQ(fdk_error_class_name(FDK_ERRCLASS_WOULD_BLOCK), "would_block");
    ASSERT_STREQ(fdk_error_class_name(FDK_ERRCLASS_INTERRUPTED), "interrupted");
    for (int i = FDK_ERRCLASS_NONE; i <= FDK_ERRCLASS_UNEXPECTED; i++) {
        const char *a = fdk_error_class_name((fdk_error_class)i);
        ASSERT_TRUE(a != NULL && a[0] != '\0');
        for (int j = FDK_ERRCLASS_NONE; j < i; j++)
            if (strcmp(a, fdk_error_class_name((fdk_error_class)j)) == 0)
                fdk_test_fail(__FILE__, __LINE__, "classes %d and %d are both \"%s\"", j, i, a);
    }
    ASSERT_TRUE(fdk_error_class_name((fdk_error_class)1000) != NULL);
}

/* The lowest bit of the 32-bit range not in mask. */
static uint64_t unknown_bit(uint64_t mask)
{
    for (int bit = 0; bit < 32; bit++)
        if (!(mask & (UINT64_C(1) << bit)))
            return UINT64_C(1) << bit;
    return UINT64_C(1) << 40;
}

/* format: kernel names joined by '|', and it parses back. */
static void test_flags_format_roundtrip(void)
{
    char buf[128];
    uint64_t v = 0;
    int n;

    n = fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN | FDK_EPOLL_ET, buf, sizeof(buf));
    ASSERT_STREQ(buf, "EPOLLIN|EPOLLET");
    ASSERT_EQ(n, (int)strlen("EPOLLIN|EPOLLET"));
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, buf, &v));
    ASSERT_EQ_U64(v, (uint64_t)(FDK_EPOLL_IN | FDK_EPOLL_ET));

    n = fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN, buf, sizeof(buf));
    ASSERT_STREQ(buf, "EPOLLIN");
    ASSERT_EQ(n, 7);

    n = fdk_flags_format(FDK_FLAGSET_EVENTFD_OPEN, FDK_EVENTFD_NONBLOCK, buf, sizeof(buf));
    ASSERT_STREQ(buf, "EFD_NONBLOCK");
    n = fdk_flags_format(FDK_FLAGSET_TIMERFD_SET, FDK_TIMERFD_ABSTIME, buf, sizeof(buf));
    ASSERT_STREQ(buf, "TFD_TIMER_ABSTIME");
    (void)n;
}

/* 0 formats as "0" and parses back to 0. */
static void test_flags_zero(void)
{
    char buf[16];
    uint64_t v = 5;

    ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, 0, buf, sizeof(buf)), 1);
    ASSERT_STREQ(buf, "0");
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "0", &v));
    ASSERT_EQ_U64(v, 0);
}

/* Unknown bits are one hex term after the names, and parse back. */
static void test_flags_unknown_bits(void)
{
    char buf[128], expect[64];
    uint64_t bad = unknown_bit(FDK_EPOLL_EVENTS_ALL), v = 0;
    int n;

    n = fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN | bad, buf, sizeof(buf));
    snprintf(expect, sizeof(expect), "EPOLLIN|0x%llx", (unsigned long long)bad);
    if (strcasecmp(buf, expect) != 0 || strncmp(buf, "EPOLLIN|0x", 10) != 0)
        fdk_test_fail(__FILE__, __LINE__, "format(EPOLLIN|0x%llx) = \"%s\"",
                      (unsigned long long)bad, buf);
    ASSERT_EQ(n, (int)strlen(buf));
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, buf, &v));
    ASSERT_EQ_U64(v, FDK_EPOLL_IN | bad);

    /* Only unknown bits: just the hex term; two unknown bits: still one term. */
    uint64_t bad2 = UINT64_C(1) << 40;
    n = fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, bad | bad2, buf, sizeof(buf));
    ASSERT_TRUE(strncmp(buf, "0x", 2) == 0);
    ASSERT_TRUE(strchr(buf, '|') == NULL);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, buf, &v));
    ASSERT_EQ_U64(v, bad | bad2);
    (void)n;
}

/* Truncation: snprintf-like, returns the full length, always NUL-terminated. */
static void test_flags_truncation(void)
{
    char buf[8];
    const char *full = "EPOLLIN|EPOLLET";
    int len = (int)strlen(full);

    memset(buf, 'X', sizeof(buf));
    ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN | FDK_EPOLL_ET, buf, 4), len);
    ASSERT_STREQ(buf, "EPO");
    ASSERT_EQ(buf[4], 'X'); /* nothing written past size */

    memset(buf, 'X', sizeof(buf));
    ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN | FDK_EPOLL_ET, buf, 1), len);
    ASSERT_EQ(buf[0], '\0');
    ASSERT_EQ(buf[1], 'X');

    /* size 0: nothing written, buf may be NULL; a size to allocate is returned. */
    ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN | FDK_EPOLL_ET, NULL, 0),
              len);
    ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN | FDK_EPOLL_ET, buf, 0), len);

    /* Exactly enough room. */
    char exact[16];
    ASSERT_EQ(fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN | FDK_EPOLL_ET, exact, 16),
              len);
    ASSERT_STREQ(exact, full);
}

/* Invalid format calls. */
static void test_flags_format_invalid(void)
{
    char buf[16];

    ASSERT_ERR(fdk_flags_format(FDK_FLAGSET__COUNT, 0, buf, sizeof(buf)), EINVAL);
    ASSERT_ERR(fdk_flags_format((fdk_flagset)-1, 0, buf, sizeof(buf)), EINVAL);
    ASSERT_ERR(fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN, NULL, 5), EINVAL);
}

/* Parse accepts fdkit names, blanks around terms, numbers in any base. */
static void test_flags_parse_forms(void)
{
    uint64_t v;

    v = 0;
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "FDK_EPOLL_IN|FDK_EPOLL_ET", &v));
    ASSERT_EQ_U64(v, (uint64_t)(FDK_EPOLL_IN | FDK_EPOLL_ET));
    v = 0;
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "FDK_EPOLL_IN | FDK_EPOLL_ET", &v));
    ASSERT_EQ_U64(v, (uint64_t)(FDK_EPOLL_IN | FDK_EPOLL_ET));
    v = 0;
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "EPOLLIN | EPOLLOUT", &v));
    ASSERT_EQ_U64(v, (uint64_t)(FDK_EPOLL_IN | FDK_EPOLL_OUT));
    v = 0;
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "EPOLLIN|FDK_EPOLL_OUT", &v));
    ASSERT_EQ_U64(v, (uint64_t)(FDK_EPOLL_IN | FDK_EPOLL_OUT));
    v = 0;
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "EPOLLIN|0x4000", &v));
    ASSERT_EQ_U64(v, (uint64_t)FDK_EPOLL_IN | 0x4000);
    v = 0;
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "4", &v));
    ASSERT_EQ_U64(v, 4);
    v = 0;
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "EPOLLIN|EPOLLIN", &v));
    ASSERT_EQ_U64(v, (uint64_t)FDK_EPOLL_IN);
    v = 0;
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_EVENTFD_OPEN, "EFD_SEMAPHORE|EFD_NONBLOCK", &v));
    ASSERT_EQ_U64(v, (uint64_t)(FDK_EVENTFD_SEMAPHORE | FDK_EVENTFD_NONBLOCK));
    v = 0;
    ASSERT_OK(
        fdk_flags_parse(FDK_FLAGSET_TIMERFD_SET, "TFD_TIMER_ABSTIME|TFD_TIMER_CANCEL_ON_SET", &v));
    ASSERT_EQ_U64(v, (uint64_t)(FDK_TIMERFD_ABSTIME | FDK_TIMERFD_CANCEL_ON_SET));
}

/* Garbage is -EINVAL and leaves *ret_value alone. */
static void test_flags_parse_garbage(void)
{
    static const char *const bad[] = {
        "",
        "EPOLLIN|",
        "|EPOLLIN",
        "NOPE",
        "EPOLLIN||EPOLLOUT",
        "EPOLLIN|NOPE",
        "EPOLLINX",
        "EPOLL",
        "0xzz",
        "EPOLLIN x",
        "|",
        "12abc",
        "EFD_NONBLOCK",
    };
    const uint64_t sentinel = 0x5a5a5a5a5a5a5a5aull;

    for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
        uint64_t v = sentinel;
        int r = fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, bad[i], &v);
        if (r != -EINVAL)
            fdk_test_fail(__FILE__, __LINE__, "parse(\"%s\") = %d, expected -EINVAL", bad[i], r);
        ASSERT_EQ_U64(v, sentinel);
    }

    uint64_t v = sentinel;
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, NULL, &v), EINVAL);
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "EPOLLIN", NULL), EINVAL);
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET__COUNT, "0", &v), EINVAL);
    /* A name from another set is not a member of this one. */
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET_EVENTFD_OPEN, "EPOLLIN", &v), EINVAL);
    ASSERT_EQ_U64(v, sentinel);
}

/* Every set: format(ALL) names every bit (no hex) and parses back to ALL. */
static void test_flags_every_set(void)
{
    static const struct {
        fdk_flagset set;
        uint64_t all;
    } sets[] = {
        {FDK_FLAGSET_EVENTFD_OPEN, (uint64_t)FDK_EVENTFD_OPEN_ALL},
        {FDK_FLAGSET_TIMERFD_OPEN, (uint64_t)FDK_TIMERFD_OPEN_ALL},
        {FDK_FLAGSET_TIMERFD_SET, (uint64_t)FDK_TIMERFD_SET_ALL},
        {FDK_FLAGSET_EPOLL_OPEN, (uint64_t)FDK_EPOLL_OPEN_ALL},
        {FDK_FLAGSET_EPOLL_EVENTS, (uint64_t)FDK_EPOLL_EVENTS_ALL},
    };
    char buf[512];

    for (size_t i = 0; i < ARRAY_SIZE(sets); i++) {
        uint64_t v = 0;
        int n = fdk_flags_format(sets[i].set, sets[i].all, buf, sizeof(buf));
        ASSERT_TRUE(n > 0 && (size_t)n < sizeof(buf));
        ASSERT_EQ(n, (int)strlen(buf));
        if (strstr(buf, "0x") != NULL)
            fdk_test_fail(__FILE__, __LINE__, "set %d: ALL has unnamed bits: \"%s\"",
                          (int)sets[i].set, buf);
        ASSERT_OK(fdk_flags_parse(sets[i].set, buf, &v));
        ASSERT_EQ_U64(v, sets[i].all);

        /* And each single name of the set round-trips on its own. */
        char *save = NULL, *copy = strdup(buf);
        ASSERT_TRUE(copy != NULL);
        for (char *tok = strtok_r(copy, "|", &save); tok; tok = strtok_r(NULL, "|", &save)) {
            uint64_t one = 0;
            char again[128];
            ASSERT_OK(fdk_flags_parse(sets[i].set, tok, &one));
            ASSERT_TRUE(one != 0 && (one & ~sets[i].all) == 0);
            fdk_flags_format(sets[i].set, one, again, sizeof(again));
            ASSERT_STREQ(again, tok);
        }
        free(copy);
    }
}

int main(void)
{
    RUN(test_errno_name);
    RUN(test_strerror);
    RUN(test_op_name);
    RUN(test_errclass);
    RUN(test_error_class_name);
    RUN(test_flags_format_roundtrip);
    RUN(test_flags_zero);
    RUN(test_flags_unknown_bits);
    RUN(test_flags_truncation);
    RUN(test_flags_format_invalid);
    RUN(test_flags_parse_forms);
    RUN(test_flags_parse_garbage);
    RUN(test_flags_every_set);
    return 0;
}
