/* SPDX-License-Identifier: MIT */
/*
 * fdk_fdinfo_read() on a signalfd (proc_pid_fdinfo(5): "sigmask", hex, bit
 * n-1 for signal n): SIGINT|SIGQUIT is 6 (the man page's example); a realtime
 * signal (SIGRTMIN+1) and signal 64 (the top bit); SIGKILL and SIGSTOP, which
 * signalfd ignores, are absent; an empty mask is 0 with HAVE_SIGMASK still
 * set; the mask follows a later signalfd(fd, mask) update; every line decoded.
 */
#include "ind-test.h"

#include <sys/signalfd.h>

static uint64_t bit(int sig)
{
    return (uint64_t)1 << (sig - 1);
}

static uint64_t mask_of(int fd)
{
    struct fdk_fdinfo fi;
    fit_read(0, fd, &fi);
    if (!(fi.have & FDK_FDINFO_HAVE_SIGMASK)) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, __LINE__, "HAVE_SIGMASK not set (have %#x)", fi.have);
    }
    ASSERT_EQ(fi.have & FIT_HAVE_KIND_BITS, FDK_FDINFO_HAVE_SIGMASK);
    fit_no_other(&fi);
    uint64_t m = fi.sigmask;
    fdk_fdinfo_free(&fi);
    return m;
}

static void test_masks(void)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    sigaddset(&s, SIGQUIT);
    int fd = signalfd(-1, &s, SFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ_U64(mask_of(fd), 6);

    /* a realtime signal and the last one */
    sigaddset(&s, SIGRTMIN + 1);
    sigaddset(&s, SIGUSR2);
    if (SIGRTMAX >= 64)
        sigaddset(&s, 64);
    ASSERT_EQ(signalfd(fd, &s, 0), fd);
    uint64_t want = bit(SIGINT) | bit(SIGQUIT) | bit(SIGRTMIN + 1) | bit(SIGUSR2);
    if (SIGRTMAX >= 64)
        want |= bit(64);
    uint64_t got = mask_of(fd);
    if (got != want) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, __LINE__, "sigmask %#" PRIx64 ", expected %#" PRIx64, got, want);
    }
    /* a new mask replaces the old */
    sigemptyset(&s);
    sigaddset(&s, SIGRTMIN + 1);
    ASSERT_EQ(signalfd(fd, &s, 0), fd);
    ASSERT_EQ_U64(mask_of(fd), bit(SIGRTMIN + 1));
    close(fd);

    /* SIGKILL and SIGSTOP cannot be taken: not shown */
    sigemptyset(&s);
    sigaddset(&s, SIGKILL);
    sigaddset(&s, SIGSTOP);
    sigaddset(&s, SIGTERM);
    fd = signalfd(-1, &s, SFD_CLOEXEC | SFD_NONBLOCK);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ_U64(mask_of(fd), bit(SIGTERM));
    close(fd);

    /* empty mask */
    sigemptyset(&s);
    fd = signalfd(-1, &s, SFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ_U64(mask_of(fd), 0);
    close(fd);

    /* every signal signalfd accepts */
    sigfillset(&s);
    fd = signalfd(-1, &s, SFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    uint64_t all = mask_of(fd);
    ASSERT_EQ_U64(all & (bit(SIGKILL) | bit(SIGSTOP)), 0);
    ASSERT_TRUE(all & bit(SIGHUP));
    ASSERT_TRUE(all & bit(SIGRTMAX));
    close(fd);
}

static void test_parse(void)
{
    static const char t[] = "pos:\t0\nflags:\t02\nmnt_id:\t10\nsigmask:\t8000000400000006\n";
    struct fdk_fdinfo fi;
    ASSERT_OK(fdk_fdinfo_parse(t, sizeof t - 1, &fi));
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_SIGMASK);
    ASSERT_EQ_U64(fi.sigmask, 0x8000000400000006ULL);
    fdk_fdinfo_free(&fi);
    static const char all[] = "pos:\t0\nflags:\t02\nsigmask:\tffffffffffffffff\n";
    ASSERT_OK(fdk_fdinfo_parse(all, sizeof all - 1, &fi));
    ASSERT_EQ_U64(fi.sigmask, UINT64_MAX);
    fdk_fdinfo_free(&fi);
}

int main(void)
{
    fit_init();
    RUN(test_masks);
    RUN(test_parse);
    return 0;
}
