"""Number reading: digits from any script, separators, English words, signs, non-integers, bounds."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.skills.numbers import MAX_DIGITS, find_non_integer, parse_whole_number, read_numbers
from app.skills.text import Vocabulary, graphemes, normalize
from tests.skills.conftest import NumberWords


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", 0),
        ("7", 7),
        ("-7", -7),
        ("+7", 7),
        ("1,000", 1000),
        ("1,000,000", 1_000_000),
        ("٣", 3),  # Arabic-Indic
        ("١٢", 12),
        ("３", 3),  # full-width
        ("४२", 42),  # Devanagari
        ("seven", 7),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("one hundred and five", 105),
        ("one hundred five", 105),
        ("three thousand", 3000),
        ("a hundred", 100),
        ("a thousand and one", 1001),
        ("fifteen hundred", 1500),
        ("two million three hundred thousand and one", 2_300_001),
        ("seven billion", 7_000_000_000),
        ("negative five", -5),
        ("minus five", -5),
        ("Twenty-One", 21),
        ("fourty", 40),  # one-typo tolerance in number words
        ("ninty", 90),
        ("twelv", 12),
    ],
)
def test_reads_one_whole_number(text: str, value: int) -> None:
    assert parse_whole_number(text) == value


@pytest.mark.parametrize("text", ["1.5", "1/2", "five six", "hello", "", "2 3", "hundred", "there", "weight"])
def test_rejects_text_that_is_not_exactly_one_whole_number(text: str) -> None:
    assert parse_whole_number(text) is None


@pytest.mark.parametrize(
    ("prompt", "found"),
    [
        ("1.5 plus 2", "1.5"),
        ("add .5 and 2", ".5"),
        ("1/2 plus 1/3", "1/2"),
        ("½ plus 1", "1/2"),
        ("1e3 + 1", "1e3"),
        ("0x10 + 1", "0x10"),
        ("two point five plus one", "two point five"),
        ("add half of 4 and 2", "half"),
    ],
)
def test_finds_non_integers(prompt: str, found: str) -> None:
    assert find_non_integer(normalize(prompt)) == found


@pytest.mark.parametrize("prompt", ["add 2 and 3.", "sum 2, 3 and 4", "what is 100 + 200?", "1,000 + 1"])
def test_integers_and_sentence_punctuation_are_not_non_integers(prompt: str) -> None:
    assert find_non_integer(normalize(prompt)) is None


def test_normalize_marks_superscripts_as_powers_and_folds_scripts() -> None:
    assert normalize("2²") == "2^2"
    assert normalize("10¹⁰") == "10^10"
    assert normalize("３＋٤") == "3+4"
    assert normalize("5 − 3") == "5 - 3"  # U+2212 minus sign
    assert normalize("a\u200bb\u202e") == "ab"  # zero-width space and bidi override dropped
    assert normalize("A\x00B") == "a b"


def test_minus_is_a_sign_only_where_it_starts_an_operand() -> None:
    assert [n.value for n in read_numbers(normalize("minus 5 plus minus 3")).numbers] == [-5, -3]
    binary = read_numbers(normalize("5 minus 3"))
    assert [n.value for n in binary.numbers] == [5, 3]
    assert any(piece.text == "minus" for piece in binary.pieces)
    assert [n.value for n in read_numbers("5 - 3").numbers] == [5, 3]
    assert [n.value for n in read_numbers("5 + -3").numbers] == [5, -3]


def test_words_and_digits_keep_how_they_were_written() -> None:
    numbers = read_numbers(normalize("twenty-one plus 4")).numbers
    assert numbers[0].words == "twenty-one"
    assert numbers[0].display() == "twenty-one (21)"
    assert numbers[1].words is None
    assert numbers[1].display() == "4"


def test_one_as_a_pronoun_is_not_a_number() -> None:
    assert read_numbers("which one is the odd one out").numbers == []
    assert [n.value for n in read_numbers("is one even").numbers] == [1]


def test_and_inside_a_number_can_be_turned_off() -> None:
    assert [n.value for n in read_numbers("one hundred and five").numbers] == [105]
    assert [n.value for n in read_numbers("one hundred and five", join_with_and=False).numbers] == [100, 5]


def test_numbers_longer_than_the_bound_are_flagged_not_read() -> None:
    at_bound = read_numbers("9" * MAX_DIGITS)
    assert at_bound.longest_digit_run == MAX_DIGITS
    assert at_bound.numbers[0].value == int("9" * MAX_DIGITS)
    beyond = read_numbers("9" * (MAX_DIGITS + 1))
    assert beyond.longest_digit_run == MAX_DIGITS + 1
    assert beyond.numbers == []
    # Far beyond Python's int-from-string limit (4300 digits): still no exception.
    assert read_numbers("1" * 10_000).numbers == []


def test_vocabulary_forgives_one_typo_but_not_real_words() -> None:
    vocabulary = Vocabulary({"plus": "plus", "reverse": "reverse"})
    assert vocabulary.lookup("plus") == "plus"
    assert vocabulary.lookup("pluss") == "plus"  # insertion
    assert vocabulary.lookup("plsu") == "plus"  # transposition
    assert vocabulary.lookup("reverce") == "reverse"  # substitution
    assert vocabulary.lookup("plug") is None  # a real word, listed in NOT_TYPOS
    assert vocabulary.lookup("pl") is None  # two edits away


def test_graphemes_keep_clusters_whole() -> None:
    assert graphemes("cafe\u0301") == ["c", "a", "f", "e\u0301"]
    assert graphemes("👍🏽👨‍👩‍👧") == ["👍🏽", "👨‍👩‍👧"]


@given(st.integers(min_value=-(10**200), max_value=10**200), st.booleans())
def test_digits_round_trip(value: int, separators: bool) -> None:
    written = f"{value:,}" if separators else str(value)
    assert parse_whole_number(written) == value


@given(st.integers(min_value=0, max_value=999_999_999), st.booleans(), st.booleans(), st.booleans())
def test_words_round_trip(number_words: NumberWords, value: int, hyphen: bool, use_and: bool, negative: bool) -> None:
    written = number_words(value, hyphen=hyphen, use_and=use_and)
    if negative:
        assert parse_whole_number(f"negative {written}") == -value
    else:
        assert parse_whole_number(written) == value


@given(st.text(max_size=600))
def test_reading_never_raises(text: str) -> None:
    normalized = normalize(text)
    read_numbers(normalized)
    find_non_integer(normalized)
