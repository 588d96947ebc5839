/* SPDX-License-Identifier: MIT */
/*
 * fdk_fanotify_next() on hand-made buffers laid out as linux/fanotify.h
 * says (struct fanotify_event_metadata, then information records, each
 * with its own header and length):
 *  - well-formed records decode: mask, fd, pid, FID / DFID / DFID_NAME /
 *    OLD_ / NEW_DFID_NAME ids (fsid, handle_type, handle_bytes, handle and
 *    name pointers into the buffer, name_len), PIDFD, ERROR; info says which;
 *    absent ids are all zero, pidfd -1 without a record;
 *  - an unknown info type is skipped with INFO_OTHER and later records are
 *    still decoded; information records start at metadata_len;
 *  - the same bytes at odd addresses decode the same;
 *  - malformed records are -EBADMSG with *pos and *ev untouched: event_len
 *    0, below the header, past len; a header cut short; metadata_len below
 *    the header or past event_len; info records of length 0, below their
 *    header, running past the event; FID records too short for their file
 *    handle or whose handle runs past the record; a DFID_NAME without NUL;
 *    short PIDFD / ERROR records;
 *  - a wrong metadata version is -EPROTO (pos unchanged);
 *  - argument checks: -EINVAL for NULL pos / ev, NULL buf with len, pos >
 *    len; 0 at the end.
 */
#include "fanotify-test.h"

