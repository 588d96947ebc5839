/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/pidfd-types.h
 * fdk_pidfd_wait() reports a child's fate as a decoded signal record.
 */
#ifndef FDKIT_PIDFD_TYPES_H
#define FDKIT_PIDFD_TYPES_H

#include <fdkit/signal-types.h>

#endif /* FDKIT_PIDFD_TYPES_H */
