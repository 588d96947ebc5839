/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/chardev-inline.h
 * Names for the access modes of fdk_chardev_open() (included by
 * fdkit/chardev.h; the values are the libc's, validated by the wrapper).
 */
#ifndef FDKIT_CHARDEV_INLINE_H
#define FDKIT_CHARDEV_INLINE_H

#include <fcntl.h>

#define FDK_CHARDEV_RDONLY O_RDONLY /**< open for reading only */
#define FDK_CHARDEV_WRONLY O_WRONLY /**< open for writing only */
#define FDK_CHARDEV_RDWR O_RDWR     /**< open for reading and writing */

#endif /* FDKIT_CHARDEV_INLINE_H */
