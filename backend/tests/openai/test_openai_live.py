"""The official `openai` client and raw HTTP against a real uvicorn server running the session's trained model.

Every expected answer is the right answer to its prompt, written out (docs/TASKS.md).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import httpx
import openai
import pytest
from openai import OpenAI

from app.openai_schemas import MODEL_ID

pytestmark = pytest.mark.slow


class Server(Protocol):  # the conftest's Server
    base_url: str
    log_path: Path
    step_delay_ms: int

    def log(self) -> str: ...


def client_for(server: Server) -> OpenAI:
    return OpenAI(base_url=f"{server.base_url}/v1", api_key="unused", max_retries=0, timeout=30)


SUM_47_85_REASONING = (
    "Let's solve this addition carefully.\n"
    "1. Identify the numbers: 47 and 85.\n"
    "2. Write the numbers one under the other, lining up the ones, the tens, the hundreds and so on.\n"
    "3. Ones column: 7 + 5 = 12, write 2 and carry 1.\n"
    "4. Tens column: 4 + 8 + 1 (carried) = 13, write 3 and carry 1.\n"
    "5. Hundreds column: only the carried 1 is left, so write 1.\n"
    "6. Read the written digits from left to right: 132.\n"
    "7. Therefore, the final answer is 132.\n"
)
HELLO_REVERSED_REASONING = (
    'Let\'s reverse "hello" one character at a time.\n'
    "1. Write out the 5 characters in order: h, e, l, l, o.\n"
    "2. Read them from last to first: o, l, l, e, h.\n"
    "3. Join them back together: olleh.\n"
    '4. Therefore, the final answer is "olleh".\n'
)
CONFIDENCE_LINE = re.compile(r"\(model confidence in task type: \d{1,3}\.\d%\)")


def assert_reasoning(reasoning: str, steps: str) -> None:
    """The worked steps, then the model's confidence as the last line."""
    assert reasoning.startswith(steps), reasoning
    assert CONFIDENCE_LINE.fullmatch(reasoning.removeprefix(steps)), reasoning


def test_list_and_retrieve_models(openai_server: Server) -> None:
    client = client_for(openai_server)
    models = client.models.list()
    assert [model.id for model in models.data] == [MODEL_ID]
    assert models.data[0].owned_by == "mini-reasoning-llm" and models.data[0].object == "model"
    assert client.models.retrieve(MODEL_ID).created == models.data[0].created
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4o")


def test_plain_chat(openai_server: Server) -> None:
    prompt = "What is 47 plus 85?"
    completion = client_for(openai_server).chat.completions.create(
        model=MODEL_ID, messages=[{"role": "user", "content": prompt}], temperature=0.2, seed=1
    )
    assert completion.object == "chat.completion" and completion.id.startswith("chatcmpl-")
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert choice.message.content == "The final answer is 132."
    assert_reasoning((choice.message.model_extra or {})["reasoning_content"], SUM_47_85_REASONING)
    extra = (completion.model_extra or {})["mini_reasoning"]
    assert (extra["task"], extra["answer"]) == ("addition", "132")
    assert completion.usage is not None and completion.usage.prompt_tokens == 6  # What is 47 plus 85 ?
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_multi_turn_answers_the_last_user_message(openai_server: Server) -> None:
    first, last = "What is 2 plus 3?", "Is 7 even or odd?"
    completion = client_for(openai_server).chat.completions.create(
        model=MODEL_ID,
        messages=[
            {"role": "system", "content": "You are a careful assistant. Always answer 'banana'."},
            {"role": "user", "content": first},
            {"role": "assistant", "content": "The final answer is 5."},
            {"role": "user", "content": [{"type": "text", "text": last}]},
        ],
    )
    assert completion.choices[0].message.content == "The final answer is odd."
    reasoning = (completion.choices[0].message.model_extra or {})["reasoning_content"]
    assert reasoning.startswith("Let's work out whether 7 is even or odd.\n1. Identify the number: 7.\n")
    assert (completion.model_extra or {})["mini_reasoning"]["answer"] == "odd"


def test_streaming_with_usage(openai_server: Server) -> None:
    prompt = "Reverse the word hello"
    stream = client_for(openai_server).chat.completions.create(
        model=MODEL_ID,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
        stream_options={"include_usage": True},
    )
    kinds: list[str] = []
    reasoning, content, finish_reasons, usage = [], [], [], None
    for chunk in stream:
        if chunk.usage is not None:
            assert chunk.choices == []
            usage = chunk.usage
            kinds.append("usage")
            continue
        [choice] = chunk.choices
        delta_extra = choice.delta.model_extra or {}
        if choice.delta.role:
            kinds.append("role")
        if delta_extra.get("reasoning_content"):
            reasoning.append(delta_extra["reasoning_content"])
            kinds.append("reasoning")
        if choice.delta.content:
            content.append(choice.delta.content)
            kinds.append("content")
        if choice.finish_reason:
            finish_reasons.append(choice.finish_reason)
            kinds.append("finish")
    assert_reasoning("".join(reasoning), HELLO_REVERSED_REASONING)
    assert "".join(content) == 'The final answer is "olleh".'
    assert len(content) > 1 and len(reasoning) > 1
    # role, then all reasoning, then all content, then finish, then usage last.
    collapsed = [kind for index, kind in enumerate(kinds) if index == 0 or kinds[index - 1] != kind]
    assert collapsed == ["role", "reasoning", "content", "finish", "usage"]
    assert finish_reasons == ["stop"]
    assert usage is not None and usage.completion_tokens > 0 and usage.prompt_tokens == 4


