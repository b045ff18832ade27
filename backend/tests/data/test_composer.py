"""The training-data composer: the same data as before the split (frozen digests), operand spans that point at
the operands, and a mixture driven by the skills' training modules."""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.data import common, composer, unsupported
from app.data.common import Generated, Rng, Slots, finish, operand
from app.skills.numbers import parse_whole_number
from app.skills.text import normalize


def _digest(samples: list[composer.Sample]) -> str:
    digest = hashlib.sha256()
    for sample in samples:
        digest.update(json.dumps([sample.prompt, sample.task], ensure_ascii=False).encode() + b"\n")
    return digest.hexdigest()


# sha256 of the [prompt, task] lines app/data/training_samples.py generated before it was split into the composer
# and the skills' training modules. The app trains on build_dataset(1234, 2000, 300), then (fresh_data) on
# generate(1234 + 100 * epoch, 2000) for epochs 2-9 (TrainConfig's defaults): equal data, equal weights.
# A deliberate change to the data (a phrase list, a share, a new skill) changes these: update them with it.
Splits = tuple[str, str, int, int]
# With the registered skills (subtraction included): training_samples.py at main e8456f9.
_APP_SPLITS: Splits = (
    "701903ec9a06b915fa94917b0ec853fdff58e4f1051fc836eb5da6a35e4d7fa8",
    "926d638771190bd4b257ebc39f2f4daaa3686c28a96788a10fbcd18df8f81074",
    12400,
    1852,
)
_APP_EPOCHS = {
    2: "4aae9b26bcfe84d230d9d05c52b7f1e6d0764c82d1cb2ac73dcbc6e986a2c5cc",
    3: "c8d66ea8ba3bd4e8d1df59618514d17bd1c6f753d5a46a44909686188be7ab5c",
    4: "f0b98dd2f68ab2764acd9ea1d21118be76db77763af4015fefc6bb2927a923a1",
    5: "67a2649c6e6ce70c3554d8671b4a4bfc07f8b138825c43d20cfc814c7f1193c3",
    6: "92378b9bdf7fc90bc3a862deeffc1a3225e4bfc5617879bc570167b533c7a6b8",
    7: "e77732d0eea6de6e38f240c5db84f26158d7439009a9ee57afd36ab2482ba67a",
    8: "62ae6d9eeebfd5751ddd466ea4ee7a13298725d1c4891778d0e712d3a4502674",
    9: "c9c0282f60c00527674c0770b8c0f08db06a0796e6e11f1cc085a91af45397b4",
}
_REGISTRY_SPLITS: dict[tuple[int, int, int], Splits] = {
    (7, 300, 60): (
        "ed84155b244177aa53bbff65340ef8363883e2e90152a0f8a3ff5cedde3ae6b2",
        "7b837b4127838a54c0f7c0c420dd60176e6304d2e4a6810ab03a31d74e6102e8",
        1860,
        371,
    ),
    (1234, 40, 10): (
        "09c566e40b2d2f87afde5a4dc4d39cae0b2bbb75cbc1808bda619b3211843243",
        "472bc9e680f7aed92c58646e7cc053087d1b506c352c0632dae4d0936ef1f73d",
        248,
        62,
    ),
}
# With addition, parity and reversal only: training_samples.py before subtraction (main a2916b1).
_THREE_SKILLS = ("addition", "parity", "reversal")
_THREE_SKILL_SPLITS: dict[tuple[int, int, int], Splits] = {
    (1234, 2000, 300): (
        "c67333b1bc5ee10f35c859a322bf49aa41176f7babd9476e95a1dec2f233548a",
        "9d5c75326cede8d65018406775a573f0bf79cb534c034add0667a1c09cde18c1",
        10400,
        1551,
    ),
    (7, 300, 60): (
        "16a11a38b63454aeed2f1e5a57b548ab8a32f79f87dfd650eabca189fcad4668",
        "93f95ce0dbbe3eb406a0a04e6fc30193448fcac064a52bd20fd5cb7d1db33944",
        1560,
        311,
    ),
    (1234, 40, 10): (
        "e08337b3d9d03f73ed9ac00eba6a71edd861ec8bd2cc4a3f982a4c50d3f09a92",
        "ab3470bab3519711faaa2c4b0ffe4b7a16ca91cfff1d9e6127fe5f67eca32f47",
        208,
        52,
    ),
}
_THREE_SKILL_EPOCH_9 = "67d6e5947ebadd5d43a2025663e912092efcf3009f8cd67ce51c60844a8997fc"


def _splits(dataset: composer.Dataset) -> Splits:
    return _digest(dataset.train), _digest(dataset.validation), len(dataset.train), len(dataset.validation)


def test_the_app_trains_on_the_same_data_as_before_the_split() -> None:
    assert _splits(composer.build_dataset(1234, 2000, 300)) == _APP_SPLITS
    for epoch, expected in _APP_EPOCHS.items():
        assert _digest(composer.generate(1234 + 100 * epoch, 2000)) == expected, f"epoch {epoch}"


