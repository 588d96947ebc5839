# SPDX-License-Identifier: MIT
# Tests that cannot run under valgrind (`make test-valgrind`), each with what
# valgrind lacks.  Included by ctest-valgrind.cmake; a listed test is skipped
# (exit 77 in ctest's eyes), saying why.  Only for a limitation of valgrind
# itself, as seen with Debian 12's valgrind 3.19 - never for a failure of
# fdkit: a leak or a memcheck error is fixed, not listed.

# The generated skeleton (generated/tests/, never edited) expects pidfd_open
# to work; valgrind 3.19 answers it with ENOSYS (the call is known from 3.20).
# pidfd.pidfd, fdinfo.ind-pidfd and fdinfo.kinds skip or leave out their
# pidfd part themselves on ENOSYS.
fdkit_valgrind_lacks("valgrind < 3.20 answers pidfd_open with ENOSYS, which the generated skeleton does not expect"
    gen.pidfd)

# A SIGSEGV queued with rt_tgsigqueueinfo (si_code 50, a fake fault address)
# is taken by valgrind 3.19 for a fault of its own: "Valgrind received a
# signal 11 (SIGSEGV) - exiting".
fdkit_valgrind_lacks("valgrind 3.19 dies on a self-queued SIGSEGV record, taking it for its own fault"
    signal.decode-foreign-codes)
