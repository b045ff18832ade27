"""The chain recogniser as one more "skill" of the fusion, and the plan every reply carries.

``ChainSkill`` has a skill's shape (parse / solve / explain / show_operands), so the reasoning service fuses
its parse outcome with the classifier and the skills' like any skill's, under the label "chain". It is not
registered: GET /api/skills lists the registered skills only. Its parse runs the steps' skills (see
app/chains/parser.py); its explanation is each step's own, under a heading.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.chains.parser import SCOPE, ChainPlan, Reader, parse_chain
from app.chains.phrasing import PHRASINGS
from app.ml.calibration import softmax
from app.ml.inference import Prediction
from app.skills.base import Cue, Example, Explanation, Parsed, ParseResult, Rejected, Skill, Span
from app.skills.registry import CHAIN, SKILLS, TASK_LABELS


@dataclass(frozen=True)
class PlanItem:
    """One step of a reply's plan: {task, title, input, answer, steps} in the API."""

    task: str
    title: str
    input: tuple[str, ...]
    answer: str
    steps: tuple[str, ...] = field(default=())


def step_title(skill: Skill[Any], shown: Sequence[str]) -> str:
    phrasing = PHRASINGS.get(skill.name)
    if phrasing is not None:
        return phrasing.step_title(shown)
    return f"{skill.title.lower()} of {', '.join(shown)}"


def single_plan(skill: Skill[Any], operands: Any, answer: str, explanation: Explanation) -> tuple[PlanItem, ...]:
    """A single task's one-step plan."""
    shown = skill.show_operands(operands)
    return (PlanItem(skill.name, step_title(skill, shown), tuple(shown), answer, tuple(explanation.steps)),)


class ChainSkill:
    """Recognises and works out a request of several steps of the given skills."""

    name: str = CHAIN
    title: str = "Chain"
    capability: str = SCOPE
    examples: tuple[Example, ...] = ()
    cue = Cue("asks for several steps", lambda _pieces, _shape: False)

    def __init__(
        self, skills: Mapping[str, Skill[Any]] = SKILLS, reader: Reader | None = None, *, slips: bool = True
    ) -> None:
        """``slips``: read one-letter slips in noun phrases and result names (served; the training data's
        redraw check reads without, see app/data/composer.py answered_by)."""
        self.skills = skills
        self.reader = reader
        self.slips = slips

    def parse(self, prompt: str) -> ParseResult[ChainPlan]:
        return parse_chain(prompt, self.skills, self.reader, slips=self.slips)

    def operands_from_spans(self, prompt: str, spans: Sequence[tuple[int, int, str]]) -> ParseResult[ChainPlan]:
        """A chain's steps are read by its parser: the tagger marks operands, not which step each belongs to."""
        return self.parse(prompt)

    def solve(self, operands: ChainPlan) -> str:
        return operands.answer

    def show_operands(self, operands: ChainPlan) -> list[str]:
        """Each step's title (the evidence of every reply shows them: no step is explained for it)."""
        titles = []
        for step in operands.steps:
            skill = self.skills[step.skill]
            titles.append(step_title(skill, skill.show_operands(step.operands)))
        return titles

    def _explained(self, operands: ChainPlan) -> list[tuple[PlanItem, Explanation]]:
        explained = []
        for step in operands.steps:
            skill = self.skills[step.skill]
            explanation = skill.explain(step.operands, step.answer)
            shown = skill.show_operands(step.operands)
            item = PlanItem(
                step.skill,
                step_title(skill, shown),
                tuple(shown),
                step.answer,
                (*step.notes, *explanation.steps),
            )
            explained.append((item, explanation))
        return explained

    def plan(self, operands: ChainPlan) -> tuple[PlanItem, ...]:
        return tuple(item for item, _ in self._explained(operands))

    def explain(self, operands: ChainPlan, answer: str) -> Explanation:
        explained = self._explained(operands)
        steps: list[str] = []
        for number, (item, _) in enumerate(explained, start=1):
            steps.append(f"Step {number}: {item.title}")
            steps.extend(item.steps)
        headline = f"Let's work this out in {len(explained)} steps."
        return Explanation(headline, steps, explained[-1][1].conclusion)


CHAIN_SKILL = ChainSkill()


