/* SPDX-License-Identifier: MIT */
/*
 * bench-echo: requests per second of single-threaded, event-driven TCP echo
 * servers, all measured in the same run by the same client:
 *
 *   fdkit          fdk_epoll_* + fdk_tcp_listen / fdk_tcp_accept +
 *                  fdk_tcp_stream_recv / _send
 *   raw epoll      the same program written against libc directly
 *   libuv          uv_read_start + uv_try_write (uv_write for a rest)
 *   libevent       an event per connection (EV_READ | EV_PERSIST) whose
 *                  callback does recv + send
 *   libevent-bev   libevent's buffered layer: a bufferevent per connection,
 *                  the read callback moves the input buffer to the output
 *
 * The libuv and libevent servers are built only when pkg-config finds the
 * libraries (Debian: libuv1-dev, libevent-dev); otherwise their rows say
 * so and are skipped.
 *
 * The client opens --conns connections to a server, sets TCP_NODELAY on
 * them (every server sets it on its side too), and ping-pongs --size byte
 * messages on all of them at once from one epoll loop: each connection
 * sends a message, waits for the whole echo, checks it, sends the next,
 * --iters times.  A run is timed from the first send to the last echo after
 * one untimed round trip per connection (so every connection has been
 * accepted and registered); connecting and closing are outside the timed
 * region.  requests/s = conns * iters / seconds.
 *
 * Fairness on a small VM:
 *   - every server runs in its own process, forked at the start, and the
 *     client and all servers are pinned to one CPU: on a 2-vCPU guest a
 *     wake-up across CPUs costs ~30 us against ~1 us on the same CPU, so
 *     unpinned the figure would measure the hypervisor.  The idle servers
 *     sleep in their event loop while another one is measured;
 *   - the same client, message size, connection count and TCP_NODELAY for
 *     every server; every server reads into a 16 KiB buffer per connection
 *     and answers from the read callback;
 *   - servers are interleaved round by round, alternately forward and
 *     backward with a moving start, and compared with fdkit's run of the
 *     same round (median of the per-round ratios);
 *   - a run during which client and server together were on the CPU less
 *     than 95% of the wall time was preempted by another process: it is run
 *     again, up to 3 times (--retries), and the count is printed.
 *
 * Usage: bench-echo [--conns N] [--size N] [--iters N] [--runs N]
 *                   [--warmup N] [--retries N] [--cpu N|none] [--servers LIST] [-v]
 */
#include <fdkit/fdkit.h>
#include <fdkit/epoll.h>
#include <fdkit/socket.h>

#include "bench-util.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef FDKIT_BENCH_HAVE_LIBUV
#include <uv.h>
#endif
#ifdef FDKIT_BENCH_HAVE_LIBEVENT
#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/listener.h>
#endif

#define CONN_BUF    16384 /* every server's read buffer per connection */
#define MAX_EVENTS  64    /* events per epoll_wait in the epoll servers */
#define MAX_CONNS   1024
#define MIN_ON_CPU  0.95
#define MAX_RETRIES 3 /* default of --retries */
#define CLIENT_TIMEOUT_MS 10000 /* a server that stops answering is a failure */

/* ------------------------------------------------------------------------ */
/* Server plumbing shared by all servers.  A server process listens on
   127.0.0.1 (port picked by the kernel), reports the port (or -errno) on
   the ready pipe as an int32, and serves until the stop pipe becomes
   readable (the parent closed it, or died). */

static int report(int ready_fd, int32_t v)
{
    ssize_t n = write(ready_fd, &v, sizeof v);

    close(ready_fd);
    return n == (ssize_t)sizeof v ? 0 : -EIO;
}

enum { TOKEN_LISTENER = 1, TOKEN_STOP = 2 }; /* connection tokens are pointers */

/* One connection of the epoll servers: what is still to be sent back. */
struct econn {
    int fd;
    size_t pend_off, pend_len;
    unsigned char buf[CONN_BUF];
};

/* ---- fdkit ------------------------------------------------------------- */

/* Echo what is there; on a short send keep the rest and wait for OUT. */
static int fdkit_on_conn(fdk_epoll ep, struct econn *c, uint32_t bits)
{
    fdk_tcp_stream s = {.fd = c->fd};
    ssize_t n;

    if (c->pend_len == 0) {
        n = fdk_tcp_stream_recv(s, c->buf, sizeof c->buf, 0);
        if (n == -EAGAIN || n == -EINTR)
            return 0;
        if (n <= 0)
            return -1; /* EOF or error: close */
        c->pend_off = 0;
        c->pend_len = (size_t)n;
    } else if (!(bits & (FDK_EPOLL_OUT | FDK_EPOLL_ERR | FDK_EPOLL_HUP))) {
        return 0;
    }
    while (c->pend_len > 0) {
        n = fdk_tcp_stream_send(s, c->buf + c->pend_off, c->pend_len, 0);
        if (n == -EINTR)
            continue;
        if (n == -EAGAIN)
            break;
        if (n < 0)
            return -1;
        c->pend_off += (size_t)n;
        c->pend_len -= (size_t)n;
    }
    /* Only a short send changes the registration (never with small messages). */
    if (c->pend_len > 0 && !(bits & FDK_EPOLL_OUT))
        return fdk_epoll_modify(ep, c->fd, FDK_EPOLL_OUT, (uint64_t)(uintptr_t)c) < 0 ? -1 : 0;
    if (c->pend_len == 0 && (bits & FDK_EPOLL_OUT))
        return fdk_epoll_modify(ep, c->fd, FDK_EPOLL_IN, (uint64_t)(uintptr_t)c) < 0 ? -1 : 0;
    return 0;
}

