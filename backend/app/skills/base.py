"""The contract every skill follows: parse -> solve -> explain, all pure functions of text.

A skill never imports torch or FastAPI. The classifier decides *which* skill a prompt is for; the skill
decides *what the answer is*, and may veto the classifier (``Rejected``) when the prompt, read closely,
asks for something else (an "addition" that also says "times").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

OperandsT = TypeVar("OperandsT")


@dataclass(frozen=True)
class Parsed(Generic[OperandsT]):
    """The prompt is this skill's task and its operands were found."""

    operands: OperandsT


@dataclass(frozen=True)
class Missing:
    """The prompt clearly asks for this skill, but an operand is absent; ``message`` asks for it."""

    message: str


class Rejected:
    """The prompt is not this skill's task after all; ``reason`` says why, in words for the user.

    The reason may be given as a function, called the first time it is read. Most rejections are never
    shown, because another skill answers the prompt, and finding the words ("this asks for a division")
    can cost more than the rejection itself.
    """

    __slots__ = ("_reason",)
    __match_args__ = ("reason",)

    def __init__(self, reason: str | Callable[[], str]) -> None:
        self._reason = reason

    @property
    def reason(self) -> str:
        reason = self._reason  # read once: another thread may replace the function by its words meanwhile
        if not isinstance(reason, str):
            reason = self._reason = reason()  # pure, so two threads that both compute it agree
        return reason

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rejected):
            return NotImplemented
        return self.reason == other.reason

    def __hash__(self) -> int:
        return hash(self.reason)

    def __repr__(self) -> str:
        return f"Rejected(reason={self.reason!r})"


ParseResult = Parsed[OperandsT] | Missing | Rejected


@dataclass(frozen=True)
class Explanation:
    """A headline ("Let's solve this addition carefully.") and the numbered steps, unnumbered here."""

    headline: str
    steps: list[str] = field(default_factory=list)


class Skill(Protocol[OperandsT]):
    """One task the app can do exactly. ``name`` is its task label in the API."""

    name: str
    example_prompt: str

    def parse(self, prompt: str) -> ParseResult[OperandsT]: ...

    def solve(self, operands: OperandsT) -> str: ...

    def explain(self, operands: OperandsT, answer: str) -> Explanation: ...
