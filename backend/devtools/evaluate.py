"""Measure the service end to end on an evaluation set: `python -m devtools.evaluate` (or `make eval`).

Four rows, an ablation (each a way to go from a prompt to a reply):
- rules only: no model; the one skill whose rules do not veto the prompt answers it, otherwise it is refused;
- model only: the classifier picks the task and the tagger marks the operands; the skill only validates and
  solves them (no phrase rules for recognition or extraction);
- combined: what the service ships (app/services/reasoning_service.py: the classifier's posterior fused with
  the rules' outcomes and vetoes, the rules' operands, or the tagger's when the rules did not recognise the
  wording);
- TF-IDF + rules: a character n-gram TF-IDF + logistic regression classifier trained on the same data, in the
  place of the GRU, with the same rules (no tagger).
For each: end-to-end accuracy (task and answer both right) per category and slice, refusal precision and
recall, a confusion matrix, the expected calibration error of `confidence`, invariance across variants of one
prompt. Disagreements between the tagger's operands and the rules' are counted (the rules' are used).

Chain sets (`--examples eval/dev_chains.jsonl`) are scored the same way (the final answer right), and their
lines' "steps" field adds the accuracy of two-step and three-step chains separately; in the model-only row
a "chain" label is decomposed by the chain parser (the model recognises a chain, the parser reads its steps).
Writes everything as JSON to backend/reports/eval.json, and the charts (accuracy per category, confusion
matrix, reliability diagram) as a self-contained page beside it, backend/reports/eval.html.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from app.chains.skill import FUSED_SKILLS, with_model_reader
from app.config import BACKEND_DIR, get_settings
from app.data.composer import build_dataset
from app.ml.artifact import recipe_fingerprint
from app.ml.calibration import Calibration
from app.ml.config import TrainConfig
from app.ml.export import load_export, recorded_fingerprint
from app.ml.inference import Prediction
from app.ml.loader import LoadedModel, loaded_as_it_is
from app.ml.report import reliability_bins
from app.services.classifier_setup import TRAINING_TASK, load_classifier
from app.services.reasoning_service import Tagger, decide, parse_all
from app.skills import SKILLS, TASK_LABELS, UNSUPPORTED
from app.skills.base import Parsed, Rejected, Skill
from devtools.eval_html import ROWS, render_html, rows_of

HELDOUT_PATH = BACKEND_DIR / "eval" / "heldout.jsonl"
REPORT_PATH = BACKEND_DIR / "reports" / "eval.json"
ECE_BINS = 10


@dataclass(frozen=True)
class Example:
    id: str
    prompt: str
    task: str
    answer: str | None
    category: str
    group: str | None
    slice: str | None = None  # e.g. "common" or "unseen-phrasing" (the sets written for issue #15)
    steps: int | None = None  # a chain set's lines say how many steps the chain has (2 or 3)


@dataclass(frozen=True)
class Outcome:
    example: Example
    task: str
    answer: str | None
    confidence: float

    @property
    def task_right(self) -> bool:
        return self.task == self.example.task

    @property
    def right(self) -> bool:
        return self.task_right and self.answer == self.example.answer


def load_examples(path: Path = HELDOUT_PATH) -> list[Example]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [
        Example(
            str(r["id"]),
            r["prompt"],
            r["task"],
            r["answer"],
            r.get("category") or (f"chain, {r['steps']} steps" if r.get("steps") else r["task"]),
            r.get("group"),
            r.get("slice"),
            int(r["steps"]) if r.get("steps") else None,
        )
        for r in rows
    ]


def combined(
    example: Example,
    prediction: Prediction,
    calibration: Calibration,
    tagger: Tagger | None,
    skills: Mapping[str, Skill[Any]] = FUSED_SKILLS,
) -> Outcome:
    completion = decide(example.prompt, prediction, calibration, skills, tagger=tagger)
    return Outcome(example, completion.task, completion.answer, completion.confidence)


def rules_only(example: Example) -> Outcome:
    """No model: the one skill whose rules do not veto the prompt answers it (or asks for an operand)."""
    results = parse_all(example.prompt)
    standing = [label for label, result in results.items() if not isinstance(result, Rejected)]
    if len(standing) != 1:
        return Outcome(example, UNSUPPORTED, None, 1.0)
    label = standing[0]
    result = results[label]
    answer = FUSED_SKILLS[label].solve(result.operands) if isinstance(result, Parsed) else None
    return Outcome(example, label, answer, 1.0)


def model_only(example: Example, prediction: Prediction, tagger: Tagger) -> Outcome:
    """The classifier picks the task, the tagger marks the operands; the skill validates and solves them: fewer
    operands than it needs, the task is recognised and an operand missing (answer null); operands it cannot use,
    refused."""
    label = prediction.label
    confidence = prediction.probability(label)
    if label == UNSUPPORTED:
        return Outcome(example, label, None, confidence)
    if label not in SKILLS:  # a chain: the model recognised it, the chain parser reads its steps
        parsed = FUSED_SKILLS[label].parse(example.prompt)
        answer = FUSED_SKILLS[label].solve(parsed.operands) if isinstance(parsed, Parsed) else None
        return Outcome(example, label if answer is not None else UNSUPPORTED, answer, confidence)
    found = SKILLS[label].operands_from_spans(example.prompt, tagger(example.prompt))
    if isinstance(found, Rejected):
        return Outcome(example, UNSUPPORTED, None, confidence)
    answer = SKILLS[label].solve(found.operands) if isinstance(found, Parsed) else None
    return Outcome(example, label, answer, confidence)


def span_disagreements(examples: Sequence[Example], tagger: Tagger) -> dict[str, Any]:
    """Where a skill's rules parsed its operands, does the tagger find the same? (The rules' are used.)"""
    compared, differing = 0, []
    for example in examples:
        parsed = {label: result for label, result in parse_all(example.prompt).items() if isinstance(result, Parsed)}
        spans = tagger(example.prompt) if parsed else []
        for label, result in parsed.items():
            if label not in SKILLS:
                continue
            skill = SKILLS[label]
            tagged = skill.operands_from_spans(example.prompt, spans)
            compared += 1
            rules = skill.show_operands(result.operands)
            model = skill.show_operands(tagged.operands) if isinstance(tagged, Parsed) else None
            if model != rules:
                differing.append({"id": example.id, "skill": label, "rules": rules, "model": model})
    return {"compared": compared, "differing": len(differing), "examples": differing[:20]}


def expected_calibration_error(outcomes: Sequence[Outcome], bins: int = ECE_BINS) -> float:
    """ECE of `confidence` against whether the task was right, in equal-width bins."""
    totals: dict[int, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        totals[min(int(outcome.confidence * bins), bins - 1)].append(outcome)
    error = 0.0
    for members in totals.values():
        accuracy = sum(o.task_right for o in members) / len(members)
        confidence = sum(o.confidence for o in members) / len(members)
        error += len(members) / len(outcomes) * abs(accuracy - confidence)
    return error


def summarise(outcomes: Sequence[Outcome]) -> dict[str, Any]:
    in_scope = [o for o in outcomes if o.example.task != UNSUPPORTED]
    out_of_scope = [o for o in outcomes if o.example.task == UNSUPPORTED]
    refused = [o for o in outcomes if o.task == UNSUPPORTED]

    def rate(items: Sequence[Outcome], test: Callable[[Outcome], bool]) -> float | None:
        return sum(map(test, items)) / len(items) if items else None

    categories: dict[str, list[Outcome]] = defaultdict(list)
    slices: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        categories[outcome.example.category].append(outcome)
        if outcome.example.slice:
            slices[outcome.example.slice].append(outcome)
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.example.group:
            groups[outcome.example.group].append(outcome)
    confusion = {expected: dict.fromkeys(TASK_LABELS, 0) for expected in TASK_LABELS}
    for outcome in outcomes:
        confusion[outcome.example.task][outcome.task] += 1
    return {
        "count": len(outcomes),
        "accuracy": rate(outcomes, lambda o: o.right),
        "task_accuracy": rate(outcomes, lambda o: o.task_right),
        "in_scope_accuracy": rate(in_scope, lambda o: o.right),
        "out_of_scope_refused": rate(out_of_scope, lambda o: o.task == UNSUPPORTED),
        "in_scope_wrongly_refused": rate(in_scope, lambda o: o.task == UNSUPPORTED),
        "refusal_precision": rate(refused, lambda o: o.example.task == UNSUPPORTED),
        "refusal_recall": rate(out_of_scope, lambda o: o.task == UNSUPPORTED),
        "ece": expected_calibration_error(outcomes),
        "reliability": reliability_bins([o.confidence for o in outcomes], [o.task_right for o in outcomes], ECE_BINS),
        "mean_confidence": statistics.fmean(o.confidence for o in outcomes),
        "invariance": rate(
            [members[0] for members in groups.values()],
            lambda first: all(
                o.answer == first.answer and o.task == first.task for o in groups[first.example.group or ""]
            ),
        ),
        "per_category": {
            name: {"count": len(items), "accuracy": rate(items, lambda o: o.right)}
            for name, items in sorted(categories.items())
        },
        "per_slice": {
            name: {"count": len(items), "accuracy": rate(items, lambda o: o.right)}
            for name, items in sorted(slices.items())
        },
        # Chain sets: the final answer right, by the number of steps of the chain (refusals have no steps).
        "per_steps": {
            str(count): {"count": len(items), "accuracy": rate(items, lambda o: o.right)}
            for count, items in sorted(_by_steps(outcomes).items())
        },
        "confusion": confusion,
        "errors": [
            {
                "id": o.example.id,
                "prompt": o.example.prompt,
                "expected": [o.example.task, o.example.answer],
                "got": [o.task, o.answer],
                "confidence": round(o.confidence, 3),
            }
            for o in outcomes
            if not o.right
        ],
    }


def _by_steps(outcomes: Sequence[Outcome]) -> dict[int, list[Outcome]]:
    found: dict[int, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.example.steps is not None:
            found[outcome.example.steps].append(outcome)
    return found


class TfidfBaseline:
    """Character n-gram TF-IDF + logistic regression, trained on exactly the GRU's training data."""

    def __init__(self, train_config: TrainConfig) -> None:
        # scikit-learn is a dev dependency: imported here so the server never needs it.
        from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
        from sklearn.linear_model import LogisticRegression  # noqa: PLC0415
        from sklearn.pipeline import make_pipeline  # noqa: PLC0415

        dataset = build_dataset(train_config.seed, train_config.samples_per_label, train_config.validation_per_label)
        started = time.perf_counter()
        self.pipeline = make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), lowercase=True, sublinear_tf=True, min_df=2),
            LogisticRegression(max_iter=2000, C=10.0),
        )
        self.pipeline.fit([s.prompt for s in dataset.train], [s.task for s in dataset.train])
        self.train_seconds = time.perf_counter() - started
        self.label_order = [str(label) for label in self.pipeline.classes_]

    def predict(self, prompt: str) -> Prediction:
        row = self.pipeline.predict_proba([prompt])[0]
        by_label = dict(zip(self.label_order, row, strict=True))
        return Prediction(tuple(float(by_label[label]) for label in TASK_LABELS), labels=TASK_LABELS)


