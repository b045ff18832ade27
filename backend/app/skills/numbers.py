"""Reading whole numbers out of a prompt: digits from any script, thousands separators, English words.

Works on text from ``text.normalize``. ``read_numbers`` turns a token list into "pieces": the same
tokens, except that each number (with its sign, when the sign starts an operand) becomes one
``number`` piece carrying a ``WholeNumber``. Non-integers ("1.5", "1/2", "1e3", "0x10") are not read
as numbers; ``find_non_integer`` finds them so the parsers can refuse the prompt instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from app.skills.literals import Alternatives
from app.skills.text import Token, Vocabulary, normalize, tokenize, word_set

MAX_DIGITS = 500

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
HUNDRED = "hundred"

_NUMBER_WORD_FORMS = {word: word for word in (*UNITS, *TEENS, *TENS, *SCALES, HUNDRED)}
_NUMBER_WORD_FORMS["fourty"] = "forty"  # common misspelling, two edits from nothing else
NUMBER_WORDS = Vocabulary(_NUMBER_WORD_FORMS, fuzzy_min_length=5)

# Words that make the number before or after them negative, when they start an operand.
NEGATIVE_SIGN_WORDS = frozenset({"negative", "minus"})


# WholeNumber, Piece (and text.Token) are NamedTuples rather than frozen dataclasses: just as immutable
# (read_numbers shares its cached results between the skills), and built several times faster, which
# counts because every prompt makes a dozen of each. Being tuples, they also equal plain tuples of the
# same values; nothing here compares them with one.
class WholeNumber(NamedTuple):
    """An integer operand; ``words`` is how it was written when it was written in words."""

    value: int
    words: str | None = None

    def display(self) -> str:
        """ "21", or "twenty-one (21)" for a number written in words."""
        return f"{self.words} ({self.value})" if self.words else str(self.value)


class Piece(NamedTuple):
    """A token after number reading: a word, a symbol, or a whole number (``number`` is set)."""

    kind: str  # "number" | "word" | "symbol" | "oversized" (digits beyond MAX_DIGITS, never read)
    text: str
    start: int
    end: int
    number: WholeNumber | None = None
    joined_with_and: bool = False  # a number in words that swallowed an "and" ("one hundred and five")


@dataclass(frozen=True, slots=True)
class NumberReading:
    pieces: list[Piece]
    longest_digit_run: int  # longest number in digits, to enforce MAX_DIGITS

    @property
    def numbers(self) -> list[WholeNumber]:
        return [piece.number for piece in self.pieces if piece.number is not None]

    @property
    def used_and_inside_a_number(self) -> bool:
        return any(piece.joined_with_and for piece in self.pieces)


# --------------------------------------------------------------------------------------------------
# Non-integers


# Each alternative searched only where it may match (literals.Alternatives): the same first match, in a fifth of
# the time (number skills ask it of every prompt with their cue).
_NON_INTEGER = Alternatives(
    (
        r"(?<![0-9a-z.])0x[0-9a-f]+",  # hexadecimal
        r"(?<![0-9a-z.])0[bo][0-9]+",  # binary / octal literals
        r"(?<![0-9a-z])[0-9]+(?:\.[0-9]+)?e[+-]?[0-9]+(?![0-9a-z])",  # scientific notation
        r"[0-9]*\.[0-9]+",  # decimals
        r"[0-9]+/[0-9]+",  # fractions written tight: "1/2"
        r"\b(?:half|halves|quarters?|fractions?|decimals?)\b",
        r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|[0-9]+)\s+point\s+\w+",
    )
)


def find_non_integer(normalized: str) -> str | None:
    """The first non-integer written in ``normalized`` ("1.5", "1/2", "1e3", "0x10", "half"), if any."""
    match = _NON_INTEGER.search(normalized)
    return match.group() if match else None


# --------------------------------------------------------------------------------------------------
# Number words


def _is_tight(left: Token, right: Token) -> bool:
    return left.end == right.start


def _number_word_at(tokens: Sequence[Token], index: int) -> str | None:
    if index >= len(tokens) or tokens[index].kind != "word":
        return None
    return NUMBER_WORDS.lookup(tokens[index].text)


def _read_number_words(tokens: Sequence[Token], start: int, *, join_with_and: bool) -> tuple[int, int, bool] | None:
    """Read an English number starting at ``tokens[start]``.

    Returns (value, end index, whether an "and" was swallowed), or None when no number starts there.
    The grammar is the usual one: [[units|teens] hundred] [and] [tens[-units] | teens | units]
    grouped under descending scales (thousand, million, ...); "a hundred", "a thousand" count as one.
    """
    total = 0
    group = 0
    group_has_hundred = False
    previous = "start"
    last_scale = 10**18
    used_and = False
    best: tuple[int, int, bool] | None = None
    index = start

    first = tokens[start].text if tokens[start].kind == "word" else ""
    if first == "a":
        following = _number_word_at(tokens, start + 1)
        if following != HUNDRED and following not in SCALES:
            return None
        group, previous, index = 1, "a", start + 1
    elif _number_word_at(tokens, start) == "zero":
        return 0, start + 1, False

    while index < len(tokens):
        word = _number_word_at(tokens, index)
        next_index = index + 1
        # "twenty-one": a hyphen glued on both sides joins two number words.
        if (
            word is None
            and tokens[index].text == "-"
            and previous != "start"
            and index + 1 < len(tokens)
            and _is_tight(tokens[index - 1], tokens[index])
            and _is_tight(tokens[index], tokens[index + 1])
        ):
            word = _number_word_at(tokens, index + 1)
            next_index = index + 2
            if word is None:
                break
        if word is None:
            if (
                join_with_and
                and tokens[index].text == "and"
                and previous in ("hundred", "scale")
                and _number_word_at(tokens, index + 1) in (*UNITS, *TEENS, *TENS)
                and _number_word_at(tokens, index + 1) != "zero"
            ):
                used_and = True
                previous = "and"
                index += 1
                continue
            break

        if word in UNITS and word != "zero":
            if previous not in ("start", "tens", "hundred", "scale", "and"):
                break
            group += UNITS[word]
            previous = "unit"
        elif word in TEENS:
            if previous not in ("start", "hundred", "scale", "and"):
                break
            group += TEENS[word]
            previous = "teen"
        elif word in TENS:
            if previous not in ("start", "hundred", "scale", "and"):
                break
            group += TENS[word]
            previous = "tens"
        elif word == HUNDRED:
            if previous not in ("unit", "teen", "a") or group_has_hundred or group >= 100:
                break
            group *= 100
            group_has_hundred = True
            previous = "hundred"
        elif word in SCALES:
            scale = SCALES[word]
            if previous not in ("unit", "teen", "tens", "hundred", "a") or scale >= last_scale or group == 0:
                break
            total += group * scale
            group, group_has_hundred, last_scale = 0, False, scale
            previous = "scale"
        else:  # "zero" in the middle of a number
            break
        index = next_index
        best = (total + group, index, used_and)
    return best


# --------------------------------------------------------------------------------------------------
# Reading all the numbers


# "which one", "the odd one out", "one of them": "one" as a pronoun, not a number.
# "quick one:", "one more", "last one" are filler around a question, not an operand either.
_PRONOUN_ONE_BEFORE = word_set("which the this that each every any no another other some a quick last next easy new")
_PRONOUN_ONE_AFTER = word_set("of out another more last has had holds held contains")


def _is_pronoun_one(tokens: Sequence[Token], start: int, end: int) -> bool:
    if end != start + 1 or tokens[start].text != "one":
        return False
    before = tokens[start - 1].text if start > 0 else ""
    after = tokens[end].text if end < len(tokens) else ""
    if after == "more" and end + 1 < len(tokens) and tokens[end + 1].text == "than":
        return False  # "one more than zero" is an addition
    return before in _PRONOUN_ONE_BEFORE or after in _PRONOUN_ONE_AFTER


def _digits_value(text: str) -> tuple[int | None, int]:
    digits = text.replace(",", "")
    if len(digits) > MAX_DIGITS:
        return None, len(digits)
    return int(digits), len(digits)


def _scaled(
    tokens: Sequence[Token], index: int, value: int | None, join_with_and: bool
) -> tuple[int, int, bool] | None:
    """Digits with a scale word after them ("3 thousand", "2 million", "5 hundred thousand", "3 hundred and 5"):
    (value, end index, whether an "and" was swallowed) of the whole number, or None (most digits)."""
    end = index + 1
    if value is None or end >= len(tokens) or tokens[end].kind != "word":
        return None
    if tokens[end].text == HUNDRED:
        value, end = value * 100, end + 1
    unit = 100 if end > index + 1 else 1
    if end < len(tokens) and tokens[end].kind == "word" and tokens[end].text in SCALES:
        unit = SCALES[tokens[end].text]
        value, end = value * unit, end + 1
    if end == index + 1:
        return None
    # "3 hundred and 5", "4 thousand and 20": the rest of the number in digits, after "and"
    rest = end + 1
    if join_with_and and rest < len(tokens) and tokens[end].text == "and" and tokens[rest].kind == "digits":
        remainder, _ = _digits_value(tokens[rest].text)
        if remainder is not None and remainder < unit:
            return value + remainder, rest + 1, True
    return value, end, False


@lru_cache(maxsize=1024)  # addition and parity read the same normalised prompt; callers never mutate it
def read_numbers(normalized: str, *, join_with_and: bool = True) -> NumberReading:
    """Tokenize ``normalized`` and fold numbers (digits or words, with a leading sign) into pieces."""
    return read_numbers_from_tokens(tokenize(normalized), normalized, join_with_and=join_with_and)


def read_numbers_from_tokens(tokens: Sequence[Token], normalized: str, *, join_with_and: bool = True) -> NumberReading:
    unsigned: list[Piece] = []
    longest = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.kind == "digits":
            value, digit_count = _digits_value(token.text)
            longest = max(longest, digit_count)
            scaled = _scaled(tokens, index, value, join_with_and)
            if scaled is not None:  # "3 thousand", "1 billion", "5 hundred thousand"
                value, end, used_and = scaled
                words = normalized[token.start : tokens[end - 1].end]
                number = WholeNumber(value, words)
                unsigned.append(Piece("number", words, token.start, tokens[end - 1].end, number, used_and))
                longest = max(longest, len(str(value)))
                index = end
                continue
            if value is None:
                unsigned.append(Piece("oversized", token.text, token.start, token.end))
            else:
                unsigned.append(Piece("number", token.text, token.start, token.end, WholeNumber(value)))
            index += 1
            continue
        # A number in words starts with "a" ("a hundred") or a number word; most words are neither.
        if token.kind == "word" and (token.text == "a" or NUMBER_WORDS.lookup(token.text) is not None):
            found = _read_number_words(tokens, index, join_with_and=join_with_and)
            if found is not None and not _is_pronoun_one(tokens, index, found[1]):
                value, end, used_and = found
                start_char, end_char = token.start, tokens[end - 1].end
                words = normalized[start_char:end_char]
                unsigned.append(Piece("number", words, start_char, end_char, WholeNumber(value, words), used_and))
                index = end
                continue
        unsigned.append(Piece(token.kind, token.text, token.start, token.end))
        index += 1
    return NumberReading(_attach_signs(unsigned, normalized), longest)


_SIGNS = ("-", "+", "minus", "negative")  # every piece text that can be a sign contains one of these


def _attach_signs(pieces: list[Piece], normalized: str) -> list[Piece]:
    """Fold a sign into the number it starts: "-7", "+7", "negative five", "minus five".

    "-" and "minus" are a sign only where they start an operand, i.e. not right after a number
    ("5 minus 3" and "5 - 3" stay subtractions for the parsers to refuse).
    """
    if not any(sign in normalized for sign in _SIGNS):
        return pieces  # no sign anywhere: nothing to fold (most prompts)
    signed: list[Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        previous = signed[-1] if signed else None
        after_operand = previous is not None and (previous.kind in ("number", "oversized") or previous.text == ")")
        is_sign = (
            following is not None
            and following.number is not None
            and (piece.text == "negative" or (piece.text in ("-", "+", "minus") and not after_operand))
        )
        if is_sign and following is not None and following.number is not None:
            negative = piece.text != "+"
            number = following.number
            value = -number.value if negative else number.value
            in_words = piece.kind == "word" or number.words is not None
            text = normalized[piece.start : following.end]
            signed.append(
                Piece(
                    "number",
                    text,
                    piece.start,
                    following.end,
                    WholeNumber(value, text if in_words else None),
                    following.joined_with_and,
                )
            )
            index += 2
            continue
        signed.append(piece)
        index += 1
    return signed


def parse_whole_number(text: str) -> int | None:
    """The value of ``text`` if it is exactly one whole number ("-1,000", "twenty-one", "٣"), else None."""
    normalized = normalize(text).strip()
    if find_non_integer(normalized):
        return None
    reading = read_numbers(normalized)
    if len(reading.pieces) == 1 and reading.pieces[0].number is not None:
        return reading.pieces[0].number.value
    return None


# A number as written in a prompt: digits with comma thousands separators or without, a sign that is not a
# binary minus ("-5", "+-5", "(-5"; not the "-" of "7-5"), and what would make it no whole number.
_DIGIT_NUMBER = re.compile(
    r"(?<![\w.,])[-+\u2212]?(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)"
    r"(?:[./]\d+|[eE][-+]?\d+|[xX][0-9a-fA-F]+)?"  # kept whole, so that "2.5", "1e3" or "0x10" fail as one
)
_WORD_CHARS = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def _negated_by_words(text: str) -> bool:
    """Whether ``text`` is a number in digits after a sign word that makes it negative ("minus 28", "MINSU 28")."""
    value = parse_whole_number(text)
    return value is not None and value < 0 and any(char.isalpha() for char in text)


def snap_number_spans(prompt: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's operand spans snapped to whole numbers: a span that touches a number written in digits becomes
    that number with its sign and separators ("688" of "688,302", "7199" of "+-7199"); one in words grows to
    whole words ("ifty" -> "fifty"), then keeps the longest run of them (or the word before) that reads as a
    number ("forty student" -> "forty", "hundred" -> "a hundred"). Spans that snap to the same number are one;
    the order and roles are kept."""
    tokens = [(match.start(), match.end()) for match in _DIGIT_NUMBER.finditer(prompt)]
    words = [(match.start(), match.end()) for match in _WORD_CHARS.finditer(prompt)]
    snapped: list[tuple[int, int, str]] = []
    for span in spans:
        start, end, role = span
        touching = [token for token in tokens if token[0] < end and start < token[1]]
        if touching:
            # A sign word the span starts with stays ("minus 28", "negative 5"): the number is negative.
            signed = start < touching[0][0] and _negated_by_words(prompt[start : touching[-1][1]])
            start, end = (start if signed else touching[0][0]), touching[-1][1]
        else:
            covering = [index for index, word in enumerate(words) if word[0] < end and start < word[1]]
            if covering:
                start, end = min(start, words[covering[0]][0]), max(end, words[covering[-1]][1])
                if parse_whole_number(prompt[start:end]) is None:
                    start, end = _number_words_near(prompt, words, covering) or (start, end)
                end = _rest_of_the_number(prompt, words, start, end)
        if snapped and snapped[-1][0] <= start < snapped[-1][1]:  # the same number as the previous span
            previous = snapped.pop()
            start, end = previous[0], max(end, previous[1])
            role = previous[2] if previous[2] != "operand" else role
        snapped.append((start, end, role))
    return snapped


