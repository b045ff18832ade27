"""The story of a word problem the model reads (app/skills/stories.py): a story that tells only of taking away is
not answered as an addition, nor one that tells only of putting together as a subtraction, whatever the model's
first choice; the next likeliest task answers."""

from __future__ import annotations

import math

import pytest

from app.ml.inference import Prediction
from app.services.reasoning_service import decide
from app.skills import SKILLS, TASK_LABELS
from app.skills.base import MINUEND, Parsed, Rejected
from tests.services.test_model_extraction import spans_of


def ranked(*labels: str) -> Prediction:
    """The model's choices in this order (0.6, 0.3, 0.08), the other labels sharing what is left."""
    shares = dict(zip(labels, (0.6, 0.3, 0.08), strict=False))
    rest = (1 - sum(shares.values())) / (len(TASK_LABELS) - len(shares))
    probabilities = tuple(shares.get(label, rest) for label in TASK_LABELS)
    return Prediction(probabilities, tuple(math.log(p) for p in probabilities), TASK_LABELS)


def torn(first: str, second: str) -> Prediction:
    """The model's first choice at 0.6, its second at 0.35."""
    shares = {first: 0.6, second: 0.35}
    rest = (1 - sum(shares.values())) / (len(TASK_LABELS) - 2)
    probabilities = tuple(shares.get(label, rest) for label in TASK_LABELS)
    return Prediction(probabilities, tuple(math.log(p) for p in probabilities), TASK_LABELS)