static int fdkit_accept_all(fdk_epoll ep, fdk_tcp_listener l)
{
    for (;;) {
        fdk_tcp_stream s = FDK_HANDLE_INIT;
        struct econn *c;
        int r = fdk_tcp_accept(l, &s, NULL, FDK_SOCKET_NONBLOCK);

        if (r == -EAGAIN)
            return 0;
        if (r < 0)
            return r;
        r = fdk_socket_set_nodelay(fdk_tcp_stream_socket(s), 1);
        c = r == 0 ? malloc(sizeof *c) : NULL;
        if (c) {
            c->fd = s.fd;
            c->pend_len = 0;
            r = fdk_epoll_add(ep, s.fd, FDK_EPOLL_IN, (uint64_t)(uintptr_t)c);
        }
        if (!c || r < 0) {
            free(c);
            fdk_tcp_stream_close(&s);
            return r < 0 ? r : -ENOMEM;
        }
    }
}

static int serve_fdkit(int ready_fd, int stop_fd)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_sockaddr addr, bound;
    struct epoll_event evs[MAX_EVENTS];
    int r;

    r = fdk_epoll_open(&ep, 0);
    if (r == 0)
        r = fdk_sockaddr_ipv4(&addr, "127.0.0.1", 0);
    if (r == 0)
        r = fdk_tcp_listen(&l, &addr, -1, FDK_SOCKET_NONBLOCK);
    if (r == 0)
        r = fdk_socket_local_addr(fdk_tcp_listener_socket(l), &bound);
    if (r == 0)
        r = fdk_epoll_add(ep, l.fd, FDK_EPOLL_IN, TOKEN_LISTENER);
    if (r == 0)
        r = fdk_epoll_add(ep, stop_fd, FDK_EPOLL_IN, TOKEN_STOP);
    if (r < 0) {
        report(ready_fd, r);
        return r;
    }
    r = report(ready_fd, fdk_sockaddr_port(&bound));
    while (r == 0) {
        int n = fdk_epoll_wait(ep, evs, MAX_EVENTS, -1);

        if (n == -EINTR)
            continue;
        if (n < 0) {
            r = n;
            break;
        }
        for (int i = 0; i < n && r == 0; i++) {
            uint64_t token = fdk_epoll_event_token(&evs[i]);

            if (token == TOKEN_STOP) {
                r = 1;
            } else if (token == TOKEN_LISTENER) {
                r = fdkit_accept_all(ep, l);
            } else {
                struct econn *c = (struct econn *)(uintptr_t)token;

                if (fdkit_on_conn(ep, c, fdk_epoll_event_bits(&evs[i])) < 0) {
                    fdk_tcp_stream s = {.fd = c->fd}; /* closing removes it from the epoll */

                    fdk_tcp_stream_close(&s);
                    free(c);
                }
            }
        }
    }
    fdk_tcp_listener_close(&l);
    fdk_epoll_close(&ep);
    return r < 0 ? r : 0;
}

/* ---- raw epoll: the same server against libc ----------------------------- */

static int raw_on_conn(int ep, struct econn *c, uint32_t bits)
{
    struct epoll_event ev;
    ssize_t n;

    if (c->pend_len == 0) {
        n = recv(c->fd, c->buf, sizeof c->buf, 0);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return 0;
        if (n <= 0)
            return -1;
        c->pend_off = 0;
        c->pend_len = (size_t)n;
    } else if (!(bits & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
        return 0;
    }
    while (c->pend_len > 0) {
        n = send(c->fd, c->buf + c->pend_off, c->pend_len, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n < 0)
            return -1;
        c->pend_off += (size_t)n;
        c->pend_len -= (size_t)n;
    }
    ev.data.ptr = c;
    if (c->pend_len > 0 && !(bits & EPOLLOUT)) {
        ev.events = EPOLLOUT;
        return epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev) < 0 ? -1 : 0;
    }
    if (c->pend_len == 0 && (bits & EPOLLOUT)) {
        ev.events = EPOLLIN;
        return epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev) < 0 ? -1 : 0;
    }
    return 0;
}

static int raw_accept_all(int ep, int l)
{
    for (;;) {
        struct epoll_event ev = {.events = EPOLLIN};
        struct econn *c;
        int fd = accept4(l, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC), r;

        if (fd < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        if (fd < 0 && (errno == EINTR || errno == ECONNABORTED))
            continue;
        if (fd < 0)
            return -errno;
        r = bench_set_nodelay(fd);
        c = r == 0 ? malloc(sizeof *c) : NULL;
        if (c) {
            c->fd = fd;
            c->pend_len = 0;
            ev.data.ptr = c;
            r = epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) < 0 ? -errno : 0;
        }
        if (!c || r < 0) {
            free(c);
            close(fd);
            return r < 0 ? r : -ENOMEM;
        }
    }
}

