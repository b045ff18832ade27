"""The reversal parser's shortcut (no run of letters is a cue -> no chunking) never hides a cue."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.skills import reversal

CUE_LIKE = st.sampled_from(["reverse", "REVERSED", "backwards", "revrese", "flip", "backward", "Flipped", "word"])
PUNCTUATION = st.sampled_from(["", ",", ".", "«", "»", "!", "?", '"', "'", "(", ")", "…", "-"])


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
