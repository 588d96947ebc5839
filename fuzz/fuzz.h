/* SPDX-License-Identifier: MIT */
/*
 * What every fuzz target in fuzz/ defines, and what the two ways of running
 * one (libFuzzer, or fuzz/replay.c over a corpus) call.  Declared here so
 * the targets build warning-free with -Wmissing-prototypes.
 */
#ifndef FDK_FUZZ_H
#define FDK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Called once before the first input (optional: replay.c links a weak default). */
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Called once per input; returns 0 (libFuzzer reserves other values). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * A broken invariant: say which, where, and abort() so libFuzzer (or the
 * replay's ctest run) reports the input.  Never compiled out.
 */
#define FUZZ_CHECK(cond)                                                              \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

#endif /* FDK_FUZZ_H */