static const unsigned char H1[8] = {1, 2, 3, 4, 5, 6, 7, 8};
static const unsigned char H2[12] = {9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

/* Expect -err from next on buf[0, len) at pos, with pos and ev untouched. */
static void expect_bad(const void *buf, size_t len, size_t pos, int err, const char *what)
{
    struct fdk_fanotify_event ev, ev0;
    size_t p = pos;
    int r;

    memset(&ev, 0x5a, sizeof ev);
    memcpy(&ev0, &ev, sizeof ev);
    r = fdk_fanotify_next(buf, len, &p, &ev);
    if (r != -err)
        fdk_test_fail(__FILE__, __LINE__, "%s: fdk_fanotify_next = %d (%s), expected -%s", what, r,
                      r < 0 ? fdk_errno_name(r) : (r ? "a record" : "end"), fdk_errno_name(-err));
    if (p != pos)
        fdk_test_fail(__FILE__, __LINE__, "%s: pos moved %zu -> %zu", what, pos, p);
    if (err == EBADMSG && memcmp(&ev, &ev0, sizeof ev) != 0)
        fdk_test_fail(__FILE__, __LINE__, "%s: *ev was written on -EBADMSG", what);
}

static void check_fid(const struct fdk_fanotify_fid *id, const unsigned char *base, int32_t f0,
                      int32_t f1, int htype, const unsigned char *h, uint32_t hb, const char *name)
{
    ASSERT_EQ(id->fsid[0], f0);
    ASSERT_EQ(id->fsid[1], f1);
    ASSERT_EQ(id->handle_type, htype);
    ASSERT_EQ(id->handle_bytes, hb);
    ASSERT_TRUE(id->handle != NULL);
    ASSERT_TRUE(id->handle > base); /* into the buffer */
    ASSERT_MEM_EQ(id->handle, h, hb);
    if (name) {
        ASSERT_STREQ(id->name, name);
        ASSERT_EQ_U64(id->name_len, strlen(name));
        ASSERT_TRUE((const unsigned char *)id->name == id->handle + hb); /* right after the handle */
    } else {
        ASSERT_TRUE(id->name == NULL);
        ASSERT_EQ_U64(id->name_len, 0);
    }
}

static void expect_absent(const struct fdk_fanotify_fid *id)
{
    ASSERT_TRUE(id->handle == NULL);
    ASSERT_TRUE(id->name == NULL);
    ASSERT_EQ(id->handle_bytes, 0);
    ASSERT_EQ_U64(id->name_len, 0);
}

/* A buffer of several records exercising every record kind. */
static void build_good(struct bb *x)
{
    size_t at, i;
    int32_t e[2] = {EIO, 3};

    x->n = 0;
    /* 1: plain fd event */
    at = bb_meta(x, FAN_OPEN | FAN_CLOSE_NOWRITE, 7, 100);
    bb_end(x, at);
    /* 2: DFID_NAME + FID */
    at = bb_meta(x, FAN_CREATE, FAN_NOFD, 101);
    bb_fid(x, FAN_EVENT_INFO_TYPE_DFID_NAME, 11, 22, 1, H1, 8, "entry");
    bb_fid(x, FAN_EVENT_INFO_TYPE_FID, 11, 22, 2, H2, 12, NULL);
    bb_end(x, at);
    /* 3: RENAME: OLD, NEW, FID */
    at = bb_meta(x, FAN_RENAME, FAN_NOFD, 102);
    bb_fid(x, FAN_EVENT_INFO_TYPE_OLD_DFID_NAME, 1, 2, 1, H1, 8, "old");
    bb_fid(x, FAN_EVENT_INFO_TYPE_NEW_DFID_NAME, 3, 4, 1, H2, 12, "newname");
    bb_fid(x, FAN_EVENT_INFO_TYPE_FID, 1, 2, 2, H2, 12, NULL);
    bb_end(x, at);
    /* 4: DFID (no name) + PIDFD */
    at = bb_meta(x, FAN_ATTRIB | FAN_ONDIR, FAN_NOFD, 103);
    bb_fid(x, FAN_EVENT_INFO_TYPE_DFID, 5, 6, 1, H1, 8, NULL);
    bb_pidfd(x, 42);
    bb_end(x, at);
    /* 5: unknown type first, then FID: the FID still decodes */
    at = bb_meta(x, FAN_MODIFY, FAN_NOFD, 104);
    i = bb_info(x, 99);
    bb_put(x, "zzzzzzzz", 8);
    bb_info_end(x, i);
    bb_fid(x, FAN_EVENT_INFO_TYPE_FID, 7, 8, 1, H1, 8, NULL);
    bb_end(x, at);
    /* 6: ERROR + FID (FS_ERROR) */
    at = bb_meta(x, FAN_FS_ERROR, FAN_NOFD, 0);
    i = bb_info(x, FAN_EVENT_INFO_TYPE_ERROR);
    bb_put(x, e, sizeof e);
    bb_info_end(x, i);
    bb_fid(x, FAN_EVENT_INFO_TYPE_FID, 9, 10, 1, H1, 8, NULL);
    bb_end(x, at);
    /* 7: Q_OVERFLOW */
    at = bb_meta(x, FAN_Q_OVERFLOW, FAN_NOFD, 0);
    bb_end(x, at);
}

static void walk_good(const unsigned char *buf, size_t len)
{
    struct fdk_fanotify_event ev;
    size_t pos = 0;

    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 1);
    ASSERT_EQ_U64(ev.mask, FAN_OPEN | FAN_CLOSE_NOWRITE);
    ASSERT_EQ(ev.fd, 7);
    ASSERT_EQ(ev.pid, 100);
    ASSERT_EQ(ev.info, 0);
    ASSERT_EQ(ev.pidfd, -1);
    expect_absent(&ev.fid);
    expect_absent(&ev.dfid);
    expect_absent(&ev.old_dfid);
    expect_absent(&ev.new_dfid);
    ASSERT_EQ_U64(pos, 24);

    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 1);
    ASSERT_EQ_U64(ev.mask, FAN_CREATE);
    ASSERT_EQ(ev.fd, FAN_NOFD);
    ASSERT_EQ(ev.pid, 101);
    ASSERT_EQ(ev.info, FDK_FANOTIFY_INFO_DFID_NAME | FDK_FANOTIFY_INFO_FID);
    check_fid(&ev.dfid, buf, 11, 22, 1, H1, 8, "entry");
    check_fid(&ev.fid, buf, 11, 22, 2, H2, 12, NULL);
    expect_absent(&ev.old_dfid);
    expect_absent(&ev.new_dfid);
    ASSERT_EQ(ev.pidfd, -1);

    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 1);
    ASSERT_EQ_U64(ev.mask, FAN_RENAME);
    ASSERT_EQ(ev.info, FDK_FANOTIFY_INFO_OLD_DFID_NAME | FDK_FANOTIFY_INFO_NEW_DFID_NAME |
                           FDK_FANOTIFY_INFO_FID);
    check_fid(&ev.old_dfid, buf, 1, 2, 1, H1, 8, "old");
    check_fid(&ev.new_dfid, buf, 3, 4, 1, H2, 12, "newname");
    check_fid(&ev.fid, buf, 1, 2, 2, H2, 12, NULL);
    expect_absent(&ev.dfid);

    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 1);
    ASSERT_EQ_U64(ev.mask, FAN_ATTRIB | FAN_ONDIR);
    ASSERT_EQ(ev.info, FDK_FANOTIFY_INFO_DFID | FDK_FANOTIFY_INFO_PIDFD);
    check_fid(&ev.dfid, buf, 5, 6, 1, H1, 8, NULL);
    expect_absent(&ev.fid);
    ASSERT_EQ(ev.pidfd, 42);

    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 1);
    ASSERT_EQ_U64(ev.mask, FAN_MODIFY);
    ASSERT_EQ(ev.info, FDK_FANOTIFY_INFO_OTHER | FDK_FANOTIFY_INFO_FID);
    check_fid(&ev.fid, buf, 7, 8, 1, H1, 8, NULL);

    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 1);
    ASSERT_EQ_U64(ev.mask, FAN_FS_ERROR);
    ASSERT_EQ(ev.info, FDK_FANOTIFY_INFO_ERROR | FDK_FANOTIFY_INFO_FID);
    ASSERT_EQ(ev.error, EIO);
    ASSERT_EQ(ev.error_count, 3);
    check_fid(&ev.fid, buf, 9, 10, 1, H1, 8, NULL);

    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 1);
    ASSERT_EQ_U64(ev.mask, FAN_Q_OVERFLOW);
    ASSERT_EQ(ev.fd, FAN_NOFD);
    ASSERT_EQ(ev.info, 0);

    ASSERT_EQ_U64(pos, len);
    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 0);
    ASSERT_EQ(fdk_fanotify_next(buf, len, &pos, &ev), 0); /* stays at the end */
    ASSERT_EQ_U64(pos, len);
}

