"""The edges of the app: CORS, 500s with an error id, security headers, /metrics and the JSON access log."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
import time
from collections.abc import Iterator
from types import SimpleNamespace

import httpx
import pytest
from fastapi.testclient import TestClient
from live_server import LiveServer
from pydantic import ValidationError

from app.config import Settings
from app.logging_setup import JsonFormatter, RequestIdFilter
from app.main import create_app
from app.middleware import EdgeMiddleware
from app.ml.inference import Prediction
from app.observability import Metrics
from app.services.reasoning_service import ReasoningService

ALLOWED = "https://app.example.test"  # the session settings' only CORS origin
EVIL = "https://evil.example"


# ---- CORS ---------------------------------------------------------------------------------------------
def preflight(client: TestClient, origin: str, method: str = "POST", headers: str = "content-type") -> httpx.Response:
    return client.options(
        "/api/complete",
        headers={"Origin": origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": headers},
    )


def test_preflight_from_the_allowed_origin_is_granted_without_credentials(client: TestClient) -> None:
    response = preflight(client, ALLOWED)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ALLOWED
    assert "access-control-allow-credentials" not in response.headers
    assert set(response.headers["access-control-allow-methods"].replace(" ", "").split(",")) <= {
        "GET",
        "POST",
        "OPTIONS",
    }
    assert "x-request-id" in response.headers["access-control-allow-headers"].lower()


@pytest.mark.parametrize(
    ("origin", "method", "headers"),
    [
        (EVIL, "POST", "content-type"),
        ("null", "POST", "content-type"),
        (ALLOWED + ".evil.example", "POST", "content-type"),
        (ALLOWED, "DELETE", "content-type"),
        (ALLOWED, "POST", "x-evil-header"),
    ],
)
def test_preflight_for_anything_else_is_refused(client: TestClient, origin: str, method: str, headers: str) -> None:
    response = preflight(client, origin, method, headers)
    assert response.status_code == 400
    if origin != ALLOWED:
        assert "access-control-allow-origin" not in response.headers


def test_a_simple_request_from_another_origin_gets_no_cors_grant(client: TestClient) -> None:
    response = client.post("/api/complete", json={"prompt": "2 plus 3"}, headers={"Origin": EVIL})
    assert response.status_code == 200  # the browser, not the server, withholds the answer
    assert "access-control-allow-origin" not in response.headers
    granted = client.post("/api/complete", json={"prompt": "2 plus 3"}, headers={"Origin": ALLOWED})
    assert granted.headers["access-control-allow-origin"] == ALLOWED
    assert granted.headers["access-control-expose-headers"].lower() == "x-request-id"


def test_a_wildcard_origin_is_rejected_at_startup() -> None:
    with pytest.raises(ValidationError, match="not allowed"):
        Settings(cors_allowed_origins="*")  # type: ignore[arg-type]


# ---- 500s ---------------------------------------------------------------------------------------------
class ExplodingClassifier:
    def predict(self, prompt: str) -> Prediction:
        raise RuntimeError("classifier exploded: secret-internal-detail at /srv/app/weights.pt")


@pytest.fixture
def broken_client(settings: Settings) -> Iterator[TestClient]:
    """A fresh app whose classifier raises on every prompt."""
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        client.app.state.service = ReasoningService(ExplodingClassifier())  # type: ignore[attr-defined]
        yield client


@pytest.fixture
def error_log() -> Iterator[io.StringIO]:
    """What app.errors logs, formatted exactly as LOG_FORMAT=json formats it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("app.errors")
    logger.addHandler(handler)
    try:
        yield stream
    finally:
        logger.removeHandler(handler)


