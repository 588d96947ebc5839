/* SPDX-License-Identifier: MIT */
/*
 * fanotify: the group, permission answers (plain, with an errno, with an
 * audit rule), the information records inside an event, and the helpers
 * that give back every descriptor a read handed out.  mark, read and the
 * record iterator fdk_fanotify_next are generated; the iterator calls
 * fdk__fanotify_event_decode() below for the records after the metadata.
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <sys/fanotify.h>
#include <unistd.h>

/*
 * Kernel ABI newer than the headers fdkit is generated from (Debian 12's are
 * Linux 6.1): the values are fixed by linux/fanotify.h of the kernel that
 * added them and never change.
 */
#ifndef FAN_INFO
#define FAN_INFO 0x20 /* a response followed by information records (6.3) */
#endif
#ifndef FAN_RESPONSE_INFO_AUDIT_RULE
#define FAN_RESPONSE_INFO_AUDIT_RULE 1
#endif
/* FAN_DENY_ERRNO(err) (6.14): the errno rides in the response's top byte */
#define FDK__FAN_ERRNO_SHIFT 24
#define FDK__FAN_ERRNO_MASK 0xffu

/* A response with one audit-rule information record (FAN_INFO). */
struct audit_response {
    struct fanotify_response r;
    struct {
        uint8_t type;
        uint8_t pad;
        uint16_t len;
        uint32_t rule_number;
        uint32_t subj_trust;
        uint32_t obj_trust;
    } rule;
};
_Static_assert(sizeof(struct audit_response) == 24, "the kernel reads 8 + 16 bytes");

int fdk_fanotify_open(fdk_fanotify *out, unsigned int flags, unsigned int event_f_flags)
{
    int fd, r;

    r = fdk__fanotify_open_validate(out, flags, event_f_flags);
    if (r < 0)
        return r;
    /*
     * O_LARGEFILE: a 32-bit reader could not read past 2 GiB of an event's
     * file without it (64-bit kernels add it themselves; there the libc
     * name is 0).  fanotify_init never waits: no EINTR to retry.
     */
    fd = fanotify_init(flags | FAN_CLOEXEC, event_f_flags | O_CLOEXEC | O_LARGEFILE);
    if (fd < 0)
        return FDK__NEG_ERRNO();
    out->fd = fd;
    return 0;
}

/* Write one response of len bytes; a short write would be a kernel bug. */
static int write_response(int fd, const void *resp, size_t len)
{
    ssize_t n;

    n = FDK__RETRY_EINTR(write(fd, resp, len));
    if (n < 0)
        return FDK__NEG_ERRNO();
    return (size_t)n == len ? 0 : -EIO;
}

int fdk_fanotify_respond(fdk_fanotify fan, int event_fd, unsigned int response)
{
    struct fanotify_response r;
    int rc;

    rc = fdk__fanotify_respond_validate(fan, event_fd, response);
    if (rc < 0)
        return rc;
    memset(&r, 0, sizeof r);
    r.fd = event_fd;
    r.response = response;
    return write_response(fan.fd, &r, sizeof r);
}

int fdk_fanotify_deny_errno(fdk_fanotify fan, int event_fd, int err)
{
    struct fanotify_response r;
    int rc;

    rc = fdk__fanotify_deny_errno_validate(fan, event_fd, err);
    if (rc < 0)
        return rc;
    memset(&r, 0, sizeof r);
    r.fd = event_fd;
    r.response = FAN_DENY | (((uint32_t)err & FDK__FAN_ERRNO_MASK) << FDK__FAN_ERRNO_SHIFT);
    return write_response(fan.fd, &r, sizeof r);
}

int fdk_fanotify_respond_audit(fdk_fanotify fan, int event_fd, unsigned int response, uint32_t rule,
                               uint32_t subj_trust, uint32_t obj_trust)
{
    struct audit_response a;
    int rc;

    rc = fdk__fanotify_respond_audit_validate(fan, event_fd, response, rule, subj_trust, obj_trust);
    if (rc < 0)
        return rc;
    memset(&a, 0, sizeof a);
    a.r.fd = event_fd;
    a.r.response = response | FAN_AUDIT | FAN_INFO;
    a.rule.type = FAN_RESPONSE_INFO_AUDIT_RULE;
    a.rule.len = sizeof a.rule;
    a.rule.rule_number = rule;
    a.rule.subj_trust = subj_trust;
    a.rule.obj_trust = obj_trust;
    return write_response(fan.fd, &a, sizeof a);
}

/*
 * A FID, DFID or DFID_NAME record of n bytes (n >= its info header): fsid,
 * then a struct file_handle (handle_bytes, handle_type, f_handle[]), then
 * for the named kinds the entry's name, NUL-terminated, then padding.
 */
