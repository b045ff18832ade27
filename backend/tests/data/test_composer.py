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
from app.ml.config import TrainConfig
from app.ml.feed import epoch_seeds
from app.skills import SKILLS
from app.skills.numbers import parse_whole_number
from app.skills.registry import UNSUPPORTED
from app.skills.text import normalize


def _digest(samples: list[composer.Sample]) -> str:
    digest = hashlib.sha256()
    for sample in samples:
        digest.update(json.dumps([sample.prompt, sample.task], ensure_ascii=False).encode() + b"\n")
    return digest.hexdigest()


# sha256 of the [prompt, task] lines of the composer's data. They were first taken from app/data/training_samples.py
# before it was split into the composer and the skills' training modules (the split changed no byte); since
# then unsupported draws that a registered skill answers are drawn again, and subtraction has near misses; the
# "chain" label (issue 16) added generated chains, their near misses, and redraws of what the chain recogniser takes;
# then the unsupported prompts got a stream of their own (refused_seed), so that epochs can share them.
# The app trains on build_dataset(TrainConfig().seed, 2000, 300), then (fresh_data) on generate() with feed.epoch_seeds
# for epochs 2-9 (TrainConfig's defaults): equal data, equal weights.
# A deliberate change to the data (a phrase list, a share, a new skill) changes these: update them with it.
Splits = tuple[str, str, int, int]
# With the registered skills (subtraction included) and the chains.
_APP_SPLITS: Splits = (
    "a1de6bd6595483732bd8117f07c4f2b451660aa98710bfe0dd3d7a7880641f13",
    "0a5d2c5c2dfefc5ed962431998a0f6b1ef005c6b669778dd0360a0385dfe9270",
    14400,
    2154,
)
_APP_EPOCHS = {
    2: "ee63bb7270dfb24a4af7acc788ce6abf1eff0140644c70baf4b24f6115644b59",
    3: "acb3da7c8fc38ed5f7395befd97e91caa3f18d763e9a7be912667beaba197498",
    4: "38036f6a5449b2e778e2c037ec1822f5bff6ca7daeafb990ac4921518240e3a4",
    5: "a816c74d24cf091f43b2c1ccd3b5fecb83f4289ab9567d4defa3c84546725e4a",
    6: "1b49a0bba06f9e34073d27a052f544caf6029b44d1f4697e65470d485c950251",
    7: "f52f10a29a4aff6b171e711cb420f9f0831fe4d9879a88993873bba2092f23cd",
    8: "131f78a12953fd5d1529afc96f6420b20b1d4fd2a020108933e8532710d24492",
    9: "d608eab53de342be03b29c06517a3f829203d9126bd86830639f2baa1f868384",
}
_REGISTRY_SPLITS: dict[tuple[int, int, int], Splits] = {
    (7, 300, 60): (
        "d077871be196252b8f5be5ca2def44e486cf872a345aaf5802e779f95ed7aa52",
        "24e6df8e0ba539f1e96146c6b886f641a4d9b82a9a289886d29fb7b7e1743fb0",
        2160,
        432,
    ),
    (1234, 40, 10): (
        "7601444638ad490e80ab33b4209f87e437293171d1ebc67c64341fc270a23e2d",
        "11bbfd17564e30c367865b6deb35b00af65e5ba1107603d7369ab08ea62469aa",
        288,
        72,
    ),
}
# With addition, parity and reversal only (their parsers decide which unsupported draws are kept).
_THREE_SKILLS = ("addition", "parity", "reversal")
_THREE_SKILL_SPLITS: dict[tuple[int, int, int], Splits] = {
    (1234, 2000, 300): (
        "cb63ca2d738cee799fb881306631d7df15d8eb3876a072820e095cda4067a7ff",
        "f501f1c4a606c41f3a670133abbb4cc3979f7aaeb51cffc37c19d67776ebc6e8",
        10400,
        1555,
    ),
    (7, 300, 60): (
        "6c2ce9d5b74c6dc6171c3045c90c8a80e5b39eff7a6342da35257841113c713c",
        "fcf76a04774b08d80577113645dbbc413d7336cb148eddd5b95ad65959755f29",
        1560,
        312,
    ),
    (1234, 40, 10): (
        "fa872197974291ed3902f25bb3a4bcfc737647e1c4636651a5c9cc789509ab5a",
        "8b71013555abf171d2fcdff18913f76272987436a35297c90b6ab3b69518e0a4",
        208,
        52,
    ),
}
_THREE_SKILL_EPOCH_9 = "52f431afb25a3943e54666dc263a32fabbd22c29efa7899f1430f4c95cc1a706"


