/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/mq-types.h
 * A message queue's attributes (fdk_mq_open(), fdk_mq_get_attr()).
 */
#ifndef FDKIT_MQ_TYPES_H
#define FDKIT_MQ_TYPES_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

/** What a queue holds and how much it may hold. */
struct fdk_mq_attr {
    long maxmsg;   /**< most messages the queue holds (fixed when it is made) */
    long msgsize;  /**< largest message, in bytes (fixed when it is made) */
    long curmsgs;  /**< messages in the queue now (fdk_mq_get_attr only) */
    bool nonblock; /**< this descriptor is non-blocking (fdk_mq_get_attr only) */
};

#ifdef __cplusplus
}
#endif

#endif /* FDKIT_MQ_TYPES_H */