static int decode_fid(const unsigned char *rec, size_t n, bool named, struct fdk_fanotify_fid *out)
{
    const size_t fsid_at = sizeof(struct fanotify_event_info_header);
    const size_t fh_at = fsid_at + 8, f_handle_at = fh_at + 8;
    uint32_t hbytes;
    int32_t htype;

    if (n < f_handle_at)
        return -EBADMSG; /* no room for the file system id and the handle's header */
    memcpy(&hbytes, rec + fh_at, sizeof hbytes);
    memcpy(&htype, rec + fh_at + 4, sizeof htype);
    if (hbytes > n - f_handle_at)
        return -EBADMSG; /* the handle runs past its record */
    memcpy(out->fsid, rec + fsid_at, sizeof out->fsid);
    out->handle_type = htype;
    out->handle_bytes = hbytes;
    out->handle = rec + f_handle_at;
    out->name = NULL;
    out->name_len = 0;
    if (named) {
        const size_t name_at = f_handle_at + hbytes;
        const char *s = (const char *)rec + name_at;
        const char *nul = name_at < n ? memchr(s, '\0', n - name_at) : NULL;

        if (!nul)
            return -EBADMSG; /* the name must end within its record */
        out->name = s;
        out->name_len = (size_t)(nul - s);
    }
    return 0;
}

/* The info bit each record type sets (0: a type fdkit does not decode). */
static uint32_t info_bit(uint8_t type)
{
    switch (type) {
    case FAN_EVENT_INFO_TYPE_FID:
        return FDK_FANOTIFY_INFO_FID;
    case FAN_EVENT_INFO_TYPE_DFID:
        return FDK_FANOTIFY_INFO_DFID;
    case FAN_EVENT_INFO_TYPE_DFID_NAME:
        return FDK_FANOTIFY_INFO_DFID_NAME;
    case FAN_EVENT_INFO_TYPE_OLD_DFID_NAME:
        return FDK_FANOTIFY_INFO_OLD_DFID_NAME;
    case FAN_EVENT_INFO_TYPE_NEW_DFID_NAME:
        return FDK_FANOTIFY_INFO_NEW_DFID_NAME;
    case FAN_EVENT_INFO_TYPE_PIDFD:
        return FDK_FANOTIFY_INFO_PIDFD;
    case FAN_EVENT_INFO_TYPE_ERROR:
        return FDK_FANOTIFY_INFO_ERROR;
    default:
        return 0;
    }
}

/*
 * The information records after an event's metadata (payload, len bytes),
 * for fdk_fanotify_next(): it has checked the metadata and filled mask, fd
 * and pid in *ev (the rest zero).  Each record starts with {type, pad, len}
 * and must lie inside the payload; the kernel sends each type at most once
 * (DFID and DFID_NAME exclude each other), so a repeat is malformed.
 * Unknown types are skipped and noted as INFO_OTHER.
 */
int fdk__fanotify_event_decode(const void *payload, size_t len, struct fdk_fanotify_event *ev)
{
    const unsigned char *p = payload;
    size_t at = 0;
    int r;

    ev->pidfd = FAN_NOPIDFD;
    while (at < len) {
        struct fanotify_event_info_header ih;
        const unsigned char *rec = p + at;
        uint32_t bit;
        size_t n;

        if (len - at < sizeof ih)
            return -EBADMSG; /* an information header cut short */
        memcpy(&ih, rec, sizeof ih);
        n = ih.len;
        if (n < sizeof ih || n > len - at)
            return -EBADMSG; /* shorter than its header (would never advance), or past the event */
        bit = info_bit(ih.info_type);
        if (bit == 0) {
            ev->info |= FDK_FANOTIFY_INFO_OTHER;
            at += n;
            continue;
        }
        if (ev->info & bit)
            return -EBADMSG; /* the same kind twice */
        if ((bit & (FDK_FANOTIFY_INFO_DFID | FDK_FANOTIFY_INFO_DFID_NAME)) &&
            (ev->info & (FDK_FANOTIFY_INFO_DFID | FDK_FANOTIFY_INFO_DFID_NAME)))
            return -EBADMSG; /* a directory id with and without a name */
        switch (ih.info_type) {
        case FAN_EVENT_INFO_TYPE_FID:
            r = decode_fid(rec, n, false, &ev->fid);
            break;
        case FAN_EVENT_INFO_TYPE_DFID:
            r = decode_fid(rec, n, false, &ev->dfid);
            break;
        case FAN_EVENT_INFO_TYPE_DFID_NAME:
            r = decode_fid(rec, n, true, &ev->dfid);
            break;
        case FAN_EVENT_INFO_TYPE_OLD_DFID_NAME:
            r = decode_fid(rec, n, true, &ev->old_dfid);
            break;
        case FAN_EVENT_INFO_TYPE_NEW_DFID_NAME:
            r = decode_fid(rec, n, true, &ev->new_dfid);
            break;
        case FAN_EVENT_INFO_TYPE_PIDFD: {
            int32_t pidfd;
            if (n < sizeof(struct fanotify_event_info_pidfd))
                return -EBADMSG;
            memcpy(&pidfd, rec + offsetof(struct fanotify_event_info_pidfd, pidfd), sizeof pidfd);
            ev->pidfd = pidfd;
            r = 0;
            break;
        }
        default: { /* FAN_EVENT_INFO_TYPE_ERROR */
            int32_t error;
            uint32_t count;
            if (n < sizeof(struct fanotify_event_info_error))
                return -EBADMSG;
            memcpy(&error, rec + offsetof(struct fanotify_event_info_error, error), sizeof error);
            memcpy(&count, rec + offsetof(struct fanotify_event_info_error, error_count), sizeof count);
            ev->error = error;
            ev->error_count = count;
            r = 0;
            break;
        }
        }
        if (r < 0)
            return r;
        ev->info |= bit;
        at += n;
    }
    return 0;
}

