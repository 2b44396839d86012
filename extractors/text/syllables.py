"""Is a word a well-formed Vietnamese syllable?

Vietnamese writes one syllable per word: an onset, a rhyme and at most one
tone mark, with a few spelling rules (``k``/``gh``/``ngh`` only before a front
vowel, a rhyme closed by ``c ch p t`` takes only the sắc or nặng tone).  The
inventory lives in ``data/vietnamese_syllables.json``.

The validator is what tells a right decoding of legacy bytes from a wrong
one: mojibake made of Vietnamese letters (VISCII bytes read as TCVN3, say)
still gives letters, but not syllables.  Both tone placements (``hoà`` and
``hòa``) are accepted: the check looks at the letters and counts tone marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from vanban.extractors.datafiles import load_json

_DATA = load_json("vietnamese_syllables.json")
_TONES = frozenset(_DATA["tone_marks"])
_STOP_TONES = frozenset(_DATA["stop_coda_tones"])
_STOP_CODAS = tuple(sorted(_DATA["stop_codas"], key=len, reverse=True))
_FRONT = _DATA["front_vowel_onsets"]
_FRONT_VOWELS = frozenset(_FRONT["front_vowels"])


def _inventory() -> frozenset[str]:
    syllables = set()
    for onset in _DATA["onsets"]:
        if onset in ("qu", "gi"):
            continue
        for rhyme in _DATA["rhymes"]:
            front = rhyme[0] in _FRONT_VOWELS
            if onset in _FRONT["front_only"] and not front:
                continue
            if onset in _FRONT["never_front"] and front:
                continue
            syllables.add(onset + rhyme)
    syllables.update("qu" + rhyme for rhyme in _DATA["rhymes_after_qu"])
    # ``gi`` is an onset of its own (``giữa``, ``giêng``) besides g + i (``gìn``).
    syllables.update("gi" + rhyme for rhyme in _DATA["rhymes"] if rhyme[0] != "i")
    syllables.update("gi" + rhyme for rhyme in _DATA["rhymes_after_gi"])
    return frozenset(unicodedata.normalize("NFC", s) for s in syllables)


SYLLABLES = _inventory()
# Letters, combining marks; anything else inside a word (``µ``, ``¸``, a
# control character) makes it a non-syllable.
# Unicode White_Space spelled out, so that the faster ``re`` splits exactly as
# ``regex``'s \s would (``re``'s \s also takes \x1c-\x1f).
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_DASH_CHARS = "\\-/–—"  # (within a character class)
_WORD_SPLIT = re.compile(f"[{_WHITE_SPACE}{_DASH_CHARS}]+")
_EDGE_PUNCT = "\"'“”‘’„«»()[]{}<>.,;:!?…*•·|"
_LETTERS_ONLY = regex.compile(r"^[\p{L}\p{M}]+$")
_HAS_DIGIT = regex.compile(r"\d")
_NO_LETTER = regex.compile(r"^[^\p{L}]+$")
# Codes and acronyms: plain capitals, Đ included (HĐND, KHHGĐ, GD&ĐT, TP.HCM).
_ACRONYM = regex.compile(r"^[A-ZĐ][A-ZĐ&.]*$")


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether ``word`` (any case, NFC or NFD) spells one Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    if bare not in SYLLABLES:
        return False
    if bare.endswith(_STOP_CODAS):
        return bool(tones) and tones[0] in _STOP_TONES
    return True


@dataclass(frozen=True)
class SyllableScore:
    valid: int
    counted: int

    @property
    def share(self) -> float:
        return self.valid / self.counted if self.counted else 0.0


def words(text: str) -> list[str]:
    """Whitespace/hyphen/slash separated words with edge punctuation stripped."""
    out = []
    for raw in _WORD_SPLIT.split(text):
        word = raw.strip(_EDGE_PUNCT)
        if word:
            out.append(word)
    return out


@lru_cache(maxsize=65536)
def classify(word: str) -> bool | None:
    """True for a syllable, False for a non-syllable, None for a word that
    says nothing (numbers, codes, acronyms in plain capitals)."""
    if _HAS_DIGIT.search(word) or _NO_LETTER.match(word) or _ACRONYM.match(word):
        return None
    if not _LETTERS_ONLY.match(word):
        return False
    if is_syllable(word):
        return True
    if word.isascii() and len(word) == 1:
        return None  # an initial
    return False


# The words of the last text scored, with their verdicts: a reader scores one
# text twice (for its encoding, then for its language), and splitting and
# judging its words is most of the cost.
_LAST_JUDGED: tuple = (None, None)


# The white space that ``str.split`` takes and ``_WORD_SPLIT`` does not.
_SPLIT_ONLY_SPACE = "\x1c\x1d\x1e\x1f"
_DASHES = re.compile(f"[{_DASH_CHARS}]+")


def _word_counts(text: str) -> Counter:
    """How often each word of ``_WORD_SPLIT.split(text)`` occurs: split at white space
    by ``str.split`` (at half the cost), then at dashes and slashes the few words that
    hold one (empty words uncounted)."""
    if any(space in text for space in _SPLIT_ONLY_SPACE):
        counts = Counter(_WORD_SPLIT.split(text))
        counts.pop("", None)
        return counts
    counts = Counter()
    for word, times in Counter(text.split()).items():
        if not word.isalnum() and _DASHES.search(word):
            for part in _DASHES.split(word):
                if part:
                    counts[part] += times
        else:
            counts[word] += times
    return counts


def _judged(text: str) -> list[tuple[str, int, bool]]:
    """Each distinct word of ``text`` that says something (``classify`` not None),
    edge punctuation stripped, with how often it occurs and its verdict."""
    global _LAST_JUDGED
    if _LAST_JUDGED[0] is text:
        return _LAST_JUDGED[1]
    judged = []
    # A document repeats its words: judge each distinct one once.
    for raw, times in _word_counts(unicodedata.normalize("NFC", text)).items():
        word = raw.strip(_EDGE_PUNCT)
        if word:
            verdict = classify(word)
            if verdict is not None:
                judged.append((word, times, verdict))
    _LAST_JUDGED = (text, judged)
    return judged


def score(text: str, only=None) -> SyllableScore:
    """Share of the words of ``text`` that are Vietnamese syllables.

    ``only`` (a predicate on the raw word) restricts the count to the words
    that carry the evidence, e.g. those holding a non-ASCII character.
    """
    valid = counted = 0
    for word, times, verdict in _judged(text):
        if only is not None and not only(word):
            continue
        counted += times
        valid += verdict * times
    return SyllableScore(valid, counted)
