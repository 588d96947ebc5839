# SPDX-License-Identifier: MIT
# Generated from the specs in spec/ by codegen - do not edit.
# The symbols in fdk-inject-fns.h, for `-Wl,--wrap=` (see tests/inject/inject.cmake).
set(FDKIT_INJECT_GENERATED_SYMBOLS
    close
    copy_file_range
    epoll_create1
    epoll_ctl
    epoll_pwait
    epoll_pwait2
    epoll_wait
    eventfd
    fallocate
    fdatasync
    fstat
    fsync
    ftruncate
    lseek
    mkfifoat
    mknodat
    pipe2
    poll
    pread
    preadv
    pwrite
    pwritev
    read
    readv
    sendfile
    splice
    tee
    timerfd_create
    timerfd_gettime
    timerfd_settime
    vmsplice
    write
    writev
)
