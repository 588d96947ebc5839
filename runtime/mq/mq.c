/* SPDX-License-Identifier: MIT */
/*
 * POSIX message queues: names checked before any system call, the queue's
 * msgsize kept in the handle so a receive into a buffer too small is
 * refused without one, sends and receives with absolute CLOCK_REALTIME
 * deadlines, attributes, and notification registrations.
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <fcntl.h>
#include <limits.h>
#include <mqueue.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

int fdk_mq_name_check(const char *name, const char **ret_why)
{
    const char *why = NULL;
    size_t n;
    int r = -EINVAL;

    if (!name)
        why = "the name is NULL";
    else if (name[0] != '/')
        why = "a queue name starts with '/'";
    else if (name[1] == '\0')
        why = "a queue name needs at least one byte after its '/'";
    else if (strchr(name + 1, '/'))
        why = "a queue name has no '/' after the first";
    else if (strcmp(name, "/.") == 0 || strcmp(name, "/..") == 0)
        why = "\".\" and \"..\" cannot name a queue (the kernel refuses both)";
    else if ((n = strlen(name + 1)) > NAME_MAX) {
        why = "a queue name is at most NAME_MAX (255) bytes after its '/'";
        r = -ENAMETOOLONG;
    } else
        return 0;
    if (ret_why)
        *ret_why = why;
    return r;
}

/* The queue's attributes from the kernel. */
static int getattr(int fd, struct mq_attr *a)
{
    if (mq_getattr(fd, a) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_mq_open(fdk_mq *out, const char *name, int flags, mode_t mode, const struct fdk_mq_attr *attr)
{
    struct mq_attr ka, now;
    int oflag, fd, r;

    r = fdk__mq_open_validate(out, name, flags, mode, attr);
    if (r < 0)
        return r;
    r = fdk_mq_name_check(name, NULL);
    if (r < 0)
        return r;
    /* READ is fdkit's name for O_RDONLY (0): the bit never reaches the kernel */
    oflag = (flags & ~FDK_MQ_READ) | O_CLOEXEC;
    if (attr) {
        if (attr->maxmsg <= 0 || attr->msgsize <= 0)
            return -EINVAL; /* the kernel says the same, but only when it creates */
        memset(&ka, 0, sizeof ka);
        ka.mq_maxmsg = attr->maxmsg;
        ka.mq_msgsize = attr->msgsize;
    }
    fd = FDK__RETRY_EINTR(mq_open(name, oflag, mode, attr ? &ka : NULL));
    if (fd < 0)
        return FDK__NEG_ERRNO();
    r = getattr(fd, &now);
    if (r < 0) {
        fdk__close_quietly(fd);
        return r;
    }
    out->fd = fd;
    out->msgsize = now.mq_msgsize;
    return 0;
}

int fdk_mq_unlink(const char *name)
{
    int r = fdk__mq_unlink_validate(name);

    if (r < 0)
        return r;
    r = fdk_mq_name_check(name, NULL);
    if (r < 0)
        return r;
    if (mq_unlink(name) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

/* The checks a send makes before its system call. */
static int send_checks(fdk_mq mq, size_t len, unsigned int prio)
{
    /* glibc answers _SC_MQ_PRIO_MAX from a constant: no system call */
    long prio_max = sysconf(_SC_MQ_PRIO_MAX);

    if (prio_max > 0 && prio >= (unsigned long)prio_max)
        return -EINVAL;
    if (mq.msgsize > 0 && len > (size_t)mq.msgsize)
        return -EMSGSIZE;
    return 0;
}

/* A deadline the kernel would refuse (after waiting on a full queue, or never). */
static int deadline_check(const struct timespec *deadline)
{
    if (deadline && (deadline->tv_nsec < 0 || deadline->tv_nsec >= 1000000000L))
        return -EINVAL;
    return 0;
}

/* A send after its validation: the checks, then mq_send, or mq_timedsend with a deadline. */
static int send_until(fdk_mq mq, const void *msg, size_t len, unsigned int prio, const struct timespec *deadline)
{
    int r;

    if ((r = send_checks(mq, len, prio)) < 0 || (r = deadline_check(deadline)) < 0)
        return r;
    /* an empty message is a real message: the call is made for len 0 */
    if (!msg)
        msg = "";
    r = deadline ? mq_timedsend(mq.fd, msg, len, prio, deadline) : mq_send(mq.fd, msg, len, prio);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_mq_send(fdk_mq mq, const void *msg, size_t len, unsigned int prio)
{
    int r = fdk__mq_send_validate(mq, msg, len, prio);

    return r < 0 ? r : send_until(mq, msg, len, prio, NULL);
}

int fdk_mq_send_until(fdk_mq mq, const void *msg, size_t len, unsigned int prio,
                      const struct timespec *deadline)
{
    int r = fdk__mq_send_until_validate(mq, msg, len, prio, deadline);

    return r < 0 ? r : send_until(mq, msg, len, prio, deadline);
}

/* A receive after its validation: the checks, then mq_receive, or mq_timedreceive with a deadline. */
static ssize_t receive_until(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio,
                             const struct timespec *deadline)
{
    unsigned int prio;
    ssize_t n;
    int r;

    if (!buf)
        return -EINVAL;
    if (mq.msgsize > 0 && len < (size_t)mq.msgsize)
        return -EMSGSIZE; /* the kernel's answer too, for any len below msgsize */
    if ((r = deadline_check(deadline)) < 0)
        return r;
    n = deadline ? mq_timedreceive(mq.fd, buf, len, &prio, deadline) : mq_receive(mq.fd, buf, len, &prio);
    if (n < 0)
        return FDK__NEG_ERRNO();
    if (ret_prio)
        *ret_prio = prio;
    return n;
}

ssize_t fdk_mq_receive(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio)
{
    int r = fdk__mq_receive_validate(mq, buf, len, ret_prio);

    return r < 0 ? r : receive_until(mq, buf, len, ret_prio, NULL);
}

ssize_t fdk_mq_receive_until(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio,
                             const struct timespec *deadline)
{
    int r = fdk__mq_receive_until_validate(mq, buf, len, ret_prio, deadline);

    return r < 0 ? r : receive_until(mq, buf, len, ret_prio, deadline);
}

int fdk_mq_get_attr(fdk_mq mq, struct fdk_mq_attr *out)
{
    struct mq_attr a;
    int r = fdk__mq_get_attr_validate(mq, out);

    if (r < 0 || (r = getattr(mq.fd, &a)) < 0)
        return r;
    out->maxmsg = a.mq_maxmsg;
    out->msgsize = a.mq_msgsize;
    out->curmsgs = a.mq_curmsgs;
    out->nonblock = (a.mq_flags & O_NONBLOCK) != 0;
    return 0;
}

int fdk_mq_set_nonblock(fdk_mq mq, bool enable)
{
    struct mq_attr a;
    int r = fdk__mq_set_nonblock_validate(mq, enable);

    if (r < 0)
        return r;
    memset(&a, 0, sizeof a);
    a.mq_flags = enable ? O_NONBLOCK : 0; /* mq_setattr changes only mq_flags */
    if (mq_setattr(mq.fd, &a, NULL) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_mq_depth(fdk_mq mq)
{
    struct mq_attr a;
    int r = fdk__mq_depth_validate(mq);

    if (r < 0 || (r = getattr(mq.fd, &a)) < 0)
        return r;
    return a.mq_curmsgs > INT_MAX ? INT_MAX : (int)a.mq_curmsgs;
}

int fdk_mq_is_full(fdk_mq mq)
{
    struct mq_attr a;
    int r = fdk__mq_is_full_validate(mq);

    if (r < 0 || (r = getattr(mq.fd, &a)) < 0)
        return r;
    /* the message count, never the bytes: a queue of empty messages fills too */
    return a.mq_curmsgs >= a.mq_maxmsg;
}

int fdk_mq_is_empty(fdk_mq mq)
{
    struct mq_attr a;
    int r = fdk__mq_is_empty_validate(mq);

    if (r < 0 || (r = getattr(mq.fd, &a)) < 0)
        return r;
    return a.mq_curmsgs == 0;
}

static int notify(fdk_mq mq, const struct sigevent *sev)
{
    if (mq_notify(mq.fd, sev) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_mq_notify_signal(fdk_mq mq, int signo, int value)
{
    struct sigevent sev;
    int r = fdk__mq_notify_signal_validate(mq, signo, value);

    if (r < 0)
        return r;
    if (!fdk__signo_valid(signo))
        return -EINVAL;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = signo;
    sev.sigev_value.sival_int = value;
    return notify(mq, &sev);
}

int fdk_mq_notify_none(fdk_mq mq)
{
    struct sigevent sev;
    int r = fdk__mq_notify_none_validate(mq);

    if (r < 0)
        return r;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_NONE;
    return notify(mq, &sev);
}

int fdk_mq_notify_remove(fdk_mq mq)
{
    int r = fdk__mq_notify_remove_validate(mq);

    if (r < 0)
        return r;
    /* removing a registration this process does not hold is not an error */
    return notify(mq, NULL);
}

int fdk_mq_close(fdk_mq *h)
{
    int fd;

    if (!h)
        return -EINVAL;
    h->msgsize = 0;
    fd = h->fd;
    if (fd < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: the descriptor is gone even when close reports EINTR. */
    if (close(fd) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_mq_release(fdk_mq *h)
{
    int fd;

    if (!h)
        return -EINVAL;
    h->msgsize = 0;
    fd = h->fd;
    h->fd = -1;
    return fd;
}
