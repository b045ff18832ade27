"""Orchestration only: classifier -> skill parse -> solve -> explain -> one reply.

The classifier scores the task labels; every skill parses the prompt. A skill may veto (``Rejected``) with a
reason: "5 times 3" is not an addition whatever the model thinks. The remaining labels are ranked by the
classifier's calibrated posterior updated with the parsers' outcomes (see app/ml/calibration.py);
"unsupported" can never be vetoed. The reported confidence is that posterior of the chosen label.

Who finds the operands (the documented rule): when the chosen skill's rules parsed the prompt, their operands
are used (they read signs, separators and number words by grammar). When they know the task but found too few
operands ("missing"), the tagger's are used if they validate, else the reply asks for the operand. When its rules
found no cue of the task at
all ("unrecognised": a wording outside the phrase lists, such as a word problem), the model's operand tagger
supplies them, and the skill validates them (operands_from_spans), provided the posterior of that task is at
least MODEL_ANSWER_MIN and the prompt does not ask how to do something (asks_how_to); otherwise that label is
dropped and the next likeliest is taken. A veto with a reason is never overruled.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from app.chains.skill import FUSED_SKILLS, PlanItem, chain_prediction, parse_fused, plan_of, with_model_reader
from app.ml.calibration import Calibration, Outcome, softmax
from app.ml.inference import Prediction
from app.services.classifier_setup import outcome_of
from app.skills import TASK_LABELS, UNSUPPORTED, refusal_message
from app.skills.base import ChecksTheModelsReading, Missing, Parsed, ParseResult, Rejected, Skill, Span
from app.skills.operations import names_a_skill_task


class Classifier(Protocol):
    def predict(self, prompt: str) -> Prediction: ...


Tagger = Callable[[str], Sequence[Span]]  # prompt -> the operand spans the model tags in it
OperandsSource = Literal["rules", "model"]
# The model answers a wording its rules did not recognise only when it is more sure of the task than not.
MODEL_ANSWER_MIN = 0.5
# ... and never a question that asks how to do something ("how do I take 21 screenshots?", "how can I flip 25
# burgers at once?", "what's the best way to stack 12 chairs?", "any tips to tack a poster onto a wall?"): it asks
# for instructions, not for a result, though it holds a number or a word the tagger marks. Unless its verb asks for
# a result ("how do I work out ...", "how would you write ... backwards").
_HOW_TO = re.compile(
    r"(?:\bhow (?:do|does|did|can|could|should|would|might|will|to)\b(?>(?: (?:i|you|we|one|they|he|she|u|people)\b)?)"
    r"|\b(?:best|easiest|quickest|fastest|right|proper|safest|simplest|good) way to"
    # "any tips to tack a poster", "any hints for stacking 12 chairs" (not "45 in tips on Friday")
    r"|\b(?:any|some|good|quick) (?:tips|hints|tricks) (?:to|for|on)(?= \w+ing\b| (?!the\b|my\b|a\b|an\b)[a-z]+ \w))"
    r" "
    r"(?!(?:work|figure|calculate|compute|find|get|count|solve|add|subtract|sum|total|tell|know|say|spell|write|"
    r"put|type|read|see|check)\b)[a-z]"
)


def asks_how_to(prompt: str) -> bool:
    """Whether the prompt asks how to do something (see _HOW_TO): the model does not answer it from its tags."""
    return _HOW_TO.search(prompt.casefold()) is not None


# ... nor a story told in the first person that asks nothing ("I have 3 kids and 2 dogs, life is busy!", "my flight
# is at 7 and I land at 11, wish me luck"): no question mark, no "=" and no word that asks or requests.
_FIRST_PERSON_START = re.compile(r"\W*(?:i|i'm|im|i've|ive|my|we|we're|we've|our)\b")
_ASKS = re.compile(
    r"[?=]|\b(?:how|what|what's|whats|wat|wats|which|tell|give|show|calculate|compute|work|find|add|sum|total|tally|"
    r"please|pls|plz|cuanto|cuánto|combien|wonder|curious|know)\b"
)


def tells_without_asking(prompt: str) -> bool:
    """Whether the prompt is a first-person story that asks nothing: the model does not answer it from its tags."""
    text = prompt.casefold()
    return _FIRST_PERSON_START.match(text) is not None and _ASKS.search(text) is None


@dataclass(frozen=True)
class Evidence:
    """What one skill's parser found: "parsed" with its operands as the explanation shows them, "missing",
    "unrecognised" (nothing of its task, nor anything else worth telling), or "rejected" (``reason`` says what
    the prompt asks for instead, if anything worth telling)."""

    found: Outcome
    operands: tuple[str, ...] = ()
    rejected: Rejected | None = None

    @property
    def outcome(self) -> Outcome:
        # Read on demand, like the reason: a prompt without a cue of the task that names another operation is
        # shown as rejected for it ("this asks for a multiplication"), though the classifier's fusion, which
        # must not work out every reason, scores it as unrecognised.
        if self.found == "unrecognised" and self.rejected is not None and not model_may_answer(self.rejected):
            return "rejected"
        return self.found

    @property
    def reason(self) -> str | None:
        # Read on demand (see Rejected): a reply only works out the reasons it is asked to show.
        return self.rejected.why if self.rejected is not None else None


def evidence_of(results: Mapping[str, ParseResult[Any]], skills: Mapping[str, Skill[Any]]) -> dict[str, Evidence]:
    """Every parser's finding, by skill name (registry order)."""
    evidence: dict[str, Evidence] = {}
    for name, result in results.items():
        if isinstance(result, Parsed):
            evidence[name] = Evidence("parsed", tuple(skills[name].show_operands(result.operands)))
        elif isinstance(result, Missing):
            evidence[name] = Evidence("missing")
        else:
            evidence[name] = Evidence(outcome_of(result), rejected=result)
    return evidence


