"""Writing one word, or a quoted phrase, backwards by user-perceived characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from app.skills.base import (
    Cue,
    Explanation,
    Missing,
    Parsed,
    ParseResult,
    Rejected,
    Span,
    final_answer_sentence,
    load_examples,
    load_toml,
    words_of,
)
from app.skills.operations import other_skill_reason
from app.skills.reversal.refusals import (
    ALWAYS_REFUSED,
    CODE,
    CODE_REQUEST,
    CODE_WORD,
    LIST,
    NO_CUE_REFUSALS,
    OTHER_WORD_OPERATIONS,
    first_refusal,
)
from app.skills.text import (
    NOT_TYPOS,
    Vocabulary,
    alternation_of,
    find_quoted,
    graphemes,
    grouped_words,
    has_any_word,
    join_words,
    misspellings_of,
    normalize,
)

NAME = "reversal"
SCOPE = "reverse a word or a quoted phrase letter by letter"
EXAMPLES = load_examples(__file__)
EXAMPLE_PROMPT = EXAMPLES[0].prompt
_PHRASES = load_toml(__file__, "phrases.toml")
_WORD_LISTS = _PHRASES["words"]
_SEVERAL = "asks to reverse more than one word or phrase at a time"
_MISSING = f'Which word should I reverse? For example: "{EXAMPLE_PROMPT}" or "Reverse \'good morning\'".'

# "pre" cues come before their word ("reverse hello"), "post" cues after it ("hello backwards").


def _two_slips(word: str) -> set[str]:
    """ "rvrse", "bckwards": ``word`` with two of its letters dropped."""
    return {word[:i] + word[i + 1 : j] + word[j + 1 :] for i in range(len(word)) for j in range(i + 1, len(word))}


_CUE_WORDS = grouped_words(_PHRASES["cue_words"])
_NOT_TWO_SLIPS = words_of(_PHRASES["cue_phrases"], "two_slips_not") | NOT_TYPOS
_CUES = Vocabulary(
    _CUE_WORDS,
    slips={
        slip: _CUE_WORDS[word]
        for word in _PHRASES["cue_phrases"]["two_slips_of"]
        for slip in sorted(_two_slips(word) - _NOT_TWO_SLIPS)
    },
)
# Phrases that mean "backwards", rewritten to that word (padded to the same length, so offsets hold).
_CUE_PHRASES = re.compile(r"\b(?:" + "|".join(_PHRASES["cue_phrases"]["backwards"]) + r")\b", re.IGNORECASE)
_TURN_AROUND = re.compile(str(_PHRASES["cue_phrases"]["turn_around"]), re.IGNORECASE)


def _with_cue_phrases_as_words(prompt: str) -> str:
    """ "spell hello back to front" -> "spell hello backwards    ", "turn hello around" -> "flip hello       "."""
    if not _CUE_PHRASES.search(prompt) and not _TURN_AROUND.search(prompt):
        return prompt
    prompt = _CUE_PHRASES.sub(lambda match: "backwards".ljust(len(match.group())), prompt)
    return _TURN_AROUND.sub(lambda match: "flip" + match.group(2) + " " * len(match.group(3)), prompt)


# The words that can be a cue: the cue words and their typos, and the slips that normalising spells out as one.
# A chunk is normalised on its own, without the punctuation around it, so "_reversad_" is spelt "reversed" in
# its chunk though not in the whole text: the checks on the whole text must count "reversad" as a cue too.
_CUE_FORMS = _CUES.forms() | misspellings_of(_CUES.forms())
_FILLERS = words_of(_WORD_LISTS, "fillers")
# Never the target either, but kept for the refusal checks ("reverse the list 1, 2, 3").
_NOT_TARGETS = words_of(_WORD_LISTS, "not_targets")
_WORD_MARKERS = words_of(_WORD_LISTS, "word_markers")
_PHRASE_MARKERS = words_of(_WORD_LISTS, "phrase_markers")
_GREETINGS = words_of(_WORD_LISTS, "greetings")
_READING_VERBS = words_of(_WORD_LISTS, "reading_verbs")
_CASUAL_GREETINGS = _GREETINGS - {"hello", "hi"}
# The instruction's own words, forgiving one typo ("wriet", "lettsrs", "prhase"). Typos count only where
# the prompt's shape already says "instruction here": a marker followed by the text, or the first or last
# word of a longer run, so a word to reverse that is one letter away from "write" or "word" still is one.
# Only words of five letters or more: a four-letter word is one letter away from too many real words
# ("next" from "text", "cake" from "make").
_MARKERS = Vocabulary(
    {**dict.fromkeys(_WORD_MARKERS, "word"), **dict.fromkeys(_PHRASE_MARKERS, "phrase")}, fuzzy_min_length=5
)
_INSTRUCTION_WORDS = Vocabulary(
    {word: word for word in _FILLERS | _WORD_MARKERS | _PHRASE_MARKERS if len(word) >= 5},
    fuzzy_min_length=5,
    reserved=_NOT_TARGETS | words_of(_WORD_LISTS, "not_instruction_typos"),
)
_CLAUSE_END = frozenset(",;:.!?…")

_CHUNK = re.compile(r"\S+")
_TRAILING_FILLER = re.compile(
    r"(?:^|\s)(?:backwards?|reversed|in\s+reverse|please|pls|for\s+me|thanks|thank\s+you)$", re.IGNORECASE
)
_TRAILING_PUNCTUATION = " \t\r\n?.!…"
# Requests about the *reply* ("step by step", "show your work") are never the text to reverse.
_REPLY_INSTRUCTIONS = re.compile(
    r"\b(?:(?:think |go |explain (?:it )?|do (?:it |this )?|solve (?:it )?)?step[ -]by[ -]step"
    r"|(?:show|explain|give) (?:me )?(?:your|the|all) (?:reasoning|work|working|steps|thinking)"
    r"|walk me through (?:it|this)|with (?:an )?explanation|reason it out)\b",
    re.IGNORECASE,
)


class _Chunk(NamedTuple):  # a NamedTuple, like numbers.Piece: immutable and quick to build
    """A whitespace-separated piece of the prompt, trimmed of surrounding punctuation."""

    start: int  # offsets of the trimmed text in the prompt
    end: int
    key: str  # normalised, for keyword matching
    ends_clause: bool


@lru_cache(maxsize=4096)
def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def _chunks(text: str) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    for match in _CHUNK.finditer(text):
        start, end = match.start(), match.end()
        raw_end = end
        while start < end and _is_punctuation(text[start]):
            start += 1
        while end > start and _is_punctuation(text[end - 1]):
            end -= 1
        ends_clause = not _CLAUSE_END.isdisjoint(text[end:raw_end])
        chunks.append(_Chunk(start, end, normalize(text[start:end]), ends_clause))
    return chunks


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each quotation (quotes included) blanked out, offsets unchanged."""
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces.append(text[position : start - 1])
        pieces.append(" " * (end - start + 2))
        position = end + 1
    pieces.append(text[position:])
    return "".join(pieces)


