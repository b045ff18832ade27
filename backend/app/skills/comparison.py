"""Comparison word problems, read by rule for the addition and subtraction skills (docs/TASKS.md).

Two kinds are answered:

- a difference question: "how many more stickers does Ann have than Bob?", "how much taller is a 190 cm man
  than a 175 cm man?", "how many more is 30 than 12?", "what's the gap between 41 and 33?": the larger minus
  the smaller, as "the difference between" is (a subtraction);
- a relation and a question about its other side: "Ann has 15, which is 4 more than Bob. How many does Bob
  have?" (15 - 4, a subtraction), "Bob has 8 and Ann has 3 more than Bob. How many does Ann have?" (8 + 3, an
  addition): the task is the operation performed.

Whatever else uses a comparison word in a question is refused (``Unclear``) with a reason, so that neither skill,
nor the model's operand tagger, answers it with a guess: a relation whose question asks about a third person or
about the number given, two relations, a total of both sides, a relation with no question, a comparison without
an amount ("Ann is older than Bob, who is 30"), a yes/no comparison. A prompt with no comparison word, or only the
plain arithmetic forms "5 more than 7" and "3 less than 10", is not read here (``None``): the skills' own rules
read it as before.

The reading works on the prompt's skeleton (operations.skeleton_of: numbers are "#"), clause by clause. The
phrase lists are data (comparison.toml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.skills.base import load_toml, words_of
from app.skills.numbers import Piece, WholeNumber, find_non_integer, read_numbers
from app.skills.operations import MORE_FORMS, operation_besides_comparison, skeleton_of
from app.skills.text import Vocabulary, has_any_word

_DATA = load_toml(__file__, "comparison.toml")
_UP = words_of(_DATA["comparatives"], "up")
_DOWN = words_of(_DATA["comparatives"], "down")
COMPARATIVES = Vocabulary(
    {**dict.fromkeys(_UP, "up"), **dict.fromkeys(_DOWN, "down")},
    fuzzy_min_length=5,
    reserved=words_of(_DATA["comparatives"], "not_typos"),
    slips={
        **dict.fromkeys(MORE_FORMS, "up"),
        **dict.fromkeys(words_of(_DATA["comparatives"], "up_exact"), "up"),
        **dict.fromkeys(words_of(_DATA["comparatives"], "down_exact"), "down"),
    },
)
_VERBS = words_of(_DATA["sentences"], "verbs")
_APPOSITION = words_of(_DATA["sentences"], "apposition")
_DETERMINERS = words_of(_DATA["sentences"], "determiners")
_FILLERS = words_of(_DATA["sentences"], "fillers")
_SEVERAL_STEPS = words_of(_DATA["sentences"], "several_steps")
_QUESTION_VERBS = words_of(_DATA["sentences"], "question_verbs")
_ENDINGS = words_of(_DATA["sentences"], "question_endings")
_MEASURES = words_of(_DATA["sentences"], "measures")
_UNITS = words_of(_DATA["sentences"], "units")
_SHORTFALL = words_of(_DATA["sentences"], "shortfall")
# Every word that may start a comparison: a prompt without any of them is not read further (most prompts).
_CUE_FORMS = COMPARATIVES.forms() | {"gap", "difference"}
# "the difference between Tom's age and Yuki's age is 9. Tom is 83. How old is Yuki?": a difference given, and a
# question about one of the two numbers (which one is the larger is not said).
_GIVEN_DIFFERENCE = re.compile(r"\b(?:difference|gap) (?:between|in) [^#?.!;]*\b(?:is|was|of) #")
_AMOUNT_WORDS = frozenset({"more", "fewer", "less"}) | MORE_FORMS  # "more" in "how many more do I need?"

_SENTENCE_ENDS = frozenset({".", "?", "!", ";"})
_CLAUSE_ENDS = _SENTENCE_ENDS | {",", ":", "and", "but", "while", "whereas", "if", "so", "-", "(", ")"}
_NAME_ENDS = _CLAUSE_ENDS | {"who", "which", "whose", "than", "#", "how", "does", "do", "did", "is", "are"}
_SUBJECT_PRONOUNS = {"i": "you", "me": "you", "i've": "you", "i'm": "you"}

# Reasons of a refusal (Rejected.why), completing "I can only add whole numbers, and ...".
UNCLEAR_TARGET = "this comparison does not say for sure whom the question asks about"
NO_QUESTION = "this states a comparison but asks no question about it"
SEVERAL_STEPS = "this comparison takes more than one step"
NO_AMOUNT = "this compares without saying by how much"
YES_NO = "this asks for a comparison, not a number"
GIVEN = "this asks for a number the prompt already gives"
NEGATIVE = "this comparison would give a negative amount"
THINGS = "this compares different things"
UNITS = "this compares amounts in different units"
GIVEN_DIFFERENCE = "this gives a difference and asks for one of the numbers, without saying which is larger"
TWO_NUMBERS = "a comparison question needs exactly two numbers to compare"


@dataclass(frozen=True)
class Compared:
    """A comparison read for sure: ``task`` is the operation performed on ``numbers`` (in that order; for a
    difference, the larger minus the smaller), and ``reading`` says how the prompt was read."""

    task: str  # "addition" | "subtraction"
    numbers: tuple[WholeNumber, WholeNumber]
    difference: bool
    reading: str


@dataclass(frozen=True)
class Unclear:
    """A comparison that cannot be answered for sure; ``why`` says so (a Rejected.why). ``asked``: a question
    ("how ...") was asked of it; without one ("Ann is 5 years older than Bob.", "who is older?") the skills' own
    cue words, if any, read the prompt as before."""

    why: str
    asked: bool = True


Comparison = Compared | Unclear


def may_compare(normalized: str) -> bool:
    """False only if ``read_comparison`` returns None without reading the numbers."""
    return has_any_word(normalized, _CUE_FORMS)


@dataclass(frozen=True)
class _Clause:
    tokens: tuple[str, ...]
    numbers: tuple[int, ...]  # indices (into the prompt's numbers) of its "#" tokens, in order


@dataclass(frozen=True)
class _Relation:
    subject: tuple[str, ...] | None  # None: the number just given ("15, which is 4 more than Bob")
    verb: str
    amount: int  # index of its number
    direction: str  # "up" | "down"
    phrase: tuple[str, ...]  # "# years older" as written
    other: tuple[str, ...] | None  # after "than"; None when left unsaid ("Jack is 15 cm shorter")


@lru_cache(maxsize=256)  # both skills ask it of the same text
def read_comparison(normalized: str) -> Comparison | None:
    """The comparison word problem the text asks, or None when it asks none (see the module's docstring)."""
    if not may_compare(normalized):
        return None
    shape = skeleton_of(normalized)
    non_integer = find_non_integer(normalized)
    if non_integer is not None:  # "how much heavier is a 2.5 kg bag than a 1.2 kg bag?"
        tokens = shape.split()
        compares = "how" in tokens and any(_comparative(token) for token in tokens)
        return Unclear(f"{non_integer} is not a whole number") if compares else None
    return _comparison_of(shape, tuple(read_numbers(normalized).numbers))


def comparison_task(pieces: Sequence[Piece], shape: str) -> str | None:
    """For the skills' cues (base.Cue): "addition" or "subtraction" when the prompt is a comparison word problem
    that asks for one, "unclear" when it asks a question of a comparison that cannot be answered for sure; None
    otherwise. A prompt that asks such a question is no other skill's task either."""
    if _CUE_FORMS.isdisjoint(shape.split()):
        return None
    found = _comparison_of(shape, tuple(piece.number for piece in pieces if piece.number is not None))
    if isinstance(found, Compared):
        return found.task
    return "unclear" if found is not None and found.asked else None


@lru_cache(maxsize=256)
def _comparison_of(shape: str, numbers: tuple[WholeNumber, ...]) -> Comparison | None:
    tokens = shape.split()
    if numbers and "how" in tokens and _GIVEN_DIFFERENCE.search(shape):
        return Unclear(GIVEN_DIFFERENCE)
    kinds = [_comparative(token) for token in tokens]
    if not any(kinds) and "gap" not in tokens:
        return None
    by_how_much = any(tokens[i : i + 3] == ["by", "how", "much"] for i in range(len(tokens)))
    if any(kinds) and not by_how_much and all(_plain(tokens, i) for i, kind in enumerate(kinds) if kind):
        return None  # "5 more than 7", "is 15 more than 4?": the skills' own rules read these
    if not numbers or tokens.count("#") != len(numbers):
        return None  # no numbers: the skills' own rules ask for them, or refuse, as before
    statements, question = _split(tokens)
    found = _read(statements, question, numbers)
    if isinstance(found, Compared) and _units_differ(tokens):
        return Unclear(UNITS, asked=question is not None)
    operation = operation_besides_comparison(shape) if found is not None else None
    if isinstance(found, Compared) and operation is not None:
        return Unclear(f"this {operation}", asked=question is not None)
    if operation is not None:
        return None  # "twice as many", "20% more than": the skills refuse it as before
    return found


def _units_differ(tokens: Sequence[str]) -> bool:
    """ "2 hours than 45 minutes", "2 kg than 500 g": the units written after the numbers are not all one."""
    units = {
        tokens[i + 1].removesuffix("s") for i in range(len(tokens) - 1) if tokens[i] == "#" and tokens[i + 1] in _UNITS
    }
    return len(units) > 1


def _comparative(token: str) -> str | None:
    return COMPARATIVES.lookup(token) if token.isalpha() else None


def _plain(tokens: Sequence[str], index: int) -> bool:
    """ "# more than #": a plain addition or subtraction ("5 more than 7"), or a yes/no comparison of two numbers."""
    return "#" in tokens[max(0, index - 2) : index] and tokens[index + 1 : index + 3] == ["than", "#"]


def _split(tokens: list[str]) -> tuple[list[_Clause], list[str] | None]:
    """The statements (clauses with their numbers) and the question ("how ..." to its sentence's end, without an
    "if ..." that gives more statements), or None when there is no question."""
    number_at: dict[int, int] = {}
    for position, token in enumerate(tokens):
        if token == "#":
            number_at[position] = len(number_at)
    starts = [i for i, token in enumerate(tokens) if token == "how" or (token == "gap" and "how" not in tokens)]
    question: list[str] | None = None
    statement_positions = list(range(len(tokens)))
    if len(starts) == 1:
        start = starts[0]
        if tokens[start] == "gap":  # "what's the gap between 41 and 33?"
            while start > 0 and tokens[start - 1] not in _SENTENCE_ENDS:
                start -= 1
        elif start > 0 and tokens[start - 1] == "by":
            start -= 1
        end = next((i for i in range(start, len(tokens)) if tokens[i] in _SENTENCE_ENDS), len(tokens))
        if_at = next((i for i in range(start, end) if tokens[i] == "if"), end)
        question = tokens[start:if_at]
        statement_positions = [i for i in statement_positions if not start <= i < if_at]
    elif len(starts) > 1:
        question = ["?"]  # two questions: no reading fits
    clauses: list[_Clause] = []
    current: list[int] = []
    for position in [*statement_positions, -1]:
        if position == -1 or tokens[position] in _CLAUSE_ENDS:
            if current:
                words = tuple(tokens[i] for i in current)
                clauses.append(_Clause(words, tuple(number_at[i] for i in current if i in number_at)))
            current = []
            if position != -1 and tokens[position] in ("(", ")"):
                continue
        else:
            current.append(position)
    return clauses, question


def _read(clauses: list[_Clause], question: list[str] | None, numbers: Sequence[WholeNumber]) -> Comparison | None:
    relations = [found for clause in clauses if (found := _relation(clause)) is not None]
    stated_amounts = [relation for relation in relations if relation.amount >= 0]
    compared_without_amount = any(relation.amount < 0 for relation in relations)
    if question is not None and _asks_difference(question):
        if stated_amounts or compared_without_amount:
            return Unclear(SEVERAL_STEPS)
        return _difference(question, clauses, numbers)
    if not relations:
        if question is not None and any(_comparative(token) for token in question):
            return Unclear(UNCLEAR_TARGET)  # "how many more do I need?" and other comparisons in a question
        if question is None and len(numbers) >= 2 and (_asks_which(clauses) or _asks_whether(clauses)):
            # "who is older, Tom who is 87 or Nadia who is 8?", "is a 186 cm man taller than a 19 cm man?"
            return Unclear(YES_NO, asked=False)
        return None
    if question is None:
        yes_no = any(clause.tokens[:1] in (("is",), ("are",), ("was",), ("does",), ("do",)) for clause in clauses)
        return Unclear(YES_NO if yes_no else NO_QUESTION, asked=False)
    if compared_without_amount:
        return Unclear(NO_AMOUNT)
    if len(stated_amounts) > 1 or len(numbers) != 2:
        return Unclear(SEVERAL_STEPS)
    if not _SEVERAL_STEPS.isdisjoint(question) or any(not _SEVERAL_STEPS.isdisjoint(c.tokens) for c in clauses):
        return Unclear(SEVERAL_STEPS)
    return _relation_answer(stated_amounts[0], clauses, question, numbers)


def _asks_which(clauses: Sequence[_Clause]) -> bool:
    """ "who is older, ...?", "which is heavier: ...": a comparison word other than more/less in a question."""
    words = {token for clause in clauses for token in clause.tokens}
    return bool(words & {"who", "which", "whose"}) and any(
        (kind := COMPARATIVES.lookup(word)) is not None and word not in _AMOUNT_WORDS and kind
        for word in words
        if word.isalpha()
    )


def _asks_whether(clauses: Sequence[_Clause]) -> bool:
    """ "is a 186 cm man taller than a 19 cm man?": a yes/no question with a comparison in it."""
    return any(
        clause.tokens[:1] in (("is",), ("are",), ("was",), ("does",), ("do",))
        and any(_comparative(token) for token in clause.tokens)
        and "than" in clause.tokens
        for clause in clauses
    )


def _relation(clause: _Clause) -> _Relation | None:
    """A comparison stated in a clause: "which is # more than bob", "jack is # cm taller than carlos", "olga has #
    fewer apples than ann", "# years younger than kofi", "bob has # more" (amount -1: "older than bob", no number).
    None for "# more" as an action ("got # more", "buys # more") and for a clause without a comparison."""
    tokens = clause.tokens
    at = next((i for i, token in enumerate(tokens) if _comparative(token)), None)
    if at is None:
        return None
    direction = _comparative(tokens[at])
    assert direction is not None
    than = next((i for i in range(at + 1, min(at + 4, len(tokens))) if tokens[i] == "than"), None)
    other = _name(tokens[than + 1 :]) if than is not None else None
    hash_at = next((i for i in range(at - 1, max(-1, at - 4), -1) if tokens[i] == "#"), None)
    if hash_at is None:
        if than is None:
            return None
        head = tokens[:at]
        verb_at = next((i for i in range(len(head) - 1, -1, -1) if head[i] in _VERBS), None)
        subject = _name(head[:verb_at]) if verb_at is not None else None
        return _Relation(subject, "", -1, direction, tokens[at : at + 1], other)
    if than is None and (len(tokens) > at + 2 or "#" in tokens[at + 1 :]):
        return None  # "96 less 6 plus 78": "less" as a minus; a relation left unsaid ends its clause ("# more")
    amount = clause.numbers[tokens[:hash_at].count("#")]
    name_end = than + 1 + _name_length(tokens[than + 1 :]) if than is not None else at + 1
    phrase = tokens[hash_at:name_end]
    before = [token for token in tokens[:hash_at] if token not in _FILLERS]
    if "#" in before:  # "ann has # stickers which is # more than bob": after the number given
        tail = before[len(before) - before[::-1].index("#") :]
        if any(token in _VERBS and token not in _APPOSITION for token in tail):
            return None
        return _Relation(None, "", amount, direction, tuple(phrase), other)
    if not before or all(token in _APPOSITION for token in before):
        return _Relation(None, "", amount, direction, tuple(phrase), other)
    verb_at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _VERBS), None)
    if verb_at is None:
        return None
    subject = _name(before[:verb_at])
    if not subject and than is None:
        return None  # "and got # more": an action, not a comparison
    return _Relation(subject, before[verb_at], amount, direction, tuple(phrase), other)


def _name_length(tokens: Sequence[str]) -> int:
    return next((i for i, token in enumerate(tokens) if token in _NAME_ENDS or token in _VERBS), len(tokens))


def _name(tokens: Sequence[str]) -> tuple[str, ...]:
    """Who or what a clause is about: the words up to the next clause mark, without fillers and articles."""
    end = _name_length(tokens)  # "than bob has": bob
    words = [token for token in tokens[:end] if token not in _DETERMINERS]
    while words and words[0] in _FILLERS:
        words = words[1:]
    return tuple(_SUBJECT_PRONOUNS.get(word, word) for word in words)


def _same(one: Sequence[str] | None, other: Sequence[str] | None) -> bool:
    """ "bob" and "yo bob", "bag" and "the bag" name the same; "red rope" and "blue rope" do not."""
    if not one or not other:
        return False
    shorter, longer = sorted((tuple(one), tuple(other)), key=len)
    return longer[len(longer) - len(shorter) :] == shorter


def _holder(clause: _Clause, clauses: Sequence[_Clause], index: int) -> tuple[str, ...] | None:
    """Who a clause's number belongs to: "tom has #" -> tom, "who is #" -> the name before it."""
    tokens = [token for token in clause.tokens if token not in _FILLERS or token in _VERBS]
    hash_at = tokens.index("#")
    before = tokens[:hash_at]
    if before[:1] == ["who"] or before[:1] == ["whose"]:
        previous = clauses[index - 1] if index > 0 else None
        return _last_name(previous.tokens) if previous is not None else None
    verb_at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _VERBS), None)
    if verb_at is None:
        return None
    return _name(before[:verb_at]) or None


def _last_name(tokens: Sequence[str]) -> tuple[str, ...] | None:
    if "than" in tokens:
        return _name(tokens[len(tokens) - 1 - tokens[::-1].index("than") + 1 :]) or None
    return None


def _relation_answer(
    relation: _Relation, clauses: Sequence[_Clause], question: Sequence[str], numbers: Sequence[WholeNumber]
) -> Comparison:
    index = next((i for i, c in enumerate(clauses) if relation.amount in c.numbers), None)
    given_index = 1 - relation.amount
    given_clause_at = next((i for i, c in enumerate(clauses) if given_index in c.numbers), None)
    if index is None or given_clause_at is None:  # a number the clauses do not hold as read: nothing for sure
        return Unclear(UNCLEAR_TARGET)
    given_clause = clauses[given_clause_at]
    if relation.subject is None:  # "15 stickers, which is 4 more than bob": the subject holds the given number
        if given_clause_at not in (index, index - 1) or relation.other is None:
            return Unclear(UNCLEAR_TARGET)
        holder = _holder(given_clause, clauses, given_clause_at)
        subject: tuple[str, ...] | None = holder
    else:
        holder = _holder(given_clause, clauses, given_clause_at)
        subject = relation.subject
    other = relation.other
    if other is None:  # "jack is 15 cm shorter": than the one other name given
        if holder is None or _same(holder, subject):
            return Unclear(UNCLEAR_TARGET)
        other = holder
    target = _target(question)
    if holder is None or subject is None or target is None or _same(subject, other):
        return Unclear(UNCLEAR_TARGET)
    a, k = numbers[given_index], numbers[relation.amount]
    if _same(holder, other):  # the other side is given: subject = other +/- k
        unknown, add = subject, relation.direction == "up"
    elif _same(holder, subject):  # the subject is given: other = subject -/+ k
        unknown, add = other, relation.direction == "down"
    else:
        return Unclear(UNCLEAR_TARGET)
    if not _same(target, unknown):
        known = other if unknown is subject else subject
        return Unclear(GIVEN if _same(target, known) else UNCLEAR_TARGET)
    if not add and a.value < k.value:
        return Unclear(NEGATIVE)
    if _different_things(clauses[index], given_clause, given_index):
        return Unclear(THINGS)  # "Ann has 30 apples and Bob has 20 fewer pears"
    said = _phrase(relation.phrase, k)
    verb = relation.verb or _verb_of(given_clause)
    reading = (
        f"{_title(subject)} {_verb_for(subject, verb)} {said}, so {' '.join(unknown)} {_verb_for(unknown, verb)} "
        f"{a.value} {'+' if add else '-'} {k.value}."
    )
    return Compared("addition" if add else "subtraction", (a, k), difference=False, reading=reading)


def _different_things(relation: _Clause, given: _Clause, given_index: int) -> bool:
    """The thing counted after the comparison word ("20 fewer PEARS") is not the one counted after the number
    given ("30 APPLES")."""
    at = next((i for i, token in enumerate(relation.tokens) if _comparative(token)), None)
    if at is None:
        return False
    hashes = [i for i, token in enumerate(given.tokens) if token == "#"]
    counted = _thing(relation.tokens, at + 1), _thing(given.tokens, hashes[given.numbers.index(given_index)] + 1)
    return None not in counted and len({thing.removesuffix("s") for thing in counted if thing}) > 1


def _thing(tokens: Sequence[str], at: int) -> str | None:
    """The noun at ``at``, if it counts something ("apples"); None for "than", a unit, a verb, a clause mark."""
    word = tokens[at] if at < len(tokens) else None
    if word is None or not word.isalpha() or word in _NAME_ENDS or word in _VERBS or word in _UNITS:
        return None
    return None if word in _APPOSITION or word in _MEASURES or word in {"tall", "old", "long", "heavy"} else word


def _target(question: Sequence[str]) -> tuple[str, ...] | None:
    """Whom the question asks about: "how many stickers does bob have" -> bob, "how old is max" -> max, "how many
    pens are in the bag" -> bag, "how much does the van weigh" -> van."""
    words = list(question)
    while words and (words[-1] in _ENDINGS or words[-1] in _SENTENCE_ENDS or words[-1] in {",", "!"}):
        words.pop()
    if words[:1] != ["how"] or len(words) < 3:
        return None
    if words[1] in _MEASURES and words[2] in {"is", "are", "was", "will"}:
        rest = words[3:]
        if rest[-1:] in (["be"], ["now"]):
            rest = rest[:-1]
        return _whole_name(rest)
    if words[1] not in {"many", "much"} and words[1] not in _MEASURES:
        return None
    auxiliaries = {"does", "do", "did", "has", "have", "is"}
    aux = next((i for i in range(2, min(6, len(words))) if words[i] in auxiliaries), None)
    if aux is not None and words[-1] in _QUESTION_VERBS and aux < len(words) - 2:
        return _whole_name(words[aux + 1 : -1])
    are = next((i for i in range(2, min(5, len(words))) if words[i] in {"are", "is", "were"}), None)
    if are is not None and words[are + 1 : are + 2] == ["in"]:
        return _whole_name(words[are + 2 :])
    return None


def _whole_name(words: Sequence[str]) -> tuple[str, ...] | None:
    name = _name(words)
    return name if name and len(name) == len([w for w in words if w not in _DETERMINERS]) else None


def _asks_difference(question: Sequence[str]) -> bool:
    """ "how many more ... than", "how much taller is ...", "how many years older ...", "by how much is # greater
    than #", "what's the gap between # and #"."""
    if "gap" in question and "between" in question:
        return True
    by = question[:1] == ["by"]
    if by:
        question = question[1:]
    if question[:1] != ["how"] or len(question) < 4 or question[1] not in {"much", "many", "mny", "mnay", "muhc"}:
        return False
    if _comparative(question[2]):  # "how much taller", "how many more"
        return True
    if question[2] in _UNITS:  # "how many years older" (not "how many times bigger", nor "tims")
        return _comparative(question[3]) is not None
    # "by how much is 23 greater than 2"
    if not by or len(question) < 5:
        return False
    return question[2] in {"is", "was"} and question[3] == "#" and _comparative(question[4]) is not None


def _difference(question: Sequence[str], clauses: Sequence[_Clause], numbers: Sequence[WholeNumber]) -> Comparison:
    if len(numbers) != 2:
        return Unclear(TWO_NUMBERS)
    comparative = next((word for word in question if _comparative(word)), None)
    if any(_amount_before(clause.tokens) for clause in clauses):
        return Unclear(SEVERAL_STEPS)  # "I have 5 and need 3 more. How many more do I need?"
    shortfall = not _SHORTFALL.isdisjoint(question)  # "I need 622 and have 301. How many more do I need?"
    if comparative in _AMOUNT_WORDS and "than" not in question and not shortfall and not _two_named(question, clauses):
        return Unclear(UNCLEAR_TARGET)  # "how many more did she get?": more than what?
    if "than" in question:
        compared = _name(question[question.index("than") + 1 :])
        stated = [token for clause in clauses for token in clause.tokens]
        named = compared and "#" not in question[question.index("than") + 1 :]
        if named and not all(word in stated for word in compared):
            return Unclear(UNCLEAR_TARGET)  # "how many more does Ann have than Bob?" with no number of Bob's
    a, b = numbers
    larger, smaller = (a, b) if a.value >= b.value else (b, a)
    asked_words = question[: question.index(comparative) + 1] if comparative in question else question[:4]
    asked = " ".join(word for word in asked_words if word != "#")
    reading = (
        f'"{asked}" asks for the difference between {larger.value} and {smaller.value}: '
        f"the larger minus the smaller, {larger.value} - {smaller.value}."
    )
    return Compared("subtraction", (larger, smaller), difference=True, reading=reading)


