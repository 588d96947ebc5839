/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/epoll-inline.h
 * Inline helpers for reading epoll events; included by <fdkit/epoll.h>.
 */
#ifndef FDKIT_EPOLL_INLINE_H
#define FDKIT_EPOLL_INLINE_H

#include <stdint.h>
#include <sys/epoll.h>

/**
 * The 64-bit token given to fdk_epoll_add() / fdk_epoll_modify() for the fd
 * this event belongs to.  struct epoll_event is packed on x86-64, so read it
 * through this helper rather than by taking the address of data.u64.
 */
static inline uint64_t fdk_epoll_event_token(const struct epoll_event *e)
{
    return e->data.u64;
}

/** The FDK_EPOLL_* bits reported by this event. */
static inline uint32_t fdk_epoll_event_bits(const struct epoll_event *e)
{
    return e->events;
}

#endif /* FDKIT_EPOLL_INLINE_H */
