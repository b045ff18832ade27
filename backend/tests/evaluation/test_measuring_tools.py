"""The tools that measure a change (docs/measuring.md): the evaluation at fixed weights, the choice of sets, and the
comparison of two runs, which never prints a held-out set's prompts."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.ml.artifact import ArtifactError
from app.ml.export import export_path, recorded_fingerprint
from app.ml.loader import LoadedModel
from devtools import compare_evals, evaluate, evaluate_all, redigest

PROMPTS = ["what is 2 plus 35?", "is 7 odd?", "reverse the word hello", "tell me a joke"]


def _copy_with_fingerprint(source: Path, target: Path, fingerprint: str) -> None:
    """The artifact at ``source`` copied to ``target``, its export rewritten as if made under ``fingerprint``."""
    shutil.copyfile(source, target)
    with np.load(export_path(source), allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    header = json.loads(arrays["header"].tobytes())
    header["fingerprint"] = fingerprint
    arrays["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    export_path(target).write_bytes(buffer.getvalue())


def test_fixed_weights_load_an_older_recipe_as_it_is(trained: LoadedModel, weights_path: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.pt"
    _copy_with_fingerprint(weights_path, older, "0123456789abcdef")
    assert recorded_fingerprint(weights_path) == trained.fingerprint
    assert recorded_fingerprint(older) == "0123456789abcdef"
    loaded = evaluate.load_fixed_weights(older)
    assert loaded.fingerprint == "0123456789abcdef"
    for prompt in PROMPTS:  # the same weights: the same reading
        assert loaded.classifier.predict(prompt).probabilities == trained.classifier.predict(prompt).probabilities

    examples = tmp_path / "few.jsonl"
    rows = [
        {"id": "a", "prompt": "what is 2 plus 35?", "task": "addition", "answer": "37", "category": "addition"},
        {"id": "b", "prompt": "tell me a joke", "task": "unsupported", "answer": None, "category": "chit-chat"},
    ]
    examples.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    report = evaluate.run(examples, with_baseline=False, weights=older, fixed_weights=True)
    assert report["model"]["fingerprint"] == "0123456789abcdef"
    assert report["model"]["recipe_matches"] is False
    assert report["gru"]["combined"]["accuracy"] == 1.0


def test_a_missing_export_has_no_recorded_fingerprint(tmp_path: Path) -> None:
    with pytest.raises(ArtifactError):
        recorded_fingerprint(tmp_path / "nothing.pt")


def test_the_set_names(tmp_path: Path) -> None:
    for name in ("dev", "dev_chains", "heldout", "heldout_chains"):
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
    assert evaluate_all.set_names(["dev"], tmp_path) == ["dev", "dev_chains"]
    assert evaluate_all.set_names(["heldout_chains.jsonl", "heldout"], tmp_path) == ["heldout_chains", "heldout"]
    assert evaluate_all.set_names(["all"], tmp_path) == ["dev", "dev_chains", "heldout", "heldout_chains"]
    with pytest.raises(SystemExit):
        evaluate_all.set_names(["devv"], tmp_path)


def _report(path: str, errors: list[tuple[str, list[Any], list[Any]]]) -> dict[str, Any]:
    return {
        "path": path,
        "gru": {
            "combined": {
                "in_scope_accuracy": 0.9,
                "out_of_scope_refused": 1.0,
                "per_slice": {},
                "errors": [{"prompt": p, "expected": expected, "got": got} for p, expected, got in errors],
            }
        },
    }


def test_the_comparison_names_what_changed_and_counts_wrong_answers() -> None:
    before = _report(
        "eval/dev_x.jsonl",
        [
            ("add 2 and 3 pls", ["addition", "5"], ["subtraction", "-1"]),
            ("hi", ["unsupported", None], ["addition", "4"]),
        ],
    )
    after = _report(
        "eval/dev_x.jsonl",
        [("hi", ["unsupported", None], ["unsupported", None]), ("new one", ["parity", "odd"], ["unsupported", None])],
    )
    assert compare_evals.summary(before)["wrong"] == 2 and compare_evals.summary(after)["wrong"] == 0
    lines = compare_evals.compare(before, after)
    assert "errors 2 -> 2  wrong answers 2 -> 0" in lines[0]
    assert any(line.strip().startswith("fixed") and "'add 2 and 3 pls'" in line for line in lines)
    assert any(line.strip().startswith("new error") and "'new one'" in line for line in lines)
    assert any(line.strip().startswith("changed") and "'hi'" in line for line in lines)


def test_a_held_out_sets_prompts_are_never_printed() -> None:
    secret = "a held-out prompt nobody may read"
    before = _report("eval/heldout_x.jsonl", [(secret, ["addition", "5"], ["unsupported", None])])
    after = _report("eval/heldout_x.jsonl", [])
    lines = compare_evals.compare(before, after)
    assert len(lines) == 1 and secret not in lines[0] and "errors 1 -> 0" in lines[0]
    dev = _report("eval/dev_x.jsonl", [(secret, ["addition", "5"], ["unsupported", None])])
    assert len(compare_evals.compare(dev, _report("eval/dev_x.jsonl", []), counts_only=True)) == 1


def test_redigest_puts_back_the_digests_the_data_gives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two frozen digests made stale (as a data change makes them) are recomputed and rewritten; the rest of the
    file is left as it was."""
    original = redigest.TESTS.read_text(encoding="utf-8")
    frozen = redigest._load(redigest.TESTS)
    stale = original.replace(frozen._APP_SPLITS[0], "0" * 64).replace(frozen._THREE_SKILL_EPOCH_9, "1" * 64)
    copy = tmp_path / "test_composer.py"
    copy.write_text(stale, encoding="utf-8")
    assert redigest.main(["--path", str(copy)]) == 0
    assert copy.read_text(encoding="utf-8") == original
    assert "2 digests rewritten" in capsys.readouterr().out
