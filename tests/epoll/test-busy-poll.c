/* SPDX-License-Identifier: MIT */
/*
 * An epoll set's busy-poll parameters (EPIOCSPARAMS/EPIOCGPARAMS, Linux
 * 6.9): what is set reads back field for field, so fdkit's own copy of the
 * kernel's struct and the request codes (taken from the spec's fallbacks
 * where the headers predate them) agree with the kernel; invalid fields are
 * refused and change nothing; a budget above 64 needs CAP_NET_ADMIN, checked
 * from an unprivileged child; a non-epoll fd is ENOTTY.  Skips on a kernel
 * without the requests.
 */
#include "fdk-test.h"

#include <stdint.h>

_Static_assert(sizeof(struct fdk_epoll_busy_poll) == 8, "the kernel's struct epoll_params is 8 bytes");

static int same(const struct fdk_epoll_busy_poll *a, const struct fdk_epoll_busy_poll *b)
{
    return a->busy_poll_usecs == b->busy_poll_usecs && a->busy_poll_budget == b->busy_poll_budget &&
           a->prefer_busy_poll == b->prefer_busy_poll && a->pad == b->pad;
}

static void big_budget_needs_privilege(void *arg)
{
    fdk_epoll ep = *(fdk_epoll *)arg;
    struct fdk_epoll_busy_poll p = {10, 65, 0, 0}, got;

    ASSERT_ERR(fdk_epoll_set_busy_poll(ep, &p), EPERM);
    p.busy_poll_budget = 64; /* NAPI_POLL_WEIGHT is everyone's */
    ASSERT_OK(fdk_epoll_set_busy_poll(ep, &p));
    ASSERT_OK(fdk_epoll_get_busy_poll(ep, &got));
    ASSERT_TRUE(same(&got, &p));
}

static void test_round_trip(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    struct fdk_epoll_busy_poll p, got, zero = {0, 0, 0, 0};
    int r;

    ASSERT_OK(fdk_epoll_open(&ep, 0));
    memset(&got, 0x5a, sizeof got);
    r = fdk_epoll_get_busy_poll(ep, &got);
    if (r == -ENOTTY) {
        ASSERT_OK(fdk_epoll_close(&ep));
        fdk_test_skip("the kernel predates EPIOCGPARAMS (Linux 6.9)");
    }
    ASSERT_OK(r);
    ASSERT_TRUE(same(&got, &zero)); /* off until set */

    p = (struct fdk_epoll_busy_poll){50, 16, 1, 0};
    ASSERT_OK(fdk_epoll_set_busy_poll(ep, &p));
    ASSERT_OK(fdk_epoll_get_busy_poll(ep, &got));
    ASSERT_TRUE(same(&got, &p));

    /* each invalid field is refused, and the parameters set stay */
    {
        struct fdk_epoll_busy_poll bad[] = {
            {50, 16, 1, 1},                   /* pad */
            {50, 16, 2, 0},                   /* prefer_busy_poll is 0 or 1 */
            {(uint32_t)INT32_MAX + 1u, 16, 1, 0}, /* beyond what the kernel keeps */
        };
        size_t i;

        for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
            ASSERT_ERR(fdk_epoll_set_busy_poll(ep, &bad[i]), EINVAL);
            ASSERT_OK(fdk_epoll_get_busy_poll(ep, &got));
            ASSERT_TRUE(same(&got, &p));
        }
    }
    ASSERT_ERR(fdk_epoll_set_busy_poll(ep, NULL), EINVAL);
    ASSERT_ERR(fdk_epoll_get_busy_poll(ep, NULL), EINVAL);

    if (geteuid() == 0) {
        p = (struct fdk_epoll_busy_poll){50, 200, 0, 0};
        ASSERT_OK(fdk_epoll_set_busy_poll(ep, &p)); /* root may take a large budget */
        ASSERT_OK(fdk_epoll_get_busy_poll(ep, &got));
        ASSERT_TRUE(same(&got, &p));
        fdk_test_as_nobody(big_budget_needs_privilege, &ep);
    } else {
        big_budget_needs_privilege(&ep);
    }
    ASSERT_OK(fdk_epoll_close(&ep));
}

static void test_not_epoll(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    fdk_epoll ep;
    struct fdk_epoll_busy_poll got;

    ASSERT_TRUE(fd >= 0);
    ep = fdk_epoll_adopt(fd);
    memset(&got, 0x5a, sizeof got);
    ASSERT_ERR(fdk_epoll_get_busy_poll(ep, &got), ENOTTY);
    ASSERT_EQ(got.pad, 0x5a); /* untouched */
    ASSERT_OK(fdk_epoll_close(&ep));
    ep = (fdk_epoll)FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_epoll_get_busy_poll(ep, &got), EBADF);
}

int main(void)
{
    alarm(30);
    RUN(test_round_trip);
    RUN(test_not_epoll);
    return 0;
}
