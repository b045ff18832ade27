"""Cutting a prompt into the clauses of a chain: at sequencing words ("then", "; ", ". "), and before a word that
opens a step some skill reads ("..., knock off 5", "... and rveerse it"), never inside quotes. A clause is a step
when a skill reads it as one: a word of the chain phrasings, a skill's cue, or the skill's own parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from app.chains.phrasing import GENERIC, ONE_NUMBER, PHRASINGS, SLOT, STEP_NUMBER, skills_named
from app.skills.base import Missing, Rejected, Skill
from app.skills.numbers import read_numbers
from app.skills.operations import skeleton
from app.skills.text import find_quoted, normalize

A_NUMBER = re.compile(STEP_NUMBER, re.IGNORECASE)
# "quick one, odd or even: 5 - 3": the "one" of an opener is the next question, not a number
_A_NEXT_QUESTION = re.compile(r"(?:quick|easy|simple|next|last|another|new)\s+one", re.IGNORECASE)


@lru_cache(maxsize=1)
def splitter() -> re.Pattern[str]:
    alternatives = [*GENERIC.sequence, *(f"(?:{pattern})(?={_opener()})" for pattern in GENERIC.before_step)]
    return re.compile("|".join(f"(?:{pattern})" for pattern in alternatives), re.IGNORECASE)


@lru_cache(maxsize=1)
def than_for_then() -> re.Pattern[str]:
    """ "than" typed for "then": only before a word that opens a step ("add 4 and 5 than reverse it", never "5
    more than 3"). Tried only on a prompt that holds "than" (the splitter is read on every prompt)."""
    # (never after a comparison word: "find 72 less than the result" keeps its "than"; "the" opens steps too)
    compared = "".join(rf"(?<!\b{word} )" for word in ("less", "more", "fewer", "greater", "bigger", "smaller"))
    return re.compile(rf"{compared}\bthan\b(?=\s+(?:{_opener()}))", re.IGNORECASE)


def _opener() -> str:
    """A word that opens a step (the first words of the skills' phrasings, and the openers), as a pattern."""
    openers = set(GENERIC.openers)
    for phrasing in PHRASINGS.values():
        openers.update(phrasing.openers)
        for template in (*phrasing.command, *phrasing.follow):
            first = template.split()[0] if template.split() else ""
            if first.isalpha():
                openers.add(first.lower())
    patterns = [p.replace("{number}", ONE_NUMBER) for phrasing in PHRASINGS.values() for p in phrasing.opener_patterns]
    words = sorted((re.escape(word) for word in openers), key=len, reverse=True)
    return "(?:" + "|".join(words) + r")\b" + "".join(f"|{pattern}" for pattern in patterns)


def clauses(prompt: str, skills: Mapping[str, Skill[Any]] | None = None) -> list[str]:
    """The prompt cut at its sequencing words (never inside quotes), empty pieces dropped; with ``skills``, also
    before a word that opens a step one of them reads."""
    return [text for text, _ in split_clauses(prompt, skills)]


def split_clauses(prompt: str, skills: Mapping[str, Skill[Any]] | None = None) -> list[tuple[str, bool]]:
    """Each clause, and whether the words before it sequence it ("then": a step however it reads)."""
    quoted = find_quoted(prompt)  # the contents of quotes, of every style
    pieces: list[tuple[str, bool]] = []
    start, sequenced = 0, False
    for match in splitter().finditer(prompt):
        if match.end() == match.start() or any(low <= match.start() <= high for low, high in quoted):
            continue
        before = prompt[start : match.start()]
        if match.group().strip().startswith(":") and not any(
            operand_before(text) and not _A_NEXT_QUESTION.fullmatch(tidy(text))
            for text in (*(piece for piece, _ in pieces), before)
        ):
            # "odd or even: 5 - 3", "quick question: ...", "quick one, odd or even: 5 - 3": words before a colon,
            # with no operand yet, introduce the rest
            continue
        pieces.append((before, sequenced))
        start, sequenced = match.end(), GENERIC.sequencing.search(match.group()) is not None
    pieces.append((prompt[start:], sequenced))
    if skills is not None:
        pieces = [
            (part, then and index == 0)
            for text, then in pieces
            for index, part in enumerate(_split_at_steps(text, skills))
        ]
    tidied = [(tidy(text), then) for text, then in pieces]
    return [(text, then) for text, then in tidied if text]


def tidy(text: str) -> str:
    text = GENERIC.leading.sub("", text.strip(" ,;.!?"))
    return GENERIC.trailing.sub("", text.strip(" ,;.!?")).strip(" ,;.!?")


def _split_at_steps(text: str, skills: Mapping[str, Skill[Any]]) -> list[str]:
    """The clause cut further before ", " / " and " where the words that follow open a step some skill reads
    ("combine 3 and 4, knock off 2", "... and rveerse the result"), not a continuation ("and the reverse of")."""
    cuts = [0]
    for match in _CUT.finditer(text):
        word = match.group("word").lower()
        if A_NUMBER.match(text, match.start("word")) or not operand_before(text[cuts[-1] : match.start()]):
            continue
        following = text[match.start("word") :]
        following = _CUT.split(following, maxsplit=1)[0]
        if word in GENERIC.continuations and not _story_step(tidy(following)):
            continue  # "and the reverse of 21" continues; "and my friend gives me 5 more" is a story's step
        if is_step(tidy(following), skills, parsing=False) and not (
            "," not in match.group() and _short_of_an_operand(text[cuts[-1] : match.start()], skills)
        ):
            cuts.extend((match.start(), match.end()))
    if len(cuts) == 1:
        return [text]
    bounds = [*cuts, len(text)]
    return [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds) - 1, 2)]


