/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/epoll-types.h
 * One registration of an epoll set, as fdk_epoll_registrations() lists it,
 * and an epoll set's busy-poll parameters.
 */
#ifndef FDKIT_EPOLL_TYPES_H
#define FDKIT_EPOLL_TYPES_H

#include <fdkit/common.h>
#include <stdint.h>

FDK_BEGIN_DECLS

/** A descriptor an epoll set watches. */
struct fdk_epoll_registration {
    int fd;          /**< the watched descriptor's number (in the table it was added from) */
    uint32_t events; /**< the events asked for, with EPOLLET, EPOLLONESHOT..., plus EPOLLERR | EPOLLHUP, which the kernel always adds (a fired ONESHOT shows none) */
    uint64_t token;  /**< the 64-bit data given to fdk_epoll_add() */
};

/**
 * Busy-poll parameters of an epoll set (the kernel's struct epoll_params,
 * Linux 6.9), for fdk_epoll_set_busy_poll() and fdk_epoll_get_busy_poll().
 * fdkit declares its own copy so that programs build against older headers;
 * the request codes encode its size, which the library checks.
 */
struct fdk_epoll_busy_poll {
    uint32_t busy_poll_usecs;  /**< microseconds a wait busy-polls the devices' queues before sleeping (0: off; at most INT32_MAX) */
    uint16_t busy_poll_budget; /**< packets one poll may take (above 64 needs CAP_NET_ADMIN) */
    uint8_t prefer_busy_poll;  /**< 1: prefer busy polling to interrupts while the set is waited on (0 or 1) */
    uint8_t pad;               /**< must be 0 (written as 0 by the getter) */
};

FDK_END_DECLS

#endif /* FDKIT_EPOLL_TYPES_H */
