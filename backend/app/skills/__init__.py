"""The skills: each task the app answers exactly, one package per skill, listed in ``registry.py``."""

from __future__ import annotations

from app.skills.base import Cue, Example, Explanation, Missing, Parsed, ParseResult, Rejected, Skill
from app.skills.registry import CHAIN, REGISTERED, SKILLS, TASK_LABELS, UNSUPPORTED, capabilities, refusal_message

__all__ = [
    "CHAIN",
    "REGISTERED",
    "SKILLS",
    "TASK_LABELS",
    "UNSUPPORTED",
    "Cue",
    "Example",
    "Explanation",
    "Missing",
    "ParseResult",
    "Parsed",
    "Rejected",
    "Skill",
    "capabilities",
    "refusal_message",
]
