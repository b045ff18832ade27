"""The reversal parser's shortcuts never hide a cue.

No run of letters of the analysed text is a cue -> no chunking; and, for ASCII prompts, no run of letters
of the whole prompt is a cue -> not even the quotation scan.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.skills.reversal import skill as reversal

CUE_LIKE = st.sampled_from(
    ["reverse", "REVERSED", "backwards", "revrese", "flip", "backward", "Flipped", "word", "reversad", "reverseds"]
)
PUNCTUATION = st.sampled_from(["", ",", ".", "«", "»", "!", "?", '"', "'", "(", ")", "…", "-", "_", "\uff3f"])


def chunks_find_a_cue(text: str) -> bool:
    return any(reversal._CUES.lookup(chunk.key) is not None for chunk in reversal._chunks(text))


def shortcut_finds_a_cue(text: str) -> bool:
    return reversal.has_any_word(reversal.normalize(text), reversal._CUE_FORMS)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(PUNCTUATION, st.one_of(CUE_LIKE, st.text(max_size=8)), PUNCTUATION), max_size=8))
def test_the_shortcut_never_misses_a_cue(parts: list[tuple[str, str, str]]) -> None:
    text = " ".join(before + word + after for before, word, after in parts)
    if chunks_find_a_cue(text):
        assert shortcut_finds_a_cue(text)


ASCII_PARTS = st.sampled_from(
    ["reverse", "Reversed", "backwards", "revrese", "flip", "word", "step by step", "show your work",
     "walk me through it", "with an explanation", "reason it out", '"', "'", "`", "x'", "'s", "5", "_", "-", " ",
     "  ", "\t", "\x01", "it's", "Step-by-step", "the", "please", "(", ")", ",", "?", "!"]
)  # fmt: skip


def full_parse(prompt: str) -> str:
    """The parse with the whole-prompt check switched off; repr, so the reasons are compared too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reversal, "_may_have_a_cue", lambda prompt: True)
        return repr(reversal.REVERSAL.parse(prompt))


@settings(max_examples=1500, deadline=None)
@given(st.lists(ASCII_PARTS, max_size=10))
def test_the_whole_prompt_check_gives_what_the_full_parse_gives(parts: list[str]) -> None:
    prompt = "".join(parts)
    assert repr(reversal.REVERSAL.parse(prompt)) == full_parse(prompt)


def test_the_whole_prompt_check_changes_no_parse_of_the_dev_set() -> None:
    path = Path(__file__).resolve().parents[2] / "eval" / "dev.jsonl"
    prompts = [json.loads(line)["prompt"] for line in path.read_text().splitlines()]
    prompts += ['say "step by step\u0301reverse"', "step by step\u0301reverse the word abc"]  # not ASCII: full path
    assert sum(not reversal._may_have_a_cue(prompt) for prompt in prompts) > len(prompts) / 3  # the check does skip
    for prompt in prompts:
        assert repr(reversal.REVERSAL.parse(prompt)) == full_parse(prompt)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # Deleting the zero-width space joins "backwards" to "step" until "step by step" is blanked out.
        ("hello backwards\u200bstep by step", "Parsed(operands='hello')"),
        ("hello reversad", "Parsed(operands='hello')"),  # normalising spells the slip out as "reversed"
        ("hello _reversad_", "Parsed(operands='hello')"),  # ... in its chunk, without the underscores
        ("_reversesd_ hello", "Missing("),
        ('what does "count" mean', "asks what a word means"),  # the reason is read without the quotation
    ],
)
def test_prompts_that_tell_the_checks_apart(prompt: str, expected: str) -> None:
    assert expected in repr(reversal.REVERSAL.parse(prompt))
    assert repr(reversal.REVERSAL.parse(prompt)) == full_parse(prompt)