# An arrow between the text and its cue points, it is not text: "Mississippi -> backwards" (the chunk "->" keeps
# its ">" once its leading dash is taken as punctuation).
_ARROWS = frozenset({">", "=>", "→", "⇒", "➔", "⟶"})


def _is_content(chunk: _Chunk) -> bool:
    key = chunk.key
    return (
        bool(key)
        and key not in _FILLERS
        and key not in _NOT_TARGETS
        and key not in _ARROWS
        and _CUES.lookup(key) is None
    )


def _runs(chunks: Sequence[_Chunk]) -> list[tuple[int, int]]:
    """Maximal runs [first, last] of content chunks not broken by punctuation."""
    runs: list[tuple[int, int]] = []
    for index, chunk in enumerate(chunks):
        if not _is_content(chunk):
            continue
        if runs and runs[-1][1] == index - 1 and not chunks[index - 1].ends_clause:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _cue_direction(chunks: Sequence[_Chunk], index: int) -> str | None:
    direction = _CUES.lookup(chunks[index].key)
    if direction == "pre" and index > 0 and chunks[index - 1].key == "in":  # "write hello in reverse"
        return "post"
    return direction


_POLITE = frozenset({"please", "pls", "plz", "thanks", "thx"})
# Words that close a request after a comma, not a list's next item.
_SIGN_OFFS = _POLITE | {"cheers", "ty", "mate", "buddy", "bro", "dude", "lol", "ta", "merci", "gracias", "danke"}


