/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/* The headers that declare the functions in fdk-inject-fns.h. */
#ifndef FDK_INJECT_HEADERS_H
#define FDK_INJECT_HEADERS_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <unistd.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/sysmacros.h>
#include <poll.h>
#include <time.h>
#include <sys/epoll.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <sys/types.h>
#include <linux/openat2.h>
#include <linux/falloc.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <linux/memfd.h>
#include <mqueue.h>
#include <sys/wait.h>
#include <sys/sendfile.h>
#include <sys/signalfd.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/timerfd.h>
#include <stdlib.h>
#include <sys/file.h>

#endif /* FDK_INJECT_HEADERS_H */