def _amount_before(tokens: Sequence[str]) -> bool:
    """ "# more", "# cm taller": an amount given to a comparison word."""
    return any(_comparative(token) and "#" in tokens[max(0, i - 3) : i] for i, token in enumerate(tokens))


def _two_named(question: Sequence[str], clauses: Sequence[_Clause]) -> bool:
    """ "Carlos read 204 pages, Sam read 180. how many more pages did Carlos read?": two holders, each with its
    number, and the question names one of them."""
    holders = [_holder(clause, clauses, i) for i, clause in enumerate(clauses) if len(clause.numbers) == 1]
    if len(holders) != 2 or None in holders or _same(holders[0], holders[1]):
        return False
    return sum(holder is not None and all(word in question for word in holder) for holder in holders) == 1


def _phrase(tokens: Sequence[str], amount: WholeNumber) -> str:
    return " ".join(str(amount.value) if token == "#" else token for token in tokens)


def _verb_of(clause: _Clause) -> str:
    return next((token for token in clause.tokens if token in _VERBS), "has")


def _verb_for(name: Sequence[str], verb: str) -> str:
    if tuple(name) == ("you",):
        return {"has": "have", "is": "are", "'s": "are", "was": "were"}.get(verb, verb)
    return {"have": "has", "are": "is", "'s": "is", "'ve": "has", "hold": "holds", "weigh": "weighs"}.get(verb, verb)


_CAPITALISED = re.compile(r"(?<![.?!:]\s)(?<!^)\b[A-Z][a-z']+\b")
_WORD = re.compile(r"[a-z][a-z']*")


def cased(reading: str, prompt: str) -> str:
    """The reading with the names the prompt capitalises inside a sentence ("than bob" -> "than Bob")."""
    names = {word.lower(): word for word in _CAPITALISED.findall(prompt.strip())}
    if not names:
        return reading
    return reading[:1] + _WORD.sub(lambda match: names.get(match.group(), match.group()), reading[1:])


def _title(name: Sequence[str]) -> str:
    text = " ".join(name)
    return text[:1].upper() + text[1:]
