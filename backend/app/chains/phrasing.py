"""What each registered skill contributes to chains, read from its chain.toml, and the recogniser's own words.

A skill takes part in chains through data only: its operands' kind, its answer's kind, its step title and its
phrasings (a noun phrase for its result, a command, a later step acting on the previous result). This module
turns them into regular expressions; it names no skill. A skill without a chain.toml takes no part in chains.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

from app.skills.base import Skill, load_toml
from app.skills.numbers import HUNDRED, SCALES, TEENS, TENS, UNITS
from app.skills.registry import REGISTERED, SKILL_PACKAGES

Kind = Literal["number", "text", "word"]
CHAIN_FILE = "chain.toml"
DATA_FILE = Path(__file__).with_name("chain.toml")

# A previous result inside the working text: "\ue000" + its index + "\ue001" (private-use characters, which no
# prompt is expected to hold; a prompt that does is read as is, and at worst is not a chain).
SLOT_OPEN, SLOT_CLOSE = "\ue000", "\ue001"
SLOT = re.compile(f"{SLOT_OPEN}(\\d+){SLOT_CLOSE}")
_SLOT_TEXT = f"{SLOT_OPEN}\\d+{SLOT_CLOSE}"
# An operand in a noun phrase: a previous result, or a number as typed (decimals too, so that "2.5" is one
# operand, which the skill then refuses, rather than a 5 after a stray "2.").
_WORD = "(?:" + "|".join(sorted((*UNITS, *TEENS, *TENS, *SCALES, HUNDRED), key=len, reverse=True)) + ")"
_NUMBER_IN_WORDS = rf"(?<![\w-])(?:(?:minus|negative)\s+)?{_WORD}(?:(?:\s+|-){_WORD})*(?![\w-])"
# "{number}" in an implicit step's pattern: one number, in digits or words ("add 5", "spent two hundred thirty")
ONE_NUMBER = rf"(?:[-+]?\d[\d,]*|{_NUMBER_IN_WORDS})"
# A number as an operand of a list ("17 and 26", "four, nine and twelve"): no sign in digits, so "5+3" is no list.
UNSIGNED_NUMBER = rf"(?:(?<![\w.])\d[\d,]*(?![\w.])|{_NUMBER_IN_WORDS})"
# "{subject}" in an implicit step's pattern: who acts in a story's sentence ("he", "Tom", "a delivery", "my friend",
# "the other class").
# A one-word subject is a name or a pronoun, never a verb of the story ("got a million more" is no subject "got").
SUBJECT = (
    r"(?:(?:a|an|the|his|her|their|my|our|your|this|that) (?:other |next |second |first |older |younger )?[a-z]+"
    r"|(?!(?:got|get|gets|gave|give|gives|had|has|have|was|were|is|are|then|and|also|now|later|so)\b)[a-z]+)"
)
# "{number}" in a paraphrase: one number, or a previous result written in.
STEP_NUMBER = rf"(?:{_SLOT_TEXT}|{ONE_NUMBER})"
NUMBER_OPERAND = rf"(?:{_SLOT_TEXT}|(?<![\w.,])[-+]?\d[\d,]*(?:\.\d+)?(?![\w.]|,\d)|{_NUMBER_IN_WORDS})"
# A text operand may also be a quoted phrase or one word.
TEXT_OPERAND = rf"(?:{NUMBER_OPERAND}|\"[^\"]+\"|'[^']+'|“[^”]+”|(?<![\w'])[^\W\d_][\w'-]*)"
_TEMPLATE_SLOT = re.compile(r"\{(\w+)\}")


def _strings(table: Mapping[str, Any], key: str, owner: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{owner}: {key!r} must be a list of strings")
    return value


def template_pattern(template: str, operand: str, *, x: str | None = None) -> str:
    """A phrasing as a regular expression: literal words (any run of spaces between them, optional spaces
    around symbols), each {a}/{b} a named operand group, {x} the previous result (``x``)."""
    parts: list[str] = []
    position = 0
    for match in _TEMPLATE_SLOT.finditer(template):
        parts.append(_literal(template[position : match.start()]))
        name = match.group(1)
        parts.append(f"(?P<{name}>{x if name == 'x' and x is not None else operand})")
        position = match.end()
    parts.append(_literal(template[position:]))
    pattern = "".join(parts)
    if template[:1].isalnum():
        pattern = r"\b" + pattern
    if template[-1:].isalnum():
        pattern += r"\b"
    return pattern


def _literal(text: str) -> str:
    if not text:
        return ""
    words = text.split()
    if not words:
        return r"\s+"
    body = r"\s+".join(re.escape(word) for word in words)
    if all(not char.isalnum() for char in text.strip()):
        return r"\s*" + body + r"\s*"  # "+", "-": spaced or not
    lead = r"\s+" if text[0].isspace() else ""
    trail = r"\s+" if text[-1].isspace() else ""
    return lead + body + trail


def _literal_words(pattern: str) -> tuple[str, ...]:
    """The words a regular expression needs outside its groups and alternatives ("less" of "(?P<a>{number}) less
    (?P<b>{number})"); none when it has an alternative at its top level."""
    outside = pattern
    while True:
        inner = re.sub(r"\([^()]*\)[?*]?", " ", outside)
        if inner == outside:
            break
        outside = inner
    if "|" in outside:
        return ()
    return tuple(word.lower() for word in re.findall(r"(?<![\\{])\b[A-Za-z]{3,}\b", outside) if word != "number")


@dataclass(frozen=True)
class Phrasing:
    """One skill's chain.toml."""

    name: str
    input: Kind
    output: Kind
    title: str
    noun: tuple[str, ...]
    command: tuple[str, ...]
    follow: tuple[str, ...]
    implicit: tuple[tuple[str, str], ...]
    references: tuple[str, ...]
    openers: tuple[str, ...] = ()
    opener_patterns: tuple[str, ...] = ()  # regular expressions ({number} allowed) that open a later step
    # [pattern, rewrite] pairs: a wording of the step that the skill's own parser does not read ("knock 5 off
    # 20"), said as one it does ("subtract 5 from 20"); applied to any step, with results written in.
    paraphrase: tuple[tuple[str, str], ...] = ()
    # Words for the result of this skill's step on operands given before it ("their combined score").
    result_words: tuple[str, ...] = ()

    @classmethod
    def from_table(cls, name: str, table: Mapping[str, Any]) -> Phrasing:
        kinds = ("number", "text", "word")
        if table.get("input") not in kinds[:2] or table.get("output") not in kinds:
            raise ValueError(f"{name}/{CHAIN_FILE}: input must be number or text, output number, text or word")
        implicit = table.get("implicit", [])
        paraphrase = table.get("paraphrase", [])
        if not all(isinstance(pair, list) and len(pair) == 2 for pair in (*implicit, *paraphrase)):
            raise ValueError(f"{name}/{CHAIN_FILE}: implicit and paraphrase hold [pattern, rewrite] pairs")
        title = table.get("title")
        if not isinstance(title, str):
            raise ValueError(f"{name}/{CHAIN_FILE}: title must be a string")
        return cls(
            name=name,
            input=table["input"],
            output=table["output"],
            title=title,
            noun=tuple(_strings(table, "noun", name)),
            command=tuple(_strings(table, "command", name)),
            follow=tuple(_strings(table, "follow", name)),
            implicit=tuple((str(pattern), str(rewrite)) for pattern, rewrite in implicit),
            references=tuple(_strings(table, "references", name)),
            openers=tuple(_strings(table, "openers", name)),
            opener_patterns=tuple(_strings(table, "opener_patterns", name)),
            paraphrase=tuple((str(pattern), str(rewrite)) for pattern, rewrite in paraphrase),
            result_words=tuple(_strings(table, "result_words", name)),
        )

    @property
    def operand(self) -> str:
        return NUMBER_OPERAND if self.input == "number" else TEXT_OPERAND

    @cached_property
    def noun_patterns(self) -> tuple[re.Pattern[str], ...]:
        prefix = "(?:(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in GENERIC.noun_prefixes) + r")\s+)?"
        return tuple(
            re.compile(prefix + f"(?P<noun>{template_pattern(noun, self.operand)})", re.IGNORECASE)
            for noun in dict.fromkeys(self.noun)
        )

    @cached_property
    def implicit_patterns(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple(
            (re.compile(pattern.replace("{number}", ONE_NUMBER).replace("{subject}", SUBJECT), re.IGNORECASE), rewrite)
            for pattern, rewrite in self.implicit
        )

    def said(self, step: str, result: str) -> str | None:
        """A step that leaves the previous result unsaid ("add 5"), said with ``result`` as this skill declares
        ("add 5 to 12"); None if the step is no such step of this skill."""
        for pattern, rewrite in self.implicit_patterns:
            match = pattern.fullmatch(step)
            if match:
                return rewrite.format(x=result, **match.groupdict())
        return None

    @cached_property
    def paraphrase_patterns(self) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
        """Each paraphrase's pattern, its rewrite, and the literal words it needs ("less"): a text without them
        is not searched (a pattern that starts with a number is slow to search)."""
        return tuple(
            (re.compile(pattern.replace("{number}", STEP_NUMBER), re.IGNORECASE), rewrite, _literal_words(pattern))
            for pattern, rewrite in self.paraphrase
        )

    def step_title(self, shown: Sequence[str]) -> str:
        """ "add 17 and 26", "subtract 66 from 109": the title with the operands as the skill shows them."""
        from app.skills.text import join_words  # noqa: PLC0415 (a light module; kept local to the one use)

        return self.title.format(all=join_words(shown), first=shown[0] if shown else "", rest=join_words(shown[1:]))


@dataclass(frozen=True)
class Generic:
    """app/chains/chain.toml: connectors, openers, reference words."""

    sequence: tuple[str, ...]
    before_step: tuple[str, ...]
    openers: tuple[str, ...]
    rewrites: tuple[tuple[str, str], ...]
    references: tuple[str, ...]
    noun_prefixes: tuple[str, ...]
    plain_words: frozenset[str]
    starts: tuple[str, ...]
    sequencing: re.Pattern[str]
    trailing: re.Pattern[str]
    leading: re.Pattern[str]
    continuations: frozenset[str]
    second_step: re.Pattern[str]
    operand_names: tuple[str, ...]
    story_leading: re.Pattern[str]
    story_trailing: re.Pattern[str]
    condition: re.Pattern[str]
    question_first: re.Pattern[str]
    not_slips: frozenset[str]
    short_slips: tuple[tuple[str, str], ...]

    def story_steps(self, text: str) -> list[str]:
        """A story's sentence, and the same without a time or place around its step ("At the first stop 63 get
        off" -> "63 get off", "32 got off at the first stop" -> "32 got off"): the ways an implicit step may
        read it."""
        found = [text]
        for leading in (True, False):
            for step in list(found):
                words = step.split()
                for cut in range(1, len(words)):
                    phrase, rest = (words[:cut], words[cut:]) if leading else (words[-cut:], words[:-cut])
                    pattern = self.story_leading if leading else self.story_trailing
                    if pattern.fullmatch(" ".join(phrase)):
                        found.append(" ".join(rest))
        return list(dict.fromkeys(found))

    @cached_property
    def start_patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(template_pattern(start, NUMBER_OPERAND), re.IGNORECASE) for start in self.starts)


