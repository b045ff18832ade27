"""The text the model reads, and its token ids.

The model sees a normalised view of the prompt: lower case, every run of two or more digits folded to one
NUMBER symbol (an operand's value never matters for *which* task is asked, and this keeps "12 plus 30" and
"98765 plus 4321" the same input), single digits kept (so "divisible by 2" and "divisible by 3" stay apart),
white space collapsed, letters outside ASCII folded to one symbol and any other character to another. The
vocabulary is therefore fixed and small.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

PAD, OTHER_LETTER, OTHER_SYMBOL, NUMBER = "\x00", "\x01", "\x02", "\x03"
_ASCII_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
VOCABULARY: tuple[str, ...] = (PAD, OTHER_LETTER, OTHER_SYMBOL, NUMBER, *_ASCII_CHARS)
_CHAR_TO_ID = {char: index for index, char in enumerate(VOCABULARY)}
_QUOTE_FOLDS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"})
MAX_MODEL_CHARS = 160


# ASCII control characters other than white space: the general path maps them to OTHER_SYMBOL (or keeps the
# four that are vocabulary symbols), which the ASCII shortcut below does not do.
_ASCII_NON_SPACE_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
_DIGIT_RUN = re.compile("[0-9]{2,}")


# A request reads it twice (the prediction cache's key, then the classifier on a miss): computed once (pure).
@lru_cache(maxsize=256)
def normalize_for_model(prompt: str) -> str:
    """The text the classifier reads (see the module comment)."""
    if prompt.isascii() and not _ASCII_NON_SPACE_CONTROL.search(prompt):
        # Most prompts, in a third of the time: on such text NFKC changes nothing, the only quote fold is the
        # backtick, every character is in the vocabulary, and split() drops exactly the white space the loop
        # below collapses and strips (tests/ml/test_encoding.py compares the two paths).
        return _truncated(" ".join(_DIGIT_RUN.sub(NUMBER, prompt.lower().replace("`", "'")).split()))
    return _truncated(_normalize_any(prompt))


def _normalize_any(prompt: str) -> str:
    return "".join(normalize_aligned(prompt)[0])


def _clusters(prompt: str) -> list[tuple[int, int]]:
    """(start, end) of each base character with the marks after it: NFKC composes within these, and a mark the
    model does not read still belongs to the character before it."""
    bounds: list[tuple[int, int]] = []
    for index, char in enumerate(prompt):
        if bounds and (unicodedata.combining(char) or unicodedata.category(char).startswith("M")):
            bounds[-1] = (bounds[-1][0], index + 1)
        else:
            bounds.append((index, index + 1))
    return bounds


def normalize_aligned(prompt: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The normalised characters (before truncation) and, for each, the range of prompt characters it stands
    for: a NUMBER symbol stands for its whole digit run. The general path of normalize_for_model, so the
    model's tags can be mapped back onto the prompt (TaskClassifier.operand_spans)."""
    if prompt.isascii() and not _ASCII_NON_SPACE_CONTROL.search(prompt):
        return _aligned_ascii(prompt)
    return _aligned_any(prompt)


_ASCII_PIECES = re.compile(r"[0-9]{2,}|\s+|.", re.DOTALL)


def _aligned_ascii(prompt: str) -> tuple[list[str], list[tuple[int, int]]]:
    """_aligned_any on the prompts normalize_for_model's shortcut takes, about five times faster (training tags
    every generated prompt): a digit run, a white-space run or one character at a time (tests/ml/test_encoding.py
    compares the two)."""
    out: list[str] = []
    origins: list[tuple[int, int]] = []
    for piece in _ASCII_PIECES.finditer(prompt.lower().replace("`", "'")):
        text, start = piece.group(), piece.start()
        if text[0].isspace():
            if out:
                out.append(" ")
                origins.append((start, start + 1))
            continue
        out.append(NUMBER if len(text) > 1 else text)
        origins.append(piece.span())
    if out and out[-1] == " ":
        out.pop()
        origins.pop()
    return out, origins


def _aligned_any(prompt: str) -> tuple[list[str], list[tuple[int, int]]]:
    out: list[str] = []
    origins: list[tuple[int, int]] = []
    for start, end in _clusters(prompt):
        for char in unicodedata.normalize("NFKC", prompt[start:end]).translate(_QUOTE_FOLDS).lower():
            if char.isdigit():
                if out and (out[-1] == NUMBER or out[-1].isdigit()):
                    out[-1] = NUMBER  # a second digit: the run is a multi-digit number
                    origins[-1] = (origins[-1][0], end)
                    continue
                out.append(char if char in _CHAR_TO_ID else str(unicodedata.digit(char, 0)))
            elif char.isspace():
                if not out or out[-1] == " ":
                    continue
                out.append(" ")
            elif char in _CHAR_TO_ID:
                out.append(char)
            elif char.isalpha():
                out.append(OTHER_LETTER)
            elif unicodedata.category(char).startswith("M") or unicodedata.category(char) == "Cf":
                continue  # combining marks and format characters (ZWJ, bidi controls) add nothing
            else:
                out.append(OTHER_SYMBOL)
            origins.append((start, end))
    if out and out[-1] == " ":
        out.pop()
        origins.pop()
    return out, origins


def aligned_for_model(prompt: str) -> tuple[str, list[tuple[int, int]]]:
    """normalize_for_model(prompt) and the prompt range of each of its characters (empty for the stand-in
    symbol of an empty prompt)."""
    chars, origins = normalize_aligned(prompt)
    if len(chars) > MAX_MODEL_CHARS:
        keep = [*range(MAX_MODEL_CHARS - 40), *range(len(chars) - 40, len(chars))]
        chars, origins = [chars[i] for i in keep], [origins[i] for i in keep]
    if not chars:
        return OTHER_SYMBOL, []
    return "".join(chars), origins


def _truncated(normalized: str) -> str:
    if len(normalized) > MAX_MODEL_CHARS:
        # Keep the head (where the request usually is) and the tail (where "...backwards?" often is).
        normalized = normalized[: MAX_MODEL_CHARS - 40] + normalized[-40:]
    return normalized or OTHER_SYMBOL


def encode(normalized: str) -> list[int]:
    return [_CHAR_TO_ID.get(char, _CHAR_TO_ID[OTHER_SYMBOL]) for char in normalized]


class _EncodingTable(dict[int, int]):
    """encode() as a str.translate table: character -> token id, anything else -> OTHER_SYMBOL."""

    def __missing__(self, key: int) -> int:
        return _CHAR_TO_ID[OTHER_SYMBOL]


_ENCODING_TABLE = _EncodingTable({ord(char): index for char, index in _CHAR_TO_ID.items()})
assert len(VOCABULARY) <= 256


def encode_bytes(prompt: str) -> bytes:
    """encode(normalize_for_model(prompt)) as bytes (the vocabulary has fewer than 256 symbols): one
    translate call per prompt instead of a dictionary lookup per character. Training reads prompts this way."""
    return normalize_for_model(prompt).translate(_ENCODING_TABLE).encode("latin-1")


# --------------------------------------------------------------------------------------------------------
# Operand tags: one per character the model reads
# --------------------------------------------------------------------------------------------------------
OUTSIDE = 0  # tag 0: not part of an operand; role k (0-based) has tags 1 + 2k (its first character), 2 + 2k


def tag_count(roles: tuple[str, ...]) -> int:
    return 1 + 2 * len(roles)


def tags_for(origins: list[tuple[int, int]], spans: tuple[tuple[int, int, str], ...], roles: tuple[str, ...]) -> bytes:
    """The target tag of each model character (aligned_for_model's origins) for the prompt's operand spans: a
    character is in a span when the prompt characters it stands for start inside it."""
    tags = bytearray(len(origins))
    starts = [origin for origin, _ in origins]  # ascending: the characters are in prompt order
    for start, end, role in spans:
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if first < last:
            tag = 1 + 2 * roles.index(role)
            tags[first] = tag
            tags[first + 1 : last] = bytes([tag + 1]) * (last - first - 1)
    return bytes(tags)


def spans_from_tags(
    tags: list[int], origins: list[tuple[int, int]], roles: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """Tagged characters back to prompt spans (start, end, role): a span starts at a role's first tag (or at an
    inside tag that follows something else) and runs while the inside tag of its role continues it."""
    spans: list[tuple[int, int, str]] = []
    current: list[int] | None = None  # [start, end, role index]
    for tag, (origin_start, origin_end) in zip(tags, origins, strict=False):
        role = (tag - 1) // 2 if tag != OUTSIDE else -1
        continues = current is not None and tag == 2 + 2 * current[2]
        if continues and current is not None:
            current[1] = origin_end
            continue
        if current is not None:
            spans.append((current[0], current[1], roles[current[2]]))
            current = None
        if role >= 0:
            current = [origin_start, origin_end, role]
    if current is not None:
        spans.append((current[0], current[1], roles[current[2]]))
    return spans
