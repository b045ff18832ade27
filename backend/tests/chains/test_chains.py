"""The chain recogniser (app/chains/): the issue's examples, the order of evaluation, the reversal-to-number rule,
the refusals, and the property that a generated chain's answer is the composition of the skills' own solvers."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.chains.clauses import clauses
from app.chains.parser import TWO_QUESTIONS, ChainPlan, parse_chain
from app.chains.skill import CHAIN_SKILL, FUSED_SKILLS, parse_fused
from app.data import chains as generated_chains
from app.ml.inference import Prediction
from app.services.reasoning_service import decide
from app.skills import CHAIN, SKILLS, TASK_LABELS, UNSUPPORTED
from app.skills.base import Parsed, Rejected


def plan_of(prompt: str) -> ChainPlan:
    parsed = parse_chain(prompt, SKILLS)
    assert isinstance(parsed, Parsed), (prompt, parsed)
    return parsed.operands


def steps_of(prompt: str) -> list[tuple[str, str]]:
    return [(step.skill, step.answer) for step in plan_of(prompt).steps]


@pytest.mark.parametrize(
    ("prompt", "steps"),
    [
        ("is the sum of 17 and 26 odd?", [("addition", "43"), ("parity", "odd")]),
        ("reverse the result of 12 plus 30", [("addition", "42"), ("reversal", "24")]),
        ("add 5 to 7 and tell me if the result is even", [("addition", "12"), ("parity", "even")]),
        ("reverse 27, then add 51 to it", [("reversal", "72"), ("addition", "123")]),
        ("is 3284 backwards an even number?", [("reversal", "4823"), ("parity", "odd")]),
        ("subtract 66 from 109 and reverse the digits of the result", [("subtraction", "43"), ("reversal", "34")]),
        (
            "add 3 and 4, subtract 2, then tell me if it's even",
            [("addition", "7"), ("subtraction", "5"), ("parity", "odd")],
        ),
        ("10 + 5 - 3", [("addition", "15"), ("subtraction", "12")]),
        ("what is 100 minus 20 plus 5", [("subtraction", "80"), ("addition", "85")]),
        ("is 6 + 3 even?", [("addition", "9"), ("parity", "odd")]),
    ],
)
def test_the_issues_examples(prompt: str, steps: list[tuple[str, str]]) -> None:
    assert steps_of(prompt) == steps


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Take 45, subtract 12, then reverse the digits.", "33"),
        ("Start with 10, add 5, subtract 3, and tell me if the result is odd", "even"),
        ("Reverse the number you get by adding 19 and 23", "24"),
        ("What is 50 minus the sum of 5 and 6?", "39"),
        ("Subtract 8 from the sum of 10 and 20", "22"),
        ("What's 15 plus 6? Is that even?", "odd"),
        ("add the reverse of 21 to 30", "42"),
        ("is the sum of five and seven even?", "even"),
        ("Compute 7 + 8 - 4 + 2", "13"),
        ("Hi! Is the sum of 2 and 3 odd?", "odd"),
    ],
)
def test_other_phrasings(prompt: str, answer: str) -> None:
    assert plan_of(prompt).answer == answer


def test_expressions_are_evaluated_left_to_right() -> None:
    # (10 - 5) + 2 = 7, not 10 - (5 + 2) = 3; (20 + 5) - 3 - 4 keeps the subtraction of two numbers one step.
    assert steps_of("10 - 5 + 2") == [("subtraction", "5"), ("addition", "7")]
    assert steps_of("what is 20 + 5 - 3 - 4") == [("addition", "25"), ("subtraction", "18")]


def test_a_reversed_number_keeps_its_digits_and_a_next_step_reads_it_as_a_number() -> None:
    plan = plan_of("reverse 120 and add 1 to it")
    assert [(step.skill, step.answer) for step in plan.steps] == [("reversal", "021"), ("addition", "22")]
    assert plan.steps[1].notes == ('"021" read as a number is 21.',)
    explained = CHAIN_SKILL.explain(plan, plan.answer)
    assert '"021" read as a number is 21.' in explained.steps
    assert steps_of("reverse 120 and then reverse it") == [("reversal", "021"), ("reversal", "120")]


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("multiply the sum of 2 and 3 by 4", "this asks for a multiplication"),
        ("is the reverse of 19 a multiple of 7?", "this asks about divisibility"),
        ("add 2 and 3, then double it and subtract 1", "this asks for a multiplication"),
        ("reverse the word cat and add 5 to it", '"tac" is not a number'),
        ("is 7 odd? then add 3 to it", '"odd" is not a number'),
        ("what is 2 plus 3 and is 7 odd?", TWO_QUESTIONS),
        ("add 2 and 3. reverse 45", TWO_QUESTIONS),
    ],
)
def test_refusals_name_the_step(prompt: str, why: str) -> None:
    parsed = parse_chain(prompt, SKILLS)
    assert isinstance(parsed, Rejected) and parsed.why == why
    # Served: every label vetoed, the refusal gives the chain's reason whatever the classifier says.
    completion = decide(prompt, _flat())
    assert completion.task == UNSUPPORTED and completion.plan == ()
    assert why in completion.headline


def _flat() -> Prediction:
    count = len(TASK_LABELS)
    return Prediction((1 / count,) * count, (0.0,) * count, TASK_LABELS)


@pytest.mark.parametrize(
    "prompt",
    [
        "add 2 and 3, thanks so much friend",
        "add 2 and 3 and tell me a joke",
        "what is 2 + 3 + 4",
        "what is the sum of 2 and 3",
        "20 minus 3 minus 4",
        "reverse hello",
        "is 7 odd",
        "-5 + 3",
        "hello, how are you? what's the weather",
    ],
)
def test_one_step_is_not_a_chain(prompt: str) -> None:
    parsed = parse_chain(prompt, SKILLS)
    assert isinstance(parsed, Rejected) and not parsed.worth_telling


def test_a_chain_vetoes_the_skills_that_read_part_of_it() -> None:
    prompt = "reverse 27, then add 51 to it"
    assert isinstance(SKILLS["reversal"].parse(prompt), Parsed)  # it reads "27"
    results = parse_fused(prompt)
    assert list(results) == [*SKILLS, CHAIN]
    assert [name for name, result in results.items() if not isinstance(result, Rejected)] == [CHAIN]


def test_the_reply_of_a_chain() -> None:
    completion = decide("is the sum of 17 and 26 odd?", _flat())
    assert (completion.task, completion.answer) == (CHAIN, "odd")
    assert completion.headline == "Let's work this out in 2 steps."
    assert [(item.task, item.title, item.input, item.answer) for item in completion.plan] == [
        ("addition", "add 17 and 26", ("17", "26"), "43"),
        ("parity", "decide whether 43 is even or odd", ("43",), "odd"),
    ]
    steps = completion.steps
    assert steps[0] == "Step 1: add 17 and 26"
    assert steps[1 + len(completion.plan[0].steps)] == "Step 2: decide whether 43 is even or odd"
    assert steps[-1] == "Therefore, the final answer is odd."
    assert "Ones column: 7 + 6 = 13, write 3 and carry 1." in completion.plan[0].steps
    assert len(steps) == 2 + sum(len(item.steps) for item in completion.plan) + 1


def test_a_single_task_has_a_one_step_plan_and_a_refusal_none() -> None:
    completion = decide("what is 2 plus 3", _flat())
    assert [(item.task, item.title, item.input, item.answer) for item in completion.plan] == [
        ("addition", "add 2 and 3", ("2", "3"), "5")
    ]
    assert list(completion.plan[0].steps) == completion.steps[:-1]
    assert decide("What is 7 times 8?", _flat()).plan == ()
    assert decide("What is 2 plus?", _flat()).plan == ()


def test_clauses() -> None:
    assert clauses("add 3 and 4, subtract 2, then tell me if it's even") == [
        "add 3 and 4",
        "subtract 2",
        "tell me if it's even",
    ]
    assert clauses("add 3 and 4") == ["add 3 and 4"]
    assert clauses('reverse "add 2 and 3, then reverse it"') == ['reverse "add 2 and 3, then reverse it"']
    assert steps_of("reverse 'then' and then reverse it") == [("reversal", "neht"), ("reversal", "then")]


# ---- generated chains: the composition of the skills' own solvers -----------------------------------------
@pytest.mark.parametrize("seed", range(8))
def test_every_generated_chain_is_answered_as_its_skills_compose(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(150):
        example = generated_chains.example(rng, noise=False)
        parsed = parse_chain(example.generated.text, SKILLS)
        assert isinstance(parsed, Parsed), example
        assert parsed.operands.answer == example.answer, example
        # The answer is the skills' own: each step re-solved by its skill from its operands.
        for step in parsed.operands.steps:
            assert SKILLS[step.skill].solve(step.operands) == step.answer


def test_generated_chains_mark_their_operands() -> None:
    rng = random.Random(3)
    for _ in range(300):
        generated = generated_chains.prompt(rng)
        assert generated.spans
        for (start, end, _), inserted in zip(generated.spans, generated.inserted, strict=True):
            assert generated.text[start:end].lower() == inserted.lower()


def test_generated_near_misses_are_refused() -> None:
    rng = random.Random(5)
    refused = 0
    for _ in range(300):
        prompt = generated_chains.near_miss(rng, {})
        refused += all(isinstance(result, Rejected) for result in parse_fused(prompt).values())
    assert refused > 0.75 * 300  # the rest (a typo hides a step) are drawn again by the composer


# ---- the chain code names no skill: a skill joins chains through its chain.toml ----------------------------
def test_the_chain_code_names_no_skill() -> None:
    chain_code = Path(__file__).parents[2] / "app" / "chains"
    data_code = Path(__file__).parents[2] / "app" / "data" / "chains.py"
    for path in [*chain_code.glob("*.py"), *chain_code.glob("*.toml"), data_code]:
        text = path.read_text(encoding="utf-8").lower()
        for name in SKILLS:
            assert name not in text, f"{path.name} names the skill {name!r}"


def test_the_fused_labels_are_the_task_labels() -> None:
    assert (*FUSED_SKILLS, UNSUPPORTED) == TASK_LABELS


def test_a_classifier_reading_only_the_last_step_still_gets_the_chain() -> None:
    # The classifier sees a parity question; the chain vetoes parity, and parity's belief joins the chain's.
    count = len(TASK_LABELS)
    leaning = [0.001] * count
    leaning[TASK_LABELS.index("parity")] = 0.97
    leaning[TASK_LABELS.index(UNSUPPORTED)] = 0.02
    leaning[TASK_LABELS.index(CHAIN)] = 0.0001
    completion = decide("is the sum of 17 and 26 odd?", Prediction(tuple(leaning), labels=TASK_LABELS))
    assert (completion.task, completion.answer) == (CHAIN, "odd")
    assert completion.confidence > 0.9
    # Not for a prompt that is no chain: the same prediction on a plain parity question answers it as parity.
    assert decide("is 43 odd?", Prediction(tuple(leaning), labels=TASK_LABELS)).task == "parity"


@pytest.mark.parametrize("quotes", ['"{}"', "«{}»", "'{}'"])
@pytest.mark.parametrize("phrase", ["the sum of 3 and 4", "the difference between 9 and 2"])
def test_a_noun_phrase_in_quotes_is_text_to_reverse_not_a_step(quotes: str, phrase: str) -> None:
    prompt = f"reverse {quotes.format(phrase)}"
    assert isinstance(parse_chain(prompt, SKILLS), Rejected)
    reversal = SKILLS["reversal"].parse(prompt)
    assert isinstance(reversal, Parsed)
    assert SKILLS["reversal"].solve(reversal.operands) == phrase[::-1]
    # unquoted, the same words are a step whose result is reversed
    assert isinstance(parse_chain(f"reverse {phrase}", SKILLS), Parsed)


@pytest.mark.parametrize("quotes", ['"{}"', "«{}»", "„{}“", "‘{}’"])
def test_a_sequencing_word_inside_quotes_of_any_style_does_not_cut_the_chain(quotes: str) -> None:
    parsed = parse_chain(f"reverse {quotes.format('salt, then pepper')} and then reverse it again", SKILLS)
    assert isinstance(parsed, Parsed)
    assert [step.answer for step in parsed.operands.steps] == ["reppep neht ,tlas", "salt, then pepper"]
