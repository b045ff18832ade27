"""POST /api/complete and /api/complete/stream: read the prompt, answer it, shape the reply. No task logic here."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from fastapi.sse import EventSourceResponse, ServerSentEvent

from app.api.answers import answer
from app.api.errors import ERROR_RESPONSES, stated_as_json
from app.api.json_body import json_request_body, read_json_body
from app.schemas import CompletionRequest, CompletionResponse, ParserEvidence, PlanStep
from app.services.reasoning_service import Completion
from app.skills import CHAIN

router = APIRouter(tags=["reasoning"])

# One Server-Sent Event: `data` is JSON (meta: task/confidence/headline/probabilities/model/evidence/plan without
# each item's steps, step: index/text/part, done: the full reply).
SSE_EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["event", "data"],
    "properties": {
        "event": {"type": "string", "enum": ["meta", "step", "done"]},
        "data": {"type": "string", "contentMediaType": "application/json"},
    },
}


async def answered(request: Request) -> Completion:
    """Read the body, answer the prompt (counted): the start of both routes. As the stream's dependency it
    runs before the stream starts, so bad input is a plain 4xx, never a broken stream."""
    # Read by hand, not as a FastAPI body parameter: half the framework cost, the same errors.
    body = await read_json_body(request, CompletionRequest)
    return answer(request, body.prompt)


def evidence_body(completion: Completion) -> dict[str, ParserEvidence]:
    return {
        name: ParserEvidence(outcome=found.outcome, operands=list(found.operands), reason=found.reason)
        for name, found in completion.evidence.items()
    }


def probabilities_body(completion: Completion) -> dict[str, float] | None:
    return dict(completion.probabilities) if completion.probabilities is not None else None


def plan_body(completion: Completion) -> list[PlanStep]:
    return [
        PlanStep(task=item.task, title=item.title, input=list(item.input), answer=item.answer, steps=list(item.steps))
        for item in completion.plan
    ]


def step_parts(completion: Completion) -> list[int | None]:
    """The plan item each of ``steps`` belongs to (1-based), or None (the final sentence, a line of no item):
    a chain's "Step k: ..." heading and that item's lines are part k; a single task's lines are part 1."""
    heading = 1 if completion.task == CHAIN else 0
    parts: list[int | None] = []
    for number, item in enumerate(completion.plan, start=1):
        parts.extend([number] * (heading + len(item.steps)))
    return parts + [None] * (len(completion.steps) - len(parts))


def to_response(completion: Completion) -> CompletionResponse:
    return CompletionResponse(
        completion=completion.text,
        task=completion.task,
        headline=completion.headline,
        answer=completion.answer,
        confidence=completion.confidence,
        steps=completion.steps,
        probabilities=probabilities_body(completion),
        model="asked" if completion.model_asked else "not asked",
        evidence=evidence_body(completion),
        plan=plan_body(completion),
        operands_from=completion.operands_from,
    )


@router.post(
    "/api/complete",
    response_model=CompletionResponse,
    responses=ERROR_RESPONSES,
    openapi_extra=json_request_body(CompletionRequest),
)
async def complete(request: Request) -> Response:
    """Answer a prompt step by step, or refuse it politely."""
    completion = await answered(request)
    # Built and validated once here; returning a Response skips FastAPI's second validation pass over the
    # response model (the schema above still documents it).
    return Response(to_response(completion).model_dump_json(), media_type="application/json")


def _event(event: str, data: dict[str, Any]) -> ServerSentEvent:
    # raw_data: the JSON as it has always been sent (non-ASCII as is; `data=` would escape it as \uXXXX).
    return ServerSentEvent(event=event, raw_data=json.dumps(data, ensure_ascii=False))


@router.post(
    "/api/complete/stream",
    response_class=EventSourceResponse,
    responses={
        200: {
            "description": "Server-Sent Events: `meta`, then one `step` per reasoning step, then `done` with "
            "the same object as /api/complete.",
            # FastAPI documents a generic event as itemSchema (OpenAPI 3.2); this one is merged into it.
            "content": {"text/event-stream": {"itemSchema": SSE_EVENT_SCHEMA}},
        },
        **stated_as_json(ERROR_RESPONSES),
    },
    openapi_extra=json_request_body(CompletionRequest),
)
async def complete_stream(
    request: Request, completion: Annotated[Completion, Depends(answered)]
) -> AsyncIterator[ServerSentEvent]:
    """The same answer as /api/complete, streamed step by step for the browser."""
    delay = request.app.state.settings.stream_step_delay_ms / 1000
    reply = to_response(completion)
    done = reply.model_dump()
    meta = {key: done[key] for key in ("task", "confidence", "headline", "probabilities", "model", "evidence")}
    meta["plan"] = [{key: item[key] for key in ("task", "title", "input", "answer")} for item in done["plan"]]
    yield _event("meta", meta)
    for index, (step, part) in enumerate(zip(completion.steps, step_parts(completion), strict=True), start=1):
        await asyncio.sleep(delay)
        yield _event("step", {"index": index, "text": step, "part": part})
    yield _event("done", done)
