"""The registry, the refusal message, and guarantees every skill keeps (never raises, fast, pure)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.skills import SKILLS, TASK_LABELS, UNSUPPORTED, refusal_message
from app.skills.addition import ADDITION
from app.skills.base import Explanation, Missing, Parsed, Rejected
from app.skills.parity import PARITY
from app.skills.reversal import REVERSAL

BACKEND = Path(__file__).resolve().parents[2]


def test_registry_order_and_labels() -> None:
    assert list(SKILLS) == ["addition", "parity", "reversal"]
    assert SKILLS["addition"] is ADDITION
    assert SKILLS["parity"] is PARITY
    assert SKILLS["reversal"] is REVERSAL
    assert UNSUPPORTED == "unsupported"
    assert TASK_LABELS == ("addition", "parity", "reversal", "unsupported")


@pytest.mark.parametrize("name", list(SKILLS))
def test_each_skill_answers_its_own_example(name: str) -> None:
    skill = SKILLS[name]
    assert skill.name == name
    result = skill.parse(skill.example_prompt)
    assert isinstance(result, Parsed)
    answer = skill.solve(result.operands)
    explanation = skill.explain(result.operands, answer)
    assert isinstance(explanation, Explanation)
    assert explanation.steps[-1].startswith("Therefore, the final answer is ")
    assert answer in explanation.steps[-1]


@pytest.mark.parametrize(
    ("prompt", "owner"),
    [("What is 2 plus 3?", "addition"), ("Is 7 even or odd?", "parity"), ("Reverse the word hello", "reversal")],
)
def test_skills_refuse_each_others_prompts(prompt: str, owner: str) -> None:
    for name, skill in SKILLS.items():
        result = skill.parse(prompt)
        assert isinstance(result, Parsed) == (name == owner), (name, prompt, result)


def test_refusal_message_says_what_the_app_can_do() -> None:
    message = refusal_message()
    assert message.startswith("Sorry")
    for capability in ("add whole numbers", "even or odd", "reverse a word"):
        assert capability in message
    assert '"What is 2 plus 3?"' in message


def test_refusal_message_includes_the_reason_and_says_i_can_once() -> None:
    message = refusal_message("I can only add whole numbers, and this asks for a multiplication.")
    assert message.startswith("Sorry, I can't help with that: this asks for a multiplication. I can add")
    assert message.count("I can ") == 1
    assert "this asks for a multiplication." in refusal_message(
        "I can only add whole numbers, and this asks for a multiplication"
    )
    assert "Another reason." in refusal_message("Another reason")
    assert refusal_message("   ") == refusal_message(None)


def test_skills_import_neither_torch_nor_fastapi() -> None:
    code = "import sys, app.skills; sys.exit(int(any(m in sys.modules for m in ('torch', 'fastapi'))))"
    assert subprocess.run([sys.executable, "-c", code], cwd=BACKEND, check=False).returncode == 0


_HOSTILE = st.sampled_from(
    [
        "\x00",
        "\ud800",
        "\udfff",
        "\u202e",
        "\u2066",
        "\u200d",
        "\u0301",
        "😀",
        "👨‍👩‍👧",
        "﷽",
        "²",
        "½",
        "٣",
        "'",
        '"',
        "«",
        "-",
        "+",
    ]
)


@pytest.mark.parametrize("name", list(SKILLS))
@given(text=st.text(max_size=600))
def test_parse_never_raises_on_any_text(name: str, text: str) -> None:
    assert isinstance(SKILLS[name].parse(text), Parsed | Missing | Rejected)


@pytest.mark.parametrize("name", list(SKILLS))
@given(
    text=st.lists(
        st.one_of(_HOSTILE, st.characters(exclude_categories=()), st.sampled_from(["plus", "even", "reverse", "1"])),
        max_size=300,
    ).map("".join)
)
def test_parse_never_raises_on_hostile_text(name: str, text: str) -> None:
    assert isinstance(SKILLS[name].parse(text), Parsed | Missing | Rejected)


_WORST_CASES = [
    "😀" * 512,
    "a\u0301" * 256,
    "\u0301" * 512,
    "\u202e" * 512,
    "\x00" * 512,
    "+" * 512,
    "1" * 512,
    "1 + " * 128,
    "one " * 128,
    "a hundred and " * 36,
    "'a " * 170,
    '"' * 512,
    "(" * 512,
    "1.2." * 128,
    "is it " * 85,
    "reverse " * 64,
    "﷽" * 512,
]


@pytest.mark.parametrize("name", list(SKILLS))
def test_parse_is_fast(name: str) -> None:
    skill = SKILLS[name]
    typical = "Could you please tell me what 1234 plus 5678 is, step by step?"
    skill.parse(typical)
    start = time.perf_counter()
    for _ in range(200):
        skill.parse(typical)
    # Target is < 200 µs; the bound leaves room for slow CI machines.
    assert (time.perf_counter() - start) / 200 < 0.002
    for prompt in _WORST_CASES:
        start = time.perf_counter()
        skill.parse(prompt)
        assert time.perf_counter() - start < 0.05, prompt[:20]
