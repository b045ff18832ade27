"""Classes of wordings the phrase lists lacked (eval/dev_phrasings3.jsonl, issue 15's third round), each read by
the rules now, and the lookalikes each class must still refuse. The examples are not the set's prompts."""

from __future__ import annotations

import pytest

from app.skills.base import Parsed, Rejected
from app.skills.parity.skill import _DIVISIBLE_BY_TWO, _DROPPED, PARITY
from app.skills.reversal.skill import REVERSAL
from app.skills.subtraction.skill import SUBTRACTION
from tests.skills.conftest import solved

# ---------------------------------------------------------------------------------------------------------
# parity: "goes into two", "divided by 2 with nothing left", "halved exactly", the slang "fr"


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("does 4410 go into two without a remainder?", "even"),
        ("tell me if 77 goes into 2 exactly", "odd"),
        ("can 903 be divided by 2 with nothing left over?", "odd"),
        ("can 56 be divided by two leaving nothing", "even"),
        ("can 1000001 be halved exactly?", "odd"),
        ("could twelve be halved evenly", "even"),
        ("is 31 odd fr", "odd"),
    ],
)
def test_parity_asked_another_way(prompt: str, answer: str) -> None:
    assert solved("parity", prompt) == answer


def test_the_rewrites_stay_guarded() -> None:
    """Each rewrite needs a string another one needs: past 16 strings the guard knows none and the whole
    alternation runs on every prompt parsed (the training data's checks and every request pay for it)."""
    assert _DIVISIBLE_BY_TWO.needs is not None and _DROPPED.needs is not None


@pytest.mark.parametrize(
    "prompt",
    [
        "does 12 go into 3 without a remainder?",
        "can 90 be divided by 3 with nothing left over?",
        "can 7 be halved",
        "can the cake be halved exactly",
    ],
)
def test_other_divisions_and_halving_things_stay_refused(prompt: str) -> None:
    assert isinstance(PARITY.parse(prompt), Rejected)


# ---------------------------------------------------------------------------------------------------------
# subtraction: "lower # by #"


@pytest.mark.parametrize(("prompt", "answer"), [("lower 90 by 12", "78"), ("please lower 5,000 down by 250", "4750")])
def test_lower_by_subtracts(prompt: str, answer: str) -> None:
    assert solved("subtraction", prompt) == answer


@pytest.mark.parametrize("prompt", ["lower the volume by 5", "lower your voice", "lower 3 flags"])
def test_lower_alone_asks_for_no_subtraction(prompt: str) -> None:
    assert not isinstance(SUBTRACTION.parse(prompt), Parsed)


# ---------------------------------------------------------------------------------------------------------
# reversal: instruction words taken for the target, "starting from its final letter", "running the other way",
# and a coin flip


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("spel lantern bakwards", "nretnal"),
        ("pumpkin but backwards pls", "nikpmup"),
        ("i'd like to see ocean written back to front", "naeco"),
        ("rewrite tiger starting from its final letter", "regit"),
        ("show me candle with its letters running the other way", "eldnac"),
    ],
)
def test_reversal_finds_its_word(prompt: str, answer: str) -> None:
    assert solved("reversal", prompt) == answer


@pytest.mark.parametrize("prompt", ["flip a coin for me", "can you flip the coin 3 times"])
def test_flipping_a_coin_is_another_sense(prompt: str) -> None:
    result = REVERSAL.parse(prompt)
    assert isinstance(result, Rejected)
    assert result.why == 'this uses "reverse" in another sense'
