"""The skills registry: every task label the app can answer exactly, in a fixed order.

Adding a skill = one new module exposing a skill object, plus one entry in ``_REGISTERED``.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from app.skills.addition import ADDITION
from app.skills.base import Explanation, Missing, Parsed, ParseResult, Rejected, Skill
from app.skills.parity import PARITY
from app.skills.reversal import REVERSAL


class _DescribedSkill(Skill[Any], Protocol):
    capability: str  # completes "I can ...": "add whole numbers"


_REGISTERED: tuple[_DescribedSkill, ...] = (ADDITION, PARITY, REVERSAL)

SKILLS: dict[str, Skill[Any]] = {skill.name: skill for skill in _REGISTERED}
UNSUPPORTED = "unsupported"
TASK_LABELS: tuple[str, ...] = (*SKILLS, UNSUPPORTED)


def _join(parts: list[str], conjunction: str) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


def refusal_message(reason: str | None = None) -> str:
    """A polite refusal: why (when known), what the app can do, and example prompts to try."""
    parts = ["Sorry, I can't help with that."]
    if reason and reason.strip():
        reason = reason.strip()
        reason = reason if reason[-1] in ".!?" else f"{reason}."
        # "I can only add whole numbers, and this asks for a multiplication." -> "... that: this asks for
        # a multiplication." The list of what the app can do follows, so it is not said twice.
        why = _WHY.match(reason)
        parts = [f"Sorry, I can't help with that: {why.group(1)}"] if why else [*parts, reason]
    capabilities = _join([skill.capability for skill in _REGISTERED], "and")
    examples = _join([f'"{skill.example_prompt}"' for skill in _REGISTERED], "or")
    parts.append(f"I can {capabilities}. Try, for example, {examples}.")
    return " ".join(parts)


_WHY = re.compile(r"I can only [^,]+, and (this .+)$")


__all__ = [
    "SKILLS",
    "TASK_LABELS",
    "UNSUPPORTED",
    "Explanation",
    "Missing",
    "ParseResult",
    "Parsed",
    "Rejected",
    "Skill",
    "refusal_message",
]
