"""Whole-prompt rewrites before a chain is cut into clauses: the steps said in the order they are worked. A question
asked before its condition ("is it odd if you add 3 and 4?"), a question that introduces the result it asks about
("even or odd? the sum of 2089 and 99"), and a statement before "anyway" that only sets the scene."""

from __future__ import annotations

import re

from app.chains.clauses import tidy
from app.chains.nouns import noun_candidates
from app.chains.phrasing import GENERIC, skills_named


def condition_first(prompt: str, words: frozenset[str]) -> str:
    """A question about the result asked before its step's condition ("is it odd if you add 3 and 4?"), said in
    the order the steps are worked ("add 3 and 4, then is it odd"); ``words``: the prompt's words as typed."""
    if words.isdisjoint(_CONDITIONS) or not GENERIC.condition.search(prompt):
        return prompt
    match = GENERIC.question_first.fullmatch(prompt.strip())
    if match is None or not skills_named(match.group("question")):  # not "what's the answer if you ..."
        return prompt
    # a greeting before the question stays first: "hi! is it even if I add 4 and 5?"
    question = match.group("question")
    sentence_ends = list(_SENTENCE_END.finditer(question))
    greeting = question[: sentence_ends[-1].end()] if sentence_ends else ""
    return f"{greeting}{tidy(match.group('step'))}, then {tidy(question[len(greeting) :])}"


_CONDITIONS = frozenset({"if", "when", "once"})
_SENTENCE_END = re.compile(r"[.!?]\s+")
_QUESTION_BEFORE = re.compile(r"^(?P<question>[^\d?.!:;]+)\?+\s+(?P<rest>\S.*)$", re.DOTALL)
_AN_EXPRESSION = re.compile(r"^[-+]?\d[\d,]*\s*(?:[-+]\s*[-+]?\d[\d,]*\s*)+[?!.]*$")


# A statement, then a word that turns to the question ("I have 2 dogs and 1 cat. Anyway, what's 50 minus 18?"):
# the statement names no step and asks nothing, so the chain starts after it.
_TOPIC_TURN = re.compile(
    r"^(?P<scene>[^?]*?[.!;,]\s+)(?:anyway|anyways|anyhow|by the way|btw|moving on)\b[\s,:.!-]*(?P<rest>\S.*)$",
    re.DOTALL | re.IGNORECASE,
)


def after_the_scene(prompt: str) -> str:
    match = _TOPIC_TURN.match(prompt)
    return match.group("rest") if match is not None and not skills_named(match.group("scene")) else prompt


def question_introduces(prompt: str) -> str:
    """A step's question asked of nothing yet, then a noun phrase that stands for a result: "even or odd? the
    sum of 2089 and 99" is read as "even or odd: the sum of ..." (the question introduces the rest)."""
    match = _QUESTION_BEFORE.match(prompt) if "?" in prompt else None
    if match is None or not skills_named(match.group("question")):
        return prompt
    rest = match.group("rest")
    if not _AN_EXPRESSION.match(rest) and not any(pattern.match(rest) for _, pattern in noun_candidates(rest)):
        return prompt  # neither "the sum of 2089 and 99" nor "1,500 + 2,250"
    return f"{match.group('question')}: {rest}"
