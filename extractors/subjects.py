"""What a figure is about: the measure named before a percentage or ratio.

``tỷ số giới tính khi sinh đã giảm nhưng vẫn ở mức cao (117 trẻ nam/100 trẻ nữ)``
-> ``tỷ số giới tính khi sinh``; ``số lượng cộng tác viên dân số cắt giảm 40%``
-> ``số lượng cộng tác viên dân số``.

The rule is deliberately general: inside the clause that ends at the figure,
find noun phrases that start with a measure head word (``tỷ lệ``, ``số lượng``,
``mức`` …, listed in ``data/measures.json``) and run until a verb, function
word, punctuation or digit; the nearest valid one before the figure wins.
Weak heads (``số``, ``mức``) only count with a noun after them, so ``ở mức cao``
and ``dân số`` are not subjects.  An anaphoric phrase (``tỷ lệ này``) is
resolved to the nearest earlier phrase with the same head, when there is one.

The subject stored on a fact is the *canonical* form (``canonical_subject``):
whitespace collapsed, markdown stripped, a leading capital lowered, and the
spelling variant ``tỉ`` written ``tỷ`` (``tỉ lệ`` = ``tỷ lệ``), so that one
query finds every figure of a measure.  ``find_subject`` also returns the phrase
as written with its offsets for callers that want to show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from vanban.extractors.datafiles import load_json

VERSION = "1.2"  # 1.2: a figure with no or a vague measure takes the one named before it

_DATA = load_json("measures.json")

# How far back a subject may be looked for, in characters: a clause rarely
# runs longer, and the bound keeps the finder linear in the text length.
_CLAUSE_WINDOW = 400
_ANAPHORA_WINDOW = 2000
_MAX_PHRASE_WORDS = 9
_VAGUE_WORDS = sorted(
    (canonical_subject_words for canonical_subject_words in _DATA["vague_words"]), key=len, reverse=True
)


def _alternation(words) -> str:
    """Pattern matching any of ``words``, the longest where several do; a space
    matches any run of whitespace.  Written as a trie, so that at each position
    the engine follows one branch instead of trying every word."""
    trie: dict = {}
    for word in sorted(set(words)):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [
            (r"\s+" if char == " " else regex.escape(char)) + pattern(child)
            for char, child in node.items()
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Trying the longer words first, as the greedy ``?`` does, is what a
        # longest-first alternation does.
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def _lower_set(words) -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in words)


_STRONG = _lower_set(_DATA["strong_heads"])
_WEAK = _lower_set(_DATA["weak_heads"])
_HEAD_RE = regex.compile(
    r"(?<![\p{L}\d])(?:" + _alternation(list(_STRONG) + list(_WEAK)) + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
_STOP = _lower_set(_DATA["phrase_stop_words"])
_STOP_PAIRS = frozenset(tuple(w.split()) for w in _STOP if w.count(" ") == 1)


def _keep_index(phrases) -> dict[str, list[list[str]]]:
    """Phrases kept whole, by their first word, longest first."""
    index: dict[str, list[list[str]]] = {}
    for words in sorted((p.lower().split() for p in phrases), key=len, reverse=True):
        index.setdefault(words[0], []).append(words)
    return index


_KEEP = _keep_index(_DATA["keep_inside_phrase"])
# A phrase reads this many words ahead for a phrase to keep whole (``khi sinh``,
# ``thu gom và xử lý``): as many as the longest of them.
_KEEP_LOOKAHEAD = max(len(p.split()) for p in _DATA["keep_inside_phrase"])
_BLOCKED_BEFORE = _lower_set(_DATA["weak_head_blocked_before"])
_BLOCKED_AFTER = _lower_set(_DATA["weak_head_blocked_after"])
_ANAPHORA = _lower_set(_DATA["anaphora_words"])
_STANDALONE = _lower_set(_DATA["standalone_heads"])

# A clause ends at sentence punctuation (a dot not inside a number), a blank
# line, or a line that starts a bullet or heading; single hard line breaks are
# line wrapping inside a sentence.
_MARK = r"[!?;…]|\.(?!\d)"
_BOUNDARY_RE = regex.compile(_MARK + r"|\n[ \t]*\n|\n(?=[ \t]*(?:[-+•–#|]|\*(?!\*)|\d+[.)]\s|[a-zđ]\)\s))")
# A punctuation mark is a boundary wherever it stands and is never inside a
# longer boundary, so the clause scan can start after the last one: searched
# backwards, it is usually only a few words before the figure.
_LAST_MARK_RE = regex.compile(_MARK, regex.REVERSE)
# What can continue a phrase after its head: words, with spaces and markdown
# emphasis (transparent) between them; any other character ends the phrase.
# Its longest form plus the look-ahead for kept phrases bounds the words read.
_WORD_RUN_RE = regex.compile(r"(?:[\s*]*(?P<word>\p{L}+)){0,%d}" % (_MAX_PHRASE_WORDS + _KEEP_LOOKAHEAD - 1))
_TI_RE = regex.compile(r"(?<!\p{L})([tT])ỉ(?!\p{L})")


@dataclass(frozen=True)
class Subject:
    text: str  # the phrase as written (may hold line breaks or markdown)
    start: int
    end: int
    canonical: str
    anaphoric: bool = False


@lru_cache(maxsize=4096)
def canonical_subject(phrase: str) -> str:
    """Normalised measure name: ``Tỉ  lệ\\n**hộ nghèo**`` -> ``tỷ lệ hộ nghèo``."""
    s = " ".join(phrase.replace("*", " ").replace("_", " ").split())
    s = _TI_RE.sub(lambda m: m.group(1) + "ỷ", s)
    first = s.split(" ", 1)[0] if s else ""
    if first and not first.isupper():
        s = s[0].lower() + s[1:]
    return s


def _clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - _CLAUSE_WINDOW)
    mark = _LAST_MARK_RE.search(text, lo, pos)
    start = mark.end() if mark else lo
    if text.find("\n", start, pos) < 0:
        return start  # after the last mark, only a line break can end the clause
    for m in _BOUNDARY_RE.finditer(text, start, pos):
        start = m.end()
    return start


_LETTERS = regex.compile(r"\p{L}+")


def _previous_word(text: str, pos: int, limit: int) -> tuple[str, str]:
    words = _LETTERS.findall(text, max(limit, pos - 40), pos)
    return " ".join(words[-2:]).lower(), (words[-1].lower() if words else "")


def _phrase_end(low: list[str]) -> int:
    """Number of the words ``low`` that continue the phrase after its head.

    A phrase kept whole counts as one word towards the limit: it names one
    thing (``thu gom và xử lý``)."""
    i = units = 0
    n = len(low)
    while i < n and units < _MAX_PHRASE_WORDS:
        units += 1
        word = low[i]
        kept = _KEEP.get(word)
        if kept:
            kept = next((len(k) for k in kept if low[i : i + len(k)] == k), 0)
            if kept:
                i += kept
                continue
        if word in _STOP or (i + 1 < n and (word, low[i + 1]) in _STOP_PAIRS):
            break
        i += 1
    return i


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
    """Measure phrases in text[lo:hi], in order, as (start, end, head, anaphoric)."""
    out: list[tuple[int, int, str, bool]] = []
    _scan(text, lo, lo, hi, out)
    return out


def _scan(text: str, lo: int, pos: int, hi: int, out: list) -> int:
    """Add the measure phrases of text[pos:hi] to ``out`` (the clause starts at
    ``lo``); returns where a further scan would go on."""
    while True:
        m = _HEAD_RE.search(text, pos, hi)
        if not m:
            return pos
        head_end = m.end()
        head = " ".join(m.group().lower().split())
        run = _WORD_RUN_RE.match(text, head_end, hi)
        ends = run.ends("word")
        low = [w.lower() for w in run.captures("word")]
        j = _phrase_end(low)
        words = low[:j]
        end = ends[j - 1] if j else head_end
        pos = max(end, head_end)
        first_after = words[0] if words else ""
        anaphoric = bool(words) and first_after in _ANAPHORA
        if words and not anaphoric:
            # ``tỷ lệ cử tri đồng ý nói trên``: a trailing pointer is not part of the name.
            while words and words[-1] in _ANAPHORA:
                words.pop()
            end = ends[len(words) - 1] if words else head_end
        if head in _WEAK:
            two_before, one_before = _previous_word(text, m.start(), lo)
            if (
                not words
                or anaphoric
                or first_after in _BLOCKED_AFTER
                or " ".join(words[:2]) in _BLOCKED_AFTER
                or one_before in _BLOCKED_BEFORE
                or two_before in _BLOCKED_BEFORE
            ):
                continue
        elif not words and head not in _STANDALONE:
            # ``với tốc độ như vậy``, ``đạt tỷ lệ 100%``: a bare head names nothing.
            continue
        if anaphoric:
            end = ends[0]
        out.append((m.start(), end, head, anaphoric))


def _head_key(head: str) -> str:
    return canonical_subject(head)


def find_subject(text: str, figure_start: int) -> Optional[Subject]:
    """The measure named in the clause before the figure at ``figure_start``."""
    if not isinstance(text, str) or figure_start <= 0:
        return None
    figure_start = min(figure_start, len(text))
    lo = _clause_start(text, figure_start)
    return _subject(text, lo, _candidates(text, lo, figure_start))


def _vague(phrase: str) -> bool:
    """Does the phrase name no measure of its own (``mức chênh lệch``)?"""
    rest = " " + canonical_subject(phrase) + " "
    for word in _VAGUE_WORDS:
        rest = rest.replace(f" {word} ", " ")
    return not rest.strip()


def _earlier(text: str, lo: int) -> Optional[Subject]:
    """The last measure named before ``lo`` (the sentences or heading before a
    figure whose own clause names none, or names it only vaguely)."""
    earlier = [c for c in _candidates(text, max(0, lo - _ANAPHORA_WINDOW), lo) if not c[3]]
    earlier = [c for c in earlier if not _vague(text[c[0] : c[1]])]
    if not earlier:
        return None
    s, e, _, _ = earlier[-1]
    phrase = text[s:e]
    return Subject(phrase, s, e, canonical_subject(phrase), anaphoric=True)


def _subject(text: str, lo: int, cands: list[tuple[int, int, str, bool]]) -> Optional[Subject]:
    """The subject named by the last of the clause's measure phrases; when the
    clause names none or only a vague one, the measure named before it."""
    if not cands:
        return _earlier(text, lo)
    if not cands[-1][3] and _vague(text[cands[-1][0] : cands[-1][1]]):
        earlier = _earlier(text, lo)
        if earlier is not None:
            return earlier
    start, end, head, anaphoric = cands[-1]
    if anaphoric:
        back_lo = max(0, lo - _ANAPHORA_WINDOW)
        earlier = [
            c
            for c in _candidates(text, back_lo, lo)
            if not c[3] and _head_key(c[2]) == _head_key(head) and c[1] > c[0] + len(c[2])
        ]
        if earlier:
            s, e, _, _ = earlier[-1]
            phrase = text[s:e]
            return Subject(phrase, s, e, canonical_subject(phrase), anaphoric=True)
    phrase = text[start:end]
    return Subject(phrase, start, end, canonical_subject(phrase), anaphoric=anaphoric)


def subject_of(text: str, figure_start: int) -> Optional[str]:
    """Canonical subject string or None (what the fact's ``subject`` holds)."""
    found = find_subject(text, figure_start)
    return found.canonical if found else None


# A number not glued to a word: no measure phrase runs into it or ends at it.
_FIGURE_START_RE = regex.compile(r"(?<!\p{L})\d")


class SubjectFinder:
    """``subject_of`` for the many figures of one text.

    Figures in one clause (``tỷ lệ A đạt 50%, tỷ lệ B đạt 60%``) share its
    measure phrases: as a phrase stops at a number, the phrases before a figure
    are those before the previous figure of the clause plus the ones between
    the two, so each clause is read once when its figures come in order."""

    def __init__(self, text: str):
        self.text = text
        # clause start -> (its phrases so far, the figure they lead to, where reading goes on)
        self._clauses: dict[int, tuple[list, int, int]] = {}

    def subject_of(self, figure_start: int) -> Optional[str]:
        text = self.text
        if figure_start <= 0 or figure_start >= len(text) or not _FIGURE_START_RE.match(text, figure_start):
            return subject_of(text, figure_start)
        lo = _clause_start(text, figure_start)
        cands, last, pos = self._clauses.get(lo, ([], lo, lo))
        if figure_start < last:
            cands, pos = [], lo  # an earlier figure of the clause: read it again
        pos = _scan(text, lo, pos, figure_start, cands)
        self._clauses[lo] = (cands, figure_start, pos)
        found = _subject(text, lo, cands)
        return found.canonical if found else None