def _generic() -> Generic:
    table = load_toml(str(DATA_FILE), DATA_FILE.name)
    owner = "app/chains/chain.toml"
    return Generic(
        sequence=tuple(_strings(table, "sequence", owner)),
        before_step=tuple(_strings(table, "before_step", owner)),
        openers=tuple(_strings(table, "openers", owner)),
        rewrites=tuple((str(pattern), str(rewrite)) for pattern, rewrite in table["rewrites"]),
        references=tuple(_strings(table, "references", owner)),
        noun_prefixes=tuple(_strings(table, "noun_prefixes", owner)),
        plain_words=frozenset(_strings(table, "plain_words", owner)),
        starts=tuple(_strings(table, "starts", owner)),
        sequencing=re.compile(str(table["sequencing"]), re.IGNORECASE),
        trailing=re.compile(str(table["trailing"]), re.IGNORECASE),
        leading=re.compile(str(table["leading"]), re.IGNORECASE),
        continuations=frozenset(_strings(table, "continuations", owner)),
        second_step=re.compile(str(table["second_step"]), re.IGNORECASE),
        operand_names=tuple(_strings(table, "operand_names", owner)),
        story_leading=re.compile(str(table["story_leading"]), re.IGNORECASE),
        story_trailing=re.compile(str(table["story_trailing"]), re.IGNORECASE),
        condition=re.compile(str(table["condition"]), re.IGNORECASE),
        question_first=re.compile(
            str(table["question_first"]).replace("{condition}", str(table["condition"])), re.IGNORECASE
        ),
        not_slips=frozenset(_strings(table, "not_slips", owner)),
        short_slips=tuple((str(slip), str(word)) for slip, word in table["short_slips"]),
    )


