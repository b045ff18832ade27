"""`make eval`'s HTML report: the held-out charts on one self-contained page (issue 18)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from app.ml.loader import LoadedModel
from app.skills import TASK_LABELS
from devtools.eval_html import render_html
from devtools.evaluate import evaluate_classifier, html_path, load_examples, rules_only, summarise


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.references: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.references += [value or "" for name, value in attrs if name in {"src", "href"}]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.fixture(scope="module")
def report(trained: LoadedModel) -> dict[str, Any]:
    examples = load_examples(Path(__file__).resolve().parents[2] / "eval" / "dev.jsonl")
    classifier = trained.classifier
    gru = evaluate_classifier(classifier.predict, classifier.calibration, examples, classifier.operand_spans)
    return {
        "path": "eval/dev.jsonl",
        "examples": len(examples),
        "model": {"fingerprint": "f"},
        "rules_only": summarise([rules_only(example) for example in examples]),
        "gru": gru,
    }


def test_the_page_has_the_three_charts_and_needs_nothing_from_elsewhere(report: dict[str, Any]) -> None:
    page = render_html(report, TASK_LABELS)
    parsed = _Collector()
    parsed.feed(page)
    assert parsed.tags.count("svg") == 2  # per-category bars and the reliability diagram
    assert "table" in parsed.tags  # the confusion matrix (and the summary)
    assert "script" not in parsed.tags and "link" not in parsed.tags and "img" not in parsed.tags
    assert parsed.references == []  # no external asset
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in page
    text = " ".join(parsed.text)
    for category in report["gru"]["combined"]["per_category"]:
        assert category in text
    for label in TASK_LABELS:
        assert label in text
    for row in ("rules only", "model only", "combined"):  # the ablation's rows, each a column
        assert row in text
    bins = report["gru"]["combined"]["reliability"]
    assert len(bins) == 10 and sum(b["count"] for b in bins) == report["examples"]


def test_every_count_of_the_confusion_matrix_is_written(report: dict[str, Any]) -> None:
    page = render_html(report, TASK_LABELS)
    confusion = report["gru"]["combined"]["confusion"]
    for row in confusion.values():
        for count in row.values():
            assert f">{count}</td>" in page


def test_prompts_are_escaped() -> None:
    tiny = {
        "path": "x",
        "examples": 1,
        "rules_only": {},
        "gru": {
            "combined": {
                "per_category": {"<b>cat</b>": {"count": 1, "accuracy": 0.0}},
                "confusion": {label: dict.fromkeys(TASK_LABELS, 0) for label in TASK_LABELS},
                "reliability": [],
                "errors": [
                    {
                        "id": "1",
                        "prompt": "<script>x</script>",
                        "expected": ["a", None],
                        "got": ["b", None],
                        "confidence": 0.5,
                    }
                ],
            }
        },
    }
    page = render_html(tiny, TASK_LABELS)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;cat" in page


def test_the_page_lies_beside_the_json() -> None:
    assert html_path(Path("reports/eval.json")) == Path("reports/eval.html")
