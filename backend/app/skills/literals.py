"""Strings that every match of a regular expression contains, read from the pattern, so that a search can be
skipped on a text that holds none of them: ``"sqrt" in text`` is a single fast scan, while a pattern of many
alternatives ("\\bsquare roots?\\b|\\bsqrt\\b|√|...") is tried at every position of the text.

The pattern is read with the standard library's own parser (``re._parser``, the module behind ``re.compile``).
The answer is conservative: a part of the pattern that is not plain text (a class, a repeat that may be
absent, a case-insensitive group, a lookaround) requires nothing; when nothing can be said, the answer is None
and the pattern is always searched. So ``may_match`` is False only where the search finds nothing.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+; 3.10 has the same parser as sre_parse
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

Needs = tuple[str, ...]  # one of these strings is in every match
_MOST_STRINGS = 16  # looking for more would cost more than the search it spares


def required_substrings(pattern: str | re.Pattern[str]) -> Needs | None:
    """Strings one of which every match of ``pattern`` contains, or None when nothing is known."""
    if isinstance(pattern, re.Pattern):
        flags, pattern = pattern.flags, pattern.pattern
    else:
        flags = 0
    try:
        parsed = _sre_parse.parse(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        return _needs(list(parsed))
    except Exception:  # pragma: no cover - a parser of another shape (another Python): then nothing is known
        return None


def may_match(needs: Needs | None, text: str) -> bool:
    """False only if a pattern that needs one of ``needs`` cannot match ``text``."""
    if needs is None:
        return True
    for needed in needs:  # noqa: SIM110  (a plain loop: twice as quick as any() over a generator)
        if needed in text:
            return True
    return False


def _needs(items: list[tuple[Any, Any]]) -> Needs | None:
    """What a sequence of parsed items needs: the most selective of the needs of its parts (each part is in
    every match of the sequence), or None."""
    best: Needs | None = None
    run: list[str] = []  # consecutive literal characters: matched side by side

    def keep(candidate: Needs | None) -> None:
        nonlocal best
        if not candidate or not all(candidate) or len(candidate) > _MOST_STRINGS:
            return
        if best is None or _rank(candidate) > _rank(best):
            best = candidate

    for op, argument in items:
        if op is _sre.LITERAL:
            run.append(chr(argument))
            continue
        keep(("".join(run),) if run else None)
        run = []
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, body = argument
            if not add_flags & (re.IGNORECASE | re.VERBOSE):
                keep(_needs(list(body)))
        elif op is _sre.BRANCH:
            alternatives = [_needs(list(alternative)) for alternative in argument[1]]
            if all(alternative is not None for alternative in alternatives):
                keep(_fewest(needed for alternative in alternatives if alternative for needed in alternative))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) or op is getattr(_sre, "POSSESSIVE_REPEAT", None):
            low, _high, body = argument
            if low >= 1:
                keep(_needs(list(body)))
        elif op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in argument):
            keep(_fewest(chr(code) for _, code in argument))  # a class of plain characters: one of them
    keep(("".join(run),) if run else None)
    return best


def _fewest(strings: Any) -> Needs:
    """The strings without those that contain another one (finding the shorter one is enough)."""
    unique = sorted(set(strings), key=len)
    kept: list[str] = []
    for candidate in unique:
        if not any(shorter in candidate for shorter in kept):
            kept.append(candidate)
    return tuple(kept)


def _rank(needs: Needs) -> tuple[int, int]:
    """Longer strings are rarer in a text, and fewer are quicker to look for."""
    return min(len(needed) for needed in needs), -len(needs)


class Guarded:
    """A compiled pattern searched only in a text that holds one of the strings it needs (``search`` answers as
    the pattern's does, None where that cannot match)."""

    __slots__ = ("needs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = required_substrings(pattern)

    def search(self, text: str, /) -> re.Match[str] | None:
        return self.pattern.search(text) if may_match(self.needs, text) else None

    def sub(self, replacement: str, text: str, /) -> str:
        """``pattern.sub(replacement, text)``: the text itself where the pattern cannot match."""
        return self.pattern.sub(replacement, text) if may_match(self.needs, text) else text


class Alternatives:
    """``re.compile("|".join(alternatives)).search``, found by searching each alternative on its own, and only in a
    text holding a string it needs (most texts hold none for most alternatives, and a long alternation is tried
    at every position of the text).

    The same match: the alternation's is at the leftmost position where any alternative matches, by the first
    alternative (in order) that matches there, as that alternative alone matches there.
    """

    __slots__ = ("alternatives", "sources")

    def __init__(self, alternatives: tuple[str, ...]) -> None:
        self.sources = alternatives
        self.alternatives = tuple(Guarded(re.compile(alternative)) for alternative in alternatives)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The alternation itself: the reference this class answers as (for tests and readers). Compiled only when
        asked for: the server never needs it, and compiling a long alternation cost 26 ms of its start-up."""
        return re.compile("|".join(self.sources))

    def search(self, text: str, /) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for alternative in self.alternatives:
            match = alternative.search(text)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best

    def found_in(self, text: str) -> bool:
        """Whether the alternation matches anywhere (the first alternative that matches settles it)."""
        return any(alternative.search(text) is not None for alternative in self.alternatives)
