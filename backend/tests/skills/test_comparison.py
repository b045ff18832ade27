"""Comparison word problems (app/skills/comparison.py, docs/TASKS.md): the exact answer, by the operation
performed, or a refusal that neither another skill nor the model's operand tagger can overrule."""

from __future__ import annotations

import math

import pytest

from app.ml.inference import Prediction
from app.services.reasoning_service import decide
from app.skills import SKILLS, TASK_LABELS
from app.skills.base import Parsed, Rejected, Span
from tests.skills.conftest import solved

# (prompt, task, answer): difference questions are subtractions, the larger minus the smaller.
DIFFERENCES = [
    ("how much taller is a 190 cm man than a 175 cm man?", "15"),
    ("How many more is 30 than 12?", "18"),
    ("how many fewer is 12 than 37?", "25"),
    ("how much bigger is 7055 than 3581?", "3474"),
    ("by how much is twenty-three greater than fifteen?", "8"),
    ("what's the gap between 41789 and 33098?", "8691"),
    ("what is the gap between 343 and 372", "29"),
    ("what's the age gap between Sam, who is 45, and Lea, who is 36?", "9"),
    ("Ann has 24 stickers and Bob has 9. How many more stickers does Ann have than Bob?", "15"),
    ("how many more marbles does Omar have than Ines if Omar has 396 and Ines has 338?", "58"),
    ("HOW MANY FEWER COINS HAS MAX GOT THAN ZOE? ZOE HAS 239, MAX HAS 207.", "32"),
    ("Fatima is 45 years old and Zoe is 30. How much older is Fatima than Zoe?", "15"),
    ("How much younger is Ines than Ben? Ben is 41 and Ines is 25.", "16"),
    ("how many years older is Kofi than Mia? Kofi is 50, Mia is 38", "12"),
    ("HI! GRANDPA IS 91 AND I AM 84. HOW MANY YEARS OLDER IS GRANDPA?", "7"),
    ("my grandma is 107 and I'm 94, how much older is she?", "13"),
    ("How much older is Fatima (26) than Liam (sixteen)?", "10"),
    ("the red bag weighs 22 kg and the blue bag weighs 16 kg. how much heavier is the red bag?", "6"),
    ("How much lighter is a 16 kg dog than a 35 kg dog?", "19"),
    ("how much shorter is a 135 cm plant than a 168 cm plant", "33"),
    ("The bridge is 159 metres long and the tunnel is 96 metres. How much longer is the bridge?", "63"),
    ("there are 258 boys and 209 girls. how many more boys than girls are there?", "49"),
    ("Liam scored 156 points and Omar scored 133. How many more points did Liam score than Omar?", "23"),
    ("Carlos read 204 pages, Sam read 180 pages. how many more pages did Carlos read?", "24"),
    ("A shirt costs 20 dollars and a cap costs 8 dollars. How much more does the shirt cost than the cap?", "12"),
    ("I need 57336 eggs for the cakes but only have 57332. how many more eggs do I need?", "4"),
    ("A team needs 622 points to win and has 301. How many more points do they need?", "321"),
    ("how mny more cards does Olga have than Mia? Olga has 278 and Mia has two hundred forty-four", "34"),
    ("how much oldr is Bob than Olga if Bob is 58 and Olga is 52", "6"),
]

