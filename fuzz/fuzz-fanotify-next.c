/* SPDX-License-Identifier: MIT */
/*
 * fuzz-fanotify-next: the fanotify record iterator fdk_fanotify_next() and
 * its decoder of information records, on arbitrary bytes.  Every call is
 * checked against the contract in fdkit/fanotify.h:
 *
 * - it returns 1, 0, -EBADMSG or -EPROTO, nothing else, for a position it
 *   returned;
 * - 1: *pos moved forward by exactly the record's event_len, to at most
 *   len; mask, fd and pid are the header's; info has only the bits fdkit
 *   defines; every file id whose bit is set points inside the record (its
 *   handle and, for the named kinds, its name with the NUL), and every one
 *   whose bit is clear is all zero; pidfd is -1 without INFO_PIDFD;
 * - 0 only at the end (*pos == len); errors leave *pos and *ev as they
 *   were;
 * - the loop ends within len / sizeof(struct fanotify_event_metadata) + 1
 *   calls.
 *
 * fdk_fanotify_close_from() is not fed: it closes the descriptors the
 * records name, which here would be the fuzzer's own.
 *
 * The input is copied into a block that ends exactly where the input does,
 * once aligned and once at an odd address.
 */
#include "fuzz.h"

#include <errno.h>
#include <string.h>

#include <fdkit/fanotify.h>

static void poison(struct fdk_fanotify_event *ev)
{
    memset(ev, 0xa5, sizeof *ev);
}

static int untouched(const struct fdk_fanotify_event *ev)
{
    struct fdk_fanotify_event p;

    poison(&p);
    return memcmp(&p, ev, sizeof p) == 0;
}

static int all_zero(const struct fdk_fanotify_fid *f)
{
    return f->fsid[0] == 0 && f->fsid[1] == 0 && f->handle_type == 0 && f->handle_bytes == 0 &&
           f->handle == NULL && f->name == NULL && f->name_len == 0;
}

/* A file id decoded from the record [rec, end). */
static void check_fid(const struct fdk_fanotify_fid *f, int present, int named, const unsigned char *rec,
                      const unsigned char *end)
{
    if (!present) {
        FUZZ_CHECK(all_zero(f));
        return;
    }
    FUZZ_CHECK(f->handle != NULL);
    FUZZ_CHECK(f->handle >= rec + sizeof(struct fanotify_event_metadata));
    FUZZ_CHECK(f->handle <= end);
    FUZZ_CHECK(f->handle_bytes <= (size_t)(end - f->handle));
    if (!named) {
        FUZZ_CHECK(f->name == NULL && f->name_len == 0);
        return;
    }
    FUZZ_CHECK(f->name != NULL);
    FUZZ_CHECK((const unsigned char *)f->name >= f->handle + f->handle_bytes);
    FUZZ_CHECK(f->name_len < (size_t)((const char *)end - f->name)); /* the NUL is inside */
    FUZZ_CHECK(f->name[f->name_len] == '\0');
    FUZZ_CHECK(memchr(f->name, '\0', f->name_len) == NULL);
}

static void walk(const unsigned char *buf, size_t len)
{
    struct fdk_fanotify_event ev;
    size_t pos = 0, calls = 0, bad;
    int r;

    for (;;) {
        size_t before = pos;
        struct fanotify_event_metadata h;
        const unsigned char *rec, *end;

        FUZZ_CHECK(++calls <= len / sizeof h + 1); /* it ends */
        poison(&ev);
        r = fdk_fanotify_next(buf, len, &pos, &ev);
        FUZZ_CHECK(r == 1 || r == 0 || r == -EBADMSG || r == -EPROTO);
        if (r != 1) {
            FUZZ_CHECK(pos == before);
            FUZZ_CHECK(untouched(&ev));
            FUZZ_CHECK(r != 0 || pos == len);
            FUZZ_CHECK(r == 0 || pos < len);
            break;
        }
        FUZZ_CHECK(pos > before && pos <= len);
        FUZZ_CHECK(len - before >= sizeof h);
        memcpy(&h, buf + before, sizeof h);
        FUZZ_CHECK(pos - before == h.event_len);
        FUZZ_CHECK(h.vers == FANOTIFY_METADATA_VERSION);
        FUZZ_CHECK(ev.mask == h.mask && ev.fd == h.fd && ev.pid == h.pid);
        FUZZ_CHECK((ev.info & ~FDK_FANOTIFY_INFO_ALL) == 0);
        FUZZ_CHECK(!((ev.info & FDK_FANOTIFY_INFO_DFID) && (ev.info & FDK_FANOTIFY_INFO_DFID_NAME)));
        rec = buf + before;
        end = buf + pos;
        check_fid(&ev.fid, ev.info & FDK_FANOTIFY_INFO_FID, 0, rec, end);
        check_fid(&ev.dfid, ev.info & (FDK_FANOTIFY_INFO_DFID | FDK_FANOTIFY_INFO_DFID_NAME),
                  (ev.info & FDK_FANOTIFY_INFO_DFID_NAME) != 0, rec, end);
        check_fid(&ev.old_dfid, ev.info & FDK_FANOTIFY_INFO_OLD_DFID_NAME, 1, rec, end);
        check_fid(&ev.new_dfid, ev.info & FDK_FANOTIFY_INFO_NEW_DFID_NAME, 1, rec, end);
        if (!(ev.info & FDK_FANOTIFY_INFO_PIDFD))
            FUZZ_CHECK(ev.pidfd == -1);
        if (!(ev.info & FDK_FANOTIFY_INFO_ERROR))
            FUZZ_CHECK(ev.error == 0 && ev.error_count == 0);
    }

    bad = len + 1;
    poison(&ev);
    FUZZ_CHECK(fdk_fanotify_next(buf, len, &bad, &ev) == -EINVAL);
    FUZZ_CHECK(bad == len + 1 && untouched(&ev));
    bad = 0;
    FUZZ_CHECK(fdk_fanotify_next(buf, len, &bad, NULL) == -EINVAL);
    FUZZ_CHECK(fdk_fanotify_next(buf, len, NULL, &ev) == -EINVAL);
    FUZZ_CHECK(bad == 0 && untouched(&ev));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *block;

    block = calloc(1, size ? size : 1);
    if (!block)
        return 0;
    if (size)
        memcpy(block, data, size);
    walk(block, size);
    free(block);

    block = calloc(1, size + 1);
    if (!block)
        return 0;
    if (size)
        memcpy(block + 1, data, size);
    walk(block + 1, size);
    free(block);
    return 0;
}
