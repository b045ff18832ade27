"""Chains told as a story (dev_redteam2 and dev_redteam3, 2026-12-07): the first sentence gives the start, a later
one an unsaid step, and the question names the result as "the number left", "the number who stayed"; pinned by
prompts of each class written here, with the chain recogniser's rules and no model."""

from __future__ import annotations

import pytest

from app.chains.parser import parse_chain
from app.skills import SKILLS
from app.skills.base import Parsed, Rejected


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("A ferry had 410 cars and 130 got off. Write the number still on board backwards.", "082"),
        ("Dad grilled 48 burgers and we ate 19. Spell the number that's left in reverse.", "92"),
        ("we had 250 plates and 37 broke. is the number left odd?", "odd"),
        ("There were 64 kids and 21 left early. Write the number who stayed backwards.", "34"),
        ("Gran bought 35 eggs and then 16 more. Is the total even?", "odd"),  # the first sentence starts the chain
        ("reverse 27, then add 51 to it", "123"),  # a first clause with a step of its own is that step
        # dev_chains7's classes: verbs of a story's step, and names of its result
        ("A vat holds 500 litres and 120 litres leak out. Reverse the digits of what's left.", "083"),
        ("Our choir had 41 singers and 6 of them quit. Is the number we have now odd?", "odd"),
        ("Dad gave me 20 euros and mum gave me 15. Is the total even?", "odd"),
        ("A shelf holds 40 jars and I put 12 more on it. Is the number of jars on it now even?", "even"),
        ("My tablet had 90 apps. I deleted 35 of them. Is the number I still have odd?", "odd"),
        ("My novel has 300 pages and I've read 120 of them. Reverse the number of pages I have left.", "081"),
        ("Ann saved 200 euros. She spent 15 on a book. Reverse what she has left.", "581"),
        ("Team A collected 120 cans. The other team brought 45. Write the total backwards.", "561"),
        (
            "I had 90 dollars. I paid 30 for shoes. Then my sister paid me back 10. How much do I have now? Even?",
            "even",
        ),
        ("It was 12 degrees and it warmed up by 9 degrees. Is the temperature now odd?", "odd"),
        (
            "A club has 300 members and 25 new ones joined this year. How many members are there now? Is that even?",
            "odd",
        ),
        ("A shop had 1,200 cups and got 35 new ones. How many cups does it have now? Is that even?", "odd"),
        ("start with 90, drop it by 15, and tell me if that's odd", "odd"),
        ("take 40, bump it up by 7, then reverse it", "74"),
        ("take 61 reversed and add 100", "116"),
        ("add -15 and 42, then reverse what comes out", "72"),
        ("even or odd?? 1,500 + 2,251", "odd"),
        ("hi! is it even or odd if I add 4498 and 5?", "odd"),
        ("35 plus 16: is it odd or is it even?", "odd"),
        ("ad 56 and 78 then revrse it", "431"),  # a slip in every step word
        ("subtract 19 from 50 n tell me if it's even", "odd"),
    ],
)
def test_the_story_is_worked_out(prompt: str, answer: str) -> None:
    result = parse_chain(prompt, SKILLS)
    assert isinstance(result, Parsed), result
    assert result.operands.steps[-1].answer == answer


def test_a_number_no_step_reads_refuses_the_chain() -> None:
    # "She read 29 today" tells of a step no phrasing reads: leaving it out would answer about 64, not 35
    prompt = "Priya had 64 pages left to read. She read 29 today. What's left? Reverse it, then tell me if it's even."
    assert not isinstance(parse_chain(prompt, SKILLS), Parsed)


def test_a_number_no_step_reads_is_named_only_when_steps_follow_it() -> None:
    # a one-step story is the single tasks' to answer: no reason, so no veto of them
    one_step = parse_chain("I had 64 stickers and gave 28 to my friend, how many do I have left?", SKILLS)
    assert isinstance(one_step, Rejected) and one_step.why is None
    # a step worked after it: the reason names the sentence, and vetoes a single task's reading of a part
    later = parse_chain("Sam had 50 pages left to read. He read 12 today. What's left? Reverse it", SKILLS)
    assert isinstance(later, Rejected) and later.why is not None and "He read 12 today" in later.why
    # a label is no start: "Question 7:" sets the scene
    assert isinstance(parse_chain("Question 7: Sam had 56 candies and ate 19. How many are left?", SKILLS), Rejected)


def test_a_relation_to_a_thing_is_a_comparison_not_a_step() -> None:
    # which side "28 fewer than a box" adds to is the comparison reading's, asked in the next sentence
    prompt = "A tin holds 40 buttons, 15 fewer than a jar. How many are in the jar? Tell me that number backwards."
    result = parse_chain(prompt, SKILLS)
    assert isinstance(result, Rejected) and result.why == "this asks for a comparison"
    assert isinstance(parse_chain("reverse 351, then find 53 less than the result", SKILLS), Parsed)