@pytest.mark.parametrize("path", ["/api/complete", "/api/complete/stream"])
def test_an_unexpected_error_is_a_short_500_with_an_id_and_the_traceback_is_logged_under_it(
    broken_client: TestClient, error_log: io.StringIO, path: str
) -> None:
    response = broken_client.post(path, json={"prompt": "What is 2 plus 3?"}, headers={"X-Request-ID": "req-500"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"detail", "error_id"}
    assert body["detail"] == "Internal server error"
    assert re.fullmatch(r"[0-9a-f]{12}", body["error_id"])
    for leak in ("Traceback", "exploded", "secret", "/srv", ".py", "Python", "uvicorn", "starlette", "fastapi"):
        assert leak not in response.text
    assert response.headers["x-request-id"] == "req-500"
    assert response.headers["x-content-type-options"] == "nosniff"

    entries = [json.loads(line) for line in error_log.getvalue().splitlines()]
    [entry] = [e for e in entries if body["error_id"] in e["message"]]
    assert entry["level"] == "ERROR"
    assert entry["request_id"] == "req-500"
    assert "RuntimeError: classifier exploded" in entry["traceback"]
    assert "Traceback (most recent call last)" in entry["traceback"]


def test_the_app_survives_its_500s(broken_client: TestClient) -> None:
    for _ in range(3):
        # A prompt the classifier is asked about ("hi" would be refused without asking it).
        assert broken_client.post("/api/complete", json={"prompt": "What is 2 plus 3?"}).status_code == 500
    assert broken_client.get("/health").status_code == 200


# ---- security headers ---------------------------------------------------------------------------------
def assert_security_headers(headers: httpx.Headers) -> None:
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert headers["x-frame-options"] == "DENY"
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
    assert "*" not in csp


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/health"), ("POST", "/api/complete"), ("GET", "/metrics"), ("GET", "/api/nope")]
)
def test_api_responses_carry_the_security_headers(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, json={"prompt": "2 plus 3"} if method == "POST" else None)
    assert_security_headers(response.headers)


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/", "/assets/app.js", "/client/route", "/assets/missing.js"])
def test_static_responses_carry_the_security_headers_and_no_server_banner(live_server: LiveServer, path: str) -> None:
    response = httpx.get(live_server.base_url + path)
    assert_security_headers(response.headers)
    assert "server" not in response.headers  # uvicorn --no-server-header
    if path == "/assets/app.js":
        assert response.headers["content-type"].startswith(("text/javascript", "application/javascript"))
        assert "immutable" in response.headers["cache-control"]


# ---- /metrics -----------------------------------------------------------------------------------------
def sample(text: str, name: str, **labels: str) -> float:
    """The value of one series in a Prometheus text exposition (0 if absent)."""
    for line in text.splitlines():
        match = re.fullmatch(r"(\w+)(?:\{(.*)\})? (\S+)", line)
        if match is None or match[1] != name:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', match[2] or ""))
        if all(found.get(key) == value for key, value in labels.items()):
            return float(match[3])
    return 0.0


def test_metrics_count_requests_by_route_template_answers_by_task_and_refusals(client: TestClient) -> None:
    before = client.get("/metrics").text
    client.post("/api/complete", json={"prompt": "What is 2 plus 3?"})
    client.post("/api/complete", json={"prompt": "Write me a poem about the sea"})
    client.post("/api/complete", json={"prompt": 42})
    for index in range(5):
        client.get(f"/no/such/page-{index}.js")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    after = response.text

    def delta(name: str, **labels: str) -> float:
        return sample(after, name, **labels) - sample(before, name, **labels)

    ok = {"method": "POST", "route": "/api/complete", "status": "200"}
    assert delta("http_requests_total", **ok) == 2
    assert delta("http_request_duration_seconds_count", **ok) == 2
    assert delta("http_requests_total", method="POST", route="/api/complete", status="422") == 1
    assert delta("mini_reasoning_answers_total", task="addition") == 1
    assert delta("mini_reasoning_answers_total", task="unsupported") == 1
    assert delta("mini_reasoning_refusals_total") == 1
    assert delta("http_requests_total", method="GET", route="/{full_path:path}", status="404") == 5
    assert "page-" not in after  # raw paths never become labels
    assert sample(after, "mini_reasoning_model_load_seconds", source="cache") > 0


