"""issue 18 on the wire: every /api/complete reply and the stream's meta event carry the posterior over the
labels, whether the model was asked, and what each parser found; the OpenAPI schema documents them."""

from __future__ import annotations

import json
import math
from typing import Any

from fastapi.testclient import TestClient

from app.skills import SKILLS, TASK_LABELS


def complete(client: TestClient, prompt: str) -> dict[str, Any]:
    response = client.post("/api/complete", json={"prompt": prompt})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_a_solved_reply_carries_the_posterior_and_the_parsers_findings(client: TestClient) -> None:
    body = complete(client, "What is 2 plus 3?")
    probabilities = body["probabilities"]
    assert list(probabilities) == list(TASK_LABELS)
    sums_to_one(probabilities)
    assert body["confidence"] == probabilities[body["task"]] == max(probabilities.values())
    assert body["model"] == "asked"
    assert list(body["evidence"]) == [*SKILLS, "chain"]  # the skills, then the chain recogniser
    assert body["evidence"]["addition"] == {"outcome": "parsed", "operands": ["2", "3"], "reason": None}
    assert body["evidence"]["parity"]["outcome"] == "rejected"
    assert body["evidence"]["parity"]["operands"] == []


def sums_to_one(probabilities: dict[str, float]) -> float:
    total = math.fsum(probabilities.values())
    assert abs(total - 1.0) < 1e-9, total
    return total


def test_a_refusal_the_model_could_have_changed_says_it_was_asked(client: TestClient) -> None:
    # Reversal's rules find no cue of a reversal in it and have nothing else to say, so the model (which may
    # answer wordings the rules do not know) is asked; it refuses, and the reason is the other skills'.
    body = complete(client, "What is 7 times 8?")
    assert (body["task"], body["answer"], body["model"]) == ("unsupported", None, "asked")
    assert body["probabilities"]["unsupported"] == body["confidence"] > 0.9
    assert {name: found["outcome"] for name, found in body["evidence"].items()} == {
        "addition": "rejected",
        "parity": "rejected",
        "reversal": "unrecognised",
        "subtraction": "rejected",
        "chain": "rejected",
    }
    assert body["evidence"]["addition"]["reason"] == "this asks for a multiplication"


def test_a_missing_operand_is_evidence_too(client: TestClient) -> None:
    body = complete(client, "What is 2 plus?")
    assert body["evidence"]["addition"] == {"outcome": "missing", "operands": [], "reason": None}
    assert body["model"] == "asked" and body["probabilities"] is not None


def test_the_streams_meta_event_carries_the_same(client: TestClient) -> None:
    for prompt in ("Reverse the word hello", "What is 7 times 8?"):
        reply = complete(client, prompt)
        stream = client.post("/api/complete/stream", json={"prompt": prompt}).text
        first = stream.split("\n\n")[0].splitlines()
        assert first[0] == "event: meta"
        meta = json.loads(first[1].removeprefix("data: "))
        assert {key: meta[key] for key in ("probabilities", "model", "evidence")} == {
            key: reply[key] for key in ("probabilities", "model", "evidence")
        }
    assert reply["evidence"]["reversal"]["operands"] == []  # the last one: "7 times 8" reverses nothing


def test_the_schema_documents_the_new_fields(client: TestClient) -> None:
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    reply = schemas["CompletionResponse"]
    assert {"probabilities", "model", "evidence"} <= set(reply["required"])
    assert reply["properties"]["model"]["enum"] == ["asked", "not asked"]
    evidence = schemas["ParserEvidence"]["properties"]
    assert evidence["outcome"]["enum"] == ["parsed", "missing", "unrecognised", "rejected"]