@dataclass(frozen=True)
class Completion:
    task: str
    answer: str | None
    confidence: float
    headline: str
    steps: list[str]
    model_label: str | None  # the classifier's own first choice, before any veto; None if not asked
    veto_reason: str | None = None  # for a refusal: what the prompt asks for instead (a Rejected.why)
    conclusion: str | None = None  # "The final answer is 5." (the last step says it too); None unless solved
    # The posterior the confidence is read from, by label (TASK_LABELS order); None if the model was not asked.
    probabilities: Mapping[str, float] | None = None
    evidence: Mapping[str, Evidence] = field(default_factory=dict)  # each parser's finding, by skill name
    plan: tuple[PlanItem, ...] = ()  # the steps executed (one for a single task); () unless solved
    operands_from: OperandsSource | None = None  # who found the operands of a solved prompt

    @property
    def model_asked(self) -> bool:
        return self.model_label is not None

    @property
    def text(self) -> str:
        lines = [self.headline, *(f"{number}. {step}" for number, step in enumerate(self.steps, start=1))]
        lines.append(f"(model confidence in task type: {self.confidence * 100:.1f}%)")
        return "\n".join(lines)


def decide(
    prompt: str,
    prediction: Prediction,
    calibration: Calibration | None = None,
    skills: Mapping[str, Skill[Any]] = FUSED_SKILLS,
    tagger: Tagger | None = None,
) -> Completion:
    """Turn a prediction into a reply (pure but for the tagger, called only for a prompt the rules did not
    recognise; without one such prompts are refused)."""
    results = parse_all(prompt, skills)
    return _decide(prompt, results, chain_prediction(prediction, results), calibration, skills, tagger=tagger)


def parse_all(prompt: str, skills: Mapping[str, Skill[Any]] = FUSED_SKILLS) -> dict[str, ParseResult[Any]]:
    """Every skill's parse of the prompt, by label, and the chain recogniser's when it is in ``skills`` (a
    recognised chain vetoes the single skills: see app/chains/skill.py with_chain)."""
    return parse_fused(prompt, skills)


def model_may_answer(result: ParseResult[Any]) -> bool:
    """Whether the model's tags may answer a prompt for this skill: only when its rules found no cue of its task
    and nothing else they would name ("this asks for a multiplication" is never overruled)."""
    return isinstance(result, Rejected) and not result.cue_found and not result.worth_telling


