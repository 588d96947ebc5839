/* SPDX-License-Identifier: MIT */
/*
 * The version API: the library's fdk_version() is the headers' FDK_VERSION,
 * and the number, the parts and the text all say the same version.
 */
#include "fdk-test.h"

#include <stdio.h>

static void test_library_matches_headers(void)
{
    ASSERT_EQ(fdk_version(), FDK_VERSION);
    ASSERT_EQ(fdk_version() / 10000, FDK_VERSION_MAJOR);
    ASSERT_EQ(fdk_version() / 100 % 100, FDK_VERSION_MINOR);
    ASSERT_EQ(fdk_version() % 100, FDK_VERSION_PATCH);
}

static void test_parts_fit_the_encoding(void)
{
    /* Two decimal digits each for minor and patch, or the number is ambiguous. */
    ASSERT_TRUE(FDK_VERSION_MINOR >= 0 && FDK_VERSION_MINOR < 100);
    ASSERT_TRUE(FDK_VERSION_PATCH >= 0 && FDK_VERSION_PATCH < 100);
    ASSERT_TRUE(FDK_VERSION_MAJOR >= 0);
}

static void test_string_matches_parts(void)
{
    char buf[32];

    snprintf(buf, sizeof buf, "%d.%d.%d", FDK_VERSION_MAJOR, FDK_VERSION_MINOR, FDK_VERSION_PATCH);
    ASSERT_STREQ(FDK_VERSION_STRING, buf);
}

int main(void)
{
    RUN(test_library_matches_headers);
    RUN(test_parts_fit_the_encoding);
    RUN(test_string_matches_parts);
    return 0;
}
