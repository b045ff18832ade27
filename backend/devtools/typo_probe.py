"""Robustness probe for development: one-letter slips in the instruction's words must not change answers.

    cd backend && .venv/bin/python -m devtools.typo_probe [how many failures to print]

For every prompt of dev.jsonl and dev2.jsonl that the app answers right, it makes up to two variants, each
with one random slip (a letter swapped, dropped, added or replaced) in a word of four or more letters that
is not an operand, and counts the variants whose task or answer changes; each failure is blamed on the
parser (the expected skill no longer parses it right) or on the classifier. Seeded, so runs compare.
Development sets only: never point it at heldout.jsonl. Some prompts already hold a typo, so a variant
can carry two slips.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

from app.config import BACKEND_DIR, get_settings
from app.services.classifier_setup import load_classifier
from app.services.reasoning_service import decide
from app.skills import SKILLS
from app.skills.base import Missing, Parsed
from app.skills.numbers import NUMBER_WORDS
from devtools.evaluate import load_examples

DEV_SETS = (BACKEND_DIR / "eval" / "dev.jsonl", BACKEND_DIR / "eval" / "dev2.jsonl")
OPERAND_WORDS = NUMBER_WORDS.words | {"negative", "minus"}
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def slip(word: str, rng: random.Random) -> str:
    index, kind = rng.randrange(len(word)), rng.choice("sdit")
    if kind == "s":
        return word[:index] + rng.choice(LETTERS) + word[index + 1 :]
    if kind == "d":
        return word[:index] + word[index + 1 :]
    if kind == "i":
        return word[:index] + rng.choice(LETTERS) + word[index:]
    index = min(index, len(word) - 2)
    return word[:index] + word[index + 1] + word[index] + word[index + 2 :]


def parser_is_right(prompt: str, task: str, expected: str | None) -> bool:
    if task == "unsupported":
        return all(type(skill.parse(prompt)).__name__ == "Rejected" for skill in SKILLS.values())
    result = SKILLS[task].parse(prompt)
    if expected is None:
        return isinstance(result, Missing)
    return isinstance(result, Parsed) and SKILLS[task].solve(result.operands) == expected


def main(argv: list[str]) -> int:
    shown = int(argv[0]) if argv else 20
    classifier = load_classifier(get_settings().model_weights_path).classifier
    rng = random.Random(7)
    tried, failures, blame = 0, [], Counter[str]()
    for path in DEV_SETS:
        for example in load_examples(Path(path)):
            reply = decide(example.prompt, classifier.predict(example.prompt), classifier.calibration)
            if (reply.task, reply.answer) != (example.task, example.answer):
                continue  # probe only what the app gets right
            operand_words = (
                set(re.findall(r"\w+", example.answer[::-1]))
                if example.task == "reversal" and example.answer
                else set()
            )
            words = [
                match
                for match in re.finditer(r"[A-Za-z]{4,}", example.prompt)
                if match.group().lower() not in OPERAND_WORDS and match.group() not in operand_words
            ]
            for match in rng.sample(words, min(2, len(words))):
                slipped = slip(match.group(), rng)
                if slipped == match.group():
                    continue  # a letter replaced by itself, or two equal letters swapped: no slip at all
                variant = example.prompt[: match.start()] + slipped + example.prompt[match.end() :]
                tried += 1
                got = decide(variant, classifier.predict(variant), classifier.calibration)
                if (got.task, got.answer) != (reply.task, reply.answer):
                    who = "classifier" if parser_is_right(variant, example.task, example.answer) else "parser"
                    blame[who] += 1
                    failures.append(
                        f"  [{who}] {variant!r}: {got.task} {got.answer!r} (expected {example.task} {example.answer!r})"
                    )
    print(f"{len(failures)} of {tried} one-slip variants change the answer ({dict(blame)})")
    print("\n".join(failures[:shown]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