def _splits(dataset: composer.Dataset) -> Splits:
    return _digest(dataset.train), _digest(dataset.validation), len(dataset.train), len(dataset.validation)


def test_the_app_trains_on_the_same_data_as_before_the_split() -> None:
    assert _splits(composer.build_dataset(TrainConfig().seed, 2000, 300)) == _APP_SPLITS
    for epoch, expected in _APP_EPOCHS.items():
        seed, refused_seed = epoch_seeds(TrainConfig(), epoch)
        assert _digest(composer.generate(seed, 2000, refused_seed=refused_seed)) == expected, f"epoch {epoch}"


def test_a_refused_seed_repeats_the_unsupported_prompts_and_nothing_else() -> None:
    def split(samples: list[composer.Sample]) -> tuple[list[str], list[str]]:
        refused = [s.prompt for s in samples if s.task == UNSUPPORTED]
        return sorted(s.prompt for s in samples if s.task != UNSUPPORTED), sorted(refused)

    own = split(composer.generate(31, 60))
    shared = split(composer.generate(57, 60, refused_seed=31))
    assert shared[1] == own[1]  # the same unsupported prompts
    assert shared[0] != own[0]  # and other prompts of the skills
    assert split(composer.generate(31, 60, refused_seed=31)) == own  # refused_seed defaults to the seed


@pytest.mark.parametrize(("seed", "train", "validation"), list(_REGISTRY_SPLITS))
def test_other_seeds_and_sizes_give_the_same_data_as_before_the_split(seed: int, train: int, validation: int) -> None:
    assert _splits(composer.build_dataset(seed, train, validation)) == _REGISTRY_SPLITS[seed, train, validation]


@pytest.mark.parametrize(("seed", "train", "validation"), list(_THREE_SKILL_SPLITS))
def test_the_three_original_skills_give_their_frozen_data(seed: int, train: int, validation: int) -> None:
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
        assert role in {"operand", "minuend"}
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
        return common.render(rng, "echo {w} twice", slots)


def test_a_new_skill_adds_its_prompts_and_its_near_misses() -> None:
    skills = {**composer.SKILL_TRAINING, "echo": _Echo()}
    samples = composer.generate(5, 200, skills)
    assert Counter(sample.task for sample in samples) == {label: 200 for label in skills} | {"unsupported": 440}
    for sample in samples:
        if sample.task == "echo":
            assert len(sample.spans) == 1
    near_misses = [s for s in samples if s.task == "unsupported" and "twice" in s.prompt.lower()]
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


def test_no_unsupported_training_prompt_is_a_registered_skills_task() -> None:
    """A near miss written for one skill may be another's task ("12 minus 5"); labelled "unsupported" it would
    teach the model to contradict the parsers, so the composer draws again."""
    samples = composer.generate(99, 200)
    refused = [sample.prompt for sample in samples if sample.task == "unsupported"]
    answered = composer.answered_by(SKILLS)
    assert len(refused) == 440
    assert not [prompt for prompt in refused if answered(prompt)]
    assert answered("12 minus 5") and answered("what is 2 plus")  # the check itself sees answers and questions


def test_a_parser_change_redraws_only_the_prompts_it_changes() -> None:
    """Each unsupported prompt has a stream of its own: a parser that newly answers one drawn text redraws that
    text's slots only, every other prompt stays (one stream for all shifted every later draw)."""
    bounds = composer.mixture(composer.LABEL_TRAINING)
    before = composer.refused_prompts("refused:test", 300, bounds, lambda _text: False)
    answered_now = before[7]
    after = composer.refused_prompts("refused:test", 300, bounds, lambda text: text == answered_now)
    changed = [i for i, (old, new) in enumerate(zip(before, after, strict=True)) if old != new]
    assert changed == [i for i, text in enumerate(before) if text == answered_now]
    assert answered_now not in after
