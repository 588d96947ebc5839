/* SPDX-License-Identifier: MIT */
/*
 * A program that uses an installed fdkit, built by tests/install/run.sh with
 * find_package(fdkit), with pkg-config and against libfdkit.a.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <fdkit/fdkit.h>

int main(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t value = 0;
    int r;

    r = fdk_eventfd_open(&ev, 0, FDK_EVENTFD_NONBLOCK);
    if (r < 0) {
        fprintf(stderr, "fdk_eventfd_open: %s\n", strerror(-r));
        return 1;
    }
    r = fdk_eventfd_write(ev, 42);
    if (r < 0) {
        fprintf(stderr, "fdk_eventfd_write: %s\n", strerror(-r));
        fdk_eventfd_close(&ev);
        return 1;
    }
    r = fdk_eventfd_read(ev, &value);
    if (r < 0 || value != 42) {
        fprintf(stderr, "fdk_eventfd_read: r=%d value=%" PRIu64 "\n", r, value);
        fdk_eventfd_close(&ev);
        return 1;
    }
    r = fdk_eventfd_close(&ev);
    if (r < 0 || ev.fd != -1) {
        fprintf(stderr, "fdk_eventfd_close: r=%d fd=%d\n", r, ev.fd);
        return 1;
    }
    if (fdk_version() < FDK_VERSION || fdk_version() / 10000 != FDK_VERSION_MAJOR) {
        fprintf(stderr, "runs with fdkit %d, built with headers of %d\n", fdk_version(), FDK_VERSION);
        return 1;
    }
    printf("ok (fdkit %s, library %d)\n", FDK_VERSION_STRING, fdk_version());
    return 0;
}
