# SPDX-License-Identifier: MIT
# Fault injection for the test executables (tests/inject/fdk-inject.h).
#
#   include(tests/inject/inject.cmake)     # once, from the top-level CMakeLists.txt
#   fdkit_link_inject(<test executable>)   # per test; the executable links fdkit_static
#
# Every symbol below is linked with GNU ld's --wrap, which only redirects
# references from objects on the executable's own link line: it reaches
# libfdkit.a's objects, never libfdkit.so's, so link the static archive.

# generated/tests/fdk-inject-fns.cmake sets three lists (and include() makes
# CMake reconfigure when codegen rewrites them):
#   FDKIT_INJECT_GENERATED_SYMBOLS  one per FDK_INJECT_FN line of fdk-inject-fns.h;
#   FDKIT_INJECT_HAND_SYMBOLS       the variadic functions fdk-inject.c wraps by
#                                   hand (model.py Spec.INJECT_HAND, also FDK_INJECT_HAND);
#   FDKIT_INJECT_LINK_SYMBOLS       the other symbols those calls bind to on some
#                                   architecture (open64, __sendmsg64...).
include("${PROJECT_SOURCE_DIR}/generated/tests/fdk-inject-fns.cmake")

find_package(Threads REQUIRED)

# Build the injection engine into <target> and wrap every listed symbol.
function(fdkit_link_inject target)
    target_sources(${target} PRIVATE "${PROJECT_SOURCE_DIR}/tests/inject/fdk-inject.c")
    target_include_directories(${target} PRIVATE
        "${PROJECT_SOURCE_DIR}/tests/inject"
        "${PROJECT_SOURCE_DIR}/generated/tests")
    target_link_libraries(${target} PRIVATE Threads::Threads)
    foreach(sym IN LISTS FDKIT_INJECT_GENERATED_SYMBOLS FDKIT_INJECT_HAND_SYMBOLS FDKIT_INJECT_LINK_SYMBOLS)
        target_link_options(${target} PRIVATE "LINKER:--wrap=${sym}")
    endforeach()
endfunction()
