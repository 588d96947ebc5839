/* SPDX-License-Identifier: MIT */
/*
 * Helpers the tty tests share: a checked pty pair, and reading exactly the
 * bytes expected from a terminal end.
 */
#ifndef FDK_TTY_TEST_H
#define FDK_TTY_TEST_H

#include "fdk-test.h"

#include <fdkit/tty.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

/*
 * Start of a tty test: exit 77 unless /dev/ptmx can be opened, and arm a
 * watchdog (a test that waits on a terminal and never gets its bytes dies
 * of SIGALRM instead of hanging ctest).
 */
static inline void tty_test_start(unsigned int watchdog_seconds)
{
    int fd = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);

    if (fd < 0)
        fdk_test_skip("/dev/ptmx cannot be opened: %s", strerror(errno));
    close(fd);
    alarm(watchdog_seconds);
}

/* A pty pair from fdk_tty_pty_open(): two distinct, owned descriptors. */
static inline void open_pair(fdk_tty *m, fdk_tty *s, int flags)
{
    ASSERT_OK(fdk_tty_pty_open(m, s, flags));
    ASSERT_TRUE(m->fd >= 0);
    ASSERT_TRUE(s->fd >= 0);
    ASSERT_NE(m->fd, s->fd);
    ASSERT_EQ(m->borrowed, 0);
    ASSERT_EQ(s->borrowed, 0);
}

static inline void close_pair(fdk_tty *m, fdk_tty *s)
{
    ASSERT_EQ(fdk_tty_close(s), 0);
    ASSERT_EQ(fdk_tty_close(m), 0);
    ASSERT_EQ(m->fd, -1);
    ASSERT_EQ(s->fd, -1);
}

/* Wait (no deadline but the test's watchdog) until fd has input. */
static inline void wait_readable(int fd)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r;

    do
        r = poll(&p, 1, -1);
    while (r < 0 && errno == EINTR);
    ASSERT_EQ(r, 1);
    ASSERT_TRUE(p.revents & POLLIN);
}

/* Read exactly len bytes (waiting for each piece) and compare. */
static inline void expect_read(int fd, const char *want, size_t len)
{
    char buf[64];
    size_t got = 0;

    ASSERT_TRUE(len <= sizeof(buf));
    while (got < len) {
        ssize_t n;
        wait_readable(fd);
        n = read(fd, buf + got, len - got);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        ASSERT_TRUE(n > 0);
        got += (size_t)n;
    }
    ASSERT_MEM_EQ(buf, want, len);
}

#endif /* FDK_TTY_TEST_H */