@pytest.mark.parametrize(("seed", "train", "validation"), list(_REGISTRY_SPLITS))
def test_other_seeds_and_sizes_give_the_same_data_as_before_the_split(seed: int, train: int, validation: int) -> None:
    assert _splits(composer.build_dataset(seed, train, validation)) == _REGISTRY_SPLITS[seed, train, validation]


@pytest.mark.parametrize(("seed", "train", "validation"), list(_THREE_SKILL_SPLITS))
def test_the_three_original_skills_give_the_data_they_gave_before_the_split(
    seed: int, train: int, validation: int
) -> None:
    skills = {name: composer.SKILL_TRAINING[name] for name in _THREE_SKILLS}
    assert (
        _splits(composer.build_dataset(seed, train, validation, skills)) == _THREE_SKILL_SPLITS[seed, train, validation]
    )
    if (seed, train) == (1234, 2000):
        assert _digest(composer.generate(1234 + 100 * 9, 2000, skills)) == _THREE_SKILL_EPOCH_9


# ---------------------------------------------------------------------------------------------------------
# Operand spans
# ---------------------------------------------------------------------------------------------------------
def _same_text(in_prompt: str, inserted: str) -> bool:
    """Equal but for casing and the spacing noise ("ß" upper-cased is "SS"; a space may be doubled)."""
    return " ".join(in_prompt.casefold().split()) == " ".join(inserted.casefold().split())


def _check_spans(generated: Generated) -> None:
    text, spans = generated.text, generated.spans
    assert len(spans) == len(generated.inserted)
    end_of_last = 0
    for (start, end, role), inserted in zip(spans, generated.inserted, strict=True):
        assert role == "operand"
        assert end_of_last <= start < end <= len(text), (text, spans)  # in order, not overlapping, not empty
        assert _same_text(text[start:end], inserted), (text, spans, generated.inserted)
        end_of_last = end


@pytest.mark.parametrize("skill", list(composer.SKILL_TRAINING))
def test_every_operand_span_covers_the_operand_it_inserted(skill: str) -> None:
    rng = random.Random(2024)
    training = composer.SKILL_TRAINING[skill]
    counts = Counter[int]()
    for _ in range(6000):
        generated = training.prompt(rng)
        _check_spans(generated)
        counts[len(generated.spans)] += 1
    # Most prompts have operands; a few ask for a missing one.
    assert counts[0] < 0.15 * 6000
    assert sum(counts.values()) - counts[0] > 0.85 * 6000


_SCALE_THEN_A_HUNDRED = re.compile(r"(thousand|million|billion)\s+a\s+hundred")


def _span_texts(sample: composer.Sample) -> list[str]:
    return [sample.prompt[start:end] for start, end, _ in sample.spans]


def test_the_spans_mark_numbers_and_words_read_independently_of_the_generator() -> None:
    """In the dataset, the skills' own number reader reads each addition, parity and subtraction span as one number,
    and a reversal span is a word or phrase without its quotes or the spaces around it."""
    samples = composer.generate(99, 1500)
    assert all(not sample.spans for sample in samples if sample.task == "unsupported")
    for sample in samples:
        if sample.task in ("addition", "parity", "subtraction"):
            for text in _span_texts(sample):
                # The generator writes 1,100 as "a thousand a hundred" now and then, which the reader takes for
                # two numbers (a gap of the reader, reported; the data must stay as it is).
                assert parse_whole_number(text) is not None or _SCALE_THEN_A_HUNDRED.search(text.lower()), sample
        if sample.task == "reversal":
            for text in _span_texts(sample):
                assert text == text.strip() and text, sample
                assert normalize(text)[:1] not in "\"'«»“”‘’„`", sample
    with_spans = Counter(sample.task for sample in samples if sample.spans)
    assert all(with_spans[skill] > 0.85 * 1500 for skill in composer.SKILL_TRAINING), with_spans
    parity_spans = [len(sample.spans) for sample in samples if sample.task == "parity"]
    assert set(parity_spans) == {0, 1}


def test_finish_moves_spans_through_casing_and_spacing() -> None:
    """Noise that changes lengths: "ß" upper-cased is "SS", spaces are doubled or added before the prompt."""
    text = "reverse the word straße and ΣΊΣΥΦΟΣ ok then?"
    start = text.index("straße")
    spans = ((start, start + len("straße"), "operand"), (text.index("ΣΊΣ"), text.index(" ok"), "operand"))
    lengths = set()
    for seed in range(2000):
        noisy, moved = finish(text, random.Random(seed), spans)
        lengths.add(len(noisy) - len(text))
        for (old_start, old_end, _), (new_start, new_end, _) in zip(spans, moved, strict=True):
            assert _same_text(noisy[new_start:new_end], text[old_start:old_end]), (noisy, moved)
    assert {-1, 0, 1, 7} <= lengths  # the "?" dropped, nothing, "ß" upper-cased ("SS"), spaces doubled