def test_requests_answered_before_routing_are_counted_too(client: TestClient) -> None:
    too_large = {"method": "POST", "route": "/api/complete", "status": "413"}
    refused_preflight = {"method": "OPTIONS", "route": "/api/complete", "status": "400"}
    before = client.get("/metrics").text  # the session's app: other tests have counted requests already
    client.post("/api/complete", content=b"x" * 70_000, headers={"Content-Type": "application/json"})
    preflight(client, EVIL)
    preflight(client, EVIL)
    after = client.get("/metrics").text
    assert sample(after, "http_requests_total", **too_large) - sample(before, "http_requests_total", **too_large) == 1
    assert (
        sample(after, "http_requests_total", **refused_preflight)
        - sample(before, "http_requests_total", **refused_preflight)
        == 2
    )


def test_metrics_can_be_switched_off(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"metrics_enabled": False}))
    with TestClient(app) as client:
        assert client.get("/metrics").status_code == 404
        assert client.post("/api/complete", json={"prompt": "2 plus 3"}).status_code == 200
    assert "/metrics" not in app.openapi()["paths"]


def test_the_middleware_costs_a_few_microseconds_per_request() -> None:
    """Measured on a bare ASGI app, so only the middleware's own cost is timed (printed with -s)."""

    async def bare(scope: dict[str, object], receive: object, send: object) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": b"{}"})  # type: ignore[operator]

    async def discard(message: object) -> None:
        return None

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b""}

    route = SimpleNamespace(path="/api/complete")

    def scope() -> dict[str, object]:
        return {"type": "http", "method": "POST", "path": "/api/complete", "headers": [], "route": route}

    async def run(app: object, count: int) -> float:
        started = time.perf_counter()
        for _ in range(count):
            await app(scope(), receive, discard)  # type: ignore[operator]
        return (time.perf_counter() - started) / count

    access = logging.getLogger("app.access")
    level = access.level
    access.setLevel(logging.WARNING)  # metrics alone; the access line is timed below
    try:
        wrapped = EdgeMiddleware(bare, max_body_bytes=65536, metrics=Metrics())  # type: ignore[arg-type]
        count = 20_000
        asyncio.run(run(wrapped, 1000))  # warm up
        base = min(asyncio.run(run(bare, count)) for _ in range(3))
        with_metrics = min(asyncio.run(run(wrapped, count)) for _ in range(3))
    finally:
        access.setLevel(level)
    overhead_us = (with_metrics - base) * 1e6
    print(f"\nEdgeMiddleware (everything but the access line): {overhead_us:.1f} µs per request")
    assert overhead_us < 100  # generous for a loaded CI machine; about 5 µs on an idle core


# ---- structured access log ----------------------------------------------------------------------------
@pytest.mark.slow
def test_json_log_lines_parse_and_the_access_line_carries_the_response_request_id(live_server: LiveServer) -> None:
    """The live server runs with LOG_FORMAT=json: every app line is one JSON object."""
    given = httpx.post(
        f"{live_server.base_url}/api/complete",
        json={"prompt": "2 plus 3"},
        headers={"X-Request-ID": "access-log-test-1"},
    )
    fresh = httpx.get(f"{live_server.base_url}/health")
    ids = {
        given.headers["x-request-id"]: ("POST", "/api/complete", 200),
        fresh.headers["x-request-id"]: ("GET", "/health", 200),
    }
    assert "access-log-test-1" in ids
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        entries = [json.loads(line) for line in live_server.log().splitlines() if line.startswith("{")]
        access = {e["request_id"]: e for e in entries if e["logger"] == "app.access"}
        if ids.keys() <= access.keys():
            break
        time.sleep(0.05)
    for request_id, (method, route, status) in ids.items():
        entry = access[request_id]
        assert (entry["method"], entry["route"], entry["status"]) == (method, route, status)
        assert isinstance(entry["duration_ms"], float) and 0 <= entry["duration_ms"] < 1000
        assert entry["level"] == "INFO" and entry["time"]
