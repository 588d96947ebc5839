/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/inotify-types.h
 * The recursive tree watcher's types (fdk_inotify_tree_new()).
 */
#ifndef FDKIT_INOTIFY_TYPES_H
#define FDKIT_INOTIFY_TYPES_H

#include <fdkit/common.h>
#include <stddef.h>
#include <stdint.h>

FDK_BEGIN_DECLS

/** A watched directory tree (opaque; fdk_inotify_tree_new() makes one). */
typedef struct fdk_inotify_tree fdk_inotify_tree;

/**
 * One event of a watched tree, as fdk_inotify_tree_read() reports it.  The
 * strings belong to the tree and stay valid until the next
 * fdk_inotify_tree_read() or fdk_inotify_tree_free() on it.
 */
struct fdk_inotify_tree_event {
    uint32_t mask;        /**< one event bit (FDK_INOTIFY_CREATE...), with FDK_INOTIFY_ISDIR for a directory; 0 for a notice (flags) */
    uint32_t flags;       /**< FDK_INOTIFY_TREE_SYNTHETIC, _RENAME, _RESCAN, _LIMIT (fdk_flags_format(FDK_FLAGSET_INOTIFY_TREE_EVENT, ...)) */
    uint32_t cookie;      /**< pairs a MOVED_FROM with its MOVED_TO, as inotify does (0 otherwise) */
    int error;            /**< for FDK_INOTIFY_TREE_LIMIT: why the directory at path is not watched (-ENOSPC...) */
    const char *path;     /**< the entry, relative to the root ("" for the root itself); never NULL */
    size_t path_len;      /**< strlen(path) */
    const char *old_path; /**< for FDK_INOTIFY_TREE_RENAME (a MOVED_TO inside the tree): where the entry was; else NULL */
};

FDK_END_DECLS

#endif /* FDKIT_INOTIFY_TYPES_H */
