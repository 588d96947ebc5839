/* SPDX-License-Identifier: MIT */
/*
 * fdk_epoll_pwait2: libc gained epoll_pwait2() in glibc 2.35, the kernel in
 * 5.11.  With an older libc the system call is made directly; with an older
 * kernel either path reports -ENOSYS, which callers can treat as "use
 * fdk_epoll_pwait() with a millisecond timeout".
 */
#include "fdk-internal.h"
#include "fdk-abi.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 35))
#define HAVE_LIBC_EPOLL_PWAIT2 1
#endif

int fdk_epoll_pwait2(fdk_epoll ep, struct epoll_event *events, int max, const struct timespec *timeout,
                     const sigset_t *mask)
{
    int r;

    if (ep.fd < 0)
        return -EBADF;
    if (!events || max <= 0)
        return -EINVAL;
    /* Validate here so a bad timespec is -EINVAL on every path, before any wait. */
    if (timeout && (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L))
        return -EINVAL;
#if defined(HAVE_LIBC_EPOLL_PWAIT2)
    r = epoll_pwait2(ep.fd, events, max, timeout, mask);
#elif defined(FDK__NR_epoll_pwait2)
    {
        /* The kernel reads a 64-bit timespec even where libc's time_t is
           32-bit, and the size of its own signal set (8 bytes), not libc's. */
        struct {
            int64_t tv_sec;
            int64_t tv_nsec;
        } kts;
        if (timeout) {
            kts.tv_sec = timeout->tv_sec;
            kts.tv_nsec = timeout->tv_nsec;
        }
        r = (int)syscall(FDK__NR_epoll_pwait2, ep.fd, events, max, timeout ? &kts : NULL, mask,
                         mask ? (size_t)(_NSIG / 8) : (size_t)0);
    }
#else
    (void)timeout;
    (void)mask;
    return -ENOSYS; /* neither libc nor the kernel headers know epoll_pwait2 */
#endif
    if (r < 0)
        return FDK__NEG_ERRNO();
    return r;
}
