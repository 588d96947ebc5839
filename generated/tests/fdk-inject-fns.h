/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Every libc function fdkit calls that the tests' fault-injection harness
 * (tests/inject/) wraps with `ld --wrap`, one X-macro line each:
 *
 *     FDK_INJECT_FN(return type, name, (parameters), (arguments), length)
 *
 * `length` names the size_t byte count a "short" rule may lower, or is
 * FDK_INJECT_NOLEN.  Where the headers bind a call to another symbol (with a
 * 64-bit off_t and time_t, glibc's pread is pread64 on every architecture,
 * sendmsg __sendmsg64 on 32-bit ones: spec/abi/<arch>.yaml's link_names),
 * a second line names it:
 *
 *     FDK_INJECT_LINK(return type, name, symbol, (parameters), (arguments), length)
 *
 * which wraps `symbol` and counts it as `name`.  The list is the specs' wrapped prototypes plus each
 * family's `calls:`; variadic functions (open, fcntl, ioctl, syscall) are
 * wrapped by hand in the harness.  No include guard: include it once per
 * expansion, with FDK_INJECT_FN and FDK_INJECT_LINK defined, after
 * fdk-inject-headers.h.
 */
FDK_INJECT_FN(int, accept4, (int fd, struct sockaddr *addr, socklen_t *addr_len, int flags), (fd, addr, addr_len, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, bind, (int fd, const struct sockaddr *addr, socklen_t len), (fd, addr, len), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, close, (int fd), (fd), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, connect, (int fd, const struct sockaddr *addr, socklen_t len), (fd, addr, len), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, copy_file_range, (int fd_in, off64_t *off_in, int fd_out, off64_t *off_out, size_t len, unsigned int flags), (fd_in, off_in, fd_out, off_out, len, flags), len)
FDK_INJECT_FN(int, epoll_create1, (int flags), (flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, epoll_ctl, (int epfd, int op, int fd, struct epoll_event *event), (epfd, op, fd, event), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, epoll_pwait, (int epfd, struct epoll_event *events, int maxevents, int timeout, const sigset_t *sigmask), (epfd, events, maxevents, timeout, sigmask), FDK_INJECT_NOLEN)
#if !defined(__GLIBC__) || __GLIBC_PREREQ(2, 35)
FDK_INJECT_FN(int, epoll_pwait2, (int epfd, struct epoll_event *events, int maxevents, const struct timespec *timeout, const sigset_t *sigmask), (epfd, events, maxevents, timeout, sigmask), FDK_INJECT_NOLEN)
#endif
FDK_INJECT_FN(int, epoll_wait, (int epfd, struct epoll_event *events, int maxevents, int timeout), (epfd, events, maxevents, timeout), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, eventfd, (unsigned int count, int flags), (count, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, fallocate, (int fd, int mode, off_t offset, off_t len), (fd, mode, offset, len), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, fanotify_init, (unsigned int flags, unsigned int event_f_flags), (flags, event_f_flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, fanotify_mark, (int fanotify_fd, unsigned int flags, uint64_t mask, int dirfd, const char *pathname), (fanotify_fd, flags, mask, dirfd, pathname), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, fdatasync, (int fd), (fd), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, flock, (int fd, int operation), (fd, operation), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, fstat, (int fd, struct stat *buf), (fd, buf), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, fstatat, (int fd, const char *file, struct stat *buf, int flag), (fd, file, buf, flag), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, fsync, (int fd), (fd), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, ftruncate, (int fd, off_t length), (fd, length), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, getpeername, (int fd, struct sockaddr *addr, socklen_t *len), (fd, addr, len), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, getsockname, (int fd, struct sockaddr *addr, socklen_t *len), (fd, addr, len), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, getsockopt, (int fd, int level, int optname, void *optval, socklen_t *optlen), (fd, level, optname, optval, optlen), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, grantpt, (int fd), (fd), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, inotify_add_watch, (int fd, const char *pathname, uint32_t mask), (fd, pathname, mask), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, inotify_init1, (int flags), (flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, inotify_rm_watch, (int fd, int wd), (fd, wd), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, listen, (int fd, int n), (fd, n), FDK_INJECT_NOLEN)
FDK_INJECT_FN(off_t, lseek, (int fd, off_t offset, int whence), (fd, offset, whence), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, memfd_create, (const char *name, unsigned int flags), (name, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mkdirat, (int fd, const char *path, mode_t mode), (fd, path, mode), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mkfifoat, (int dirfd, const char *path, mode_t mode), (dirfd, path, mode), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mknodat, (int dirfd, const char *path, mode_t mode, dev_t dev), (dirfd, path, mode, dev), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mq_getattr, (mqd_t mqdes, struct mq_attr *attr), (mqdes, attr), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mq_notify, (mqd_t mqdes, const struct sigevent *sevp), (mqdes, sevp), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, mq_receive, (mqd_t mqdes, char *msg_ptr, size_t msg_len, unsigned int *msg_prio), (mqdes, msg_ptr, msg_len, msg_prio), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mq_send, (mqd_t mqdes, const char *msg_ptr, size_t msg_len, unsigned int msg_prio), (mqdes, msg_ptr, msg_len, msg_prio), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mq_setattr, (mqd_t mqdes, const struct mq_attr *newattr, struct mq_attr *oldattr), (mqdes, newattr, oldattr), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, mq_timedreceive, (mqd_t mqdes, char *msg_ptr, size_t msg_len, unsigned int *msg_prio, const struct timespec *abs_timeout), (mqdes, msg_ptr, msg_len, msg_prio, abs_timeout), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mq_timedsend, (mqd_t mqdes, const char *msg_ptr, size_t msg_len, unsigned int msg_prio, const struct timespec *abs_timeout), (mqdes, msg_ptr, msg_len, msg_prio, abs_timeout), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, mq_unlink, (const char *name), (name), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, pipe2, (int *pipefd, int flags), (pipefd, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, poll, (struct pollfd *fds, nfds_t nfds, int timeout), (fds, nfds, timeout), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, posix_openpt, (int oflag), (oflag), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, pread, (int fd, void *buf, size_t count, off_t offset), (fd, buf, count, offset), count)
FDK_INJECT_FN(ssize_t, preadv, (int fd, const struct iovec *iov, int iovcnt, off_t offset), (fd, iov, iovcnt, offset), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, ptsname_r, (int fd, char *buf, size_t buflen), (fd, buf, buflen), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, pwrite, (int fd, const void *buf, size_t count, off_t offset), (fd, buf, count, offset), count)
FDK_INJECT_FN(ssize_t, pwritev, (int fd, const struct iovec *iov, int iovcnt, off_t offset), (fd, iov, iovcnt, offset), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, read, (int fd, void *buf, size_t count), (fd, buf, count), count)
FDK_INJECT_FN(ssize_t, readv, (int fd, const struct iovec *iov, int iovcnt), (fd, iov, iovcnt), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, recv, (int fd, void *buf, size_t n, int flags), (fd, buf, n, flags), n)
FDK_INJECT_FN(ssize_t, recvfrom, (int fd, void *buf, size_t n, int flags, struct sockaddr *addr, socklen_t *addr_len), (fd, buf, n, flags, addr, addr_len), n)
FDK_INJECT_FN(int, recvmmsg, (int fd, struct mmsghdr *vmessages, unsigned int vlen, int flags, struct timespec *tmo), (fd, vmessages, vlen, flags, tmo), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, recvmsg, (int fd, struct msghdr *message, int flags), (fd, message, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, send, (int fd, const void *buf, size_t n, int flags), (fd, buf, n, flags), n)
FDK_INJECT_FN(ssize_t, sendfile, (int out_fd, int in_fd, off_t *offset, size_t count), (out_fd, in_fd, offset, count), count)
FDK_INJECT_FN(int, sendmmsg, (int fd, struct mmsghdr *vmessages, unsigned int vlen, int flags), (fd, vmessages, vlen, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, sendmsg, (int fd, const struct msghdr *message, int flags), (fd, message, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, sendto, (int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr, socklen_t addr_len), (fd, buf, n, flags, addr, addr_len), n)
FDK_INJECT_FN(int, setsockopt, (int fd, int level, int optname, const void *optval, socklen_t optlen), (fd, level, optname, optval, optlen), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, shutdown, (int fd, int how), (fd, how), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, sigaction, (int sig, const struct sigaction *act, struct sigaction *oact), (sig, act, oact), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, signalfd, (int fd, const sigset_t *mask, int flags), (fd, mask, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, socket, (int domain, int type, int protocol), (domain, type, protocol), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, socketpair, (int domain, int type, int protocol, int *fds), (domain, type, protocol, fds), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, splice, (int fd_in, loff_t *off_in, int fd_out, loff_t *off_out, size_t len, unsigned int flags), (fd_in, off_in, fd_out, off_out, len, flags), len)
FDK_INJECT_FN(ssize_t, tee, (int fd_in, int fd_out, size_t len, unsigned int flags), (fd_in, fd_out, len, flags), len)
FDK_INJECT_FN(int, timerfd_create, (clockid_t clockid, int flags), (clockid, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, timerfd_gettime, (int fd, struct itimerspec *curr_value), (fd, curr_value), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, timerfd_settime, (int fd, int flags, const struct itimerspec *new_value, struct itimerspec *old_value), (fd, flags, new_value, old_value), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, unlinkat, (int fd, const char *name, int flag), (fd, name, flag), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, unlockpt, (int fd), (fd), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, vmsplice, (int fd, const struct iovec *iov, size_t nr_segs, unsigned int flags), (fd, iov, nr_segs, flags), FDK_INJECT_NOLEN)
FDK_INJECT_FN(int, waitid, (idtype_t idtype, id_t id, siginfo_t *infop, int options), (idtype, id, infop, options), FDK_INJECT_NOLEN)
FDK_INJECT_FN(ssize_t, write, (int fd, const void *buf, size_t count), (fd, buf, count), count)
FDK_INJECT_FN(ssize_t, writev, (int fd, const struct iovec *iov, int iovcnt), (fd, iov, iovcnt), FDK_INJECT_NOLEN)

#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
FDK_INJECT_LINK(int, fallocate, fallocate64, (int fd, int mode, off_t offset, off_t len), (fd, mode, offset, len), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, ftruncate, ftruncate64, (int fd, off_t length), (fd, length), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(off_t, lseek, lseek64, (int fd, off_t offset, int whence), (fd, offset, whence), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(ssize_t, pread, pread64, (int fd, void *buf, size_t count, off_t offset), (fd, buf, count, offset), count)
FDK_INJECT_LINK(ssize_t, preadv, preadv64, (int fd, const struct iovec *iov, int iovcnt, off_t offset), (fd, iov, iovcnt, offset), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(ssize_t, pwrite, pwrite64, (int fd, const void *buf, size_t count, off_t offset), (fd, buf, count, offset), count)
FDK_INJECT_LINK(ssize_t, pwritev, pwritev64, (int fd, const struct iovec *iov, int iovcnt, off_t offset), (fd, iov, iovcnt, offset), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(ssize_t, sendfile, sendfile64, (int out_fd, int in_fd, off_t *offset, size_t count), (out_fd, in_fd, offset, count), count)
#if defined(FDK__ARCH_AARCH64) || defined(FDK__ARCH_RISCV64) || defined(FDK__ARCH_X86_64)
FDK_INJECT_LINK(int, fstat, fstat64, (int fd, struct stat *buf), (fd, buf), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, fstatat, fstatat64, (int fd, const char *file, struct stat *buf, int flag), (fd, file, buf, flag), FDK_INJECT_NOLEN)
#elif defined(FDK__ARCH_ARM) || defined(FDK__ARCH_I386)
FDK_INJECT_LINK(int, epoll_pwait2, __epoll_pwait2_time64, (int epfd, struct epoll_event *events, int maxevents, const struct timespec *timeout, const sigset_t *sigmask), (epfd, events, maxevents, timeout, sigmask), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, fstat, __fstat64_time64, (int fd, struct stat *buf), (fd, buf), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, fstatat, __fstatat64_time64, (int fd, const char *file, struct stat *buf, int flag), (fd, file, buf, flag), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, getsockopt, __getsockopt64, (int fd, int level, int optname, void *optval, socklen_t *optlen), (fd, level, optname, optval, optlen), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(ssize_t, mq_timedreceive, __mq_timedreceive_time64, (mqd_t mqdes, char *msg_ptr, size_t msg_len, unsigned int *msg_prio, const struct timespec *abs_timeout), (mqdes, msg_ptr, msg_len, msg_prio, abs_timeout), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, mq_timedsend, __mq_timedsend_time64, (mqd_t mqdes, const char *msg_ptr, size_t msg_len, unsigned int msg_prio, const struct timespec *abs_timeout), (mqdes, msg_ptr, msg_len, msg_prio, abs_timeout), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, recvmmsg, __recvmmsg64, (int fd, struct mmsghdr *vmessages, unsigned int vlen, int flags, struct timespec *tmo), (fd, vmessages, vlen, flags, tmo), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(ssize_t, recvmsg, __recvmsg64, (int fd, struct msghdr *message, int flags), (fd, message, flags), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, sendmmsg, __sendmmsg64, (int fd, struct mmsghdr *vmessages, unsigned int vlen, int flags), (fd, vmessages, vlen, flags), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(ssize_t, sendmsg, __sendmsg64, (int fd, const struct msghdr *message, int flags), (fd, message, flags), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, setsockopt, __setsockopt64, (int fd, int level, int optname, const void *optval, socklen_t optlen), (fd, level, optname, optval, optlen), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, timerfd_gettime, __timerfd_gettime64, (int fd, struct itimerspec *curr_value), (fd, curr_value), FDK_INJECT_NOLEN)
FDK_INJECT_LINK(int, timerfd_settime, __timerfd_settime64, (int fd, int flags, const struct itimerspec *new_value, struct itimerspec *old_value), (fd, flags, new_value, old_value), FDK_INJECT_NOLEN)
#endif
#endif
