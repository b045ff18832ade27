"""Evaluate many sets at once: `python -m devtools.evaluate_all --out DIR [--sets dev|heldout|all|NAME ...]`.

Each set is one `devtools.evaluate` run in its own process (two at a time by default: the machine has two cores),
written to DIR/<set>.json; `devtools.compare_evals` then compares two such directories. With `--weights` and
`--fixed-weights` every set is scored with the same fixed weights, which is how a change to the rules is measured
apart from the retrain it forces (docs/measuring.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from app.config import BACKEND_DIR

EVAL_DIR = BACKEND_DIR / "eval"


def set_names(selection: list[str], eval_dir: Path = EVAL_DIR) -> list[str]:
    """The eval sets a selection names: "dev" (every development set), "heldout" (every held-out set), "all",
    or the names of sets (with or without .jsonl)."""
    every = sorted(path.stem for path in eval_dir.glob("*.jsonl"))
    names: list[str] = []
    for item in selection:
        if item == "all":
            chosen = every
        elif item in ("dev", "heldout"):
            chosen = [name for name in every if name.startswith(item)]
        else:
            name = item.removesuffix(".jsonl")
            if name not in every:
                raise SystemExit(f"no eval set {item!r} in {eval_dir} (sets: {', '.join(every)})")
            chosen = [name]
        names += [name for name in chosen if name not in names]
    return names


def command(name: str, out: Path, weights: Path | None, fixed_weights: bool, baseline: bool) -> list[str]:
    args = [sys.executable, "-m", "devtools.evaluate", "--examples", str(EVAL_DIR / f"{name}.jsonl")]
    args += ["--output", str(out / f"{name}.json")]
    if not baseline:
        args.append("--no-baseline")
    if weights is not None:
        args += ["--weights", str(weights)]
    if fixed_weights:
        args.append("--fixed-weights")
    return args


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True, help="the directory for the sets' reports")
    parser.add_argument("--sets", nargs="+", default=["dev"], help="dev, heldout, all, or set names")
    parser.add_argument("--weights", type=Path, help="the artifact to evaluate (default: MODEL_WEIGHTS_PATH)")
    parser.add_argument("--fixed-weights", action="store_true", help="load it as it is (see devtools.evaluate)")
    parser.add_argument("--baseline", action="store_true", help="also train and score the TF-IDF baseline")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    names = set_names(args.sets)
    args.out.mkdir(parents=True, exist_ok=True)
    weights = args.weights.resolve() if args.weights else None

    def evaluate(name: str) -> tuple[str, int]:
        log = (args.out / f"{name}.log").open("w", encoding="utf-8")
        with log:
            done = subprocess.run(
                command(name, args.out.resolve(), weights, args.fixed_weights, args.baseline),
                cwd=BACKEND_DIR,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=False,
            )
        return name, done.returncode

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        failed = [name for name, code in pool.map(evaluate, names) if code != 0]
    print(f"{len(names) - len(failed)} of {len(names)} sets evaluated into {args.out}")
    for name in failed:
        print(f"  {name} failed: see {args.out / (name + '.log')}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
