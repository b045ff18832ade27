"""Whether one whole number is even or odd, explained through its last digit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.skills.base import Explanation, Missing, Parsed, ParseResult, Rejected
from app.skills.numbers import MAX_DIGITS, Piece, WholeNumber, find_non_integer, read_numbers
from app.skills.operations import (
    PARITY_WORDS,
    addition_cue_indices,
    find_other_operation,
    parity_sense_indices,
    parity_word_indices,
    skeleton,
)
from app.skills.text import has_any_word, join_words, normalize

EXAMPLE_PROMPT = "Is 7 even or odd?"
_REFUSAL_START = "I can only tell whether one whole number is even or odd, and this"
_NO_PARITY = "doesn't ask whether a number is even or odd"
_CALCULATION = "asks about a calculation rather than a single number"

# Divisibility by two *is* parity: rewritten to "even" before anything else reads the prompt.
_DIVISIBLE_BY_TWO = re.compile(
    r"\b(?:evenly\s+)?(?:divisible|be\s+(?:evenly\s+)?divided)\s+(?:evenly\s+)?by\s+(?:2|two)\b"
    r"|\b(?:an?\s+)?multiple\s+of\s+(?:2|two)\b"
)
_ODD_ONE_OUT = re.compile(
    r"\bodd (?:#|ones?|man) out\b"
    # "the next even number after 980", "the first odd number": asks for another number, not a parity.
    r"|\b(?:next|previous|first|last|smallest|largest|biggest|nearest|closest|another|some|any|every|all)"
    r" (?:even|odd) numbers?\b"
)
# Each parity cue, each word parity_word_indices finds and each word _ODD_ONE_OUT needs is one of these: a prompt
# without any of them as a whole run of letters goes straight to the "doesn't ask" refusal.
_PARITY_FORMS = PARITY_WORDS.forms()
_EVEN_OR_ODD = re.compile(r"\b(?:even or odd|odd or even)\b")
# Without a number, "is it even?" asks for one; "that's odd" or "how odd" does not.
_QUESTION_WORDS_BEFORE_PARITY = frozenset({"is", "it", "it's", "isn't", "are", "number", "whether", "if", "be"})

_EVEN_DIGITS = "0, 2, 4, 6 or 8"
_ODD_DIGITS = "1, 3, 5, 7 or 9"


def _asks_for_a_number(pieces: Sequence[Piece], cue_indices: Sequence[int], shape: str) -> bool:
    if _EVEN_OR_ODD.search(shape):
        return True
    if {PARITY_WORDS.lookup(pieces[index].text) for index in cue_indices} >= {"even", "odd"}:
        return True  # "odd or evne?": both words, one of them misspelt
    for index in cue_indices:
        if PARITY_WORDS.lookup(pieces[index].text) == "parity":
            return True
        if index > 0 and pieces[index - 1].text in _QUESTION_WORDS_BEFORE_PARITY:
            return True
    return False


def _no_cue_reason(text: str) -> str:
    # Worked out only if the refusal is shown (see Rejected); read_numbers is cached.
    return f"{_REFUSAL_START} {find_other_operation(read_numbers(text).pieces) or _NO_PARITY}."


def _other_sense(pieces: Sequence[Piece]) -> str:
    indices = parity_word_indices(pieces)
    word = PARITY_WORDS.lookup(pieces[indices[0]].text) if indices else None
    return f'uses "{word or "even"}" in another sense'


class ParitySkill:
    """Says whether a whole number (digits or words, any sign, any size) is even or odd."""

    name: str = "parity"
    example_prompt: str = EXAMPLE_PROMPT
    capability: str = "tell whether a whole number is even or odd"

    def parse(self, prompt: str) -> ParseResult[WholeNumber]:
        text = _DIVISIBLE_BY_TWO.sub(" even ", normalize(prompt))
        if not has_any_word(text, _PARITY_FORMS):  # most prompts: then there is no need to read the numbers
            return Rejected(lambda: _no_cue_reason(text))
        reading = read_numbers(text)
        pieces = reading.pieces
        shape = skeleton(pieces)
        cues = parity_sense_indices(pieces)
        if _ODD_ONE_OUT.search(shape) or (not cues and parity_word_indices(pieces)):
            return Rejected(lambda: f"{_REFUSAL_START} {find_other_operation(pieces, shape) or _other_sense(pieces)}.")
        if not cues:
            return Rejected(lambda: _no_cue_reason(text))
        other_operation = find_other_operation(pieces, shape)
        non_integer = find_non_integer(text)
        if non_integer is not None:
            return Rejected(
                f"I can only tell whether a whole number is even or odd, and {non_integer} is not a whole number."
            )
        if reading.longest_digit_run > MAX_DIGITS:
            return Rejected(
                f"I can only check numbers of up to {MAX_DIGITS} digits, and this one has {reading.longest_digit_run}."
            )
        if other_operation is not None:
            return Rejected(f"{_REFUSAL_START} {other_operation}.")
        if addition_cue_indices(pieces, shape):
            return Rejected(f"{_REFUSAL_START} {_CALCULATION}.")

        numbers = reading.numbers
        if not numbers:
            if _asks_for_a_number(pieces, cues, shape):
                return Missing(f'Which number should I check? For example: "{EXAMPLE_PROMPT}"')
            return Rejected(f"{_REFUSAL_START} {_NO_PARITY}.")
        if len(numbers) > 1:
            shown = join_words(number.display() for number in numbers[:5])
            return Rejected(f"{_REFUSAL_START} mentions more than one number ({shown}).")
        return Parsed(numbers[0])

    def solve(self, operands: WholeNumber) -> str:
        return "even" if operands.value % 2 == 0 else "odd"

    def explain(self, operands: WholeNumber, answer: str) -> Explanation:
        value = operands.value
        size = abs(value)
        last_digit = size % 10
        is_even = last_digit % 2 == 0
        steps = [f"Identify the number: {operands.display()}."]
        if value < 0:
            steps.append(f"A minus sign does not change whether a number is even or odd, so look at {size}.")
        steps.append(f"Look at the last digit of {size}: it is {last_digit}.")
        steps.append(f"A whole number is even when its last digit is {_EVEN_DIGITS}, and odd when it is {_ODD_DIGITS}.")
        if is_even:
            steps.append(f"{last_digit} is even, so {size} divides by 2 exactly, with a remainder of 0.")
        else:
            steps.append(f"{last_digit} is odd, so dividing {size} by 2 leaves a remainder of 1.")
        steps.append(f"Therefore, the final answer is {answer}.")
        return Explanation(f"Let's work out whether {value} is even or odd.", steps)


PARITY = ParitySkill()
