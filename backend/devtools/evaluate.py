"""Measure task recognition end to end on the held-out set: `python -m devtools.evaluate` (or `make eval`).

Chain sets (`--examples eval/dev_chains.jsonl`) are scored the same way (the final answer right), and their
lines' "steps" field adds the accuracy of two-step and three-step chains separately.

Prints, per category and overall, end-to-end accuracy (task and answer both right), refusal precision and
recall, a confusion matrix, the expected calibration error of `confidence`, invariance across variants of
one prompt, and the same with the rule layer (the skills' vetoes) switched off. Beside the GRU it trains
and scores a baseline on the same training data: character n-gram TF-IDF + logistic regression.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.chains.skill import FUSED_SKILLS
from app.config import BACKEND_DIR, get_settings
from app.data.composer import build_dataset
from app.ml.calibration import Calibration
from app.ml.config import TrainConfig
from app.ml.inference import Prediction
from app.ml.report import reliability_bins
from app.services.classifier_setup import load_classifier
from app.services.reasoning_service import decide
from app.skills import TASK_LABELS, UNSUPPORTED
from app.skills.base import Parsed
from devtools.eval_html import render_html

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
            int(r["steps"]) if r.get("steps") else None,
        )
        for r in rows
    ]


def with_rules(example: Example, prediction: Prediction, calibration: Calibration) -> Outcome:
    completion = decide(example.prompt, prediction, calibration)
    return Outcome(example, completion.task, completion.answer, completion.confidence)


def without_rules(example: Example, prediction: Prediction) -> Outcome:
    """The classifier alone decides the task; a skill only extracts and solves, it cannot veto."""
    label = prediction.label
    answer = None
    if label != UNSUPPORTED:
        parsed = FUSED_SKILLS[label].parse(example.prompt)
        if isinstance(parsed, Parsed):
            answer = FUSED_SKILLS[label].solve(parsed.operands)
    return Outcome(example, label, answer, prediction.probability(label))


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
    for outcome in outcomes:
        categories[outcome.example.category].append(outcome)
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
    predict: Callable[[str], Prediction], calibration: Calibration, examples: Sequence[Example]
) -> dict[str, Any]:
    predictions, latency = timed_predictions(predict, [e.prompt for e in examples])
    return {
        "with_rules": summarise([with_rules(e, p, calibration) for e, p in zip(examples, predictions, strict=True)]),
        "without_rules": summarise([without_rules(e, p) for e, p in zip(examples, predictions, strict=True)]),
        "latency": latency,
    }


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{value * 100:6.2f}"


def render(report: dict[str, Any]) -> str:
    gru, baseline = report["gru"], report.get("baseline")
    lines = [f"Evaluation set: {report['examples']} prompts ({report['path']})", ""]
    header = f"{'metric':34} {'GRU+rules':>10} {'GRU only':>10}"
    if baseline:
        header += f" {'TF-IDF+rules':>13} {'TF-IDF only':>12}"
    lines.append(header)
    metrics = [
        ("end-to-end accuracy %", "accuracy"),
        ("in-scope accuracy % (>= 98)", "in_scope_accuracy"),
        ("out-of-scope refused % (>= 97)", "out_of_scope_refused"),
        ("in-scope wrongly refused % (<= 2)", "in_scope_wrongly_refused"),
        ("task accuracy %", "task_accuracy"),
        ("refusal precision %", "refusal_precision"),
        ("refusal recall %", "refusal_recall"),
        ("ECE, 10 bins % (<= 5)", "ece"),
        ("invariance across variants %", "invariance"),
    ]
    for title, key in metrics:
        row = f"{title:34} {_pct(gru['with_rules'][key]):>10} {_pct(gru['without_rules'][key]):>10}"
        if baseline:
            row += f" {_pct(baseline['with_rules'][key]):>13} {_pct(baseline['without_rules'][key]):>12}"
        lines.append(row)
    gru_p50, gru_p99 = gru["latency"]["p50_ms"], gru["latency"]["p99_ms"]
    latency = f"{'classification latency p50 / p99 ms':34} {gru_p50:>10.3f} {gru_p99:>10.3f}"
    if baseline:
        latency += f" {baseline['latency']['p50_ms']:>13.3f} {baseline['latency']['p99_ms']:>12.3f}"
    lines += [latency, "", "Per category (GRU + rules):"]
    for name, item in gru["with_rules"]["per_category"].items():
        lines.append(f"  {name:28} {item['count']:5}  {_pct(item['accuracy'])}%")
    if gru["with_rules"]["per_steps"]:
        lines += ["", "Per number of steps (GRU + rules; the final answer right):"]
        for count, item in gru["with_rules"]["per_steps"].items():
            lines.append(f"  {count + '-step chains':28} {item['count']:5}  {_pct(item['accuracy'])}%")
    lines += ["", "Confusion matrix (GRU + rules; rows = expected, columns = predicted):"]
    lines.append("  " + " " * 13 + "".join(f"{label:>13}" for label in TASK_LABELS))
    for expected, row in gru["with_rules"]["confusion"].items():
        lines.append(f"  {expected:13}" + "".join(f"{row[label]:>13}" for label in TASK_LABELS))
    errors = gru["with_rules"]["errors"]
    lines += ["", f"Errors (GRU + rules): {len(errors)}"]
    lines += [
        f"  {e['id']}: {e['prompt']!r} expected {e['expected']} got {e['got']} ({e['confidence']})" for e in errors[:40]
    ]
    return "\n".join(lines)


def run(examples_path: Path = HELDOUT_PATH, with_baseline: bool = True) -> dict[str, Any]:
    settings = get_settings()
    train_config = TrainConfig()
    loaded = load_classifier(settings.model_weights_path, None, train_config)
    examples = load_examples(examples_path)
    report: dict[str, Any] = {
        "path": str(examples_path.relative_to(BACKEND_DIR))
        if examples_path.is_relative_to(BACKEND_DIR)
        else str(examples_path),
        "examples": len(examples),
        "model": {
            "source": loaded.source,
            "fingerprint": loaded.fingerprint,
            "temperature": loaded.classifier.temperature,
        },
        "gru": evaluate_classifier(loaded.classifier.predict, loaded.classifier.calibration, examples),
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
    args = parser.parse_args(argv)
    report = run(args.examples.resolve(), with_baseline=not args.no_baseline)
    print(render(report))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    page = html_path(args.output)
    page.write_text(render_html(report, TASK_LABELS), encoding="utf-8")
    print(f"\nWrote {args.output} and {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