@pytest.mark.parametrize(
    ("prompt", "numbers", "first", "expected"),
    [
        (
            "Tom has 18 stickers and gives 7 to his sister. How many does Tom have now?",
            ["18", "7"],
            "addition",
            ("subtraction", "11"),
        ),
        (
            "I had 3963 dollars and lost 94 of it. How much do I have left?",
            ["3963", "94"],
            "addition",
            ("subtraction", "3869"),
        ),
        (
            "A train had 630 seats and 354 are booked. How many seats are free?",
            ["630", "354"],
            "addition",
            ("subtraction", "276"),
        ),
        (
            "A library has 8 books and gets 2212 new ones. How many books does it have now?",
            ["8", "2212"],
            "subtraction",
            ("addition", "2220"),
        ),
        (
            "747 people came on Saturday and 4700 came on Sunday. How many came over the weekend?",
            ["747", "4700"],
            "subtraction",
            ("addition", "5447"),
        ),
        ("I had 40 stamps and got 7 more. How many now?", ["40", "7"], "subtraction", ("addition", "47")),
        (
            # "I need this" is the request, not a story of needing more (subtraction's own word "need")
            "I need this for homework: there were 394 people on the train and 36 more got on. How many now?",
            ["394", "36"],
            "subtraction",
            ("addition", "430"),
        ),
        ("Ana is 41 and her niece is 9: what's the age gap?", ["41", "9"], "addition", ("subtraction", "32")),
        ("how many years passed between 1812 and 1901?", ["1812", "1901"], "addition", ("subtraction", "89")),
        (
            "Ben baked 60 buns and Kim baked 25. How many did they bake between them?",
            ["60", "25"],
            "subtraction",
            ("addition", "85"),
        ),
        (
            "I read 6 pages yesterday and 80 today - how many pages so far?",
            ["6", "80"],
            "subtraction",
            ("addition", "86"),
        ),
        (
            "A zoo has 90 birds and 10776 reptiles. How many animals is that?",
            ["90", "10776"],
            "subtraction",
            ("addition", "10866"),
        ),
        (
            "she saved 266 euros and her gran gave her 930 euros. how much money does she have now?",
            ["266", "930"],
            "subtraction",
            ("addition", "1196"),
        ),
        (
            "If I already have 4075 followers and gain 20324 this week, how many will I have?",
            ["4075", "20324"],
            "subtraction",
            ("addition", "24399"),
        ),
        ("Lena is 9 years old. How old will she be in 12 years?", ["9", "12"], "subtraction", ("addition", "21")),
        (
            "i had 2321 dollars and spent 854, how much have i got left?",
            ["2321", "854"],
            "addition",
            ("subtraction", "1467"),
        ),
        (
            "my phone had 33485 photos and i deleted 33106 of them, how many are on it now?!",
            ["33485", "33106"],
            "addition",
            ("subtraction", "379"),
        ),
        (
            "9257991794; now remove 9229171042. what's the number?",
            ["9257991794", "9229171042"],
            "addition",
            ("subtraction", "28820752"),
        ),
        (
            "The race is 22362 m long and I'm at the 18237 m mark. How much further to the finish?",
            ["22362", "18237"],
            "addition",
            ("subtraction", "4125"),
        ),
        (
            "I weigh 228 pounds and want to get down to 201. How many pounds do I have to lose?",
            ["228", "201"],
            "addition",
            ("subtraction", "27"),
        ),
        (
            "I paid with a 20 dollar note for a lunch that cost 5 dollars. How much change should I get back?",
            ["20", "5"],
            "addition",
            ("subtraction", "15"),
        ),
        (
            "There were 291 people on the train and 62 got on at the next stop. How many are on board now?",
            ["291", "62"],
            "subtraction",
            ("addition", "353"),
        ),
        ("How much is 9843 with 76 thrown in on top?", ["9843", "76"], "subtraction", ("addition", "9919")),
        (
            "My score was 177676 and I just picked up 902 bonus points. New score?",
            ["177676", "902"],
            "subtraction",
            ("addition", "178578"),
        ),
        ("Start at 34 and count down 24 steps. Where do you land?", ["34", "24"], "addition", ("subtraction", "10")),
        (
            "Team A scored 99 points and team B scored 58849. How many points were scored in the game?",
            ["99", "58849"],
            "subtraction",
            ("addition", "58948"),
        ),
        (
            "The bill was 778 dollars and a coupon took off 60 dollars. What do I pay?",
            ["778", "60"],
            "addition",
            ("subtraction", "718"),
        ),
        (
            "There were 28 people at the party and 11 went home early. How many stayed?",
            ["28", "11"],
            "addition",
            ("subtraction", "17"),
        ),
        (
            "The red team has 56686 points and the blue team has 25. How many points do both teams have?",
            ["56686", "25"],
            "subtraction",
            ("addition", "56711"),
        ),
        (
            "The town had 215096 residents last year and 10788 people have moved in since. What's the population now?",
            ["215096", "10788"],
            "subtraction",
            ("addition", "225884"),
        ),
        (
            "A pond has 10826 ducks and 57193 more land on it. How many ducks are on the pond?",
            ["10826", "57193"],
            "subtraction",
            ("addition", "68019"),
        ),
        ("how many years from 1284 to 1600? please", ["1284", "1600"], "addition", ("subtraction", "316")),
        (
            "Pocket money: 16 from Mum, 14 from Gran. How much have I got now?",
            ["16", "14"],
            "subtraction",
            ("addition", "30"),
        ),
    ],
)
def test_a_story_of_the_other_operation_passes_to_the_next_likeliest(
    prompt: str, numbers: list[str], first: str, expected: tuple[str, str]
) -> None:
    second = expected[0]
    assert all(isinstance(result, Rejected) for result in (s.parse(prompt) for s in SKILLS.values()))
    reply = decide(prompt, torn(first, second), tagger=lambda text: spans_of(text, *numbers))
    assert (reply.task, reply.answer, reply.operands_from) == (*expected, "model")


@pytest.mark.parametrize(
    ("prompt", "numbers", "answer"),
    [
        (
            "A concert sold 676 tickets online and 1520 at the door. How many tickets were sold?",
            ["676", "1520"],
            "2196",
        ),
        ("I paid 934 dollars for the shoes and 691 for the jacket. how much did I spend?", ["934", "691"], "1625"),
        ("I got 12 cards and gave 3 away, then got 5 more: how many did I get?", ["12", "5"], "17"),
    ],
)
def test_selling_spending_or_a_story_of_both_stays_with_the_models_choice(
    prompt: str, numbers: list[str], answer: str
) -> None:
    found = SKILLS["addition"].operands_from_spans(prompt, spans_of(prompt, *numbers))
    assert isinstance(found, Parsed) and SKILLS["addition"].solve(found.operands) == answer


def test_the_refusal_names_the_story() -> None:
    prompt = "Tom has 18 stickers and gives 7 to his sister. How many now?"
    refused = SKILLS["addition"].operands_from_spans(prompt, spans_of(prompt, "18", "7"))
    assert isinstance(refused, Rejected) and refused.why == "this tells of taking something away, not of adding"


