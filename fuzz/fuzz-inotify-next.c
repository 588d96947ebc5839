/* SPDX-License-Identifier: MIT */
/*
 * fuzz-inotify-next: the inotify record iterator fdk_inotify_next() (and
 * fdk_inotify_match_move(), which walks the same records) on arbitrary
 * bytes.  Every call is checked against the contract in fdkit/inotify.h:
 *
 * - it returns 1, 0 or -EBADMSG, nothing else, for a position it returned;
 * - 1: *pos moved forward by exactly one record (header + its len), to at
 *   most len; wd, mask and cookie are the header's; name is NULL with
 *   name_len 0, or lies inside the record's payload with its NUL inside the
 *   record and strlen(name) == name_len > 0;
 * - 0 only at the end (*pos == len); 0 and -EBADMSG leave *pos and *ev as
 *   they were;
 * - the loop ends within len / sizeof(struct inotify_event) + 1 calls.
 *
 * The input is copied into a block that ends exactly where the input does,
 * once aligned and once at an odd address, so ASan reports a read of even
 * one byte past the buffer and UBSan an unaligned header load.
 */
#include "fuzz.h"

#include <errno.h>
#include <string.h>

#include <fdkit/inotify.h>

/* A value fdk_inotify_next never writes: to see that it wrote nothing. */
static void poison(struct fdk_inotify_event *ev)
{
    memset(ev, 0xa5, sizeof *ev);
}

static int untouched(const struct fdk_inotify_event *ev)
{
    struct fdk_inotify_event p;

    poison(&p);
    return memcmp(&p, ev, sizeof p) == 0;
}

/* The name of a decoded record starting at rec and ending at end. */
static void check_name(const struct fdk_inotify_event *ev, const unsigned char *rec, const unsigned char *end)
{
    const char *payload = (const char *)rec + sizeof(struct inotify_event);

    if (!ev->name) {
        FUZZ_CHECK(ev->name_len == 0);
        return;
    }
    FUZZ_CHECK(ev->name >= payload);
    FUZZ_CHECK(ev->name < (const char *)end);
    FUZZ_CHECK(ev->name_len > 0); /* an empty name is reported as NULL */
    FUZZ_CHECK(ev->name_len < (size_t)((const char *)end - ev->name)); /* the NUL is inside */
    FUZZ_CHECK(ev->name[ev->name_len] == '\0');
    FUZZ_CHECK(memchr(ev->name, '\0', ev->name_len) == NULL); /* == strlen, without reading past */
}

static void check_match_move(const unsigned char *buf, size_t len, size_t pos, uint32_t cookie)
{
    struct fdk_inotify_event to;
    int r;

    poison(&to);
    r = fdk_inotify_match_move(buf, len, pos, cookie, &to);
    FUZZ_CHECK(r == 1 || r == 0 || r == -EBADMSG);
    if (r != 1) {
        FUZZ_CHECK(untouched(&to));
    } else {
        FUZZ_CHECK((to.mask & IN_MOVED_TO) != 0);
        FUZZ_CHECK(to.cookie == cookie);
        if (to.name) {
            FUZZ_CHECK(to.name > (const char *)buf + pos);
            FUZZ_CHECK(to.name < (const char *)buf + len);
            FUZZ_CHECK(to.name_len > 0);
            FUZZ_CHECK(to.name_len < (size_t)((const char *)buf + len - to.name));
            FUZZ_CHECK(to.name[to.name_len] == '\0');
        } else {
            FUZZ_CHECK(to.name_len == 0);
        }
    }
    /* A NULL ret_to gives the same answer. */
    FUZZ_CHECK(fdk_inotify_match_move(buf, len, pos, cookie, NULL) == r);
}

static void walk(const unsigned char *buf, size_t len)
{
    struct fdk_inotify_event ev;
    size_t pos = 0, calls = 0, bad;
    int r;

    for (;;) {
        size_t before = pos;

        FUZZ_CHECK(++calls <= len / sizeof(struct inotify_event) + 1); /* it ends */
        poison(&ev);
        r = fdk_inotify_next(buf, len, &pos, &ev);
        FUZZ_CHECK(r == 1 || r == 0 || r == -EBADMSG);
        if (r != 1) {
            FUZZ_CHECK(pos == before);
            FUZZ_CHECK(untouched(&ev));
            FUZZ_CHECK(r != 0 || pos == len); /* 0 means the end, nothing else */
            FUZZ_CHECK(r != -EBADMSG || pos < len);
            break;
        }
        {
            struct inotify_event h;
            FUZZ_CHECK(pos > before);
            FUZZ_CHECK(pos <= len);
            FUZZ_CHECK(len - before >= sizeof h);
            memcpy(&h, buf + before, sizeof h);
            FUZZ_CHECK(pos - before == sizeof h + h.len);
            FUZZ_CHECK(ev.wd == h.wd);
            FUZZ_CHECK(ev.mask == h.mask);
            FUZZ_CHECK(ev.cookie == h.cookie);
        }
        check_name(&ev, buf + before, buf + pos);
        if ((ev.mask & IN_MOVED_FROM) && ev.cookie != 0)
            check_match_move(buf, len, pos, ev.cookie);
    }

    /* Arguments it must refuse, without touching anything. */
    bad = len + 1;
    poison(&ev);
    FUZZ_CHECK(fdk_inotify_next(buf, len, &bad, &ev) == -EINVAL);
    FUZZ_CHECK(bad == len + 1 && untouched(&ev));
    bad = 0;
    FUZZ_CHECK(fdk_inotify_next(buf, len, &bad, NULL) == -EINVAL);
    FUZZ_CHECK(fdk_inotify_next(buf, len, NULL, &ev) == -EINVAL);
    FUZZ_CHECK(bad == 0 && untouched(&ev));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *block;

    /* Aligned (malloc's alignment), ending exactly where the input does. */
    block = calloc(1, size ? size : 1); /* zeroed: gcc sees no uninitialised read at size 0 */
    if (!block)
        return 0;
    if (size)
        memcpy(block, data, size);
    walk(block, size);
    free(block);

    /* At an odd address, still ending at the end of the block. */
    block = calloc(1, size + 1);
    if (!block)
        return 0;
    if (size)
        memcpy(block + 1, data, size);
    walk(block + 1, size);
    free(block);
    return 0;
}
