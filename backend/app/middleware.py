"""The app's one middleware, pure ASGI (so streams are never buffered). One pass over the request headers,
then, for every HTTP request:

- a request id (the client's X-Request-ID if it is sane, else a random one), echoed as X-Request-ID and put
  in every log line; security headers on every response (a CSP except on the interactive docs);
- 431 for request headers over 16 KiB in all (uvicorn's httptools parser has no limit of its own; h11's is
  the same 16 KiB); 400 for an invalid Content-Length; 413 for a body over the limit, announced (refused
  before a byte of it is read) or streamed in chunks (raised inside the route's body read);
- CORS, handed to Starlette's CORSMiddleware only when the request has an Origin header;
- an unexpected exception becomes a 500 carrying an error id; the traceback goes to the log under that id
  and never into the response;
- metrics by method, route template and status, and one access-log line (app.logging_setup's cheap path).

It replaces a stack of four (edge, observability, body limit, CORS): each layer cost a call, a closure
and a header scan per request (docs/performance.md, "One middleware"). FastAPI's ``max_body_size`` is not
used: its 413 is plain text "Content Too Large" sent from outside this middleware (no request id, security
headers or metric) when the size is announced, and it lets an invalid Content-Length through.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Sequence

from fastapi.middleware.cors import CORSMiddleware
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import (
    HEADERS_TOO_LARGE,
    INTERNAL_ERROR,
    INVALID_CONTENT_LENGTH,
    body_too_large,
    edge_error_body,
    new_error_id,
)
from app.logging_setup import AccessRecord, access_logger, request_id_var
from app.observability import Metrics

error_logger = logging.getLogger("app.errors")

_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
MAX_HEADER_BYTES = 16 * 1024
# The SPA is plain script and style files from this origin; the API answers JSON. Nothing else is needed.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_WITH_CSP = [*_SECURITY_HEADERS, (b"content-security-policy", CONTENT_SECURITY_POLICY.encode())]
# FastAPI's interactive docs load their script from a CDN, so they get no CSP from us.
_DOCS_PATHS = ("/docs", "/redoc")
_KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED_ROUTE = "<unmatched>"


class _RequestIds:
    """Random 32-hex-digit ids, cut from 4 KiB of os.urandom at a time: one system call per 256 requests
    instead of one per request. A forked child starts from a fresh pool (no id is shared with its parent)."""

    def __init__(self) -> None:
        self._pool = b""
        self._at = 0
        if hasattr(os, "register_at_fork"):  # POSIX
            os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._pool, self._at = b"", 0

    def __call__(self) -> str:
        at = self._at
        if at >= len(self._pool):
            self._pool, at = os.urandom(4096), 0
        self._at = at + 16
        return self._pool[at : at + 16].hex()


new_request_id = _RequestIds()


def _vary_origin(headers: list[tuple[bytes, bytes]]) -> None:
    """What CORSMiddleware adds to a response to a request without Origin: ``Vary: Origin`` (merged)."""
    existing = [value for name, value in headers if name.lower() == b"vary"]
    if not existing:
        headers.append((b"vary", b"Origin"))
        return
    headers[:] = [(name, value) for name, value in headers if name.lower() != b"vary"]
    headers.append((b"vary", b", ".join([*existing, b"Origin"])))


class EdgeMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        metrics: Metrics | None = None,
        cors_allowed_origins: Sequence[str] = (),
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.metrics = metrics
        self.cors = CORSMiddleware(
            app,
            allow_origins=cors_allowed_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Content-Type", "Authorization", "X-Request-ID"],
            expose_headers=["X-Request-ID"],
            max_age=600,
        )
        self._static_paths: frozenset[str] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id: str | None = None
        seen_id = has_origin = False
        header_bytes, problem = 0, ""
        announced: int | None = None
        for name, value in scope["headers"]:
            header_bytes += len(name) + len(value)
            if name == b"x-request-id" and not seen_id:
                seen_id = True
                candidate = bytes(value).decode("latin-1")
                if _VALID_REQUEST_ID.fullmatch(candidate):
                    request_id = candidate
            elif name == b"content-length":
                try:
                    announced = int(value)
                except ValueError:
                    announced = -1
                if announced < 0:
                    problem = problem or "length"
                elif announced > self.max_body_bytes:
                    problem = problem or "size"
            elif name == b"origin":
                has_origin = True
        if header_bytes > MAX_HEADER_BYTES:
            problem = "headers"
        if request_id is None:
            request_id = new_request_id()
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        extra_headers = [
            (b"x-request-id", request_id.encode()),
            *(_SECURITY_HEADERS if scope["path"].startswith(_DOCS_PATHS) else _WITH_CSP),
        ]
        status = 0
        vary = not has_origin  # CORSMiddleware adds it when it sees the request; else it is added here

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", ()))
                if vary:
                    _vary_origin(headers)
                headers += extra_headers
                message = {**message, "headers": headers}
            await send(message)

        try:
            if problem:
                vary = False
                if problem == "headers":
                    await self._reply(scope, send_with_headers, 431, HEADERS_TOO_LARGE)
                elif problem == "length":
                    await self._reply(scope, send_with_headers, 400, INVALID_CONTENT_LENGTH)
                else:
                    await self._reply(scope, send_with_headers, 413, body_too_large(self.max_body_bytes))
                return
            if announced is None:  # a chunked body (or none): count it as it comes
                receive = self._counting(receive)
            await (self.cors if has_origin else self.app)(scope, receive, send_with_headers)
        except Exception as exc:
            if isinstance(exc, HTTPException) and exc.status_code == 413 and not status:
                vary = False  # counting_receive's 413, which no route answered (FastAPI's routes do)
                await self._reply(scope, send_with_headers, 413, str(exc.detail))
                return
            error_id = new_error_id()
            error_logger.exception("Unhandled error %s on %s %s", error_id, scope.get("method"), scope.get("path"))
            if status:
                return  # a stream broke mid-way: nothing more can be said to this client
            vary = False
            body = edge_error_body(scope["path"], 500, INTERNAL_ERROR, error_id)
            await send_with_headers(
                {"type": "http.response.start", "status": 500, "headers": self._json_headers(body, close=False)}
            )
            await send({"type": "http.response.body", "body": body})
        finally:
            self._observe(scope, status or 500, time.perf_counter() - started)
            request_id_var.reset(token)

    def _counting(self, receive: Receive) -> Receive:
        received = 0
        limit = self.max_body_bytes

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Raised inside the route's body read: the route answers it as a 413 in its API's shape.
                    raise HTTPException(413, body_too_large(limit))
            return message

        return counting_receive

    @staticmethod
    def _json_headers(body: bytes, *, close: bool) -> list[tuple[bytes, bytes]]:
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if close:
            headers.append((b"connection", b"close"))
        return headers

    async def _reply(self, scope: Scope, send: Send, status: int, detail: str) -> None:
        body = edge_error_body(scope["path"], status, detail)
        await send({"type": "http.response.start", "status": status, "headers": self._json_headers(body, close=True)})
        await send({"type": "http.response.body", "body": body})

    def _observe(self, scope: Scope, status: int, seconds: float) -> None:
        method = scope["method"] if scope["method"] in _KNOWN_METHODS else "OTHER"
        route = self._route_template(scope)
        if self.metrics is not None:
            self.metrics.observe_request(method, route, status, seconds)
        if access_logger.isEnabledFor(logging.INFO):
            access_logger.handle(AccessRecord(method, route, status, round(seconds * 1000, 2)))

    def _route_template(self, scope: Scope) -> str:
        """The route's template (``/api/complete``, ``/{full_path:path}``), never the raw path: a scanner cannot
        blow up the number of series."""
        template = getattr(scope.get("route"), "path", None)
        if isinstance(template, str):
            return template
        # Answered before routing (413, CORS preflight): name the route only if the path is one verbatim.
        # The documented paths are the public list (FastAPI keeps included routers' routes nested).
        if self._static_paths is None:
            paths: set[str] = set()
            app = scope.get("app")
            if app is not None:
                try:
                    paths = {path for path in app.openapi()["paths"] if "{" not in path}
                except Exception:  # an app without a schema: every such response is <unmatched>
                    paths = set()
            self._static_paths = frozenset(paths)
        path = scope.get("path", "")
        return path if path in self._static_paths else UNMATCHED_ROUTE
