/* SPDX-License-Identifier: MIT */
/* The wrappers behind plain functions (inline-probe.c), for test-indep-inline.c. */
#ifndef INLINE_PROBE_H
#define INLINE_PROBE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct epoll_event;

ssize_t probe_fd_read(int fd, void *buf, size_t len);
ssize_t probe_fd_write(int fd, const void *buf, size_t len);
ssize_t probe_file_pread(int fd, void *buf, size_t len, int64_t off);
ssize_t probe_file_pwrite(int fd, const void *buf, size_t len, int64_t off);
ssize_t probe_unix_send(int fd, const void *buf, size_t len);
ssize_t probe_unix_recv(int fd, void *buf, size_t len);
int probe_epoll_wait(int epfd, struct epoll_event *ev, int max, int timeout_ms);

#endif
