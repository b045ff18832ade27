"""Generated chains for the classifier's "chain" label, and their near misses (labelled unsupported).

Every chain is composed from the registered skills' chain phrasings (app/skills/<name>/chain.toml), so a new
skill's steps join the chains without edits here: two or three steps in a row ("add 5 to 7, then tell me if
the result is even"), a noun phrase inside another step ("is the sum of 17 and 26 odd?"), or an expression of
two or more operators of different skills ("10 + 5 - 3"). Each step's answer is worked out by its skill (its
parser reads the step written as a single task, its solver answers it), so an example carries its answer.
The near misses: a step no skill does ("..., then double it"), two independent questions in one prompt, a
number step given a word. The joining words are data: chains.toml beside this file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.chains.phrasing import PHRASINGS, Phrasing, chain_sources
from app.data.common import (
    COMMON_WORDS,
    Generated,
    Rng,
    Slots,
    choice,
    load_data,
    operand,
    randint,
    render_spans,
    share,
    strings,
)
from app.skills.base import Parsed
from app.skills.registry import SKILLS

DATA_FILE = Path(__file__).with_name("chains.toml")
sources: tuple[Path, ...] = (Path(__file__), DATA_FILE, *chain_sources())
_DATA = load_data(DATA_FILE)
_NEAR_MISS = _DATA["near_miss"]
near_miss_share: float = share(_NEAR_MISS, "share")
near_miss_after: str = _NEAR_MISS["after"]

_CONNECTORS = strings(_DATA, "connectors")
_REFERENCES = strings(_DATA, "references")
_EXPRESSION_SHAPES = strings(_DATA, "expression_shapes")
_OPENINGS = strings(_DATA, "openings")
_OPERANDS_FIRST = strings(_DATA, "operands_first")
_OPERAND_NAMES = strings(_DATA, "operand_names")
_NOT_OPENED = frozenset(strings(_DATA, "not_opened"))
_UNSUPPORTED_FOLLOW = strings(_NEAR_MISS, "unsupported_follow")
_UNSUPPORTED_OUTER = strings(_NEAR_MISS, "unsupported_outer")
# Independent questions are joined without "then" (which would make the second a step acting on the first).
_INDEPENDENT = [", and ", " and ", ". ", "? ", "; "]
_SLOT = re.compile(r"\{(\w+)\}")
_INFIX = re.compile(r"^\{a\}\s*([^{}]+?)\s*\{b\}$")

_CHAINED = {name: phrasing for name, phrasing in PHRASINGS.items() if name in SKILLS}


class _Redraw(Exception):  # noqa: N818 (a signal to draw again, not an error)
    """A draw that does not make a chain (a step its skill does not take as written): draw again."""


@dataclass(frozen=True)
class ChainExample:
    generated: Generated
    answer: str
    steps: int


def _number(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.45:
        return str(randint(rng, 0, 99))
    if kind < 0.85:
        return str(randint(rng, 100, 999))
    if kind < 0.95:
        return str(randint(rng, 1000, 99999))
    return str(randint(rng, 1, 9) * 10)  # a trailing zero: reversed, it starts with 0 ("021")


def _as_input(value: str, phrasing: Phrasing) -> str:
    """A previous result written into a step, the way the chain recogniser writes it for this skill."""
    if phrasing.input == "number":
        if not _INTEGER.fullmatch(value):
            raise _Redraw
        return str(int(value))
    return value if value.replace("-", "").isalnum() else f'"{value}"'


def _solve(name: str, step: str, solving: bool = True) -> str:
    """The step's answer from its skill's own parser and solver ("0" when not solving: a training prompt needs
    no answer, and parsing every step would slow training down)."""
    if not solving:
        return "0"
    skill = SKILLS[name]
    parsed = skill.parse(step)
    if not isinstance(parsed, Parsed):
        raise _Redraw
    answer: str = skill.solve(parsed.operands)
    return answer


def _said(phrasing: Phrasing, step: str, written: str) -> str:
    """A step that leaves the previous result unsaid ("add 5"), said as its skill declares ("add 5 to 12")."""
    return phrasing.said(step, written) or step


def _fill(template: str, values: dict[str, str]) -> str:
    return _SLOT.sub(lambda match: values[match.group(1)], template)


class _Builder:
    """A chain being written: its sentence shape with uniquely named slots, and each slot's operand."""

    def __init__(self, rng: Rng, solving: bool = True) -> None:
        self.rng = rng
        self.solving = solving
        self.values: dict[str, str] = {}

    def slot(self, value: str) -> str:
        name = f"o{len(self.values)}"
        self.values[name] = value
        return "{" + name + "}"

    def renamed(self, template: str, given: dict[str, str] | None = None) -> tuple[str, dict[str, str]]:
        """The template with each operand slot renamed (a fresh number, or the value given for it), and the
        values by the template's own slot names."""
        own: dict[str, str] = {}

        def rename(match: re.Match[str]) -> str:
            name = match.group(1)
            if given is not None and name in given:
                own[name] = given[name]
                return given[name] if name == "x" else self.slot(given[name])
            own[name] = own.get(name) or _number(self.rng)
            return self.slot(own[name])

        return _SLOT.sub(rename, template), own

    def render(self, template: str, noise: bool) -> Generated:
        slots = {name: (lambda value=value: operand(value)) for name, value in self.values.items()}
        return render_spans(self.rng, template, slots, noise)


