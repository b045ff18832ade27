"""The deterministic synthetic dataset the classifier is trained on, composed from every skill's training module.

Each skill's training module (app/skills/<name>/training.py) writes its prompts, the way people type them, and
its near misses: its own sentence shapes with one thing changed (another operator or word operation in place
of the keyword, another operand, a second request). The composer labels the prompts with the skill's name and
the near misses "unsupported", and mixes the near misses with the other unsupported prompts (unsupported.py:
chit-chat, general questions, code requests, "even" and "odd" in other senses, gibberish, ...) by the shares
the data files declare. Everything is drawn from seeded ``random.Random`` streams (the unsupported prompts from a
stream of their own, so that epochs can share them: app/ml/feed.py), so the same seeds give the same data.
The evaluation sets (backend/eval/) were written separately and are never read here.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from app.data import chains, unsupported
from app.data.common import Generated, Rng, Slots, Span
from app.skills.base import Rejected, Skill
from app.skills.registry import CHAIN, REGISTERED, SKILL_PACKAGES, UNSUPPORTED


@runtime_checkable
class SkillTraining(Protocol):
    """What the composer needs of a skill: a skill's training module (training.py) is one."""

    @property
    def near_miss_share(self) -> float:
        """The near misses' share of the unsupported prompts."""
        ...

    @property
    def near_miss_after(self) -> str:
        """The kind of unsupported prompt (unsupported.toml, [mix]) the near misses are drawn right after."""
        ...

    @property
    def sources(self) -> tuple[Path, ...]:
        """The files that decide what the module generates (its code and data), for the recipe fingerprint."""
        ...

    def prompt(self, rng: Rng) -> Generated:
        """A prompt for this skill, with the spans of the operands it inserted."""
        ...

    def near_miss(self, rng: Rng, slots: Slots) -> str:
        """A prompt close to this skill's that is not one of its tasks (labelled unsupported)."""
        ...


def _training_module(package: str) -> SkillTraining:
    """app/skills/<package>/training.py, checked to be a SkillTraining."""
    try:
        module = importlib.import_module(f"app.skills.{package}.training")
    except ModuleNotFoundError as error:
        raise ImportError(f"the skill {package!r} has no training module (app/skills/{package}/training.py)") from error
    if not isinstance(module, SkillTraining):
        raise TypeError(f"app/skills/{package}/training.py lacks what SkillTraining requires")
    return module


# Every registered skill's training module, by label, in the registry's order.
SKILL_TRAINING: Mapping[str, SkillTraining] = {
    skill.name: _training_module(package) for package, skill in zip(SKILL_PACKAGES, REGISTERED, strict=True)
}

# Every label's generator but unsupported's: the skills' training modules, then the chains (app/data/chains.py),
# which compose the skills' chain phrasings and get as many prompts as a skill.
LABEL_TRAINING: Mapping[str, SkillTraining] = {**SKILL_TRAINING, CHAIN: chains}

# "unsupported" is the widest class, so it gets more examples than each skill.
LABEL_WEIGHT: dict[str, float] = {UNSUPPORTED: 2.2}


@dataclass(frozen=True)
class Sample:
    prompt: str
    task: str
    spans: tuple[Span, ...] = ()  # (start, end, role) of each operand the generator inserted


@dataclass(frozen=True)
class Dataset:
    train: list[Sample]
    validation: list[Sample]


Mixture = list[tuple[float, Callable[[Rng, Slots], str]]]


def mixture(skills: Mapping[str, SkillTraining]) -> Mixture:
    """The unsupported prompts' generators, each with the upper bound of its slice of [0, 1): the kinds of
    unsupported.toml's [mix] in order, each skill's near misses right after the kind it names."""
    entries: list[tuple[str, float, Callable[[Rng, Slots], str]]] = [
        (kind, share, unsupported.KINDS[kind]) for kind, share in unsupported.MIX.items()
    ]
    for name, training in skills.items():
        after = [index for index, (kind, _, _) in enumerate(entries) if kind == training.near_miss_after]
        if not after:
            raise ValueError(
                f"{name}: near_miss_after names no kind of unsupported prompt ({training.near_miss_after!r})"
            )
        index = after[0] + 1
        while index < len(entries) and entries[index][0] in skills:  # after the skills already placed there
            index += 1
        entries.insert(index, (name, training.near_miss_share, training.near_miss))
    total = sum(share for _, share, _ in entries)
    bounds: Mixture = []
    cumulative = 0.0
    for _, share, make in entries:
        cumulative += share
        # Rounded, so that shares 0.07 and 0.08 give the bound 0.15 rather than 0.15000000000000002.
        bounds.append((round(cumulative / total, 12), make))
    return bounds


def unsupported_prompt(rng: Rng, bounds: Mixture) -> str:
    slots = unsupported.slots(rng)
    kind = rng.random()
    for bound, make in bounds:
        if kind < bound:
            return make(rng, slots)
    return bounds[-1][1](rng, slots)


