"""The HTTP layer's own promises: answers counted whichever API gave them, the conclusion as a field, the
stream's wire format, the one middleware's edge replies, and the access log's cheap path."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.logging_setup import AccessRecord, JsonFormatter, LoopBatchedStreamHandler, TextFormatter
from app.middleware import EdgeMiddleware, new_request_id
from app.openai_schemas import MODEL_ID
from app.schemas import MAX_PROMPT_CHARS, prompt_problem

CHAT = "/v1/chat/completions"


def sample(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        match = re.fullmatch(r"(\w+)(?:\{(.*)\})? (\S+)", line)
        if match and match[1] == name and all(f'{k}="{v}"' in (match[2] or "") for k, v in labels.items()):
            return float(match[3])
    return 0.0


def chat(client: TestClient, prompt: str, **extra: Any) -> Any:
    payload = {"model": MODEL_ID, "messages": [{"role": "user", "content": prompt}], **extra}
    return client.post(CHAT, json=payload)


# ---- answers are counted in one place -----------------------------------------------------------------
def test_v1_answers_reach_the_answer_and_refusal_counters(client: TestClient) -> None:
    before = client.get("/metrics").text
    solved = chat(client, "What is 2 plus 3?").json()["mini_reasoning"]["task"]
    refused = chat(client, "Write me a poem about the sea").json()["mini_reasoning"]["task"]
    with client.stream(
        "POST", CHAT, json={"model": MODEL_ID, "messages": [{"role": "user", "content": "Is 7 odd?"}], "stream": True}
    ) as response:
        streamed = json.loads(response.read().decode().split("\n\n")[-3].removeprefix("data: "))
    streamed_task = streamed["mini_reasoning"]["task"]
    after = client.get("/metrics").text

    def delta(name: str, **labels: str) -> float:
        return sample(after, name, **labels) - sample(before, name, **labels)

    assert (solved, refused, streamed_task) == ("addition", "unsupported", "parity")
    for task, count in {"addition": 1, "parity": 1, "reversal": 0, "subtraction": 0, "unsupported": 1}.items():
        assert delta("mini_reasoning_answers_total", task=task) == count, task
    assert delta("mini_reasoning_refusals_total") == 1


def test_an_invalid_v1_request_is_not_counted(client: TestClient) -> None:
    before = client.get("/metrics").text
    assert chat(client, " ").status_code == 400
    after = client.get("/metrics").text
    total = "mini_reasoning_answers_total"
    assert sum(sample(after, total, task=t) - sample(before, total, task=t) for t in ("addition", "unsupported")) == 0


# ---- the conclusion is a field ------------------------------------------------------------------------
def test_a_solved_answer_carries_its_conclusion_and_v1_sends_it_verbatim(client: TestClient) -> None:
    service = client.app.state.service  # type: ignore[attr-defined]
    solved = service.complete("What is 47 plus 85?")
    assert solved.answer == "132"
    assert solved.conclusion == "The final answer is 132."
    assert chat(client, "What is 47 plus 85?").json()["choices"][0]["message"]["content"] == solved.conclusion
    for prompt in ("Write me a poem about the sea", "What is 2 plus?"):
        assert service.complete(prompt).conclusion is None


# ---- the stream's wire format -------------------------------------------------------------------------
def test_the_stream_is_the_same_bytes_as_before(client: TestClient) -> None:
    """meta, one step per step, done; JSON with non-ASCII text as is, as the hand-written stream sent it."""
    prompt = "reverse the word café"
    reply = client.post("/api/complete", json={"prompt": prompt}).json()
    response = client.post("/api/complete/stream", json={"prompt": prompt})
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert (response.headers["cache-control"], response.headers["x-accel-buffering"]) == ("no-cache", "no")

    def event(name: str, data: dict[str, Any]) -> str:
        return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"

    meta = {"task": reply["task"], "confidence": reply["confidence"], "headline": prompt_head(reply)}
    meta |= {key: reply[key] for key in ("probabilities", "model", "evidence")}  # issue 18: why this task
    # issue 16: the plan without each item's steps; each step names its plan item (the last sentence none)
    meta["plan"] = [{key: item[key] for key in ("task", "title", "input", "answer")} for item in reply["plan"]]
    expected = event("meta", meta)
    for index, step in enumerate(reply["steps"], start=1):
        part = None if index == len(reply["steps"]) else 1
        expected += event("step", {"index": index, "text": step, "part": part})
    expected += event("done", reply)
    assert response.text == expected
    assert "é" in response.text


def prompt_head(reply: dict[str, Any]) -> str:
    return str(reply["completion"]).splitlines()[0]


def test_bad_input_to_the_stream_is_a_plain_422_before_any_event(client: TestClient) -> None:
    response = client.post("/api/complete/stream", json={"prompt": 5})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"] == "prompt: must be a JSON string"


# ---- one prompt rule for both APIs --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "problem", "code"),
    [
        (" \t\ufeff", "blank", "empty_prompt"),
        ("x" * (MAX_PROMPT_CHARS + 1), "too_long", "context_length_exceeded"),
        ("abc \ud800", "invalid_unicode", "invalid_prompt"),
        ("a\x00b", "nul", "invalid_prompt"),
    ],
)
def test_both_apis_refuse_the_same_prompts(client: TestClient, text: str, problem: str, code: str) -> None:
    assert prompt_problem(text) == problem
    body = json.dumps({"prompt": text}).encode()
    assert client.post("/api/complete", content=body, headers={"content-type": "application/json"}).status_code == 422
    payload = {"model": MODEL_ID, "messages": [{"role": "user", "content": text}]}
    response = client.post(CHAT, content=json.dumps(payload).encode(), headers={"content-type": "application/json"})
    assert (response.status_code, response.json()["error"]["code"]) == (400, code)
    assert prompt_problem("What is 2 plus 3?") is None


# ---- the one middleware -------------------------------------------------------------------------------
def test_responses_vary_on_origin_as_cors_middleware_made_them(client: TestClient) -> None:
    assert client.get("/health").headers["vary"] == "Origin"
    granted = client.get("/health", headers={"Origin": "https://app.example.test"})
    assert granted.headers["vary"] == "Origin"
    assert granted.headers["access-control-allow-origin"] == "https://app.example.test"


def run_edge(
    headers: list[tuple[bytes, bytes]], path: str = "/api/complete", chunks: tuple[bytes, ...] = (b"",)
) -> tuple[int, dict[bytes, bytes], bytes, int]:
    """One request through EdgeMiddleware around an app that reads the whole body; returns the status,
    headers and body sent, and how many body bytes the app got."""
    read = 0

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        nonlocal read
        more = True
        while more:
            message = await receive()
            read += len(message.get("body", b""))
            more = message.get("more_body", False)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    pending = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return pending.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": path, "headers": headers}
    asyncio.run(EdgeMiddleware(inner, max_body_bytes=1024)(scope, receive, send))
    start, body = sent[0], b"".join(m.get("body", b"") for m in sent[1:])
    return start["status"], dict(start["headers"]), body, read


def test_an_announced_body_over_the_limit_is_refused_unread_in_each_apis_shape() -> None:
    status, headers, body, read = run_edge([(b"content-length", b"2048")])
    assert (status, read, headers[b"connection"]) == (413, 0, b"close")
    assert json.loads(body) == {"detail": "Request body is too large; the limit is 1024 bytes."}
    status, _, body, _ = run_edge([(b"content-length", b"2048")], path="/v1/chat/completions")
    assert json.loads(body)["error"] == {
        "message": "Request body is too large; the limit is 1024 bytes.",
        "type": "invalid_request_error",
        "param": None,
        "code": "request_too_large",
    }


def test_a_chunked_body_over_the_limit_stops_at_the_limit() -> None:
    """Raised inside the read (a FastAPI route answers it in its API's shape); answered here if it escapes."""
    status, _, body, read = run_edge([(b"transfer-encoding", b"chunked")], chunks=(b"x" * 1000, b"x" * 1000, b""))
    assert (status, read) == (413, 1000)
    assert json.loads(body) == {"detail": "Request body is too large; the limit is 1024 bytes."}
    assert run_edge([(b"transfer-encoding", b"chunked")], chunks=(b"x" * 1000, b""))[0] == 200


def test_an_invalid_content_length_is_400_and_big_headers_431() -> None:
    status, headers, body, _ = run_edge([(b"content-length", b"ten")])
    assert (status, json.loads(body)) == (400, {"detail": "Invalid Content-Length header."})
    assert headers[b"x-content-type-options"] == b"nosniff" and len(headers[b"x-request-id"]) == 32
    status, _, body, _ = run_edge([(b"x-big", b"a" * 17_000), (b"content-length", b"ten")])
    assert (status, json.loads(body)) == (431, {"detail": "Request headers are too large; the limit is 16 KiB."})


def test_a_sane_request_id_is_kept_and_only_the_first_one_counts() -> None:
    _, headers, _, _ = run_edge([(b"x-request-id", b"trace-1.a_B"), (b"x-request-id", b"second")])
    assert headers[b"x-request-id"] == b"trace-1.a_B"
    _, headers, _, _ = run_edge([(b"x-request-id", b"<bad>"), (b"x-request-id", b"second")])
    assert re.fullmatch(rb"[0-9a-f]{32}", headers[b"x-request-id"])


# ---- the access log's cheap path ----------------------------------------------------------------------
def general_record(record: AccessRecord) -> logging.LogRecord:
    """The same line made the usual way (Logger.info with the fields as an extra)."""
    made = logging.getLogger("app.access").makeRecord(
        "app.access",
        logging.INFO,
        "x.py",
        1,
        "%s %s %s %.2fms",
        (record.method, record.route, record.status, record.duration_ms),
        None,
        extra={"fields": dict(record.fields)},
    )
    made.created, made.msecs, made.request_id = record.created, record.msecs, "req-1"  # type: ignore[attr-defined]
    return made


@pytest.mark.parametrize(("route", "duration"), [("/health", 0.12), ("/{full_path:path}", 12.0), ('/we"ird', 1e-05)])
def test_the_access_record_formats_as_the_general_path_does(route: str, duration: float) -> None:
    record = AccessRecord("GET", route, 200, duration)
    record.request_id = "req-1"  # type: ignore[attr-defined]  # what RequestIdFilter adds
    usual = general_record(record)
    fast_json, usual_json = JsonFormatter().format(record), JsonFormatter().format(usual)
    assert json.loads(fast_json) == json.loads(usual_json)
    assert fast_json == usual_json
    assert TextFormatter().format(record) == TextFormatter().format(usual)
    # Any other formatter reads the standard attributes from the record's __dict__.
    plain = logging.Formatter("%(name)s %(levelname)s %(process)d %(module)s %(lineno)d %(message)s")
    assert plain.format(record).startswith("app.access INFO ")


def test_request_ids_are_random_hex_and_do_not_repeat() -> None:
    ids = [new_request_id() for _ in range(3000)]  # several 4 KiB pools
    assert all(re.fullmatch(r"[0-9a-f]{32}", request_id) for request_id in ids)
    assert len(set(ids)) == len(ids)


class CountingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_log_lines_of_one_loop_iteration_are_written_once_at_its_end() -> None:
    stream = CountingStream()
    handler = LoopBatchedStreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("test.batched")
    logger.propagate, logger.handlers[:] = False, [handler]
    logger.setLevel(logging.INFO)

    async def serve() -> list[str]:
        seen = []
        for index in range(3):
            logger.info("line %d", index)
        seen.append(stream.getvalue())  # nothing written yet: same iteration
        await asyncio.sleep(0)  # the loop runs the scheduled flush
        seen.append(stream.getvalue())
        logger.info("after")
        logger.error("boom")  # an error goes out at once, with what is pending before it
        seen.append(stream.getvalue())
        return seen

    during, after_iteration, after_error = asyncio.run(serve())
    assert during == ""
    assert after_iteration == "INFO line 0\nINFO line 1\nINFO line 2\n"
    assert after_error == after_iteration + "INFO after\nERROR boom\n"
    assert stream.writes == 2
    logger.info("outside any loop")  # at once
    assert stream.getvalue().endswith("INFO outside any loop\n")
