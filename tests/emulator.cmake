# SPDX-License-Identifier: MIT
# What qemu-user (a cross build's CMAKE_CROSSCOMPILING_EMULATOR) cannot do,
# per test: each listed test gets FDKIT_EMULATOR_LACKS=<reason> and skips
# (exit 77) naming it (tests/fdk-test.h), so it neither fails nor passes
# without having run.  Natively nothing here applies.  Each reason is what
# the test hit under Debian 12's qemu-aarch64 on a 6.18 kernel (the empty
# datagram and sock_diag ones also confirmed with a raw program, which
# behaves the same).  Included by the top-level CMakeLists.txt after its
# tests; examples/ and tools/ call fdkit_emulator_lacks() for their own
# (a test's properties can only be set in the folder that added it).

set(FDKIT_QEMU_USER "")
if(CMAKE_CROSSCOMPILING_EMULATOR)
    list(GET CMAKE_CROSSCOMPILING_EMULATOR 0 _fdkit_emu)
    get_filename_component(_fdkit_emu "${_fdkit_emu}" NAME)
    if(_fdkit_emu MATCHES "^qemu-")
        set(FDKIT_QEMU_USER "${_fdkit_emu}")
    endif()
endif()

# fdkit_emulator_lacks(reason test...): a no-op unless the emulator is qemu-user.
function(fdkit_emulator_lacks reason)
    if(NOT FDKIT_QEMU_USER)
        return()
    endif()
    foreach(t IN LISTS ARGN)
        if(TEST ${t})
            set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT
                "FDKIT_EMULATOR=${FDKIT_QEMU_USER}" "FDKIT_EMULATOR_LACKS=${reason}")
        endif()
    endforeach()
endfunction()

fdkit_emulator_lacks("fanotify_init/fanotify_mark are not translated (ENOSYS)"
    gen.fanotify fanotify.close-from fanotify.perm-audit fanotify.perm fanotify.pidfd fanotify.unpriv)
fdkit_emulator_lacks("the terminal ioctls of /dev/ptmx and ttys are not translated (ENOSYS)"
    gen.tty tty.io tty.nullmodem tty.ops tty.pty tty.restore tty.settings)
fdkit_emulator_lacks("mq_notify is not translated (ENOSYS)" mq.depth mq.notify)
fdkit_emulator_lacks("signal 63 is reserved by qemu-user itself" signal.sets)
fdkit_emulator_lacks("qemu-user maps the guest's realtime signals onto other host signals (a signalfd's mask in /proc fdinfo is the host's)" indep.indep-sigset)
fdkit_emulator_lacks("rt_tgsigqueueinfo records are not delivered as queued (the call fails)" signal.decode-foreign-codes)
fdkit_emulator_lacks("recvmsg(MSG_ERRQUEUE) fails with EIO" socket.ancillary-inject socket.zerocopy)
fdkit_emulator_lacks("sendmsg/writev with no iovec return 0 without sending the empty datagram"
    socket.empty-message)
fdkit_emulator_lacks("SO_INCOMING_CPU is not translated (ENOPROTOOPT)" socket.options)
fdkit_emulator_lacks("SO_MARK and other newer socket options are not translated (ENOPROTOOPT)"
    socket.options-net socket.indep-options)
fdkit_emulator_lacks("the epoll ioctls EPIOCSPARAMS/EPIOCGPARAMS are not translated (ENOSYS)"
    epoll.busy-poll epoll.indep-busy-poll)
fdkit_emulator_lacks("NETLINK_SOCK_DIAG sockets are not supported (EPROTONOSUPPORT)" socket.unix-inject)
fdkit_emulator_lacks("/proc/<tid>/syscall shows the host's system calls, so a thread blocked in connect cannot be seen"
    socket.unix)
fdkit_emulator_lacks("statx reports no mount id (stx_mnt_id 0)" fdinfo.ind-common)
fdkit_emulator_lacks("signals are remapped to host numbers, so /proc's signalfd sigmask is the host's"
    fdinfo.ind-signalfd)

# Only under qemu-arm (Debian 12's, 32-bit armhf): found running the suite
# with make test-cross-arm.
if(FDKIT_QEMU_USER STREQUAL "qemu-arm")
    fdkit_emulator_lacks("qemu-arm resolves inotify_add_watch's path inside its -L sysroot but stat's on the host, so a watch on / is another inode"
        fdinfo.kinds)
    fdkit_emulator_lacks("qemu-arm's siginfo translation drops SIGIO's si_fd (sigwaitinfo reports 0, signalfd the real fd)"
        signal.decode)
endif()
