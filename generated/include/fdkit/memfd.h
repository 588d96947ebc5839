/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/memfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/memfd.h
 * A memory file: a regular file that lives only in memory (shmem or hugetlbfs), with no name in
 * any directory. It can be sized with ftruncate(), written, read and mmap()ed like any file, and
 * passed to another process over a Unix socket. Seals restrict what anyone holding the file may
 * still do with it - shrink, grow, write, add more seals - so a receiver can trust a shared buffer
 * not to change under it.
 *
 * See memfd_create(2), fcntl(2).
 */
#ifndef FDKIT_MEMFD_H
#define FDKIT_MEMFD_H

#include <fdkit/common.h>

#include <sys/mman.h>
#include <fcntl.h>
#include <linux/memfd.h>

FDK_BEGIN_DECLS

/**
 * A memory file. Owned by whoever created or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_memfd_close() releases it.
 */
typedef struct fdk_memfd {
    int fd;
} fdk_memfd;

/**
 * @name Flags for fdk_memfd_create().
 * - FDK_MEMFD_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * - FDK_MEMFD_ALLOW_SEALING: Allow seals (fdk_memfd_add_seals()); without it the file starts
 *   with F_SEAL_SEAL.
 * - FDK_MEMFD_HUGETLB: Back the file with huge pages (hugetlbfs); it must then be sized in whole
 *   huge pages.
 * - FDK_MEMFD_HUGE_MASK: The huge page size, with MFD_HUGETLB: one of the values below, or none
 *   for the system's default size. A size the machine has no pool for fails
 *   in the kernel.
 * - FDK_MEMFD_HUGE_64KB: 64 KiB pages.
 * - FDK_MEMFD_HUGE_512KB: 512 KiB pages.
 * - FDK_MEMFD_HUGE_1MB: 1 MiB pages.
 * - FDK_MEMFD_HUGE_2MB: 2 MiB pages.
 * - FDK_MEMFD_HUGE_8MB: 8 MiB pages.
 * - FDK_MEMFD_HUGE_16MB: 16 MiB pages.
 * - FDK_MEMFD_HUGE_32MB: 32 MiB pages.
 * - FDK_MEMFD_HUGE_256MB: 256 MiB pages.
 * - FDK_MEMFD_HUGE_512MB: 512 MiB pages.
 * - FDK_MEMFD_HUGE_1GB: 1 GiB pages.
 * - FDK_MEMFD_HUGE_2GB: 2 GiB pages.
 * - FDK_MEMFD_HUGE_16GB: 16 GiB pages.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_MEMFD_CLOEXEC       0x00000001u
#define FDK_MEMFD_ALLOW_SEALING 0x00000002u
#define FDK_MEMFD_HUGETLB       0x00000004u
#define FDK_MEMFD_HUGE_MASK     0xfc000000u
#define FDK_MEMFD_HUGE_64KB     0x40000000u
#define FDK_MEMFD_HUGE_512KB    0x4c000000u
#define FDK_MEMFD_HUGE_1MB      0x50000000u
#define FDK_MEMFD_HUGE_2MB      0x54000000u
#define FDK_MEMFD_HUGE_8MB      0x5c000000u
#define FDK_MEMFD_HUGE_16MB     0x60000000u
#define FDK_MEMFD_HUGE_32MB     0x64000000u
#define FDK_MEMFD_HUGE_256MB    0x70000000u
#define FDK_MEMFD_HUGE_512MB    0x74000000u
#define FDK_MEMFD_HUGE_1GB      0x78000000u
#define FDK_MEMFD_HUGE_2GB      0x7c000000u
#define FDK_MEMFD_HUGE_16GB     0x88000000u
#else /* an architecture without a lock: the system headers' values */
#define FDK_MEMFD_CLOEXEC       MFD_CLOEXEC
#define FDK_MEMFD_ALLOW_SEALING MFD_ALLOW_SEALING
#define FDK_MEMFD_HUGETLB       MFD_HUGETLB
#define FDK_MEMFD_HUGE_MASK     ((unsigned int)((uint64_t)MFD_HUGE_MASK << MFD_HUGE_SHIFT))
#define FDK_MEMFD_HUGE_64KB     MFD_HUGE_64KB
#define FDK_MEMFD_HUGE_512KB    MFD_HUGE_512KB
#define FDK_MEMFD_HUGE_1MB      MFD_HUGE_1MB
#define FDK_MEMFD_HUGE_2MB      MFD_HUGE_2MB
#define FDK_MEMFD_HUGE_8MB      MFD_HUGE_8MB
#define FDK_MEMFD_HUGE_16MB     MFD_HUGE_16MB
#define FDK_MEMFD_HUGE_32MB     MFD_HUGE_32MB
#define FDK_MEMFD_HUGE_256MB    MFD_HUGE_256MB
#define FDK_MEMFD_HUGE_512MB    MFD_HUGE_512MB
#define FDK_MEMFD_HUGE_1GB      MFD_HUGE_1GB
#define FDK_MEMFD_HUGE_2GB      MFD_HUGE_2GB
#define FDK_MEMFD_HUGE_16GB     MFD_HUGE_16GB
#endif
/** Every bit fdk_memfd accepts in this set. */
#define FDK_MEMFD_CREATE_ALL \
    (FDK_MEMFD_CLOEXEC | FDK_MEMFD_ALLOW_SEALING | FDK_MEMFD_HUGETLB | FDK_MEMFD_HUGE_MASK)