def _names_the_last_word(chunks: Sequence[_Chunk], index: int) -> bool:
    """ "the word" and one word after it, the prompt's last: that word is the text, even one that is never the
    text elsewhere ("reverse the word it", "reverse the word number", "flip the word list, please")."""
    if chunks[index].key != "word" or index == 0 or chunks[index - 1].key not in ("the", "this"):
        return False
    following = chunks[index + 1] if index + 1 < len(chunks) else None
    if following is None or not following.key.isalpha() or following.key in _POLITE or _CUES.lookup(following.key):
        return False  # (a cue after "the word" is the request's: "write the word backwards")
    return all(chunk.key in _POLITE or not chunk.key for chunk in chunks[index + 2 :])


def _target_run(chunks: Sequence[_Chunk], cue_indices: Sequence[int]) -> tuple[int, int] | None:
    for index, chunk in enumerate(chunks[:-1]):
        if _MARKERS.lookup(chunk.key) == "word" and _CUES.lookup(chunks[index + 1].key) and len(cue_indices) > 1:
            return index + 1, index + 1  # "reverse the word reverse": the second cue word is the text
        if _names_the_last_word(chunks, index):
            return index + 1, index + 1  # "reverse the word it", "reverse the word list": that word is the text
    runs = _runs(chunks)
    if not runs:
        return None
    # "reverse the word hello", "flip the letters of hello": the run right after the marker.
    for index, chunk in enumerate(chunks):
        if _MARKERS.lookup(chunk.key) == "word":
            following = [run for run in runs if run[0] > index]
            if following and all(chunk.key in ("of", "in", "") for chunk in chunks[index + 1 : following[0][0]]):
                return following[0]
    for index in cue_indices:
        direction = _cue_direction(chunks, index)
        if direction == "pre":
            after = [run for run in runs if run[0] > index]
            if after:
                return after[0]
        elif direction == "post":
            # The verb of the reading is not the text: "stressed: go backwards" (from "go from the end to the
            # start"), "how doughnut reads if you go right to left", "its letters run backwards".
            cut = index
            while cut > 0 and chunks[cut - 1].key in _READING_VERBS:
                cut -= 1
            before = [(first, min(last, cut - 1)) for first, last in runs if first < cut]
            if before:
                first, last = before[-1]
                while first < last and chunks[last].key in _READING_VERBS:
                    last -= 1
                return first, last
    not_greetings = [run for run in runs if not (run[0] == run[1] and chunks[run[0]].key in _GREETINGS)]
    return not_greetings[0] if len(not_greetings) == 1 else None


def _without_misspelt_instructions(chunks: Sequence[_Chunk], run: tuple[int, int]) -> tuple[int, int]:
    """ "wriet 東京" -> "東京", "bord مرحبا" -> "مرحبا": the instruction's words, misspelt, at the edges of a
    run of several words. A single word is kept: it is the text to reverse ("reverse ward")."""
    first, last = run
    if first == 0 < last and chunks[0].key in _CASUAL_GREETINGS:
        first = 1  # "yo stressed: backwards" (not "hello world backwards": "hello" is often the text)
    while first < last and _INSTRUCTION_WORDS.lookup(chunks[first].key) is not None:
        first += 1
    while first < last and _INSTRUCTION_WORDS.lookup(chunks[last].key) is not None:
        last -= 1
    return first, last


def _is_symbols(text: str) -> bool:
    return all(unicodedata.category(char) in ("So", "Sk", "Mn", "Cf") for char in text)


def _without_decoration(original: str, chunks: Sequence[_Chunk], run: tuple[int, int]) -> tuple[int, int]:
    """The run without the emoji after its words: "reverse the word cat 🐱" reverses "cat" (alone, an emoji is the
    text: "reverse 🐱🐶")."""
    first, last = run
    while last > first and _is_symbols(original[chunks[last].start : chunks[last].end]):
        last -= 1
    return first, last


