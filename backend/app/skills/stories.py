"""The story a word problem tells, for the prompts the model reads (its skill's rules did not recognise the
wording, reasoning_service): "Tom has 18 stickers and gives 7 to his sister: how many now?" holds two numbers and
no keyword, and the model may read it as an addition (25). A number skill that is read this way declares, in its
package's stories.toml, the words of its own stories and of the stories of another operation; its
operands_from_spans refuses a prompt that tells only of the other (the service then takes the next likeliest
task). A skill may also require its own words: parity's story always tells of pairs, halves or twos ("what date
is 21 days from today" holds one number and no such word). Words are matched whole, on the normalised prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.skills.base import Rejected, load_toml
from app.skills.text import normalize, phrase_alternation


@dataclass(frozen=True)
class Story:
    words: re.Pattern[str]  # every phrase of ``own``, ``other`` and ``neutral``, the longest first (one per place)
    phrases: tuple[str, ...]  # the phrase of each of its groups ("p0", "p1", ...)
    own: frozenset[str]  # phrases that tell this task's story
    other: frozenset[str]  # phrases that tell another operation's story
    reason: str  # a Rejected.why for a story that tells only of the other (or, with own_required, not of its own)
    own_required: bool = False  # refuse a story without any of its own words, whatever else it holds
    decisive: re.Pattern[str] | None = None  # phrases of another task that refuse whatever else the story holds

    def refusal(self, prompt: str, scope: str) -> Rejected | None:
        """A Rejected if the prompt holds a decisive phrase, or tells only of the other operation's story (or not
        of its own, when own_required), else None. Each place of the text is read as its longest phrase: "gave me"
        may be another operation's phrase while "gave" is this one's."""
        text = normalize(prompt)
        if self.decisive is not None and self.decisive.search(text) is not None:
            return Rejected(scope, self.reason)
        found = {self.phrases[int((match.lastgroup or "p0")[1:])] for match in self.words.finditer(text)}
        if found & self.own:
            return None
        if self.own_required or found & self.other:
            return Rejected(scope, self.reason)
        return None


_NUMBER = r"\d[\d,.]*"  # what a "#" of a story phrase matches


def _story_words(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One group a phrase, the longest first; a "#" in a phrase matches a number written in digits."""
    order = sorted(range(len(phrases)), key=lambda index: len(phrases[index]), reverse=True)
    groups = (f"(?P<p{index}>{_NUMBER.join(map(re.escape, phrases[index].split('#')))})" for index in order)
    return re.compile(r"\b(?:" + "|".join(groups) + r")\b")


def load_story(package_file: str) -> Story:
    """The stories.toml beside a skill's code: ``own``, ``other``, ``neutral`` and ``decisive`` (the last three
    optional), lists of words or phrases, ``reason``, and ``own_required`` (optional, false). In ``own``, ``other``
    and ``neutral`` a "#" inside a phrase stands for a number written in digits ("got # more")."""
    data = load_toml(package_file, "stories.toml")
    own, other, decisive = data["own"], data.get("other") or [], data.get("decisive")
    # A neutral phrase tells no story, and holds a word that would ("I need this for homework": not "need").
    phrases = tuple(dict.fromkeys([*own, *other, *(data.get("neutral") or [])]))
    return Story(
        _story_words(phrases),
        phrases,
        frozenset(own),
        frozenset(other),
        str(data["reason"]),
        bool(data.get("own_required")),
        re.compile(phrase_alternation(decisive)) if decisive else None,
    )
