/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/mq-types.h
 * A message queue's attributes (fdk_mq_open(), fdk_mq_get_attr()).
 */
#ifndef FDKIT_MQ_TYPES_H
#define FDKIT_MQ_TYPES_H

#include <fdkit/common.h>
#include <stdbool.h>

FDK_BEGIN_DECLS

/** What a queue holds and how much it may hold. */
struct fdk_mq_attr {
    long maxmsg;   /**< most messages the queue holds (fixed when it is made) */
    long msgsize;  /**< largest message, in bytes (fixed when it is made) */
    long curmsgs;  /**< messages in the queue now (fdk_mq_get_attr only) */
    bool nonblock; /**< this descriptor is non-blocking (fdk_mq_get_attr only) */
};

FDK_END_DECLS

#endif /* FDKIT_MQ_TYPES_H */