static int serve_raw(int ready_fd, int stop_fd)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof a;
    struct epoll_event evs[MAX_EVENTS], ev = {.events = EPOLLIN};
    /* Distinct addresses for the listener and the stop pipe in data.ptr. */
    static char listener_tag, stop_tag;
    int ep = epoll_create1(EPOLL_CLOEXEC), l = -1, r = 0;

    if (ep < 0)
        r = -errno;
    if (r == 0 && (l = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)) < 0)
        r = -errno;
    if (r == 0 && (bind(l, (struct sockaddr *)&a, sizeof a) < 0 || listen(l, SOMAXCONN) < 0 ||
                   getsockname(l, (struct sockaddr *)&a, &alen) < 0))
        r = -errno;
    ev.data.ptr = &listener_tag;
    if (r == 0 && epoll_ctl(ep, EPOLL_CTL_ADD, l, &ev) < 0)
        r = -errno;
    ev.data.ptr = &stop_tag;
    if (r == 0 && epoll_ctl(ep, EPOLL_CTL_ADD, stop_fd, &ev) < 0)
        r = -errno;
    if (r < 0) {
        report(ready_fd, r);
        return r;
    }
    r = report(ready_fd, ntohs(a.sin_port));
    while (r == 0) {
        int n = epoll_wait(ep, evs, MAX_EVENTS, -1);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r = -errno;
            break;
        }
        for (int i = 0; i < n && r == 0; i++) {
            void *p = evs[i].data.ptr;

            if (p == &stop_tag) {
                r = 1;
            } else if (p == &listener_tag) {
                r = raw_accept_all(ep, l);
            } else if (raw_on_conn(ep, p, evs[i].events) < 0) {
                close(((struct econn *)p)->fd);
                free(p);
            }
        }
    }
    close(l);
    close(ep);
    return r < 0 ? r : 0;
}

/* ---- libuv --------------------------------------------------------------- */

#ifdef FDKIT_BENCH_HAVE_LIBUV
struct uvconn {
    uv_tcp_t tcp; /* first: the handle's address is the connection's */
    uv_write_t wreq;
    unsigned char buf[CONN_BUF];
    unsigned char rest[CONN_BUF]; /* what uv_try_write left, owned by uv_write */
};

static int uv_status; /* first error of the loop, or 0 */

static void uvs_closed(uv_handle_t *h)
{
    free(h->data); /* the connection (NULL for the listener and the stop poll) */
}

/* Every read goes into the connection's own buffer, as in the other servers. */
static void uvs_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *b)
{
    struct uvconn *c = h->data;

    (void)suggested;
    *b = uv_buf_init((char *)c->buf, sizeof c->buf);
}

static void uvs_read(uv_stream_t *st, ssize_t nread, const uv_buf_t *b);

static void uvs_written(uv_write_t *req, int status)
{
    uv_stream_t *st = req->handle;

    if (status < 0 || uv_read_start(st, uvs_alloc, uvs_read) < 0)
        uv_close((uv_handle_t *)st, uvs_closed);
}

static void uvs_read(uv_stream_t *st, ssize_t nread, const uv_buf_t *b)
{
    struct uvconn *c = st->data;
    uv_buf_t out;
    int w;

    if (nread == 0) /* nothing this time (EAGAIN) */
        return;
    if (nread < 0) {
        uv_close((uv_handle_t *)st, uvs_closed);
        return;
    }
    /* The common case: the whole echo goes out at once, no request. */
    out = uv_buf_init(b->base, (unsigned int)nread);
    w = uv_try_write(st, &out, 1);
    if (w == nread)
        return;
    if (w < 0 && w != UV_EAGAIN) {
        uv_close((uv_handle_t *)st, uvs_closed);
        return;
    }
    if (w < 0)
        w = 0;
    /* A rest: queue it with uv_write and read no more until it is out. */
    memcpy(c->rest, b->base + w, (size_t)nread - (size_t)w);
    out = uv_buf_init((char *)c->rest, (unsigned int)((size_t)nread - (size_t)w));
    if (uv_read_stop(st) < 0 || uv_write(&c->wreq, st, &out, 1, uvs_written) < 0)
        uv_close((uv_handle_t *)st, uvs_closed);
}

static void uvs_connection(uv_stream_t *server, int status)
{
    struct uvconn *c;

    if (status < 0) {
        uv_status = status;
        uv_stop(server->loop);
        return;
    }
    c = malloc(sizeof *c);
    if (!c || uv_tcp_init(server->loop, &c->tcp) < 0) {
        free(c);
        uv_status = UV_ENOMEM;
        uv_stop(server->loop);
        return;
    }
    c->tcp.data = c;
    if (uv_accept(server, (uv_stream_t *)&c->tcp) < 0 || uv_tcp_nodelay(&c->tcp, 1) < 0 ||
        uv_read_start((uv_stream_t *)&c->tcp, uvs_alloc, uvs_read) < 0)
        uv_close((uv_handle_t *)&c->tcp, uvs_closed);
}

