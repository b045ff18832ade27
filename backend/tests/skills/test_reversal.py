"""Reversal: targets (word, quoted phrase, phrase after a marker), graphemes, refusals, explanation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.skills.base import Missing, Parsed, Rejected
from app.skills.reversal.skill import REVERSAL
from app.skills.text import find_quoted, graphemes


def target_of(prompt: str) -> str:
    result = REVERSAL.parse(prompt)
    assert isinstance(result, Parsed), f"{prompt!r} -> {result!r}"
    return result.operands


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("reverse the word hello", "olleh"),
        ("reverse hello", "olleh"),
        ("hello backwards", "olleh"),
        ("spell hello backwards", "olleh"),
        ("write hello in reverse", "olleh"),
        ("what is hello reversed?", "olleh"),
        ("flip the letters of hello", "olleh"),
        ('reverse "good morning"', "gninrom doog"),
        ("reverse 'good morning'", "gninrom doog"),
        ("reverse “good morning”", "gninrom doog"),
        ("reverse ‘good morning’", "gninrom doog"),
        ("reverse «bonjour»", "ruojnob"),
        ("reverse 12345", "54321"),
        ("reverse the sentence I like tea", "aet ekil I"),
        ("reverse the sentence: I like tea.", "aet ekil I"),
        ("write the sentence I like tea backwards", "aet ekil I"),
        ("Reverse the word Hello, please", "olleH"),  # case kept
        ("reverse café", "éfac"),
        ("reverse cafe\u0301", "e\u0301fac"),  # combining accent stays on its letter
        ("reverse 👍🏽👨‍👩‍👧", "👨‍👩‍👧👍🏽"),
        ("reverce hello", "olleh"),  # typos in the keyword
        ("hello bakwards", "olleh"),
        ("hello backward", "olleh"),
        ("reverse 'don't'", "t'nod"),
        ("what's 'hello' reversed?", "olleh"),
        ("can you reverse this word: racecar?", "racecar"),
        ("reverse the word count", "tnuoc"),  # the target itself is not read as an instruction
        ("Reverse the word code", "edoc"),  # ... nor as a request for code
        ("spell function backwards", "noitcnuf"),
        ("reverse the sentence I like code", "edoc ekil I"),
        ('reverse "python code"', "edoc nohtyp"),
        ("what's the reverse of stressed", "desserts"),
        # other words for the direction, and the loan words people mix in
        ("Make kangaroo run the other direction, letter by letter.", "ooragnak"),
        ("Write the letters of LEMONADE from last to first.", "EDANOMEL"),
        ("What's 'marshmallow' spelled right-to-left?", "wollamhsram"),
        ("How would you write Québec if you started at the end?", "cebéuQ"),
        ("snowflake al revés, please", "ekalfwons"),
        ("rückwärts bitte: Zürich", "hcirüZ"),
        ("écris Zürich à l'envers", "hcirüZ"),
        ("schreib Hallo rückwärts", "ollaH"),
        ("write giraffe as a mirror image", "effarig"),
        ("mirror the word hello", "olleh"),
    ],
)
def test_phrasings(prompt: str, answer: str) -> None:
    assert REVERSAL.solve(target_of(prompt)) == answer


@pytest.mark.parametrize(
    "prompt",
    [
        "reverse the word",
        "spell it backwards",
        "reverse",
        'reverse ""',
        "reverse it please",
        "reverse the word I typed",
    ],
)
def test_missing_target_is_asked_for(prompt: str) -> None:
    result = REVERSAL.parse(prompt)
    assert isinstance(result, Missing), result
    assert "Which word" in result.message
    assert "For example" in result.message


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("uppercase hello", "letter case"),
        ("reverse hello and make it uppercase", "letter case"),
        ("capitalize hello", "letter case"),
        ("count the letters in hello", "count"),
        ("how many vowels are in hello backwards", "count"),
        ("count backwards from 10", "count"),
        ("is racecar a palindrome", "palindrome"),
        ("is racecar the same reversed, a palindrome?", "palindrome"),
        ("translate hello", "translation"),
        ("define hello", "means"),
        ("what rhymes with hello", "rhyme"),
        ("sort the letters of hello", "sort"),
        ("give me an anagram of hello", "anagram"),
        ("spell hello", None),
        ('reverse the word order of "a b c"', "order of the words"),
        ('reverse the words in "the cat sat"', "order of the words"),
        ("reverse each word in hello world", "order of the words"),
        ("reverse the list 1, 2, 3", "list"),
        ("reverse 1, 2, 3", "list"),
        ('reverse "hello" and "world"', "more than one"),
        ("how do I reverse a string in python", "code"),
        ("write a function to reverse the word hello", "code"),
        ("reverse this java code", "code"),  # several words with a programming word among them
        ("reverse my sql query", "code"),
        ("reverse the word code in java", "code"),
        ("reverse a linked list", "code"),
        ("what is reverse psychology", "another sense"),
        ("hi", None),
    ],
)
def test_other_word_operations_are_refused(prompt: str, why: str | None) -> None:
    result = REVERSAL.parse(prompt)
    assert isinstance(result, Rejected), result
    assert result.reason.startswith("I can only reverse a word or a quoted phrase")
    if why is None:
        assert result.why is None  # nothing worth telling: the prompt is simply not a reversal
    else:
        assert result.why is not None and why in result.why


def test_quotes_inside_words_are_apostrophes() -> None:
    text = "what's 'it's here' reversed"
    assert [text[start:end] for start, end in find_quoted(text)] == ["it's here"]


def test_explanation_lists_reads_back_and_concludes() -> None:
    operands = target_of("reverse the word hello")
    answer = REVERSAL.solve(operands)
    explanation = REVERSAL.explain(operands, answer)
    assert answer == "olleh"
    assert explanation.headline == 'Let\'s reverse "hello" one character at a time.'
    assert explanation.all_steps == [
        "Write out the 5 characters in order: h, e, l, l, o.",
        "Read them from last to first: o, l, l, e, h.",
        "Join them back together: olleh.",
        'Therefore, the final answer is "olleh".',
    ]


def test_explanation_mentions_spaces_clusters_and_capitals() -> None:
    operands = "Hi 👍🏽"
    explanation = REVERSAL.explain(operands, REVERSAL.solve(operands))
    text = " ".join(explanation.all_steps)
    assert "(space)" in text
    assert '"👍🏽"' in text
    assert "Capital" in text
    assert explanation.all_steps[-1] == 'Therefore, the final answer is "👍🏽 iH".'


def test_long_phrases_keep_the_explanation_short() -> None:
    operands = "abc " * 120
    explanation = REVERSAL.explain(operands, REVERSAL.solve(operands))
    assert len(explanation.all_steps) <= 10
    assert all(len(step) < 400 for step in explanation.all_steps[:-2])


# Clusters that stay clusters whatever their neighbours: letters, accents, emoji sequences, flags.
_CLUSTERS = st.sampled_from(
    ["a", "B", "z", "7", " ", "é", "e\u0301", "n\u0303", "Ω", "ß", "한", "ก", "👍🏽", "👨‍👩‍👧", "🇫🇷", "❤️", "ا", "中"]
)


@given(st.lists(_CLUSTERS, max_size=40).map("".join))
def test_reversing_twice_gives_the_text_back(text: str) -> None:
    once = REVERSAL.solve(text)
    assert graphemes(once) == graphemes(text)[::-1]
    assert REVERSAL.solve(once) == text


@given(st.lists(_CLUSTERS, min_size=1, max_size=40).map("".join).filter(lambda text: text.strip() == text and text))
def test_any_quoted_phrase_is_the_target(text: str) -> None:
    assert target_of(f'Please reverse "{text}"') == text


@pytest.mark.parametrize(
    "prompt",
    [
        "HOW DO I REVERSE PARK IN 30 MOVES",
        "how can I flip 25 burgers at once without a mess",
        "how do I reverse 7 years of sun damage on my skin",
        "how should we turn around a failing team",
        "how to reverse 3 transactions in my banking app",
        "how do I mirror my phone screen to my TV?",
        "What's the best way to flip 12 pancakes at once?",
        "Reverse my last 2 card payments please.",
        "The mirror in room 12 is cracked.",
    ],
)
def test_how_to_reverse_something_in_the_world_is_reverse_in_another_sense(prompt: str) -> None:
    result = REVERSAL.parse(prompt)
    assert isinstance(result, Rejected)
    assert result.why == 'this uses "reverse" in another sense'


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("how do you reverse hello?", "olleh"),
        ("how do I reverse the word hello", "olleh"),
        ('how do i reverse "good morning"', "gninrom doog"),
        ("how would you write tomato in reverse", "otamot"),
        ("how do I flip the letters of moon", "noom"),
        ("how can I spell stressed backwards", "desserts"),
        ("how do I mirror the word hello", "olleh"),
        ("what's the best way to flip the letters of moon", "noom"),
        ("reverse this word payment", "tnemyap"),
    ],
)
def test_how_to_reverse_a_word_is_still_answered(prompt: str, answer: str) -> None:
    result = REVERSAL.parse(prompt)
    assert isinstance(result, Parsed), result
    assert REVERSAL.solve(result.operands) == answer


@pytest.mark.parametrize(
    ("prompt", "target"),
    [
        ("Mississippi -> backwards", "Mississippi"),
        ("Mississippi => reversed", "Mississippi"),
        ("hello → backwards", "hello"),
        ("reverse -> hello", "hello"),
    ],
)
def test_an_arrow_between_the_text_and_the_cue_is_not_text(prompt: str, target: str) -> None:
    assert target_of(prompt) == target
