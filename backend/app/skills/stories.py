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
from app.skills.text import normalize


@dataclass(frozen=True)
class Story:
    own: re.Pattern[str]  # words that tell this task's story
    other: re.Pattern[str] | None  # words that tell another operation's story
    reason: str  # a Rejected.why for a story that tells only of the other (or, with own_required, not of its own)
    own_required: bool = False  # refuse a story without any of its own words, whatever else it holds
    decisive: re.Pattern[str] | None = None  # phrases of another task that refuse whatever else the story holds

    def refusal(self, prompt: str, scope: str) -> Rejected | None:
        """A Rejected if the prompt holds a decisive phrase, or tells only of the other operation's story (or not
        of its own, when own_required), else None."""
        text = normalize(prompt)
        if self.decisive is not None and self.decisive.search(text) is not None:
            return Rejected(scope, self.reason)
        if self.own.search(text) is not None:
            return None
        if self.own_required or (self.other is not None and self.other.search(text) is not None):
            return Rejected(scope, self.reason)
        return None


def _phrases(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + r")\b")


def load_story(package_file: str) -> Story:
    """The stories.toml beside a skill's code: ``own``, ``other`` and ``decisive`` (both optional), lists of words or
    phrases, ``reason``, and ``own_required`` (optional, false)."""
    data = load_toml(package_file, "stories.toml")
    other, decisive = data.get("other"), data.get("decisive")
    return Story(
        _phrases(data["own"]),
        _phrases(other) if other else None,
        str(data["reason"]),
        bool(data.get("own_required")),
        _phrases(decisive) if decisive else None,
    )