static void uvs_stop(uv_poll_t *p, int status, int events)
{
    (void)status;
    (void)events;
    uv_stop(p->loop);
}

static void uvs_close_any(uv_handle_t *h, void *arg)
{
    (void)arg;
    if (!uv_is_closing(h))
        uv_close(h, uvs_closed);
}

static int serve_libuv(int ready_fd, int stop_fd)
{
    uv_loop_t loop;
    uv_tcp_t server;
    uv_poll_t stop;
    struct sockaddr_in a;
    struct sockaddr_storage bound;
    int blen = sizeof bound, r;

    r = uv_loop_init(&loop);
    if (r < 0) {
        report(ready_fd, r);
        return r;
    }
    server.data = NULL;
    stop.data = NULL;
    r = uv_ip4_addr("127.0.0.1", 0, &a);
    if (r == 0)
        r = uv_tcp_init(&loop, &server);
    if (r == 0)
        r = uv_tcp_bind(&server, (const struct sockaddr *)&a, 0);
    if (r == 0)
        r = uv_listen((uv_stream_t *)&server, SOMAXCONN, uvs_connection);
    if (r == 0)
        r = uv_tcp_getsockname(&server, (struct sockaddr *)&bound, &blen);
    if (r == 0)
        r = uv_poll_init(&loop, &stop, stop_fd);
    if (r == 0)
        r = uv_poll_start(&stop, UV_READABLE, uvs_stop);
    if (r < 0) {
        report(ready_fd, r); /* libuv errors are -errno on Unix */
        return r;
    }
    r = report(ready_fd, ntohs(((struct sockaddr_in *)&bound)->sin_port));
    if (r == 0) {
        uv_run(&loop, UV_RUN_DEFAULT);
        r = uv_status;
    }
    uv_walk(&loop, uvs_close_any, NULL);
    uv_run(&loop, UV_RUN_DEFAULT);
    uv_loop_close(&loop);
    return r;
}
#endif /* FDKIT_BENCH_HAVE_LIBUV */

/* ---- libevent ------------------------------------------------------------ */

#ifdef FDKIT_BENCH_HAVE_LIBEVENT
struct evconn {
    evutil_socket_t fd;
    struct event *rd, *wr; /* wr is added only while a rest waits */
    size_t pend_off, pend_len;
    unsigned char buf[CONN_BUF];
};

static int ev_status;

static void evs_free(struct evconn *c)
{
    event_free(c->rd);
    event_free(c->wr);
    close(c->fd);
    free(c);
}

/* Send what is pending; switch between the read and the write event only
   when a send is short (never with small messages). */
static void evs_flush(struct evconn *c, bool from_write)
{
    while (c->pend_len > 0) {
        ssize_t n = send(c->fd, c->buf + c->pend_off, c->pend_len, MSG_NOSIGNAL);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n < 0) {
            evs_free(c);
            return;
        }
        c->pend_off += (size_t)n;
        c->pend_len -= (size_t)n;
    }
    if (c->pend_len > 0 && !from_write) {
        if (event_del(c->rd) < 0 || event_add(c->wr, NULL) < 0)
            evs_free(c);
    } else if (c->pend_len == 0 && from_write) {
        if (event_del(c->wr) < 0 || event_add(c->rd, NULL) < 0)
            evs_free(c);
    }
}

static void evs_readable(evutil_socket_t fd, short what, void *arg)
{
    struct evconn *c = arg;
    ssize_t n = recv(fd, c->buf, sizeof c->buf, 0);

    (void)what;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    if (n <= 0) {
        evs_free(c);
        return;
    }
    c->pend_off = 0;
    c->pend_len = (size_t)n;
    evs_flush(c, false);
}

static void evs_writable(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    evs_flush(arg, true);
}

static void evs_accept(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa,
                       int salen, void *arg)
{
    struct event_base *base = evconnlistener_get_base(l);
    struct evconn *c = bench_set_nodelay(fd) == 0 ? malloc(sizeof *c) : NULL;

    (void)sa;
    (void)salen;
    (void)arg;
    if (!c) {
        close(fd);
        return;
    }
    c->fd = fd;
    c->pend_len = 0;
    c->rd = event_new(base, fd, EV_READ | EV_PERSIST, evs_readable, c);
    c->wr = event_new(base, fd, EV_WRITE | EV_PERSIST, evs_writable, c);
    if (!c->rd || !c->wr || event_add(c->rd, NULL) < 0) {
        if (c->rd)
            event_free(c->rd);
        if (c->wr)
            event_free(c->wr);
        close(fd);
        free(c);
    }
}

/* bufferevent flavour: libevent reads into the input buffer, the callback
   moves it to the output buffer, libevent writes it when it can. */
static void bev_read(struct bufferevent *bev, void *arg)
{
    (void)arg;
    if (bufferevent_write_buffer(bev, bufferevent_get_input(bev)) < 0)
        bufferevent_free(bev);
}