static void test_good_records(void)
{
    static struct bb x;
    build_good(&x);
    walk_good(x.b, x.n);
}

static void test_unaligned(void)
{
    static struct bb x;
    static unsigned char shifted[sizeof x.b + 8] __attribute__((aligned(8)));
    build_good(&x);
    for (int off = 1; off < 8; off++) {
        memcpy(shifted + off, x.b, x.n);
        walk_good(shifted + off, x.n);
    }
}

/* metadata_len is where the information records start (a larger header is skipped). */
static void test_metadata_len_larger(void)
{
    static struct bb x;
    struct fdk_fanotify_event ev;
    size_t at, pos = 0;
    uint16_t ml = 32;

    x.n = 0;
    at = bb_meta(&x, FAN_ATTRIB, FAN_NOFD, 5);
    bb_put(&x, "\xee\xee\xee\xee\xee\xee\xee\xee", 8); /* a future header field */
    bb_fid(&x, FAN_EVENT_INFO_TYPE_FID, 1, 2, 1, H1, 8, NULL);
    bb_end(&x, at);
    memcpy(x.b + at + 6, &ml, 2);
    ASSERT_EQ(fdk_fanotify_next(x.b, x.n, &pos, &ev), 1);
    ASSERT_EQ(ev.info, FDK_FANOTIFY_INFO_FID);
    check_fid(&ev.fid, x.b, 1, 2, 1, H1, 8, NULL);
    ASSERT_EQ_U64(pos, x.n);
}

static void set_u32(struct bb *x, size_t off, uint32_t v) { memcpy(x->b + off, &v, 4); }
static void set_u16(struct bb *x, size_t off, uint16_t v) { memcpy(x->b + off, &v, 2); }

