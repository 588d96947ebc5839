/* SPDX-License-Identifier: MIT */
/*
 * Process descriptors: pidfd_open(2) and pidfd_send_signal(2) through raw
 * system calls (glibc only gained wrappers in 2.36), and waitid(P_PIDFD) to
 * collect a child's status without touching SIGCHLD.  Close is generated from
 * spec/pidfd.yaml.
 */
#include "fdk-internal.h"
#include "fdk-abi.h"

#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * waitid's id type for "id is a pidfd" (Linux 5.4).  glibc declares P_PIDFD
 * as an enumerator (invisible to #ifdef) and only since 2.36, so name the
 * kernel's value ourselves rather than guess what the headers provide.
 */
#define FDK__P_PIDFD ((idtype_t)3)

int fdk_pidfd_open(fdk_pidfd *out, pid_t pid, unsigned int flags)
{
    if (!out)
        return -EINVAL;
    if (pid <= 0)
        return -EINVAL; /* 0 and negatives name groups or "self" elsewhere, never one process */
    if (flags & ~(unsigned int)FDK_PIDFD_OPEN_ALL)
        return -EINVAL;
#ifdef FDK__NR_pidfd_open
    {
        /* The kernel always sets O_CLOEXEC on a pidfd; there is no flag to ask. */
        long r = syscall(FDK__NR_pidfd_open, pid, flags);
        if (r < 0) {
            /*
             * A thread that is not a thread-group leader is not a process:
             * Linux says ENOENT for it since 6.9 and EINVAL before (with our
             * flags already checked, flags 0 leaves no other EINVAL).  One
             * answer on every kernel: no such process.
             */
            if (errno == ENOENT || (errno == EINVAL && flags == 0))
                return -ESRCH;
            return FDK__NEG_ERRNO();
        }
        out->fd = (int)r;
        return 0;
    }
#else
    return -ENOSYS; /* neither the ABI lock nor the headers know pidfd_open */
#endif
}

int fdk_pidfd_send_signal(fdk_pidfd p, int signo)
{
    if (p.fd < 0)
        return -EBADF;
    if (signo < 0 || signo > SIGRTMAX)
        return -EINVAL;
#ifdef FDK__NR_pidfd_send_signal
    for (;;) {
        /* NULL info: the kernel fills in a kill()-style record (SI_USER). */
        long r = syscall(FDK__NR_pidfd_send_signal, p.fd, signo, (void *)NULL, 0u);
        if (r == 0)
            return 0;
        if (errno != EINTR)
            return FDK__NEG_ERRNO();
    }
#else
    return -ENOSYS;
#endif
}

int fdk_pidfd_wait(fdk_pidfd p, struct fdk_siginfo *out, int options)
{
    siginfo_t si;

    if (p.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    if (options & ~(FDK_PIDFD_WAIT_ALL))
        return -EINVAL;

    /* With WNOHANG and nothing to report the kernel returns 0 and leaves si_pid 0. */
    memset(&si, 0, sizeof(si));
    /* EINTR is handed back: the caller's handler ran and may want to stop waiting. */
    if (waitid(FDK__P_PIDFD, (id_t)p.fd, &si, WEXITED | options) < 0)
        return FDK__NEG_ERRNO();
    if (si.si_pid == 0)
        return -EAGAIN; /* WNOHANG: the child is still running (or unchanged) */
    return fdk_signal_decode_siginfo(&si, out);
}