_SKILLS_WITH: dict[tuple[tuple[str, ...], str, bool, str | None], list[Phrasing]] = {}
_INTEGER = re.compile(r"-?\d+")


def _skills_with(key: str, *, taking: str | None = None, excluding: str | None = None) -> list[Phrasing]:
    words_only = taking is not None and not _INTEGER.fullmatch(taking)  # a word: only text steps take it
    cached = (tuple(_CHAINED), key, words_only, excluding)  # the chained skills too: a test adds one
    found = _SKILLS_WITH.get(cached)
    if found is None:
        found = [p for p in _CHAINED.values() if getattr(p, key) and p.name != excluding]
        found = [p for p in found if p.input == "text"] if words_only else found
        _SKILLS_WITH[cached] = found
    if not found:
        raise _Redraw
    return found


_NAMES = {name: [*_REFERENCES, *phrasing.references] for name, phrasing in _CHAINED.items()}


def _reference(rng: Rng, previous: Phrasing) -> str:
    if rng.random() >= 0.85:
        return choice(rng, _REFERENCES)
    return choice(rng, _NAMES.get(previous.name) or [*_REFERENCES, *previous.references])


def _follow_steps(builder: _Builder, value: str, previous: Phrasing, count: int) -> tuple[list[str], str]:
    """``count`` later steps, each acting on the result before it: their phrases and the last answer."""
    rng = builder.rng
    phrases: list[str] = []
    for _ in range(count):
        if previous.output == "word":
            raise _Redraw  # "odd" is no step's input: a chain ends with its answer
        phrasing = choice(rng, _skills_with("follow", taking=value))
        template = choice(rng, phrasing.follow)
        written = _as_input(value, phrasing)
        text, own = builder.renamed(template.replace("{x}", "\x00"), {})
        step = _fill(template, {**own, "x": written})
        value = _solve(phrasing.name, step if "{x}" in template else _said(phrasing, step, written), builder.solving)
        phrases.append(text.replace("\x00", _reference(rng, previous)))
        previous = phrasing
    return phrases, value


def _first_step(builder: _Builder) -> tuple[str, str, Phrasing]:
    phrasing = choice(builder.rng, _skills_with("command"))
    template = choice(builder.rng, phrasing.command)
    text, own = builder.renamed(template)
    return text, _solve(phrasing.name, _fill(template, own), builder.solving), phrasing


