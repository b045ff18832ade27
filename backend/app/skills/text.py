"""Text plumbing shared by the skills: normalisation, tokens, and typo-tolerant keyword lookup."""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Literal, NamedTuple

import regex  # type: ignore[import-untyped, unused-ignore]

# Superscript digits are a power ("2²"), so they become "^2" before NFKC would fold them into "22".
_SUPERSCRIPT_RUN = re.compile("[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SUPERSCRIPT_TO_ASCII = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
MINUS_SIGN = "\u2212"  # "−", which people paste for "-"
_SYMBOL_FIXES = str.maketrans(
    {
        MINUS_SIGN: "-",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "∗": "*",
        "⋅": "*",
        "✕": "×",
        "✖": "×",
        "∕": "/",
        "⁄": "/",  # fraction slash, what NFKC makes of "½"
        "’": "'",
        "‘": "'",
        "`": "'",
    }
)
_FORMAT_CHARS = regex.compile(r"\p{Cf}+")  # zero-width joiners, bidi controls, soft hyphens
_CONTROL_CHARS = regex.compile(r"\p{Cc}")
_ASCII_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")
_GRAPHEME = regex.compile(r"\X")


def _mark_power(match: re.Match[str]) -> str:
    return "^" + match.group().translate(_SUPERSCRIPT_TO_ASCII)


def _ascii_digit(match: re.Match[str]) -> str:
    return str(unicodedata.decimal(match.group()))


# Every skill parses every prompt and each starts by normalising it: remember the last results (pure).
@lru_cache(maxsize=1024)
def normalize(text: str) -> str:
    """Fold a prompt into the form the parsers read: NFKC, casefolded, ASCII digits and operators.

    Format characters are dropped, control characters become spaces, superscripts become "^digits".
    """
    text = _fold_ascii(text) if text.isascii() else _fold_any(text)
    return _LONG_WORD.sub(_spell_keyword, text)


def _fold_any(text: str) -> str:
    text = _SUPERSCRIPT_RUN.sub(_mark_power, text)
    text = unicodedata.normalize("NFKC", text).translate(_SYMBOL_FIXES).casefold()
    text = str(_FORMAT_CHARS.sub("", text))
    text = str(_CONTROL_CHARS.sub(" ", text))
    return _NON_ASCII_DIGIT.sub(_ascii_digit, text)


def _fold_ascii(text: str) -> str:
    """``_fold_any`` for ASCII text, the common case, in a third of the time: on ASCII, NFKC changes nothing,
    casefold is lower(), the only symbol fix is the backtick, and the only control characters are these."""
    return _ASCII_CONTROL_CHARS.sub(" ", text.lower().replace("`", "'"))


def misspellings_of(keywords: frozenset[str]) -> frozenset[str]:
    """The words ``normalize`` spells out as one of ``keywords`` ("reversad" -> "reversed")."""
    fixes = _spelling_fixes()
    return frozenset(form for form in fixes.forms() if fixes.lookup(form) in keywords)


def _spell_keyword(match: re.Match[str]) -> str:
    word = match.group()
    return _spelling_fixes().lookup(word) or word


# Long words that the parsers' patterns spell out ("divisible by two", "multiple of 2", "minus five"):
# a one-letter slip in them ("divisble", "multple", "minsu") is folded back before any pattern reads.
_LONG_WORD = re.compile(r"\b[a-z]{5,}\b")
_KEYWORDS_SPELLED_OUT = (
    "divisible",
    "multiple",
    "minus",
    "negative",
    "backwards",
    "reverse",
    "reversed",
    "number",
    "numbers",
)


@lru_cache(maxsize=1)
def _spelling_fixes() -> Vocabulary:
    return Vocabulary({word: word for word in _KEYWORDS_SPELLED_OUT}, fuzzy_min_length=5)


def typo_forms(word: str, real_words: str) -> frozenset[str]:
    """``word`` and every one-typo variant of it that is not a real word."""
    return frozenset({word} | (_one_edit_variants(word) - NOT_TYPOS - word_set(real_words)))


def typo_alternation(word: str, real_words: str) -> str:
    """A regex group matching ``word`` or any one-typo variant of it that is not a real word."""
    return alternation_of(typo_forms(word, real_words))


LETTER_RUN = re.compile(r"[^\W\d_]+")


def has_any_word(normalized: str, forms: frozenset[str]) -> bool:
    """Whether a whole run of letters of ``normalized`` is one of ``forms``.

    A word token made of letters only is always a whole run of letters of the text it came from, so a
    text without any of a parser's cue forms as a run gives that parser no cue token: the parsers use this
    to skip their work on the many prompts that are not for them. (A parser that normalises pieces of the
    text on their own must count the forms that normalising can turn into a cue, see reversal.py.)
    """
    return not forms.isdisjoint(_letter_runs(normalized))


@lru_cache(maxsize=256)  # every parser asks has_any_word of the same text: its runs are found once
def _letter_runs(normalized: str) -> frozenset[str]:
    return frozenset(LETTER_RUN.findall(normalized))


_PrefixTree = dict[str, "_PrefixTree"]


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of these words or phrases as whole words, the longest first (so a match is the longest
    phrase that starts there)."""
    return r"\b(?:" + "|".join(re.escape(phrase) for phrase in sorted(set(phrases), key=len, reverse=True)) + r")\b"


def alternation_of(words: Iterable[str]) -> str:
    """A regex group matching exactly the given words, written as a prefix tree.

    "(?:more|mroe|moer|...)" with a few hundred typo variants makes the regex engine try every variant at
    every position of the text; the tree "(?:m(?:o(?:re|er|...)|roe)|...)" tries one branch per letter.
    Both match the same strings, so every search finds a match exactly when the flat list would (the match
    found may be longer: use it to ask whether there is one, as every caller does, not for its span).
    """
    tree: _PrefixTree = {}  # letter -> subtree; the key "" marks the end of a word
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _PrefixTree) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return "(?:" + pattern(tree) + ")"


def graphemes(text: str) -> list[str]:
    """User-perceived characters (extended grapheme clusters): "👍🏽" and "é" (e + accent) are one each."""
    found: list[str] = _GRAPHEME.findall(text)
    return found


TokenKind = Literal["digits", "word", "symbol"]
_TOKEN_KINDS: dict[str | None, TokenKind] = {"digits": "digits", "word": "word", "symbol": "symbol"}

# Digits with thousands separators ("1,000,000": comma then exactly three digits), plain digits,
# words (letters with inner apostrophes: "what's"), or any other single non-space character.
_TOKEN = re.compile(
    r"(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
    r"|(?P<symbol>\*\*|[^\w\s])"
)


class Token(NamedTuple):  # a NamedTuple for speed, like numbers.Piece
    """A piece of normalised text; ``start``/``end`` are offsets into that text."""

    kind: TokenKind
    text: str
    start: int
    end: int


def tokenize(normalized: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(normalized):
        kind = _TOKEN_KINDS.get(match.lastgroup)
        if kind is not None:
            tokens.append(Token(kind, match.group(), match.start(), match.end()))
    return tokens


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, for readable word lists."""
    return frozenset(words.split())


# Words that look like a typo of a keyword but are ordinary words in their own right.
NOT_TYPOS = word_set(
    """
    a an and are as at be but by for from had has have he her him his i if in is it its me my no not
    of on or our she so than that the their them then there these they this those to up us was we
    were what when which who why will with would you your
    even ever eve event oven seven eleven given odds
    plum plug plus plush pus pls plz flus lush
    add odd ads aid and end sun some
    tonal totem tote
    party purity pantry
    revere reverie reveres severe
    slip clip flap flop flit blip lip
    tree thee threw three there where these
    fight light might night right sight tight eighth weight height
    fifth forth fort forte forts sixth sixteenth thirsty
    fine five line mine nine dine wine
    um umm ummm uh uhm erm hmm hm
    """
)

_ALPHABET = string.ascii_lowercase


def _one_edit_variants(word: str) -> set[str]:
    """Every string at Damerau-Levenshtein distance exactly 1 from ``word`` (a-z edits)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletions = {left + right[1:] for left, right in splits if right}
    transpositions = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    substitutions = {left + letter + right[1:] for left, right in splits if right for letter in _ALPHABET}
    insertions = {left + letter + right for left, right in splits for letter in _ALPHABET}
    return (deletions | transpositions | substitutions | insertions) - {word}


class Vocabulary:
    """Maps words (and their aliases) to a canonical keyword, forgiving one typo in long keywords.

    A typo is any Damerau-Levenshtein distance-1 variant of a word of ``fuzzy_min_length`` letters or
    more, unless the variant is a real word listed in ``NOT_TYPOS`` or ``reserved``, or is ambiguous
    between two keywords.
    """

    def __init__(
        self,
        words: Mapping[str, str],
        *,
        fuzzy_min_length: int = 4,
        reserved: Iterable[str] = (),
        slips: Mapping[str, str] | None = None,
    ) -> None:
        """``slips``: more forms of the keywords ("rvrse"), matched as they are, never with a further typo."""
        self._exact = dict(words)
        blocked = NOT_TYPOS | set(reserved) | set(self._exact)
        typos: dict[str, str] = {}
        ambiguous: set[str] = set()
        for word, canonical in self._exact.items():
            if len(word) < fuzzy_min_length or not word.isascii() or not word.isalpha():
                continue
            for variant in _one_edit_variants(word) - blocked:
                if typos.setdefault(variant, canonical) != canonical:
                    ambiguous.add(variant)
        for variant in ambiguous:
            del typos[variant]
        # One table for both (a typo is never an exact word: those are blocked above), so a lookup, which
        # every parser makes for most words of every prompt, is a single dictionary read.
        self._forms = {**(slips or {}), **typos, **self._exact}
        # The canonical keyword a word stands for, allowing one typo; None if it is no keyword. The table's own get,
        # not a method around it: a hundred calls a request, each a Python call less.
        self.lookup: Callable[[str], str | None] = self._forms.get

    def forms(self) -> frozenset[str]:
        """Every word ``lookup`` recognises: the keywords and their accepted typos."""
        return frozenset(self._forms)

    def exact(self, word: str) -> str | None:
        return self._exact.get(word)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._forms

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self._exact)


_DOUBLE_QUOTES = frozenset('"“”„‟＂')
_SINGLE_QUOTES = frozenset("'‘’‚‛")
_PAIRED_QUOTES = {"«": "»", "‹": "›", "「": "」", "『": "』"}
_ANY_QUOTE = re.compile("[" + re.escape("".join(sorted(_DOUBLE_QUOTES | _SINGLE_QUOTES | set(_PAIRED_QUOTES)))) + "]")


def find_quoted(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the contents of quoted text: "…", '…', “…”, ‘…’, «…», ‹…›, 「…」.

    One left-to-right pass: an apostrophe inside a word ("what's", "don't") neither opens nor closes.
    """
    if not _ANY_QUOTE.search(text):
        return []  # most prompts: no character that could open a quotation
    spans: list[tuple[int, int]] = []
    opened_at = -1
    closer = ""
    for index, char in enumerate(text):
        if opened_at < 0:
            if char in _DOUBLE_QUOTES:
                opened_at, closer = index, "double"
            elif char in _SINGLE_QUOTES and (index == 0 or not text[index - 1].isalnum()):
                opened_at, closer = index, "single"
            elif char in _PAIRED_QUOTES:
                opened_at, closer = index, _PAIRED_QUOTES[char]
            continue
        closes = (
            (closer == "double" and char in _DOUBLE_QUOTES)
            or (
                closer == "single"
                and char in _SINGLE_QUOTES
                and (index + 1 == len(text) or not text[index + 1].isalnum())
            )
            or char == closer
        )
        if closes:
            spans.append((opened_at + 1, index))
            opened_at = -1
    return spans


def join_words(items: Iterable[str], conjunction: str = "and") -> str:
    """ "2", "2 and 3", "2, 3 and 4"."""
    parts = list(items)
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


def grouped_words(groups: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """{"add": ["add", "adds"]} (a phrases.toml table) -> {"add": "add", "adds": "add"}: word -> canonical."""
    return {word: canonical for canonical, words in groups.items() for word in words}
