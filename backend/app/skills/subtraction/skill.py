"""Subtraction of whole numbers, explained column by column with each borrow shown.

"10 minus 3", "10 - 3", "subtract 3 from 10", "take 3 away from 10", "decrease 10 by 3", "3 less than 10" and
"10 minus 3 minus 2" (left to right) subtract; "the difference between 3 and 10" is the larger minus the smaller.
Another operation in the same prompt ("10 minus 3 plus 2", "times") is refused, as the other skills do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from app.skills.base import (
    MINUEND,
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
from app.skills.numbers import NUMBER_WORDS, NumberReading, Piece, WholeNumber, read_numbers, tagged_numbers
from app.skills.operands import (
    DESCRIBES,
    any_describes_a_thing,
    glued_letters,
    operand_indices,
    tagged_amounts,
)
from app.skills.operations import AMOUNT_WORDS, DASHED, names_a_skill_task, no_cue, operand_problem, skeleton_of
from app.skills.stories import load_story
from app.skills.subtraction.change import CHANGE, changed_amounts
from app.skills.text import (
    Vocabulary,
    alternation_of,
    grouped_words,
    has_any_word,
    join_words,
    normalize,
    typo_forms,
)

NAME = "subtraction"
SCOPE = "subtract whole numbers"
_STORY = load_story(__file__)  # the words of its stories and of addition's (stories.toml)
EXAMPLES = load_examples(__file__)
EXAMPLE_PROMPT = EXAMPLES[0].prompt
_PHRASES = load_toml(__file__, "phrases.toml")

_SHORT_WORDS = {
    key: typo_forms(entry["word"], entry["real_words"])
    for key, entry in _PHRASES["short_words"].items()
    if isinstance(entry, dict)
}
_SHORT_WORDS["take"] |= words_of(_PHRASES["short_words"], "take_forms")
SUBTRACTION_WORDS = Vocabulary(
    grouped_words(_PHRASES["cue_words"]),
    fuzzy_min_length=6,
    reserved=NUMBER_WORDS.words | {"different"},
    # The slips of "minus" as they are, never with a further one: "minues" is "minus", "minutes" is not.
    slips=dict.fromkeys(_SHORT_WORDS["minus"], "minus"),
)
_COUNTED_NOUNS = words_of(_PHRASES["operands"], "counted_nouns")
_NOT_NUMERIC = words_of(_PHRASES["operands"], "not_numeric_difference")
_PLACEHOLDERS = words_of(_PHRASES["operands"], "placeholders")
_OTHER_OBJECTS = words_of(_PHRASES["operands"], "other_objects")
_DASH_CONTEXTS = words_of(_PHRASES["operands"], "dash_contexts")
_PHRASE_WORDS = {
    key: _SHORT_WORDS[key] | ({"fewer"} if key == "less" else set()) for key in ("take", "away", "less", "than")
}
_TAKE, _AWAY, _LESS, _THAN = (alternation_of(_PHRASE_WORDS[key]) for key in ("take", "away", "less", "than"))

# On the skeleton ("# - #"): a "-" between two operands (one that starts an operand is a sign, folded into
# its number by read_numbers), "take # away", "take away", and "# less than #".
_MINUS_SYMBOL = re.compile(r"(?:#|\)) -(?= (?:#|\(|\?|=)|$)")  # "10 - 3", "(...) - 3", "10 - ?", "10 -"
_TAKE_AWAY = re.compile(rf"\b{_TAKE} (?:# )?{_AWAY}\b|\b{_TAKE} # from #")
_LESS_THAN = re.compile(rf"\b{_LESS} {_THAN}\b")
_LESS_THAN_OPERANDS = re.compile(rf"# {_LESS} {_THAN} #")
# A yes-or-no question about the numbers ("is 98 - 69 negative?", "so, is 81 less than 61?") asks about the
# result, it does not ask for it.
_YES_NO = re.compile(
    r"(?:^|[^\w\s'#)] |\b(?:yo|hey|hi|ok|okay|so|and|but|then|pls|please) )"
    r"(?:is|are|was|were|isn't|aren't|does|do(?! # - #(?: for me)?(?: [^\w\s])*$)|will|would|can) (?:#|\()"
)  # "pls do 73-38" asks for the result: "do" before a bare expression is the imperative
# Verbs that ask for a subtraction only in the shapes of phrases.toml, by cue kind ("knock # off #": "subtract").
_SHAPE_WORDS = words_of(_PHRASES["cue_phrases"], "words")
_CUE_SHAPES = {
    **{kind: re.compile("|".join(_PHRASES["cue_phrases"][kind])) for kind in ("subtract", "decrease", "difference")},
    "change": CHANGE,
}
# Every cue word, its accepted typos, the words of the phrases above and the shapes' verbs: a prompt with none of
# them as a whole word, and no "-", is no subtraction (most prompts), so its numbers need not be read.
_CUE_FORMS = SUBTRACTION_WORDS.forms() | _PHRASE_WORDS["take"] | _PHRASE_WORDS["less"] | _SHAPE_WORDS

_POLITE_ENDINGS = frozenset({"please", "pls", "plz", "thanks", "thx", "now", "for", "me", "quickly", "ty"})
_VERBS = frozenset({"subtract", "decrease", "take away"})
_THING = "this takes away or reduces something other than a number"
_LIMIT = 'this uses "less than" for a limit, not a subtraction'
_NAMED = "this asks how two named things differ, not for the difference between two numbers"
_DECREASED_TO = "this asks to bring something down to an amount, not by one"
_DIFFERENCE_LEADS = words_of(_PHRASES["operands"], "difference_leads")
_DETERMINERS = words_of(_PHRASES["operands"], "determiners")
_STAND_INS = words_of(_PHRASES["operands"], "stand_ins")
_AWAY_FORMS = _PHRASE_WORDS["away"]
_LINKS = words_of(_PHRASES["operands"], "links")
_SOURCES = words_of(_PHRASES["operands"], "sources")  # "from", "off": the number after it comes first
# "reduce 3 cups of broth to 1 cup": a decrease to an amount, with no "by" saying how much is taken away.
_DECREASE_TO = re.compile(r"# (?:\w+ )*to #")


class SubtractionOperands(NamedTuple):
    """The numbers in the order they are subtracted (the first minus each of the rest), and how it was asked:
    "in order", "from" ("subtract 3 from 10"), "less than" ("3 less than 10") or "difference"."""

    numbers: tuple[WholeNumber, ...]
    form: str = "in order"
    reading: str | None = None  # how a comparison word problem was read ("how much taller" asks for ...)


def may_ask_for_subtraction(normalized: str) -> bool:
    """False only if ``_cue_kinds`` finds no cue in this text (tests/skills/test_parser_shortcuts.py)."""
    return "-" in normalized or has_any_word(normalized, _CUE_FORMS)


def _cue_kinds(pieces: Sequence[Piece], shape: str) -> set[str]:
    """Which kinds of subtraction cue the prompt has: "minus", "subtract", "decrease", "difference", "from"..."""
    kinds = {
        kind for piece in pieces if piece.kind == "word" and (kind := SUBTRACTION_WORDS.lookup(piece.text) or "") != ""
    }
    if _MINUS_SYMBOL.search(shape):
        kinds.add("minus")
    if _TAKE_AWAY.search(shape):
        kinds.add("take away")
    if _LESS_THAN.search(shape):
        kinds.add("less than")
    kinds.update(kind for kind, pattern in _CUE_SHAPES.items() if pattern.search(shape))
    return kinds


# A comparison word problem that asks for a subtraction, or asks a question no rule answers for sure, is no other
# skill's task (nor one the model may answer for another skill: see comparison.comparison_task).
CUE = Cue(
    "asks for a subtraction",
    lambda pieces, shape: bool(_cue_kinds(pieces, shape)) or comparison_task(pieces, shape) in (NAME, "unclear"),
)


def _compared(comparison: Comparison, prompt: str) -> ParseResult[SubtractionOperands]:
    """A comparison word problem (comparison.py): the subtraction it asks for, or why it is none."""
    if not isinstance(comparison, Compared):
        return Rejected(SCOPE, comparison.why)
    if comparison.task != NAME:
        return Rejected(SCOPE, "this asks for an addition")
    form = "difference" if comparison.difference else "in order"
    return Parsed(SubtractionOperands(comparison.numbers, form, cased(comparison.reading, prompt)))


def _operand_indices(pieces: Sequence[Piece]) -> list[int]:
    """The numbers to subtract (operands.operand_indices)."""
    return operand_indices(pieces, _COUNTED_NOUNS)


def _names_things(pieces: Sequence[Piece], indices: Sequence[int]) -> bool:
    """ "the difference between grade 3 and grade 4", "between iphone 14 and 15", "between 4G and 5G", "a 401k":
    numbers that name or label things (a word right before one, or letters glued to one), not quantities."""
    between = next((i for i, piece in enumerate(pieces) if piece.text == "between"), None)
    after = [index for index in indices if between is not None and index > between]
    if not after:
        return False
    first = pieces[after[0] - 1]
    return (first.kind == "word" and first.text not in _DIFFERENCE_LEADS) or any(
        glued_letters(pieces, index) or _modifies(pieces, index, after) for index in after
    )


def _modifies(pieces: Sequence[Piece], index: int, operands: Sequence[int]) -> bool:
    """ "a 2 stroke and a 4 stroke engine", "2 and 3 star hotels": a number and a singular noun that name a kind
    of thing, told by the noun repeated after the other number or by a plural noun after it ("a 70 year old",
    "45 dollar shoes", "8 show your work" stay amounts)."""
    noun = pieces[index + 1] if index + 1 < len(pieces) else None
    if noun is None or noun.kind != "word" or not noun.text.isalpha() or len(noun.text) < 3:
        return False
    if noun.text.endswith("s") or noun.text in AMOUNT_WORDS:
        return False
    then = pieces[index + 2] if index + 2 < len(pieces) else None
    plural_after = (
        then is not None and then.text.isalpha() and len(then.text) >= 4 and then.text.endswith("s")
    ) and then.text not in AMOUNT_WORDS
    repeated = any(
        other != index and other + 1 < len(pieces) and pieces[other + 1].text == noun.text for other in operands
    )
    return plural_after or repeated


def _object_of(pieces: Sequence[Piece], index: int) -> Piece | None:
    """The word a cue at ``index`` acts on, when it is a thing rather than a number or a stand-in for one:
    "reduce stress", "take away the plates", "from my taxes", "subtract yourself" (None for "subtract 3",
    "from these", "take it away", "from" at the end)."""
    following = [piece for piece in pieces[index + 1 : index + 4] if piece.text not in _AWAY_FORMS]
    if following and following[0].text in _DETERMINERS:
        following = following[1:]
    if not following:
        return None
    head = following[0]
    if head.kind != "word" or any(head.text in words for words in (_PLACEHOLDERS, _STAND_INS, _LINKS, _POLITE_ENDINGS)):
        return None
    if any(piece.text in _PLACEHOLDERS for piece in following[1:2]):
        return None  # "subtract the fllowing numbers", "the two numbers"
    return head


def _takes_away_a_thing(pieces: Sequence[Piece], indices: Sequence[int], kinds: set[str]) -> str | None:
    """With fewer than two numbers, why the cue is not a subtraction missing a number: it takes away or reduces a
    thing ("reduce stress before my 9 am exam", "deduct it from my taxes", "subtract the background noise from 3
    recordings"), or "less than" bounds a number ("less than 2 metres away")."""
    numbers_at = set(indices)
    for index, piece in enumerate(pieces):
        if piece.kind != "word":
            continue
        kind = SUBTRACTION_WORDS.lookup(piece.text)
        verb = kind in _VERBS or (piece.text in _PHRASE_WORDS["take"] and "take away" in kinds)
        if verb and _object_of(pieces, index) is not None:
            return _THING
        takes_from = piece.text == "from" and not kinds.isdisjoint(("subtract", "take away"))
        if takes_from and not any(later > index for later in numbers_at) and _object_of(pieces, index):
            return _THING
    if kinds == {"less than"} and indices:
        than = next(i for i, piece in enumerate(pieces) if piece.kind == "word" and piece.text in _PHRASE_WORDS["than"])
        if all(index > than for index in indices):
            return _LIMIT
    return None


def _asks_for_numbers(pieces: Sequence[Piece], kinds: set[str], words: set[str]) -> bool:
    """With no number at all: "subtract these numbers", "subtract pls", "do a subtraction for me" ask for them;
    "what does minus mean?", "odd vs even numbers, what's the difference?" do not."""
    if not _NOT_NUMERIC.isdisjoint(words):
        return False
    cues = [index for index, piece in enumerate(pieces) if _is_cue_word(piece)]
    for index in cues:
        following = [piece.text for piece in pieces[index + 1 : index + 5] if piece.kind == "word"]
        if not _PLACEHOLDERS.isdisjoint(following[:3]):
            return True  # "subtract these numbers", "the difference between two numbers"
        noun = SUBTRACTION_WORDS.lookup(pieces[index].text) == "noun"
        if noun and index > 0 and pieces[index - 1].text == "a" and set(following[:1]) <= {"for", "please", "pls"}:
            return True  # "can you do a subtraction for me?"
    content = [piece for piece in pieces if piece.kind == "word" and piece.text not in _POLITE_ENDINGS]
    last = content[-1] if content else None
    return last is not None and _is_cue_word(last) and SUBTRACTION_WORDS.lookup(last.text) in ("subtract", "minus")


def _is_cue_word(piece: Piece) -> bool:
    return piece.kind == "word" and (
        SUBTRACTION_WORDS.lookup(piece.text) is not None or piece.text in _PHRASE_WORDS["away"]
    )


def _dash_in_another_sense(pieces: Sequence[Piece]) -> bool:
    """ "pages 3-5", "it ended 4-2", "1969-07-20", "555-0142": a dash written tight between numbers, with a
    word before it that makes it a range or a score, or a number written with a leading zero."""
    tight = [
        index
        for index in range(1, len(pieces) - 1)
        if pieces[index].text == "-"
        and pieces[index - 1].number is not None
        and pieces[index + 1].number is not None
        and pieces[index - 1].end == pieces[index].start
        and pieces[index].end == pieces[index + 1].start
    ]
    for index in tight:
        before, after = pieces[index - 1], pieces[index + 1]
        if any(len(p.text) > 1 and p.text.startswith("0") for p in (before, after)):
            return True
        if any(piece.text in _DASH_CONTEXTS for piece in pieces[max(0, index - 4) : index - 1]):
            return True
    return False


def _dangling_operator(pieces: Sequence[Piece], operand_indices: Sequence[int]) -> str | None:
    """The "minus"/"-" after the last number ("10 minus 3 minus"), whose operand is missing."""
    last = operand_indices[-1] if operand_indices else -1
    for piece in pieces[last + 1 :]:
        if piece.text == "-" or (piece.kind == "word" and SUBTRACTION_WORDS.lookup(piece.text) == "minus"):
            return piece.text
    return None


def _missing_message(count: int, found: WholeNumber | None, dangling: str | None) -> str:
    if dangling is not None and count >= 1:
        return (
            f'It looks like a number is missing after "{dangling}". Which number should I subtract? '
            f'For example: "{EXAMPLE_PROMPT}"'
        )
    if found is not None:
        return (
            f"I found only one number ({found.display()}). Which other number should I use? "
            f'For example: "{EXAMPLE_PROMPT}"'
        )
    return f'Which numbers should I subtract? Please give me two whole numbers. For example: "{EXAMPLE_PROMPT}"'


def _ordered(
    pieces: Sequence[Piece], indices: list[int], kinds: set[str], shape: str
) -> ParseResult[SubtractionOperands]:
    """The operands in subtraction order, from the shape of the request."""
    numbers = [pieces[index].number for index in indices]
    operands = tuple(number for number in numbers if number is not None)
    if "difference" in kinds and kinds <= {"difference", "minus"}:
        if len(operands) > 2:
            return Rejected(SCOPE, "this asks for the difference of more than two numbers")
        return Parsed(SubtractionOperands(operands, "difference"))
    if "less than" in kinds and _LESS_THAN_OPERANDS.search(shape):
        if len(operands) != 2:
            return Rejected(SCOPE, 'this mixes "less than" with more numbers')
        return Parsed(SubtractionOperands((operands[1], operands[0]), "less than"))
    # "subtract 3 (and 4) from 10", "take 3 away from 10", "knock 3 off 10": the number after "from" comes first.
    first_cue = next(
        (
            index
            for index, piece in enumerate(pieces)
            if piece.kind == "word"
            and (
                SUBTRACTION_WORDS.lookup(piece.text) == "subtract"
                or piece.text in _PHRASE_WORDS["take"]
                or piece.text in _SHAPE_WORDS
            )
        ),
        None,
    )
    source = next(
        (
            index
            for index, piece in enumerate(pieces)
            if piece.text in _SOURCES and first_cue is not None and index > first_cue
        ),
        None,
    )
    if source is not None:
        taken = [pieces[index].number for index in indices if index < source]
        sources = [pieces[index].number for index in indices if index > source]
        if len(sources) > 1:
            return Rejected(SCOPE, "this subtracts from more than one number")
        if sources and taken:
            ordered = (*sources, *taken)
            return Parsed(SubtractionOperands(tuple(n for n in ordered if n is not None), "from"))
    return Parsed(SubtractionOperands(operands))


def _change(text: str, reading: NumberReading, shape: str) -> ParseResult[SubtractionOperands] | None:
    """A change from one amount to another, asked how much it changed (change.py), or None."""
    amounts = changed_amounts(reading, shape)
    if amounts is None:
        return None
    problem = operand_problem(text, reading, shape, asking=NAME)
    if problem is not None and not names_a_skill_task(problem):  # "increase" is addition's cue word too
        return Rejected(SCOPE, problem)
    start, end = amounts
    # The size of the change, whichever way it went: "my rank went up from 40 to 25, how many places?" is 15.
    reading_step = f"It went from {start.display()} to {end.display()}: the change is the larger minus the smaller."
    return Parsed(SubtractionOperands(amounts, "difference", reading_step))


_TAKES_MORE_THAN_THERE_WAS = "this would take away more than there is"
# A story of an amount that then falls ("was 4 degrees ... fell 9 degrees", "was -8 and got 3 degrees colder"): the
# verb comes after the first number.
_FALL = re.compile(
    r"\d[^\d]*\b(?:fell|falls|fall|dropped|drops|drop|went down|goes down|go down|got colder|gets colder|colder|"
    r"cooled|decreased|descended|sank|lost|loses|lose)\b[^\d]*\d"
    r"|\d[^\d]*\d+ (?:degrees? )?(?:colder|cooler)\b"  # "it was -8 and got 3 degrees colder"
)


_BELOW_ZERO = re.compile(r"(?<!\w)" + alternation_of(_PHRASES["negative_story"]["below_zero"]) + r"(?!\w)")


def _a_story(prompt: str, numbers: Sequence[WholeNumber]) -> bool:
    """A word problem of things that cannot go below zero: no negative number, no word or sign of a subtraction
    ("5 minus 12" may well be negative), no quantity that may go below zero (phrases.toml: a temperature, a
    balance, a floor)."""
    if any(number.value < 0 for number in numbers):
        return False
    text = normalize(prompt)
    if _BELOW_ZERO.search(text) is not None:
        return False
    return not CUE.found(read_numbers(text).pieces, skeleton_of(text))


class SubtractionSkill:
    """Subtracts whole numbers written in digits or words, left to right; negative results included."""

    name: str = NAME
    title: str = "Subtraction"
    capability: str = SCOPE
    examples = EXAMPLES
    cue = CUE

    def parse(self, prompt: str) -> ParseResult[SubtractionOperands]:
        text = normalize(prompt)
        if " from " in text:  # "the price went from 45 to 60: how much did it rise?" (before "how much more" is read)
            changed = _change(text, read_numbers(text), skeleton_of(text))
            if changed is not None:
                return changed
        # "how much taller is a 190 cm man than a 175 cm man?"
        comparison = read_comparison(text)  # None for most prompts: it looks first (may_compare)
        if comparison is not None and (isinstance(comparison, Compared) or comparison.asked):
            return _compared(comparison, prompt)
        if not may_ask_for_subtraction(text):  # most prompts: then there is no need to read the numbers
            return no_cue(SCOPE, text, NAME) if comparison is None else _compared(comparison, prompt)
        reading = read_numbers(text)
        pieces = reading.pieces
        shape = skeleton_of(text)
        kinds = _cue_kinds(pieces, shape)
        if not kinds:
            return no_cue(SCOPE, text, NAME) if comparison is None else _compared(comparison, prompt)
        problem = operand_problem(text, reading, shape, asking=NAME)
        if problem is not None:
            return Rejected(SCOPE, problem)
        words = {piece.text for piece in pieces if piece.kind == "word"}
        noun_only = kinds <= {"noun"}  # "is subtraction commutative?" names the operation, asks for none
        if not words.isdisjoint(_OTHER_OBJECTS) or (noun_only and reading.numbers):
            return Rejected(SCOPE)  # "subtract the background from a photo", "five subtraction problems"
        if _YES_NO.search(shape):
            return Rejected(SCOPE, "this asks a yes-or-no question about the numbers")
        if _dash_in_another_sense(pieces):
            return Rejected(SCOPE, DASHED)

        indices = _operand_indices(pieces)
        if len(indices) < 2 and reading.used_and_inside_a_number:
            # "subtract one hundred and five": the "and" separates two operands here.
            pieces = read_numbers(text, join_with_and=False).pieces
            indices = _operand_indices(pieces)
        if not indices and not _asks_for_numbers(pieces, kinds, words):
            # "what does minus mean?", "the difference between a cat and a dog": no numbers, no request for them
            return Rejected(SCOPE)
        if "difference" in kinds and _names_things(pieces, indices):
            return Rejected(SCOPE, _NAMED)
        if kinds <= {"decrease", "minus"} and "by" not in words and _DECREASE_TO.search(shape):
            return Rejected(SCOPE, _DECREASED_TO)
        if len(indices) < 2:
            other = DESCRIBES if any_describes_a_thing(pieces) else _takes_away_a_thing(pieces, indices, kinds)
            if other is not None:
                return Rejected(SCOPE, other)
        dangling = _dangling_operator(pieces, indices)
        if len(indices) < 2 or dangling is not None:
            first = pieces[indices[0]].number if indices else None
            return Missing(_missing_message(len(indices), first, dangling))
        return _ordered(pieces, indices, kinds, shape)

    def operands_from_spans(self, prompt: str, spans: Sequence[Span]) -> ParseResult[SubtractionOperands]:
        """Two or more numbers, the one tagged as the minuend first, then the others left to right; with none
        tagged as the minuend, two numbers' difference (the larger minus the smaller, as "the difference
        between 17 and 61" asks)."""
        story = _STORY.refusal(prompt, SCOPE)  # a story of putting together, read by the model (stories.py)
        if story is not None:
            return story
        found = tagged_numbers(prompt, spans)
        if isinstance(found, str):
            return Rejected(SCOPE, found)
        found = tagged_amounts(prompt, found)
        if len(found) < 2:
            return Missing(_missing_message(len(found), found[0][0] if found else None, None))
        minuends = [number for number, role in found if role == MINUEND]
        others = tuple(number for number, role in found if role != MINUEND)
        if len(minuends) > 1:
            return Rejected(SCOPE, "this subtracts from more than one number")
        if minuends:
            numbers = (minuends[0], *others)
            if minuends[0].value < sum(n.value for n in others) and _a_story(prompt, numbers):
                # A story that takes more away than there was ("the trip is 413 km and we've done 264" tagged the
                # other way round, or a story of putting together read as taking away): a misreading, not a debt.
                return Rejected(SCOPE, _TAKES_MORE_THAN_THERE_WAS)
            return Parsed(SubtractionOperands(numbers, "in order"))
        if len(found) > 2:
            return Rejected(SCOPE, "this asks for the difference of more than two numbers")
        if _FALL.search(normalize(prompt)) is not None:
            # "It was 4 degrees and the temperature fell 9 degrees": a fall from the first amount, whatever the
            # tags say (not the difference, 5); below zero only for what may go there (a temperature, a floor)
            if others[0].value < others[1].value and _a_story(prompt, others):
                return Rejected(SCOPE, _TAKES_MORE_THAN_THERE_WAS)
            return Parsed(SubtractionOperands(others, "in order"))
        return Parsed(SubtractionOperands(others, "difference"))

    def solve(self, operands: SubtractionOperands) -> str:
        values = [number.value for number in operands.numbers]
        if operands.form == "difference":
            return str(abs(values[0] - values[1]))
        return str(values[0] - sum(values[1:]))

    def show_operands(self, operands: SubtractionOperands) -> list[str]:
        return [number.display() for number in operands.numbers]  # in subtraction order, as the steps use them

    def explain(self, operands: SubtractionOperands, answer: str) -> Explanation:
        numbers = operands.numbers
        values = [number.value for number in numbers]
        steps = [operands.reading] if operands.reading else []
        steps.append(f"Identify the numbers: {join_words(number.display() for number in numbers)}.")
        if operands.form == "difference":
            larger, smaller = max(values), min(values)
            steps.append(
                "The difference between two numbers is the larger minus the smaller, so it is never negative: "
                f"{_signed(larger)} - {_signed(smaller)}."
            )
            steps.extend(_pair_steps(larger, smaller))
        else:
            if operands.form == "from":
                taken = join_words(str(value) for value in values[1:])
                steps.append(f"Subtracting {taken} from {values[0]} means {_expression(values)}.")
            elif operands.form == "less than":
                steps.append(f'"{values[1]} less than {values[0]}" means {values[0]} - {values[1]}.')
            if len(values) > 2:
                steps.append(f"Work from left to right: {_expression(values)}.")
            running = values[0]
            for value in values[1:]:
                if len(values) > 2:
                    steps.append(f"Next: {_signed(running)} - {_signed(value)}.")
                steps.extend(_pair_steps(running, value))
                running -= value
        return Explanation("Let's solve this subtraction carefully.", steps, final_answer_sentence(answer))


def _signed(value: int) -> str:
    return f"({value})" if value < 0 else str(value)


def _expression(values: Sequence[int]) -> str:
    return " - ".join(_signed(value) for value in values)


def _pair_steps(top: int, bottom: int) -> list[str]:
    """How to work out ``top - bottom``, ending with its result."""
    result = top - bottom
    if bottom < 0:
        return [
            f"Subtracting a negative number adds its size: {_signed(top)} - {_signed(bottom)} = "
            f"{_signed(top)} + {-bottom} = {result}."
        ]
    if top < 0:
        return [
            f"{top} is already below zero, and taking away {bottom} goes further down: "
            f"{top} - {bottom} = -({-top} + {bottom}) = {result}."
        ]
    if top < bottom:
        return [
            f"{top} is smaller than {bottom}, so the result is negative: {top} - {bottom} = -({bottom} - {top}).",
            f"Work out {bottom} - {top} instead.",
            *_non_negative_steps(bottom, top),
            f"So {top} - {bottom} = {result}.",
        ]
    return _non_negative_steps(top, bottom)


def _non_negative_steps(top: int, bottom: int) -> list[str]:
    """``top - bottom`` for ``top >= bottom >= 0``."""
    if top <= 9:
        return [f"Subtract: {top} - {bottom} = {top - bottom}."]
    return _column_steps(top, bottom)


def _column_steps(top: int, bottom: int) -> list[str]:
    """Schoolbook subtraction: one step per column, each borrow stated (the mirror of addition's carries)."""
    top_digits, bottom_digits = str(top), str(bottom)
    steps = [f"Write {top} above {bottom}, lining up the ones, the tens, the hundreds and so on."]
    borrow = 0
    summary_digits: list[str] = []
    summary_borrows: list[int] = []
    for column in range(len(top_digits)):
        digit = int(top_digits[-1 - column])
        under = int(bottom_digits[-1 - column]) if column < len(bottom_digits) else None
        current = digit - borrow
        need = under or 0
        next_borrow = 1 if current < need else 0
        written = current + 10 * next_borrow - need
        if column < DETAILED_COLUMNS:
            steps.append(f"{column_name(column)}: {_column_working(digit, under, borrow, next_borrow, written)}")
        else:
            summary_digits.append(str(written))
            if next_borrow:
                summary_borrows.append(column + 2)  # 1-based number of the column lending
        borrow = next_borrow
    if summary_digits:
        borrowed = (
            f"borrowing from columns {join_words(str(c) for c in summary_borrows)}"
            if summary_borrows
            else "with no borrowing"
        )
        steps.append(
            f"Columns {DETAILED_COLUMNS + 1} to {len(top_digits)} from the right are subtracted the same way, "
            f"{borrowed}; they give the digits {''.join(reversed(summary_digits))}."
        )
    steps.append(f"Read the written digits from left to right, dropping zeros at the front: {top - bottom}.")
    return steps


def _column_working(digit: int, under: int | None, borrow: int, next_borrow: int, written: int) -> str:
    """One column, in words: "4 is less than 8, so borrow 1 from the next column: 14 - 8 = 6, write 6."."""
    top = f"{digit} - 1 (lent)" if borrow else str(digit)
    need = under or 0
    if next_borrow:
        below = f"{top} - {need} would be below zero" if borrow else f"{digit} is less than {need}"
        borrowed = f"{digit} + 10 - 1 - {need}" if borrow else f"{digit + 10} - {need}"
        return f"{below}, so borrow 1 from the next column: {borrowed} = {written}, write {written}."
    if under is None:
        return f"{top} = {written}, write {written}." if borrow else f"nothing to take away, so write {written}."
    return f"{top} - {need} = {written}, write {written}."


SUBTRACTION = SubtractionSkill()
SKILL = SUBTRACTION
