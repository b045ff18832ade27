"""A skill may doubt its rules' reading when the model reads other operands (base.ChecksTheModelsReading): reversal
asks which text to reverse when the rules took a word the prompt does not mark as the text and the model's reading
shares no word with it, instead of answering with confidence."""

from __future__ import annotations

import pytest

from app.services.reasoning_service import decide
from app.skills import SKILLS
from app.skills.base import ChecksTheModelsReading, Parsed
from tests.services.test_model_extraction import leaning, spans_of


def test_reversal_asks_which_text_when_the_model_reads_another_word() -> None:
    prompt = "In my game I have to type names in reverse. What do I type for jumper?"
    assert SKILLS["reversal"].parse(prompt) == Parsed("names")  # the rules take the word next to the cue
    reply = decide(prompt, leaning("reversal"), tagger=lambda text: spans_of(text, "jumper"))
    assert (reply.task, reply.answer) == ("reversal", None)
    assert reply.headline == 'Which should I reverse: "names" or "jumper"?'


@pytest.mark.parametrize(
    ("prompt", "model_reads", "answer"),
    [
        ("reverse the word garden please", "please", "nedrag"),  # named by a marker
        ("put the letters of rocket in the opposite order", "order", "tekcor"),
        ("spell 'ice cold' backwards", "backwards", "dloc eci"),  # quoted
        ("my brother wrote תודה backwards on the fridge", "fridge", "הדות"),  # another script: the rules' word
        ("In my game I have to type names in reverse", "names in", "seman"),  # the readings share a word
    ],
)
def test_the_rules_answer_when_their_reading_is_sure(prompt: str, model_reads: str, answer: str) -> None:
    reply = decide(prompt, leaning("reversal"), tagger=lambda text: spans_of(text, model_reads))
    assert (reply.task, reply.answer, reply.operands_from) == ("reversal", answer, "rules")


def test_only_skills_that_declare_it_doubt_their_rules() -> None:
    assert {name for name, skill in SKILLS.items() if isinstance(skill, ChecksTheModelsReading)} == {"reversal"}
    prompt = "what is 12 plus 30?"
    reply = decide(prompt, leaning("addition"), tagger=lambda text: spans_of(text, "what"))
    assert (reply.task, reply.answer) == ("addition", "42")
