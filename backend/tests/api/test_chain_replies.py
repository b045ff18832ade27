"""Chains through the APIs (issue 16): /api/complete's plan, the stream's parts, /v1 answering a chain."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.openai_schemas import MODEL_ID


def complete(client: TestClient, prompt: str) -> dict[str, Any]:
    response = client.post("/api/complete", json={"prompt": prompt})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    ("prompt", "answer", "tasks"),
    [
        ("is the sum of 17 and 26 odd?", "odd", ["addition", "parity"]),
        ("reverse the result of 12 plus 30", "24", ["addition", "reversal"]),
        ("add 5 to 7 and tell me if the result is even", "even", ["addition", "parity"]),
        ("reverse 27, then add 51 to it", "123", ["reversal", "addition"]),
        ("is 3284 backwards an even number?", "odd", ["reversal", "parity"]),
        ("subtract 66 from 109 and reverse the digits of the result", "34", ["subtraction", "reversal"]),
        ("add 3 and 4, subtract 2, then tell me if it's even", "odd", ["addition", "subtraction", "parity"]),
        ("10 + 5 - 3", "12", ["addition", "subtraction"]),
        ("what is 100 minus 20 plus 5", "85", ["subtraction", "addition"]),
        ("is 6 + 3 even?", "odd", ["addition", "parity"]),
    ],
)
def test_the_issues_examples_are_answered_as_chains(
    client: TestClient, prompt: str, answer: str, tasks: list[str]
) -> None:
    body = complete(client, prompt)
    assert (body["task"], body["answer"]) == ("chain", answer)
    assert [item["task"] for item in body["plan"]] == tasks
    assert body["plan"][-1]["answer"] == answer
    assert body["headline"] == f"Let's work this out in {len(tasks)} steps."
    assert body["steps"][0].startswith("Step 1: ")
    assert body["steps"][-1].startswith("Therefore, the final answer is ")
    assert body["confidence"] == body["probabilities"]["chain"] > 0.5
    assert body["evidence"]["chain"]["outcome"] == "parsed"
    assert body["completion"].splitlines()[0] == body["headline"]


def test_a_reversed_number_read_as_a_number_is_said(client: TestClient) -> None:
    body = complete(client, "reverse 120 and add 1 to it")
    assert [(item["task"], item["input"], item["answer"]) for item in body["plan"]] == [
        ("reversal", ["120"], "021"),
        ("addition", ["1", "21"], "22"),  # "add 1 to 21": the operands as written
    ]
    assert body["plan"][1]["steps"][0] == '"021" read as a number is 21.'


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("multiply the sum of 2 and 3 by 4", "this asks for a multiplication"),
        ("reverse the word cat and add 5 to it", '"tac" is not a number'),
        ("what is 2 plus 3 and is 7 odd?", "ask them one at a time"),
    ],
)
def test_refused_chains_say_why_and_have_no_plan(client: TestClient, prompt: str, why: str) -> None:
    body = complete(client, prompt)
    assert (body["task"], body["answer"], body["plan"], body["steps"]) == ("unsupported", None, [], [])
    assert why in body["headline"]


def test_single_tasks_have_a_one_step_plan(client: TestClient) -> None:
    body = complete(client, "What is 47 plus 85?")
    assert body["task"] == "addition"
    assert body["plan"] == [
        {
            "task": "addition",
            "title": "add 47 and 85",
            "input": ["47", "85"],
            "answer": "132",
            "steps": body["steps"][:-1],
        }
    ]
    assert complete(client, "What is 2 plus?")["plan"] == []


def _events(client: TestClient, prompt: str) -> list[tuple[str, dict[str, Any]]]:
    response = client.post("/api/complete/stream", json={"prompt": prompt})
    assert response.status_code == 200
    events = []
    for block in response.text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_the_stream_of_a_chain_carries_its_parts(client: TestClient) -> None:
    prompt = "add 5 to 7 and tell me if the result is even"
    body = complete(client, prompt)
    events = _events(client, prompt)
    (meta_name, meta), *steps, (done_name, done) = events
    assert (meta_name, done_name) == ("meta", "done") and done == body
    assert meta["plan"] == [{key: item[key] for key in ("task", "title", "input", "answer")} for item in body["plan"]]
    assert [data["text"] for _, data in steps] == body["steps"]
    parts = [data["part"] for _, data in steps]
    first, second = (len(item["steps"]) + 1 for item in body["plan"])
    assert parts == [1] * first + [2] * second + [None]
    assert steps[first][1]["text"] == "Step 2: decide whether 12 is even or odd"


def test_the_stream_of_a_single_task_is_part_one(client: TestClient) -> None:
    steps = [data for name, data in _events(client, "is 1234 odd?") if name == "step"]
    assert [data["part"] for data in steps] == [1] * (len(steps) - 1) + [None]


def test_v1_answers_a_chain(client: TestClient) -> None:
    payload = {"model": MODEL_ID, "messages": [{"role": "user", "content": "is the sum of 17 and 26 odd?"}]}
    response = client.post("/v1/chat/completions", json=payload)
    assert response.status_code == 200
    message = response.json()["choices"][0]["message"]
    assert message["content"] == "The final answer is odd."
    assert "Step 1: add 17 and 26" in message["reasoning_content"]
    assert "Step 2: decide whether 43 is even or odd" in message["reasoning_content"]


def test_v1_streams_a_chain(client: TestClient) -> None:
    payload = {
        "model": MODEL_ID,
        "messages": [{"role": "user", "content": "reverse 27, then add 51 to it"}],
        "stream": True,
    }
    with client.stream("POST", "/v1/chat/completions", json=payload) as response:
        text = response.read().decode()
    chunks = [json.loads(event[6:]) for event in text.split("\n\n") if event.startswith("data: {")]
    deltas = [chunk["choices"][0]["delta"] for chunk in chunks if chunk["choices"]]
    content = "".join(delta.get("content", "") for delta in deltas)
    reasoning = "".join(delta.get("reasoning_content", "") for delta in deltas)
    assert content == "The final answer is 123."
    assert "Step 2: add 72 and 51" in reasoning or "Step 2: add 51 and 72" in reasoning
