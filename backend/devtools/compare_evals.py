"""Compare two directories of evaluation reports: `python -m devtools.compare_evals BEFORE AFTER [--counts-only]`.

For every set in both (DIR/<set>.json, as devtools.evaluate_all writes them): the combined row's in-scope accuracy,
refusals and unseen-phrasing slice before and after, the wrong answers (an answer given, and wrong: worse than a
refusal) and the errors, then the prompts that changed, fixed or newly wrong. A held-out set's prompts are never
printed (eval/README.md, "The rule"): only its counts; `--counts-only` does the same for every set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def is_heldout(report: dict[str, Any]) -> bool:
    return Path(str(report.get("path", ""))).name.startswith("heldout")


def wrong_answers(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The errors that gave an answer: a task other than a refusal, with an answer (not a question back)."""
    return [error for error in errors if error["got"][0] != "unsupported" and error["got"][1] is not None]


def summary(report: dict[str, Any]) -> dict[str, float | int | None]:
    combined = report["gru"]["combined"]
    unseen = combined.get("per_slice", {}).get("unseen-phrasing", {}).get("accuracy")
    return {
        "in_scope": combined["in_scope_accuracy"],
        "refused": combined["out_of_scope_refused"],
        "unseen": unseen,
        "errors": len(combined["errors"]),
        "wrong": len(wrong_answers(combined["errors"])),
    }


def _percent(value: float | int | None) -> str:
    return "  -  " if value is None else f"{100 * value:5.1f}"


def compare(before: dict[str, Any], after: dict[str, Any], counts_only: bool = False) -> list[str]:
    """The lines comparing one set's two reports."""
    old, new = summary(before), summary(after)
    name = Path(str(after.get("path", "?"))).stem
    lines = [
        f"{name:22} in scope {_percent(old['in_scope'])} -> {_percent(new['in_scope'])}  "
        f"refused {_percent(old['refused'])} -> {_percent(new['refused'])}  "
        f"unseen {_percent(old['unseen'])} -> {_percent(new['unseen'])}  "
        f"errors {old['errors']} -> {new['errors']}  wrong answers {old['wrong']} -> {new['wrong']}"
    ]
    if counts_only or is_heldout(after) or is_heldout(before):
        return lines
    was = {error["prompt"]: error for error in before["gru"]["combined"]["errors"]}
    now = {error["prompt"]: error for error in after["gru"]["combined"]["errors"]}
    for prompt, error in now.items():
        if prompt not in was:
            lines.append(f"    new error  {prompt!r}: expected {error['expected']}, got {error['got']}")
        elif error["got"] != was[prompt]["got"]:
            lines.append(
                f"    changed    {prompt!r}: expected {error['expected']}, {was[prompt]['got']} -> {error['got']}"
            )
    for prompt, error in was.items():
        if prompt not in now:
            lines.append(f"    fixed      {prompt!r}: was {error['got']}, now {error['expected']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--counts-only", action="store_true", help="print no prompt, only the counts")
    args = parser.parse_args(argv)
    names = sorted(
        {path.name for path in args.before.glob("*.json")} & {path.name for path in args.after.glob("*.json")}
    )
    if not names:
        print(f"no set was evaluated in both {args.before} and {args.after}")
        return 1
    totals = {"before": [0, 0], "after": [0, 0]}
    for name in names:
        before = json.loads((args.before / name).read_text(encoding="utf-8"))
        after = json.loads((args.after / name).read_text(encoding="utf-8"))
        print("\n".join(compare(before, after, args.counts_only)))
        for side, report in (("before", before), ("after", after)):
            counts = summary(report)
            totals[side][0] += int(counts["errors"] or 0)
            totals[side][1] += int(counts["wrong"] or 0)
    print(
        f"all {len(names)} sets: errors {totals['before'][0]} -> {totals['after'][0]}, "
        f"wrong answers {totals['before'][1]} -> {totals['after'][1]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
