"""Every evaluation set is what its seeded builder writes, and the builder's own checks hold: ids, fields, answers,
no duplicate prompt, and no prompt equal to an example of docs/TASKS.md or of the issues. An example added to the
contract that equals a prompt of a set fails here, not at the next rebuild. Output is not shown: the held-out
sets' builders run too, and their prompts are not to be read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"
BUILDERS = sorted(EVAL_DIR.glob("build_*.py"))


def test_every_set_has_a_builder() -> None:
    # eval/X.jsonl is written by eval/build_X.py; build_sets.py writes the first pair, dev.jsonl and dev2.jsonl
    sets = {path.stem for path in EVAL_DIR.glob("*.jsonl")}
    built = {path.stem.removeprefix("build_") for path in BUILDERS} | {"dev", "dev2"}
    assert len(sets) >= 20 and not sets - built, f"sets without a builder: {sorted(sets - built)}"


@pytest.mark.parametrize("builder", BUILDERS, ids=lambda path: path.stem)
def test_the_builder_check_passes(builder: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(builder), "--check"], cwd=EVAL_DIR.parent, capture_output=True, check=False, timeout=120
    )
    # Only the last line of the error: the check's own message names the failed rule (and at most one prompt).
    last_line = result.stderr.decode(errors="replace").strip().splitlines()[-1:] if result.returncode else []
    assert result.returncode == 0, f"{builder.name} --check failed: {last_line}"