static void bev_event(struct bufferevent *bev, short what, void *arg)
{
    (void)arg;
    if (what & (BEV_EVENT_EOF | BEV_EVENT_ERROR))
        bufferevent_free(bev);
}

static void bev_accept(struct evconnlistener *l, evutil_socket_t fd, struct sockaddr *sa,
                       int salen, void *arg)
{
    struct bufferevent *bev;

    (void)sa;
    (void)salen;
    (void)arg;
    if (bench_set_nodelay(fd) < 0) {
        close(fd);
        return;
    }
    bev = bufferevent_socket_new(evconnlistener_get_base(l), fd, BEV_OPT_CLOSE_ON_FREE);
    if (!bev) {
        close(fd);
        return;
    }
    bufferevent_setcb(bev, bev_read, NULL, bev_event, NULL);
    if (bufferevent_enable(bev, EV_READ) < 0)
        bufferevent_free(bev);
}

static void evs_listen_error(struct evconnlistener *l, void *arg)
{
    (void)arg;
    ev_status = -(errno ? errno : EIO);
    event_base_loopbreak(evconnlistener_get_base(l));
}

static void evs_stop(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    event_base_loopbreak(arg);
}

static int serve_libevent_common(int ready_fd, int stop_fd, bool buffered)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof a;
    struct event_base *base = event_base_new();
    struct evconnlistener *l = NULL;
    struct event *stop = NULL;
    int r = 0;

    if (!base)
        r = -ENOMEM;
    if (r == 0) {
        l = evconnlistener_new_bind(base, buffered ? bev_accept : evs_accept, NULL,
                                    LEV_OPT_CLOSE_ON_FREE | LEV_OPT_CLOSE_ON_EXEC, SOMAXCONN,
                                    (struct sockaddr *)&a, sizeof a);
        if (!l)
            r = -(errno ? errno : EIO);
    }
    if (r == 0 && getsockname(evconnlistener_get_fd(l), (struct sockaddr *)&a, &alen) < 0)
        r = -errno;
    if (r == 0) {
        evconnlistener_set_error_cb(l, evs_listen_error);
        stop = event_new(base, stop_fd, EV_READ, evs_stop, base);
        if (!stop || event_add(stop, NULL) < 0)
            r = -ENOMEM;
    }
    if (r == 0)
        r = report(ready_fd, ntohs(a.sin_port));
    else
        report(ready_fd, r);
    if (r == 0 && event_base_dispatch(base) < 0)
        r = -EIO;
    if (r == 0)
        r = ev_status;
    if (stop)
        event_free(stop);
    if (l)
        evconnlistener_free(l);
    if (base)
        event_base_free(base);
    return r;
}

static int serve_libevent(int ready_fd, int stop_fd)
{
    return serve_libevent_common(ready_fd, stop_fd, false);
}

static int serve_libevent_bev(int ready_fd, int stop_fd)
{
    return serve_libevent_common(ready_fd, stop_fd, true);
}
#endif /* FDKIT_BENCH_HAVE_LIBEVENT */

/* ------------------------------------------------------------------------ */
/* The servers, in table order. */

struct server {
    const char *key;  /* for --servers */
    const char *name; /* for the table */
    int (*serve)(int ready_fd, int stop_fd);
    const char *missing; /* why it is not built, or NULL */
    pid_t pid;
    int stop_w; /* closing it stops the server */
    uint16_t port;
    double *rps; /* requests/s, one per timed run */
    int nrec;
};

enum { S_FDKIT, S_RAW, S_LIBUV, S_LIBEVENT, S_LIBEVENT_BEV, S_COUNT };

#ifdef FDKIT_BENCH_HAVE_LIBUV
#define LIBUV_SERVE serve_libuv, NULL
#else
#define LIBUV_SERVE NULL, "built without libuv (install libuv1-dev and reconfigure)"
#endif
#ifdef FDKIT_BENCH_HAVE_LIBEVENT
#define LIBEVENT_SERVE     serve_libevent, NULL
#define LIBEVENT_BEV_SERVE serve_libevent_bev, NULL
#else
#define LIBEVENT_SERVE     NULL, "built without libevent (install libevent-dev and reconfigure)"
#define LIBEVENT_BEV_SERVE LIBEVENT_SERVE
#endif

static struct server servers[S_COUNT] = {
    [S_FDKIT] = {"fdkit", "fdkit epoll", serve_fdkit, NULL, -1, -1, 0, NULL, 0},
    [S_RAW] = {"raw", "raw epoll", serve_raw, NULL, -1, -1, 0, NULL, 0},
    [S_LIBUV] = {"libuv", "libuv", LIBUV_SERVE, -1, -1, 0, NULL, 0},
    [S_LIBEVENT] = {"libevent", "libevent event", LIBEVENT_SERVE, -1, -1, 0, NULL, 0},
    [S_LIBEVENT_BEV] = {"libevent-bev", "libevent bufferevent", LIBEVENT_BEV_SERVE, -1, -1, 0,
                        NULL, 0},
};

/* Fork server s; it inherits the CPU pin.  Children close the stop pipes
   of the servers started before them, so each server sees only its own. */
