"""The reasoning-quality gates of CI, on the DEVELOPMENT sets (eval/dev.jsonl, dev2.jsonl, dev_phrasings.jsonl,
dev_phrasings2.jsonl ... dev_phrasings6.jsonl, dev_cousins.jsonl, dev_cousins2.jsonl,
dev_chains.jsonl ... dev_chains7.jsonl, dev_redteam.jsonl ... dev_redteam3.jsonl) with the production recipe, so that a
regression in the data, the model, the calibration or a parser fails CI.

The held-out sets (eval/heldout*.jsonl) are not read here: they are scored by `make eval` only, so that no
gate, threshold or fix is ever tuned on them.

GATES is one table: per set, per row of the evaluation ("combined" is the shipped system, "model_only" the
classifier and the tagger alone with the skills only validating the operands, so a broken or constant classifier
or tagger fails its gates), per metric, a bound. Each bound is the level measured on 2026-12-06
(`devtools.evaluate.run(path, with_baseline=False)`, model fingerprint d40a7d1015ec2e75; in the comments)
less a small margin: about one to three points, two to five prompts of a set this size. "slice:<name>" bounds
the end-to-end accuracy of a slice of the set. A retrain moves the model's own figures by a few points (the
training seed alone does): the bounds marked "23:15" were measured on 2026-12-06 at 23:15 at model 1c649706 and at
training seeds 1235 and 1236 of the same recipe (in brackets), those marked "23:50" at the final model of that
session (71638c57) and its two seeds; they sit under the three seeds' spread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from app.config import BACKEND_DIR
from app.ml.loader import LoadedModel
from devtools.evaluate import combined, evaluate_classifier, load_examples, rules_only, summarise

EVAL_DIR = BACKEND_DIR / "eval"


@dataclass(frozen=True)
class Bound:
    value: float
    at_most: bool = False  # False: the metric must be at least `value`

    def holds(self, measured: float) -> bool:
        return measured <= self.value if self.at_most else measured >= self.value


def at_least(value: float) -> Bound:
    return Bound(value)


def at_most(value: float) -> Bound:
    return Bound(value, at_most=True)


@dataclass(frozen=True)
class DevSet:
    file: str
    size: int  # the bounds were measured on this many prompts: a changed set is measured again
    gates: dict[str, dict[str, Bound]]  # row -> metric -> bound


GATES: dict[str, DevSet] = {
    "dev": DevSet(
        "dev.jsonl",
        313,  # 197 in scope, 116 to refuse (d0042 a chain since 2026-12-06 11:50), 40 groups of variants
        {
            "combined": {
                "in_scope_accuracy": at_least(0.985),  # 1.0 (196/196)
                "out_of_scope_refused": at_least(0.975),  # 0.9915 (116/117); the same at 88a4a23f59d8e419
                "in_scope_wrongly_refused": at_most(0.015),  # 0.0
                "ece": at_most(0.03),  # 0.0154
                "invariance": at_least(0.95),  # 1.0 (40/40)
            },
            "model_only": {
                # 0.9681 [0.9744, 0.9297] at 23:50 [seeds 1235, 1236]; 0.9808 (307/313) at the first
                "task_accuracy": at_least(0.92),
                # 0.9492 (187/197) at 79e8084b43aea8d0, after the reading rules of the tagger's spans were mended
                # (2026-12-06 afternoon, same weights: 0.9239 before them); 0.9133 and 0.9184 at older models;
                # 0.914-0.954 over nine retrains of the evening's data (three seeds, three versions), 0.9239 at the
                # final model: the bound sits under that spread, far above a broken classifier
                "in_scope_accuracy": at_least(0.90),
                # 0.9915 (116/117); 0.9829 (115/117) at 88a4a23f59d8e419 (the chain wordings of issue 16, 2026-12-06),
                # 0.9573 to 0.9744 at other steps of that work and with training seeds 7 and 99 (0.9915 before):
                # d0042 "is 3 + 4 even?" is a chain since issue 16 (its label is older), and chit-chat near the
                # boundary ("how hot is the sun lol") goes to a skill in the classifier alone.
                "out_of_scope_refused": at_least(0.92),  # 0.9741 [0.9828, 0.9310] at 23:50 [seeds 1235, 1236]
            },
        },
    ),
    "dev2": DevSet(
        "dev2.jsonl",
        659,  # 402 in scope, 257 to refuse (h0285, h0631 chains since 2026-12-06 11:50; h0128, now a training
        # prompt, left out on 2026-12-07), 40 groups of variants
        {
            "combined": {
                "in_scope_accuracy": at_least(0.99),  # 1.0 (400/400)
                "out_of_scope_refused": at_least(0.97),  # 0.9846 (256/260)
                "in_scope_wrongly_refused": at_most(0.01),  # 0.0 (0/400)
                # 0.0136; 0.0257 [0.0211, 0.0173] at 3884e927 (2026-12-07 02:04) [seeds 1235, 1236]
                "ece": at_most(0.03),
                "invariance": at_least(0.95),  # 0.975 (39/40)
            },
            "model_only": {
                "task_accuracy": at_least(0.955),  # 0.9697 (640/660)
                # 0.9502 [0.9353, 0.9527] at 23:15 [seeds 1235, 1236]; 0.9602 at 79e8084b
                "in_scope_accuracy": at_least(0.92),
                "out_of_scope_refused": at_least(0.915),  # 0.9496 [0.9457, 0.9302]; 0.95 (247/260) at the first
            },
        },
    ),
    "dev_phrasings": DevSet(
        "dev_phrasings.jsonl",
        250,  # 167 in scope (93 in wordings outside the phrase lists), 83 to refuse; written for issue #15
        {
            "combined": {
                "in_scope_accuracy": at_least(0.71),  # 0.7425 (124/167)
                "out_of_scope_refused": at_least(0.97),  # 0.988 (82/83)
                "slice:unseen-phrasing": at_least(0.53),  # 0.5699 (53/93); rules only: 0.1935 (18/93)
            },
            "model_only": {
                "slice:unseen-phrasing": at_least(0.52),  # 0.5591 (52/93)
            },
        },
    ),
    "dev_phrasings2": DevSet(
        "dev_phrasings2.jsonl",
        228,  # 180 in scope (140 in wordings a keyword list lacks), 48 to refuse; written blind for issue #15, round 2
        {  # measured 2026-12-06 on branch phrasings2 (the model's weights unchanged: 65.0% in scope, model only)
            "combined": {
                "in_scope_accuracy": at_least(0.82),  # 0.85 (153/180); 0.6778 before the round
                "out_of_scope_refused": at_least(0.91),  # 0.9375 (45/48); 0.8958 before
                "slice:unseen-phrasing": at_least(0.78),  # 0.8143 (114/140); 0.6071 before; rules only: 0.5571
            },
        },
    ),
    "dev_phrasings3": DevSet(
        "dev_phrasings3.jsonl",
        223,  # 179 in scope (134 in wordings without the keywords, 15 missing operands), 44 to refuse; #15, round 3
        {  # measured 2026-12-06 on branch phrasings3, model 108c2b1310ff73eb; training seeds 7 and 99 in brackets
            "combined": {
                "in_scope_accuracy": at_least(0.78),  # 0.8156 (146/179) [0.8212, 0.8045]; 0.7318 before the round
                "out_of_scope_refused": at_least(0.79),  # 0.8409 (37/44) [0.8182, 0.8636]; 0.8636 before
                "slice:unseen-phrasing": at_least(0.77),  # 0.8060 (108/134) [0.8134, 0.7985]; 0.6940 before
            },
            "model_only": {
                # 0.7313 [0.7164, 0.6791] at 23:15 [seeds 1235, 1236]; 0.7388 (99/134) at the first
                "slice:unseen-phrasing": at_least(0.66),
            },
        },
    ),
    "dev_phrasings4": DevSet(
        "dev_phrasings4.jsonl",
        193,  # 150 in scope (109 in wordings without the keywords, missing operands among them), 43 to refuse; round 4
        {  # measured 2026-12-06 on branch phrasings4 (training data as at main: the round changed rules only);
            # training seed 7 in brackets
            "combined": {
                "in_scope_accuracy": at_least(0.89),  # 0.92 (138/150) [0.9067]; 0.9067 (136/150) before the round
                "out_of_scope_refused": at_least(0.93),  # 0.9767 (42/43) [0.9767]; the same before
                "slice:unseen-phrasing": at_least(0.85),  # 0.8899 (97/109) [0.8716]; 0.8716 before; rules only 0.5963
            },
            "model_only": {
                # 0.6606 [0.7248, 0.7706] at 23:50 [seeds 1235, 1236]; 0.7523 (82/109) at the first
                "slice:unseen-phrasing": at_least(0.64),
            },
        },
    ),
    "dev_phrasings5": DevSet(
        "dev_phrasings5.jsonl",
        212,  # 162 in scope (122 in wordings without the keywords, 8 missing operands), 50 to refuse; round 5
        {  # written blind and never tuned on (eval/README.md); measured 2026-12-06 21:21 at the final model
            # (fingerprint 4adffbb6), training seeds 1235 / 1236 in brackets; rules only: 0.5617 / 0.4180 unseen
            "combined": {
                "in_scope_accuracy": at_least(0.68),  # 0.7531 [0.7222, 0.7407]
                "out_of_scope_refused": at_least(0.88),  # 0.96 [0.92, 0.92]
                "slice:unseen-phrasing": at_least(0.60),  # 0.6803 [0.6311, 0.6557]
            },
        },
    ),
    "dev_phrasings6": DevSet(
        "dev_phrasings6.jsonl",
        227,  # 172 in scope (112 in wordings without the keywords, 20 missing operands), 55 to refuse; round 6
        {  # written blind, scored once, then tuned on (eval/README.md); measured 23:15 [seeds 1235, 1236];
            # rules only: 0.5465 in scope, 0.3214 unseen
            "combined": {
                "in_scope_accuracy": at_least(0.75),  # 0.8198 [0.7907, 0.7791]
                "out_of_scope_refused": at_least(0.88),  # 0.9091 [0.9273, 0.9636]
                "slice:unseen-phrasing": at_least(0.63),  # 0.75 [0.7054, 0.6786]
            },
            "model_only": {
                "in_scope_accuracy": at_least(0.62),  # 0.7093 [0.7384, 0.6570]
            },
        },
    ),
    "dev_redteam": DevSet(
        "dev_redteam.jsonl",
        847,  # 501 in scope, 346 to refuse ("hello", now a training prompt, left out on 2026-12-07); written blind to
        # find wrong answers, scored once, then tuned on
        {  # measured 2026-12-07 02:04 at the final model (fingerprint 3884e927) [training seeds 1235, 1236]
            "combined": {
                "in_scope_accuracy": at_least(0.86),  # 0.8802 [0.8842, 0.8782]
                "out_of_scope_refused": at_least(0.93),  # 0.9481 [0.9510, 0.9568]
            },
        },
    ),
    "dev_redteam2": DevSet(
        "dev_redteam2.jsonl",
        765,  # 536 in scope, 229 to refuse; written blind, scored once, tuned on from session 15
        {  # measured 2026-12-07 04:15 at the final model (fingerprint 4112a2d9) [training seeds 1235, 1236]
            "combined": {
                "in_scope_accuracy": at_least(0.89),  # 0.9235 [0.9216, 0.9086]; 0.8396 before the round
                "out_of_scope_refused": at_least(0.94),  # 0.9738 [0.9651, 0.9738]; 0.8739 before
            },
        },
    ),
    "dev_redteam3": DevSet(
        "dev_redteam3.jsonl",
        845,  # 558 in scope, 287 to refuse; written blind, scored untouched in session 15, tuned on from session 16
        {  # measured 2026-12-07 07:03 at the final model (fingerprint f0ad6158) [training seeds 1235, 1236]
            "combined": {
                "in_scope_accuracy": at_least(0.94),  # 0.9677 [0.9695, 0.9749]; 0.9552 before the round
                "out_of_scope_refused": at_least(0.94),  # 0.9721 [0.9652, 0.9652]; 0.9512 before
            },
        },
    ),
    "dev_chains7": DevSet(
        "dev_chains7.jsonl",
        317,  # 264 in scope (244 chains), 53 to refuse; written blind, scored once (0.8902 / 1.0), then tuned on
        {  # measured 2026-12-07 07:03 at the final model (fingerprint f0ad6158) [training seeds 1235, 1236]
            "combined": {
                "in_scope_accuracy": at_least(0.92),  # 0.9470 [0.9545, 0.9470]
                "out_of_scope_refused": at_least(0.97),  # 1.0 [1.0, 1.0]
            },
        },
    ),
    "dev_chains6": DevSet(
        "dev_chains6.jsonl",
        276,  # 209 in scope (197 chains), 67 to refuse; written blind, scored once (0.9378 / 0.9403), then tuned on
        {  # measured 2026-12-07 04:15 at the final model (fingerprint 4112a2d9) [training seeds 1235, 1236]
            "combined": {
                "in_scope_accuracy": at_least(0.94),  # 0.9617 [0.9617, 0.9617]
                "out_of_scope_refused": at_least(0.96),  # 0.9851 [0.9851, 0.9851]
            },
        },
    ),
    "dev_cousins": DevSet(
        "dev_cousins.jsonl",
        212,  # 122 cousins of subtraction and addition to refuse (code, other senses, other arithmetic), 90 lookalikes
        {  # measured 2026-12-06 on branch cousins (model fingerprint 046d9ed7; before it, 0.6967 refused, 0.9444 in)
            "combined": {
                "out_of_scope_refused": at_least(0.95),  # 0.9754 (119/122)
                "in_scope_accuracy": at_least(0.95),  # 0.9778 (88/90)
                "slice:lookalike": at_least(0.95),  # 0.9778 (88/90)
            },
            "model_only": {
                # 0.7547 (160/212) at the merged model 32ff00ca5bdca06c (the classifier alone refuses 70% of
                # the cousins; the rules refuse them: combined 0.9918); 0.8349 (177/212) on branch cousins
                "task_accuracy": at_least(0.72),
            },
        },
    ),
    "dev_cousins2": DevSet(
        "dev_cousins2.jsonl",
        236,  # 142 cousins to refuse (how-to, "how many", other arithmetic, other senses, names), 94 lookalikes
        {  # measured 2026-12-06 on branch cousins2 (model fingerprint 838672d3; before it, 0.8803 refused, 0.8511 in)
            "combined": {
                "out_of_scope_refused": at_least(0.88),  # 0.9085 (129/142)
                "in_scope_accuracy": at_least(0.83),  # 0.8617 (81/94)
            },
            "model_only": {
                # 0.7924 [0.8008, 0.8305] on 2026-12-07 07:03 (fingerprint f0ad6158) [seeds 1235, 1236]; 0.7585 at a
                # retrain of 05:46 on nearly the same data; 0.7839 [0.7881, 0.8263] on 2026-12-06 23:15
                "task_accuracy": at_least(0.76),
            },
        },
    ),
    "dev_chains": DevSet(
        "dev_chains.jsonl",
        164,  # 124 chains (72 of 2 steps, 52 of 3), 8 single tasks with chit-chat, 32 to refuse; issue #16
        {
            "combined": {
                "accuracy": at_least(0.95),  # 0.9756 (160/164); 1.0 (164/164) at 88a4a23f59d8e419
                "out_of_scope_refused": at_least(0.97),  # 1.0 (32/32)
            },
        },
    ),
    "dev_chains2": DevSet(
        "dev_chains2.jsonl",
        177,  # 140 chains (82 of 2 steps, 58 of 3) in users' wordings, 10 single tasks with chit-chat, 27 to refuse
        {
            # Measured at fingerprint 88a4a23f59d8e419 (and 0.9774 with training seeds 7 and 99); before the chain
            # parser was made general for it (main at 52bd995): accuracy 0.7684, refused 0.8889.
            "combined": {
                "accuracy": at_least(0.95),  # 0.9774 (173/177)
                "out_of_scope_refused": at_least(0.96),  # 1.0 (27/27)
                "in_scope_wrongly_refused": at_most(0.05),  # 0.02 (3/150)
            },
        },
    ),
    "dev_chains3": DevSet(
        "dev_chains3.jsonl",
        190,  # 146 chains (86 of 2 steps, 60 of 3) written blind, 8 single tasks with chit-chat, 36 to refuse
        {
            # Measured on branch chains3 at 950a46a (model weights as at 1e36bc6aeb43d621); before the parser was
            # changed for it: accuracy 0.9211, refused 0.9722.
            "combined": {
                "accuracy": at_least(0.96),  # 0.9895 (188/190)
                "out_of_scope_refused": at_least(0.97),  # 1.0 (36/36)
                "in_scope_wrongly_refused": at_most(0.03),  # 0.0 (0/154)
            },
        },
    ),
    "dev_chains4": DevSet(
        "dev_chains4.jsonl",
        196,  # 151 chains (87 of 2 steps, 64 of 3) written blind, 13 single tasks, 32 to refuse
        {
            # Measured on branch chains4 (model weights as at 49093403f067eacb: the training data is unchanged);
            # before the parser was changed for it: accuracy 0.9082 (2 steps 0.8621, 3 steps 0.9062), refused 1.0.
            "combined": {
                "accuracy": at_least(0.96),  # 0.9898 (194/196)
                "out_of_scope_refused": at_least(0.96),  # 1.0 (32/32)
                "in_scope_wrongly_refused": at_most(0.03),  # 0.0 (0/164)
            },
        },
    ),
    "dev_chains5": DevSet(
        "dev_chains5.jsonl",
        204,  # 130 chains (85 of 2 steps, 45 of 3) written blind, 10 single tasks, 64 to refuse; round 6
        {
            # Measured 23:15 [seeds 1235, 1236]; before the parser was changed for it: accuracy 0.9510 (in scope 0.9429,
            # 2 steps 0.9176, 3 steps 0.9778), refused 0.9688 (at the session's first weights).
            "combined": {
                "accuracy": at_least(0.93),  # 0.9608 [0.9559, 0.9559]
                "out_of_scope_refused": at_least(0.94),  # 0.9844 [0.9688, 0.9688]
                "in_scope_wrongly_refused": at_most(0.07),  # 0.05 [0.0286, 0.0286]
            },
        },
    ),
}

CASES = [
    (name, row, metric, bound)
    for name, dev_set in GATES.items()
    for row, metrics in dev_set.gates.items()
    for metric, bound in metrics.items()
]


@pytest.fixture(scope="module")
def reports(trained: LoadedModel) -> dict[str, dict[str, Any]]:
    """Each development set's evaluation, computed once for the module."""
    out = {}
    classifier = trained.classifier
    for name, dev_set in GATES.items():
        examples = load_examples(EVAL_DIR / dev_set.file)
        rows = evaluate_classifier(classifier.predict, classifier.calibration, examples, classifier.operand_spans)
        out[name] = {**rows, "rules_only": summarise([rules_only(example) for example in examples])}
    return out