def _sequential(builder: _Builder, steps: int) -> tuple[str, str]:
    rng = builder.rng
    opened = False
    if rng.random() < 0.15 and _PAIRED:
        first, value, phrasing = _operands_first(builder)
    else:
        first, value, phrasing = _first_step(builder)
        opened = rng.random() < 0.2 and first.split(" ", 1)[0].lower() not in _NOT_OPENED
    if opened:
        first = choice(rng, _OPENINGS) + first  # "if you add 3 and 4, ...", "first add 3 and 4, ..."
    later, answer = _follow_steps(builder, value, phrasing, steps - 1)
    text = first
    for index, phrase in enumerate(later):
        text += (", " if opened and index == 0 else choice(rng, _CONNECTORS)) + phrase
    return text, answer


def _operands_first(builder: _Builder) -> tuple[str, str, Phrasing]:
    """ "17 and 26: add them": the operands, then a command on them named by a pronoun."""
    rng = builder.rng
    phrasing = choice(rng, _PAIRED)
    template = choice(rng, [t for t in phrasing.command if "{a} and {b}" in t])
    text, own = builder.renamed(template.replace("{a} and {b}", "\x00"), {})
    operands, own = builder.renamed("{a} and {b}")
    answer = _solve(phrasing.name, _fill(template, own), builder.solving)
    shape = choice(rng, _OPERANDS_FIRST).replace("{o}", operands)
    return shape + text.replace("\x00", choice(rng, _OPERAND_NAMES)), answer, phrasing


def _nested(builder: _Builder, steps: int) -> tuple[str, str]:
    """A noun phrase of one skill as an operand of another's step ("is the sum of 17 and 26 odd?")."""
    rng = builder.rng
    inner = choice(rng, _skills_with("noun"))
    noun = choice(rng, inner.noun)
    noun_text, own = builder.renamed(noun)
    value = _solve(inner.name, _fill(noun, own), builder.solving)
    outer = choice(rng, _skills_with("command", taking=value, excluding=inner.name))
    template = choice(rng, outer.command)
    names = _SLOT.findall(template)
    # An infix noun ("17 plus 26") only goes first: "10 - 2 + 3" is read left to right.
    target = names[0] if noun.startswith("{") else choice(rng, names)
    slot = "{" + target + "}"
    if " and " in noun and (slot + " and " in template or "and " + slot in template):
        raise _Redraw  # "the difference between 188 and 3 added together and 67": which "and" is which?
    other_values = {name: _number(rng) for name in names if name != target}
    computed = _solve(outer.name, _fill(template, {**other_values, target: _as_input(value, outer)}), builder.solving)
    parts = re.split(r"(\{\w+\})", template)
    text = "".join(noun_text if part == "{" + target + "}" else _slot_of(builder, other_values, part) for part in parts)
    if steps > 2:
        later, computed = _follow_steps(builder, computed, outer, steps - 2)
        text += choice(rng, _CONNECTORS) + later[0]
    return text, computed


def _slot_of(builder: _Builder, values: dict[str, str], part: str) -> str:
    match = _SLOT.fullmatch(part)
    return builder.slot(values[match.group(1)]) if match else part


def _infix_operators() -> list[tuple[str, str]]:
    """(skill, operator) of every noun phrasing of the form "{a} <operator> {b}" ("plus", "+", "-")."""
    found = []
    for phrasing in _CHAINED.values():
        for noun in phrasing.noun:
            match = _INFIX.match(noun)
            if match and " " not in match.group(1) and phrasing.input == "number" and phrasing.output == "number":
                found.append((phrasing.name, match.group(1)))
    return found


_OPERATORS = _infix_operators()
# The skills with a command on two operands "{a} and {b}", which a step can name "them" ("17 and 26: add them").
_PAIRED = [p for p in _CHAINED.values() if any("{a} and {b}" in template for template in p.command)]