def answered_by(names: Iterable[str]) -> Callable[[str], bool]:
    """Whether one of these labels takes a prompt as its task (answers it, or asks for an operand), as served:
    a registered skill, or the chain recogniser over them (whose chain vetoes the skills it is made of)."""
    wanted = set(names)
    parsers: list[Skill[Any]] = [skill for skill in REGISTERED if skill.name in wanted]
    if CHAIN in wanted:
        from app.chains.skill import ChainSkill  # noqa: PLC0415 (only the composer needs it)

        # A skill that takes a prompt the chain recogniser refuses is vetoed at serving time (app/chains/skill.py
        # with_chain), but such a draw is drawn again all the same: the chain recogniser is read only when every
        # skill refuses, which keeps the data quick to draw. It is read without its slip pass (app/chains/
        # spelling.py): with it 4 of the 49,113 unsupported draws of the nine epochs would change.
        parsers.append(ChainSkill({skill.name: skill for skill in parsers}, slips=False))
    memo = _ANSWERED_MEMO.setdefault(frozenset(wanted), {})

    def answered(prompt: str) -> bool:
        known = memo.get(prompt)
        if known is None:
            known = memo[prompt] = any(not isinstance(skill.parse(prompt), Rejected) for skill in parsers)
        return known

    return answered


# Whether a prompt is answered, by label set: reading it costs about 250 µs (every skill, then the chain
# recogniser), and epochs that share their unsupported prompts (refused_seed) draw the same texts again.
_ANSWERED_MEMO: dict[frozenset[str], dict[str, bool]] = {}


def refused_prompt(rng: Rng, bounds: Mixture, answered: Callable[[str], bool]) -> str:
    """An unsupported prompt that no registered skill takes: a near miss written for one skill may be another
    skill's task ("12 minus 5" was refused before subtraction joined the registry), and a prompt labelled both
    ways would teach the model to contradict the parsers. Such a draw is drawn again."""
    while True:
        text = unsupported_prompt(rng, bounds)
        if not answered(text):
            return text


def refused_prompts(seed: str, count: int, bounds: Mixture, answered: Callable[[str], bool]) -> list[str]:
    """``count`` unsupported prompts, each drawn from a stream of its own seeded from ``seed``: a parser change
    that makes a draw be drawn again (refused_prompt) changes that prompt only, not every prompt after it (one
    stream for all shifted every later draw, and a model trained on the shifted draw moved held-out figures more
    than the parser change did)."""
    slots = random.Random(seed)
    return [refused_prompt(random.Random(slots.getrandbits(64)), bounds, answered) for _ in range(count)]


def generate(
    seed: int, per_label: int, skills: Mapping[str, SkillTraining] = LABEL_TRAINING, refused_seed: int | None = None
) -> list[Sample]:
    """per_label prompts of each skill (LABEL_WEIGHT times as many unsupported ones), shuffled. The unsupported
    prompts come from a stream of their own, seeded by refused_seed (by default the seed): calls with another seed
    and the same refused_seed draw new prompts of the skills and the same unsupported ones."""
    rng = random.Random(seed)
    samples: list[Sample] = []
    for label, training in skills.items():
        for _ in range(round(per_label * LABEL_WEIGHT.get(label, 1.0))):
            generated = training.prompt(rng)
            samples.append(Sample(generated.text, label, generated.spans))
    bounds = mixture(skills)
    count = round(per_label * LABEL_WEIGHT.get(UNSUPPORTED, 1.0))
    answered = answered_by(skills)
    refused = refused_prompts(f"refused:{seed if refused_seed is None else refused_seed}", count, bounds, answered)
    samples.extend(Sample(text, UNSUPPORTED) for text in refused)
    rng.shuffle(samples)
    return samples


def build_dataset(
    seed: int,
    train_per_label: int,
    validation_per_label: int,
    skills: Mapping[str, SkillTraining] = LABEL_TRAINING,
    refused_seed: int | None = None,
) -> Dataset:
    """Train and validation splits from different seeds; validation drops prompts also seen in training.
    refused_seed: the train split's unsupported prompts' (generate)."""
    train = generate(seed, train_per_label, skills, refused_seed)
    seen = {sample.prompt for sample in train}
    validation = [s for s in generate(seed + 1, validation_per_label, skills) if s.prompt not in seen]
    return Dataset(train=train, validation=validation)


def data_fingerprint_material(skills: Mapping[str, SkillTraining] = LABEL_TRAINING) -> bytes:
    """The bytes of every file that decides the generated data: this package's code and data files and each
    skill's training sources, each after its path. A model's recipe fingerprint hashes them."""
    app_dir = Path(__file__).resolve().parents[1]
    here = Path(__file__).parent
    files = [*sorted(here.glob("*.py")), *sorted(here.glob("*.toml"))]
    files += [source for training in skills.values() for source in training.sources]
    material = bytearray()
    for path in files:
        resolved = path.resolve()
        name = resolved.relative_to(app_dir) if resolved.is_relative_to(app_dir) else resolved
        material += name.as_posix().encode() + b"\0" + path.read_bytes() + b"\0"
    return bytes(material)