def is_step(
    text: str, skills: Mapping[str, Skill[Any]], *, by_words: bool = True, parsing: bool = True, implicit: bool = True
) -> bool:
    """Whether a skill reads the text as a step of its own: a step's word of the chain phrasings (unless not
    ``by_words``), a paraphrase or an unsaid-result step of a chain phrasing ("gave 25 away"; unless not
    ``implicit``), a skill's cue
    ("sutbract", "odd"), or, when ``parsing``, a skill's own parse that is not a refusal ("mirror 51")."""
    if not text:
        return False
    if by_words and skills_named(text):
        return True
    return _is_step(text, tuple(skills.items()), parsing, implicit)


@lru_cache(maxsize=1024)  # a clause is asked about several times while a prompt is read
def _is_step(text: str, skills: tuple[tuple[str, Skill[Any]], ...], parsing: bool, implicit: bool = True) -> bool:
    if any(pattern.search(text) for pattern, _ in _paraphrasable(text)):
        return True  # "knock 5 off 20"
    if implicit and _story_step(text):
        return True  # "gave 25 away", "I paid a bill of 28 dollars"
    pieces = read_numbers(normalize(text)).pieces
    shape = skeleton(pieces)
    if any(skill.cue.found(pieces, shape) for _, skill in skills):
        return True
    return parsing and any(not isinstance(skill.parse(text), Rejected) for name, skill in skills if name in PHRASINGS)


def _story_step(text: str) -> bool:
    """Whether the text is a story's step in an implicit phrasing ("my friend gives me 5 more")."""
    patterns = [pattern for phrasing in PHRASINGS.values() for pattern, _ in phrasing.implicit_patterns]
    return any(pattern.fullmatch(step) for step in GENERIC.story_steps(text) for pattern in patterns)


@lru_cache(maxsize=1)
def paraphrases() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    return tuple(entry for phrasing in PHRASINGS.values() for entry in phrasing.paraphrase_patterns)


def _paraphrasable(text: str) -> list[tuple[re.Pattern[str], str]]:
    """The paraphrases whose literal words the text holds."""
    lowered = text.lower()
    return [(pattern, rewrite) for pattern, rewrite, words in paraphrases() if all(word in lowered for word in words)]


def paraphrased(text: str) -> str:
    """A step in a wording its skill's parser does not read ("knock 5 off 20"), said as one it does."""
    for pattern, rewrite in _paraphrasable(text):
        text = pattern.sub(_rewriting(rewrite), text)
    return text


def _rewriting(rewrite: str) -> Callable[[re.Match[str]], str]:
    return lambda match: rewrite.format(**match.groupdict())


def _short_of_an_operand(text: str, skills: Mapping[str, Skill[Any]]) -> bool:
    """Whether a skill reads the text as its step lacking an operand ("find the sum of 599"): what follows
    "and" is that operand ("... and subtracting 49 from 795"), not a step of its own."""
    return any(isinstance(skills[name].parse(text), Missing) for name in PHRASINGS if name in skills)


def operand_before(text: str) -> bool:
    return bool(A_NUMBER.search(text) or SLOT.search(text) or find_quoted(text))


_CUT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?P<word>[^\W\d_][\w']*))", re.IGNORECASE)
