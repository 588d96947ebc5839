/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/sigdispatch.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <signal.h>
#include <sys/signalfd.h>
