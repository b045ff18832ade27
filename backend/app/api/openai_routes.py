"""OpenAI-compatible API under /v1: GET /v1/models, GET /v1/models/{id}, POST /v1/chat/completions.

Thin like routes.py: pick the prompt out of the messages, call the same ReasoningService, shape the reply.
Every error on these routes is in OpenAI's shape ``{"error": {"message", "type", "param", "code"}}``:
``OpenAIRoute`` converts validation errors (400, not FastAPI's 422), HTTP errors raised while reading the
body (the body-size middleware's 413) and unexpected exceptions (500 with an error id) for these routes
only; ``openai_http_exception_handler`` does the same for unmatched /v1 paths and leaves the rest alone.

Tokens: a token is a run of word characters or a single other non-space character (regex ``\\w+|[^\\w\\s]``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.openai_schemas import (
    MAX_STOP_SEQUENCES,
    MODEL_ID,
    MODEL_OWNER,
    AssistantMessage,
    ChatCompletion,
    ChatCompletionRequest,
    Choice,
    CompletionTokensDetails,
    MiniReasoning,
    ModelCard,
    ModelList,
    OpenAIErrorResponse,
    Usage,
)
from app.schemas import MAX_PROMPT_CHARS, is_blank
from app.services.reasoning_service import Completion, ReasoningService

logger = logging.getLogger("app.openai")
error_logger = logging.getLogger("app.errors")

V1_PREFIX = "/v1"
TOKEN_PATTERN = re.compile(r"\w+|[^\w\s]")
_FINAL_STEP_PREFIX = "Therefore, the final answer is "
_STARTED_AT = int(time.time())


# ---------------------------------------------------------------------------------------------- errors


class OpenAIError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        error_type: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.error_type = error_type or _type_for(status)


def _type_for(status: int) -> str:
    if status == 404:
        return "not_found_error"
    return "server_error" if status >= 500 else "invalid_request_error"


def error_response(
    status: int,
    message: str,
    *,
    param: str | None = None,
    code: str | None = None,
    error_type: str | None = None,
    headers: dict[str, str] | None = None,
    error_id: str | None = None,
) -> JSONResponse:
    error: dict[str, Any] = {"message": message, "type": error_type or _type_for(status), "param": param, "code": code}
    if error_id is not None:
        error["error_id"] = error_id
    return JSONResponse(status_code=status, content={"error": error}, headers=headers)


_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}


def _from_http_exception(exc: StarletteHTTPException, request: Request) -> JSONResponse:
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = (
            f"Unknown endpoint {request.method} {request.url.path}. See GET /v1/models and POST /v1/chat/completions."
        )
    return error_response(
        exc.status_code,
        message,
        code=_HTTP_CODES.get(exc.status_code),
        headers=dict(exc.headers) if exc.headers else None,
    )


def _param(loc: tuple[Any, ...] | list[Any]) -> str | None:
    parts = [str(part) for part in loc if part != "body"]
    return ".".join(parts) or None


def _from_validation_error(exc: RequestValidationError) -> JSONResponse:
    """400 in OpenAI's shape: param and code from the first problem, a message naming each (input never echoed)."""
    errors = list(exc.errors())
    messages: list[str] = []
    first_param: str | None = None
    first_code = "invalid_value"
    for index, error in enumerate(errors):
        kind, param = str(error.get("type", "")), _param(error.get("loc", ()))
        if kind == "json_invalid":
            message = (
                "We could not parse the JSON body of your request. Send a JSON object such as "
                f'{{"model": "{MODEL_ID}", "messages": [...]}}.'
            )
            param, code = None, "invalid_json"
        elif param is None or kind in ("model_attributes_type", "dict_type"):
            message, code = "The body must be a JSON object, sent with Content-Type: application/json.", "invalid_json"
        elif kind == "missing":
            message, code = f"Missing required parameter: '{param}'.", "missing_required_parameter"
        elif kind == "too_short" and param == "messages":
            message, code = "'messages' must contain at least one message.", "empty_array"
        else:
            detail = str(error.get("msg", "invalid")).removeprefix("Value error, ")
            code = "invalid_type" if kind.endswith("_type") else "invalid_value"
            message = f"Invalid value for '{param}': {detail}."
        if index == 0:
            first_param, first_code = param, code
        messages.append(message)
    return error_response(
        400, " ".join(dict.fromkeys(messages)) or "Invalid request.", param=first_param, code=first_code
    )