static void test_malformed_lengths(void)
{
    static struct bb x;
    size_t at, at2;

    /* one good record, then the bad one at offset 24 */
    x.n = 0;
    bb_end(&x, bb_meta(&x, FAN_OPEN, 5, 1));
    at = bb_meta(&x, FAN_OPEN, 6, 1);
    bb_end(&x, at);
    ASSERT_EQ_U64(at, 24);

    set_u32(&x, at, 0);
    expect_bad(x.b, x.n, at, EBADMSG, "event_len 0");
    set_u32(&x, at, 16);
    expect_bad(x.b, x.n, at, EBADMSG, "event_len below the header");
    set_u32(&x, at, 23);
    expect_bad(x.b, x.n, at, EBADMSG, "event_len 23");
    set_u32(&x, at, 25);
    expect_bad(x.b, x.n, at, EBADMSG, "event_len one past len");
    set_u32(&x, at, 0xffffffffu);
    expect_bad(x.b, x.n, at, EBADMSG, "event_len huge");
    set_u32(&x, at, 24);
    expect_bad(x.b, at + 10, at, EBADMSG, "header cut short");
    expect_bad(x.b, at + 23, at, EBADMSG, "header one byte short");

    set_u16(&x, at + 6, 16);
    expect_bad(x.b, x.n, at, EBADMSG, "metadata_len below the header");
    set_u16(&x, at + 6, 0);
    expect_bad(x.b, x.n, at, EBADMSG, "metadata_len 0");
    set_u16(&x, at + 6, 28);
    expect_bad(x.b, x.n, at, EBADMSG, "metadata_len past event_len");
    set_u16(&x, at + 6, 24);

    x.b[at + 4] = 2;
    expect_bad(x.b, x.n, at, EPROTO, "metadata version 2");
    x.b[at + 4] = 4;
    expect_bad(x.b, x.n, at, EPROTO, "metadata version 4");
    x.b[at + 4] = FANOTIFY_METADATA_VERSION;

    /* and still fine after all that */
    {
        struct fdk_fanotify_event ev;
        size_t pos = at;
        ASSERT_EQ(fdk_fanotify_next(x.b, x.n, &pos, &ev), 1);
        ASSERT_EQ(ev.fd, 6);
        ASSERT_EQ_U64(pos, x.n);
    }

    /* event_len past len, in the middle of a longer buffer of records */
    x.n = 0;
    at = bb_meta(&x, FAN_OPEN, 5, 1);
    bb_end(&x, at);
    at2 = bb_meta(&x, FAN_OPEN, 6, 1);
    bb_end(&x, at2);
    expect_bad(x.b, x.n - 1, at2, EBADMSG, "second record one byte short");
}

