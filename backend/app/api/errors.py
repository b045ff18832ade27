"""Every error body the app sends, in one place.

Two shapes: the app's own ``{"detail": ...}`` (422 adds ``errors``, 500 adds ``error_id``), and under /v1
OpenAI's ``{"error": {"message", "type", "param", "code"}}`` (500 adds ``error_id``), which the official
clients parse. Bodies written by the edge middleware before routing (400, 413, 431, 500) come from
``edge_error_body``; the rest are exception handlers and ``OpenAIRoute``. Inputs are never echoed back.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.openai_schemas import MODEL_ID, OpenAIErrorResponse
from app.schemas import (
    MAX_PROMPT_CHARS,
    ErrorResponse,
    InternalErrorResponse,
    PromptProblem,
    ValidationErrorResponse,
)

error_logger = logging.getLogger("app.errors")

V1_PREFIX = "/v1"
INTERNAL_ERROR = "Internal server error"
HEADERS_TOO_LARGE = "Request headers are too large; the limit is 16 KiB."
INVALID_CONTENT_LENGTH = "Invalid Content-Length header."


def body_too_large(max_body_bytes: int) -> str:
    return f"Request body is too large; the limit is {max_body_bytes} bytes."


def is_v1(path: str) -> bool:
    return path == V1_PREFIX or path.startswith(V1_PREFIX + "/")


def new_error_id() -> str:
    return uuid.uuid4().hex[:12]


# ---------------------------------------------------------------------------------------------- documentation

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Malformed request (e.g. an invalid Content-Length)."},
    413: {"model": ErrorResponse, "description": "The request body is over the size limit (64 KiB)."},
    431: {"model": ErrorResponse, "description": "The request headers are over 16 KiB in all."},
    422: {"model": ValidationErrorResponse, "description": "The body is not valid JSON or breaks a rule."},
    500: {"model": InternalErrorResponse, "description": "Unexpected failure; quote the error id."},
}


def stated_as_json(responses: dict[int | str, dict[str, Any]]) -> dict[int | str, dict[str, Any]]:
    """The same error documentation for a route whose own response is not JSON (an event stream): FastAPI
    would file a ``model`` under the route's media type, so the JSON body is stated as a reference instead
    (the models are in the schema through the routes that use ``ERROR_RESPONSES`` as is)."""
    return {
        status: {
            "description": response["description"],
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{response['model'].__name__}"}}},
        }
        for status, response in responses.items()
    }


_OPENAI_BODY = {"model": OpenAIErrorResponse}
V1_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {
        **_OPENAI_BODY,
        "description": "invalid_request_error: malformed JSON, a wrong field, no messages, no "
        "user message, empty or over-512-character prompt (code context_length_exceeded), n > 1, logprobs...",
    },
    404: {**_OPENAI_BODY, "description": "not_found_error: unknown model (code model_not_found)."},
    413: {**_OPENAI_BODY, "description": "The request body is over the size limit (64 KiB by default)."},
    500: {**_OPENAI_BODY, "description": "server_error: unexpected failure; `error.error_id` is in the server log."},
}


# ---------------------------------------------------------------------------------------------- edge (raw ASGI)


def edge_error_body(path: str, status: int, detail: str, error_id: str | None = None) -> bytes:
    """A JSON error body for a response the middleware writes itself: OpenAI's shape under /v1 for 400/413."""
    payload: dict[str, object]
    if status in (400, 413) and is_v1(path):  # OpenAI clients expect their own error shape
        code = "request_too_large" if status == 413 else "invalid_request"
        payload = {"error": {"message": detail, "type": "invalid_request_error", "param": None, "code": code}}
    else:
        payload = {"detail": detail}
        if error_id is not None:
            payload["error_id"] = error_id
    return json.dumps(payload).encode()


# ---------------------------------------------------------------------------------------------- /api: 422


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(part) for part in loc if part != "body"]
    return ".".join(parts) or "body"


def validation_message(errors: list[dict[str, Any]]) -> str:
    """One sentence per problem, naming the field and what to fix."""
    messages = []
    for error in errors:
        kind, message = error.get("type", ""), str(error.get("msg", "invalid"))
        if kind == "json_invalid":
            reason = error.get("ctx", {}).get("error", "")
            messages.append(f'The request body is not valid JSON ({reason}). Send {{"prompt": "..."}}.')
            continue
        body_missing = kind == "missing" and _field_name(error["loc"]) == "body"
        if kind in ("model_attributes_type", "dict_type") or body_missing:
            messages.append(
                'The body must be a JSON object such as {"prompt": "What is 2 plus 3?"}, sent '
                "with Content-Type: application/json."
            )
            continue
        if kind == "missing":
            message = 'Field required: send {"prompt": "..."}'
        elif kind == "string_type":
            message = "must be a JSON string"
        elif kind == "string_unicode":
            message = "contains invalid Unicode (e.g. a lone surrogate); send valid UTF-8 text"
        elif message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        messages.append(f"{_field_name(error['loc'])}: {message}")
    return " ".join(dict.fromkeys(messages)) or "Invalid request."