def _phrase_after_marker(text: str, chunks: Sequence[_Chunk]) -> tuple[int, str] | None:
    """ "reverse the sentence I like tea" -> (index of "sentence", "I like tea")."""
    for index, chunk in enumerate(chunks):
        if (
            _MARKERS.lookup(chunk.key) != "phrase"
            or index == 0
            or chunks[index - 1].key not in ("the", "this", "following")
        ):
            continue
        phrase = text[chunk.end :].lstrip(" \t\r\n:-–—")
        while True:
            phrase = phrase.rstrip(_TRAILING_PUNCTUATION)
            trailing = _TRAILING_FILLER.search(phrase)
            if trailing is None:
                break
            phrase = phrase[: trailing.start()]
        if phrase or chunk.key in _PHRASE_MARKERS:  # a misspelt marker counts only with a phrase after it
            return index, phrase
    return None


# What comes right before a text the prompt marks as the one to reverse: a quote, or a marker ("the word X", "the
# letters of X").
_MARKED_BEFORE = re.compile(
    r"(?:[\"'“‘«`]\s*|\b" + alternation_of(_WORD_MARKERS | _PHRASE_MARKERS) + r"(?:\s+of)?\s*[:,]?\s*)$"
)


def _marked_as_the_text(prompt: str, target: str) -> bool:
    """Whether the prompt quotes the target or names it with a marker, wherever it stands."""
    text, found = prompt.casefold(), target.casefold()
    start = text.find(found)
    while start != -1:
        if _MARKED_BEFORE.search(text, 0, start) is not None:
            return True
        start = text.find(found, start + 1)
    return False


def _outside_a_one_word_target(analysis: str, chunks: Sequence[_Chunk], run: tuple[int, int] | None) -> str:
    """The text to check for a code request: without the target when it is one word that the prompt marks as
    the text ("reverse the word python", "write python backwards"), so a language's name can be reversed."""
    if run is None or run[0] != run[1]:
        return analysis
    index = run[0]
    before = chunks[index - 1].key if index > 0 else ""
    after = chunks[index + 1].key if index + 1 < len(chunks) else ""
    if _MARKERS.lookup(before) == "word" or _CUES.lookup(after) == "post" or after == "in":
        return " ".join(chunk.key for position, chunk in enumerate(chunks) if position != index)
    return analysis


def _display_grapheme(grapheme: str) -> str:
    return "(space)" if grapheme.isspace() else grapheme


def _may_have_a_cue(prompt: str) -> bool:
    """False only if the parser below would find no cue, judged on the whole prompt (no quotation scan).

    Blanking out quotations and reply instructions turns characters into spaces in spans whose edges are
    not word characters, so it never creates a run of letters; on ASCII text, normalising maps character
    by character, so a cue run of the blanked text is a run of the whole prompt too. Elsewhere normalising
    deletes format characters, which can join a cue to the word after it until that word is blanked out
    ("backwards\u200bstep by step"), so other text always takes the full path.
    """
    return not prompt.isascii() or has_any_word(normalize(prompt), _CUE_FORMS)


def _without_quotations_and_instructions(prompt: str) -> tuple[list[tuple[int, int]], str]:
    quoted = find_quoted(prompt)
    return quoted, _REPLY_INSTRUCTIONS.sub(lambda match: " " * len(match.group()), _mask(prompt, quoted))


def _no_cue_reason(full_analysis: str) -> str | None:
    """Why a prompt without a cue of reversal is not one: a word operation or code it asks for, or another
    skill's task ("what's the difference between baking soda and baking powder" is subtraction's cousin), so
    the model does not reverse a word of it."""
    refusal = first_refusal(full_analysis, NO_CUE_REFUSALS)
    return f"this {refusal}" if refusal else other_skill_reason(full_analysis, asking=NAME)


# Other skills refuse a prompt that also asks to reverse something ("12 plus 30 backwards").
_REVERSAL_CUE = re.compile(r"\brevers\w*|\bbackwards?\b")
CUE = Cue("asks to reverse something", lambda _pieces, shape: _REVERSAL_CUE.search(shape) is not None)


_EDGE_PUNCTUATION = "\"'“”‘’«»„`.,;:!?()[]{}<>"


