"""Pure ASGI middleware at the edge of the app (pure ASGI so that streaming is never buffered).

- ``EdgeMiddleware``: gives every request an id (echoed as X-Request-ID and put in every log line), adds
  security headers, and turns an unexpected exception into a 500 carrying an error id; the traceback goes
  to the log under the same id and never into the response. Request headers over 16 KiB in all get 431
  (uvicorn's default httptools parser has no limit of its own; h11's is the same 16 KiB).
- ``BodySizeLimitMiddleware``: rejects bodies over the limit with 413 without reading them whole, whether
  announced by Content-Length or streamed in chunks.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from contextvars import ContextVar

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("app.errors")

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

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
# FastAPI's interactive docs load their script from a CDN, so they get no CSP from us.
_DOCS_PATHS = ("/docs", "/redoc")


def json_body(status: int, payload: dict[str, object]) -> tuple[list[tuple[bytes, bytes]], bytes]:
    body = json.dumps(payload).encode()
    return [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())], body


class EdgeMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self._request_id(scope)
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        add_csp = not scope["path"].startswith(_DOCS_PATHS)
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                headers.extend(_SECURITY_HEADERS)
                if add_csp:
                    headers.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            if sum(len(name) + len(value) for name, value in scope["headers"]) > MAX_HEADER_BYTES:
                headers, body = json_body(431, {"detail": "Request headers are too large; the limit is 16 KiB."})
                headers.append((b"connection", b"close"))
                await send_with_headers({"type": "http.response.start", "status": 431, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
            await self.app(scope, receive, send_with_headers)
        except Exception:
            error_id = uuid.uuid4().hex[:12]
            logger.exception("Unhandled error %s on %s %s", error_id, scope.get("method"), scope.get("path"))
            if response_started:
                return  # a stream broke mid-way: nothing more can be said to this client
            headers, body = json_body(500, {"detail": "Internal server error", "error_id": error_id})
            await send_with_headers({"type": "http.response.start", "status": 500, "headers": headers})
            await send({"type": "http.response.body", "body": body})
        finally:
            request_id_var.reset(token)

    @staticmethod
    def _request_id(scope: Scope) -> str:
        for name, value in scope.get("headers", []):
            if name == b"x-request-id":
                candidate = bytes(value).decode("latin-1")
                if _VALID_REQUEST_ID.fullmatch(candidate):
                    return candidate
                break
        return uuid.uuid4().hex


class BodySizeLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    def _too_large(self) -> HTTPException:
        return HTTPException(413, f"Request body is too large; the limit is {self.max_body_bytes} bytes.")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    announced = int(value)
                except ValueError:
                    announced = -1
                if announced < 0:
                    await self._reject(scope, send, 400, "Invalid Content-Length header.")
                    return
                if announced > self.max_body_bytes:
                    await self._reject(scope, send, 413, self._too_large().detail)
                    return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    # Raised inside the app's body read: FastAPI lets HTTPException through as a 413.
                    raise self._too_large()
            return message

        await self.app(scope, counting_receive, send)

    @staticmethod
    async def _reject(scope: Scope, send: Send, status: int, detail: str) -> None:
        payload: dict[str, object] = {"detail": detail}
        if scope["path"].startswith("/v1/"):  # OpenAI clients expect their own error shape
            code = "request_too_large" if status == 413 else "invalid_request"
            payload = {"error": {"message": detail, "type": "invalid_request_error", "param": None, "code": code}}
        headers, body = json_body(status, payload)
        headers.append((b"connection", b"close"))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
