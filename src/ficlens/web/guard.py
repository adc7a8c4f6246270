"""The gate in front of every request: the Host it names, where a state change comes from, how big its body is,
and the security headers on whatever goes back (error pages included).

- **Host**: only a name the server is bound to (loopback by default) is served; any other Host is a 400. A web
  page whose domain was re-pointed at 127.0.0.1 (DNS rebinding) sends its own name as Host, so it is refused.
- **Origin**: a request that can change state (any method but GET, HEAD and OPTIONS) needs an ``Origin`` of this
  very server, or failing that a ``Referer`` from it; neither, ``null``, or another site is a 403.
- **Body**: at most ``max_body`` bytes, refused with a 413 from ``Content-Length`` before reading anything, or as
  soon as a streamed body goes past it; the app gets the body only once it is known to fit. A body still arriving
  after :data:`BODY_TIMEOUT_S` is a 408, and one still arriving when the server is told to stop is a 503, so a
  client that never finishes sending neither holds a connection forever nor delays shutdown.

A refusal is the app's HTML error page, except under ``json_prefix`` (the JSON API), where it is one line of JSON,
``{"detail": "..."}``, as the API's other errors.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
ErrorPage = Callable[[int, str], bytes]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
BODY_TIMEOUT_S = 30.0
POLL_S = 0.25  # how often a wait for more of a body looks at the stop flag


class Refused(Exception):
    """A request the guard answers itself, with this status and detail."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def host_name(host: str) -> str | None:
    """The name part of a Host header (``[::1]:8000`` -> ``::1``), lower-cased; None when it is malformed."""
    host = host.strip().lower()
    if host.startswith("["):
        name, bracket, rest = host[1:].partition("]")
        if not bracket or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        return name
    name, colon, port = host.partition(":")
    if colon and not (port.isascii() and port.isdigit()):
        return None
    return name or None


def allowed_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """The loopback names plus ``extra`` (the configured ``--host``), as :func:`host_name` spells them."""
    names = set(LOOPBACK_HOSTS)
    for host in extra:
        host = host.strip().lower()
        names.add(host[1:-1] if host.startswith("[") and host.endswith("]") else host)
    return frozenset(names)


def under(path: str, prefix: str) -> bool:
    """Whether ``path`` is ``prefix`` itself or below it (``/api``, ``/api/works``; not ``/apis``)."""
    return path == prefix or path.startswith(prefix + "/")


def same_origin(url: str, host: str) -> bool:
    """Whether ``url`` (an Origin or a Referer) is this server, reached as ``host``."""
    parts = urlsplit(url)
    return parts.scheme == "http" and parts.netloc.lower() == host.lower()


class Guard:
    """ASGI middleware enforcing the rules above; ``error_page(status, detail)`` renders its refusals, but those of
    a path under ``json_prefix`` (``/api`` itself or ``/api/...``) are JSON."""

    def __init__(self, app: ASGIApp, *, hosts: frozenset[str], max_body: int, headers: dict[str, str],
                 error_page: ErrorPage, stopping: threading.Event, json_prefix: str | None = None) -> None:
        self.app = app
        self.json_prefix = json_prefix
        self.hosts = hosts
        self.max_body = max_body
        self.stopping = stopping
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        self.error_page = error_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = self._with_headers(send)
        try:
            body = await self._admit(scope, receive)
        except Refused as refused:
            await self._refuse(send, refused.status, refused.detail, self._wants_json(scope.get("path", "")))
            return
        try:
            await self.app(scope, receive if body is None else _replay(body, receive), send)
        except asyncio.CancelledError:
            if not self.stopping.is_set():
                raise
            # the server gave up waiting for this request at shutdown: nothing went wrong, nothing to report

    async def _admit(self, scope: Scope, receive: Receive) -> list[Message] | None:
        """The request's body messages once the request passes every check (None: it has no body);
        :class:`Refused` otherwise."""
        request_headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = request_headers.get("host", "")
        if host_name(host) not in self.hosts:
            raise Refused(400, f"this server answers only to its own address, not to Host {host!r}")
        if scope["method"] not in SAFE_METHODS and not self._same_origin(request_headers, host):
            raise Refused(403, "refused: this form was not sent from this server's own pages")
        length = request_headers.get("content-length", "0")
        if not length.isdigit() or int(length) > self.max_body:
            raise Refused(413, f"request body too large (at most {self.max_body:,} bytes)")
        if length == "0" and "transfer-encoding" not in request_headers:
            return None
        return await self._read_body(receive)

    @staticmethod
    def _same_origin(headers: dict[str, str], host: str) -> bool:
        origin = headers.get("origin")
        if origin is not None:
            return same_origin(origin, host)
        referer = headers.get("referer")
        return referer is not None and same_origin(referer, host)

    async def _read_body(self, receive: Receive) -> list[Message]:
        """The request's body messages, refused as soon as they add up to more than ``max_body`` bytes."""
        messages: list[Message] = []
        size = 0
        deadline = time.monotonic() + BODY_TIMEOUT_S
        while True:
            message = await self._next(receive, deadline)
            messages.append(message)
            if message["type"] != "http.request":
                return messages
            size += len(message.get("body", b""))
            if size > self.max_body:
                raise Refused(413, f"request body too large (at most {self.max_body:,} bytes)")
            if not message.get("more_body", False):
                return messages

    async def _next(self, receive: Receive, deadline: float) -> Message:
        """The next message, looking at the stop flag and the deadline while it is awaited."""
        pending = asyncio.ensure_future(receive())
        while not pending.done():
            await asyncio.wait({pending}, timeout=POLL_S)
            if pending.done():
                break
            if self.stopping.is_set() or time.monotonic() > deadline:
                pending.cancel()
                if self.stopping.is_set():
                    raise Refused(503, "the server is stopping")
                raise Refused(408, f"the request body took more than {BODY_TIMEOUT_S:g} s to arrive")
        return pending.result()

    def _with_headers(self, send: Send) -> Send:
        async def sender(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in self.headers if k not in present)]
            await send(message)
        return sender

    def _wants_json(self, path: str) -> bool:
        return self.json_prefix is not None and under(path, self.json_prefix)

    async def _refuse(self, send: Send, status: int, detail: str, as_json: bool = False) -> None:
        if as_json:
            body, kind = json.dumps({"detail": detail}).encode("utf-8"), b"application/json"
        else:
            body, kind = self.error_page(status, detail), b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", kind),
                                (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A ``receive`` that hands out the buffered body, then waits on the real one (for a disconnect)."""
    queue = list(messages)

    async def replay() -> Message:
        if queue:
            return queue.pop(0)
        return await receive()
    return replay