async def handle_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    return JSONResponse(
        status_code=422,
        content={
            "detail": validation_message(errors),
            # Never echo the input back: it may be huge or hostile.
            "errors": [
                {"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                for e in errors
            ],
        },
    )


# ---------------------------------------------------------------------------------------------- /v1: OpenAI


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


def openai_error_response(
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


def unknown_model(model: str) -> OpenAIError:
    shown = model if len(model) <= 64 else model[:64] + "..."
    return OpenAIError(
        404,
        f"The model '{shown}' does not exist. This server serves '{MODEL_ID}' only.",
        param="model",
        code="model_not_found",
    )


def unsupported(param: str, message: str) -> OpenAIError:
    return OpenAIError(400, message, param=param, code="unsupported_value")


def invalid_stop(max_sequences: int) -> OpenAIError:
    return OpenAIError(
        400, f"stop must be up to {max_sequences} non-empty strings.", param="stop", code="invalid_value"
    )


def no_user_message() -> OpenAIError:
    return OpenAIError(
        400,
        "messages must include a user message: its text is the question to answer.",
        param="messages",
        code="no_user_message",
    )


def non_text_content() -> OpenAIError:
    return OpenAIError(
        400,
        "This model reads text only: the last user message may contain only {'type': 'text'} parts.",
        param="messages",
        code="unsupported_content",
    )


def prompt_error(problem: PromptProblem, prompt: str) -> OpenAIError:
    """The shared prompt rules (app.schemas.prompt_problem), in OpenAI's words for the last user message."""
    if problem == "blank":
        message, code = "The last user message is empty: type a question such as 'What is 2 plus 3?'.", "empty_prompt"
    elif problem == "too_long":
        message = (
            f"The last user message is {len(prompt)} characters; this model reads at most "
            f"{MAX_PROMPT_CHARS}. Shorten the question."
        )
        code = "context_length_exceeded"
    elif problem == "invalid_unicode":
        message = "The last user message contains invalid Unicode (a lone surrogate); send valid UTF-8 text."
        code = "invalid_prompt"
    else:
        message, code = "The last user message contains a NUL character; remove it.", "invalid_prompt"
    return OpenAIError(400, message, param="messages", code=code)


_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}


def _from_http_exception(exc: StarletteHTTPException, request: Request) -> JSONResponse:
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = (
            f"Unknown endpoint {request.method} {request.url.path}. See GET /v1/models and POST /v1/chat/completions."
        )
    return openai_error_response(
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
    return openai_error_response(
        400, " ".join(dict.fromkeys(messages)) or "Invalid request.", param=first_param, code=first_code
    )


class OpenAIRoute(APIRoute):
    """Every failure of a /v1 route answers in OpenAI's error shape (and only these routes are affected):
    validation errors become 400 (not FastAPI's 422), HTTP errors raised while reading the body (the edge
    middleware's 413) and unexpected exceptions (500 with an error id) are converted too."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def openai_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except OpenAIError as exc:
                return openai_error_response(
                    exc.status, exc.message, param=exc.param, code=exc.code, error_type=exc.error_type
                )
            except RequestValidationError as exc:
                return _from_validation_error(exc)
            except StarletteHTTPException as exc:  # e.g. 413 raised by the edge middleware mid-read
                return _from_http_exception(exc, request)
            except Exception:
                error_id = new_error_id()
                error_logger.exception("Unhandled error %s on %s %s", error_id, request.method, request.url.path)
                return openai_error_response(
                    500,
                    f"The server had an error processing your request; quote error id {error_id}.",
                    code="internal_error",
                    error_id=error_id,
                )

        return openai_handler


async def handle_http_exception(request: Request, exc: Exception) -> Response:
    """App-wide HTTPException handler: OpenAI's shape under /v1 (unknown path, 405...), FastAPI's default elsewhere."""
    assert isinstance(exc, StarletteHTTPException)
    if is_v1(request.url.path):
        return _from_http_exception(exc, request)
    return await http_exception_handler(request, exc)
