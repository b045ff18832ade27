"""The contract every skill follows: parse -> solve -> explain, all pure functions of text.

A skill never imports torch or FastAPI. The classifier decides *which* skill a prompt is for; the skill
decides *what the answer is*, and may veto the classifier (``Rejected``) when the prompt, read closely,
asks for something else (an "addition" that also says "times").

Results are data, not sentences: a ``Rejected`` says in fields what the prompt asks for instead, and an
``Explanation`` carries its final sentence as a field, so nothing downstream parses prose to get data back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from app.skills.numbers import Piece

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

OperandsT = TypeVar("OperandsT")
Span = tuple[int, int, str]  # (start, end, role) of an operand in the prompt
OPERAND = "operand"  # the role of an operand span (what the model's tagger marks)
MINUEND = "minuend"  # the role of the number a subtraction starts from, where the wording says which it is


@dataclass(frozen=True)
class Parsed(Generic[OperandsT]):
    """The prompt is this skill's task and its operands were found."""

    operands: OperandsT


@dataclass(frozen=True)
class Missing:
    """The prompt clearly asks for this skill, but an operand is absent; ``message`` asks for it."""

    message: str


class Rejected:
    """The prompt is not this skill's task after all.

    ``scope`` is what the skill can do, completing "I can only ..." ("add whole numbers"). ``why`` is a clause
    for the user saying what the prompt asks for instead, or what is wrong with it ("this asks for a
    multiplication", "1.5 is not a whole number"); it is None when the only thing known is that the prompt is
    not this skill's task, which is not worth telling. ``why`` may be given as a function, called the first time
    it is read: most rejections are never shown, because another skill answers the prompt, and finding the
    words can cost more than the rejection itself.
    """

    __slots__ = ("_why", "cue_found", "scope")
    __match_args__ = ("scope", "why")

    def __init__(
        self, scope: str, why: str | Callable[[], str | None] | None = None, *, cue_found: bool = True
    ) -> None:
        self.scope = scope
        self._why = why
        # False when the rules found no cue of the task at all (a wording outside their phrase lists, or another
        # subject): then the model may still answer the prompt from the operands it tags, unless ``why`` names
        # what else it asks for. Known when the rejection is made, unlike ``why``.
        self.cue_found = cue_found

    @property
    def why(self) -> str | None:
        why = self._why  # read once: another thread may replace the function by its words meanwhile
        if callable(why):
            why = self._why = why()  # pure, so two threads that both compute it agree
        return why

    @property
    def worth_telling(self) -> bool:
        return self.why is not None

    @property
    def reason(self) -> str:
        """The whole sentence, for logs and tests: "I can only add whole numbers, and this asks for ..."."""
        why = self.why
        return f"I can only {self.scope}, and {why}." if why else f"I can only {self.scope}."

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rejected):
            return NotImplemented
        return (self.scope, self.why) == (other.scope, other.why)

    def __hash__(self) -> int:
        return hash((self.scope, self.why))

    def __repr__(self) -> str:
        return f"Rejected(scope={self.scope!r}, why={self.why!r})"


ParseResult = Parsed[OperandsT] | Missing | Rejected


@dataclass(frozen=True)
class Explanation:
    """A headline, the working steps (unnumbered), and the sentence that states the answer ("The final answer
    is 5.": /v1 sends it as the message content)."""

    headline: str
    steps: list[str] = field(default_factory=list)
    conclusion: str = ""

    @property
    def all_steps(self) -> list[str]:
        """The steps as the API shows them: the working, then "Therefore, the final answer is 5."."""
        if not self.conclusion:
            return list(self.steps)
        return [*self.steps, f"Therefore, {self.conclusion[0].lower()}{self.conclusion[1:]}"]


def final_answer_sentence(answer: str, *, quoted: bool = False) -> str:
    """The conclusion every skill ends with: "The final answer is 5." (reversal quotes its answer)."""
    shown = f'"{answer}"' if quoted else answer
    return f"The final answer is {shown}."


@dataclass(frozen=True)
class Example:
    """A prompt the skill answers, with its answer (None when the prompt lacks an operand)."""

    prompt: str
    answer: str | None


@dataclass(frozen=True)
class Cue:
    """How to spot that a prompt asks for a skill's operation, so that *other* skills can refuse it.

    ``asks_for`` completes "this ...": "asks for a subtraction". ``found`` reads the prompt's number pieces and
    skeleton (see operations.skeleton): "add # and #".
    """

    asks_for: str
    found: Callable[[Sequence[Piece], str], bool]


class Skill(Protocol[OperandsT]):
    """One task the app can do exactly. ``name`` is its task label in the API."""

    name: str
    title: str  # "Addition": a badge in the SPA
    capability: str  # completes "I can ...": "add whole numbers"
    examples: tuple[Example, ...]
    cue: Cue

    def parse(self, prompt: str) -> ParseResult[OperandsT]: ...

    def solve(self, operands: OperandsT) -> str: ...

    def explain(self, operands: OperandsT, answer: str) -> Explanation: ...

    def show_operands(self, operands: OperandsT) -> list[str]:
        """The operands as the explanation shows them, in its order: ["2", "3"], ["twenty-one (21)"], ["hello"]."""
        ...

    def operands_from_spans(self, prompt: str, spans: Sequence[Span]) -> ParseResult[OperandsT]:
        """The operands in the spans the model tagged (start, end, role), checked: Parsed when they are what this
        skill needs (two or more whole numbers, one whole number, one word or quotation...), Missing when there
        are fewer than it needs, Rejected when they are not what it needs."""
        ...


@runtime_checkable
class ChecksTheModelsReading(Protocol):
    """A skill whose rules' reading may be doubted when the model reads the prompt otherwise (optional)."""

    def doubt(self, prompt: str, rules: Any, model: Callable[[], Any]) -> str | None:
        """A question for the user when the rules' operands and the model's disagree in a way that makes the
        rules' reading unsure, else None. ``model()`` reads the model's operands (``operands_from_spans``; None if
        they are not what the skill needs): the tagger runs only if the skill asks."""
        ...


def load_toml(package_file: str, name: str) -> dict[str, Any]:
    """A data file that sits beside a skill's code: ``load_toml(__file__, "phrases.toml")``."""
    with (Path(package_file).parent / name).open("rb") as handle:
        return tomllib.load(handle)


def load_examples(package_file: str) -> tuple[Example, ...]:
    """The skill's examples.toml: ``[[example]]`` tables with ``prompt`` and ``answer`` ("" for none)."""
    return tuple(
        Example(str(item["prompt"]), str(item["answer"]) or None)
        for item in load_toml(package_file, "examples.toml")["example"]
    )


def words_of(table: dict[str, Any], key: str) -> frozenset[str]:
    """A word list from a phrases.toml: an array of strings, or one string of space-separated words."""
    value = table[key]
    words = value.split() if isinstance(value, str) else [str(item) for item in value]
    return frozenset(word.lower() for word in words)