def tells_the_user(why: str | None) -> bool:
    """Whether a refusal may give this reason: not one that names a task the app does, a skill's veto of another
    skill's cue (said to the user, "this asks for an addition" contradicts the "I can add whole numbers" that
    follows it)."""
    return why is not None and not names_a_skill_task(why)


def refusal_without_the_model(
    results: Mapping[str, ParseResult[Any]],
    skills: Mapping[str, Skill[Any]] = FUSED_SKILLS,
    *,
    tagging: bool = False,
) -> Completion | None:
    """The reply decide() gives whatever the classifier says, when it can be known without asking it.

    That is when every skill vetoes the prompt and at most one reason is given for what it asks instead: a
    vetoed label gets no probability, so "unsupported" has all of it (confidence 1.0), and the reason is
    that one, or none. With two reasons, the classifier picks which to give; then this returns None.
    """
    vetoes = [result for result in results.values() if isinstance(result, Rejected)]
    if len(vetoes) < len(results) or len(results) != len(TASK_LABELS) - 1:
        return None  # a skill did not veto, or a label has no skill (decide() would not fuse such results)
    if tagging and any(model_may_answer(result) for result in results.values()):
        return None  # a skill's rules found nothing of their task, nor another operation: the model may answer
    reasons = {veto.why for veto in vetoes if veto.worth_telling}
    if len(reasons) > 1:
        return None  # two different reasons: the classifier's ranking decides which one is given
    reason = next((why for why in reasons if tells_the_user(why)), None)  # (one reason at most here)
    evidence = evidence_of(results, skills)
    return Completion(UNSUPPORTED, None, 1.0, refusal_message(reason), [], None, reason, evidence=evidence)


