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
    printf("ok (fdkit %d.%d.%d)\n", FDK_VERSION_MAJOR, FDK_VERSION_MINOR, FDK_VERSION_PATCH);
    return 0;
}
