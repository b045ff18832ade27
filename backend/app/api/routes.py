"""Thin HTTP routes: validate, call the service, shape the reply. No task logic lives here."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from app.api.json_body import json_request_body, read_json_body
from app.observability import record_completion
from app.schemas import (
    CompletionRequest,
    CompletionResponse,
    ErrorResponse,
    HealthResponse,
    InternalErrorResponse,
    ValidationErrorResponse,
)
from app.services.reasoning_service import Completion, ReasoningService

router = APIRouter()

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Malformed request (e.g. an invalid Content-Length)."},
    413: {"model": ErrorResponse, "description": "The request body is over the size limit (64 KiB)."},
    431: {"model": ErrorResponse, "description": "The request headers are over 16 KiB in all."},
    422: {"model": ValidationErrorResponse, "description": "The body is not valid JSON or breaks a rule."},
    500: {"model": InternalErrorResponse, "description": "Unexpected failure; quote the error id."},
}


# One Server-Sent Event: `data` is JSON (meta: task/confidence/headline, step: index/text, done: the full reply).
SSE_EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["event", "data"],
    "properties": {
        "event": {"type": "string", "enum": ["meta", "step", "done"]},
        "data": {"type": "string", "contentMediaType": "application/json"},
    },
}


def get_service(request: Request) -> ReasoningService:
    service: ReasoningService = request.app.state.service
    return service


async def _answer(request: Request) -> Completion:
    """Read the body, answer the prompt, count the reply: the shared start of both completion routes."""
    # Read by hand, not as a FastAPI body parameter: half the framework cost, the same errors.
    body = await read_json_body(request, CompletionRequest)
    completion = get_service(request).complete(body.prompt)
    record_completion(request, completion.task)
    return completion


def to_response(completion: Completion) -> CompletionResponse:
    return CompletionResponse(
        completion=completion.text,
        task=completion.task,
        headline=completion.headline,
        answer=completion.answer,
        confidence=completion.confidence,
        steps=completion.steps,
    )


@router.get(
    "/health",
    response_model=HealthResponse,
    responses={status: ERROR_RESPONSES[status] for status in (431, 500)},
    tags=["health"],
)
async def health(request: Request) -> HealthResponse:
    """Ready to answer: the server only starts listening once the model is loaded or trained."""
    return HealthResponse(status="ok", model=request.app.state.model_status)


# HEAD for uptime probes; left out of the schema, where it would repeat GET's operation id.
router.add_api_route("/health", health, methods=["HEAD"], response_model=HealthResponse, include_in_schema=False)


@router.post(
    "/api/complete",
    response_model=CompletionResponse,
    responses=ERROR_RESPONSES,
    tags=["reasoning"],
    openapi_extra=json_request_body(CompletionRequest),
)
async def complete(request: Request) -> Response:
    """Answer a prompt step by step, or refuse it politely."""
    completion = await _answer(request)
    # Built and validated once here; returning a Response skips FastAPI's second validation pass over the
    # response model (the schema above still documents it).
    return Response(to_response(completion).model_dump_json(), media_type="application/json")


def _sse(event: str, data: dict[str, Any]) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


@router.post(
    "/api/complete/stream",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "Server-Sent Events: `meta`, then one `step` per reasoning step, then `done` with "
            "the same object as /api/complete.",
            "content": {"text/event-stream": {"schema": SSE_EVENT_SCHEMA}},
        },
        **ERROR_RESPONSES,
    },
    tags=["reasoning"],
    openapi_extra=json_request_body(CompletionRequest),
)
async def complete_stream(request: Request) -> StreamingResponse:
    """The same answer as /api/complete, streamed step by step for the browser."""
    completion = await _answer(request)
    delay = request.app.state.settings.stream_step_delay_ms / 1000

    async def events() -> AsyncIterator[str]:
        yield _sse(
            "meta", {"task": completion.task, "confidence": completion.confidence, "headline": completion.headline}
        )
        for index, step in enumerate(completion.steps, start=1):
            await asyncio.sleep(delay)
            yield _sse("step", {"index": index, "text": step})
        yield _sse("done", to_response(completion).model_dump())

    return StreamingResponse(
        events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )
