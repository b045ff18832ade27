"""Recognising a multi-step request and decomposing it into steps of registered skills, in evaluation order.

The prompt is cut into clauses at sequencing words ("then", "and tell me", ". "). Within a clause, noun
phrases that stand for a skill's result ("the sum of 17 and 26", "3284 backwards", "10 + 5") are worked out
first, leftmost first (so "10 + 5 - 3" is (10 + 5) - 3), each replaced by its result; what is left is parsed by
the skills' own parsers. A later clause names the previous result ("add 51 to it", "the result", "the sum"),
or leaves it unsaid in a shape its skill declares ("subtract 2"). Every step is parsed, solved and explained
by its skill: a step is the skill's own single-task prompt with the previous result written in.

The outcome is a ParseResult like a skill's: Parsed(ChainPlan) for two or more steps; Rejected with a reason
for a recognised chain that cannot be done (a step no skill does, an input of the wrong kind, two independent
questions); Rejected without one when the prompt is not a chain at all; Missing when a step lacks an operand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from app.chains.clauses import (
    A_NUMBER,
    _is_step,
    is_step,
    paraphrased,
    paraphrases,
    split_clauses,
    splitter,
    than_for_then,
)
from app.chains.nouns import has_noun, noun_candidates, noun_index, side_by_side
from app.chains.operands import operand_names, operands_only, result_nouns, step_on_operands
from app.chains.phrasing import (
    GENERIC,
    PHRASINGS,
    SLOT,
    SLOT_CLOSE,
    SLOT_OPEN,
    Kind,
    skills_named,
    step_owners,
    words_of,
)
from app.chains.reorder import after_the_scene, condition_first, question_introduces
from app.chains.spelling import clear_cache as clear_spelling
from app.chains.spelling import spelled
from app.skills.base import MINUEND, OPERAND, Missing, Parsed, ParseResult, Rejected, Skill
from app.skills.numbers import read_numbers
from app.skills.operands import any_sets_the_scene
from app.skills.operations import (
    COMPARISON,
    DASHED,
    dashed_in_another_sense,
    find_other_operation,
    multiplication_or_division,
    not_a_chain,
    skeleton,
)
from app.skills.text import MINUS_SIGN, find_quoted, normalize

SCOPE = "work out a request of several steps when each step is one I can do"
TWO_QUESTIONS = "this asks two separate questions; please ask them one at a time"
_UNARY_SIGN = re.compile(r"\b(?:minus|negative)\s+$", re.IGNORECASE)  # before a noun phrase that starts with a number
_STAND_INS = ("7", "30")  # two results side by side, written as numbers to see whether a step takes both
_SENTINEL = "7"  # a number written in for a result that is not one, to learn which skill the step is for
_INTEGER = re.compile(r"-?\d+")
_DIGIT = re.compile(r"\d")
_NUMBERS = re.compile(r"\d+")
_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
_DECIMAL_STAND_IN = "7919"  # a decimal written as a whole number, to learn whether a step reads it
# What is left of a clause of operands only ("17 and 26", "4, 9 and 12") once its numbers are taken out.


@dataclass(frozen=True)
class ChainStep:
    """One executed step: the skill, its operands (as its parser returned them), its answer, and what was said
    about its input ("021 read as a number is 21.")."""

    skill: str
    operands: Any
    answer: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChainPlan:
    steps: tuple[ChainStep, ...]

    @property
    def answer(self) -> str:
        return self.steps[-1].answer


# Reads a clause that no skill's rules recognise (a word problem: "Tom has 5 cards and gets 3 more") with the
# model: (the skill, its Parsed operands), or None. Given by the service, which has the model.
Reader = Callable[[str], "tuple[str, Parsed[Any]] | None"]


@dataclass
class _Work:
    skills: Mapping[str, Skill[Any]]
    reader: Reader | None = None
    values: list[str] = field(default_factory=list)  # every result so far, by slot index
    steps: list[ChainStep] = field(default_factory=list)

    def slot(self, value: str) -> str:
        self.values.append(value)
        return f"{SLOT_OPEN}{len(self.values) - 1}{SLOT_CLOSE}"


@dataclass(frozen=True)
class _Rendered:
    text: str
    notes: tuple[str, ...]
    wrong: str | None  # a result that is not the kind of input this skill needs


def _render(text: str, values: Sequence[str], kind: Kind) -> _Rendered:
    """The working text as skill input of ``kind``: each previous result written in."""
    notes: list[str] = []
    wrong: list[str] = []

    def written(match: re.Match[str]) -> str:
        value = values[int(match.group(1))]
        if kind == "number":
            if _INTEGER.fullmatch(value):
                number = str(int(value))
                if number != value:
                    notes.append(f'"{value}" read as a number is {number}.')
                return number
            wrong.append(value)
            return _SENTINEL
        if value and all(char.isalnum() or char in "-" for char in value):
            return value
        return f'"{value}"' if '"' not in value else f"“{value}”"

    rendered = SLOT.sub(written, text)
    return _Rendered(rendered, tuple(notes), wrong[0] if wrong else None)


def _not_a_number(value: str) -> str:
    return f'"{value}" is not a number'


@lru_cache(maxsize=1)
def _reference_patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """(the references other than a bare "that"/"this", those two, the rewrites): a bare one only counts when
    no other does ("is that even"), since "check that it is even" uses "that" as a conjunction."""
    words = set(GENERIC.references)
    for phrasing in PHRASINGS.values():
        words.update(phrasing.references)
    bare = {"that", "this"}

    def pattern(chosen: set[str]) -> re.Pattern[str]:
        alternation = "|".join(
            sorted((re.escape(word).replace(r"\ ", r"\s+") for word in chosen), key=len, reverse=True)
        )
        # Not "the result of ..." (a noun phrase follows) nor "the number 39" (a number follows).
        return re.compile(rf"\b(?:{alternation})\b(?!\s+(?:of|between)\b)(?!')(?!\s*[-+]?\d)", re.IGNORECASE)

    rewrites = tuple((re.compile(found, re.IGNORECASE), replacement) for found, replacement in GENERIC.rewrites)
    return pattern(words - bare), pattern(words & bare), rewrites


def _with_references(clause: str, slot: str) -> tuple[str, bool]:
    """The clause with each name of the previous result replaced by its slot; whether there was one."""
    text = clause
    named, bare, rewrites = _reference_patterns()
    for pattern, replacement in rewrites:
        text = pattern.sub(replacement.replace("{x}", slot), text)
    text = named.sub(slot, text)
    if slot not in text:
        text = bare.sub(slot, text)
    return text, slot in text


def _implicit(clause: str, slot: str) -> tuple[str, str] | None:
    """A later step that leaves the previous result unsaid ("subtract 2"), said: (skill, rewritten step)."""
    for step in GENERIC.story_steps(clause.strip()):
        for name, phrasing in PHRASINGS.items():
            said = phrasing.said(step, slot)
            if said is not None:
                return name, said
    return None


def _asks_for_another(text: str, values: Sequence[str], own: str, work: _Work) -> bool:
    """Whether the text (results written in as numbers) asks for an operation other than skill ``own``'s:
    another skill's ("flip 75": another skill parses it), or one no skill does ("is the reverse of 19 a
    multiple of 7")."""
    pieces = read_numbers(normalize(_render(text, values, "number").text)).pieces
    if find_other_operation(pieces, skeleton(pieces), asking=own) is not None:
        return True
    return any(
        isinstance(work.skills[name].parse(_render(text, values, phrasing.input).text), Parsed)
        for name, phrasing in PHRASINGS.items()
        if name != own and name in work.skills
    )


def _parse_as(name: str, text: str, work: _Work) -> tuple[ParseResult[Any], _Rendered]:
    phrasing = PHRASINGS[name]
    rendered = _render(text, work.values, phrasing.input)
    return work.skills[name].parse(rendered.text), rendered


def _run(name: str, parsed: Parsed[Any], rendered: _Rendered, work: _Work) -> str:
    skill = work.skills[name]
    answer = skill.solve(parsed.operands)
    work.steps.append(ChainStep(name, parsed.operands, answer, rendered.notes))
    return answer


def _starts_an_operand(text: str, at: int) -> bool:
    """Whether a sign word at ``at`` starts an operand: nothing before it that an operator could follow (a number,
    a result, a closing bracket): "minus 5 plus 10", "what is negative 2 plus 9", not "8 minus 5 plus 10"."""
    before = text[:at].rstrip()
    return not before or not (before[-1].isdigit() or before[-1] in f"){SLOT_CLOSE}")


def _reduce_nouns(text: str, work: _Work) -> str | Rejected:
    """Work out the noun phrases of the text that stand for a result, leftmost first, while the rest of the
    text asks for something else: each becomes a step and its slot."""
    while True:
        # The leftmost first, so that "10 + 5 - 3" is (10 + 5) - 3 and "write the sum of 2 and 30 backwards"
        # reverses the sum; the longest of those that start at one place.
        candidates: list[tuple[int, int, str, int, int, str]] = []  # (start, -length, skill, start, end, noun)
        # Quoted text is taken as written: 'reverse "the sum of 3 and 4"' reverses the phrase, not 7.
        quoted = find_quoted(text)
        for name, pattern in noun_candidates(text):
            if name in work.skills:
                for m in pattern.finditer(text):
                    if any(start <= m.start() < end for start, end in quoted):
                        continue
                    # "minus 5 plus 10 minus 2": the sign that starts the expression is its first operand's
                    sign = _UNARY_SIGN.search(text, 0, m.start()) if m.start() == m.start("noun") else None
                    start = sign.start() if sign is not None and _starts_an_operand(text, sign.start()) else m.start()
                    noun = text[start : m.end("noun")] if start < m.start() else m.group("noun")
                    candidates.append((start, start - m.end(), name, start, m.end(), noun))
        wholes: dict[str, ParseResult[Any]] = {}  # each skill's parse of the whole text, read once per pass
        for *_, name, start, end, noun in sorted(candidates, key=lambda item: item[:2]):
            parsed, rendered = _parse_as(name, noun, work)
            if not isinstance(parsed, Parsed):
                continue
            if rendered.wrong is not None:
                return Rejected(SCOPE, _not_a_number(rendered.wrong))
            value = work.skills[name].solve(parsed.operands)
            reduced = text[:start] + f"{SLOT_OPEN}{len(work.values)}{SLOT_CLOSE}" + text[end:]
            if name not in wholes:
                wholes[name] = _parse_as(name, text, work)[0]
            if isinstance(wholes[name], Parsed) and not _asks_for_another(reduced, [*work.values, value], name, work):
                continue  # "2 + 3 + 4", "what is the sum of 2 and 3": one step of that skill
            work.slot(value)
            work.steps.append(ChainStep(name, parsed.operands, value, rendered.notes))
            text = reduced
            break
        else:
            return text


@dataclass(frozen=True)
class _Clause:
    """What one clause gave: a step was run (its answer is the last value), it was not a step, or a refusal."""

    ran: bool
    refusal: Rejected | None = None
    missing: Missing | None = None


def _clause(text: str, refers: bool, work: _Work, only: str | None = None) -> _Clause:
    before = len(work.steps)
    reduced = _reduce_nouns(paraphrased(text), work)
    if isinstance(reduced, Rejected):
        return _Clause(False, reduced)
    if len(work.steps) > before and SLOT.fullmatch(reduced.strip(" ,.?!")):
        return _Clause(True)  # the clause was one noun phrase: "then the sum of it and 3"
    rejections: list[Rejected] = []  # their reasons are worked out only if one is given (see Rejected)
    missing: Missing | None = None
    asking: list[str] = []  # the skills that read the clause as theirs, short of an operand
    for name in PHRASINGS if only is None else (only,):
        if name not in work.skills:
            continue
        parsed, rendered = _parse_as(name, reduced, work)
        if isinstance(parsed, Parsed):
            if rendered.wrong is not None:
                return _Clause(False, Rejected(SCOPE, _not_a_number(rendered.wrong)))
            if not refers and before:
                return _Clause(False, Rejected(SCOPE, TWO_QUESTIONS))
            if len(work.steps) > before and not _uses_results(name, parsed, reduced, work, before):
                return _Clause(False, Rejected(SCOPE, TWO_QUESTIONS))  # "25 + 17, and 81 reversed"
            parsed, rendered = _only_the_result(name, parsed, rendered, reduced, work)
            work.slot(_run(name, parsed, rendered, work))
            return _Clause(True)
        if isinstance(parsed, Missing):
            missing = missing or parsed
            asking.append(name)
        else:
            rejections.append(parsed)
            if parsed.cue_found and not A_NUMBER.search(reduced):
                asking.append(name)
    if work.values and not refers and asking:
        # A later step that leaves the previous result unsaid ("sutbract 5", "is the outcome odd?"): the result
        # is the step's first operand, given to the skill as the model's tagger would mark it.
        for name in asking:
            if _with_previous(name, reduced, work):
                return _Clause(True)
    if (
        work.reader is not None
        and missing is None
        and (refers or not before)
        and not _first_reason(rejections)
        and not _names_a_result_twice(reduced)
    ):
        rendered = _render(reduced, work.values, "number")
        read = work.reader(rendered.text)
        if read is not None:
            name, parsed = read
            work.slot(_run(name, parsed, rendered, work))
            return _Clause(True)
    if len(work.steps) > before:  # a noun phrase ran, and what is left asks for something no skill does
        reason = _first_reason(rejections) or _unknown_step(reduced, work)
        return _Clause(False, Rejected(SCOPE, reason))
    # A clause about a start value (no step has run) whose only reason names a task of the chain's own skills
    # ("18508 is that one even?" read as "is <18508> one even": the other skills' veto names the question's own
    # task) is no chain to refuse: the skills read the prompt whole.
    named = None
    if refers:
        named = _first_reason(rejections, _own_tasks(work.skills) if work.values and not work.steps else frozenset())
    if named is not None:
        return _Clause(False, Rejected(SCOPE, named))
    return _Clause(False, missing=missing)


def _an_operation_no_step_does(normalized: str, skills: Mapping[str, Skill[Any]]) -> str | None:
    """A multiplication or division the prompt names in words no skill's cue takes: "I bought 5 boxes of 12 eggs.
    Is the total odd?" (the total is of a multiplication), "add 4 and 6, then halve it" (a skill that halves
    would find its cue in "halve")."""
    found = multiplication_or_division(normalized)
    if found is None:
        return None
    phrase, words = found
    if any(skill.cue.found(read_numbers(words).pieces, words) for skill in skills.values()):
        return None
    return phrase


def _names_a_result_twice(reduced: str) -> bool:
    """A clause that names one result twice says what it is ("it's the money I made": "75371 is 75371 I made"),
    and is no step for the model to read."""
    slots = SLOT.findall(reduced)
    return len(slots) != len(set(slots))


def _uses_results(name: str, parsed: Parsed[Any], text: str, work: _Work, before: int) -> bool:
    """Whether the step parsed from ``text`` takes a result its clause's noun phrases gave (the results after
    the first ``before`` steps): its operands change when those results do. A step that reads other numbers
    only asks a question of its own beside them ("25 + 17, and 81 reversed")."""
    first = len(work.values) - (len(work.steps) - before)
    other = [value if index < first else _another(value) for index, value in enumerate(work.values)]
    again = work.skills[name].parse(_render(text, other, PHRASINGS[name].input).text)
    skill = work.skills[name]
    return not isinstance(again, Parsed) or skill.show_operands(again.operands) != skill.show_operands(parsed.operands)


def _another(value: str) -> str:
    return str(int(value) + 1) if _INTEGER.fullmatch(value) else value + "x"


def _only_the_result(
    name: str, parsed: Parsed[Any], rendered: _Rendered, text: str, work: _Work
) -> tuple[Parsed[Any], _Rendered]:
    """A text step on a previous result reads that result alone: "flip {x} cheers" is "flip {x}"."""
    slots = list(SLOT.finditer(text))
    if PHRASINGS[name].input != "text" or len(slots) != 1:
        return parsed, rendered
    value = work.values[int(slots[0].group(1))]
    if work.skills[name].show_operands(parsed.operands) == [value]:
        return parsed, rendered
    cut = text[: slots[0].end()]
    again, again_rendered = _parse_as(name, cut, work)
    if isinstance(again, Parsed) and work.skills[name].show_operands(again.operands) == [value]:
        return again, again_rendered
    return parsed, rendered


def _with_previous(name: str, text: str, work: _Work) -> bool:
    """Run skill ``name`` on the previous result and the clause's own numbers (the result first, as the
    minuend where the skill has one); whether it took them."""
    phrasing = PHRASINGS[name]
    previous = work.values[-1]
    rendered = _render(text, work.values, phrasing.input)
    if rendered.wrong is not None or SLOT.search(text):
        return False
    head = _render(f"{SLOT_OPEN}{len(work.values) - 1}{SLOT_CLOSE}", work.values, phrasing.input)
    if head.wrong is not None and previous:
        return False
    prompt = f"{head.text} {rendered.text}"
    spans = [(0, len(head.text), MINUEND)]
    offset = len(head.text) + 1
    spans += [(offset + m.start(), offset + m.end(), OPERAND) for m in A_NUMBER.finditer(rendered.text)]
    parsed = work.skills[name].operands_from_spans(prompt, spans)
    if not isinstance(parsed, Parsed):
        return False
    work.slot(_run(name, parsed, _Rendered(prompt, head.notes, None), work))
    return True


def _first_reason(rejections: Sequence[Rejected], besides: frozenset[str] = frozenset()) -> str | None:
    return next(
        (rejection.why for rejection in rejections if rejection.worth_telling and rejection.why not in besides), None
    )


def _own_tasks(skills: Mapping[str, Skill[Any]]) -> frozenset[str]:
    """The reasons that name one of these skills' own tasks ("this " and its cue's words)."""
    return frozenset(f"this {skill.cue.asks_for}" for skill in skills.values())


def _unknown_step(text: str, work: _Work) -> str:
    shown = _render(text, work.values, "text").text
    return f'this asks for a step I cannot do ("{shown}")'


def _two_questions(text: str, skills: Mapping[str, Skill[Any]], reader: Reader | None) -> bool:
    """Two results side by side ("what is 3 plus 4 and 10 plus 20") that no step takes together, and the second
    does not name the first: "add 3 plus 4 and 10 plus 20", "the difference between 10 plus 20 and 3 plus 4" and
    "what is 12 plus 30 and the reverse of that?" ask one thing."""
    named, bare, _ = _reference_patterns()
    for digits, first, second in side_by_side(text):
        if named.search(digits, *second) or bare.search(digits, *second):
            continue
        both = f"{digits[: first[0]]}{_STAND_INS[0]}{digits[first[1] : second[0]]}{_STAND_INS[1]}{digits[second[1] :]}"
        if not any(
            isinstance(found := skill.parse(both), Parsed)
            and set(_STAND_INS) <= set(skill.show_operands(found.operands))
            for skill in skills.values()
        ) and not isinstance(parse_chain(both, skills, reader), Parsed):
            return True
    return False


def _start(clause: str, skills: Mapping[str, Skill[Any]]) -> str | None:
    """The number a chain starts from ("take 45", "start with 45", or a first clause with one number and no
    step's word: "Sara had 798 stickers"), or None."""
    for pattern in GENERIC.start_patterns:
        match = pattern.fullmatch(clause.strip()) or pattern.fullmatch(clause.rsplit(":", 1)[-1].strip())
        if match:
            numbers = read_numbers(normalize(match.group("n"))).numbers
            return str(numbers[0].value) if len(numbers) == 1 else None
    if not A_NUMBER.search(clause):
        return None
    reading = read_numbers(normalize(clause))
    numbers = reading.numbers
    if len(numbers) != 1 or any_sets_the_scene(reading.pieces):
        return None  # (not "Question 7:", a label)
    # (a story's first sentence in an implicit step's words, "A team scored 500 points", "Mom bought 24 apples",
    # gives the start: that step has no earlier result to act on; "reverse 27" is a step of its own)
    return str(numbers[0].value) if not is_step(clause, skills, by_words=False, implicit=False) else None


