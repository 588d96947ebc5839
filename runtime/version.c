/* SPDX-License-Identifier: MIT */
/*
 * fdk_version(): the library's own version, fixed when it was built
 * (CMakeLists.txt checks that common.h's numbers match project(VERSION)).
 */
#include <fdkit/common.h>

int fdk_version(void)
{
    return FDK_VERSION;
}
