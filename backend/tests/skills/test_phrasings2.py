"""Classes of wordings the phrase lists lacked (eval/dev_phrasings2.jsonl, issue 15's second round), each read by
the rules now, and the lookalikes each class must still refuse. The examples are not the set's prompts."""

from __future__ import annotations

import pytest

from app.skills.addition.skill import ADDITION
from app.skills.base import Missing, Parsed, Rejected
from app.skills.parity.skill import PARITY
from app.skills.reversal.skill import REVERSAL
from app.skills.subtraction.skill import SUBTRACTION
from tests.skills.conftest import solved

# ---------------------------------------------------------------------------------------------------------
# addition: verbs that add one amount to another, a cue only in their shape with two numbers


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("tack 12 onto 30", "42"),
        ("could you stick 7 on top of 21?", "28"),
        ("pile 100 more on top of 250, how many now", "350"),
        ("chuck 4 extra onto 96", "100"),
        ("bump 15 up by 6", "21"),
        ("boost 40 by 2", "42"),
        ("my savings are 300 and they grow by 45, how much then?", "345"),
        ("go up from 70 by 9", "79"),
        ("count up 5 from 18, where do you land?", "23"),
        ("pool 14 and 16", "30"),
        ("lump together thirty and twelve", "42"),
    ],
)
def test_adding_verbs_in_their_shape_add(prompt: str, answer: str) -> None:
    assert solved("addition", prompt) == answer


@pytest.mark.parametrize(
    "prompt",
    [
        "stick a note on the fridge",
        "bump into 2 friends",
        "throw 3 darts",
        "count up to 10",
        "go up 3 floors",
        "the pool is 25 metres long and 10 wide",
    ],
)
def test_the_same_verbs_alone_ask_for_no_addition(prompt: str) -> None:
    assert isinstance(ADDITION.parse(prompt), Rejected)


@pytest.mark.parametrize("prompt", ["how do I add a friend on Instagram?", "add a new contact to my phone"])
def test_adding_people_or_things_in_an_app_is_another_sense(prompt: str) -> None:
    result = ADDITION.parse(prompt)
    assert isinstance(result, Rejected)
    assert result.why == 'this uses "sum", "total", "plus" or "add" in another sense'


# ---------------------------------------------------------------------------------------------------------
# subtraction: verbs that take one amount off another ("off"/"from" names the number taken from), and verbs in order


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("knock 7 off 50", "43"),
        ("knock 15 off of 100, what's left", "85"),
        ("shave 40 off 400", "360"),
        ("remove 25 from 60", "35"),
        ("please remove negative 5 from 10", "15"),
        ("drop 90 by 12", "78"),
        ("by what amount does 58 exceed 25?", "33"),
        ("by how much does 12 exceed 50", "-38"),  # in order, as "decrease 12 by 50"
        ("count back 20 from 65", "45"),
        ("go down 99 from 500: what number is that?", "401"),
        ("cut 1600 down by 49", "1551"),
        ("bring 80 down by 5", "75"),
        ("how far apart are 12 and 40?", "28"),  # a difference: the larger minus the smaller
    ],
)
def test_taking_off_verbs_subtract_in_the_right_order(prompt: str, answer: str) -> None:
    assert solved("subtraction", prompt) == answer


@pytest.mark.parametrize(
    "prompt",
    [
        "knock knock, who's there?",
        "knock it off",
        "remove the stain from my shirt",
        "remove 3 items from my cart",
        "74 invoices shared among 12 players: how many each",  # "shared" is no slip of "shaved"
        "drop me a line at 5",
        "does 58 exceed 25?",  # a yes-or-no comparison
        "cut the cake into 8 slices",
        "my kids are 3 years apart",
        "count back from 10",
    ],
)
def test_the_same_verbs_otherwise_ask_for_no_subtraction(prompt: str) -> None:
    assert not isinstance(SUBTRACTION.parse(prompt), (Parsed, Missing))


# ---------------------------------------------------------------------------------------------------------
# parity: other ways to ask whether a number is even, and "one" after even/odd is no second number


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("is 14 an even one?", "even"),
        ("ninety one - odd one or even one?", "odd"),
        ("does 38 leave a remainder when you split it by two?", "even"),
        ("can 93 be cut in half without a remainder?", "odd"),
        ("does 60076 halve cleanly?", "even"),
        ("if you halve 31, do you get a whole number?", "odd"),
        ("check whether 83663 divides by 2 with nothing left over", "odd"),
        ("could 39,641 be written as 2 times a whole number?", "odd"),
        ("would 1200 be in the list of even numbers?", "even"),
        ("my house number is fifty-three. is it on the even side of the street?", "odd"),
        ("is 3043054808 divisible by two at all", "even"),
    ],
)
def test_other_ways_of_asking_about_parity(prompt: str, answer: str) -> None:
    assert solved("parity", prompt) == answer


@pytest.mark.parametrize(
    "prompt",
    [
        "which is the odd one out: 3, 5, 8?",
        "list the even numbers below 20",
        "what is 17 divided by 2 with remainder?",
        "what is half of 96?",
        "what is 2 times 21?",
        "does 45 leave a remainder when you divide it by 4?",
        "problem 2, can chess be halved without a remainder",  # the halving is not the number's
    ],
)
def test_their_lookalikes_are_still_refused(prompt: str) -> None:
    assert isinstance(PARITY.parse(prompt), Rejected)


# ---------------------------------------------------------------------------------------------------------
# reversal: more phrases for "backwards", the instruction's own words are no target, "reverse" in another sense


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("write giraffe as a mirror image, letter by letter", "effarig"),
        ("read Dublin in the opposite direction", "nilbuD"),
        ("the word is banana, write it the other way", "ananab"),
        ("what is München when the letters go the other way?", "nehcnüM"),
        ("this word: PlayStation. now end-to-beginning please", "noitatSyalP"),
        ("rewind the letters of pencil", "licnep"),
        ("how would stressed look if you wrote it back to front?", "desserts"),
        ("curious what racecar becomes when written end to start", "racecar"),
    ],
)
def test_more_ways_of_asking_to_reverse(prompt: str, answer: str) -> None:
    assert solved("reversal", prompt) == answer


@pytest.mark.parametrize(
    "prompt",
    ["reverse my last order on amazon", "can you reverse this charge on my card", "what is the other way to say hello"],
)
def test_reverse_in_another_sense_or_no_cue_is_refused(prompt: str) -> None:
    assert isinstance(REVERSAL.parse(prompt), Rejected)


def test_reversing_the_order_of_letters_is_still_a_reversal() -> None:
    result = REVERSAL.parse("reverse the order of the letters in cat")
    assert isinstance(result, Parsed) and REVERSAL.solve(result.operands) == "tac"