def timed_predictions(
    predict: Callable[[str], Prediction], prompts: Sequence[str]
) -> tuple[list[Prediction], dict[str, float]]:
    predictions, latencies = [], []
    for prompt in prompts:
        started = time.perf_counter()
        predictions.append(predict(prompt))
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    return predictions, {
        "p50_ms": latencies[len(latencies) // 2],
        "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    }


def evaluate_classifier(
    predict: Callable[[str], Prediction],
    calibration: Calibration,
    examples: Sequence[Example],
    tagger: Tagger | None = None,
) -> dict[str, Any]:
    """The rows that use this classifier: combined (the classifier + the rules, + the tagger if there is one),
    and model only (with a tagger)."""
    predictions, latency = timed_predictions(predict, [e.prompt for e in examples])
    pairs = list(zip(examples, predictions, strict=True))
    # As the service: a chain's clause that the rules do not recognise is read with the model (word problems).
    skills = with_model_reader(FUSED_SKILLS, lambda text: predict(text).label, tagger)
    report: dict[str, Any] = {"combined": summarise([combined(e, p, calibration, tagger, skills) for e, p in pairs])}
    if tagger is not None:
        report["model_only"] = summarise([model_only(e, p, tagger) for e, p in pairs])
        report["span_disagreements"] = span_disagreements(examples, tagger)
    report["latency"] = latency
    return report


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value * 100:6.2f}"


def render(report: dict[str, Any]) -> str:
    rows = rows_of(report)
    titles = dict(ROWS)
    model = report.get("model", {})
    lines = [
        f"Evaluation set: {report['examples']} prompts ({report['path']}), evaluated {report.get('evaluated_at')}",
        f"Model {model.get('fingerprint')}, trained {model.get('trained_at')}",
        "",
    ]
    lines.append(f"{'metric':34}" + "".join(f" {titles[key]:>13}" for key in rows))
    metrics = [
        ("end-to-end accuracy %", "accuracy"),
        ("in-scope accuracy %", "in_scope_accuracy"),
        ("out-of-scope refused %", "out_of_scope_refused"),
        ("in-scope wrongly refused %", "in_scope_wrongly_refused"),
        ("task accuracy %", "task_accuracy"),
        ("refusal precision %", "refusal_precision"),
        ("refusal recall %", "refusal_recall"),
        ("ECE, 10 bins %", "ece"),
        ("invariance across variants %", "invariance"),
    ]
    for title, key in metrics:
        lines.append(f"{title:34}" + "".join(f" {_pct(row[key]):>13}" for row in rows.values()))
    slices = sorted({name for row in rows.values() for name in row["per_slice"]})
    for name in slices:
        cells = "".join(f" {_pct(row['per_slice'].get(name, {}).get('accuracy')):>13}" for row in rows.values())
        lines.append(f"{'  slice ' + name + ' %':34}" + cells)
    gru = report["gru"]
    lines.append(
        f"{'classification latency p50 / p99 ms':34} {gru['latency']['p50_ms']:>6.3f} / {gru['latency']['p99_ms']:.3f}"
    )
    if "span_disagreements" in gru:
        found = gru["span_disagreements"]
        lines.append(
            f"tagger vs rules: {found['differing']} of {found['compared']} parsed operand sets differ (rules used)"
        )
    tagging = model.get("tagging") or {}
    if tagging:
        lines += ["", "Tagger on the validation split (exact spans % / character F1 %):"]
        lines += [
            f"  {task:28} {_pct(scores['exact'])} / {_pct(scores['char_f1'])}" for task, scores in tagging.items()
        ]
    best = gru["combined"]
    lines += ["", "Per category (combined):"]
    for name, item in best["per_category"].items():
        lines.append(f"  {name:28} {item['count']:5}  {_pct(item['accuracy'])}%")
    if best["per_steps"]:
        lines += ["", "Per number of steps (combined; the final answer right):"]
        for count, item in best["per_steps"].items():
            lines.append(f"  {count + '-step chains':28} {item['count']:5}  {_pct(item['accuracy'])}%")
    lines += ["", "Confusion matrix (combined; rows = expected, columns = predicted):"]
    lines.append("  " + " " * 13 + "".join(f"{label:>13}" for label in TASK_LABELS))
    for expected, row in best["confusion"].items():
        lines.append(f"  {expected:13}" + "".join(f"{row[label]:>13}" for label in TASK_LABELS))
    errors = best["errors"]
    lines += ["", f"Errors (combined): {len(errors)}"]
    lines += [
        f"  {e['id']}: {e['prompt']!r} expected {e['expected']} got {e['got']} ({e['confidence']})" for e in errors[:40]
    ]
    return "\n".join(lines)


def load_fixed_weights(path: Path) -> LoadedModel:
    """The artifact at ``path`` as it is, under the recipe fingerprint it was written with, even if today's sources
    would compute another one (never retrained): how a change to the rules is measured apart from the retrain it
    forces (docs/measuring.md)."""
    return loaded_as_it_is(load_export(path, recorded_fingerprint(path), TASK_LABELS), TRAINING_TASK)


def run(
    examples_path: Path = HELDOUT_PATH,
    with_baseline: bool = True,
    weights: Path | None = None,
    fixed_weights: bool = False,
) -> dict[str, Any]:
    """Evaluate the examples with the artifact at ``weights`` (default: the settings' MODEL_WEIGHTS_PATH), made
    first if it is missing or of another recipe, unless ``fixed_weights`` (then loaded as it is)."""
    settings = get_settings()
    train_config = TrainConfig()
    path = weights or settings.model_weights_path
    loaded = load_fixed_weights(path) if fixed_weights else load_classifier(path, None, train_config)
    recipe = recipe_fingerprint(TRAINING_TASK, TRAINING_TASK.model_config(), train_config)
    examples = load_examples(examples_path)
    tagger = loaded.classifier.operand_spans if loaded.classifier.tags else None
    report: dict[str, Any] = {
        "path": str(examples_path.relative_to(BACKEND_DIR))
        if examples_path.is_relative_to(BACKEND_DIR)
        else str(examples_path),
        "examples": len(examples),
        "model": {
            "source": loaded.source,
            "fingerprint": loaded.fingerprint,
            # False when --fixed-weights loaded weights of an older recipe (the rules measured at fixed weights)
            "recipe_matches": loaded.fingerprint == recipe,
            "temperature": loaded.classifier.temperature,
            "trained_at": loaded.report.get("trained_at"),
            # The tagger on the generated validation prompts (the eval sets carry no spans): per task, the share
            # of prompts whose operand spans it finds exactly, and the F1 of the characters it tags.
            "tagging": loaded.report.get("tagging", {}),
        },
        "evaluated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "rules_only": summarise([rules_only(example) for example in examples]),
        "gru": evaluate_classifier(loaded.classifier.predict, loaded.classifier.calibration, examples, tagger),
    }
    if with_baseline:
        baseline = TfidfBaseline(train_config)
        # The baseline gets the same rule layer: the parsers' evidence weights, on its own probabilities.
        rules = Calibration(1.0, 1.0, loaded.classifier.calibration.evidence)
        report["baseline"] = {
            "train_seconds": baseline.train_seconds,
            **evaluate_classifier(baseline.predict, rules, examples),
        }
    return report


def html_path(json_path: Path) -> Path:
    """The HTML report beside the JSON one: eval.json -> eval.html."""
    return json_path.with_suffix(".html")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--examples", type=Path, default=HELDOUT_PATH, help="a JSONL file of labelled prompts")
    parser.add_argument("--no-baseline", action="store_true", help="skip the TF-IDF baseline")
    parser.add_argument("--output", type=Path, default=REPORT_PATH)
    parser.add_argument("--weights", type=Path, help="the artifact to evaluate (default: MODEL_WEIGHTS_PATH)")
    parser.add_argument(
        "--fixed-weights",
        action="store_true",
        help="load the artifact as it is even if the recipe's sources changed since (never retrain)",
    )
    args = parser.parse_args(argv)
    report = run(
        args.examples.resolve(), not args.no_baseline, args.weights and args.weights.resolve(), args.fixed_weights
    )
    print(render(report))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    page = html_path(args.output)
    page.write_text(render_html(report, TASK_LABELS), encoding="utf-8")
    print(f"\nWrote {args.output} and {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