@pytest.mark.parametrize(
    ("prompt", "number"),
    [
        ("what date is 21 days from today", "21"),
        ("yo it's minus 16 outside, what should i wear", "16"),
        ("TAKE THE FIRST 30 LETTERS OF STRAWBERRY", "30"),
        ("Can I take 2 ibuprofen with coffee?", "2"),  # the 2 read is no word of the story
    ],
)
def test_a_parity_reading_needs_twos_pairs_or_halves(prompt: str, number: str) -> None:
    reply = decide(prompt, torn("parity", "unsupported"), tagger=lambda text: spans_of(text, number))
    assert (reply.task, reply.answer) == ("unsupported", None)


@pytest.mark.parametrize(
    ("prompt", "number", "answer"),
    [
        ("can 681396 eggs fill egg boxes of two with none spare?", "681396", "even"),
        ("Two hundred forty students ride in pairs: is anyone alone?", "Two hundred forty", "even"),
        ("IS 53 GERADE OR UNGERADE?", "53", "odd"),
        ("7 is od, right?", "7", "odd"),
        ("can 8204 marbles be shared between 2 kids with none left over?", "8204", "even"),
    ],
)
def test_a_parity_question_in_other_words_is_still_read(prompt: str, number: str, answer: str) -> None:
    found = SKILLS["parity"].operands_from_spans(prompt, spans_of(prompt, number))
    assert isinstance(found, Parsed) and SKILLS["parity"].solve(found.operands) == answer


@pytest.mark.parametrize(
    ("skill", "prompt", "numbers"),
    [
        (
            "subtraction",
            "I paid 934 dollars for the shoes and 691 for the jacket. how much did I spend?",
            ["934", "691"],
        ),
        ("subtraction", "I ran 4305 metres and then another 201 metres. How far is that?", ["4305", "201"]),
        ("parity", "can 299 be split into three equal groups?", ["299"]),
        ("parity", "is there one left over if 31 sweets are shared between 4 kids?", ["31"]),
        ("parity", "can 250 people stand in rows of five with nobody left out?", ["250"]),
        ("parity", "Split a 252 dollar dinner bill evenly among 7 friends: what does each person pay?", ["252"]),
        ("subtraction", "iphone 15 or iphone 14, which should I buy :)", ["15", "14"]),
        ("addition", "I need 13655 stamps and I've got 485. How many am I short?", ["13655", "485"]),
        ("addition", "by how much is 71163 short of 71304?", ["71163", "71304"]),
        (
            "addition",
            "This month I have to work 146 hours and I've logged 111 so far. How many hours remain?",
            ["146", "111"],
        ),
    ],
)
def test_a_decisive_phrase_refuses_the_reading_whatever_else_the_story_holds(
    skill: str, prompt: str, numbers: list[str]
) -> None:
    assert isinstance(SKILLS[skill].operands_from_spans(prompt, spans_of(prompt, *numbers)), Rejected)


@pytest.mark.parametrize(
    ("prompt", "numbers", "answer"),
    [
        ("a baker made 315 cookies and 38 got burnt. how many good cookies are there?", ["315", "38"], "277"),
        ("I got 20 apples but gave 6 away. How many apples are there now?", ["20", "6"], "14"),
        ("My mom gave me 20 dollars and I spent 8. How much do I have now?", ["20", "8"], "12"),
        ("Sam and Kim had 30 sweets between them and ate 12. How many now?", ["30", "12"], "18"),
    ],
)
def test_getting_words_inside_a_story_of_taking_away_keep_it_a_subtraction(
    prompt: str, numbers: list[str], answer: str
) -> None:
    """ "got", "gave me", "between them" tell of getting or of a total, but the story also takes away (and "gave"
    of "gave me" is not the story's own "gave"): the subtraction stands."""
    found = SKILLS["subtraction"].operands_from_spans(prompt, spans_of(prompt, *numbers))
    assert isinstance(found, Parsed) and SKILLS["subtraction"].solve(found.operands) == answer


