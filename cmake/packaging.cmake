# SPDX-License-Identifier: MIT
#
# Packages: `cpack -G DEB` makes Debian packages split the way Debian splits
# a library, and `cpack -G TGZ` one tarball of everything.  `make package`
# configures build-pkg/ for it (FDKIT_PACKAGE=ON, prefix /usr, no tests) and
# tests/package/run.sh checks what comes out.
#
#   libfdkit0      libfdkit.so.0 (its SONAME) and the real file; the licence
#   libfdkit-dev   headers, libfdkit.so, libfdkit.a, fdkit.pc, the CMake package,
#                  the man pages; depends on libfdkit0 of the same version
#   fdkit-tools    fdkit-ls and its man page
#
# With FDKIT_PACKAGE=ON the install follows Debian's layout for documents
# (share/doc/<package>/ with copyright and a compressed changelog, man pages
# compressed); a plain `cmake --install` keeps share/doc/fdkit/.

set(CPACK_PACKAGE_NAME fdkit)
set(CPACK_PACKAGE_VENDOR "fdkit developers")
set(CPACK_PACKAGE_CONTACT "fdkit developers <fdkit@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.org/fdkit")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\\\.git/")
set(CPACK_PACKAGE_FILE_NAME "fdkit-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

# TGZ: everything in one archive.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# DEB: one package per component.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL fdkit_runtime fdkit_development fdkit_tools)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
# ">=": a program built against this version runs with any later one of
# the same SONAME (the ABI only grows within it).
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)

set(CPACK_DEBIAN_FDKIT_RUNTIME_PACKAGE_NAME "libfdkit${PROJECT_VERSION_MAJOR}")
set(CPACK_DEBIAN_FDKIT_RUNTIME_PACKAGE_SECTION libs)
# Descriptions: the first line is the synopsis; CPack indents the rest and
# turns the empty line into Debian's paragraph mark.
set(CPACK_COMPONENT_FDKIT_RUNTIME_DESCRIPTION
    "typed wrappers for Linux file descriptors (shared library)
fdkit wraps the system calls of every common kind of Linux file descriptor
(sockets, pipes, terminals, epoll, timerfd, eventfd, signalfd, pidfd,
inotify, fanotify, message queues, plain files) in typed C functions that
return -errno, create every descriptor close-on-exec and document each
error per call.

This package holds the shared library.")
# The dynamic linker's cache is refreshed through dpkg's ldconfig trigger;
# supplying postinst and postrm stops CPack from writing ones that call
# ldconfig themselves.
set(CPACK_DEBIAN_FDKIT_RUNTIME_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/packaging/triggers"
    "${PROJECT_SOURCE_DIR}/packaging/postinst"
    "${PROJECT_SOURCE_DIR}/packaging/postrm")
set(CPACK_DEBIAN_FDKIT_RUNTIME_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_FDKIT_DEVELOPMENT_PACKAGE_NAME "libfdkit-dev")
set(CPACK_DEBIAN_FDKIT_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_FDKIT_DEVELOPMENT_PACKAGE_DEPENDS
    "libfdkit${PROJECT_VERSION_MAJOR} (= ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE})")
set(CPACK_DEBIAN_FDKIT_DEVELOPMENT_PACKAGE_SHLIBDEPS OFF)
set(CPACK_COMPONENT_FDKIT_DEVELOPMENT_DESCRIPTION
    "typed wrappers for Linux file descriptors (development files)
fdkit wraps the system calls of every common kind of Linux file descriptor
in typed C functions that return -errno, create every descriptor
close-on-exec and document each error per call.

This package holds the headers, the static library, the pkg-config and
CMake files and the manual pages (fdkit(7), one page per function).")

set(CPACK_DEBIAN_FDKIT_TOOLS_PACKAGE_NAME "fdkit-tools")
set(CPACK_DEBIAN_FDKIT_TOOLS_PACKAGE_SECTION utils)
set(CPACK_COMPONENT_FDKIT_TOOLS_DESCRIPTION
    "list a process's file descriptors, decoded
fdkit-ls shows each descriptor of a process with what it is (socket, pipe,
epoll, timerfd, inotify...), its open flags and the details the kernel's
fdinfo gives, decoded.  It is built on the fdkit library.")

set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/packaging/cpack-options.cmake")

include(CPack)
