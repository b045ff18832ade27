"""POST /v1/chat/completions: the last user message is the prompt; the reply is OpenAI's chat.completion
(or, with ``stream: true``, its chunks as Server-Sent Events)."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.sse import EventSourceResponse, format_sse_event

from app.api.answers import answer
from app.api.errors import (
    V1_ERRORS,
    OpenAIRoute,
    invalid_stop,
    no_user_message,
    non_text_content,
    prompt_error,
    unknown_model,
    unsupported,
)
from app.api.v1.tokens import count_tokens, truncate_tokens
from app.openai_schemas import (
    MAX_STOP_SEQUENCES,
    MODEL_ID,
    AssistantMessage,
    ChatCompletion,
    ChatCompletionRequest,
    Choice,
    CompletionTokensDetails,
    MiniReasoning,
    Usage,
)
from app.schemas import prompt_problem
from app.services.reasoning_service import Completion

logger = logging.getLogger("app.openai")

router = APIRouter(route_class=OpenAIRoute)


def check_request(body: ChatCompletionRequest) -> str:
    """Every rule beyond types, in OpenAI's words; returns the prompt (the last user message's text)."""
    if body.model != MODEL_ID:
        raise unknown_model(body.model)
    if body.n is not None and body.n != 1:
        raise unsupported("n", "Only n=1 is supported: the answer is exact, so every choice would be the same.")
    if body.logprobs:
        raise unsupported("logprobs", "logprobs are not available: answers are computed exactly, not sampled.")
    if body.response_format is not None and body.response_format.type != "text":
        raise unsupported("response_format", "Only response_format {'type': 'text'} is supported.")
    if body.tool_choice is not None and body.tool_choice not in ("none", "auto"):
        raise unsupported("tool_choice", "This model never calls tools; tool_choice may only be 'none' or 'auto'.")
    stops = _stops(body)
    if len(stops) > MAX_STOP_SEQUENCES or any(not stop for stop in stops):
        raise invalid_stop(MAX_STOP_SEQUENCES)

    user_messages = [message for message in body.messages if message.role == "user"]
    if not user_messages:
        raise no_user_message()
    last = user_messages[-1]
    if last.has_non_text_parts():
        raise non_text_content()
    prompt = last.text()
    problem = prompt_problem(prompt)  # the same rule as /api/complete's prompt
    if problem is not None:
        raise prompt_error(problem, prompt)
    return prompt


def _stops(body: ChatCompletionRequest) -> list[str]:
    if body.stop is None:
        return []
    return [body.stop] if isinstance(body.stop, str) else list(body.stop)


def answer_sentence(completion: Completion) -> str:
    """The message content: the final answer sentence, or the refusal / the question for a missing operand."""
    if completion.answer is None:
        return completion.headline
    if completion.conclusion is not None:
        return completion.conclusion
    return f"The final answer is {completion.answer}."


@dataclass(frozen=True)
class ChatResult:
    """What is sent, after `stop` and `max_tokens` have been applied."""

    reasoning: str
    content: str
    finish_reason: str
    usage: Usage


def build_result(body: ChatCompletionRequest, completion: Completion) -> ChatResult:
    reasoning, content = completion.text, answer_sentence(completion)
    # stop: cut the answer before the earliest stop string (the reasoning is not searched).
    cuts = [content.find(stop) for stop in _stops(body) if stop in content]
    if cuts:
        content = content[: min(cuts)]
    finish_reason = "stop"
    # max_tokens: the budget covers reasoning first, then content, in the order they are generated.
    limit = body.max_completion_tokens or body.max_tokens
    reasoning_tokens, content_tokens = count_tokens(reasoning), count_tokens(content)
    if limit is not None and reasoning_tokens + content_tokens > limit:
        finish_reason = "length"
        reasoning, reasoning_tokens = truncate_tokens(reasoning, limit)
        content, content_tokens = truncate_tokens(content, limit - reasoning_tokens)
    prompt_tokens = sum(count_tokens(message.text()) for message in body.messages)
    completion_tokens = reasoning_tokens + content_tokens
    usage = Usage(
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        total_tokens=prompt_tokens + completion_tokens,
        completion_tokens_details=CompletionTokensDetails(reasoning_tokens=reasoning_tokens),
    )
    return ChatResult(reasoning, content, finish_reason, usage)


def _extras(completion: Completion) -> MiniReasoning:
    return MiniReasoning(
        task=completion.task,
        answer=completion.answer,
        confidence=completion.confidence,
        steps=completion.steps,
    )


def _fingerprint(request: Request) -> str:
    status = getattr(request.app.state, "model_status", None)
    return f"fp_{status.fingerprint}" if status is not None else "fp_unknown"


def reasoning_pieces(reasoning: str) -> list[str]:
    """One delta per line (the headline, each step, the confidence line)."""
    return reasoning.splitlines(keepends=True)


def content_pieces(content: str) -> list[str]:
    """One delta per word (with its trailing space), so the answer arrives in several chunks."""
    return re.findall(r"\S+\s*|\s+", content)


def _sse(data: dict[str, Any] | str) -> bytes:
    return format_sse_event(data_str=data if isinstance(data, str) else json.dumps(data, ensure_ascii=False))


STREAM_DESCRIPTION = (
    "With `stream: true`: Server-Sent Events, each `data: {chat.completion.chunk}` then a blank line. First a "
    "chunk with delta `{role: 'assistant', content: ''}`, then `delta.reasoning_content` (one per line of "
    "reasoning), then `delta.content` (one per word of the answer), then an empty delta with `finish_reason`, "
    "then (with `stream_options.include_usage`) a chunk with `choices: []` and `usage`, then `data: [DONE]`."
)


@router.post(
    "/chat/completions",
    response_model=ChatCompletion,
    responses={
        200: {
            "description": "A `chat.completion` object, or with `stream: true` an event stream. " + STREAM_DESCRIPTION,
            # Each event: `data:` a chat.completion.chunk as JSON, the last one the literal [DONE].
            "content": {
                "text/event-stream": {
                    "schema": {
                        "type": "object",
                        "required": ["data"],
                        "properties": {"event": {"type": "string", "enum": ["message"]}, "data": {"type": "string"}},
                    }
                }
            },
        },
        **V1_ERRORS,
    },
)
async def chat_completions(body: ChatCompletionRequest, request: Request) -> Response | ChatCompletion:
    """OpenAI chat completions: the last user message is answered step by step (`reasoning_content`), with
    the final answer sentence as `content`. temperature, top_p, seed and the penalties have no effect."""
    completion = answer(request, check_request(body))
    result = build_result(body, completion)
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())
    fingerprint = _fingerprint(request)
    if not body.stream:
        return ChatCompletion(
            id=completion_id,
            created=created,
            model=MODEL_ID,
            system_fingerprint=fingerprint,
            choices=[
                Choice(
                    message=AssistantMessage(content=result.content, reasoning_content=result.reasoning),
                    finish_reason=result.finish_reason,  # type: ignore[arg-type]  # "stop" or "length"
                )
            ],
            usage=result.usage,
            mini_reasoning=_extras(completion),
        )
    base = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": MODEL_ID,
        "system_fingerprint": fingerprint,
    }
    include_usage = body.stream_options is not None and body.stream_options.include_usage
    delay = request.app.state.settings.stream_step_delay_ms / 1000
    # One path answers JSON or a stream depending on the body, which FastAPI's generator endpoints (always a
    # stream) cannot do: this returns fastapi.sse's response with events encoded by its own format_sse_event.
    return EventSourceResponse(
        _chunks(result, completion, base, include_usage, delay),
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},  # as FastAPI's generator streams send
    )


async def _chunks(
    result: ChatResult, completion: Completion, base: dict[str, Any], include_usage: bool, delay: float
) -> AsyncIterator[bytes]:
    completion_id = base["id"]

    def chunk(delta: dict[str, str], finish_reason: str | None = None, **extra: Any) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        usage = {"usage": None} if include_usage else {}
        return _sse({**base, "choices": [choice], **usage, **extra})

    deltas = [{"reasoning_content": piece} for piece in reasoning_pieces(result.reasoning)]
    deltas += [{"content": piece} for piece in content_pieces(result.content)]
    sent = 0
    try:
        yield chunk({"role": "assistant", "content": ""})
        for delta in deltas:
            await asyncio.sleep(delay)  # pacing; a client disconnect cancels the stream here
            yield chunk(delta)
            sent += 1
        yield chunk({}, result.finish_reason, mini_reasoning=_extras(completion).model_dump())
        if include_usage:
            yield _sse({**base, "choices": [], "usage": result.usage.model_dump()})
        yield _sse("[DONE]")
        logger.info("Chat stream %s finished: %d deltas", completion_id, sent)
    except asyncio.CancelledError:
        logger.info(
            "Chat stream %s stopped: client disconnected after %d of %d deltas", completion_id, sent, len(deltas)
        )
        raise