class ReversalSkill:
    """Reverses a word or phrase by grapheme clusters, keeping case, accents and emoji intact."""

    name: str = NAME
    title: str = "Reversal"
    capability: str = "reverse a word or a quoted phrase"
    examples = EXAMPLES
    cue = CUE

    def parse(self, prompt: str) -> ParseResult[str]:
        original, prompt = prompt, _with_cue_phrases_as_words(prompt)
        if not _may_have_a_cue(prompt):  # most prompts: no need to look for quotations
            return Rejected(
                SCOPE,
                lambda: _no_cue_reason(normalize(_without_quotations_and_instructions(prompt)[1])),
                cue_found=False,
            )
        quoted, unquoted = _without_quotations_and_instructions(prompt)
        full_analysis = normalize(unquoted)
        # A cue is a whole run of letters, so a prompt with no such run in its normalised text has none:
        # skip splitting it into chunks (most prompts are not reversals, and every prompt is parsed).
        if not has_any_word(full_analysis, _CUE_FORMS):
            chunks: list[_Chunk] = []
        else:
            chunks = _chunks(unquoted)
        cue_indices = [index for index, chunk in enumerate(chunks) if _CUES.lookup(chunk.key) is not None]
        if not cue_indices:
            return Rejected(SCOPE, lambda: _no_cue_reason(full_analysis), cue_found=False)
        refusal = first_refusal(full_analysis, ALWAYS_REFUSED)
        if refusal is not None:
            return Rejected(SCOPE, f"this {refusal}")

        target: str | None
        rest: Sequence[_Chunk]
        run_of_target: tuple[int, int] | None = None
        quotations = [original[start:end].strip() for start, end in quoted]
        phrase = _phrase_after_marker(unquoted, chunks)
        if quotations:
            if len(quotations) > 1:
                return Rejected(SCOPE, f"this {_SEVERAL}")
            target, rest = quotations[0], chunks
        elif phrase is not None:
            marker_index, target = phrase
            rest = chunks[: marker_index + 1]
        else:
            run = _target_run(chunks, cue_indices)
            if run is None:
                target, rest = None, chunks
            else:
                first, last = run_of_target = _without_decoration(
                    original, chunks, _without_misspelt_instructions(chunks, run)
                )
                target = original[chunks[first].start : chunks[last].end]
                rest = [*chunks[:first], *chunks[last + 1 :]]
                following = chunks[last + 1] if last + 1 < len(chunks) else None
                if (
                    following is not None
                    and _is_content(following)
                    and following.key not in _SIGN_OFFS  # "reverse the word garden, cheers mate"
                    and unquoted[chunks[last].end : following.start].strip().startswith(",")
                ):
                    return Rejected(SCOPE, f"this {LIST}")
        if CODE_REQUEST.search(_outside_a_one_word_target(full_analysis, chunks, run_of_target)):
            return Rejected(SCOPE, f"this {CODE}")
        refusal = first_refusal(" ".join(chunk.key for chunk in rest), OTHER_WORD_OPERATIONS)
        if refusal is None and not quotations and phrase is None and target and " " in target.strip():
            # Several words with a programming word among them and nothing saying they are the text to reverse
            # ("reverse this java code", "reverse my sql query") are about code; one word alone ("reverse the
            # word code"), a quotation or "the sentence ..." is text.
            refusal = CODE if CODE_WORD.search(normalize(target)) else None
        if refusal is not None:
            return Rejected(SCOPE, f"this {refusal}")
        if not target:
            return Missing(_MISSING)
        return Parsed(target)

    def doubt(self, prompt: str, rules: str, model: Callable[[], str | None]) -> str | None:
        """Ask which text to reverse when the rules took a word the prompt does not mark as the text (no quotes,
        no "the word", "letters of" before it) and the model reads a text apart from it: "I wonder what Dublin
        looks like seplled backwards" took the slip next to the cue. A target in another script is the rules' (the
        model reads other scripts poorly)."""
        if not rules.isascii() or _marked_as_the_text(prompt, rules):
            return None
        read = model()
        if read is None:
            return None
        ours, theirs = rules.casefold(), read.casefold()
        if theirs in ours or ours in theirs or set(ours.split()) & set(theirs.split()):
            return None  # one reading holds the other ("x" of "<script>x</script>"), or they share a word
        return f'Which should I reverse: "{rules}" or "{read}"?'

    def operands_from_spans(self, prompt: str, spans: Sequence[Span]) -> ParseResult[str]:
        """The tagged text, snapped to the quotation it is in or to whole words, without the punctuation around
        it: the words a span covers at least half of ("café b" of "café backwards" is "café"), or, when it covers
        no word that much, the words it touches ("un" of "sunflower"). Of several tagged stretches, the one in a
        quotation, else the longest of words at least half tagged, else the one with the most tagged letters (the
        others are stray tags)."""
        tagged: dict[tuple[int, int], tuple[bool, bool, int]] = {}  # (start, end) -> quoted, half covered, letters
        quotations, unquoted = _without_quotations_and_instructions(prompt)
        words = [(match.start(), match.end()) for match in re.finditer(r"\S+", prompt)]
        # The words of a cue phrase are the request's: "back" of "write it back to front" is no word to reverse.
        cue_phrases = [match.span() for match in _CUE_PHRASES.finditer(prompt)]
        for start, end, _role in spans:
            if not prompt[start:end].strip():
                continue
            inside = [quote for quote in quotations if quote[0] <= start and end <= quote[1]]
            if inside:
                tagged[inside[0]] = (True, True, 0)  # a quotation ranks first: its letters are not counted
                continue
            overlaps = {
                word: min(end, word[1]) - max(start, word[0]) for word in words if start < word[1] and word[0] < end
            }
            covered = [word for word, overlap in overlaps.items() if 2 * overlap >= word[1] - word[0]]
            # A few letters of a reply instruction ("with explanation") are no word to reverse.
            touched = covered or [word for word in overlaps if unquoted[word[0] : word[1]].strip()]
            if not touched:
                continue
            candidate = (touched[0][0], touched[-1][1])
            if any(first <= candidate[0] and candidate[1] <= last for first, last in cue_phrases):
                continue
            quoted, strong, letters = tagged.get(candidate, (False, False, 0))
            tagged[candidate] = (quoted, strong or bool(covered), letters + sum(overlaps[word] for word in touched))
        targets = [
            # Of stretches of half-tagged words the longest, as before the fallback; of the others the most tagged.
            (quoted, strong, 0 if strong else letters, len(target), target)
            for candidate, (quoted, strong, letters) in tagged.items()
            if (target := prompt[candidate[0] : candidate[1]].strip().strip(_EDGE_PUNCTUATION).strip())
            # Unquoted, it must hold a word of its own: "write the word backwards" names no word, whatever the
            # tagger marked ("word", "it", "this" are the request's, as the rules read them).
            and (quoted or any(_is_content(chunk) for chunk in _chunks(target)))
        ]
        if not targets:
            return Missing(_MISSING)
        return Parsed(max(targets)[4])

    def solve(self, operands: str) -> str:
        return "".join(reversed(graphemes(operands)))

    def show_operands(self, operands: str) -> list[str]:
        return [operands]

    def explain(self, operands: str, answer: str) -> Explanation:
        characters = graphemes(operands)
        shown = [_display_grapheme(grapheme) for grapheme in characters]
        count = len(characters)
        noun = "character" if count == 1 else "characters"
        steps: list[str] = []
        if count <= 60:
            steps.append(f"Write out the {count} {noun} in order: {', '.join(shown)}.")
            steps.append(f"Read them from last to first: {', '.join(reversed(shown))}.")
        else:
            steps.append(
                f"The text has {count} characters (spaces count too). "
                f"It starts with {', '.join(shown[:5])} and ends with {', '.join(shown[-5:])}."
            )
            steps.append(
                f"Read them from last to first: {', '.join(reversed(shown[-5:]))}, ... "
                f"down to {', '.join(reversed(shown[:5]))}."
            )
        composed = [grapheme for grapheme in dict.fromkeys(characters) if len(grapheme) > 1]
        if composed:
            listed = join_words(f'"{grapheme}"' for grapheme in composed[:3])
            each = "it is" if len(composed) == 1 else "each is"
            steps.append(
                f"Keep {listed} whole: {each} one character on screen, even though it is built from "
                "several code points."
            )
        if any(character.isalpha() and character != character.lower() for character in operands):
            steps.append("Capital letters stay capital; only their position changes.")
        steps.append(f"Join them back together: {answer}.")
        return Explanation(
            f'Let\'s reverse "{operands}" one character at a time.', steps, final_answer_sentence(answer, quoted=True)
        )


REVERSAL = ReversalSkill()
SKILL = REVERSAL
