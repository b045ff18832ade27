"""Whatever the tagger marks, a skill reads its spans without failing: the spans come from a model, so any
stretch of any prompt may arrive (tests/services/test_model_extraction.py has the reading rules by example)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.skills import SKILLS
from app.skills.base import Missing, Parsed, Rejected, Span
from app.skills.numbers import parse_whole_number

ROLES = ("operand", "minuend")
# Prompt pieces the tagger's spans land on: numbers in digits and words, signs, quotes, emoji, spaces.
PIECES = st.sampled_from(
    [
        "add",
        "minus",
        "minsu",
        "negative",
        "plus",
        "reverse",
        "the",
        "word",
        "a",
        "hundred",
        "forty-two",
        "one",
        "say",
        "12",
        "-7",
        "3,400",
        "2.5",
        "'",
        '"',
        "`",
        "sunflower",
        "👋",
        "é",
        "  ",
        ", ",
        "?",
        "with explanation",
        "show your work",
        "x86",
        "４２",
    ]
)


@st.composite
def tagged_prompts(draw: st.DrawFn) -> tuple[str, list[Span]]:
    prompt = " ".join(draw(st.lists(PIECES, min_size=1, max_size=12)))
    cuts = sorted(draw(st.lists(st.integers(0, len(prompt)), max_size=8)))
    spans = [
        (start, end, draw(st.sampled_from(ROLES)))
        for start, end in zip(cuts[::2], cuts[1::2], strict=False)
        if start < end
    ]
    return prompt, spans


@settings(max_examples=400, deadline=None)
@given(tagged_prompts())
def test_any_spans_read_as_operands_an_answer_or_a_question(case: tuple[str, list[Span]]) -> None:
    prompt, spans = case
    for name, skill in SKILLS.items():
        if name == "chain":
            continue
        result = skill.operands_from_spans(prompt, spans)
        assert isinstance(result, Parsed | Missing | Rejected)
        if isinstance(result, Parsed):
            answer = skill.solve(result.operands)
            assert isinstance(answer, str) and answer
            if name == "reversal":
                assert result.operands in prompt  # a stretch of the prompt, never text made up
            else:
                shown = skill.show_operands(result.operands)
                assert shown  # the operands the explanation names


@settings(max_examples=300, deadline=None)
@given(tagged_prompts())
def test_every_number_read_from_spans_is_written_in_the_prompt(case: tuple[str, list[Span]]) -> None:
    prompt, spans = case
    result = SKILLS["addition"].operands_from_spans(prompt, spans)
    if isinstance(result, Parsed):
        folded = unicodedata.normalize("NFKC", prompt).lower()  # "４２" is 42
        for number in result.operands:
            written = number.words or str(number.value)
            # A number in words is kept as written; one in digits has its value's digits in the prompt.
            assert written.lower() in folded or str(abs(number.value)) in folded.replace(",", "")
            if number.words:
                assert parse_whole_number(number.words) == number.value
