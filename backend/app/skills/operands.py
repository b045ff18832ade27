"""Which numbers of a prompt are operands, shared by addition and subtraction.

A number can be in a prompt without being something to add or subtract: an ordinal ("the 12th", "the 1st and
2nd world war"), a name or a model glued to letters ("4G", "1080p", "a 401k", "cell A1"), or a number word that
counts the operands that follow ("the two prices, 59 and 38", "my three bills: 4, 5 and 6").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.skills.numbers import Piece, WholeNumber, read_numbers
from app.skills.operations import AMOUNT_WORDS, LABEL_NOUNS
from app.skills.text import normalize

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
DESCRIBES = "this uses a number to describe a thing, not as an amount"

# Words after which a number word is an operand, not a count of them ("two from ten", "two and three").
_NOT_COUNTED = frozenset(
    {
        "and", "or", "from", "to", "by", "of", "off", "away", "plus", "minus", "less", "more", "than", "times",
        "take", "taken", "added", "subtracted", "please", "pls", "thanks", "is", "equals", "then", "for", "me",
    }
)  # fmt: skip


def glued_letters(pieces: Sequence[Piece], index: int) -> bool:
    """Whether the number at ``index`` is written against letters, with no space: "4g", "1080p", "a1", "12th"."""
    number = pieces[index]
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    before = pieces[index - 1] if index > 0 else None
    return (after is not None and after.kind == "word" and after.start == number.end) or (
        before is not None and before.kind == "word" and before.end == number.start and before.text.isalpha()
    )


def is_ordinal(pieces: Sequence[Piece], index: int) -> bool:
    """ "12th", "1st", "2nd": a position, not a quantity."""
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    return after is not None and after.start == pieces[index].end and after.text in _ORDINAL_SUFFIXES


def without_counts(pieces: Sequence[Piece], indices: list[int]) -> list[int]:
    """The operand indices without a number word that counts the others ("the two prices, 59 and 38": two)."""
    for position, index in enumerate(indices):
        number = pieces[index].number
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if (
            number is not None
            and number.words is not None
            and number.value == len(indices) - 1 >= 2
            and following is not None
            and following.kind == "word"
            and following.text.isalpha()
            and following.text not in _NOT_COUNTED
        ):
            return indices[:position] + indices[position + 1 :]
    return indices


_OWNERS = frozenset({"my", "our", "his", "her", "their", "your", "have", "has", "had", "the"})


def _plural_after(pieces: Sequence[Piece], index: int) -> str | None:
    noun = pieces[index + 1] if index + 1 < len(pieces) else None
    if noun is None or noun.kind != "word" or not noun.text.isalpha() or len(noun.text) < 4:
        return None
    return noun.text if noun.text.endswith("s") and noun.text not in AMOUNT_WORDS else None


def without_the_cast(pieces: Sequence[Piece], indices: list[int]) -> list[int]:
    """The operand indices without a first number that only counts who the story is about: "My 2 cats weigh 4 kg
    and 5 kg", "My 3 dogs ate 12 treats today and 9 yesterday": owned things counted once, then amounts of one
    other kind (not "I have 3 apples, 4 pears and 5 plums", a list of counts, nor "how many cats ...")."""
    if len(indices) < 3:
        return indices
    first = indices[0]
    cast = _plural_after(pieces, first)
    if cast is None or first == 0 or pieces[first - 1].text not in _OWNERS:
        return indices
    others = {noun for index in indices[1:] if (noun := _plural_after(pieces, index)) is not None}
    asked_about = any(
        pieces[i].text == "how" and i + 2 < len(pieces) and pieces[i + 2].text == cast for i in range(len(pieces))
    )
    return indices[1:] if len(others) <= 1 and cast not in others and not asked_about else indices


def describes_a_thing(pieces: Sequence[Piece], index: int) -> bool:
    """ "a 5 star review", "a 3 bedroom house": after "a", a number and a singular noun describe one thing ("a 70
    year old", "a 5 and a 7" stay numbers, and so does "a 45 page book and a 12 page book: how many pages")."""
    before = pieces[index - 1] if index > 0 else None
    noun = pieces[index + 1] if index + 1 < len(pieces) else None
    if (
        before is None
        or before.text not in ("a", "an")
        or noun is None
        or noun.kind != "word"
        or not noun.text.isalpha()
        or len(noun.text) < 3
        or noun.text.endswith("s")
        or noun.text in AMOUNT_WORDS
    ):
        return False
    counted = (noun.text + "s", noun.text + "es")
    return not any(piece.text in counted for piece in pieces)


def is_one_whole(pieces: Sequence[Piece], index: int) -> bool:
    """ "into one", "in one jar": the word "one" after "in" or "into" names a single thing or what things are merged
    into ("combine these two photos into one"), not an amount."""
    before = pieces[index - 1] if index > 0 else None
    if pieces[index].text != "one":
        return False
    if before is not None and before.text in ("in", "into"):
        return True
    # "40 likes on one post and 65 on another": "one" set against a bare "another" picks a thing out, it counts
    # nothing ("one apple and 3 other apples" and "one plus another 5" count)
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    if after is None or after.kind != "word" or after.text in _OPERATORS:
        return False
    return any(
        pieces[other].text in ("another", "other")
        and pieces[other - 1].number is None
        and (other + 1 == len(pieces) or pieces[other + 1].number is None)
        for other in range(index + 2, len(pieces))
    )


def is_clock_time(pieces: Sequence[Piece], index: int) -> bool:
    """ "9:30", "7:45", "3pm": a time of day that sets the scene ("it's 9:30 now, add 15 and 20"), not an amount."""
    piece = pieces[index]
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    before = pieces[index - 1] if index > 0 else None
    if after is not None and after.text in ("o'clock", "oclock"):
        return True
    if after is not None and after.start == piece.end and after.text in ("am", "pm"):
        return True
    if after is not None and after.text == ":" and after.start == piece.end and index + 2 < len(pieces):
        return pieces[index + 2].number is not None and pieces[index + 2].start == after.end
    if before is not None and before.text == ":" and before.end == piece.start and index >= 2:
        return pieces[index - 2].number is not None and pieces[index - 2].end == before.start
    return False


_CLAUSE_ENDS = frozenset({":", ".", "?", "!", ";", ")"})
_OPERATORS = frozenset({"+", "-", "plus", "minus"})
_YEAR_BEFORE = frozenset({"in", "since", "during", "it's", "its"})
_A_YEAR_OF_TIME = frozenset({"this", "last", "next", "that", "every", "each", "per", "a", "one"})


def is_label(pieces: Sequence[Piece], index: int) -> bool:
    """ "room 204", "item #12", "Team 1 scored 45", "in 2023 I sold 340 cars": a number that names or dates
    something, not an amount."""
    before = pieces[index - 1] if index > 0 else None
    if before is None:
        return False
    if before.text == "#" and before.end == pieces[index].start:
        return True
    number = pieces[index].number
    is_year = number is not None and number.words is None and 1900 <= number.value <= 2100
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    bracketed = before.text == "(" and after is not None and after.text == ")"  # "this season (2023)"
    if before.text == "year" and index >= 2 and pieces[index - 2].text in _A_YEAR_OF_TIME:
        return False  # "this year 35 more joined": a time, then an amount (not "year 7", a school year)
    if before.text in LABEL_NOUNS:
        # "floor 2 ... went down 5 floors": a noun the prompt also counts is a scale, and its number an amount
        return not any(piece.text in (before.text + "s", before.text + "es") for piece in pieces)
    return is_year and (before.text in _YEAR_BEFORE or bracketed)


def sets_the_scene(pieces: Sequence[Piece], index: int) -> bool:
    """A position, a time of day, or a number that names or dates something: not a number to work with."""
    return is_ordinal(pieces, index) or is_clock_time(pieces, index) or is_label(pieces, index)


def scene_values(pieces: Sequence[Piece]) -> frozenset[int]:
    """The values of the numbers that only set the scene ("In 2020 I had 45 books"), for the model's tagged numbers:
    a value that stands as an amount elsewhere in the prompt too is not among them."""
    scene: set[int] = set()
    amounts: set[int] = set()
    for index, piece in enumerate(pieces):
        if piece.number is not None:
            (scene if sets_the_scene(pieces, index) else amounts).add(piece.number.value)
    return frozenset(scene - amounts)


def tagged_amounts(prompt: str, found: list[tuple[WholeNumber, str]]) -> list[tuple[WholeNumber, str]]:
    """The model's tagged numbers without those that set the scene ("In 2020 I had 45 books and bought 30 more") or
    count who the story is about ("I have 2 jars, one has 45 coins and the other has 38")."""
    if len(found) < 2:
        return found
    pieces = read_numbers(normalize(prompt)).pieces
    scene = set(scene_values(pieces))
    if len(found) >= 3:
        amounts = [i for i, piece in enumerate(pieces) if piece.number is not None and not sets_the_scene(pieces, i)]
        kept = without_the_cast(pieces, amounts)
        values = [number.value for i in amounts if (number := pieces[i].number) is not None]
        if len(kept) < len(amounts) and values.count(values[0]) == 1:  # (not "my 2 cats ... 2 kg")
            scene.add(values[0])
    return [(number, role) for number, role in found if number.value not in scene] if scene else found


def in_the_question(pieces: Sequence[Piece], indices: list[int]) -> list[int]:
    """The operands of the one clause that holds an expression ("# + #", "# minus #") when numbers stand in other
    clauses too: "my 2 kids want to know: what is 7 plus 8?", "I'm in grade 4. what's 56 + 27?"."""
    clause_of, clause, depth = [], 0, 0
    for piece in pieces:
        clause_of.append(clause)
        if piece.text == "(":
            depth += 1
        elif piece.text == ")" and depth:
            depth -= 1  # a bracket closed: "7 minus (-4) minus 1" (an unopened one ends a label: "Q2) 14 + 15")
        else:
            clause += piece.text in _CLAUSE_ENDS
    with_expression = {
        clause_of[i]
        for i in range(1, len(pieces) - 1)
        if pieces[i].text in _OPERATORS and pieces[i - 1].number is not None and pieces[i + 1].number is not None
    }
    if len(with_expression) != 1:
        return _asked_expression(pieces, indices)
    (asked,) = with_expression
    return _asked_expression(pieces, [index for index in indices if clause_of[index] == asked])


# Words that ask for the expression right after them: "what's 7 plus 6", "my homework says 35 + 46".
_ASKING = frozenset({"what", "what's", "whats", "much", "calculate", "compute", "solve", "evaluate", "says"})
# Before the asking word, these make the numbers there part of the request ("add 4 to what 3 + 2 is").
_JOINS_THE_REQUEST = _OPERATORS | frozenset(
    {"add", "added", "adding", "sum", "total", "subtract", "subtracted", "take", "difference", "then", "result"}
)


def _asked_expression(pieces: Sequence[Piece], indices: list[int]) -> list[int]:
    """The operands of an expression asked for right after an asking word, when numbers stand before that word and
    none after the expression: "I'm 40 and bored, what's 7 plus 6?", "on my iPhone 15, what's 230 + 70?", "my 2
    sons want to know what 14 plus 28 is"."""
    for asking, piece in enumerate(pieces):
        if piece.text not in _ASKING:
            continue
        start = asking + 1 + (asking + 1 < len(pieces) and pieces[asking + 1].text == "is")
        end = start
        while (
            end + 2 < len(pieces)
            and pieces[end].number is not None
            and pieces[end + 1].text in _OPERATORS
            and pieces[end + 2].number is not None
        ):
            end += 2
        if end == start or pieces[start].number is None:
            continue
        if any(p.text in _JOINS_THE_REQUEST for p in pieces[:asking]):
            return indices
        if any(index < asking for index in indices) and not any(index > end for index in indices):
            return [index for index in indices if start <= index <= end]
    return indices


def operand_indices(pieces: Sequence[Piece], counted_nouns: frozenset[str]) -> list[int]:
    """The indices of the numbers to add or subtract: not an ordinal ("the 12th"), a number that describes a
    thing ("a 5 star review"), "one" after "into" ("merge them into one"), one followed by a noun that counts
    the operands ("these 2 numbers"), nor a number word that counts the others ("the two prices, 9 and 4")."""
    indices: list[int] = []
    for index, piece in enumerate(pieces):
        if (
            piece.number is None
            or is_ordinal(pieces, index)
            or describes_a_thing(pieces, index)
            or is_one_whole(pieces, index)
            or sets_the_scene(pieces, index)
        ):
            continue
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if following is not None and following.text in counted_nouns:
            continue
        indices.append(index)
    return without_the_cast(pieces, without_counts(pieces, in_the_question(pieces, indices)))


def any_sets_the_scene(pieces: Sequence[Piece]) -> bool:
    """Whether a number of the text is a time, a date or a label ("At 7:30 I wondered", "Question 7:")."""
    return any(piece.number is not None and sets_the_scene(pieces, index) for index, piece in enumerate(pieces))


def any_describes_a_thing(pieces: Sequence[Piece]) -> bool:
    return any(piece.number is not None and describes_a_thing(pieces, index) for index, piece in enumerate(pieces))
