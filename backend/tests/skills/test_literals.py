"""required_substrings: a search is skipped only where it would find nothing."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.skills import operations
from app.skills.literals import Guarded, may_match, required_substrings
from app.skills.numbers import read_numbers
from app.skills.operations import skeleton
from app.skills.reversal import skill as reversal
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


def _skeletons() -> list[str]:
    rng = random.Random(7)
    prompts = [json.loads(line)["prompt"] for path in sorted(EVAL_DIR.glob("*.jsonl")) for line in path.open()]
    prompts += [random_prompt(rng) for _ in range(2000)]
    return [skeleton(read_numbers(normalize(prompt)).pieces) for prompt in prompts]


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
    for matcher, _ in reversal._NO_CUE_REFUSALS:
        if isinstance(matcher, Guarded):
            found, expected = matcher.search(text), matcher.pattern.search(text)
            assert (found and found.span()) == (expected and expected.span())
