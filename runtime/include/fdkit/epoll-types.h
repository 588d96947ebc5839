/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/epoll-types.h
 * One registration of an epoll set, as fdk_epoll_registrations() lists it.
 */
#ifndef FDKIT_EPOLL_TYPES_H
#define FDKIT_EPOLL_TYPES_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A descriptor an epoll set watches. */
struct fdk_epoll_registration {
    int fd;          /**< the watched descriptor's number (in the table it was added from) */
    uint32_t events; /**< the events asked for, with EPOLLET, EPOLLONESHOT..., plus EPOLLERR | EPOLLHUP, which the kernel always adds (a fired ONESHOT shows none) */
    uint64_t token;  /**< the 64-bit data given to fdk_epoll_add() */
};

#ifdef __cplusplus
}
#endif

#endif /* FDKIT_EPOLL_TYPES_H */