int fdk_fanotify_event_close(struct fdk_fanotify_event *ev)
{
    int r = fdk__fanotify_event_close_validate(ev);

    if (r < 0)
        return r;
    /* close() frees the descriptor even when it fails: never retried */
    fdk__close_quietly(ev->fd);
    ev->fd = FAN_NOFD;
    fdk__close_quietly(ev->pidfd);
    ev->pidfd = FAN_NOPIDFD;
    return 0;
}

/* Close a pidfd an event's information records hold, if they are sound enough to find it. */
static int close_pidfd(const unsigned char *rec, size_t start, size_t total)
{
    size_t at = start;

    while (total - at >= sizeof(struct fanotify_event_info_header)) {
        struct fanotify_event_info_header ih;

        memcpy(&ih, rec + at, sizeof ih);
        if (ih.len < sizeof ih || ih.len > total - at)
            return 0;
        if (ih.info_type == FAN_EVENT_INFO_TYPE_PIDFD && ih.len >= sizeof(struct fanotify_event_info_pidfd)) {
            int32_t pidfd;
            memcpy(&pidfd, rec + at + offsetof(struct fanotify_event_info_pidfd, pidfd), sizeof pidfd);
            if (pidfd >= 0) {
                fdk__close_quietly(pidfd);
                return 1;
            }
            return 0;
        }
        at += ih.len;
    }
    return 0;
}

int fdk_fanotify_close_from(const void *buf, size_t len, size_t pos)
{
    const unsigned char *p = buf;
    int closed = 0;
    int r;

    r = fdk__fanotify_close_from_validate(buf, len, pos);
    if (r < 0)
        return r;
    if (pos > len)
        return -EINVAL;
    while (len - pos >= sizeof(struct fanotify_event_metadata)) {
        struct fanotify_event_metadata h;
        const unsigned char *rec = p + pos;

        memcpy(&h, rec, sizeof h);
        if (h.event_len < sizeof h || h.event_len > len - pos)
            break; /* nothing after a bad length can be located */
        /* another metadata version might put fd elsewhere: leave it alone */
        if (h.vers == FANOTIFY_METADATA_VERSION) {
            if (h.fd >= 0) {
                fdk__close_quietly(h.fd);
                closed++;
            }
            if (h.metadata_len >= sizeof h && h.metadata_len <= h.event_len)
                closed += close_pidfd(rec, h.metadata_len, h.event_len);
        }
        pos += h.event_len;
    }
    return closed;
}

int fdk_fanotify_open_fid(int mount_fd, const struct fdk_fanotify_fid *fid, int oflags)
{
    /* struct file_handle ends in a flexible array: room for the largest handle */
    union {
        struct file_handle fh;
        unsigned char room[sizeof(struct file_handle) + MAX_HANDLE_SZ];
    } h;
    int fd, r;

    r = fdk__fanotify_open_fid_validate(mount_fd, fid, oflags);
    if (r < 0)
        return r;
    if (!fid->handle || fid->handle_bytes > MAX_HANDLE_SZ)
        return -EINVAL;
    h.fh.handle_bytes = fid->handle_bytes;
    h.fh.handle_type = fid->handle_type;
    memcpy(h.fh.f_handle, fid->handle, fid->handle_bytes);
    fd = FDK__RETRY_EINTR(open_by_handle_at(mount_fd, &h.fh, oflags | O_CLOEXEC));
    if (fd < 0)
        return FDK__NEG_ERRNO();
    return fd;
}
