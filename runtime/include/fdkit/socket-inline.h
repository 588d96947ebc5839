/**
 * @file fdkit/socket-inline.h
 * Handwritten additions to fdkit/socket.h (included at its end).
 */
#ifndef FDKIT_SOCKET_INLINE_H
#define FDKIT_SOCKET_INLINE_H

#include <fdkit/socket.h>

/**
 * What fdk_tcp_connect() returns when a non-blocking connect has started but
 * not finished: the handle is written, and fdk_tcp_connect_finish() tells the
 * outcome once the socket is writable.  Positive, so `r < 0` still means
 * failure and nothing was created.
 */
#define FDK_SOCKET_IN_PROGRESS 1

/**
 * The flags the accept calls take: FDK_SOCKET_NONBLOCK for the new connection
 * (FDK_SOCKET_CLOEXEC is always applied).  The other open flags are -EINVAL.
 */
#define FDK_SOCKET_ACCEPT_ALL (FDK_SOCKET_NONBLOCK | FDK_SOCKET_CLOEXEC)

#endif /* FDKIT_SOCKET_INLINE_H */
