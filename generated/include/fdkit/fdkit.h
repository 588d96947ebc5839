/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/fdkit.h
 * fdkit: typed, safe, zero-cost wrappers for Linux file descriptors.
 *
 * Including this header gives every family.  Conventions, for every call:
 * - a return >= 0 is success, a negative errno is failure (errno itself is
 *   not part of the interface);
 * - out-parameters are written only on success;
 * - every descriptor is created with FD_CLOEXEC, O_NONBLOCK only on request;
 * - a bad fd (-1) gives -EBADF and invalid arguments give -EINVAL before any
 *   system call is made;
 * - fdk_<kind>_close() sets the fd to -1, is a no-op on -1 and is never
 *   retried.
 */
#ifndef FDKIT_FDKIT_H
#define FDKIT_FDKIT_H

#include <fdkit/common.h>
#include <fdkit/errors.h>
#include <fdkit/flags.h>
#include <fdkit/fd.h>
#include <fdkit/chardev.h>
#include <fdkit/copy.h>
#include <fdkit/epoll.h>
#include <fdkit/eventfd.h>
#include <fdkit/fanotify.h>
#include <fdkit/fdinfo.h>
#include <fdkit/fifo.h>
#include <fdkit/file.h>
#include <fdkit/inotify.h>
#include <fdkit/memfd.h>
#include <fdkit/mq.h>
#include <fdkit/pidfd.h>
#include <fdkit/pipe.h>
#include <fdkit/sendfile.h>
#include <fdkit/sigdispatch.h>
#include <fdkit/signal.h>
#include <fdkit/signalfd.h>
#include <fdkit/socket.h>
#include <fdkit/splice.h>
#include <fdkit/timerfd.h>
#include <fdkit/tty.h>

#endif /* FDKIT_FDKIT_H */
