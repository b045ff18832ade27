"""The story a word problem tells, for the prompts the model reads (its skill's rules did not recognise the
wording, reasoning_service): "Tom has 18 stickers and gives 7 to his sister: how many now?" holds two numbers and
no keyword, and the model may read it as an addition (25). A number skill that is read this way declares, in its
package's stories.toml, the words of its own stories and of the stories of another operation; its
operands_from_spans refuses a prompt that tells only of the other (the service then takes the next likeliest
task). Words are matched whole, on the normalised prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.skills.base import Rejected, load_toml
from app.skills.text import normalize


@dataclass(frozen=True)
class Story:
    own: re.Pattern[str]  # words that tell this task's story
    other: re.Pattern[str]  # words that tell another operation's story
    reason: str  # a Rejected.why for a story that tells only of the other

    def refusal(self, prompt: str, scope: str) -> Rejected | None:
        """A Rejected if the prompt tells only of the other operation's story, else None."""
        text = normalize(prompt)
        if self.other.search(text) is None or self.own.search(text) is not None:
            return None
        return Rejected(scope, self.reason)


def _phrases(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + r")\b")


def load_story(package_file: str) -> Story:
    """The stories.toml beside a skill's code: ``own`` and ``other``, lists of words or phrases, and ``reason``."""
    data = load_toml(package_file, "stories.toml")
    return Story(_phrases(data["own"]), _phrases(data["other"]), str(data["reason"]))