def measured(report: dict[str, Any], metric: str) -> float | None:
    """A metric of one row; "slice:<name>" is the end-to-end accuracy on that slice of the set."""
    if metric.startswith("slice:"):
        value: float | None = report["per_slice"][metric.removeprefix("slice:")]["accuracy"]
        return value
    value = report[metric]
    return value


def test_only_development_sets_are_gated() -> None:
    assert all(not dev_set.file.startswith("heldout") for dev_set in GATES.values())


@pytest.mark.parametrize("name", list(GATES))
def test_each_set_has_the_size_its_bounds_were_measured_on(name: str) -> None:
    assert len(load_examples(EVAL_DIR / GATES[name].file)) == GATES[name].size


@pytest.mark.parametrize(("name", "row", "metric", "bound"), CASES, ids=[f"{n}-{r}-{m}" for n, r, m, _ in CASES])
def test_the_metric_meets_its_bound(
    reports: dict[str, dict[str, Any]], name: str, row: str, metric: str, bound: Bound
) -> None:
    value = measured(reports[name][row], metric)
    assert value is not None and bound.holds(value), f"{name} {row} {metric}: {value} against {bound}"


def test_the_model_answers_wordings_the_rules_do_not_know(reports: dict[str, dict[str, Any]]) -> None:
    """On the development set written for issue #15, the shipped combination beats the rules alone on the
    prompts in wordings outside the phrase lists: a constant or broken classifier or tagger cannot."""
    unseen = "slice:unseen-phrasing"
    for name in ("dev_phrasings", "dev_phrasings3", "dev_phrasings4", "dev_phrasings5", "dev_phrasings6"):
        rows = reports[name]
        assert measured(rows["combined"], unseen) > measured(rows["rules_only"], unseen)  # type: ignore[operator]


def test_confidence_is_the_models_own_and_varies(trained: LoadedModel) -> None:
    examples = load_examples(EVAL_DIR / GATES["dev2"].file)[:200]
    classifier = trained.classifier
    outcomes = [
        combined(e, classifier.predict(e.prompt), classifier.calibration, classifier.operand_spans) for e in examples
    ]
    confidences = [outcome.confidence for outcome in outcomes]
    # Not a constant, not a handful of rule values. The model is sure of most of these prompts, so the values
    # are told apart at 6 decimals.
    assert len({round(c, 6) for c in confidences}) > 20
    assert all(0.0 <= c <= 1.0 for c in confidences)
