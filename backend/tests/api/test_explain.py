"""POST /api/explain: occlusion attributions over the prompt's grapheme clusters (issue 18)."""

from __future__ import annotations

import json
import random
import statistics
import time
from typing import Any

import pytest
import regex
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ml.attribution import occlusion
from app.ml.loader import LoadedModel
from app.schemas import MAX_PROMPT_CHARS
from bench.prompts import prompt_of_length

GRAPHEME = regex.compile(r"\X")


def explain(client: TestClient, prompt: str) -> dict[str, Any]:
    response = client.post("/api/explain", json={"prompt": prompt})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def weight_of(body: dict[str, Any], word: str) -> float:
    """The summed weight of the characters of `word` (its first occurrence)."""
    texts = [token["text"] for token in body["tokens"]]
    start = "".join(texts).index(word)  # ASCII here: one character is one token
    return sum(token["weight"] for token in body["tokens"][start : start + len(word)])


def test_the_characters_of_plus_outweigh_those_of_what(client: TestClient) -> None:
    body = explain(client, "What is 2 plus 3?")
    assert (body["label"], body["method"]) == ("addition", "occlusion")
    assert weight_of(body, "plus") > weight_of(body, "What")
    assert max(abs(token["weight"]) for token in body["tokens"]) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("prompt", "label", "cue", "filler"),
    [("Reverse the word hello", "reversal", "Reverse", "the"), ("Is 7 an even number?", "parity", "even", "an")],
)
def test_the_cue_word_outweighs_a_filler(client: TestClient, prompt: str, label: str, cue: str, filler: str) -> None:
    """One cue per prompt: occlusion deletes a few characters at a time, so of two cues that say the same ("even or
    odd") deleting either leaves the other, and neither need outweigh the "or" between them (as measured at three
    training seeds)."""
    body = explain(client, prompt)
    assert body["label"] == label
    assert weight_of(body, cue) / len(cue) > weight_of(body, filler) / len(filler)


def test_the_label_is_the_classifiers_first_choice(client: TestClient, trained: LoadedModel) -> None:
    for prompt, label in (
        ("What is 7 times 8?", "unsupported"),
        ("Tell me a joke", "unsupported"),
        ("is 12 odd", "parity"),
    ):
        body = explain(client, prompt)
        assert body["label"] == label
        assert trained.classifier.predict(prompt).label == label


def test_emoji_and_accents_are_one_token_each(client: TestClient) -> None:
    prompt = "reverse 👍🏽 and cafe\u0301 👨‍👩‍👧"
    body = explain(client, prompt)
    texts = [token["text"] for token in body["tokens"]]
    assert "".join(texts) == prompt
    assert "👍🏽" in texts and "e\u0301" in texts and "👨‍👩‍👧" in texts
    assert all(-1.0 <= token["weight"] <= 1.0 for token in body["tokens"])


_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_characters="\x00"),
        st.sampled_from(["\u0301", "\u0308", "\u200d", "\ufe0f", "👍", "🏽", "👨", "🇫", "🇷", "e", " ", "2", "p"]),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(prompt=_ANY_TEXT)
def test_the_texts_joined_give_back_the_prompt_exactly(trained: LoadedModel, prompt: str) -> None:
    attribution = occlusion(trained.classifier, prompt)
    assert "".join(attribution.texts) == prompt
    assert all(GRAPHEME.fullmatch(text) for text in attribution.texts)  # each one grapheme cluster
    assert len(attribution.weights) == len(attribution.texts)
    assert all(-1.0 <= weight <= 1.0 for weight in attribution.weights)
    largest = max(abs(weight) for weight in attribution.weights)
    assert largest == pytest.approx(1.0) or largest == 0.0
    assert attribution.label == trained.classifier.predict(prompt).label


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ({"prompt": "   "}, "application/json"),
        ({"prompt": "x" * (MAX_PROMPT_CHARS + 1)}, "application/json"),
        ({"prompt": 5}, "application/json"),
        ({"prompt": "a\x00b"}, "application/json"),
        ({}, "application/json"),
        ({"prompt": "hi", "extra": 1}, "text/plain"),
        (None, "application/json"),
    ],
)
def test_bad_input_gets_the_same_error_as_complete(client: TestClient, body: object, content_type: str) -> None:

    raw = b"{not json" if body is None else json.dumps(body).encode()
    headers = {"Content-Type": content_type}
    explained = client.post("/api/explain", content=raw, headers=headers)
    completed = client.post("/api/complete", content=raw, headers=headers)
    assert (explained.status_code, completed.status_code) == (422, 422)
    assert explained.json() == completed.json()
    assert explained.json()["detail"]  # a message saying what to fix


def test_an_oversized_body_is_a_413_like_complete(client: TestClient) -> None:
    raw = b'{"prompt": "' + b"x" * 70_000 + b'"}'
    explained = client.post("/api/explain", content=raw, headers={"Content-Type": "application/json"})
    completed = client.post("/api/complete", content=raw, headers={"Content-Type": "application/json"})
    assert explained.status_code == completed.status_code == 413
    assert explained.json() == completed.json()


def test_the_schema_documents_the_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    operation = schema["paths"]["/api/explain"]["post"]
    assert operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/ExplainRequest")
    assert {"200", "422", "413"} <= set(operation["responses"])
    reply = schema["components"]["schemas"]["ExplainResponse"]
    assert reply["properties"]["method"]["const"] == "occlusion"


def test_a_100_character_prompt_is_explained_in_milliseconds(trained: LoadedModel) -> None:
    """The budget is 20 ms on the 2-core machine; asserted loosely (a shared machine), printed with -s."""
    rng = random.Random(100)
    prompts = [prompt_of_length(rng, 100) for _ in range(15)]
    assert all(len(prompt) == 100 for prompt in prompts)
    occlusion(trained.classifier, prompts[0])  # warm
    walls, cpus = [], []
    for prompt in prompts:
        wall, cpu = time.perf_counter(), time.process_time()
        occlusion(trained.classifier, prompt)
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    wall_ms, cpu_ms = statistics.median(walls), statistics.median(cpus)
    print(f"/api/explain, 100 characters: wall median {wall_ms:.2f} ms, CPU {cpu_ms:.2f} ms")
    assert wall_ms < 60