static int start_server(struct server *s)
{
    int ready[2], stop[2];
    int32_t v;
    ssize_t n;

    if (pipe2(ready, O_CLOEXEC) < 0)
        return -errno;
    if (pipe2(stop, O_CLOEXEC) < 0) {
        int e = errno;

        close(ready[0]);
        close(ready[1]);
        return -e;
    }
    fflush(stdout);
    s->pid = fork();
    if (s->pid < 0) {
        int e = errno;

        close(ready[0]);
        close(ready[1]);
        close(stop[0]);
        close(stop[1]);
        return -e;
    }
    if (s->pid == 0) {
        int r;

        for (int k = 0; k < S_COUNT; k++)
            if (servers[k].stop_w >= 0)
                close(servers[k].stop_w);
        close(ready[0]);
        close(stop[1]);
        r = s->serve(ready[1], stop[0]);
        _exit(r < 0 ? 1 : 0);
    }
    close(ready[1]);
    close(stop[0]);
    s->stop_w = stop[1];
    do
        n = read(ready[0], &v, sizeof v);
    while (n < 0 && errno == EINTR);
    close(ready[0]);
    if (n != (ssize_t)sizeof v)
        return -EIO;
    if (v <= 0 || v > 65535)
        return v < 0 ? v : -EIO;
    s->port = (uint16_t)v;
    return 0;
}

static int stop_server(struct server *s)
{
    int status;

    if (s->pid <= 0)
        return 0;
    close(s->stop_w);
    s->stop_w = -1;
    while (waitpid(s->pid, &status, 0) < 0)
        if (errno != EINTR)
            return -errno;
    s->pid = -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -EIO;
}

/* ------------------------------------------------------------------------ */
/* The client: one epoll loop over all connections, raw system calls (the
   same code for every server). */

struct cconn {
    int fd;
    size_t got; /* bytes of the current echo received */
    long done;  /* round trips completed */
};

struct client {
    int nconns;
    size_t size;
    long iters;
    int ep;
    struct cconn conns[MAX_CONNS];
    unsigned char out[CONN_BUF], in[CONN_BUF];
};

/* Message k of connection i: first and last byte identify it. */
static void fill(struct client *cl, int i, long k)
{
    cl->out[cl->size - 1] = (unsigned char)(i * 7 + k); /* the same byte as [0] when size is 1 */
    cl->out[0] = (unsigned char)(i + k);
}

static int send_msg(struct client *cl, int i, long k)
{
    ssize_t n;

    fill(cl, i, k);
    do
        n = send(cl->conns[i].fd, cl->out, cl->size, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    /* An empty socket buffer always takes a whole small message. */
    if (n < 0)
        return -errno;
    return (size_t)n == cl->size ? 0 : -EMSGSIZE;
}

/* Every connection does `rounds` round trips; all at once. */
static int pingpong(struct client *cl, long rounds)
{
    struct epoll_event evs[MAX_EVENTS];
    int left = cl->nconns;

    for (int i = 0; i < cl->nconns; i++) {
        int r;

        cl->conns[i].got = 0;
        cl->conns[i].done = 0;
        r = send_msg(cl, i, 0);
        if (r < 0)
            return r;
    }
    while (left > 0) {
        int n = epoll_wait(cl->ep, evs, MAX_EVENTS, CLIENT_TIMEOUT_MS);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        if (n == 0)
            return -ETIMEDOUT;
        for (int e = 0; e < n; e++) {
            int i = (int)evs[e].data.u32;
            struct cconn *c = &cl->conns[i];
            ssize_t k = recv(c->fd, cl->in + c->got, cl->size - c->got, 0);

            if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                continue;
            if (k < 0)
                return -errno;
            if (k == 0)
                return -ECONNRESET;
            c->got += (size_t)k;
            if (c->got < cl->size)
                continue;
            /* A whole echo: check it against what was sent. */
            fill(cl, i, c->done);
            if (cl->in[0] != cl->out[0] || cl->in[cl->size - 1] != cl->out[cl->size - 1])
                return -EBADMSG;
            c->got = 0;
            if (++c->done == rounds) {
                left--;
            } else {
                int r = send_msg(cl, i, c->done);

                if (r < 0)
                    return r;
            }
        }
    }
    return 0;
}

static void client_close(struct client *cl)
{
    for (int i = 0; i < cl->nconns; i++)
        if (cl->conns[i].fd >= 0) {
            close(cl->conns[i].fd);
            cl->conns[i].fd = -1;
        }
    if (cl->ep >= 0)
        close(cl->ep);
    cl->ep = -1;
}

static int client_open(struct client *cl, uint16_t port)
{
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_port = htons(port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};

    for (int i = 0; i < cl->nconns; i++)
        cl->conns[i].fd = -1;
    cl->ep = epoll_create1(EPOLL_CLOEXEC);
    if (cl->ep < 0)
        return -errno;
    for (int i = 0; i < cl->nconns; i++) {
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t)i};
        int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), r = 0;

        if (fd < 0)
            return -errno;
        cl->conns[i].fd = fd;
        /* Blocking connect (loopback: the kernel completes it at once), then
           non-blocking for the event loop. */
        if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0 ||
            fcntl(fd, F_SETFL, O_NONBLOCK | fcntl(fd, F_GETFL)) < 0 ||
            epoll_ctl(cl->ep, EPOLL_CTL_ADD, fd, &ev) < 0)
            r = -errno;
        if (r == 0)
            r = bench_set_nodelay(fd);
        if (r < 0)
            return r;
    }
    return 0;
}

