"""Bodies of the OpenAI-compatible API under /v1 (chat completions and models).

The shapes follow OpenAI's public API, as llama.cpp's server, vLLM and Ollama speak it, so the official
clients work unchanged. Unknown request fields are ignored (as vLLM does); known ones are type-checked.
Responses carry one non-standard extra, ``mini_reasoning``, which OpenAI clients ignore.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas import TASK_ENUM

MODEL_ID = "mini-reasoning-gru"
MODEL_OWNER = "mini-reasoning-llm"
MAX_STOP_SEQUENCES = 4

# ---------------------------------------------------------------------------------------------- errors


class OpenAIErrorDetail(BaseModel):
    message: str = Field(description="What went wrong, in words that say what to fix.")
    type: str = Field(description="invalid_request_error, not_found_error or server_error.")
    param: str | None = Field(default=None, description="The request field at fault, if any.")
    code: str | None = Field(default=None, description="A stable machine-readable code, e.g. model_not_found.")
    error_id: str | None = Field(default=None, description="Only on 500: quote it; the server log has details.")


class OpenAIErrorResponse(BaseModel):
    error: OpenAIErrorDetail


# ---------------------------------------------------------------------------------------------- models


class ModelCard(BaseModel):
    id: str = Field(examples=[MODEL_ID])
    object: Literal["model"] = "model"
    created: int = Field(description="Unix time the served weights were written (fixed for a given artifact).")
    owned_by: str = Field(examples=[MODEL_OWNER])


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


# ---------------------------------------------------------------------------------------------- request


class ContentPart(BaseModel):
    """One part of a message's content. Only ``{"type": "text", "text": ...}`` parts are read."""

    model_config = ConfigDict(extra="allow")

    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")  # name, tool_calls, tool_call_id, refusal...: accepted, unused

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = Field(
        default=None, description="A string, or a list of {type: 'text', text} parts; null for tool calls."
    )

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text or "" for part in self.content if part.type == "text")

    def has_non_text_parts(self) -> bool:
        return isinstance(self.content, list) and any(part.type != "text" for part in self.content)


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="ignore")

    include_usage: bool = Field(
        default=False, strict=True, description="Send a last chunk with `usage` and no choices."
    )


class ResponseFormat(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str = Field(description="Only 'text' is supported.", json_schema_extra={"enum": ["text"]})


NO_EFFECT = "Accepted for compatibility; no effect (answers are computed exactly, not sampled)."


class ChatCompletionRequest(BaseModel):
    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [
                {
                    "model": MODEL_ID,
                    "messages": [
                        {"role": "system", "content": "You are a careful assistant."},
                        {"role": "user", "content": "What is 47 plus 85?"},
                    ],
                }
            ]
        },
    )

    model: str = Field(description=f"Must be '{MODEL_ID}' (see GET /v1/models); anything else is a 404.")
    messages: Annotated[list[ChatMessage], Field(min_length=1)] = Field(
        description="The conversation. The LAST user message is the prompt (1 to 512 characters); system "
        "messages and earlier turns are accepted and do not change the answer."
    )
    stream: bool = Field(
        default=False, strict=True, description="Stream chat.completion.chunk events (text/event-stream)."
    )
    stream_options: StreamOptions | None = Field(default=None, description="Only read when stream is true.")
    max_tokens: int | None = Field(
        default=None,
        strict=True,
        ge=1,
        description="Token budget for reasoning_content + content; cut -> finish_reason 'length'.",
    )
    max_completion_tokens: int | None = Field(
        default=None, strict=True, ge=1, description="Same as max_tokens (wins if both)."
    )
    stop: str | list[str] | None = Field(
        default=None,
        description="Up to 4 strings; content is cut before the first one found (not reasoning).",
        json_schema_extra={
            "anyOf": [
                {"type": "string", "minLength": 1},
                {"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 4},
                {"type": "null"},
            ]
        },
    )
    n: int | None = Field(
        default=None, strict=True, ge=1, description="Only 1 is supported.", json_schema_extra={"maximum": 1}
    )
    temperature: float | None = Field(default=None, strict=True, ge=0, le=2, description=NO_EFFECT)
    top_p: float | None = Field(default=None, strict=True, ge=0, le=1, description=NO_EFFECT)
    seed: int | None = Field(default=None, strict=True, description=NO_EFFECT)
    presence_penalty: float | None = Field(default=None, strict=True, ge=-2, le=2, description=NO_EFFECT)
    frequency_penalty: float | None = Field(default=None, strict=True, ge=-2, le=2, description=NO_EFFECT)
    logit_bias: dict[str, Annotated[float, Field(strict=True)]] | None = Field(default=None, description=NO_EFFECT)
    logprobs: bool | None = Field(
        default=None,
        strict=True,
        description="Only false: there are no sampled token probabilities.",
        json_schema_extra={"anyOf": [{"const": False}, {"type": "null"}]},
    )
    top_logprobs: int | None = Field(
        default=None, strict=True, ge=0, le=20, description="Ignored (logprobs is unsupported)."
    )
    user: str | None = Field(default=None, description="Accepted, not stored.")
    response_format: ResponseFormat | None = Field(default=None, description="Only {'type': 'text'}.")
    tools: list[dict[str, Any]] | None = Field(default=None, description="Accepted and ignored: no tool calls.")
    tool_choice: str | dict[str, Any] | None = Field(
        default=None,
        description="Only 'none' or 'auto'.",
        json_schema_extra={"anyOf": [{"enum": ["none", "auto"]}, {"type": "null"}]},
    )
    parallel_tool_calls: bool | None = Field(default=None, strict=True, description="Ignored.")


# ---------------------------------------------------------------------------------------------- response


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str = Field(
        description="The final answer sentence ('The final answer is 5.'), the polite refusal, or the question "
        "asking for a missing operand."
    )
    reasoning_content: str = Field(
        description="The step-by-step reasoning: headline, numbered steps, model confidence line."
    )
    refusal: None = None


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    logprobs: None = None
    finish_reason: Literal["stop", "length"]


class CompletionTokensDetails(BaseModel):
    reasoning_tokens: int


class Usage(BaseModel):
    prompt_tokens: int = Field(description="Tokens in the text of all messages (token = regex \\w+|[^\\w\\s]).")
    completion_tokens: int = Field(description="Tokens in reasoning_content + content, as sent.")
    total_tokens: int
    completion_tokens_details: CompletionTokensDetails


class MiniReasoning(BaseModel):
    """Non-standard extra: the structured result behind the text (OpenAI clients ignore it)."""

    task: str = Field(json_schema_extra=TASK_ENUM)
    answer: str | None = Field(description="The final answer alone; null when refused or an operand is missing.")
    confidence: float = Field(ge=0.0, le=1.0, description="The classifier's calibrated probability of `task`.")
    steps: list[str]


class ChatCompletion(BaseModel):
    id: str = Field(examples=["chatcmpl-3f2a9c0d8e7b4a61b2c3d4e5f6a7b8c9"])
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    system_fingerprint: str = Field(description="Changes when the model's training recipe changes.")
    choices: list[Choice]
    usage: Usage
    mini_reasoning: MiniReasoning
