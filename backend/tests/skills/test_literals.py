"""required_substrings: a search is skipped only where it would find nothing."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.skills import numbers, operations
from app.skills.literals import Guarded, may_match, required_substrings
from app.skills.numbers import read_numbers
from app.skills.operations import skeleton
from app.skills.parity import skill as parity
from app.skills.reversal import refusals as reversal_refusals
from app.skills.text import normalize
from bench.prompts import random_prompt

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        ("abc", ("abc",)),
        (r"\bsquare roots?\b|\bsqrt\b|√", ("√", "sqrt", "square root")),
        (r"a?bc", ("bc",)),
        (r"(?:abc)?de", ("de",)),
        (r"(?:abc)+", ("abc",)),
        (r"x[ab]y", ("x",)),  # a class breaks the run: either side is needed
        (r"[ab]", ("a", "b")),
        (r"# (?:times|x) #", ("# ",)),
        (r"times|timestamp", ("times",)),  # "timestamp" holds "times": finding that is enough
    ],
)
def test_what_a_pattern_needs(pattern: str, needs: tuple[str, ...]) -> None:
    assert set(required_substrings(pattern) or ()) == set(needs)


@pytest.mark.parametrize(
    "pattern",
    [
        r"[^a]",  # a negated class
        r"\w+",
        r"a*",  # may be absent
        r"(?i)abc",  # another case matches too
        r"(?i:abc)",
        r"abc|\d",  # one alternative needs nothing
        r"(?=abc)",  # a lookahead
        "|".join(f"{a}{b}z" for a in "abcdef" for b in "abcdef"),  # too many strings to look for
    ],
)
def test_nothing_is_known(pattern: str) -> None:
    assert required_substrings(pattern) is None
    assert may_match(None, "")


def test_a_compiled_pattern_keeps_its_flags() -> None:
    assert required_substrings(re.compile("abc", re.IGNORECASE)) is None
    assert required_substrings(re.compile("abc")) == ("abc",)


_PIECES = ["root", "sqrt", "square", "times", "x", "#", " ", "/", "half", "of", "the", "power", "^", "*", "=", "a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_a_skipped_search_finds_nothing(pieces: list[str]) -> None:
    text = "".join(pieces)
    for needs, pattern, _ in operations._NEEDS_PATTERNS:
        if not may_match(needs, text):
            assert pattern.search(text) is None


def _prompts() -> list[str]:
    rng = random.Random(7)
    prompts = [json.loads(line)["prompt"] for path in sorted(EVAL_DIR.glob("*.jsonl")) for line in path.open()]
    return prompts + [random_prompt(rng) for _ in range(2000)]


def _skeletons() -> list[str]:
    return [skeleton(read_numbers(normalize(prompt)).pieces) for prompt in _prompts()]


def test_the_operations_found_are_the_same_with_every_pattern_searched() -> None:
    skeletons = _skeletons()
    searched = operations._operation_named_in.__wrapped__
    everything = [(None, pattern, phrase) for _, pattern, phrase in operations._NEEDS_PATTERNS]  # all searched
    guarded = [searched(shape) for shape in skeletons]
    original, operations._NEEDS_PATTERNS = operations._NEEDS_PATTERNS, tuple(everything)
    try:
        assert [searched(shape) for shape in skeletons] == guarded
    finally:
        operations._NEEDS_PATTERNS = original
    assert sum(phrase is not None for phrase in guarded) > 100  # the comparison covers operations found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_PIECES, "revers", "e", "d", "word", "list", "count", "mean", "ing", "s", "up"]), max_size=10
    )
)
def test_a_guarded_pattern_finds_what_the_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for matcher, _ in reversal_refusals.NO_CUE_REFUSALS:
        if isinstance(matcher, Guarded):
            found, expected = matcher.search(text), matcher.pattern.search(text)
            assert (found and found.span()) == (expected and expected.span())


_NUMBER_PIECES = [
    "0x1f",
    "0b",
    "0o7",
    "1",
    "25",
    ".",
    "5",
    "e",
    "3e5",
    "e-",
    "/",
    "half",
    "halves",
    "two",
    " point ",
    "x",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*_NUMBER_PIECES, " ", "a", "decimals", "quarter"]), max_size=12))
def test_alternatives_find_the_alternations_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    found, expected = numbers._NON_INTEGER.search(text), numbers._NON_INTEGER.pattern.search(text)
    assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))


def test_alternatives_on_prompts() -> None:
    texts = [normalize(prompt) for prompt in _prompts()]
    found = [numbers.find_non_integer(text) for text in texts]
    assert found == [
        (match.group() if (match := numbers._NON_INTEGER.pattern.search(text)) else None) for text in texts
    ]
    assert sum(value is not None for value in found) > 20


def test_a_code_request_is_found_as_the_whole_pattern_finds_it() -> None:
    texts = [normalize(prompt) for prompt in _prompts()]
    texts += [skeleton(read_numbers(text).pieces) for text in texts]
    texts += ["write a python function to add 2 and 3", "print(9 - 1)", "how do i subtract in excel", "x -= 5"]
    found = [operations._CODE_PATTERN.found_in(text) for text in texts]
    assert found == [operations._CODE_PATTERN.pattern.search(text) is not None for text in texts]
    assert sum(found) > 20


def test_the_parity_rewrites_are_the_same_with_every_pattern_searched() -> None:
    texts = [normalize(prompt) for prompt in _prompts()]
    for guarded in (parity._DIVISIBLE_BY_TWO, parity._DROPPED):
        rewritten = [guarded.sub(" even ", text) for text in texts]
        assert rewritten == [guarded.pattern.sub(" even ", text) for text in texts]
        assert sum(new != text for new, text in zip(rewritten, texts, strict=True)) >= 3  # rewrites are covered