/* ------------------------------------------------------------------------ */

static const char *server_key(int s)
{
    return servers[s].key;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: bench-echo [options]\n"
               "  --conns N         concurrent connections (default 16)\n"
               "  --size N          message bytes (default 64; at most 16384)\n"
               "  --iters N         round trips per connection per run (default 1000)\n"
               "  --runs N          timed runs per server (default 7; median reported)\n"
               "  --warmup N        untimed rounds first (default 1)\n"
               "  --retries N       times a preempted run is repeated (default 3; 0 under\n"
               "                    valgrind, which is always \"preempted\")\n"
               "  --cpu N|none      pin client and servers to CPU N (default: the first\n"
               "                    allowed CPU), or not at all\n"
               "  --servers LIST    comma-separated subset of: fdkit, raw, libuv, libevent,\n"
               "                    libevent-bev (default: all that are built)\n"
               "  --verbose, -v     print every run\n");
}

int main(int argc, char **argv)
{
    static struct client cl;
    int runs = 7, warmup = 1, cpu = -1, nm = 0, order[S_COUNT], retried = 0, gave_up = 0, rc = 0;
    int max_retries = MAX_RETRIES;
    bool pinned = true, verbose = false, selected[S_COUNT];
    long v;
    struct utsname un;
    int r;

    cl.nconns = 16;
    cl.size = 64;
    cl.iters = 1000;
    cl.ep = -1;
    for (int s = 0; s < S_COUNT; s++)
        selected[s] = true;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
        bool ok = true;

        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--verbose") || !strcmp(a, "-v")) {
            verbose = true;
            continue;
        } else if (!val) {
            ok = false;
        } else if (!strcmp(a, "--conns")) {
            ok = bench_parse_int(val, 1, MAX_CONNS, &cl.nconns);
        } else if (!strcmp(a, "--size")) {
            ok = bench_parse_long(val, 1, CONN_BUF, &v);
            cl.size = (size_t)v;
        } else if (!strcmp(a, "--iters")) {
            ok = bench_parse_long(val, 1, 100000000, &cl.iters);
        } else if (!strcmp(a, "--runs")) {
            ok = bench_parse_int(val, 1, BENCH_MAX_RUNS, &runs);
        } else if (!strcmp(a, "--warmup")) {
            ok = bench_parse_int(val, 0, BENCH_MAX_RUNS, &warmup);
        } else if (!strcmp(a, "--retries")) {
            ok = bench_parse_int(val, 0, 100, &max_retries);
        } else if (!strcmp(a, "--cpu")) {
            ok = bench_parse_cpu(val, &pinned, &cpu);
        } else if (!strcmp(a, "--servers")) {
            ok = bench_parse_keys(val, S_COUNT, server_key, selected);
        } else {
            ok = false;
        }
        if (!ok) {
            fprintf(stderr, "bench-echo: bad option or value: %s %s\n", a, val ? val : "");
            usage(stderr);
            return 2;
        }
        i++;
    }

    /* Before the servers are forked: they inherit it. */
    if (pinned && (cpu = bench_pin("bench-echo", cpu, false)) < 0)
        return 1;

    uname(&un);
    printf("bench-echo: single-threaded TCP echo servers, %s %s, %ld CPUs online\n", un.sysname,
           un.release, sysconf(_SC_NPROCESSORS_ONLN));
    if (pinned)
        printf("  client and every server pinned to CPU %d\n", cpu);
    else
        printf("  not pinned (--cpu none): cross-CPU wake-ups dominate\n");
    printf("  %d connections x %ld round trips of %zu bytes per run (TCP_NODELAY, 127.0.0.1);\n"
           "  %d timed runs per server after %d warm-up round%s; servers interleaved\n",
           cl.nconns, cl.iters, cl.size, runs, warmup, warmup == 1 ? "" : "s");
#ifdef FDKIT_BENCH_HAVE_LIBUV
    printf("  libuv %s", uv_version_string());
#else
    printf("  libuv: not built");
#endif
#ifdef FDKIT_BENCH_HAVE_LIBEVENT
    printf(", libevent %s\n", event_get_version());
#else
    printf(", libevent: not built\n");