def _expression(builder: _Builder, steps: int) -> tuple[str, str]:
    """ "10 + 5 - 3": operators of at least two skills, evaluated left to right."""
    rng = builder.rng
    if len({name for name, _ in _OPERATORS}) < 2:
        raise _Redraw
    chosen = [choice(rng, _OPERATORS) for _ in range(steps)]
    if len({name for name, _ in chosen}) < 2:
        raise _Redraw
    value = _number(rng)
    text = builder.slot(value)
    for name, operator in chosen:
        number = _number(rng)
        value = _solve(name, f"{value} {operator} {number}", builder.solving)
        spaced = operator if not operator.isalpha() and rng.random() < 0.3 else f" {operator} "  # "10+5", "10 + 5"
        text += spaced + builder.slot(number)
    return choice(rng, _EXPRESSION_SHAPES).replace("{e}", text), value


def example(rng: Rng, noise: bool = True, solving: bool = True) -> ChainExample:
    """A chain of two or three steps with its answer ("0" without ``solving``)."""
    while True:
        steps = 2 if rng.random() < 0.65 else 3
        builder = _Builder(rng, solving)
        kind = rng.random()
        try:
            if kind < 0.2:
                text, answer = _expression(builder, steps)
            elif kind < 0.5:
                text, answer = _nested(builder, steps)
            else:
                text, answer = _sequential(builder, steps)
        except _Redraw:
            continue
        return ChainExample(builder.render(text, noise), answer, steps)


def prompt(rng: Rng) -> Generated:
    return example(rng, solving=False).generated


# --------------------------------------------------------------------------------------------------------
# Near misses
# --------------------------------------------------------------------------------------------------------
def _unsupported_later(builder: _Builder) -> str:
    rng = builder.rng
    first, value, phrasing = _first_step(builder)
    text = first
    if rng.random() < 0.3:
        later, value = _follow_steps(builder, value, phrasing, 1)
        text += choice(rng, _CONNECTORS) + later[0]
    step, _ = builder.renamed(choice(rng, _UNSUPPORTED_FOLLOW).replace("{x}", _reference(rng, phrasing)))
    return text + choice(rng, _CONNECTORS) + step


def _unsupported_outer(builder: _Builder) -> str:
    rng = builder.rng
    inner = choice(rng, _skills_with("noun"))
    noun_text, _ = builder.renamed(choice(rng, inner.noun))
    step, _ = builder.renamed(choice(rng, _UNSUPPORTED_OUTER).replace("{n}", "\x00"))
    return step.replace("\x00", noun_text)


def _two_questions(builder: _Builder) -> str:
    rng = builder.rng
    first, _, _ = _first_step(builder)
    second, _, _ = _first_step(builder)
    return first + choice(rng, _INDEPENDENT) + second


def _wrong_kind(builder: _Builder) -> str:
    """A step whose answer is not a number ("odd", a reversed word), then a number step acting on it."""
    rng = builder.rng
    phrasing = choice(rng, [p for p in _CHAINED.values() if p.output != "number" and p.command] or [None])
    if phrasing is None:
        raise _Redraw
    template = choice(rng, phrasing.command)
    word = choice(rng, COMMON_WORDS)
    given = {"a": word} if phrasing.input == "text" else None
    first, _ = builder.renamed(template, given)
    number_steps = [p for p in _CHAINED.values() if p.input == "number" and p.follow]
    if not number_steps:
        raise _Redraw
    step, _ = builder.renamed(choice(rng, choice(rng, number_steps).follow).replace("{x}", choice(rng, _REFERENCES)))
    return first + choice(rng, _CONNECTORS) + step


def near_miss(rng: Rng, slots: Slots) -> str:
    """A refused chain: a step no skill does, two independent questions, or a number step given a word."""
    del slots  # the chains draw their own operands
    while True:
        builder = _Builder(rng, solving=False)
        kind = rng.random()
        try:
            if kind < 0.35:
                text = _unsupported_later(builder)
            elif kind < 0.55:
                text = _unsupported_outer(builder)
            elif kind < 0.85:
                text = _two_questions(builder)
            else:
                text = _wrong_kind(builder)
        except _Redraw:
            continue
        return builder.render(text, True).text