def test_joined_pieces_shift_their_spans() -> None:
    piece = common.joined(["add ", operand("12"), " and ", operand("thirty one"), "!"])
    assert piece.text == "add 12 and thirty one!"
    assert [piece.text[start:end] for start, end, _ in piece.spans] == ["12", "thirty one"]


# ---------------------------------------------------------------------------------------------------------
# The mixture and the skills' training modules
# ---------------------------------------------------------------------------------------------------------
def test_the_unsupported_mixture_places_each_skills_near_misses_after_the_kind_it_names() -> None:
    bounds = composer.mixture(composer.SKILL_TRAINING)
    assert [bound for bound, _ in bounds] == sorted(bound for bound, _ in bounds)
    assert bounds[-1][0] == 1.0
    makers = [make for _, make in bounds]
    near_misses = [training.near_miss for training in composer.SKILL_TRAINING.values()]
    assert len(makers) == len(unsupported.MIX) + len(near_misses)
    for training in composer.SKILL_TRAINING.values():
        before = makers.index(training.near_miss) - 1
        while makers[before] in near_misses:  # other skills' near misses placed after the same kind
            before -= 1
        assert makers[before] is unsupported.KINDS[training.near_miss_after]


@dataclass(frozen=True)
class _Echo:
    """A fifth skill, as a new contributor would add one: repeat a word."""

    near_miss_share: float = 0.2
    near_miss_after: str = "word_operations"
    sources: tuple[Path, ...] = ()

    def prompt(self, rng: Rng) -> Generated:
        return common.render_spans(rng, "echo {w}", {"w": lambda: operand(common.word(rng))})

    def near_miss(self, rng: Rng, slots: Slots) -> str:
        return common.render(rng, "echo {w} backwards", slots)


def test_a_new_skill_adds_its_prompts_and_its_near_misses() -> None:
    skills = {**composer.SKILL_TRAINING, "echo": _Echo()}
    samples = composer.generate(5, 200, skills)
    assert Counter(sample.task for sample in samples) == {label: 200 for label in skills} | {"unsupported": 440}
    for sample in samples:
        if sample.task == "echo":
            assert len(sample.spans) == 1
    near_misses = [s for s in samples if s.task == "unsupported" and "backwards" in s.prompt.lower()]
    assert any("echo" in sample.prompt.lower() for sample in near_misses)
    # Its share is taken from every other kind: the bounds still end at 1, now with one more slice.
    bounds = composer.mixture(skills)
    assert len(bounds) == len(composer.mixture(composer.SKILL_TRAINING)) + 1 and bounds[-1][0] == 1.0


def test_a_near_miss_placed_after_an_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="no kind of unsupported prompt"):
        composer.mixture({"echo": _Echo(near_miss_after="poetry")})


def test_bad_phrase_lists_fail_at_load() -> None:
    with pytest.raises(ValueError, match="non-empty list of strings"):
        common.strings({"shapes": ["{a} plus {b}", 3]}, "shapes")
    with pytest.raises(ValueError, match="non-empty list of strings"):
        common.strings({}, "shapes")
    with pytest.raises(ValueError, match="from 0 to 1"):
        common.share({"share": 1.5}, "share")


def test_the_fingerprint_material_covers_the_generators_code_and_phrase_lists(tmp_path: Path) -> None:
    material = composer.data_fingerprint_material()
    for name in (
        "data/common.py",
        "data/common.toml",
        "data/composer.py",
        "data/unsupported.py",
        "data/unsupported.toml",
        "skills/addition/training.py",
        "skills/addition/training.toml",
        "skills/parity/training.toml",
        "skills/reversal/training.toml",
    ):
        assert name.encode() + b"\0" in material, name
    # A skill's data file is part of it: editing the file changes the material.
    data = tmp_path / "training.toml"
    data.write_text("shapes = ['echo {w}']\n")
    skills = {**composer.SKILL_TRAINING, "echo": _Echo(sources=(data,))}
    before = composer.data_fingerprint_material(skills)
    assert before != composer.data_fingerprint_material()
    data.write_text("shapes = ['say {w} again']\n")
    assert composer.data_fingerprint_material(skills) != before


def test_a_registered_skill_without_a_training_module_is_a_clear_error() -> None:
    with pytest.raises(ImportError, match="has no training module"):
        composer._training_module("no_such_skill")


@pytest.mark.parametrize("skill", list(composer.SKILL_TRAINING))
def test_every_skills_near_misses_are_prompts(skill: str) -> None:
    rng = random.Random(11)
    training = composer.SKILL_TRAINING[skill]
    near_misses = [training.near_miss(rng, unsupported.slots(rng)) for _ in range(500)]
    assert all(isinstance(text, str) and text.strip() for text in near_misses)
    assert len(set(near_misses)) > 400
