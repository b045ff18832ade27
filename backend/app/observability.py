"""Prometheus metrics at ``GET /metrics``; app.middleware times and counts every request into them.

The hot path is cheap: one cached (counter, histogram) pair per (method, route template, status), so a
request does no label parsing. Series are labelled by the route *template* (``/api/complete``,
``/{full_path:path}``), never by the raw path, and unknown methods collapse to ``OTHER``: a scanner cannot
blow up the number of series.

Each app has its own registry (tests build several apps in one process). Metrics are per process: with
``uvicorn --workers N`` each worker counts only what it served, and a scrape reaches whichever worker
accepted the connection. For exact totals across workers, optionally set ``PROMETHEUS_MULTIPROC_DIR`` to
an empty, writable folder before the server starts; ``/metrics`` then aggregates every worker's files.
"""

from __future__ import annotations

import os
from typing import Any, Protocol

from fastapi import FastAPI, Request
from fastapi.responses import Response
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    ProcessCollector,
    generate_latest,
    multiprocess,
)
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

from app.schemas import ErrorResponse, InternalErrorResponse
from app.skills import TASK_LABELS, UNSUPPORTED

METRICS_PATH = "/metrics"
# The API answers in about a millisecond; a streamed answer takes up to a few seconds.
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class _Incrementable(Protocol):
    def inc(self, amount: float = 1) -> None: ...


class _Observable(Protocol):
    def observe(self, amount: float, exemplar: dict[str, str] | None = None) -> None: ...


class Metrics:
    """Every metric the app exports, in one registry of its own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        ProcessCollector(registry=self.registry)
        self.requests = Counter(
            "http_requests_total",
            "HTTP requests by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "http_request_duration_seconds",
            "Time from request to the last byte of the response.",
            ["method", "route", "status"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        answers = Counter(
            "mini_reasoning_answers_total",
            "Completions by the task they were answered as (refusals included).",
            ["task"],
            registry=self.registry,
        )
        self.refusals: _Incrementable = Counter(
            "mini_reasoning_refusals_total",
            "Prompts refused as unsupported.",
            registry=self.registry,
        )
        self.model_load_seconds = Gauge(
            "mini_reasoning_model_load_seconds",
            "Seconds this process took to get its classifier ready, by source (cache = loaded, trained).",
            ["source"],
            registry=self.registry,
            multiprocess_mode="max",
        )
        self.answers: dict[str, _Incrementable] = {task: answers.labels(task=task) for task in TASK_LABELS}
        self._children: dict[tuple[str, str, int], tuple[_Incrementable, _Observable]] = {}

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route, status)
        children = self._children.get(key)
        if children is None:
            labels = {"method": method, "route": route, "status": str(status)}
            children = (self.requests.labels(**labels), self.latency.labels(**labels))
            self._children[key] = children
        children[0].inc()
        children[1].observe(seconds)

    def exposition(self) -> bytes:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)


def get_metrics(app: Any) -> Metrics | None:
    metrics: Metrics | None = getattr(app.state, "metrics", None)
    return metrics


def record_model_load(app: FastAPI, source: str, seconds: float) -> None:
    metrics = get_metrics(app)
    if metrics is not None:
        metrics.model_load_seconds.labels(source=source).set(seconds)


def record_completion(request: Request, task: str) -> None:
    """Count one answer by task; an "unsupported" answer is also a refusal."""
    metrics = get_metrics(request.app)
    if metrics is None:
        return
    counter = metrics.answers.get(task)
    if counter is not None:
        counter.inc()
    if task == UNSUPPORTED:
        metrics.refusals.inc()


def install_metrics(app: FastAPI, enabled: bool) -> None:
    """Create the registry and the ``/metrics`` route (call before the SPA's catch-all route is added).

    With metrics off nothing is registered: ``/metrics`` is a 404 and requests pay only for the access log.
    """
    app.state.metrics = None
    if not enabled:
        return
    metrics = Metrics()
    app.state.metrics = metrics

    @app.get(
        METRICS_PATH,
        tags=["operations"],
        response_class=Response,
        responses={
            200: {
                "description": "Prometheus text exposition format.",
                "content": {CONTENT_TYPE_PLAIN_0_0_4: {"schema": {"type": "string"}}},
            },
            431: {"model": ErrorResponse, "description": "The request headers are over 16 KiB in all."},
            500: {"model": InternalErrorResponse, "description": "Unexpected failure; quote the error id."},
        },
    )
    async def prometheus_metrics() -> Response:
        """Request counts and latency by route template and status, answers by task, refusals, model load."""
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_PLAIN_0_0_4)
