"""What the chain wording tests share: the answer worked out here, independently of the skills."""

from __future__ import annotations

from collections.abc import Callable

from app.chains.parser import parse_chain
from app.skills import SKILLS
from app.skills.base import Parsed

Program = Callable[[int, int, int], str]  # the final answer of a template's chain from its numbers a, b, c


def parity(n: int) -> str:
    return "even" if n % 2 == 0 else "odd"


def rev(n: int) -> str:
    return str(n)[::-1]


def answer_of(prompt: str) -> str | None:
    """The chain recogniser's final answer (rules only), or None where it reads no chain."""
    parsed = parse_chain(prompt, SKILLS)
    return parsed.operands.answer if isinstance(parsed, Parsed) else None