def test_a_story_that_takes_away_more_than_there_is_is_refused_as_a_misreading() -> None:
    """Tagged the other way round: 264 - 413 is no distance still to go. Addition's story check refuses it too
    ("to go"), so the prompt is refused rather than answered 677."""
    prompt = "the trip is 413 km and we've done 264 km. how far to go?"
    spans = sorted([*spans_of(prompt, "264", role=MINUEND), *spans_of(prompt, "413")])
    refused = SKILLS["subtraction"].operands_from_spans(prompt, spans)
    assert isinstance(refused, Rejected) and refused.why == "this would take away more than there is"
    reply = decide(prompt, ranked("subtraction", "addition", "unsupported"), tagger=lambda _text: spans)
    assert (reply.task, reply.answer) == ("unsupported", None)


def test_a_story_of_putting_together_read_as_taking_away_goes_to_the_next_likeliest() -> None:
    prompt = "A shop sold 67 hats online and 1520 in town. How many hats were sold?"
    spans = sorted([*spans_of(prompt, "67", role=MINUEND), *spans_of(prompt, "1520")])
    reply = decide(prompt, torn("subtraction", "addition"), tagger=lambda _text: spans)
    assert (reply.task, reply.answer) == ("addition", "1587")


@pytest.mark.parametrize(
    ("prompt", "minuend", "other", "answer"),
    [
        ("The temperature was 5 and fell by 12. What is it now?", "5", "12", "-7"),
        ("I had 100 dollars in the bank and spent 150. What is my balance?", "100", "150", "-50"),
        ("The lift was on floor 2 and went down 5 floors. Which floor is it on now?", "2", "5", "-3"),
        ("what is 12 minus 30, the way you'd say it?", "12", "30", "-18"),  # a word of a subtraction
    ],
)
def test_a_quantity_that_may_go_below_zero_keeps_its_negative_answer(
    prompt: str, minuend: str, other: str, answer: str
) -> None:
    spans = sorted([*spans_of(prompt, minuend, role=MINUEND), *spans_of(prompt, other)])
    found = SKILLS["subtraction"].operands_from_spans(prompt, spans)
    assert isinstance(found, Parsed) and SKILLS["subtraction"].solve(found.operands) == answer


def test_a_negative_operand_may_still_give_a_negative_answer() -> None:
    prompt = "it was -5 degrees and then fell by 7 more"
    spans = [*spans_of(prompt, "-5", role=MINUEND), *spans_of(prompt, "7")]
    found = SKILLS["subtraction"].operands_from_spans(prompt, spans)
    assert isinstance(found, Parsed) and SKILLS["subtraction"].solve(found.operands) == "-12"


def test_a_neutral_phrase_hides_only_its_own_place() -> None:
    """ "need" still tells of a shortfall outside the request's phrase: the story holds both kinds of words then,
    and stays with the model's choice."""
    prompt = "I need this for homework: I need 900 stamps and got 36 more. How many now?"
    found = SKILLS["subtraction"].operands_from_spans(prompt, spans_of(prompt, "900", "36"))
    assert isinstance(found, Parsed) and SKILLS["subtraction"].solve(found.operands) == "864"


@pytest.mark.parametrize(
    "prompt",
    [
        "My bill was 45 and I paid with a 100 note, what change do I get?",
        "I paid with a 50 and the bill was 12. my change?",
    ],
)
def test_change_from_a_payment_is_no_addition(prompt: str) -> None:
    """The change from a payment is what is left of it (it was 145)."""
    numbers = [n for n in ("45", "100", "50", "12") if n in prompt]
    refused = SKILLS["addition"].operands_from_spans(prompt, spans_of(prompt, *numbers))
    assert isinstance(refused, Rejected) and refused.why == "this tells of taking something away, not of adding"


@pytest.mark.parametrize(
    ("prompt", "numbers", "answer"),
    [
        ("Dad had 25 sweets and I said give me 10. How many does Dad have left?", ["25", "10"], "15"),
        ("you have 10 apples and give me 3. how many do you have left?", ["10", "3"], "7"),
    ],
)
def test_give_me_tells_of_the_giver_losing(prompt: str, numbers: list[str], answer: str) -> None:
    """ "give me" is not a word of putting together: the question is often about the giver."""
    found = SKILLS["subtraction"].operands_from_spans(prompt, spans_of(prompt, *numbers))
    assert isinstance(found, Parsed) and SKILLS["subtraction"].solve(found.operands) == answer
