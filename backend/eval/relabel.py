"""Relabelling of the existing eval sets for the subtraction skill (issue 14) and chains (issue 16), shared by
the builders.

Until 2026-12-06 a pure subtraction of whole numbers (``what is 12 minus 5``) was refused: task
``unsupported``, category ``cousin-arithmetic``. Under docs/TASKS.md's ``subtraction`` section it is in
scope. ``build_sets.py`` (dev, dev2) and ``build_heldout.py`` (heldout) still generate the old labels
byte for byte and then call :func:`apply`, so a rewrite keeps the new labels and ``--check`` compares
the relabelled bytes.

Every entry names the prompt it expects (a builder that drifts fails loudly instead of relabelling the
wrong line) and the operands as written in the prompt; the answer is computed here from their values.
The list was made by reading every prompt the builders had labelled ``unsupported`` or
``missing-operand`` that holds a minus sign, a dash, or a word such as minus, subtract, take away,
decrease, less, difference, and deciding each one against the new contract. Kept ``unsupported`` among
them: mixed ``+``/``-`` expressions, comparisons (``is -8 less than -3?``), properties of a negative
number (``is -19 negative?``), and ``difference`` / ``remove`` / ``away`` in another sense.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

NEW_TASK = "subtraction"

_WORDS = {"zero": 0, "two": 2, "five": 5, "twelve": 12}


@dataclass(frozen=True)
class Relabel:
    id: str
    prompt: str  # the exact prompt the builder writes under this id
    operands: tuple[str, ...]  # as written in the prompt, left to right (digits, or a number word)
    difference: bool = False  # "the difference between a and b" is |a - b|
    old_task: str = "unsupported"
    old_category: str = "cousin-arithmetic"
    new_task: str = NEW_TASK
    chain_answer: str | None = None  # a chain's final answer (issue 16), worked out in the comment beside it

    def values(self) -> list[int]:
        return [_WORDS[o.lower()] if o.lower() in _WORDS else int(o) for o in self.operands]

    def answer(self) -> str:
        if self.chain_answer is not None:
            return self.chain_answer
        vals = self.values()
        if self.difference:
            assert len(vals) == 2
            return str(abs(vals[0] - vals[1]))
        out = vals[0]
        for v in vals[1:]:
            out -= v
        return str(out)


def _chain(answer: str) -> dict[str, str]:
    """A relabel to a chain with this final answer."""
    return {"new_task": "chain", "chain_answer": answer}


RELABELS: dict[str, list[Relabel]] = {
    "dev": [
        Relabel("d0022", "what is 12 minus 5", ("12", "5")),
        Relabel("d0127", "5 - 3", ("5", "3")),
        Relabel("d0240", "5 minus 3", ("5", "3")),
        # invariance group g0533: all four members move together
        Relabel("d0236", "what is 98 minsu 2?", ("98", "2")),
        Relabel("d0247", "what is 98 minus 2?", ("98", "2")),
        Relabel("d0262", "WHAT IS 98 MINUS 2?", ("98", "2")),
        Relabel("d0265", "what is 98 minus 2, show your reasoning?", ("98", "2")),
        # issue 16: the parity of an expression is a chain (docs/TASKS.md); 3 + 4 = 7
        Relabel("d0042", "is 3 + 4 even?", ("3", "4"), old_category="cousin-number-question", **_chain("odd")),
    ],
    "dev2": [
        Relabel("h0198", "2 -   -6", ("2", "-6")),
        Relabel("h0266", "what is 5 minus 5?", ("5", "5")),
        Relabel("h0432", "what is 19   less than 9", ("9", "19")),  # b less than a = a - b
        Relabel("h0512", "twelve minus five", ("twelve", "five")),
        # issue 16: + and - mixed, left to right, is a chain; 12 + 520 - 6 = 526
        Relabel("h0285", "12 plus 520 minus 6", ("12", "520", "6"), **_chain("526")),
        # 756 + 874 = 1630
        Relabel(
            "h0631",
            "test: is 756 plus   874 odd?",
            ("756", "874"),
            old_category="cousin-number-question",
            **_chain("even"),
        ),
    ],
    "heldout": [
        Relabel("t0035", "what's the difference between 100 and 37?", ("100", "37"), difference=True),
        Relabel("t0053", "Good evening! what's 93 minus 28", ("93", "28")),
        Relabel("t0116", "what is 9 less than 40?", ("40", "9")),  # b less than a = a - b
        Relabel("t0165", "61 - 19, please", ("61", "19")),
        Relabel("t0329", "decrease 80 by 15", ("80", "15")),
    ],
}


def _check_entry(r: Relabel) -> None:
    low = r.prompt.lower()
    for o in r.operands:
        if o.lower() not in low:
            raise ValueError(f"relabel {r.id}: operand {o!r} not in {r.prompt!r}")


def apply(rows: list[dict], set_name: str) -> list[dict]:
    """Relabel ``rows`` (dicts with id/prompt/task/answer/category) in place and return them."""
    by_id = {row["id"]: row for row in rows}
    for r in RELABELS[set_name]:
        _check_entry(r)
        row = by_id.get(r.id)
        if row is None:
            raise ValueError(f"relabel: {set_name} has no id {r.id}")
        if row["prompt"] != r.prompt or row["task"] != r.old_task or row["category"] != r.old_category:
            raise ValueError(f"relabel: {set_name} {r.id} is {row['prompt']!r} ({row['task']}), expected {r.prompt!r}")
        row["task"] = r.new_task
        row["answer"] = r.answer()
        row["category"] = r.new_task
    return rows


def check(rows: list[dict], set_name: str) -> list[str]:
    """Problems with ``rows`` as read back from a file: every listed id carries its new label."""
    by_id = {row["id"]: row for row in rows}
    errs = []
    for r in RELABELS[set_name]:
        row = by_id.get(r.id)
        want = (r.prompt, r.new_task, r.answer(), r.new_task)
        if row is None or (row["prompt"], row["task"], row["answer"], row["category"]) != want:
            errs.append(f"{set_name} {r.id}: expected {want}, got {row}")
    relabelled = {r.new_task for r in RELABELS[set_name]} | {NEW_TASK}
    for row in rows:
        if row["task"] in relabelled and row["id"] not in {r.id for r in RELABELS[set_name]}:
            errs.append(f"{set_name} {row['id']}: task {row['task']} but not in the relabel list")
    return errs


def moved(set_name: str) -> Counter[str]:
    """Category count changes the relabelling makes (for the builders' count checks)."""
    delta: Counter[str] = Counter()
    for r in RELABELS[set_name]:
        delta[r.old_category] -= 1
        delta[r.new_task] += 1
    return delta
