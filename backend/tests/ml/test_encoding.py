"""The text the model reads: normalisation and token ids, the same for training and serving."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.ml.encoding import (
    VOCABULARY,
    _aligned_any,
    _normalize_any,
    _truncated,
    encode,
    encode_bytes,
    normalize_aligned,
    normalize_for_model,
)


def test_normalisation_folds_digits_case_space_and_foreign_letters() -> None:
    assert normalize_for_model("What  is 12345 PLUS 7?") == "what is \x03 plus 7?"  # long numbers fold
    assert normalize_for_model("is 98 divisible by 2") != normalize_for_model("is 98 divisible by 3")
    assert normalize_for_model("٣ + ３") == "3 + 3"
    assert normalize_for_model("Reverse “café”") == normalize_for_model('reverse "cafe\u0301"')[:-2] + '\x01"'
    assert normalize_for_model("") == "\x02"
    assert len(normalize_for_model("x" * 5000)) <= 160
    assert all(0 <= token < len(VOCABULARY) for token in encode(normalize_for_model("😀 ٣ + ３ \u202e \x00")))


def _general_path(prompt: str) -> str:
    return _truncated(_normalize_any(prompt))


def test_the_ascii_shortcut_agrees_with_the_general_path_on_every_ascii_character() -> None:
    for code in range(128):
        for prompt in (chr(code), f"a{chr(code)}b", f"12{chr(code)}34 ", f"{chr(code)}{chr(code)}9"):
            assert normalize_for_model(prompt) == _general_path(prompt), repr(prompt)


@settings(max_examples=3000)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_the_ascii_shortcut_agrees_with_the_general_path(prompt: str) -> None:
    assert normalize_for_model(prompt) == _general_path(prompt)


@settings(max_examples=1000)
@given(st.text(alphabet="0123456789 \t\n\x0b\x0c\r\x1c\x1fAa`.", max_size=300))
def test_the_ascii_shortcut_agrees_on_digit_runs_white_space_and_long_prompts(prompt: str) -> None:
    assert normalize_for_model(prompt) == _general_path(prompt)


@settings(max_examples=3000)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_the_ascii_alignment_agrees_with_the_general_path(prompt: str) -> None:
    """Training aligns every generated prompt (its operand tags) through the ASCII path: the same characters and
    the same prompt ranges as the general path."""
    assert normalize_aligned(prompt) == _aligned_any(prompt)


@settings(max_examples=1000)
@given(st.text(alphabet="0123456789 \t\n\x0b\x0c\r\x1c\x1fAa`.", max_size=300))
def test_the_ascii_alignment_agrees_on_digit_runs_and_white_space(prompt: str) -> None:
    assert normalize_aligned(prompt) == _aligned_any(prompt)


def test_training_encodes_prompts_exactly_as_serving_does() -> None:
    """Training reads token ids through a str.translate table, serving through encode(): the same ids."""
    rng = random.Random(5)
    prompts = [
        "What is 2 plus 3?",
        "reverse the word café",
        "Is -17 EVEN?",
        "東京 backwards",
        "「quoted」 ‘x’ `y` \t tab",
        "x" * 600,
        "",
        *("".join(chr(rng.randrange(1, 0x3100)) for _ in range(rng.randrange(1, 80))) for _ in range(300)),
    ]
    assert [list(encode_bytes(prompt)) for prompt in prompts] == [encode(normalize_for_model(p)) for p in prompts]
