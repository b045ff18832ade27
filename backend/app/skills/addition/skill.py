"""Addition of two or more whole numbers, explained column by column."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

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
from app.skills.columns import DETAILED_COLUMNS, column_name
from app.skills.comparison import Compared, Comparison, cased, comparison_task, read_comparison
from app.skills.numbers import NUMBER_WORDS, Piece, WholeNumber, read_numbers, tagged_numbers
from app.skills.operands import DESCRIBES, any_describes_a_thing, operand_indices, tagged_amounts
from app.skills.operations import (
    MORE_FORMS,
    MORE_THAN,
    MORE_WORD,
    no_cue,
    operand_problem,
    skeleton_of,
)
from app.skills.stories import load_story
from app.skills.text import Vocabulary, grouped_words, has_any_word, join_words, normalize


class AdditionOperands(tuple[WholeNumber, ...]):
    """The numbers to add; ``reading`` says how a comparison word problem was read into them ("Ann has 3 more than
    Tom, so Ann has 8 + 3."), None for any other prompt. Equal to the plain tuple of the same numbers."""

    reading: str | None

    def __new__(cls, numbers: Iterable[WholeNumber], reading: str | None = None) -> AdditionOperands:
        operands = super().__new__(cls, numbers)
        operands.reading = reading
        return operands


NAME = "addition"
SCOPE = "add whole numbers"
_STORY = load_story(__file__)  # the words of its stories and of subtraction's (stories.toml)
EXAMPLES = load_examples(__file__)
EXAMPLE_PROMPT = EXAMPLES[0].prompt
_PHRASES = load_toml(__file__, "phrases.toml")

ADDITION_WORDS = Vocabulary(
    grouped_words(_PHRASES["cue_words"]), reserved=NUMBER_WORDS.words, slips=grouped_words(_PHRASES["slips"])
)
_COUNTED_NOUNS = words_of(_PHRASES["operands"], "counted_nouns")
_DETERMINERS = words_of(_PHRASES["operands"], "determiners")
_STAND_INS = words_of(_PHRASES["operands"], "stand_ins")
# "3 of my 5 friends", "2 of the 10 apples": a part and its whole, not two numbers to add.
_PART_OF_WHOLE = re.compile(r"# of (?:my|the|our|your|his|her|their|those|these|all) (?:\w+ )?#")
_PART = "this counts a part of a whole, not two numbers to add"
_THING = "this adds something to a thing, not to a number"
_GIVES_VALUE = frozenset({"of", "is", "was", "=", "equals"})

# Verbs that ask for an addition only in the shapes of phrases.toml ("tack 9 onto 31", "raise 6529 by 45").
_SHAPE_WORDS = words_of(_PHRASES["cue_phrases"], "words")
_CUE_SHAPES = re.compile("|".join(_PHRASES["cue_phrases"]["shapes"]))

# Every piece addition_cue_indices can return: "+", an addition word or one of its typos, the "more" of
# "5 more than 3" (again with a typo), or a verb of the shapes above.
_ADDITION_CUE_FORMS = ADDITION_WORDS.forms() | MORE_FORMS | _SHAPE_WORDS


def may_ask_for_addition(normalized: str) -> bool:
    """False only if ``addition_cue_indices`` finds no cue in this text (tests/skills/test_parser_shortcuts.py)."""
    return "+" in normalized or has_any_word(normalized, _ADDITION_CUE_FORMS)


def addition_cue_indices(pieces: Sequence[Piece], prompt_skeleton: str) -> list[int]:
    """Indices of the pieces that ask for an addition ("plus", "+", "add", "sum", ...)."""
    found = [
        index
        for index, piece in enumerate(pieces)
        if piece.text == "+" or (piece.kind == "word" and piece.text in ADDITION_WORDS)
    ]
    if not found and MORE_THAN.search(prompt_skeleton):
        found = [index for index, piece in enumerate(pieces) if MORE_WORD.fullmatch(piece.text)]
    if not found and _CUE_SHAPES.search(prompt_skeleton):
        found = [index for index, piece in enumerate(pieces) if piece.text in _SHAPE_WORDS]
    return found


CUE = Cue(
    "asks for an addition",
    lambda pieces, shape: bool(addition_cue_indices(pieces, shape)) or comparison_task(pieces, shape) == NAME,
)


def _compared(comparison: Comparison, prompt: str) -> ParseResult[AdditionOperands]:
    """A comparison word problem (comparison.py): the addition it asks for, or why it is none."""
    if not isinstance(comparison, Compared):
        return Rejected(SCOPE, comparison.why)
    if comparison.task != NAME:
        return Rejected(SCOPE, "this asks for a subtraction")
    return Parsed(AdditionOperands(comparison.numbers, cased(comparison.reading, prompt)))


def _operands(pieces: Sequence[Piece]) -> list[WholeNumber]:
    """The numbers to add (operands.operand_indices)."""
    return [number for index in operand_indices(pieces, _COUNTED_NOUNS) if (number := pieces[index].number) is not None]


def _adds_to_a_thing(pieces: Sequence[Piece], shape: str) -> str | None:
    """Why "add" here is not an addition: it adds to a thing ("add 1 hour to my meeting at 4", "add 2 eggs to the
    batter", "add 10 of these to my cart"; not "add 5 to the number 7", "add 10 to my score of 45"), or the numbers
    are a part and its whole ("in total, 3 of my 5 friends came")."""
    if _PART_OF_WHOLE.search(shape):
        return _PART
    for index, piece in enumerate(pieces):
        if piece.text != "to" or not any(ADDITION_WORDS.lookup(p.text) == "add" for p in pieces[:index]):
            continue
        following = [p for p in pieces[index + 1 : index + 4] if p.text not in _DETERMINERS]
        if not following or following[0].kind != "word" or len(following[0].text) < 3:
            continue
        if any(p.text in _STAND_INS or p.text in ADDITION_WORDS for p in following[:2]):
            continue  # "add 5 to the previous number", "add 89 to th toztal"
        after = pieces[index + 1 :]
        if not any(p.number is not None and previous.text in _GIVES_VALUE for previous, p in pairwise(after)):
            return _THING  # (but "add 10 to my score of 45" gives the score's value)
    return None


def _dangling_operator(pieces: Sequence[Piece]) -> str | None:
    """The "plus"/"+" after the last number ("2 plus 3 plus"), whose operand is missing."""
    last_number = max((i for i, piece in enumerate(pieces) if piece.number is not None), default=-1)
    for piece in pieces[last_number + 1 :]:
        if piece.text == "+" or (piece.kind == "word" and ADDITION_WORDS.lookup(piece.text) == "plus"):
            return piece.text
    return None


def _missing_message(operands: Sequence[WholeNumber], dangling: str | None) -> str:
    if not operands:
        return f'Which numbers should I add? Please give me at least two whole numbers. For example: "{EXAMPLE_PROMPT}"'
    if len(operands) == 1:
        only = operands[0]
        example = f"What is {only.value} plus 3?" if len(str(only.value)) <= 12 else EXAMPLE_PROMPT
        return f'I found only one number ({only.display()}). Which number should I add to it? For example: "{example}"'
    return (
        f'It looks like a number is missing after "{dangling}". Which number should I add? '
        f'For example: "{EXAMPLE_PROMPT}"'
    )


def _column_steps(values: Sequence[int]) -> list[str]:
    """Schoolbook addition of non-negative numbers: one step per column, carries stated."""
    digit_strings = [str(value) for value in values]
    width = max(len(digits) for digits in digit_strings)
    steps = ["Write the numbers one under the other, lining up the ones, the tens, the hundreds and so on."]
    carry = 0
    summary_digits: list[str] = []
    summary_carries: list[int] = []
    for column in range(width):
        digits = [int(s[-1 - column]) for s in digit_strings if column < len(s)]
        column_total = sum(digits) + carry
        written, next_carry = column_total % 10, column_total // 10
        if column < DETAILED_COLUMNS:
            terms = [str(digit) for digit in digits] + ([f"{carry} (carried)"] if carry else [])
            if len(terms) == 1:
                step = f"{column_name(column)}: only {terms[0]} is there, so write {written}"
            else:
                step = f"{column_name(column)}: {' + '.join(terms)} = {column_total}, write {written}"
            steps.append(step + (f" and carry {next_carry}." if next_carry else "."))
        else:
            summary_digits.append(str(written))
            if next_carry:
                summary_carries.append(column + 2)  # 1-based number of the column receiving it
        carry = next_carry
    if summary_digits:
        first, last = DETAILED_COLUMNS + 1, width
        carried = (
            f"carrying into columns {join_words(str(c) for c in summary_carries)}"
            if summary_carries
            else "with no carries"
        )
        steps.append(
            f"Columns {first} to {last} from the right are added the same way, {carried}; "
            f"they give the digits {''.join(reversed(summary_digits))}."
        )
    if carry:
        if carry < 10:
            steps.append(f"{column_name(width)}: only the carried {carry} is left, so write {carry}.")
        else:
            steps.append(f"Nothing is left to add but the carried {carry}, so write {carry} at the front.")
    steps.append(f"Read the written digits from left to right: {sum(values)}.")
    return steps


def _signed_steps(values: Sequence[int]) -> list[str]:
    """Numbers with at least one negative: add each sign's sizes, then combine the two totals."""
    non_negative = [value for value in values if value >= 0]
    negative_sizes = [-value for value in values if value < 0]
    negative_total = sum(negative_sizes)
    steps: list[str] = []
    if len(negative_sizes) == 1:
        steps.append(f"The only negative number is -{negative_total}; it is {negative_total} below zero.")
    else:
        steps.append(
            "Add the sizes of the negative numbers, ignoring their minus signs: "
            f"{' + '.join(map(str, negative_sizes))} = {negative_total}."
        )
    if not non_negative:
        steps.append(f"Every number is negative, so the result is negative too: -{negative_total}.")
        return steps
    positive_total = sum(non_negative)
    if len(non_negative) == 1:
        steps.append(f"The only number that is not negative is {positive_total}.")
    else:
        steps.append(f"Add the numbers that are not negative: {' + '.join(map(str, non_negative))} = {positive_total}.")
    if positive_total >= negative_total:
        difference = positive_total - negative_total
        steps.append(
            f"Take the difference: {positive_total} - {negative_total} = {difference}. "
            "The positive total is at least as big, so the result is not negative."
        )
    else:
        difference = negative_total - positive_total
        steps.append(
            f"Take the difference: {negative_total} - {positive_total} = {difference}. "
            f"The negative total is bigger, so the result is negative: -{difference}."
        )
    return steps


class AdditionSkill:
    """Sums two or more whole numbers written in digits or words."""

    name: str = NAME
    title: str = "Addition"
    capability: str = SCOPE
    examples = EXAMPLES
    cue = CUE

    def parse(self, prompt: str) -> ParseResult[AdditionOperands]:
        text = normalize(prompt)
        # "Tom has 8, Ann has 3 more than Tom: how many does Ann have?"
        comparison = read_comparison(text)  # None for most prompts: it looks first (may_compare)
        if comparison is not None and (isinstance(comparison, Compared) or comparison.asked):
            return _compared(comparison, prompt)
        if not may_ask_for_addition(text):  # most prompts: then there is no need to read the numbers
            return no_cue(SCOPE, text, NAME) if comparison is None else _compared(comparison, prompt)
        reading = read_numbers(text)
        pieces = reading.pieces
        shape = skeleton_of(text)
        if not addition_cue_indices(pieces, shape):
            return no_cue(SCOPE, text, NAME) if comparison is None else _compared(comparison, prompt)
        problem = operand_problem(text, reading, shape, asking=NAME)
        if problem is not None:
            return Rejected(SCOPE, problem)

        other = _adds_to_a_thing(pieces, shape)
        if other is not None:
            return Rejected(SCOPE, other)
        operands = _operands(pieces)
        if len(operands) < 2 and reading.used_and_inside_a_number:
            # "add one hundred and five": the "and" separates two operands here.
            pieces = read_numbers(text, join_with_and=False).pieces
            operands = _operands(pieces)
        dangling = _dangling_operator(pieces)
        if len(operands) < 2 and any_describes_a_thing(pieces):
            return Rejected(SCOPE, DESCRIBES)  # "add a 5 star review for this app"
        if len(operands) < 2 or dangling is not None:
            return Missing(_missing_message(operands, dangling))
        return Parsed(AdditionOperands(operands))

    def operands_from_spans(self, prompt: str, spans: Sequence[Span]) -> ParseResult[AdditionOperands]:
        story = _STORY.refusal(prompt, SCOPE)  # a story of taking away, read by the model (stories.py)
        if story is not None:
            return story
        found = tagged_numbers(prompt, spans)
        if isinstance(found, str):
            return Rejected(SCOPE, found)
        found = tagged_amounts(prompt, found)
        if len(found) < 2:
            return Missing(_missing_message([number for number, _ in found], None))
        return Parsed(AdditionOperands(number for number, _ in found))

    def solve(self, operands: AdditionOperands) -> str:
        return str(sum(operand.value for operand in operands))

    def show_operands(self, operands: AdditionOperands) -> list[str]:
        return [operand.display() for operand in operands]

    def explain(self, operands: AdditionOperands, answer: str) -> Explanation:
        values = [operand.value for operand in operands]
        reading = getattr(operands, "reading", None)
        steps = [reading] if reading else []
        steps.append(f"Identify the numbers: {join_words(operand.display() for operand in operands)}.")
        if all(0 <= value <= 9 for value in values):
            steps.append(f"Add them together: {' + '.join(map(str, values))} = {sum(values)}.")
        elif all(value >= 0 for value in values):
            steps.extend(_column_steps(values))
        else:
            steps.extend(_signed_steps(values))
        return Explanation("Let's solve this addition carefully.", steps, final_answer_sentence(answer))


ADDITION = AdditionSkill()
SKILL = ADDITION
