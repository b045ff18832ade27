"""POST /api/complete end to end, through the real app and the real trained model."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

SEED_SHAPE = re.compile(
    r"Let's solve this addition carefully\.\n"
    r"1\. Identify the numbers: 2 and 3\.\n"
    r"2\. Add them together: 2 \+ 3 = 5\.\n"
    r"3\. Therefore, the final answer is 5\.\n"
    r"\(model confidence in task type: (\d{1,3}\.\d)%\)"
)
FIELDS = {"completion", "task", "answer", "confidence", "steps"}


def complete(client: TestClient, prompt: str) -> dict[str, object]:
    response = client.post("/api/complete", json={"prompt": prompt})
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    assert body.keys() >= FIELDS
    return body


def test_seed_example_has_the_exact_shape_and_the_real_percentage(client: TestClient) -> None:
    body = complete(client, "Can you explain 2 plus 3 step by step?")
    match = SEED_SHAPE.fullmatch(str(body["completion"]))
    assert match, body["completion"]
    assert body["task"] == "addition"
    assert body["answer"] == "5"
    assert body["steps"] == [
        "Identify the numbers: 2 and 3.",
        "Add them together: 2 + 3 = 5.",
        "Therefore, the final answer is 5.",
    ]
    assert isinstance(body["confidence"], float)
    assert float(match.group(1)) == round(body["confidence"] * 100, 1)
    assert 0.5 < body["confidence"] <= 1.0


@pytest.mark.parametrize(
    ("prompt", "task", "answer"),
    [
        ("What is 47 plus 85?", "addition", "132"),
        ("add 1000 to -1", "addition", "999"),
        ("what is the sum of twenty-one and 4", "addition", "25"),
        ("Is 7 even or odd?", "parity", "odd"),
        ("is -12 odd?", "parity", "even"),
        ("Reverse the word hello", "reversal", "olleh"),
        ('Please reverse "good morning"', "reversal", "gninrom doog"),
    ],
)
def test_each_skill_answers_with_steps(client: TestClient, prompt: str, task: str, answer: str) -> None:
    body = complete(client, prompt)
    assert (body["task"], body["answer"]) == (task, answer)
    steps = body["steps"]
    assert isinstance(steps, list) and len(steps) >= 2
    assert all(isinstance(step, str) and step for step in steps)
    completion = str(body["completion"])
    for number, step in enumerate(steps, start=1):
        assert f"{number}. {step}" in completion
    assert completion.endswith(f"(model confidence in task type: {body['confidence'] * 100:.1f}%)")  # type: ignore[operator]


@pytest.mark.parametrize("prompt", ["What is 7 times 8?", "Tell me a joke", "is 7 prime?", "uppercase the word hello"])
def test_out_of_scope_prompts_are_refused_politely(client: TestClient, prompt: str) -> None:
    body = complete(client, prompt)
    assert body["task"] == "unsupported"
    assert body["answer"] is None
    assert body["steps"] == []
    text = str(body["completion"])
    assert "sorry" in text.lower()
    assert "even or odd" in text.lower() and "reverse" in text.lower()  # says what it can do
    assert "model confidence in task type" in text


@pytest.mark.parametrize(("prompt", "task"), [("What is 2 plus?", "addition"), ("reverse the word", "reversal")])
def test_a_missing_operand_is_asked_for_never_invented(client: TestClient, prompt: str, task: str) -> None:
    body = complete(client, prompt)
    assert body["task"] == task
    assert body["answer"] is None
    assert body["steps"] == []
    assert "?" in str(body["completion"]) or "please" in str(body["completion"]).lower()


def test_the_same_prompt_gets_the_same_reply(client: TestClient) -> None:
    assert complete(client, "what is 12 plus 30") == complete(client, "what is 12 plus 30")
