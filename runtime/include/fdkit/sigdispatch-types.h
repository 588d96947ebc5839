/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/sigdispatch-types.h
 * Types of the signal dispatcher (fdkit/sigdispatch.h).
 */
#ifndef FDKIT_SIGDISPATCH_TYPES_H
#define FDKIT_SIGDISPATCH_TYPES_H

#include <fdkit/signal-types.h>

FDK_BEGIN_DECLS

/** A dispatcher: a signalfd plus what to do with each signal.  Opaque. */
typedef struct fdk_sigdispatch fdk_sigdispatch;

/** Called from fdk_sigdispatch_dispatch() / _run() with the decoded record. */
typedef void (*fdk_sig_callback)(const struct fdk_siginfo *info, void *arg);

/** What happens to a watched signal that has no callback. */
enum fdk_sig_action {
    FDK_SIG_ACTION_DEFAULT = 0, /**< the signal's own default: terminate, core, ignore or stop (signal(7); stop-default signals stop with SIGSTOP) */
    FDK_SIG_ACTION_TERMINATE,   /**< end the process: by the signal if its default is plain termination, otherwise by SIGTERM */
    FDK_SIG_ACTION_CORE,        /**< end the process with a core dump (by the signal if its default dumps core, else SIGABRT) */
    FDK_SIG_ACTION_IGNORE,      /**< do nothing */
    FDK_SIG_ACTION_STOP         /**< stop the process (SIGSTOP) until SIGCONT */
};

FDK_END_DECLS

#endif /* FDKIT_SIGDISPATCH_TYPES_H */