class OpenAIRoute(APIRoute):
    """Every failure of a /v1 route answers in OpenAI's error shape (and only these routes are affected)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def openai_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except OpenAIError as exc:
                return error_response(
                    exc.status, exc.message, param=exc.param, code=exc.code, error_type=exc.error_type
                )
            except RequestValidationError as exc:
                return _from_validation_error(exc)
            except StarletteHTTPException as exc:  # e.g. 413 raised by the body-size middleware mid-read
                return _from_http_exception(exc, request)
            except Exception:
                error_id = uuid.uuid4().hex[:12]
                error_logger.exception("Unhandled error %s on %s %s", error_id, request.method, request.url.path)
                return error_response(
                    500,
                    f"The server had an error processing your request; quote error id {error_id}.",
                    code="internal_error",
                    error_id=error_id,
                )

        return openai_handler


async def openai_http_exception_handler(request: Request, exc: Exception) -> Response:
    """App-wide HTTPException handler: OpenAI's shape under /v1 (unknown path, 405...), FastAPI's default elsewhere."""
    assert isinstance(exc, StarletteHTTPException)
    path = request.url.path
    if path == V1_PREFIX or path.startswith(V1_PREFIX + "/"):
        return _from_http_exception(exc, request)
    return await http_exception_handler(request, exc)


ERROR_BODY = {"model": OpenAIErrorResponse}
V1_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {
        **ERROR_BODY,
        "description": "invalid_request_error: malformed JSON, a wrong field, no messages, no "
        "user message, empty or over-512-character prompt (code context_length_exceeded), n > 1, logprobs...",
    },
    404: {**ERROR_BODY, "description": "not_found_error: unknown model (code model_not_found)."},
    413: {**ERROR_BODY, "description": "The request body is over the size limit (64 KiB by default)."},
    500: {**ERROR_BODY, "description": "server_error: unexpected failure; `error.error_id` is in the server log."},
}

router = APIRouter(prefix=V1_PREFIX, tags=["openai"], route_class=OpenAIRoute)


# ---------------------------------------------------------------------------------------------- models


def _created(request: Request) -> int:
    """When the served weights were written: fixed for a given artifact. Server start time if not on disk."""
    try:
        return int(request.app.state.settings.model_weights_path.stat().st_mtime)
    except (AttributeError, OSError):
        return _STARTED_AT


def _model_card(request: Request) -> ModelCard:
    return ModelCard(id=MODEL_ID, created=_created(request), owned_by=MODEL_OWNER)


def _unknown_model(model: str) -> OpenAIError:
    shown = model if len(model) <= 64 else model[:64] + "..."
    return OpenAIError(
        404,
        f"The model '{shown}' does not exist. This server serves '{MODEL_ID}' only.",
        param="model",
        code="model_not_found",
    )


@router.get("/models", response_model=ModelList, responses={500: V1_ERRORS[500]})
async def list_models(request: Request) -> ModelList:
    """The one model this server serves (OpenAI's `GET /v1/models`)."""
    return ModelList(data=[_model_card(request)])


@router.get("/models/{model_id:path}", response_model=ModelCard, responses={404: V1_ERRORS[404], 500: V1_ERRORS[500]})
async def retrieve_model(model_id: str, request: Request) -> ModelCard:
    """One model by id; 404 `model_not_found` for any other id."""
    if model_id != MODEL_ID:
        raise _unknown_model(model_id)
    return _model_card(request)


# ---------------------------------------------------------------------------------------------- chat


def count_tokens(text: str) -> int:
    return len(TOKEN_PATTERN.findall(text))


def truncate_tokens(text: str, budget: int) -> tuple[str, int]:
    """The text up to the end of its `budget`-th token, and how many tokens that keeps."""
    if budget <= 0:
        return "", 0
    for count, match in enumerate(TOKEN_PATTERN.finditer(text), start=1):
        if count == budget:
            return text[: match.end()], count
    return text, count_tokens(text)


def _check_request(body: ChatCompletionRequest) -> str:
    """Every rule beyond types, in OpenAI's words; returns the prompt (the last user message's text)."""
    if body.model != MODEL_ID:
        raise _unknown_model(body.model)
    if body.n is not None and body.n != 1:
        raise OpenAIError(
            400,
            "Only n=1 is supported: the answer is exact, so every choice would be the same.",
            param="n",
            code="unsupported_value",
        )
    if body.logprobs:
        raise OpenAIError(
            400,
            "logprobs are not available: answers are computed exactly, not sampled.",
            param="logprobs",
            code="unsupported_value",
        )
    if body.response_format is not None and body.response_format.type != "text":
        raise OpenAIError(
            400,
            "Only response_format {'type': 'text'} is supported.",
            param="response_format",
            code="unsupported_value",
        )
    if body.tool_choice is not None and body.tool_choice not in ("none", "auto"):
        raise OpenAIError(
            400,
            "This model never calls tools; tool_choice may only be 'none' or 'auto'.",
            param="tool_choice",
            code="unsupported_value",
        )
    stops = _stops(body)
    if len(stops) > MAX_STOP_SEQUENCES or any(not stop for stop in stops):
        raise OpenAIError(
            400, f"stop must be up to {MAX_STOP_SEQUENCES} non-empty strings.", param="stop", code="invalid_value"
        )

    user_messages = [message for message in body.messages if message.role == "user"]
    if not user_messages:
        raise OpenAIError(
            400,
            "messages must include a user message: its text is the question to answer.",
            param="messages",
            code="no_user_message",
        )
    last = user_messages[-1]
    if last.has_non_text_parts():
        raise OpenAIError(
            400,
            "This model reads text only: the last user message may contain only {'type': 'text'} parts.",
            param="messages",
            code="unsupported_content",
        )
    prompt = last.text()
    if is_blank(prompt):
        raise OpenAIError(
            400,
            "The last user message is empty: type a question such as 'What is 2 plus 3?'.",
            param="messages",
            code="empty_prompt",
        )
    if len(prompt) > MAX_PROMPT_CHARS:
        raise OpenAIError(
            400,
            f"The last user message is {len(prompt)} characters; this model reads at most "
            f"{MAX_PROMPT_CHARS}. Shorten the question.",
            param="messages",
            code="context_length_exceeded",
        )
    try:
        prompt.encode("utf-8")
    except UnicodeEncodeError:
        raise OpenAIError(
            400,
            "The last user message contains invalid Unicode (a lone surrogate); send valid UTF-8 text.",
            param="messages",
            code="invalid_prompt",
        ) from None
    if "\x00" in prompt:
        raise OpenAIError(
            400, "The last user message contains a NUL character; remove it.", param="messages", code="invalid_prompt"
        )
    return prompt


def _stops(body: ChatCompletionRequest) -> list[str]:
    if body.stop is None:
        return []
    return [body.stop] if isinstance(body.stop, str) else list(body.stop)


def answer_sentence(completion: Completion) -> str:
    """The message content: the final answer sentence, or the refusal / the question for a missing operand."""
    if completion.answer is None:
        return completion.headline
    if completion.steps and completion.steps[-1].startswith(_FINAL_STEP_PREFIX):
        return "The final answer is " + completion.steps[-1].removeprefix(_FINAL_STEP_PREFIX)
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


def _sse(data: dict[str, Any]) -> str:
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"


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
    prompt = _check_request(body)
    service: ReasoningService = request.app.state.service
    completion = service.complete(prompt)
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

    include_usage = body.stream_options is not None and body.stream_options.include_usage
    delay = request.app.state.settings.stream_step_delay_ms / 1000
    base = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": MODEL_ID,
        "system_fingerprint": fingerprint,
    }

    def chunk(delta: dict[str, str], finish_reason: str | None = None, **extra: Any) -> str:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        usage = {"usage": None} if include_usage else {}
        return _sse({**base, "choices": [choice], **usage, **extra})

    deltas = [{"reasoning_content": piece} for piece in reasoning_pieces(result.reasoning)]
    deltas += [{"content": piece} for piece in content_pieces(result.content)]

    async def events() -> AsyncIterator[str]:
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
            yield "data: [DONE]\n\n"
            logger.info("Chat stream %s finished: %d deltas", completion_id, sent)
        except asyncio.CancelledError:
            logger.info(
                "Chat stream %s stopped: client disconnected after %d of %d deltas", completion_id, sent, len(deltas)
            )
            raise

    return StreamingResponse(
        events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )
