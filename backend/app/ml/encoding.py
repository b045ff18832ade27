"""The text the model reads, and its token ids.

The model sees a normalised view of the prompt: lower case, every run of two or more digits folded to one
NUMBER symbol (an operand's value never matters for *which* task is asked, and this keeps "12 plus 30" and
"98765 plus 4321" the same input), single digits kept (so "divisible by 2" and "divisible by 3" stay apart),
white space collapsed, letters outside ASCII folded to one symbol and any other character to another. The
vocabulary is therefore fixed and small.
"""

from __future__ import annotations

import re
import unicodedata

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


def normalize_for_model(prompt: str) -> str:
    """The text the classifier reads (see the module comment)."""
    if prompt.isascii() and not _ASCII_NON_SPACE_CONTROL.search(prompt):
        # Most prompts, in a third of the time: on such text NFKC changes nothing, the only quote fold is the
        # backtick, every character is in the vocabulary, and split() drops exactly the white space the loop
        # below collapses and strips (tests/ml/test_encoding.py compares the two paths).
        return _truncated(" ".join(_DIGIT_RUN.sub(NUMBER, prompt.lower().replace("`", "'")).split()))
    return _truncated(_normalize_any(prompt))


def _normalize_any(prompt: str) -> str:
    text = unicodedata.normalize("NFKC", prompt).translate(_QUOTE_FOLDS).lower()
    out: list[str] = []
    for char in text:
        if char.isdigit():
            if out and (out[-1] == NUMBER or out[-1].isdigit()):
                out[-1] = NUMBER  # a second digit: the run is a multi-digit number
            else:
                out.append(char if char in _CHAR_TO_ID else str(unicodedata.digit(char, 0)))
        elif char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        elif char in _CHAR_TO_ID:
            out.append(char)
        elif char.isalpha():
            out.append(OTHER_LETTER)
        elif unicodedata.category(char).startswith("M") or unicodedata.category(char) == "Cf":
            continue  # combining marks and format characters (ZWJ, bidi controls) add nothing
        else:
            out.append(OTHER_SYMBOL)
    return "".join(out).strip()


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
