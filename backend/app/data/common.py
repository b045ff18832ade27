"""The shared library of the training-prompt generators: seeded draws, operands (numbers, words, quoting), the
noise people add around a request (filler, typos, punctuation, casing, spacing), and render(), which fills a
sentence shape and keeps track of where its operands land.

A generator fills a shape's slots with plain text or with Generated pieces whose spans mark operands;
render_spans() returns the prompt with the spans moved through the noise, so that
``prompt[start:end]`` is the operand as it appears in the prompt (recased, and with any doubled spaces).
The phrase lists are data: common.toml beside this file.
"""

from __future__ import annotations

import functools
import random
import re
import string
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

Rng = random.Random
T = TypeVar("T")
Slots = dict[str, Callable[[], str]]
Span = tuple[int, int, str]  # (start, end, role) in the prompt
OPERAND = "operand"


# --------------------------------------------------------------------------------------------------------
# Data files
# --------------------------------------------------------------------------------------------------------
def load_data(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def strings(table: Mapping[str, Any], key: str) -> list[str]:
    """table[key], checked to be a non-empty list of strings (a typo in a data file fails at import)."""
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{key!r} must be a non-empty list of strings")
    return value


def share(table: Mapping[str, Any], key: str) -> float:
    value = table.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
        raise ValueError(f"{key!r} must be a number from 0 to 1")
    return float(value)


DATA_FILE = Path(__file__).with_name("common.toml")
_DATA = load_data(DATA_FILE)


# --------------------------------------------------------------------------------------------------------
# Seeded draws
# --------------------------------------------------------------------------------------------------------
def choice(rng: Rng, options: Sequence[T]) -> T:
    """rng.choice, several times faster (a float draw instead of rejection sampling on bits)."""
    return options[int(rng.random() * len(options))]


def randint(rng: Rng, low: int, high: int) -> int:
    """rng.randint for small ranges, the same way."""
    return low + int(rng.random() * (high - low + 1))


def randrange(rng: Rng, start: int, stop: int | None = None) -> int:
    """rng.randrange(start, stop) or rng.randrange(stop), the same way."""
    if stop is None:
        start, stop = 0, start
    return start + int(rng.random() * (stop - start))


# --------------------------------------------------------------------------------------------------------
# Generated text with operand spans
# --------------------------------------------------------------------------------------------------------
class Generated(NamedTuple):  # a NamedTuple: made for every prompt and piece, and cheaper than a dataclass
    """A prompt (or a piece of one) and the spans of the operands in it. ``inserted`` holds each span's
    operand text as it was inserted, before any noise (casing, spacing) changed it."""

    text: str
    spans: tuple[Span, ...] = ()
    inserted: tuple[str, ...] = ()


def operand(text: str, role: str = OPERAND) -> Generated:
    return Generated(text, ((0, len(text), role),), (text,))


def joined(parts: Iterable[str | Generated]) -> Generated:
    """The concatenation of plain text and Generated pieces, their spans shifted into place."""
    parts = list(parts)
    text = "".join(part if isinstance(part, str) else part.text for part in parts)
    spans, inserted = _placed(parts)
    return Generated(text, spans, inserted)


def _placed(parts: Iterable[str | Generated]) -> tuple[tuple[Span, ...], tuple[str, ...]]:
    """The spans of the Generated parts, moved to where they land once the parts are concatenated."""
    spans: list[Span] = []
    inserted: list[str] = []
    position = 0
    for part in parts:
        if isinstance(part, str):
            position += len(part)
            continue
        for start, end, role in part.spans:
            spans.append((start + position, end + position, role))
        inserted += part.inserted
        position += len(part.text)
    return tuple(spans), tuple(inserted)


def _remap(spans: tuple[Span, ...], offset: Callable[[int], int]) -> tuple[Span, ...]:
    return tuple([(offset(start), offset(end), role) for start, end, role in spans])


# --------------------------------------------------------------------------------------------------------
# Operands
# --------------------------------------------------------------------------------------------------------
_ONES = strings(_DATA, "ones")
_TENS = strings(_DATA, "tens")


def number_words(n: int, rng: Rng) -> str:
    """English words for 0 <= n < 10**12, with the usual spelling variants."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] if ones == 0 else _TENS[tens] + choice(rng, ["-", " "]) + _ONES[ones]
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = choice(rng, ["a hundred", "one hundred"]) if hundreds == 1 else _ONES[hundreds] + " hundred"
        return head if rest == 0 else head + choice(rng, [" and ", " "]) + number_words(rest, rng)
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            count, rest = divmod(n, size)
            head = ("a " if count == 1 and rng.random() < 0.4 else number_words(count, rng) + " ") + name
            return head if rest == 0 else head + " " + number_words(rest, rng)
    raise AssertionError("unreachable")


def spelled_number(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.17:
        n = randint(rng, 0, 20)
    elif kind < 0.5:
        n = randint(rng, 0, 99)
    elif kind < 0.67:
        n = randint(rng, 100, 999)
    elif kind < 0.84:
        n = randint(rng, 1000, 99999)
    elif kind < 0.94:
        n = randint(rng, 1, 9) * 10 ** choice(rng, [3, 6, 9])
    else:
        n = randint(rng, 100_000, 999_999_999)
    return number_words(n, rng)


def integer(rng: Rng, allow_words: bool = True) -> str:
    """One integer as a user might write it."""
    if rng.random() < 0.03:
        return choice(rng, ["0", "zero", "zero"] if allow_words else ["0"])
    kind = rng.random()
    if allow_words and kind < 0.22:
        word = spelled_number(rng)
        return choice(rng, ["negative ", "negative ", "minus "]) + word if rng.random() < 0.1 else word
    if kind < 0.42:
        value = str(randint(rng, 0, 9))
    elif kind < 0.6:
        value = str(randint(rng, 10, 99))
    elif kind < 0.8:
        value = str(randint(rng, 100, 99999))
    elif kind < 0.89:
        value = f"{randint(rng, 1000, 9_999_999_999):,}"
    else:
        value = str(rng.randint(10**9, 10 ** choice(rng, [12, 20, 40, 80, 150])))
    sign = rng.random()
    if sign < 0.13:
        value = "-" + value
    elif sign < 0.16:
        value = "+" + value
    return value


def integers(rng: Rng, count: int) -> list[str]:
    return [integer(rng) for _ in range(count)]


def _list_separators(count: int, rng: Rng) -> list[str]:
    """The separators join_list puts between `count` items."""
    if count == 2:
        # "12 , 34" is written "12, 34"
        return [f" {choice(rng, ['and', 'and', '&', ',', 'plus'])} ".replace(" ,", ",")]
    separator = choice(rng, [", ", ", ", " , ", " and ", " ", ","])
    last = choice(rng, [" and ", ", and ", ", ", " & ", separator])
    return [separator] * (count - 2) + [last]


def join_list(items: list[str], rng: Rng) -> str:
    return join_operands(items, rng).text


def _operands_between(items: list[str], separators: list[str]) -> Generated:
    """items[0] + separators[0] + items[1] + ..., each item an operand."""
    spans: list[Span] = []
    position = 0
    for item, separator in zip(items, [*separators, ""], strict=True):
        spans.append((position, position + len(item), OPERAND))
        position += len(item) + len(separator)
    text = "".join(item + separator for item, separator in zip(items, [*separators, ""], strict=True))
    return Generated(text, tuple(spans), tuple(items))


def join_operands(items: list[str], rng: Rng) -> Generated:
    """join_list with each item an operand."""
    return _operands_between(items, _list_separators(len(items), rng))


def joined_operands(items: list[str], separator: str) -> Generated:
    """separator.join(items), each item an operand."""
    return _operands_between(items, [separator] * (len(items) - 1))


def decimal(rng: Rng) -> str:
    return choice(
        rng,
        [
            f"{randint(rng, 0, 999)}.{randint(rng, 1, 99)}",
            f"{randint(rng, 1, 9)}/{randint(rng, 2, 9)}",
            f"{randint(rng, 1, 99)}/{randint(rng, 2, 99)}",
            f"{randint(rng, 1, 9)}e{randint(rng, 1, 9)}",
            f"0x{randint(rng, 16, 4000):x}",
            f"{randint(rng, 1, 99)}.5",
            f"0.{randint(rng, 1, 999)}",
            f"{randint(rng, 1, 9)}.{randint(rng, 0, 9)}",
            f"-{randint(rng, 0, 99)}.{randint(rng, 1, 99)}",
            f"{randint(rng, 1, 9)} and a half",
            choice(rng, ["½", "¼", "¾", "pi", "π", "e", "infinity", "∞", "1/2", "0.5", "2.0"]),
        ],
    )


_EXPRESSIONS = strings(_DATA, "expressions")


def expression(rng: Rng) -> str:
    """A number that is not a plain integer operand: a power, a root, a factorial, a product, a percentage."""
    a, b = integer(rng, allow_words=rng.random() < 0.3), str(randint(rng, 2, 12))
    return choice(rng, _EXPRESSIONS).format(a=a, b=b)


COMMON_WORDS = strings(_DATA, "common_words")
KEYWORD_WORDS = strings(_DATA, "keyword_words")
FOREIGN_WORDS = strings(_DATA, "foreign_words")
EMOJI = strings(_DATA, "emoji")


def word(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.55:
        return choice(rng, COMMON_WORDS)
    if kind < 0.62:
        return choice(rng, KEYWORD_WORDS)
    if kind < 0.74:
        return "".join(choice(rng, string.ascii_lowercase) for _ in range(randint(rng, 1, 14)))
    if kind < 0.87:
        return choice(rng, FOREIGN_WORDS)
    if kind < 0.93:
        return choice(rng, EMOJI) + choice(rng, ["", choice(rng, COMMON_WORDS), choice(rng, EMOJI)])
    return choice(
        rng,
        [
            str(rng.randint(10, 10**8)),
            choice(rng, COMMON_WORDS).capitalize(),
            choice(rng, COMMON_WORDS) + str(randint(rng, 1, 99)),
            "R2D2",
            "abc123",
            "C3PO",
            choice(rng, COMMON_WORDS).upper(),
            choice(rng, COMMON_WORDS) + "-" + choice(rng, COMMON_WORDS),
            choice(rng, COMMON_WORDS) + "'s",
            "".join(choice(rng, string.ascii_letters) for _ in range(randint(rng, 3, 9))),
        ],
    )


def phrase(rng: Rng) -> str:
    def one() -> str:
        kind = rng.random()
        return choice(rng, KEYWORD_WORDS) if kind < 0.1 else word(rng) if kind < 0.35 else choice(rng, COMMON_WORDS)

    return " ".join(one() for _ in range(randint(rng, 2, 4)))


_QUOTES: list[tuple[str, str]] = [(left, right) for left, right in _DATA["quotes"]]


def keyword_phrase(rng: Rng) -> str:
    """A phrase with task keywords in it ("never odd or even", "one plus one"): as an operand they decide nothing."""
    return choice(
        rng,
        [
            f"never odd or {choice(rng, ['even', 'odd'])}",
            f"{choice(rng, COMMON_WORDS)} {choice(rng, KEYWORD_WORDS)} {choice(rng, COMMON_WORDS)}",
            f"{choice(rng, _ONES)} plus {choice(rng, _ONES)}",
            f"{choice(rng, KEYWORD_WORDS)} {choice(rng, KEYWORD_WORDS)}",
            f"the {choice(rng, ['odd', 'even'])} {choice(rng, COMMON_WORDS)}",
            f"{choice(rng, COMMON_WORDS)} backwards",
            f"add {choice(rng, COMMON_WORDS)} and {choice(rng, COMMON_WORDS)}",
            f"reverse the {choice(rng, COMMON_WORDS)}",
        ],
    )


def quoted(text: str, rng: Rng) -> str:
    left, right = choice(rng, _QUOTES)
    return left + text + right


def quoted_operand(text: str, rng: Rng) -> Generated:
    """quoted(), the text inside the quotes an operand."""
    left, right = choice(rng, _QUOTES)
    return Generated(left + text + right, ((len(left), len(left) + len(text), OPERAND),), (text,))


def word_operand(rng: Rng) -> Generated:
    """A reversal operand: a bare word, a quoted word, or a quoted phrase (the span leaves the quotes out)."""
    kind = rng.random()
    if kind < 0.55:
        return operand(word(rng))
    if kind < 0.78:
        return quoted_operand(word(rng), rng)
    return quoted_operand(phrase(rng), rng)


def numbers_list(rng: Rng) -> str:
    return join_list([integer(rng, allow_words=rng.random() < 0.3) for _ in range(randint(rng, 2, 5))], rng)


# --------------------------------------------------------------------------------------------------------
# Mixed expressions: numbers joined by operators, at least one of them not an addition ("4 times 55 plus 6").
# --------------------------------------------------------------------------------------------------------
_ADDITION_OPERATORS = strings(_DATA, "addition_operators")
_SUBTRACTION_OPERATORS = strings(_DATA, "subtraction_operators")
_NOT_ADDITION_OPERATORS = _SUBTRACTION_OPERATORS + strings(_DATA, "other_operators")
_MIXED_OPERATORS = _ADDITION_OPERATORS + _NOT_ADDITION_OPERATORS
MIXED_SHAPES = strings(_DATA, "mixed_shapes")


def mixed(numbers: list[str], rng: Rng) -> str:
    operators = [
        choice(rng, _ADDITION_OPERATORS) if rng.random() < 0.5 else choice(rng, _MIXED_OPERATORS) for _ in numbers[1:]
    ]
    # Subtraction, the commonest cousin and the hardest to tell from a sign ("5 plus minus 3" is an addition).
    other = choice(rng, _SUBTRACTION_OPERATORS) if rng.random() < 0.5 else choice(rng, _NOT_ADDITION_OPERATORS)
    operators[randrange(rng, len(operators))] = other
    return numbers[0] + "".join(op + n for op, n in zip(operators, numbers[1:], strict=True))


# --------------------------------------------------------------------------------------------------------
# Filler, punctuation, casing and typos: the same request dressed the way people actually type. They are
# added to the sentence shape before its slots are filled, so they never touch an operand.
# --------------------------------------------------------------------------------------------------------
_LEADS = strings(_DATA, "leads")
_ASKERS = strings(_DATA, "askers")
_TRAILS = strings(_DATA, "trails")
_COMMON_FILLERS = strings(_DATA, "common_fillers")


def _lead(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.2:
        return choice(rng, _ASKERS) + choice(rng, [" ", " ", ": ", ", "])
    text = choice(rng, _COMMON_FILLERS if kind < 0.5 else _LEADS)
    if rng.random() < 0.05:
        text = choice(rng, _LEADS) + choice(rng, [", ", " ", ". "]) + text
    return text + choice(rng, [": ", ": ", ", ", ", ", ". ", " - ", "! ", " ", "? ", "... ", " -- ", "; "])


def _trail(rng: Rng) -> str:
    text = choice(rng, _COMMON_FILLERS if rng.random() < 0.3 else _TRAILS)
    shape = rng.random()
    if shape < 0.15:
        return " (" + text + ")"
    return choice(rng, [" ", " ", ", ", ". ", " - ", "? ", "! ", "; ", " -- "]) + text


def dress(template: str, rng: Rng) -> str:
    """Filler before and after, and now and then a typo or two (in the template's words, not its operands)."""
    if rng.random() < 0.28:
        template = _lead(rng) + template
    if rng.random() < 0.28:
        template += _trail(rng)
    if rng.random() < 0.4:
        template = typo(template, rng)
        if rng.random() < 0.15:
            template = typo(template, rng)
    return template


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def finish(text: str, rng: Rng, spans: tuple[Span, ...] = ()) -> tuple[str, tuple[Span, ...]]:
    """Punctuation, casing and spacing, on the whole prompt; the spans follow the text."""
    end = rng.random()
    if end < 0.22 and text[-1:] not in "?!.":
        text += choice(rng, ["?", "?", "?", "??", "!", ".", " ?", "?!", "!!", "???", "..."])
    elif end < 0.3 and text[-1:] in "?!.":
        text = text[:-1]
        spans = tuple((start, min(stop, len(text)), role) for start, stop, role in spans)
    casing = rng.random()
    recase: Callable[[str], str] = str  # the recasing of any prefix of the text
    if casing < 0.06:
        recase = str.upper
    elif casing < 0.4:
        recase = _upper_first
    elif casing < 0.44:
        recase = str.title
    elif casing < 0.47:
        pieces = [c.upper() if rng.random() < 0.5 else c for c in text]
        recase = lambda prefix: "".join(pieces[: len(prefix)])  # noqa: E731
    recased = recase(text)
    # Recasing never makes a character shorter, so if the length is kept, so is every offset. If not ("ß"
    # upper-cased is "SS"), offset k moves to the length of the recased text[:k].
    if spans and len(recased) != len(text):
        spans = _remap(spans, lambda k: len(recase(text[:k])))
    text = recased
    spacing = rng.random()
    if spacing < 0.05:
        spans = _remap(spans, lambda k: k + text.count(" ", 0, k)) if spans else spans
        text = text.replace(" ", "  ")
    elif spacing < 0.08:
        words = text.split(" ")
        index = randrange(rng, len(words))
        added = randint(rng, 1, 4)
        # The spaces go right after words[index], which ends at `after`.
        after = sum(len(w) + 1 for w in words[:index]) + len(words[index])
        spans = _remap(spans, lambda k: k + added if k > after else k) if spans else spans
        words[index] = words[index] + " " * added
        text = " ".join(words)
    elif spacing < 0.11:
        lead = randint(rng, 1, 3)
        spans = _remap(spans, lambda k: k + lead) if spans else spans
        text = " " * lead + text + " " * randint(rng, 0, 3)
    return text, spans


_TYPO_PRONE_KEYWORDS = frozenset(strings(_DATA, "typo_prone_keywords"))
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    char: row[max(0, i - 1) : i] + row[i + 1 : i + 2] for row in _KEYBOARD_ROWS for i, char in enumerate(row)
}


def typo(text: str, rng: Rng) -> str:
    """One keyboard slip inside a word of three or more letters (not inside an operand slot)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha() and w.isascii()]
    keywords = [i for i in candidates if words[i].lower() in _TYPO_PRONE_KEYWORDS]
    if keywords and rng.random() < 0.65:  # slips in the words that decide the task matter most
        candidates = keywords
    if not candidates:
        return text
    index = choice(rng, candidates)
    chars = list(words[index])
    position = randrange(rng, 1, len(chars))
    kind = rng.random()
    if kind < 0.25:
        chars[position - 1], chars[position] = chars[position], chars[position - 1]
    elif kind < 0.5:
        del chars[position]
    elif kind < 0.7:
        chars.insert(position, chars[position])
    elif kind < 0.88:
        chars[position] = choice(rng, _NEIGHBOURS.get(chars[position].lower(), "e") or "e")
    else:
        chars.insert(position, choice(rng, string.ascii_lowercase))
    words[index] = "".join(chars)
    return " ".join(words)


# --------------------------------------------------------------------------------------------------------
# Rendering a sentence shape
# --------------------------------------------------------------------------------------------------------
_SLOT = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")
_FIELD = re.compile(r"\{(\w+)\}")
_FORMATTER = string.Formatter()
Filler = Callable[[], "str | Generated"]


@functools.lru_cache(maxsize=8192)
def _slot_names(template: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_SLOT.findall(template)))


def _layout(template: str) -> tuple[tuple[int, int, str], ...]:
    """The (start, end, name) of each slot of a template without escaped braces."""
    return tuple((match.start(), match.end(), match.group(1)) for match in _FIELD.finditer(template))


def _filled(template: str, values: Mapping[str, str | Generated]) -> Generated:
    """template.format(**values), with the spans of the Generated values moved to where they land."""
    texts: dict[str, str] = {}
    operands = False
    for name, value in values.items():
        if isinstance(value, str):
            texts[name] = value
        else:
            texts[name] = value.text
            operands = operands or bool(value.spans)
    text = template.format_map(texts)
    if not operands:
        return Generated(text)
    if "{{" in template or "}}" in template:  # escaped braces: let the formatter's parser find the slots
        parts: list[str | Generated] = []
        for literal, field, spec, conversion in _FORMATTER.parse(template):
            parts.append(literal)
            if field is not None:
                assert not spec and not conversion, "a sentence shape's slots are plain {name}s"
                parts.append(values[field])
        spans, inserted = _placed(parts)
        return Generated(text, spans, inserted)
    found: list[Span] = []
    found_inserted: list[str] = []
    shift = 0  # how much longer the text is than the template, up to the current slot
    for slot_start, slot_end, name in _layout(template):
        value = values[name]
        if isinstance(value, str):
            shift += len(value) - slot_end + slot_start
            continue
        start = slot_start + shift
        found += [(start + span_start, start + span_end, role) for span_start, span_end, role in value.spans]
        found_inserted += value.inserted
        shift += len(value.text) - slot_end + slot_start
    return Generated(text, tuple(found), tuple(found_inserted))


def render_spans(rng: Rng, template: str, slots: Mapping[str, Filler] | None = None, noise: bool = True) -> Generated:
    """Dress a sentence shape, fill its slots, then vary punctuation, casing and spacing."""
    names = _slot_names(template)  # before the filler, which has no slots
    if noise:
        template = dress(template, rng)
    filled = _filled(template, {name: slots[name]() for name in names} if slots else {})
    if not noise:
        return filled
    text, spans = finish(filled.text, rng, filled.spans)
    return Generated(text, spans, filled.inserted)


def render(rng: Rng, template: str, slots: Mapping[str, Filler] | None = None, noise: bool = True) -> str:
    return render_spans(rng, template, slots, noise).text


def pick_spans(rng: Rng, templates: Sequence[str], **slots: Filler) -> Generated:
    return render_spans(rng, choice(rng, templates), slots)


def pick(rng: Rng, templates: Sequence[str], **slots: Filler) -> str:
    return render_spans(rng, choice(rng, templates), slots).text


def tidy(template: str) -> str:
    """Spaces left by removing an operand from a sentence shape."""
    return re.sub(r"\s+([,?!.:)])", r"\1", re.sub(r"\s{2,}", " ", template)).strip(" ,:")