# A relation and a question about its other side: the operation performed.
RELATIONS = [
    ("Ann has 15 stickers, which is 4 more than Bob. How many stickers does Bob have?", "subtraction", "11"),
    ("I have 12 apples, 5 more than Tom. How many apples does Tom have?", "subtraction", "7"),
    ("A box holds 24 pens, 6 fewer than a bag. How many pens are in the bag?", "addition", "30"),
    ("Max is 7 years younger than Lea, who is 30. How old is Max?", "subtraction", "23"),
    ("Tom has 8 marbles and Ann has 3 more than Tom. How many does Ann have?", "addition", "11"),
    ("Ann has 15 stickers which is 4 more than Bob. How many stickers does Bob have?", "subtraction", "11"),
    ("Ann has 15 stickers, 4 more than Bob has. How many stickers does Bob have?", "subtraction", "11"),
    ("Mia has 372 stamps, 59 less than Omar. how many stamps does Omar have?", "addition", "431"),
    ("I've got 297 beads, that's 58 fewer than Kofi. How many has Kofi got?", "addition", "355"),
    ("Zoe is 95, four years younger than Olga. How old is Olga?", "addition", "99"),
    ("Jack is 78, 8 years older than Mia. How old is Mia?", "subtraction", "70"),
    ("Tom is 156 cm tall, which is 40 cm taller than Olga. How tall is Olga?", "subtraction", "116"),
    ("Max is 172 cm tall, 39 cm shorter than Ben. how tall is Ben?", "addition", "211"),
    ("the truck weighs 125 kg, 14 kg more than the van. How much does the van weigh?", "subtraction", "111"),
    ("how many comics does kofi have if liam has 147, which is 52 more than kofi?", "subtraction", "95"),
    ("Zoe has 247 stickers. Omar has 5 more stickers than Zoe. How many stickers does Omar have?", "addition", "252"),
    ("Jack has thirty-seven more stamps than Nadia, who has 275. How many stamps does Jack have?", "addition", "312"),
    ("Kofi has fifty-nine fewer marbles than Max. Max has 133. How many marbles does Kofi have?", "subtraction", "74"),
    ("jack has 202 shells, olga has 17 fewer than jack. how many does olga have?!", "subtraction", "185"),
    ("Mia is 16 years older than Tom, who is 66. How old is Mia?", "addition", "82"),
    ("How old is Tom if Jack is 37 and Jack is two years younger than Tom?", "addition", "39"),
    ("How old is Jack if Jack is five years older than Priya and Priya is 66?", "addition", "71"),
    ("jack is 20 cm taller than sam. sam is 175 cm tall. how tall is jack?", "addition", "195"),
    ("Priya is 168 cm tall and Jack is 15 cm shorter. How tall is Jack?", "subtraction", "153"),
    ("the cat weighs 14 kg and the dog is 10 kg heavier. how heavy is the dog?", "addition", "24"),
    ("Max has 230 stickers, Sam has 53 fewer. How many does Sam have?", "subtraction", "177"),
    (
        "The blue rope is 879 m long. The red rope is 148 m shorter than the blue rope. How long is the red rope?",
        "subtraction",
        "731",
    ),
    ("Tom ran 5 km more than Ann, who ran 12 km. How far did Tom run?", "addition", "17"),
    ("Ann bought 7 more apples than Bob, who bought 9. How many did Ann buy?", "addition", "16"),
    ("Jim has 45 dollars, 15 dollars less than Kim. How much money does Kim have?", "addition", "60"),
    ("The red car is 2000 kg. The blue car is 300 kg lighter. How heavy is the blue car?", "subtraction", "1700"),
]

# Plain arithmetic that stays as docs/TASKS.md has it.
PLAIN = [
    ("what is 5 more than 7?", "addition", "12"),
    ("how much is 5 more than 7?", "addition", "12"),
    ("what is 3 less than 10?", "subtraction", "7"),
    ("increase 5 by 3", "addition", "8"),
    ("decrease 10 by 3", "subtraction", "7"),
    ("by how much does 90 exceed 65?", "subtraction", "25"),
    ("what is the difference between 3 and 10?", "subtraction", "7"),
]

