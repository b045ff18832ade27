"""Rewrite the frozen training-data digests of tests/data/test_composer.py after a deliberate change to the data:
`python -m devtools.redigest` (from backend/).

Almost any change to a skill's rules changes the data (an "unsupported" draw a skill answers is drawn again), and
those digests then fail. This recomputes every table the tests freeze, with the tests' own helpers, replaces each
stale digest in place and prints what changed, so the diff shows exactly which tables moved. Review it like any
other data change: a table that should not have moved is a bug.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from app.config import BACKEND_DIR
from app.data import composer
from app.ml.config import TrainConfig
from app.ml.feed import epoch_seeds

TESTS = BACKEND_DIR / "tests" / "data" / "test_composer.py"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("frozen_digests", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up there)
    spec.loader.exec_module(module)
    return module


def fresh_digests(tests: Any) -> list[tuple[str, str]]:
    """(frozen, recomputed) for every digest the tests freeze, in the tests' own terms."""
    pairs: list[tuple[str, str]] = []

    def add(frozen: tuple[Any, ...], fresh: tuple[Any, ...]) -> None:
        # (digest of train, of validation, their sizes): a size is only checked, a number is not rewritten blindly
        pairs.extend((old, new) for old, new in zip(frozen, fresh, strict=True) if isinstance(old, str))
        sizes = [(old, new) for old, new in zip(frozen, fresh, strict=True) if not isinstance(old, str) and old != new]
        if sizes:
            raise SystemExit(f"a split's size changed ({sizes}): update it by hand in the test, then run this again")

    add(tests._APP_SPLITS, tests._splits(composer.build_dataset(TrainConfig().seed, 2000, 300)))
    for epoch, frozen in tests._APP_EPOCHS.items():
        seed, refused_seed = epoch_seeds(TrainConfig(), epoch)
        pairs.append((frozen, tests._digest(composer.generate(seed, 2000, refused_seed=refused_seed))))
    for (seed, train, validation), frozen in tests._REGISTRY_SPLITS.items():
        add(frozen, tests._splits(composer.build_dataset(seed, train, validation)))
    three = {name: composer.SKILL_TRAINING[name] for name in tests._THREE_SKILLS}
    for (seed, train, validation), frozen in tests._THREE_SKILL_SPLITS.items():
        add(frozen, tests._splits(composer.build_dataset(seed, train, validation, three)))
    pairs.append((tests._THREE_SKILL_EPOCH_9, tests._digest(composer.generate(1234 + 100 * 9, 2000, three))))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=TESTS, help="the test module holding the digests")
    args = parser.parse_args(argv)
    text = args.path.read_text(encoding="utf-8")
    changed = [(old, new) for old, new in fresh_digests(_load(args.path)) if old != new]
    for old, new in changed:
        assert text.count(old) == 1, f"{old} is frozen in more than one place"
        text = text.replace(old, new)
        print(f"{old[:12]} -> {new[:12]}")
    args.path.write_text(text, encoding="utf-8")
    print(f"{len(changed)} digests rewritten in {args.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