static void test_malformed_info(void)
{
    static struct bb x;
    size_t at, i;

    /* info record of length 0 */
    x.n = 0;
    at = bb_meta(&x, FAN_ATTRIB, FAN_NOFD, 1);
    i = bb_fid(&x, FAN_EVENT_INFO_TYPE_FID, 1, 2, 1, H1, 8, NULL);
    bb_end(&x, at);
    set_u16(&x, i + 2, 0);
    expect_bad(x.b, x.n, at, EBADMSG, "info len 0");
    set_u16(&x, i + 2, 2);
    expect_bad(x.b, x.n, at, EBADMSG, "info len below its header");
    set_u16(&x, i + 2, (uint16_t)(x.n - i + 4));
    expect_bad(x.b, x.n, at, EBADMSG, "info record past event_len");
    set_u16(&x, i + 2, 12);
    set_u32(&x, at, (uint32_t)(i + 12 - at)); /* the event ends with that record */
    expect_bad(x.b, i + 12, at, EBADMSG, "FID record too short for a file handle");
    set_u32(&x, at, (uint32_t)(x.n - at));
    set_u16(&x, i + 2, (uint16_t)(x.n - i));
    set_u32(&x, i + 12, 200); /* handle_bytes running past the record */
    expect_bad(x.b, x.n, at, EBADMSG, "handle_bytes past the record");
    set_u32(&x, i + 12, 8);

    /* a trailing partial info header inside event_len */
    x.n = 0;
    at = bb_meta(&x, FAN_ATTRIB, FAN_NOFD, 1);
    bb_fid(&x, FAN_EVENT_INFO_TYPE_FID, 1, 2, 1, H1, 8, NULL);
    bb_put(&x, "\x01\x00", 2);
    bb_end(&x, at);
    expect_bad(x.b, x.n, at, EBADMSG, "partial info header at the end of the event");

    /* an unknown record of length 0 must not spin either */
    x.n = 0;
    at = bb_meta(&x, FAN_ATTRIB, FAN_NOFD, 1);
    bb_put(&x, "\x63\x00\x00\x00", 4);
    bb_end(&x, at);
    expect_bad(x.b, x.n, at, EBADMSG, "unknown info type with len 0");

    /* DFID_NAME without NUL */
    x.n = 0;
    at = bb_meta(&x, FAN_CREATE, FAN_NOFD, 1);
    i = bb_info(&x, FAN_EVENT_INFO_TYPE_DFID_NAME);
    {
        int32_t fsid[2] = {1, 2};
        uint32_t hb = 8;
        int ht = 1;
        bb_put(&x, fsid, 8);
        bb_put(&x, &hb, 4);
        bb_put(&x, &ht, 4);
        bb_put(&x, H1, 8);
        bb_put(&x, "abcd", 4); /* no NUL, and the record ends here */
    }
    bb_info_end(&x, i);
    bb_end(&x, at);
    expect_bad(x.b, x.n, at, EBADMSG, "DFID_NAME without NUL");
    /* the same with no name bytes at all */
    x.n -= 4;
    bb_info_end(&x, i);
    bb_end(&x, at);
    expect_bad(x.b, x.n, at, EBADMSG, "DFID_NAME with no name");

    /* short PIDFD and ERROR records */
    x.n = 0;
    at = bb_meta(&x, FAN_OPEN, 5, 1);
    bb_put(&x, "\x04\x00\x04\x00", 4); /* PIDFD, len 4: no pidfd */
    bb_end(&x, at);
    expect_bad(x.b, x.n, at, EBADMSG, "PIDFD record of 4 bytes");
    x.n = 0;
    at = bb_meta(&x, FAN_FS_ERROR, FAN_NOFD, 0);
    bb_put(&x, "\x05\x00\x08\x00\x05\x00\x00\x00", 8); /* ERROR, len 8: no count */
    bb_end(&x, at);
    expect_bad(x.b, x.n, at, EBADMSG, "ERROR record of 8 bytes");
}

static void test_arguments(void)
{
    static struct bb x;
    struct fdk_fanotify_event ev;
    size_t pos = 0;

    x.n = 0;
    bb_end(&x, bb_meta(&x, FAN_OPEN, 5, 1));
    ASSERT_ERR(fdk_fanotify_next(x.b, x.n, NULL, &ev), EINVAL);
    ASSERT_ERR(fdk_fanotify_next(x.b, x.n, &pos, NULL), EINVAL);
    ASSERT_ERR(fdk_fanotify_next(NULL, x.n, &pos, &ev), EINVAL);
    pos = x.n + 1;
    ASSERT_ERR(fdk_fanotify_next(x.b, x.n, &pos, &ev), EINVAL);
    ASSERT_EQ_U64(pos, x.n + 1);
    pos = 0;
    ASSERT_EQ(fdk_fanotify_next(NULL, 0, &pos, &ev), 0);
    ASSERT_EQ(fdk_fanotify_next(x.b, 0, &pos, &ev), 0);
}

int main(void)
{
    RUN(test_good_records);
    RUN(test_unaligned);
    RUN(test_metadata_len_larger);
    RUN(test_malformed_lengths);
    RUN(test_malformed_info);
    RUN(test_arguments);
    return 0;
}