def _rest_of_the_number(prompt: str, words: Sequence[tuple[int, int]], start: int, end: int) -> int:
    """The end of a number in words that goes on after the span ("three hundred" of "three hundred ten km"): the
    words after it, with only spaces or a hyphen between, while the whole still reads as one number."""
    if parse_whole_number(prompt[start:end]) is None:
        return end
    for word_start, word_end in (word for word in words if word[0] >= end):
        if prompt[end:word_start].strip(" -") or parse_whole_number(prompt[start:word_end]) is None:
            break
        end = word_end
    return end


def whole_number_in(text: str) -> WholeNumber | None:
    """``text`` as one whole number operand (digits or words, kept as written for the explanation), else None."""
    value = parse_whole_number(text)
    if value is None:
        return None
    written = " ".join(text.split())
    return WholeNumber(value, written.lower() if any(char.isalpha() for char in written) else None)


_SIGN_WORDS = frozenset({"minus", "negative", "-", "+", "\u2212"})
_EDGES = " \t\n.,;:!?()[]{}\"'«»“”‘’"


def _trimmed(prompt: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space and punctuation at its edges ("fifty-three," -> "fifty-three")."""
    while start < end and prompt[start] in _EDGES:
        start += 1
    while end > start and prompt[end - 1] in _EDGES:
        end -= 1
    return start, end


def _joined_spans(prompt: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Snapped spans, trimmed, with the tagger's usual splits mended: an empty span dropped, a sign word joined to
    the number after it ("minus" + "fifty-three", "minsu" + "28"), and number words with only spaces
    between them joined when they read as one number ("four" + "million")."""
    joined: list[tuple[int, int, str]] = []
    for snapped in snap_number_spans(prompt, spans):
        start, end = _trimmed(prompt, snapped[0], snapped[1])
        role = snapped[2]
        if start == end:
            continue
        if joined and not prompt[joined[-1][1] : start].strip():
            previous = joined[-1]
            previous_text = prompt[previous[0] : previous[1]].strip().lower()
            together = prompt[previous[0] : end]
            signed = previous_text in _SIGN_WORDS or _negated_by_words(together)
            if signed or (whole_number_in(together) is not None and not any(char.isdigit() for char in together)):
                joined[-1] = (previous[0], end, previous[2] if previous[2] != "operand" else role)
                continue
        joined.append((start, end, role))
    return joined


def _number_words_near(prompt: str, words: Sequence[tuple[int, int]], touched: Sequence[int]) -> tuple[int, int] | None:
    """The longest run of whole words that reads as one number among the words a span touches (their indices in
    ``words``) and the word before them (the tagger marks "y one hundred" of "say one hundred", or "hundred" of
    "a hundred"), or None."""
    low, high = max(0, touched[0] - 1), touched[-1]
    runs = sorted(
        ((first, last) for first in range(low, high + 1) for last in range(max(first, touched[0]), high + 1)),
        key=lambda run: run[0] - run[1],  # the longest first, then the leftmost
    )
    for first, last in runs:
        if parse_whole_number(prompt[words[first][0] : words[last][1]]) is not None:
            return words[first][0], words[last][1]
    return None


def tagged_numbers(prompt: str, spans: Sequence[tuple[int, int, str]]) -> list[tuple[WholeNumber, str]] | str:
    """The whole numbers in the model's operand spans (see _joined_spans), with their roles; or what is wrong with a
    span that holds digits but is not a whole number ('"2.5" is not a whole number'). A span of words that do not
    read as a number is a stray tag, and skipped."""
    found: list[tuple[WholeNumber, str]] = []
    for start, end, role in _joined_spans(prompt, spans):
        text = prompt[start:end]
        number = whole_number_in(text)
        if number is None and not any(char.isdigit() for char in text):
            continue  # a stray tag on a word ("fly" of "butterfly"): no number was written there
        if number is None:
            return f'"{text.strip()}" is not a whole number'
        found.append((number, role))
    return found