GENERIC = _generic()


def _phrasings(packages: Sequence[str], skills: Sequence[Skill[Any]]) -> dict[str, Phrasing]:
    found: dict[str, Phrasing] = {}
    for package, skill in zip(packages, skills, strict=True):
        module_file = Path(__file__).parents[1] / "skills" / package / "skill.py"
        if (module_file.parent / CHAIN_FILE).is_file():
            found[skill.name] = Phrasing.from_table(skill.name, load_toml(str(module_file), CHAIN_FILE))
    return found


# Every registered skill that takes part in chains, by name, in registry order.
PHRASINGS: dict[str, Phrasing] = _phrasings(SKILL_PACKAGES, REGISTERED)


def chain_sources() -> tuple[Path, ...]:
    """The files that decide what chains are recognised and generated (for the recipe fingerprint)."""
    skills_dir = Path(__file__).parents[1] / "skills"
    return (DATA_FILE, *sorted(skills_dir.glob(f"*/{CHAIN_FILE}")), *sorted(Path(__file__).parent.glob("*.py")))


def _keys(phrasing: Phrasing, keys: Sequence[str] = ("noun", "command", "follow")) -> set[str]:
    """The words of a phrasing that ask for a step (all but the plain ones): their first four letters ("reve"
    finds "reverse", "reversed"), and any symbol of the phrasing ("+", "-")."""
    found = {opener[:4] for opener in phrasing.openers}
    for template in (template for key in keys for template in getattr(phrasing, key)):
        text = _TEMPLATE_SLOT.sub(" ", template).lower()
        found.update(word[:4] for word in re.findall(r"[a-z]+", text) if word not in GENERIC.plain_words)
        found.update(re.findall(r"[^\w\s,.;:!?'\"]", text))  # operators ("+", "-"), not punctuation
    return found


@lru_cache(maxsize=1)
def step_owners() -> dict[str, frozenset[str]]:
    """Each step keyword (lower-cased: "reve", "+") and the skills whose phrasings hold it."""
    owners: dict[str, set[str]] = {}
    for name, phrasing in PHRASINGS.items():
        for key in _keys(phrasing):
            owners.setdefault(key, set()).add(name)
    return {key: frozenset(names) for key, names in owners.items()}


_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")


@lru_cache(maxsize=256)
def words_of(text: str) -> frozenset[str]:
    """The text's words (runs of letters) and symbols, lower-cased: read once per text for the step words and
    the slips."""
    return frozenset(_TOKEN.findall(text.lower()))


@lru_cache(maxsize=256)  # a clause is asked about several times while a prompt is read
def skills_named(text: str) -> frozenset[str]:
    """The skills whose step words the text holds (each word's first four letters, or three, or a symbol, looked
    up in step_owners)."""
    owners = step_owners()
    return frozenset(name for token in words_of(text) for key in (token[:4], token[:3]) for name in owners.get(key, ()))
