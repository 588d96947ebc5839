/* SPDX-License-Identifier: MIT */
/*
 * fuzz-fdinfo-parse: fdk_fdinfo_parse() and fdk_fdinfo_next() on arbitrary
 * text.  Checked:
 *
 * - parse returns 0, -EIO (no pos/flags lines) or -ENOMEM, nothing else;
 *   on 0 the copy is the input, NUL-terminated, and the pos and flags bits
 *   are set;
 * - next returns 1 or 0 only; on 1 the line lies inside the copy, holds no
 *   newline, is not empty, and *pos moved forward to at most text_len; the
 *   kind is one fdkit defines; the loop ends within one call per line;
 * - free empties the struct.
 *
 * The input is copied into a block that ends exactly where it does, so a
 * read past the text is an ASan report.
 */
#include "fuzz.h"

#include <errno.h>
#include <string.h>

#include <fdkit/fdinfo.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fdk_fdinfo info;
    struct fdk_fdinfo_entry e;
    unsigned char *block = malloc(size ? size : 1);
    size_t pos = 0, calls = 0, lines = 1;
    int r;

    if (!block)
        return 0;
    if (size)
        memcpy(block, data, size);
    for (size_t i = 0; i < size; i++)
        lines += block[i] == '\n';
    r = fdk_fdinfo_parse(block, size, &info);
    FUZZ_CHECK(r == 0 || r == -EIO || r == -ENOMEM);
    if (r == 0) {
        FUZZ_CHECK(info.text != NULL && info.text_len == size && info.text[size] == '\0');
        FUZZ_CHECK(size == 0 || memcmp(info.text, block, size) == 0);
        FUZZ_CHECK(info.have & FDK_FDINFO_HAVE_POS);
        FUZZ_CHECK(info.have & FDK_FDINFO_HAVE_FLAGS);
        FUZZ_CHECK(info.nspid_count >= 0 && info.nspid_count <= 4);
        for (;;) {
            size_t before = pos;
            FUZZ_CHECK(++calls <= lines + 1);
            r = fdk_fdinfo_next(&info, &pos, &e);
            FUZZ_CHECK(r == 0 || r == 1);
            if (r == 0) {
                FUZZ_CHECK(pos == info.text_len);
                break;
            }
            FUZZ_CHECK(pos > before && pos <= info.text_len);
            FUZZ_CHECK(e.line >= info.text && e.line + e.line_len <= info.text + info.text_len);
            FUZZ_CHECK(e.line_len > 0 && memchr(e.line, '\n', e.line_len) == NULL);
            FUZZ_CHECK(e.kind >= FDK_FDINFO_ENTRY_OTHER && e.kind <= FDK_FDINFO_ENTRY_FANOTIFY_FS);
        }
        pos = info.text_len + 1;
        FUZZ_CHECK(fdk_fdinfo_next(&info, &pos, &e) == -EINVAL);
        FUZZ_CHECK(fdk_fdinfo_free(&info) == 0);
        FUZZ_CHECK(info.text == NULL && info.text_len == 0);
    }
    free(block);
    return 0;
}