def with_chain(
    results: Mapping[str, ParseResult[Any]], chain: ParseResult[Any], skills: Mapping[str, Skill[Any]]
) -> dict[str, ParseResult[Any]]:
    """The skills' parse results and the chain's (last), each skill vetoed when the prompt is a chain.

    A recognised chain (worked out, or refused with a reason: a step no skill does, an input of the wrong
    kind, two questions at once) is no single skill's task, though a skill may read part of it ("reverse 27,
    then add 51 to it" reverses "27"): then each skill is vetoed, with the chain's reason if it has one.
    """
    recognised = isinstance(chain, Parsed) or (isinstance(chain, Rejected) and chain.worth_telling)
    if not recognised:
        return {**results, CHAIN: chain}
    why = chain.why if isinstance(chain, Rejected) else None
    vetoed: dict[str, ParseResult[Any]] = {}
    for name, result in results.items():
        if isinstance(result, Rejected) and result.cue_found and why is None:
            vetoed[name] = result  # already vetoed, perhaps with its own reason
        else:
            # A veto with a cue found: the tagger may not answer it either (see reasoning_service).
            vetoed[name] = Rejected(skills[name].capability, why)
    vetoed[CHAIN] = chain
    return vetoed


def chain_skills(skills: Mapping[str, Skill[Any]]) -> dict[str, Skill[Any]]:
    """The skills and, last, the chain recogniser over them: the labels the fusion weighs, in label order."""
    return {**skills, CHAIN: ChainSkill(skills)}


def plan_of(skill: Skill[Any], operands: Any, answer: str, explanation: Explanation) -> tuple[PlanItem, ...]:
    """The plan of a solved reply: a chain's steps, or a single task's one step."""
    if isinstance(skill, ChainSkill):
        return skill.plan(operands)
    return single_plan(skill, operands, answer, explanation)


# The registered skills and the chain recogniser: what the fusion weighs, by label (TASK_LABELS order).
FUSED_SKILLS: Mapping[str, Skill[Any]] = chain_skills(SKILLS)


def parse_fused(prompt: str, skills: Mapping[str, Skill[Any]] = FUSED_SKILLS) -> dict[str, ParseResult[Any]]:
    """Every skill's parse of the prompt, by label, then the chain recogniser's when it is in ``skills`` (a
    recognised chain vetoes the single skills: see with_chain)."""
    results = {label: skill.parse(prompt) for label, skill in skills.items() if label != CHAIN}
    chain = skills.get(CHAIN)
    return with_chain(results, chain.parse(prompt), skills) if chain is not None else results


def model_reader(
    predict_label: Callable[[str], str], tagger: Callable[[str], Sequence[Span]], skills: Mapping[str, Skill[Any]]
) -> Reader:
    """A clause read with the model, as the service reads a prompt its rules do not recognise: the classifier's
    label, if a skill's, and the operands the tagger marks, if that skill validates them."""

    def read(clause: str) -> tuple[str, Parsed[Any]] | None:
        label = predict_label(clause)
        if label not in skills:
            return None
        found = skills[label].operands_from_spans(clause, tagger(clause))
        return (label, found) if isinstance(found, Parsed) else None

    return read


def with_model_reader(
    skills: Mapping[str, Skill[Any]],
    predict_label: Callable[[str], str],
    tagger: Callable[[str], Sequence[Span]] | None,
) -> Mapping[str, Skill[Any]]:
    """The fused skills with a chain recogniser that reads word-problem clauses with the model (when there is a
    tagger, and the chain recogniser is among them)."""
    chain = skills.get(CHAIN)
    if tagger is None or not isinstance(chain, ChainSkill):
        return skills
    return {**skills, CHAIN: ChainSkill(chain.skills, model_reader(predict_label, tagger, chain.skills))}


def chain_prediction(prediction: Prediction, results: Mapping[str, ParseResult[Any]]) -> Prediction:
    """The classifier's prediction with the chain's share: when the recogniser worked out a chain, the logits of
    the skills its steps are of join the chain's (log-sum-exp). A classifier that reads "Tom has 5 cards and
    gets 3 more. Is his number of cards even?" as its last step alone recognised a task of these skills, which
    the chain vetoes; its belief goes to the chain, not to "unsupported"."""
    chain = results.get(CHAIN)
    if not isinstance(chain, Parsed) or CHAIN not in TASK_LABELS or len(prediction.logits) != len(TASK_LABELS):
        return prediction
    members = {step.skill for step in chain.operands.steps} | {CHAIN}
    logits = list(prediction.logits)
    chosen = [logits[index] for index, label in enumerate(TASK_LABELS) if label in members]
    top = max(chosen)
    logits[TASK_LABELS.index(CHAIN)] = top + math.log(sum(math.exp(logit - top) for logit in chosen))
    return Prediction(tuple(softmax(logits)), tuple(logits), TASK_LABELS)
