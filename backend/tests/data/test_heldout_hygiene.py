"""Held-out hygiene: no evaluation prompt (backend/eval/*.jsonl) is in the training stream, after normalisation
(casefolded, whitespace collapsed, trailing punctuation stripped).

The training stream is every prompt the default TrainConfig trains or calibrates on: build_dataset's train and
validation splits (epoch 1) and, with fresh_data, generate() with feed.epoch_seeds for the later epochs
(app/ml/feed.py). Leaks are removed from the phrase lists, never filtered at run time (the
generators do not read the evaluation sets), so these tests stay green only while the data files are clean.

One kind of overlap cannot be removed from a phrase list: a common shape filled with a common draw ("is 7 odd"
is "is {n} odd" with the number 7 drawn; "reverse hello" draws the word; "👍🏽👍🏽" draws emoji). Such a draw
collision is allowed when the training prompt got its operand by a draw (it has an operand span, a number, or no
latin letter at all), no data file holds the prompt as it is, and collisions stay rare; everything else must not
overlap at all.
"""

from __future__ import annotations

import functools
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path

from app.data import composer
from app.data.common import load_data
from app.ml.config import TrainConfig
from app.ml.feed import epoch_seeds

BACKEND = Path(__file__).resolve().parents[2]
EVAL_DIR = BACKEND / "eval"
_TRAILING = string.punctuation + string.whitespace + "¿¡…"
# The data files the generators read: any list entry in them is a fixed training prompt or a piece of one.
DATA_FILES = [
    *sorted((BACKEND / "app" / "data").glob("*.toml")),
    *sorted((BACKEND / "app" / "skills").glob("*/training.toml")),
]


def normalised(prompt: str) -> str:
    """Casefolded, whitespace collapsed, trailing punctuation stripped."""
    return re.sub(r"\s+", " ", prompt.casefold()).strip().rstrip(_TRAILING)


@functools.cache
def training_stream() -> dict[str, bool]:
    """Each normalised prompt of the default training stream, and whether every time it was drawn its operand
    (an operand span, or a number) was a draw."""
    config = TrainConfig()
    dataset = composer.build_dataset(config.seed, config.samples_per_label, config.validation_per_label)
    samples = [*dataset.train, *dataset.validation]
    if config.fresh_data:
        for epoch in range(2, config.epochs + 1):
            seed, refused_seed = epoch_seeds(config, epoch)
            samples += composer.generate(seed, config.samples_per_label, refused_seed=refused_seed)
    stream: dict[str, bool] = {}
    for sample in samples:
        # an operand span, a drawn number, or no latin letter at all (drawn symbols, emoji, other scripts)
        drawn = bool(sample.spans) or any(char.isdigit() for char in sample.prompt)
        drawn = drawn or not any("a" <= char <= "z" for char in sample.prompt.casefold())
        key = normalised(sample.prompt)
        stream[key] = stream.get(key, True) and drawn
    stream.pop("", None)  # "???" and "..." normalise to nothing: there is nothing left to compare
    return stream


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def data_file_prompts() -> set[str]:
    prompts: set[str] = set()
    for path in DATA_FILES:
        prompts.update(normalised(text) for text in _strings(load_data(path)))
    return prompts


def evaluation_sets() -> dict[str, dict[str, str]]:
    """Each evaluation file's prompts, normalised, with their ids."""
    sets: dict[str, dict[str, str]] = {}
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        prompts: dict[str, str] = {}
        with path.open(encoding="utf-8") as file:
            for line in file:
                if line.strip():
                    example = json.loads(line)
                    prompts.setdefault(normalised(example["prompt"]), str(example.get("id")))
        sets[path.name] = prompts
    return sets


def test_the_draw_rule_sees_drawn_operands_and_fixed_text() -> None:
    stream = training_stream()
    assert any(stream.values()) and not all(stream.values())
    assert stream.get("what time is it") is False  # a fixed prompt of unsupported.toml


def test_normalisation_is_the_one_the_rule_names() -> None:
    assert normalised("  What IS 2   plus 3 ?! ") == "what is 2 plus 3"
    assert normalised("Reverse 'abc'") == "reverse 'abc"  # a closing quote is trailing punctuation too
    assert normalised("STRASSE\tok") == normalised("straße ok")


def test_no_evaluation_prompt_is_in_the_training_stream_but_by_a_draw() -> None:
    sets = evaluation_sets()
    assert {"dev.jsonl", "dev2.jsonl", "heldout.jsonl"} <= set(sets) and sum(map(len, sets.values())) > 1500
    stream = training_stream()
    assert len(stream) > 80_000
    in_files = data_file_prompts()
    assert "what is the capital of france" in in_files and len(in_files) > 2000  # the files are read
    leaks, collisions = [], []
    for name, prompts in sets.items():
        found = [(prompt, where) for prompt, where in prompts.items() if prompt in stream]
        drawn = [f"{name}:{where}: {prompt!r}" for prompt, where in found if stream[prompt] and prompt not in in_files]
        leaks += [
            f"{name}:{where}: {prompt!r}" for prompt, where in found if f"{name}:{where}: {prompt!r}" not in drawn
        ]
        collisions += drawn
        # Draws collide now and then with a short evaluation prompt ("is 7 odd"); many would be a copied set.
        assert len(drawn) <= max(3, len(prompts) // 20), f"{name}: too many draw collisions: {drawn}"
    assert not leaks, "evaluation prompts in the training stream:\n" + "\n".join(sorted(leaks))
    print(f"{len(collisions)} draw collisions: {collisions}")