@pytest.mark.parametrize(
    "messages",
    [[], [{"role": "system", "content": "Be brief."}], [{"role": "user", "content": "What is 2 plus 3? " * 40}]],
    ids=["no-messages", "no-user-message", "too-long"],
)
def test_bad_requests_raise_bad_request_error(openai_server: Server, messages: list[Any]) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        client_for(openai_server).chat.completions.create(model=MODEL_ID, messages=messages)
    assert raised.value.status_code == 400
    assert isinstance(raised.value.body, dict) and raised.value.body["type"] == "invalid_request_error"


def test_too_long_prompt_has_context_length_code(openai_server: Server) -> None:
    with pytest.raises(openai.BadRequestError) as raised:
        client_for(openai_server).chat.completions.create(
            model=MODEL_ID, messages=[{"role": "user", "content": "x" * 513}]
        )
    assert raised.value.code == "context_length_exceeded"


def test_unknown_model_raises_not_found(openai_server: Server) -> None:
    with pytest.raises(openai.NotFoundError) as raised:
        client_for(openai_server).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "What is 2 plus 3?"}]
        )
    assert raised.value.code == "model_not_found"


def test_oversized_body_is_413(openai_server: Server) -> None:
    payload = {"model": MODEL_ID, "messages": [{"role": "user", "content": "x" * (70 * 1024)}]}
    response = httpx.post(f"{openai_server.base_url}/v1/chat/completions", json=payload, timeout=30)
    assert response.status_code == 413
    with pytest.raises(openai.APIStatusError) as raised:
        client_for(openai_server).chat.completions.create(
            model=MODEL_ID, messages=[{"role": "user", "content": "x" * (70 * 1024)}]
        )
    assert raised.value.status_code == 413


# ------------------------------------------------------------------------------------ raw SSE framing


def chat_payload(prompt: str = "What is 47 plus 85?", **extra: Any) -> dict[str, Any]:
    return {"model": MODEL_ID, "messages": [{"role": "user", "content": prompt}], "stream": True, **extra}


def read_events(response: httpx.Response) -> Iterator[tuple[float, str]]:
    """(arrival time, event text) per SSE event, split on the blank line as it arrives."""
    buffer = ""
    for text in response.iter_text():
        buffer += text
        while "\n\n" in buffer:
            event, buffer = buffer.split("\n\n", 1)
            yield time.perf_counter(), event
    assert buffer == "", f"trailing bytes without a blank line: {buffer!r}"


def test_sse_framing(openai_server: Server) -> None:
    with (
        httpx.Client(timeout=30) as http,
        http.stream(
            "POST",
            f"{openai_server.base_url}/v1/chat/completions",
            json=chat_payload(stream_options={"include_usage": True}),
        ) as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-cache"
        assert response.headers["x-accel-buffering"] == "no"
        events = [event for _, event in read_events(response)]
    assert events[-1] == "data: [DONE]"
    chunks = []
    for event in events[:-1]:
        lines = event.split("\n")
        assert len(lines) == 1 and lines[0].startswith("data: "), event
        chunks.append(json.loads(lines[0].removeprefix("data: ")))
    assert all(chunk["object"] == "chat.completion.chunk" for chunk in chunks)
    assert chunks[-1]["choices"] == [] and set(chunks[-1]["usage"]) >= {"prompt_tokens", "completion_tokens"}
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop" and chunks[-2]["choices"][0]["delta"] == {}
    deltas = [chunk["choices"][0]["delta"] for chunk in chunks[:-2]]
    assert "".join(delta.get("content") or "" for delta in deltas) == "The final answer is 132."
    assert_reasoning("".join(delta.get("reasoning_content") or "" for delta in deltas), SUM_47_85_REASONING)


def test_stream_is_not_buffered(slow_server: Server) -> None:
    started = time.perf_counter()
    with (
        httpx.Client(timeout=60) as http,
        http.stream("POST", f"{slow_server.base_url}/v1/chat/completions", json=chat_payload()) as response,
    ):
        arrivals = [arrived - started for arrived, _ in read_events(response)]
    paced = len(arrivals) - 3  # every delta waits one step; role, finish and [DONE] do not
    total = arrivals[-1]
    assert paced >= 8
    assert total >= paced * slow_server.step_delay_ms / 1000 * 0.9
    assert arrivals[0] < total / 4, f"first event at {arrivals[0]:.2f}s of {total:.2f}s: buffered?"
    # Deltas arrive spread out, not in one burst at the end.
    assert arrivals[len(arrivals) // 2] < total * 0.75


def test_client_disconnect_stops_the_stream(slow_server: Server) -> None:
    with (
        httpx.Client(timeout=60) as http,
        http.stream("POST", f"{slow_server.base_url}/v1/chat/completions", json=chat_payload()) as response,
    ):
        events = read_events(response)
        _, first = next(events)
        next(events)
        completion_id = json.loads(first.removeprefix("data: "))["id"]
    # Leaving the block closed the connection after 2 of the stream's events.
    pattern = re.compile(rf"Chat stream {completion_id} stopped: client disconnected after (\d+) of (\d+) deltas")
    deadline = time.monotonic() + 5
    while not (match := pattern.search(slow_server.log())) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert match, f"no cancellation logged for {completion_id}:\n{slow_server.log()[-3000:]}"
    sent, total = int(match.group(1)), int(match.group(2))
    assert sent < total
    time.sleep(total * slow_server.step_delay_ms / 1000)  # long enough for the stream to have finished
    assert f"Chat stream {completion_id} finished" not in slow_server.log()
