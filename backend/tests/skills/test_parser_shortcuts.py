"""The parsers' speed-ups give exactly what the plain code gives (see also test_reversal_precheck.py).

Every prompt goes through all three parsers, so they take shortcuts: an ASCII fold, typo alternations
written as prefix trees, a cue-word check before reading the numbers, a number-word check before the number
grammar, a quote check before the quote scanner, reasons for rejections worked out only when read. Each
test here pits one shortcut against the code it stands in for.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.skills import SKILLS, numbers, operations, text
from app.skills.addition import skill as addition
from app.skills.base import Rejected
from app.skills.parity import skill as parity
from app.skills.subtraction import skill as subtraction
from app.skills.text import _one_edit_variants, alternation_of, normalize, tokenize
from bench.prompts import random_prompt

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"

# ---------------------------------------------------------------------------------------------------------
# normalize: ASCII prompts take _fold_ascii instead of _fold_any


def test_every_ascii_character_folds_as_the_general_path_folds_it() -> None:
    for code in range(128):
        char = chr(code)
        assert text._fold_ascii(f"A{char}b{char}") == text._fold_any(f"A{char}b{char}"), repr(char)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_text_folds_as_the_general_path_folds_it(sample: str) -> None:
    assert text._fold_ascii(sample) == text._fold_any(sample)


# ---------------------------------------------------------------------------------------------------------
# alternation_of: a prefix tree instead of a flat list of words


def _flat(words: set[str]) -> str:
    return "(?:" + "|".join(sorted(words)) + ")"


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text("abmor", min_size=1, max_size=5), min_size=1, max_size=12), st.text("abmor", max_size=6))
def test_a_prefix_tree_matches_exactly_its_words(words: set[str], candidate: str) -> None:
    assert bool(re.fullmatch(alternation_of(words), candidate)) == (candidate in words)


def test_inside_a_pattern_a_prefix_tree_finds_what_the_flat_list_finds() -> None:
    """The shape of the comparison check, with every one-typo variant of its words, built both ways."""
    more, than, greater = ({word} | _one_edit_variants(word) for word in ("more", "than", "greater"))
    shape = r"\b(?:{more}|less) {than}\b|\b{greater} {than}\b"
    as_trees = re.compile(
        shape.format(more=alternation_of(more), than=alternation_of(than), greater=alternation_of(greater))
    )
    as_lists = re.compile(shape.format(more=_flat(more), than=_flat(than), greater=_flat(greater)))
    firsts = sorted(more | greater)
    samples = [f"is 5 {first} {second} 3" for first in firsts for second in ("than", "tahn", "thn", "then", "x")]
    samples += [f"{word}s {word}" for word in sorted(more | than | greater)] + ["mores than", "gretaer thanx"]
    for sample in samples:
        assert bool(as_trees.search(sample)) == bool(as_lists.search(sample)), sample
    assert as_trees.search("is 5 mroe tahn 3") and as_trees.search("9 gretaer than 3")


# ---------------------------------------------------------------------------------------------------------
# addition and parity: no cue word in the text, no reading of its numbers

CUE_WORDS = st.sampled_from(
    ["plus", "pluss", "add", "ad", "adds", "sum", "summ", "total", "together", "increased", "more", "mroe", "moer",
     "than", "tahn", "even", "evne", "odd", "parity", "partiy", "oddness", "evenly", "divisible", "by", "multiple",
     "of", "two", "one", "out", "next", "numbers", "it's", "what's", "x", "5", "12", "-3", "a", "minus", "mius",
     "subtract", "substract", "take", "away", "from", "less", "fewer", "difference", "diffrence", "decreased"]
)  # fmt: skip
GLUE = st.sampled_from(["", " ", "  ", "+", "-", "'", ",", "?", "3", "é", "_", "#"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(CUE_WORDS, GLUE), min_size=1, max_size=8))
def test_the_cue_checks_never_miss_a_cue(parts: list[tuple[str, str]]) -> None:
    sample = "".join(word + glue for word, glue in parts)
    addition_text = normalize(sample)
    pieces = read_numbers_uncached(addition_text).pieces
    if addition.addition_cue_indices(pieces, operations.skeleton(pieces)):
        assert addition.may_ask_for_addition(addition_text)
    parity_text = parity.parity_text(normalize(sample))
    pieces = read_numbers_uncached(parity_text).pieces
    if (
        parity.parity_sense_indices(pieces)
        or parity.parity_word_indices(pieces)
        or parity._ODD_ONE_OUT.search(operations.skeleton(pieces))
    ):
        assert text.has_any_word(parity_text, parity._PARITY_FORMS)
    subtraction_text = normalize(sample)
    pieces = read_numbers_uncached(subtraction_text).pieces
    if subtraction._cue_kinds(pieces, operations.skeleton(pieces)):
        assert subtraction.may_ask_for_subtraction(subtraction_text)


def _parses(prompts: list[str]) -> list[tuple[str, ...]]:
    return [tuple(repr(skill.parse(prompt)) for skill in SKILLS.values()) for prompt in prompts]  # repr: reasons too


def test_number_skills_parse_the_same_without_the_cue_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    prompts = [json.loads(line)["prompt"] for line in (EVAL_DIR / "dev.jsonl").read_text().splitlines()]
    prompts += [random_prompt(rng) for _ in range(3000)]
    skipped = sum(not addition.may_ask_for_addition(normalize(prompt)) for prompt in prompts)
    assert skipped > len(prompts) / 3  # the comparison does cover the shortcut
    with_checks = _parses(prompts)
    monkeypatch.setattr(addition, "may_ask_for_addition", lambda normalized: True)
    monkeypatch.setattr(parity, "has_any_word", lambda normalized, forms: True)
    monkeypatch.setattr(subtraction, "may_ask_for_subtraction", lambda normalized: True)
    numbers.read_numbers.cache_clear()
    assert _parses(prompts) == with_checks


# ---------------------------------------------------------------------------------------------------------
# read_numbers: the number grammar runs only from "a" or a number word; signs are looked for only if there is one

WORDS = st.sampled_from(
    ["a", "an", "one", "twenty", "fourty", "hundred", "thousand", "and", "zero", "minus", "-", "five", "fiev",
     "plus", "the", "number", "ten", "eleven", "million", "x", "tw0", "seven", "one's"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=8), st.booleans())
def test_no_number_starts_at_a_word_the_check_skips(words: list[str], join_with_and: bool) -> None:
    tokens = tokenize(" ".join(words))
    for index, token in enumerate(tokens):
        if token.kind == "word" and token.text != "a" and numbers.NUMBER_WORDS.lookup(token.text) is None:
            assert numbers._read_number_words(tokens, index, join_with_and=join_with_and) is None


def test_signs_fold_the_same_without_the_no_sign_shortcut(monkeypatch: pytest.MonkeyPatch) -> None:
    samples = ["add -5 and 3", "minus five plus 2", "negative seven", "what is +7 + 2", "5 - 3", "is 8 even", "a - b"]
    samples += [" ".join(words) for words in itertools.product(["-", "minus", "2", "negative", "x"], repeat=3)]
    with_shortcut = [read_numbers_uncached(sample) for sample in samples]
    monkeypatch.setattr(numbers, "_SIGNS", ("",))  # "" is in every text: always the full pass
    assert [read_numbers_uncached(sample) for sample in samples] == with_shortcut


def read_numbers_uncached(sample: str) -> numbers.NumberReading:
    return numbers.read_numbers_from_tokens(tokenize(sample), sample)


# ---------------------------------------------------------------------------------------------------------
# find_quoted: no quote character, no scan


def test_the_quote_check_knows_every_opening_quote() -> None:
    openers = text._DOUBLE_QUOTES | text._SINGLE_QUOTES | set(text._PAIRED_QUOTES)
    for opener in openers:
        assert text._ANY_QUOTE.search(f"say {opener}hi"), opener
    assert not text._ANY_QUOTE.search(string.ascii_letters + string.digits + " .,!?-+*/()")


# ---------------------------------------------------------------------------------------------------------
# Rejected: a reason given as a function is worked out once, when first read


def test_a_lazy_reason_is_worked_out_once_and_only_when_read() -> None:
    calls: list[int] = []

    def reason() -> str:
        calls.append(1)
        return "this asks for a division"

    rejected = Rejected("add whole numbers", reason)
    assert calls == []
    assert rejected.why == "this asks for a division"
    assert rejected.reason == "I can only add whole numbers, and this asks for a division."
    assert rejected.worth_telling
    assert calls == [1]
    assert rejected == Rejected("add whole numbers", "this asks for a division")
    assert rejected != Rejected("add whole numbers", "this asks for a root")
    assert rejected != Rejected("add whole numbers")
    assert not Rejected("add whole numbers", lambda: None).worth_telling
    assert repr(rejected) == "Rejected(scope='add whole numbers', why='this asks for a division')"