# Look-alikes: refused by both number skills, each with a reason.
REFUSED = [
    "is 15 more than 4?",
    "Ann is 65 and Omar is 8. Is Ann older than Omar?",
    "is a 186 cm man taller than a 19 cm man?",
    "who is older, Tom who is 87 or Nadia who is 8?",
    "which is bigger, 4 or 9?",
    "Which bag weighs more, the 450 g one or the 540 g one?",
    "which costs less, 30 dollars or 25 dollars?",
    "Yuki has twice as many eggs as Ann, who has 59. How many eggs does Yuki have?",
    "Ines has 3 times more coins than Ben. Ben has 108. how many does Ines have?",
    "how many times bigger is 122 than 2?",
    "how many tims bigger is 81 than 3831",
    "Zoe earns 20% more than Olga, who earns 115 dollars. How much does Zoe earn?",
    "what is 15% more than 232?",
    "Ann has 370 apples, which is 27 more than Ines.",
    "Carlos is 16 years older than Olga, who is fifty.",
    "Max has 155 cards, 22 more than Nadia. How many cards does Jack have?",
    "Priya is 61, 2 years older than Zoe. How old is Bob?",
    "Bob has 393 stamps, which is 36 more than Zoe. How many stamps does Bob have?",
    "Zoe has 184 comics, 5 more than Priya. Bob has 3 fewer than Priya. How many does Bob have?",
    "Max has 248 cards and Omar has 22 more than Max. How many cards do they have altogether?",
    "Kofi is 9 years older than Carlos, and Carlos is 2 years older than Tom, who is 31. How old is Kofi?",
    "Carlos and Yuki have 283 beads between them; Carlos has 24 more. How many does Yuki have?",
    "Ben is 1.75 m tall, 0.12 m taller than Fatima. How tall is Fatima?",
    "how much heavier is a 2.5 kg bag than a 1.2 kg bag?",
    "the difference between Tom's age and Yuki's age is 9. Tom is 83. How old is Yuki?",
    "Ann has 15 stickers, which is 4 more than Bob. How many more stickers does Ann have than Bob?",
    "Ann has 3 stickers, which is 5 more than Bob. How many does Bob have?",
    "Ann has 5 apples. Bob gives her 3. How many more apples does she have now?",
    "I have 5 apples and need 3 more. How many more do I need?",
    "Tom is 5 years older than Ann. How old is Tom?",
    "Ann is older than Bob, who is 30. How old is Ann?",
    "Bob has 8 and Ann has 3 more than Bob. How many does she have?",
    "Tom has 8 marbles and Ann has 3 more than Tom. How many does Tom have?",
    "The train is 20 minutes later than the bus, which leaves at 9. When does the train leave?",
    "A has 5 more than B. B has 10. How many does A have?",
    "how much longer is 2 hours than 45 minutes?",
    "how much heavier is 2 kg than 500 g?",
    "How much older is a 10 year old than a 3 month old?",
    "Ann has 30 apples and Bob has 20 fewer pears. How many pears does Bob have?",
    "Sam had 40 cards. He has 12 more than Ann now. How many does Ann have?",
    "Paul is 150 cm, 10 cm taller than his brother and 5 cm shorter than his dad. How tall is his dad?",
]


@pytest.mark.parametrize(("prompt", "answer"), DIFFERENCES)
def test_a_difference_question_is_the_larger_minus_the_smaller(prompt: str, answer: str) -> None:
    assert solved("subtraction", prompt) == answer
    refused = SKILLS["addition"].parse(prompt)
    assert isinstance(refused, Rejected) and refused.worth_telling


@pytest.mark.parametrize(("prompt", "task", "answer"), RELATIONS + PLAIN)
def test_a_relation_is_answered_by_the_operation_it_needs(prompt: str, task: str, answer: str) -> None:
    assert solved(task, prompt) == answer
    other = SKILLS["subtraction" if task == "addition" else "addition"].parse(prompt)
    assert isinstance(other, Rejected), other


@pytest.mark.parametrize("prompt", REFUSED)
def test_a_comparison_not_read_for_sure_is_refused_with_a_reason(prompt: str) -> None:
    for name in ("addition", "subtraction"):
        result = SKILLS[name].parse(prompt)
        assert isinstance(result, Rejected), (name, result)
        assert result.worth_telling, name