def _decide(
    prompt: str,
    results: Mapping[str, ParseResult[Any]],
    prediction: Prediction,
    calibration: Calibration | None,
    skills: Mapping[str, Skill[Any]],
    *,
    tagger: Tagger | None,
) -> Completion:
    outcomes = {label: outcome_of(result) for label, result in results.items()}
    if tagger is None:  # nothing could answer a prompt the rules did not recognise: a veto like any other
        outcomes = {label: "rejected" if found == "unrecognised" else found for label, found in outcomes.items()}
    scores = (calibration or Calibration()).fused_scores(prediction.logits, outcomes, TASK_LABELS)
    evidence = evidence_of(results, skills)
    tagged: Any = None  # the operands the model found for the chosen label, when its rules did not recognise it
    spans: list[Sequence[Span]] = []  # the tagger's spans, once: several labels may be tried on one prompt

    def tagged_spans() -> Sequence[Span]:
        assert tagger is not None
        if not spans:
            spans.append(tagger(prompt))
        return spans[0]

    while True:
        posterior = [min(1.0, max(0.0, value)) for value in softmax(scores)]
        chosen = max(range(len(TASK_LABELS)), key=posterior.__getitem__)
        label, confidence = TASK_LABELS[chosen], posterior[chosen]
        if label != UNSUPPORTED and outcomes.get(label) == "missing" and tagger is not None:
            # The rules know the task but found too few operands; the model may have found them all
            # ("a movie is 36517 minutes long and I've watched 14": the rules read one number).
            complete = skills[label].operands_from_spans(prompt, tagged_spans())
            tagged = complete.operands if isinstance(complete, Parsed) else None
            break
        if label == UNSUPPORTED or outcomes.get(label) != "unrecognised":
            break
        # The rules saw no cue of this task: the model's operands, if they are what the skill needs and the rules
        # do not name another operation the prompt asks for ("3 boxes of 12 eggs" may tag two numbers).
        if (
            tagger is not None
            and confidence >= MODEL_ANSWER_MIN
            and model_may_answer(results[label])
            and not asks_how_to(prompt)
            and not tells_without_asking(prompt)
        ):
            found = skills[label].operands_from_spans(prompt, tagged_spans())
            if isinstance(found, Parsed):
                tagged = found.operands
                break
        scores[chosen] = -math.inf  # not this task after all: the next likeliest ("unsupported" always remains)
    # Carried as computed: the reply shows the very distribution its confidence is read from (no second pass).
    probabilities = dict(zip(TASK_LABELS, posterior, strict=True))
    if label == UNSUPPORTED:
        # Tell the user why when a skill recognised what is asked ("... this asks for a multiplication"),
        # preferring the skill the model found likeliest. Reasons are worked out on demand (see Rejected), so
        # read them likeliest skill first and stop at the first that names something; ties go to the first
        # registered skill.
        vetoes = sorted(
            (
                (prediction.probability(name), -order, result)
                for order, (name, result) in enumerate(results.items())
                if isinstance(result, Rejected)
            ),
            key=lambda veto: veto[:2],
            reverse=True,
        )
        reason = next((veto.why for _, _, veto in vetoes if veto.worth_telling), None)
        if reason is not None and not tells_the_user(reason):
            # The next reason only from a skill that found its own cue ("this comparison does not say for sure
            # whom ..."), not one that names an unrelated task ("add up my list" is not "asks to reverse a list").
            reason = next(
                (
                    veto.why
                    for _, _, veto in vetoes
                    if veto.cue_found and veto.worth_telling and tells_the_user(veto.why)
                ),
                None,
            )
        return Completion(
            UNSUPPORTED,
            None,
            confidence,
            refusal_message(reason),
            [],
            prediction.label,
            reason,
            probabilities=probabilities,
            evidence=evidence,
        )
    skill, parsed = skills[label], results[label]
    if isinstance(parsed, Parsed) and tagger is not None and isinstance(skill, ChecksTheModelsReading):
        # The rules read the prompt, but the skill may doubt their reading when the model reads other operands
        # ("In my game I type names in reverse: what do I type for jumper?" is not "names" reversed): then ask.
        def model_operands() -> Any:
            found = skill.operands_from_spans(prompt, tagged_spans())
            return found.operands if isinstance(found, Parsed) else None

        question = skill.doubt(prompt, parsed.operands, model_operands)
        if question is not None:
            parsed = Missing(question)
    if isinstance(parsed, Missing) and tagged is None:
        return Completion(
            label,
            None,
            confidence,
            parsed.message,
            [],
            prediction.label,
            probabilities=probabilities,
            evidence=evidence,
        )
    source: OperandsSource = "rules" if isinstance(parsed, Parsed) else "model"
    operands = parsed.operands if isinstance(parsed, Parsed) else tagged
    answer = skill.solve(operands)
    explanation = skill.explain(operands, answer)
    return Completion(
        label,
        answer,
        confidence,
        explanation.headline,
        explanation.all_steps,
        prediction.label,
        conclusion=explanation.conclusion,
        probabilities=probabilities,
        evidence=evidence,
        plan=plan_of(skill, operands, answer, explanation),
        operands_from=source,
    )


class ReasoningService:
    def __init__(
        self,
        classifier: Classifier,
        calibration: Calibration | None = None,
        skills: Mapping[str, Skill[Any]] = FUSED_SKILLS,
        tagger: Tagger | None = None,
    ) -> None:
        self.classifier = classifier
        self.calibration = calibration or Calibration()
        self.skills = with_model_reader(skills, self._label_of, tagger)
        self.tagger = tagger

    def _label_of(self, text: str) -> str:
        """The classifier's label for a piece of a prompt (a chain's clause the rules do not recognise)."""
        return self.classifier.predict(text).label

    def complete(self, prompt: str) -> Completion:
        results = parse_all(prompt, self.skills)
        # A prompt every skill refuses often needs no forward pass (most off-topic prompts, each new to the
        # prediction cache): the reply is the same whatever the classifier would say.
        refusal = refusal_without_the_model(results, self.skills, tagging=self.tagger is not None)
        if refusal is not None:
            return refusal
        prediction = chain_prediction(self.classifier.predict(prompt), results)
        return _decide(prompt, results, prediction, self.calibration, self.skills, tagger=self.tagger)