def parse_chain(
    prompt: str, skills: Mapping[str, Skill[Any]], reader: Reader | None = None, *, slips: bool = True
) -> ParseResult[ChainPlan]:
    """The prompt as a chain of registered skills' steps (see the module docstring); ``reader`` reads a clause
    no skill's rules recognise with the model."""
    # (a slip in every step word, "ad 56 and 78 then revrse it", hides them all until spelled out)
    asked = skills_named(prompt) or (skills_named(spelled(prompt)) if slips else frozenset())
    if not asked or (len(asked) < 2 and not GENERIC.second_step.search(prompt) and len(_NUMBERS.findall(prompt)) < 3):
        # A chain has a word for each of its steps: of two skills, or a hint of a second step of one skill
        # ("then", "it", a sentence after another), or three numbers ("0 puls 6 minus 1"). Most prompts have
        # none of these. (A slip keeps a keyword's first letters, "diffrence", "backwrds": it is read after.)
        return Rejected(SCOPE)
    decimal = _DECIMAL.search(prompt)
    if decimal is not None:
        # A chain but for a step's operand that is not whole ("what is 11.1 minus 29, written backwards?") is refused
        # for it, not read as a single task (a text step would take "11.1 minus 29" as its text); a decimal no step
        # reads ("Question 2.1: add 15 and 27, then reverse it") leaves the chain as it is.
        stand_in = _DECIMAL_STAND_IN
        whole = parse_chain(_DECIMAL.sub(stand_in, prompt, count=1), skills, reader, slips=slips)
        if not isinstance(whole, Parsed):
            return whole
        read = (shown for step in whole.operands.steps for shown in skills[step.skill].show_operands(step.operands))
        return (
            Rejected(SCOPE, f"{decimal.group()} is not a whole number") if any(stand_in in s for s in read) else whole
        )
    prompt = after_the_scene(prompt.replace(MINUS_SIGN, "-"))  # "9000 − 4500 + 123": split on the ASCII signs
    words = words_of(prompt)
    if slips:
        prompt = spelled(prompt)  # "is teh sum of 3 and 4 odd?", "reverse the asnwer": spelled out
    if "than" in words:
        prompt = than_for_then().sub("then", prompt)  # "add 4 and 5 than reverse it"
    pieces = split_clauses(condition_first(question_introduces(prompt), words), skills)
    if len(pieces) < 2 and not has_noun(prompt):
        # Two steps need two clauses, or a noun phrase in a step ("is the sum of 2 and 3 odd?", "multiply the
        # sum of 2 and 3 by 4"): most single tasks stop here.
        return Rejected(SCOPE)
    if any(_two_questions(text, skills, reader) for text, _ in pieces):
        return Rejected(SCOPE, TWO_QUESTIONS)
    named, bare, rewrites = _reference_patterns()
    steps = sum(
        bool(
            then
            or (index > 0 and (named.search(text) or bare.search(text) or any(p.search(text) for p, _ in rewrites)))
            or (reader is not None and _DIGIT.search(text))
            or is_step(text, skills)
            or (index < len(pieces) - 1 and operands_only(text, skills) is not None)
        )
        for index, (text, then) in enumerate(pieces)
    )
    if steps < 2 and len(pieces) >= 2 and not has_noun(prompt):  # (one piece: it has a noun phrase)
        # Two steps need two clauses that may be steps (a step's word, "then", a name of the previous result).
        return Rejected(SCOPE)
    normalized = normalize(prompt)
    if dashed_in_another_sense(normalized):
        return Rejected(SCOPE, DASHED)  # "delivery takes 3-5 business days, is that normal?": no "3 - 5" step
    if _RELATION_TO_A_THING.search(prompt):
        # "A jar holds 95 sweets, 28 fewer than a box. How many are in the box? ...": which side the relation adds to
        # is a comparison's reading (app/skills/comparison.py), not a step's
        return Rejected(SCOPE, f"this {COMPARISON}")
    refused = not_a_chain(normalized)
    if refused is not None:
        return Rejected(SCOPE, f"this {refused}")  # "add 12 and 30. I got 42, is that right?": "I got 42" is no step
    operation = _an_operation_no_step_does(normalized, skills)
    if operation is not None:
        return Rejected(SCOPE, f"this {operation}")
    work = _Work(skills, reader)
    missing: Missing | None = None
    operands: str | None = None  # a first clause of operands only ("17 and 26"), which a later step names
    unread: str | None = None  # the refusal of a later sentence with a number that no step reads
    for clause, sequenced in pieces:
        if not work.values:
            start = _start(clause, skills)
            if start is not None:
                work.slot(start)  # "take 45, subtract 12, ...": the first value, not a step
                continue
            if operands is None and not work.steps:
                operands = operands_only(clause, skills)
                if operands is not None:
                    continue
        refers, only = False, None
        text = clause
        if operands is not None and not work.values:
            named_operands = operand_names().sub(operands, clause, count=1)
            first = step_on_operands(clause, operands, skills) if named_operands == clause else None
            if first is None:
                text, refers = (named_operands if named_operands != clause else f"{clause} {operands}"), True
            else:
                outcome = _clause(first, True, work)
                if outcome.refusal is not None:
                    return outcome.refusal
                if outcome.ran and not skills_named(clause) - {work.steps[-1].skill}:
                    continue  # the clause was that step alone ("the sum total?"): it is not read again
        if work.values and not refers:
            slot = f"{SLOT_OPEN}{len(work.values) - 1}{SLOT_CLOSE}"
            # A step that leaves the result unsaid in a shape its skill declares comes first: in "It sold 12 of
            # them" the "it" is the story's shop, not the previous result.
            said = _implicit(clause, slot)
            if said is not None:
                (only, text), refers = said, True
            else:
                text, refers = _with_references(clause, slot)
        if not (refers or sequenced or work.values or (reader and _DIGIT.search(clause)) or is_step(clause, skills)):
            continue  # no step's word and no earlier result: chit-chat ("Hi!", "thanks", "show your work")
        outcome = _clause(text, refers, work, only)
        if sequenced and work.steps and outcome.refusal is None and not outcome.ran and outcome.missing is None:
            # "..., then tell me a joke": a step, but none a skill does
            return Rejected(SCOPE, _unknown_step(text, work))
        if outcome.refusal is not None:
            return outcome.refusal
        if work.values and not outcome.ran and outcome.missing is None and A_NUMBER.search(clause):
            # A number in a later sentence that no step reads ("She read 29 today"): the chain would leave it out
            unread = unread or _unknown_step(text, work)
            continue
        if outcome.missing is not None and (refers or not work.steps):
            missing = missing or outcome.missing
    if unread is not None:
        # ... and refuses it: with the reason when steps were worked after it ("... What's left? Reverse it"), so
        # that no single task reads a part of the story as the whole; a story of one step is the single tasks' own
        return Rejected(SCOPE, unread if work.steps else None)
    if len(work.steps) >= 2:
        return Parsed(ChainPlan(tuple(work.steps)))
    if missing is not None and work.steps:
        return missing
    return Rejected(SCOPE)


_RELATION_TO_A_THING = re.compile(
    r"\d\s+(?:[a-z]+\s+)?(?:fewer|less|more)\s+than\s+(?:a|an|the|his|her|their|my|our|your)\s+"
    r"(?!(?:result|answer|sum|total|difference|number|reverse|value|outcome|previous|last|first|new)\b)[a-z]+",
    re.IGNORECASE,
)


def clear_caches() -> None:
    """Forget the patterns built from the skills' phrasings (a test that adds a skill's phrasing calls it)."""
    caches = (splitter, than_for_then, _reference_patterns, noun_index, step_owners, paraphrases, operand_names)
    for cached in (*caches, result_nouns, _is_step, skills_named, words_of):
        cached.cache_clear()
    clear_spelling()
