"""The skills registry: the one list of skills. Everything else is derived from it.

Adding a skill = one package ``app/skills/<name>/`` whose ``__init__`` exports ``SKILL`` (see
app/skills/addition/ for the files a skill has), plus one line in ``SKILL_PACKAGES`` below. The task labels,
the API's task enum, the training-data mix, calibration, the cross-skill vetoes, ``GET /api/skills``, the
tests parametrised over skills and the benchmark's prompt mix all follow from this list.
"""

from __future__ import annotations

import importlib
from typing import Any

from app.skills.base import Skill
from app.skills.operations import register_skill_cue
from app.skills.text import join_words

SKILL_PACKAGES: tuple[str, ...] = (
    "addition",
    "parity",
    "reversal",
    "subtraction",
)

REGISTERED: tuple[Skill[Any], ...] = tuple(
    importlib.import_module(f"app.skills.{package}").SKILL for package in SKILL_PACKAGES
)
SKILLS: dict[str, Skill[Any]] = {skill.name: skill for skill in REGISTERED}
UNSUPPORTED = "unsupported"
# A request of several steps, each a registered skill's (app/chains/): a label of the classifier, not a skill.
CHAIN = "chain"
TASK_LABELS: tuple[str, ...] = (*SKILLS, CHAIN, UNSUPPORTED)

assert len(SKILLS) == len(REGISTERED), "two registered skills share a name"
assert UNSUPPORTED not in SKILLS, f"{UNSUPPORTED!r} is the refusal label, not a skill"
assert CHAIN not in SKILLS, f"{CHAIN!r} is the multi-step label, not a skill"
for _skill in REGISTERED:
    register_skill_cue(_skill.name, _skill.cue)


def capabilities() -> str:
    """ "add whole numbers, tell whether ... and reverse a word or a quoted phrase"."""
    return join_words([skill.capability for skill in REGISTERED], "and")


def refusal_message(why: str | None = None) -> str:
    """A polite refusal: why (when known: a ``Rejected.why``), what the app can do, and prompts to try."""
    why = why.strip().rstrip(".") if why else ""
    opening = f"Sorry, I can't help with that: {why}." if why else "Sorry, I can't help with that."
    examples = join_words([f'"{skill.examples[0].prompt}"' for skill in REGISTERED], "or")
    return f"{opening} I can {capabilities()}. Try, for example, {examples}."