/** @} */

/**
 * @name File seals, for fdk_memfd_add_seals() and what fdk_memfd_get_seals() reports.
 * - FDK_MEMFD_SEAL_SEAL: No more seals can be added.
 * - FDK_MEMFD_SEAL_SHRINK: The file cannot shrink.
 * - FDK_MEMFD_SEAL_GROW: The file cannot grow.
 * - FDK_MEMFD_SEAL_WRITE: The contents cannot change: writes fail with -EPERM. Adding it fails
 *   with -EBUSY while a writable shared mapping exists.
 * - FDK_MEMFD_SEAL_FUTURE_WRITE: No new writes or writable mappings; writable mappings that
 *   already exist keep working (a producer keeps writing, consumers
 *   only read).
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_MEMFD_SEAL_SEAL         0x00000001u
#define FDK_MEMFD_SEAL_SHRINK       0x00000002u
#define FDK_MEMFD_SEAL_GROW         0x00000004u
#define FDK_MEMFD_SEAL_WRITE        0x00000008u
#define FDK_MEMFD_SEAL_FUTURE_WRITE 0x00000010u
#else /* an architecture without a lock: the system headers' values */
#define FDK_MEMFD_SEAL_SEAL         F_SEAL_SEAL
#define FDK_MEMFD_SEAL_SHRINK       F_SEAL_SHRINK
#define FDK_MEMFD_SEAL_GROW         F_SEAL_GROW
#define FDK_MEMFD_SEAL_WRITE        F_SEAL_WRITE
#define FDK_MEMFD_SEAL_FUTURE_WRITE F_SEAL_FUTURE_WRITE
#endif
/** Every bit fdk_memfd accepts in this set. */
#define FDK_MEMFD_SEALS_ALL \
    (FDK_MEMFD_SEAL_SEAL | FDK_MEMFD_SEAL_SHRINK | FDK_MEMFD_SEAL_GROW | FDK_MEMFD_SEAL_WRITE | \
     FDK_MEMFD_SEAL_FUTURE_WRITE)
/** @} */

/**
 * Create a memory file of size 0. name is only a label: it shows in /proc/self/fd as "/memfd:name
 * (deleted)" and never names anything in a file system, so several files may share it.
 *
 * @param out    receives the new memory file (written only on success)
 * @param name   a label of at most 249 bytes (for /proc and debugging)
 * @param flags  FDK_MEMFD_ALLOW_SEALING, FDK_MEMFD_HUGETLB with an optional FDK_MEMFD_HUGE_*
 *               size, or 0
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 3.17, glibc 2.27.
 *
 * @return 0 on success, or a negative errno:
 *   -EFAULT  name points outside the address space
 *   -EINVAL  NULL out or name, unknown flags, a huge page size without HUGETLB, or a name longer
 *            than 249 bytes
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENOMEM  not enough memory
 *   -EPERM   HUGETLB without the right to lock memory (CAP_IPC_LOCK or vm.hugetlb_shm_group)
 */
FDK_EXPORT int fdk_memfd_create(fdk_memfd *out, const char *name, unsigned int flags);

/**
 * Add seals to the file (they can never be removed). The file must have been created with
 * FDK_MEMFD_ALLOW_SEALING, and must not carry F_SEAL_SEAL yet; a seal already set is not an error.
 *
 * @param h      the memfd (borrowed)
 * @param seals  the seals to add: FDK_MEMFD_SEAL_* bits
 *
 * Never blocks. EINTR is retried. Since Linux 3.17.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   h is not an open descriptor
 *   -EBUSY   F_SEAL_WRITE was asked while a writable shared mapping of the file exists
 *   -EINVAL  unknown seal bits, or h is not a file that takes seals (not a memfd or shmem file)
 *   -EPERM   the file is sealed with F_SEAL_SEAL (always so without FDK_MEMFD_ALLOW_SEALING), or
 *            it is not open for writing
 */
FDK_EXPORT int fdk_memfd_add_seals(fdk_memfd h, unsigned int seals);

/**
 * Read the seals the file carries (fdk_flags_format(FDK_FLAGSET_MEMFD_SEALS, ...) prints them).
 *
 * @param h  the memfd (borrowed)
 *
 * Never blocks. EINTR is retried. Since Linux 3.17.
 *
 * @return the seals the file carries (FDK_MEMFD_SEAL_* bits), or a negative errno:
 *   -EBADF   h is not an open descriptor
 *   -EINVAL  h is not a file that takes seals (not a memfd or shmem file)
 */
FDK_EXPORT int fdk_memfd_get_seals(fdk_memfd h);

/**
 * Close the memfd and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 3.17, glibc 2.27.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_memfd_close(fdk_memfd *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_memfd fdk_memfd_adopt(int fd)
{
    fdk_memfd h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_memfd_release(fdk_memfd *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#endif /* FDKIT_MEMFD_H */
