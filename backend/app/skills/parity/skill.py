"""Whether one whole number is even or odd, explained through its last digit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.skills.base import (
    Cue,
    Explanation,
    Missing,
    Parsed,
    ParseResult,
    Rejected,
    Span,
    final_answer_sentence,
    load_examples,
    load_toml,
    words_of,
)
from app.skills.literals import Guarded
from app.skills.numbers import NUMBER_WORDS, Piece, WholeNumber, read_numbers, tagged_numbers
from app.skills.operands import sets_the_scene, tagged_amounts
from app.skills.operations import find_other_operation, no_cue, operand_problem, skeleton_of
from app.skills.stories import load_story
from app.skills.text import Vocabulary, alternation_of, grouped_words, has_any_word, join_words, normalize

NAME = "parity"
SCOPE = "tell whether one whole number is even or odd"
_STORY = load_story(__file__)  # the words a parity question in other words tells of (stories.toml)
EXAMPLES = load_examples(__file__)
EXAMPLE_PROMPT = EXAMPLES[0].prompt
_PHRASES = load_toml(__file__, "phrases.toml")

PARITY_WORDS = Vocabulary(
    grouped_words(_PHRASES["cue_words"]), reserved=NUMBER_WORDS.words, slips=grouped_words(_PHRASES["slips"])
)
_PARITY_FOLLOWERS = words_of(_PHRASES["sense"], "followers")
_QUESTION_WORDS_BEFORE_PARITY = words_of(_PHRASES["sense"], "question_words_before")


def parity_sense_indices(pieces: Sequence[Piece]) -> list[int]:
    """Indices of "even"/"odd"/"parity" used to ask about parity (not "an odd question")."""
    found: list[int] = []
    for index, piece in enumerate(pieces):
        if piece.kind != "word":
            continue
        canonical = PARITY_WORDS.lookup(piece.text)
        if canonical is None:
            continue
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if (
            canonical == "parity"
            or following is None
            or following.kind != "word"
            or following.text in _PARITY_FOLLOWERS
        ):
            found.append(index)
    return found


def parity_word_indices(pieces: Sequence[Piece]) -> list[int]:
    """Indices of every "even"/"odd"/"parity", whatever its sense."""
    return [
        index
        for index, piece in enumerate(pieces)
        if piece.kind == "word" and PARITY_WORDS.lookup(piece.text) is not None
    ]


CUE = Cue("asks whether a number is even or odd", lambda pieces, _shape: bool(parity_sense_indices(pieces)))

# Divisibility by two *is* parity: rewritten to "even" before anything else reads the prompt.
# Guarded: every prompt is rewritten, and these alternations (lookbehinds at every position) cost three times
# the rest of the parity parse on a prompt that holds none of the strings they need.
_DIVISIBLE_BY_TWO = Guarded(
    re.compile(
        r"\b(?:evenly\s+)?(?:divisible|be\s+(?:evenly\s+)?divided)\s+(?:evenly\s+)?by\s+(?:2|two)\b"
        r"|\b(?:an?\s+)?multiple\s+of\s+(?:2|two)\b|" + "|".join(_PHRASES["rewrite"]["as_even"])  # phrases.toml
    )
)
_DROPPED = Guarded(re.compile("|".join(_PHRASES["rewrite"]["dropped"])))


def parity_text(normalized: str) -> str:
    """The normalised prompt with the other ways of asking about parity rewritten to "even" (phrases.toml)."""
    return _DROPPED.sub(" ", _DIVISIBLE_BY_TWO.sub(" even ", normalized))


_ODD_ONE_OUT = re.compile(
    r"\bodd (?:#|ones?|man) out\b"
    # "the next even number after 980", "the first odd number", "the next evne number": asks for another number,
    # not a parity.
    r"|\b(?:next|previous|first|last|smallest|largest|biggest|nearest|closest|another|some|any|every|all) "
    + alternation_of(form for form in PARITY_WORDS.forms() if PARITY_WORDS.lookup(form) in ("even", "odd"))
    + r" numbers?\b"
)
# Each parity cue, each word parity_word_indices finds and each word _ODD_ONE_OUT needs is one of these: a prompt
# without any of them as a whole run of letters goes straight to the "doesn't ask" refusal.
_PARITY_FORMS = PARITY_WORDS.forms()
_EVEN_OR_ODD = re.compile(r"\b(?:even or odd|odd or even)\b")

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


def _other_sense(pieces: Sequence[Piece]) -> str:
    indices = parity_word_indices(pieces)
    word = PARITY_WORDS.lookup(pieces[indices[0]].text) if indices else None
    return f'uses "{word or "even"}" in another sense'


def _asked_numbers(pieces: Sequence[Piece], cues: Sequence[int]) -> list[WholeNumber]:
    """The numbers of the prompt without those that set the scene ("question 5: is 48 odd?": 48), unless that
    leaves none ("is room 204 even?"); of several, the one in the question that holds the parity word when the
    others stand in sentences before it ("my 2 kids want to know: is 405 even or odd?")."""
    numbers = [piece.number for piece in pieces if piece.number is not None]
    amounts = [i for i, piece in enumerate(pieces) if piece.number is not None and not sets_the_scene(pieces, i)]
    if len(amounts) > 1 and cues:
        opens = max((index for index in range(cues[0]) if pieces[index].text in _SENTENCE_ENDS), default=-1)
        ends = next((i for i in range(cues[-1], len(pieces)) if pieces[i].text in _SENTENCE_ENDS), len(pieces))
        asked = [index for index in amounts if opens < index < ends]
        if any(piece.text in _ANOTHER_QUESTION for piece in pieces[opens:ends]):
            asked = []  # "... IS 9 EVEN TOO": the sentences before ask about their numbers as well
        # (the number before the parity word: "9: even or odd and 2 too" asks about two numbers)
        if (
            opens >= 0
            and len(asked) == 1
            and asked[0] < cues[0]
            and all(index < opens for index in amounts if index not in asked)
        ):
            amounts = asked
    return [number for index in amounts if (number := pieces[index].number) is not None] or numbers


_SENTENCE_ENDS = frozenset({":", ".", "!", ";", "?"})
_ANOTHER_QUESTION = frozenset({"too", "also", "either", "aswell"})


_MISSING = f'Which number should I check? For example: "{EXAMPLE_PROMPT}"'


class ParitySkill:
    """Says whether a whole number (digits or words, any sign, any size) is even or odd."""

    name: str = NAME
    title: str = "Parity"
    capability: str = "tell whether a whole number is even or odd"
    examples = EXAMPLES
    cue = CUE

    def parse(self, prompt: str) -> ParseResult[WholeNumber]:
        text = parity_text(normalize(prompt))
        if not has_any_word(text, _PARITY_FORMS):  # most prompts: then there is no need to read the numbers
            return no_cue(SCOPE, text, NAME)
        reading = read_numbers(text)
        pieces = reading.pieces
        shape = skeleton_of(text)
        cues = parity_sense_indices(pieces)
        if _ODD_ONE_OUT.search(shape) or (not cues and parity_word_indices(pieces)):
            return Rejected(
                SCOPE, lambda: f"this {find_other_operation(pieces, shape, asking=NAME) or _other_sense(pieces)}"
            )
        if not cues:
            return no_cue(SCOPE, text, NAME)
        problem = operand_problem(text, reading, shape, asking=NAME)
        if problem is not None:
            return Rejected(SCOPE, problem)

        numbers = _asked_numbers(pieces, cues)
        if not numbers:
            if _asks_for_a_number(pieces, cues, shape):
                return Missing(_MISSING)
            return Rejected(SCOPE)
        if len(numbers) > 1:
            shown = join_words(number.display() for number in numbers[:5])
            return Rejected(SCOPE, f"this mentions more than one number ({shown})")
        return Parsed(numbers[0])

    def operands_from_spans(self, prompt: str, spans: Sequence[Span]) -> ParseResult[WholeNumber]:
        # No twos, pairs or halves in it (stories.toml), the tagged number aside: in "can I take 2 ibuprofen with
        # coffee?" the 2 is the number read, not a word of the story.
        untagged = prompt
        for start, end, _role in spans:
            untagged = untagged[:start] + " " * (end - start) + untagged[end:]
        story = _STORY.refusal(untagged, SCOPE)
        if story is not None:
            return story
        found = tagged_numbers(prompt, spans)
        if isinstance(found, str):
            return Rejected(SCOPE, found)
        if not found:
            return Missing(_MISSING)
        found = tagged_amounts(prompt, found) or found
        if len(found) > 1:
            shown = join_words(number.display() for number, _ in found[:5])
            return Rejected(SCOPE, f"this mentions more than one number ({shown})")
        return Parsed(found[0][0])

    def solve(self, operands: WholeNumber) -> str:
        return "even" if operands.value % 2 == 0 else "odd"

    def show_operands(self, operands: WholeNumber) -> list[str]:
        return [operands.display()]

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
        return Explanation(f"Let's work out whether {value} is even or odd.", steps, final_answer_sentence(answer))


PARITY = ParitySkill()
SKILL = PARITY
