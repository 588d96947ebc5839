/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/fanotify-types.h
 * The file id an fanotify event reports (struct fdk_fanotify_event's fid,
 * dfid, old_dfid and new_dfid).
 */
#ifndef FDKIT_FANOTIFY_TYPES_H
#define FDKIT_FANOTIFY_TYPES_H

#include <fdkit/common.h>
#include <stddef.h>
#include <stdint.h>

FDK_BEGIN_DECLS

/**
 * A file id from a FID, DFID or DFID_NAME information record: which file
 * system (the fsid statfs() reports as f_fsid) and which object in it (an
 * opaque handle, the f_handle of a struct file_handle that
 * name_to_handle_at() would give).  Pointers point into the read buffer,
 * which need not be aligned for a struct file_handle: fdk_fanotify_open_fid()
 * copies the handle out.  All zero (handle NULL) when the record is absent.
 */
struct fdk_fanotify_fid {
    int32_t fsid[2];             /**< the file system's id, as statfs()'s f_fsid */
    int handle_type;             /**< struct file_handle's handle_type */
    uint32_t handle_bytes;       /**< bytes at handle */
    const unsigned char *handle; /**< struct file_handle's f_handle (into the buffer) */
    const char *name;            /**< DFID_NAME kinds: the entry's name, NUL-terminated in the record ("." for the directory itself); NULL otherwise */
    size_t name_len;             /**< bytes of name before its NUL (0 when name is NULL) */
};

FDK_END_DECLS

#endif /* FDKIT_FANOTIFY_TYPES_H */
