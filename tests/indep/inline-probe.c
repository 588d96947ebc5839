/* SPDX-License-Identifier: MIT */
/*
 * Each wrapper behind an ordinary extern function, so test-indep-inline.c can
 * see with nm whether the compiler inlined it (a call left in this object is
 * an undefined symbol).  Built with the consumer's flags, no feature macro.
 */
#ifdef UMBRELLA
#include <fdkit/fdkit.h>
#else
#include <fdkit/fd.h>
#include <fdkit/file.h>
#include <fdkit/socket.h>
#include <fdkit/epoll.h>
#endif
#include "inline-probe.h"

ssize_t probe_fd_read(int fd, void *buf, size_t len)
{
    return fdk_fd_read(fd, buf, len);
}

ssize_t probe_fd_write(int fd, const void *buf, size_t len)
{
    return fdk_fd_write(fd, buf, len);
}

ssize_t probe_file_pread(int fd, void *buf, size_t len, int64_t off)
{
    return fdk_file_pread(fdk_file_adopt(fd), buf, len, off);
}

ssize_t probe_file_pwrite(int fd, const void *buf, size_t len, int64_t off)
{
    return fdk_file_pwrite(fdk_file_adopt(fd), buf, len, off);
}

ssize_t probe_unix_send(int fd, const void *buf, size_t len)
{
    return fdk_unix_stream_send(fdk_unix_stream_adopt(fd), buf, len, 0);
}

ssize_t probe_unix_recv(int fd, void *buf, size_t len)
{
    return fdk_unix_stream_recv(fdk_unix_stream_adopt(fd), buf, len, 0);
}

int probe_epoll_wait(int epfd, struct epoll_event *ev, int max, int timeout_ms)
{
    fdk_epoll ep = fdk_epoll_adopt(epfd);
    return fdk_epoll_wait(ep, ev, max, timeout_ms);
}