@pytest.mark.parametrize(
    ("prompt", "step"),
    [
        ("Ann has 15 stickers, which is 4 more than Bob. How many stickers does Bob have?", "so Bob has 15 - 4."),
        ("Tom has 8 marbles and Ann has 3 more than Tom. How many does Ann have?", "so Ann has 8 + 3."),
        ("Max is 7 years younger than Lea, who is 30. How old is Max?", "so Max is 30 - 7."),
        ("how much taller is a 190 cm man than a 175 cm man?", '"how much taller" asks for the difference'),
    ],
)
def test_the_explanation_says_how_the_prompt_was_read(prompt: str, step: str) -> None:
    name = "addition" if "+" in step else "subtraction"
    parsed = SKILLS[name].parse(prompt)
    assert isinstance(parsed, Parsed)
    explanation = SKILLS[name].explain(parsed.operands, SKILLS[name].solve(parsed.operands))
    assert step in explanation.steps[0]


def _leaning(label: str, share: float = 0.95) -> Prediction:
    rest = (1 - share) / (len(TASK_LABELS) - 1)
    probabilities = tuple(share if each == label else rest for each in TASK_LABELS)
    return Prediction(probabilities, tuple(math.log(p) for p in probabilities), TASK_LABELS)


def _tag_numbers(*numbers: str) -> object:
    def tagger(prompt: str) -> list[Span]:
        return [(prompt.index(number), prompt.index(number) + len(number), "operand") for number in numbers]

    return tagger


@pytest.mark.parametrize("label", ["addition", "subtraction", "parity"])
@pytest.mark.parametrize(
    ("prompt", "numbers"),
    [
        ("Priya is 61, 2 years older than Zoe. How old is Bob?", ("61", "2")),
        ("Bob has 393 stamps, which is 36 more than Zoe. How many stamps does Bob have?", ("393", "36")),
        ("Zoe has 184 comics, 5 more than Priya. Bob has 3 fewer than Priya. How many does Bob have?", ("184", "5")),
        ("Ann is older than Bob, who is 30. How old is Ann?", ("30",)),
    ],
)
def test_the_model_cannot_answer_a_relation_the_rules_refuse(label: str, prompt: str, numbers: tuple[str, ...]) -> None:
    """Even with the classifier sure of a task and the tagger marking every number, the rules' veto stands."""
    reply = decide(prompt, _leaning(label), tagger=_tag_numbers(*numbers))  # type: ignore[arg-type]
    assert reply.task == "unsupported" and reply.answer is None
    assert reply.veto_reason


def test_who_is_older_is_a_comparison_for_every_number_skill() -> None:
    """ "two" is a word of a parity story, but the question asks who is older (the model read it as parity)."""
    prompt = "um, who is older, Sam who is 36 or Fatima who is two?"
    for name in ("addition", "subtraction", "parity"):
        refused = SKILLS[name].parse(prompt)
        assert isinstance(refused, Rejected) and refused.why and "comparison" in refused.why, (name, refused)
    probabilities = tuple({"parity": 0.6, "unsupported": 0.3}.get(label, 0.025) for label in TASK_LABELS)
    leaning_parity = Prediction(probabilities, tuple(math.log(p) for p in probabilities), TASK_LABELS)
    reply = decide(prompt, leaning_parity, tagger=_tag_numbers("36"))  # type: ignore[arg-type]
    assert (reply.task, reply.answer) == ("unsupported", None)
    assert reply.veto_reason == "this asks for a comparison"


def test_the_model_still_answers_a_word_problem_the_rules_do_not_read() -> None:
    """The counterpart: no comparison is asked, the rules find no cue, and the model's operands answer."""
    prompt = "Mia had 272 stamps and got 21 more. How many stamps does Mia have now?"
    reply = decide(prompt, _leaning("addition"), tagger=_tag_numbers("272", "21"))  # type: ignore[arg-type]
    assert (reply.task, reply.answer, reply.operands_from) == ("addition", "293", "model")
