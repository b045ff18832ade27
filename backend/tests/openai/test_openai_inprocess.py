"""/v1 through the real app in-process (TestClient): response shapes, every error, sampling parameters.

The app serves the session's trained model (the `client` fixture), so every expected answer below is the right
answer to its prompt (docs/TASKS.md), written out. /api/complete must keep its own 422 format: checked here too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.v1.tokens import count_tokens
from app.openai_schemas import MODEL_ID

CHAT = "/v1/chat/completions"
ERROR_KEYS = {"message", "type", "param", "code"}


def _swap_service(client: TestClient, service: object) -> Iterator[None]:
    state = client.app.state  # type: ignore[attr-defined]
    original = state.service
    state.service = service
    try:
        yield
    finally:
        state.service = original


def chat(client: TestClient, prompt: str = "What is 2 plus 3?", **extra: Any) -> dict[str, Any]:
    response = client.post(CHAT, json={"model": MODEL_ID, "messages": [{"role": "user", "content": prompt}], **extra})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def error_of(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) >= ERROR_KEYS, body
    error: dict[str, Any] = body["error"]
    return error


def test_models_list_and_retrieve(client: TestClient) -> None:
    body = client.get("/v1/models").json()
    assert body["object"] == "list"
    [card] = body["data"]
    assert set(card) == {"id", "object", "created", "owned_by"}
    assert card["id"] == MODEL_ID and card["object"] == "model" and card["owned_by"] == "mini-reasoning-llm"
    assert isinstance(card["created"], int) and card["created"] > 1_600_000_000
    assert client.get("/v1/models").json() == body, "created is fixed, not the time of the request"
    assert client.get(f"/v1/models/{MODEL_ID}").json() == card
    error = error_of(client.get("/v1/models/gpt-4o"), 404)
    assert error["code"] == "model_not_found" and error["type"] == "not_found_error"


def test_chat_completion_shape(client: TestClient) -> None:
    body = chat(client, "Can you explain 2 plus 3 step by step?")
    assert re.fullmatch(r"chatcmpl-[0-9a-f]{32}", body["id"])
    assert body["object"] == "chat.completion" and body["model"] == MODEL_ID
    assert isinstance(body["created"], int) and body["system_fingerprint"].startswith("fp_")
    [choice] = body["choices"]
    assert choice["index"] == 0 and choice["finish_reason"] == "stop" and choice["logprobs"] is None
    message = choice["message"]
    assert message["role"] == "assistant"
    assert message["content"] == "The final answer is 5."
    reasoning = message["reasoning_content"].splitlines()
    assert reasoning[0] == "Let's solve this addition carefully."
    assert reasoning[1:4] == [
        "1. Identify the numbers: 2 and 3.",
        "2. Add them together: 2 + 3 = 5.",
        "3. Therefore, the final answer is 5.",
    ]
    assert re.fullmatch(r"\(model confidence in task type: \d{1,3}\.\d%\)", reasoning[4])
    extra = body["mini_reasoning"]
    assert (extra["task"], extra["answer"]) == ("addition", "5")
    assert extra["steps"] == [line.removeprefix(f"{n}. ") for n, line in enumerate(reasoning[1:4], 1)]
    # The trained model is all but sure of so plain a prompt; its percentage is the reasoning's last line.
    assert 0.99 <= extra["confidence"] <= 1.0
    assert reasoning[4] == f"(model confidence in task type: {extra['confidence'] * 100:.1f}%)"
    # The same answer as the app's own endpoint.
    native = client.post("/api/complete", json={"prompt": "Can you explain 2 plus 3 step by step?"}).json()
    assert native["completion"] == message["reasoning_content"]


def test_usage_counts_tokens_by_the_documented_rule(client: TestClient) -> None:
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 2 plus 3?"}]
    body = client.post(CHAT, json={"model": MODEL_ID, "messages": messages}).json()
    usage, message = body["usage"], body["choices"][0]["message"]
    assert count_tokens("Be brief. What is 2 plus 3?") == 9  # Be brief . What is 2 plus 3 ?
    assert usage["prompt_tokens"] == 9
    reasoning_tokens = count_tokens(message["reasoning_content"])
    assert usage["completion_tokens_details"] == {"reasoning_tokens": reasoning_tokens}
    assert usage["completion_tokens"] == reasoning_tokens + count_tokens(message["content"])
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


@pytest.mark.parametrize(
    ("prompt", "content"),
    [
        ("Is 7 even or odd?", "The final answer is odd."),
        ("Reverse the word hello", 'The final answer is "olleh".'),
    ],
)
def test_each_skill_gives_its_final_sentence(client: TestClient, prompt: str, content: str) -> None:
    assert chat(client, prompt)["choices"][0]["message"]["content"] == content


def test_refusal_and_missing_operand_are_the_content(client: TestClient) -> None:
    refused = chat(client, "What is the capital of France?")
    assert (refused["mini_reasoning"]["task"], refused["mini_reasoning"]["answer"]) == ("unsupported", None)
    content = refused["choices"][0]["message"]["content"]
    assert content.startswith("Sorry, I can't help with that. I can add whole numbers") and "\n" not in content
    assert '"What is 2 plus 3?"' in content  # the refusal suggests a prompt that works
    assert refused["choices"][0]["message"]["reasoning_content"].startswith(content + "\n(model confidence")
    missing = chat(client, "What is 5 plus?")
    assert (missing["mini_reasoning"]["task"], missing["mini_reasoning"]["answer"]) == ("addition", None)
    assert missing["choices"][0]["message"]["content"] == (
        'I found only one number (5). Which number should I add to it? For example: "What is 5 plus 3?"'
    )


def test_last_user_message_is_the_prompt_and_parts_are_read(client: TestClient) -> None:
    messages = [
        {"role": "system", "content": "You are a careful assistant."},
        {"role": "developer", "content": [{"type": "text", "text": "Answer exactly."}]},
        {"role": "user", "content": "What is 1 plus 1?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "irrelevant"},
        {"role": "assistant", "content": "The final answer is 2."},
        {"role": "user", "content": [{"type": "text", "text": "What is 40 "}, {"type": "text", "text": "plus 2?"}]},
    ]
    body = client.post(CHAT, json={"model": MODEL_ID, "messages": messages}).json()
    assert body["choices"][0]["message"]["content"] == "The final answer is 42."


def test_parameters_without_effect_are_accepted(client: TestClient) -> None:
    plain = chat(client)
    tuned = chat(
        client,
        temperature=1.7,
        top_p=0.1,
        seed=7,
        presence_penalty=1,
        frequency_penalty=-1,
        n=1,
        logprobs=False,
        user="u-1",
        response_format={"type": "text"},
        logit_bias={"50": 1},
        tools=[{"type": "function", "function": {"name": "f"}}],
        tool_choice="auto",
        stream_options={"include_usage": True},
        top_k=40,
        unknown_vendor_field=True,
    )
    assert tuned["choices"] == plain["choices"]


def test_stop_cuts_the_content_before_the_stop_string(client: TestClient) -> None:
    body = chat(client, stop=["answer", "zzz"])
    assert body["choices"][0]["message"]["content"] == "The final "
    assert body["choices"][0]["finish_reason"] == "stop"
    assert "answer" in body["choices"][0]["message"]["reasoning_content"], "reasoning is not searched"
    assert chat(client, stop="5")["choices"][0]["message"]["content"] == "The final answer is "


def test_max_tokens_truncates_reasoning_then_content(client: TestClient) -> None:
    full = chat(client)
    reasoning_tokens = full["usage"]["completion_tokens_details"]["reasoning_tokens"]
    cut = chat(client, max_tokens=reasoning_tokens + 2)
    assert cut["choices"][0]["finish_reason"] == "length"
    assert cut["choices"][0]["message"]["reasoning_content"] == full["choices"][0]["message"]["reasoning_content"]
    assert cut["choices"][0]["message"]["content"] == "The final"
    assert cut["usage"]["completion_tokens"] == reasoning_tokens + 2
    short = chat(client, max_completion_tokens=3, max_tokens=1000)
    assert short["choices"][0]["message"] == {
        "role": "assistant",
        "content": "",
        "reasoning_content": "Let's",
        "refusal": None,
    }  # Let ' s
    assert short["usage"]["completion_tokens"] == 3
    exact = chat(client, max_tokens=full["usage"]["completion_tokens"])
    assert exact["choices"] == full["choices"], "a budget that fits changes nothing"


def _stream(client: TestClient, **extra: Any) -> Iterator[dict[str, Any]]:
    payload = {
        "model": MODEL_ID,
        "messages": [{"role": "user", "content": "What is 2 plus 3?"}],
        "stream": True,
        **extra,
    }
    with client.stream("POST", CHAT, json=payload) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-cache"
        assert response.headers["x-accel-buffering"] == "no"
        text = response.read().decode()
    events = text.split("\n\n")
    assert events[-2:] == ["data: [DONE]", ""]
    for event in events[:-2]:
        assert event.startswith("data: ")
        yield json.loads(event.removeprefix("data: "))


def test_stream_matches_the_non_streamed_answer(client: TestClient) -> None:
    full = chat(client, stop="is", max_tokens=100)
    chunks = list(_stream(client, stop="is", max_tokens=100))
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    deltas = [chunk["choices"][0]["delta"] for chunk in chunks[1:-1]]
    reasoning = "".join(delta.get("reasoning_content", "") for delta in deltas)
    content = "".join(delta.get("content", "") for delta in deltas)
    message = full["choices"][0]["message"]
    assert (reasoning, content) == (message["reasoning_content"], message["content"])
    assert chunks[-1]["choices"][0] == {
        "index": 0,
        "delta": {},
        "logprobs": None,
        "finish_reason": full["choices"][0]["finish_reason"],
    }
    assert chunks[-1]["mini_reasoning"] == full["mini_reasoning"]
    assert "usage" not in chunks[-1], "no usage unless stream_options.include_usage"
    assert len({chunk["id"] for chunk in chunks}) == 1


def test_stream_truncated_by_max_tokens_ends_with_length(client: TestClient) -> None:
    chunks = list(_stream(client, max_tokens=4, stream_options={"include_usage": True}))
    assert chunks[-2]["choices"][0]["finish_reason"] == "length"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == 4
    assert all(chunk["usage"] is None for chunk in chunks[:-1])


@pytest.mark.parametrize(
    ("payload", "param", "code"),
    [
        ({"model": MODEL_ID, "messages": []}, "messages", "empty_array"),
        ({"model": MODEL_ID}, "messages", "missing_required_parameter"),
        ({"messages": [{"role": "user", "content": "hi"}]}, "model", "missing_required_parameter"),
        ({"model": MODEL_ID, "messages": [{"role": "system", "content": "x"}]}, "messages", "no_user_message"),
        ({"model": MODEL_ID, "messages": [{"role": "user", "content": "   "}]}, "messages", "empty_prompt"),
        ({"model": MODEL_ID, "messages": [{"role": "user", "content": None}]}, "messages", "empty_prompt"),
        (
            {"model": MODEL_ID, "messages": [{"role": "user", "content": "x" * 513}]},
            "messages",
            "context_length_exceeded",
        ),
        ({"model": MODEL_ID, "messages": [{"role": "user", "content": "a\x00b"}]}, "messages", "invalid_prompt"),
        (
            {
                "model": MODEL_ID,
                "messages": [
                    {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "http://x/y.png"}}]}
                ],
            },
            "messages",
            "unsupported_content",
        ),
        ({"model": MODEL_ID, "messages": [{"role": "robot", "content": "hi"}]}, "messages.0.role", "invalid_value"),
        ({"model": MODEL_ID, "messages": [{"role": "user", "content": 5}]}, "messages.0.content.str", "invalid_type"),
        ({"model": MODEL_ID, "messages": [{"role": "user", "content": "hi"}], "n": 2}, "n", "unsupported_value"),
        (
            {"model": MODEL_ID, "messages": [{"role": "user", "content": "hi"}], "logprobs": True},
            "logprobs",
            "unsupported_value",
        ),
        (
            {"model": MODEL_ID, "messages": [{"role": "user", "content": "hi"}], "temperature": 3},
            "temperature",
            "invalid_value",
        ),
        (
            {"model": MODEL_ID, "messages": [{"role": "user", "content": "hi"}], "max_tokens": 0},
            "max_tokens",
            "invalid_value",
        ),
        (
            {"model": MODEL_ID, "messages": [{"role": "user", "content": "hi"}], "stop": ["a", "b", "c", "d", "e"]},
            "stop",
            "invalid_value",
        ),
        (
            {
                "model": MODEL_ID,
                "messages": [{"role": "user", "content": "hi"}],
                "response_format": {"type": "json_object"},
            },
            "response_format",
            "unsupported_value",
        ),
        (
            {"model": MODEL_ID, "messages": [{"role": "user", "content": "hi"}], "tool_choice": "required"},
            "tool_choice",
            "unsupported_value",
        ),
        ([1, 2], None, "invalid_json"),
    ],
)
def test_bad_requests_are_400_in_openai_shape(client: TestClient, payload: Any, param: str | None, code: str) -> None:
    error = error_of(client.post(CHAT, json=payload), 400)
    assert (error["type"], error["param"], error["code"]) == ("invalid_request_error", param, code)
    assert error["message"]


def test_malformed_json_is_400_and_input_is_not_echoed(client: TestClient) -> None:
    error = error_of(
        client.post(CHAT, content=b'{"model": "SECRET-ish', headers={"content-type": "application/json"}), 400
    )
    assert error["code"] == "invalid_json" and "SECRET" not in error["message"]


def test_unknown_model_is_404(client: TestClient) -> None:
    error = error_of(client.post(CHAT, json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}), 404)
    assert (error["type"], error["param"], error["code"]) == ("not_found_error", "model", "model_not_found")
    assert "gpt-4o" in error["message"] and MODEL_ID in error["message"]


def test_unknown_v1_path_is_404_in_openai_shape_but_not_elsewhere(client: TestClient) -> None:
    assert error_of(client.post("/v1/completions", json={}), 405)["code"] == "method_not_allowed"
    assert error_of(client.get("/v1/embeddings"), 404)["code"] == "not_found"
    assert client.get("/api/nothing-here").json() == {"detail": "Not Found"}


def test_chunked_oversized_body_is_413_in_openai_shape(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit trips while the route reads the body
        yield b'{"model": "' + MODEL_ID.encode() + b'", "messages": [{"role": "user", "content": "'
        for _ in range(80):
            yield b"x" * 1024
        yield b'"}]}'

    error = error_of(client.post(CHAT, content=chunks(), headers={"content-type": "application/json"}), 413)
    assert error["code"] == "request_too_large" and "limit" in error["message"]


def test_api_complete_keeps_its_own_422(client: TestClient) -> None:
    response = client.post("/api/complete", json={"prompt": ""})
    assert response.status_code == 422
    assert set(response.json()) == {"detail", "errors"}


def test_unexpected_failure_is_500_with_an_error_id(client: TestClient) -> None:
    class Broken:
        def complete(self, prompt: str) -> None:
            raise RuntimeError("boom")

    for _ in _swap_service(client, Broken()):
        response = client.post(CHAT, json={"model": MODEL_ID, "messages": [{"role": "user", "content": "hi"}]})
    error = error_of(response, 500)
    assert (error["type"], error["code"]) == ("server_error", "internal_error")
    assert re.fullmatch(r"[0-9a-f]{12}", error["error_id"]) and error["error_id"] in error["message"]
    assert "boom" not in response.text


def test_openapi_documents_every_status(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    chat_doc = paths["/v1/chat/completions"]["post"]
    assert {"200", "400", "404", "413", "500"} <= set(chat_doc["responses"])
    assert "text/event-stream" in chat_doc["responses"]["200"]["content"]
    assert "404" in paths["/v1/models/{model_id}"]["get"]["responses"]
    assert "/v1/models" in paths


def test_announced_oversized_body_is_413_in_openai_shape(client: TestClient) -> None:
    payload = {"model": MODEL_ID, "messages": [{"role": "user", "content": "x" * (70 * 1024)}]}
    error_of(client.post(CHAT, json=payload), 413)
