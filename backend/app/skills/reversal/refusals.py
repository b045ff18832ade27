"""What is not a reversal although it holds a reversal word, or holds none: the other word operations (the order of
the words, a list, letter case, counting, a definition...), code, and "reverse" in other senses ("reverse a car",
"flip 4 pancakes"; phrases.toml's [other_sense]). Each is a regular expression and the phrase of its refusal
("this asks to count letters"), checked on the prompt without its target (skill.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from app.skills.base import load_toml
from app.skills.literals import Guarded
from app.skills.operations import asks_for_code
from app.skills.text import typo_alternation

_PHRASES = load_toml(__file__, "phrases.toml")
LIST = "asks to reverse a list"

# "the word odrer", "the order of the wordws": a slip does not turn word order into letter order.
_ORDER = typo_alternation("order", "older odder border orders ordered")
_WORDS = typo_alternation("words", "word swords world worlds wordy cords lords wards woods works worms fords wolds")

CODE = "asks for code"
CODE_WORDS = r"\b(?:java|rust|sql|code|function|program|script)\b"
CODE_WORD = re.compile(CODE_WORDS)

COUNT = "asks to count letters"
_LETTER_WORDS = re.compile(r"\b(?:letters?|characters?|chars?|vowels?|consonants?|syllables?|words?)\b")


class _CountingLetters:
    """The counting pattern, found only in a text that names letters (see NO_CUE_REFUSALS)."""

    def __init__(self, pattern: Matcher) -> None:
        self._pattern = pattern

    def search(self, text: str) -> object | None:
        return self._pattern.search(text) if _LETTER_WORDS.search(text) else None


# Refusals, checked on the prompt without its target ("reverse the word count" reverses "count").
OTHER_WORD_OPERATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), phrase)
    for pattern, phrase in (
        (
            rf"\bword {_ORDER}\b|\b{_ORDER} of (?:the |these |those |all )?{_WORDS}\b"
            rf"|\brevers\w* (?:the |these |those |all (?:the )?|its )?{_WORDS}\b|\b(?:each|every) word\b"
            rf"|\bthe {_WORDS}\b",
            "asks to reverse the order of the words rather than the letters",
        ),
        (r"\blists?\b|\barrays?\b|\bsequence\b|\bitems\b|\belements\b", LIST),
        (
            r"\bupper ?case\w*|\blower ?case\w*|\btitle ?case\b|\bcapitali[sz]\w*|\bcapital letters?\b|\bcaps\b",
            "asks to change the letter case",
        ),
        (r"\bcount\w*|\bhow many\b|\bvowels?\b|\bconsonants?\b|\blength\b|\bhow long\b", COUNT),
        (r"\bpalindrom\w*", "asks whether something is a palindrome"),
        (r"\btranslat\w*", "asks for a translation"),
        (r"\bdefin\w*|\bmeaning\b|\bmeans?\b|\bsynonyms?\b|\bantonyms?\b|\bopposite\b", "asks what a word means"),
        (r"\brhym\w*", "asks for a rhyme"),
        (r"\bsort\w*|\balphabeti\w*", "asks to sort letters"),
        (r"\banagrams?\b|\bscrambl\w*|\bshuffl\w*|\bjumbl\w*", "asks for an anagram"),
        # A programming word outside the target; "reverse the word code" reverses the word (see CODE_WORD).
        (CODE_WORDS, CODE),
    )
)
ALWAYS_REFUSED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\brevers\w* (?:psychology|engineer\w*|osmosis|mortgage|image|gear|uno|charge|transaction)"
            r"|\brevers\w* (?:a |the )?(?:car|truck|payment|decision|diabetes|aging|ageing)\b|"
            + "|".join(_PHRASES["other_sense"]["patterns"])  # "flip a coin", "mirror my screen" (phrases.toml)
        ),
        'uses "reverse" in another sense',
    ),
    (
        re.compile(r"\bcount(?:ing)? (?:down|up|backwards?|from|to)\b|\bnumbers (?:from )?\d+ (?:to|through) \d+\b"),
        "asks to count",
    ),
    (
        re.compile(r"\bsame (?:\w+ )?(?:backwards?|reversed|forwards? and backwards?|both ways|in reverse)\b"),
        "asks whether something is a palindrome",
    ),
    (
        # the cue word is the word asked about: "explain what the word reverse means", "the meaning of backwards"
        re.compile(
            r"\bword (?:revers|backward|flip|mirror|invert)\w* (?:means?|meaning)\b"
            r"|\bmeaning of (?:the word )?(?:revers|backward|flip|mirror|invert)\w*\b"
            r"|\b(?:define|definition of|explain|synonyms? (?:of|for)) (?:the (?:word|term) )?"
            r"(?:revers|backward|flip|mirror|invert)\w*\W*$"
        ),
        "asks what a word means",
    ),
)


class Matcher(Protocol):
    def search(self, text: str, /) -> object: ...


class _CodeRequest:
    """ "write a function that ...", "in python" (operations.asks_for_code), or a linked list: checked once the
    target is known, which may be a programming word."""

    _DATA_STRUCTURE = re.compile(r"\b(?:linked list|regex)\b")

    def search(self, text: str, /) -> bool:
        return asks_for_code(text) or self._DATA_STRUCTURE.search(text) is not None


CODE_REQUEST = _CodeRequest()
_ALL_REFUSALS: tuple[tuple[Matcher, str], ...] = (*ALWAYS_REFUSED, (CODE_REQUEST, CODE), *OTHER_WORD_OPERATIONS)


def _no_cue_matcher(pattern: Matcher, phrase: str) -> Matcher:
    if phrase == COUNT:
        # Without a cue of reversal, "how many" counts letters only where letters are named: "how many tickets
        # were sold?" counts things (a word problem's question; read as counting letters, the chain recogniser
        # took it for a step nobody does and vetoed every skill).
        return _CountingLetters(pattern)
    # Read for most prompts (why another skill's prompt is no reversal): searched only in a text holding a string
    # the pattern needs.
    return Guarded(pattern) if isinstance(pattern, re.Pattern) else pattern


NO_CUE_REFUSALS = tuple((_no_cue_matcher(pattern, phrase), phrase) for pattern, phrase in _ALL_REFUSALS)


def first_refusal(analysis: str, patterns: Sequence[tuple[Matcher, str]]) -> str | None:
    for pattern, phrase in patterns:
        if pattern.search(analysis):
            return phrase
    return None
