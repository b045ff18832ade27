"""The class of wordings the reversal phrase list lacked in eval/dev_phrasings4.jsonl (issue 15's fourth round),
read by the rules now, and the lookalikes it must still leave alone. The examples are not the set's prompts."""

from __future__ import annotations

import pytest

from app.skills.base import Missing, Rejected
from app.skills.reversal.skill import REVERSAL
from tests.skills.conftest import solved


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("can you say 'pink lemonade' to me from the end", "edanomel knip"),
        ("spell lantern from the end please", "nretnal"),
        ("How does Oslo read from the end?", "olsO"),
        ("write biscuit from the end to the start", "tiucsib"),  # the longer phrase still wins
    ],
)
def test_reversal_read_from_the_end(prompt: str, answer: str) -> None:
    assert solved("reversal", prompt) == answer


def test_from_the_end_without_a_word_asks_for_it() -> None:
    assert isinstance(REVERSAL.parse("read the word to me from the end"), Missing)


@pytest.mark.parametrize(
    "prompt",
    [
        "what is the third letter from the end of pancake",  # a letter of the word, not the word reversed
        "count the letters from the end of the list",
    ],
)
def test_from_the_end_of_is_not_a_reversal(prompt: str) -> None:
    assert isinstance(REVERSAL.parse(prompt), Rejected)