#endif
    bench_print_loadavg();

    for (int s = 0; s < S_COUNT; s++) {
        struct server *sv = &servers[s];

        if (!selected[s])
            continue;
        if (sv->missing) {
            printf("  %s: skipped, %s\n", sv->name, sv->missing);
            continue;
        }
        sv->rps = calloc((size_t)runs, sizeof(double));
        if (!sv->rps) {
            fprintf(stderr, "bench-echo: out of memory\n");
            return 1;
        }
        r = start_server(sv);
        if (r < 0) {
            fprintf(stderr, "bench-echo: starting the %s server: %s\n", sv->name, strerror(-r));
            return 1;
        }
        order[nm++] = s;
    }
    if (nm == 0) {
        fprintf(stderr, "bench-echo: no server to run\n");
        return 2;
    }
    fflush(stdout);

    for (int round = -warmup; round < runs; round++) {
        for (int k = 0; k < nm; k++) {
            struct server *sv = &servers[order[bench_slot(round + warmup, k, nm)]];
            clockid_t server_clock;
            bool have_clock = clock_getcpuclockid(sv->pid, &server_clock) == 0;
            double secs, cpu_s, t, reqs = (double)cl.nconns * (double)cl.iters;

            for (int attempt = 1;; attempt++) {
                r = client_open(&cl, sv->port);
                if (r == 0)
                    r = pingpong(&cl, 1); /* every connection accepted and answering */
                if (r < 0) {
                    fprintf(stderr, "bench-echo: %s: connecting: %s\n", sv->name, strerror(-r));
                    return 1;
                }
                cpu_s = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID) +
                        (have_clock ? bench_clock_s(server_clock) : 0);
                t = bench_clock_s(CLOCK_MONOTONIC);
                r = pingpong(&cl, cl.iters);
                secs = bench_clock_s(CLOCK_MONOTONIC) - t;
                cpu_s = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID) +
                        (have_clock ? bench_clock_s(server_clock) : 0) - cpu_s;
                client_close(&cl);
                if (r < 0) {
                    fprintf(stderr, "bench-echo: %s: %s\n", sv->name, strerror(-r));
                    return 1;
                }
                if (round < 0 || !pinned || !have_clock || cpu_s >= MIN_ON_CPU * secs)
                    break;
                if (attempt > max_retries) {
                    gave_up++;
                    break;
                }
                if (verbose)
                    printf("  run %2d  %-22s %9.0f req/s  preempted (on CPU %.0f%%): again\n",
                           round + 1, sv->name, reqs / secs, 100 * cpu_s / secs);
                retried++;
            }
            if (verbose)
                printf("  %-7s %2d  %-22s %9.0f req/s  on CPU %3.0f%%\n",
                       round < 0 ? "warm-up" : "run", round < 0 ? round + warmup + 1 : round + 1,
                       sv->name, reqs / secs, 100 * cpu_s / secs);
            if (round >= 0)
                sv->rps[sv->nrec++] = reqs / secs;
        }
    }

    for (int k = 0; k < nm; k++) {
        r = stop_server(&servers[order[k]]);
        if (r < 0) {
            fprintf(stderr, "bench-echo: the %s server failed\n", servers[order[k]].name);
            rc = 1;
        }
    }
    if (pinned) {
        printf("  %d run%s repeated because another process took the CPU (on CPU < %.0f%%)\n",
               retried, retried == 1 ? "" : "s", 100 * MIN_ON_CPU);
        if (gave_up > 0)
            printf("  warning: %d run%s preempted after %d attempt%s: the machine is busy,\n"
                   "  these numbers are noisy (see the load average)\n",
                   gave_up, gave_up == 1 ? " was" : "s were", max_retries + 1,
                   max_retries ? "s" : "");
    }

    printf("\n%-22s %9s %9s %9s %7s %9s\n", "server", "median", "min", "max", "us/req",
           "vs fdkit");
    printf("%-22s %9s %9s %9s %7s %9s\n", "", "req/s", "req/s", "req/s", "", "paired");
    for (int k = 0; k < nm; k++) {
        const struct server *sv = &servers[order[k]];
        const struct server *fk = &servers[S_FDKIT];
        double med = bench_median(sv->rps, sv->nrec);
        char rel[16] = "-";

        if (fk->nrec == sv->nrec && sv != fk)
            snprintf(rel, sizeof rel, "%.3f", bench_paired_ratio(sv->rps, fk->rps, sv->nrec));
        printf("%-22s %9.0f %9.0f %9.0f %7.2f %9s\n", sv->name, med, bench_min(sv->rps, sv->nrec),
               bench_max(sv->rps, sv->nrec), 1e6 / med, rel);
    }
    if (servers[S_FDKIT].nrec > 0 && servers[S_RAW].nrec == servers[S_FDKIT].nrec) {
        struct bench_ratio q;

        bench_ratio(&q, servers[S_FDKIT].rps, servers[S_RAW].rps, servers[S_FDKIT].nrec, 0.97);
        printf("\nfdkit / raw epoll (paired): %s, rounds %s: %s against 0.97 (noise: inside the spread)\n",
               q.paired, q.spread, q.verdict);
    }
    printf("\nreq/s = echoed messages per second, client and server %s;\n"
           "us/req from the median.  vs fdkit = median over the rounds of this server's\n"
           "req/s / fdkit's in the same round (above 1: faster than fdkit).\n",
           pinned ? "sharing one CPU" : "placed by the scheduler");
    for (int s = 0; s < S_COUNT; s++)
        free(servers[s].rps);
    return rc;
}
