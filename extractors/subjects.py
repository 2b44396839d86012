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

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import regex

VERSION = "1.0"

_DATA = json.loads((Path(__file__).resolve().parent / "data" / "measures.json").read_text("utf-8"))

# How far back a subject may be looked for, in characters: a clause rarely
# runs longer, and the bound keeps the finder linear in the text length.
_CLAUSE_WINDOW = 400
_ANAPHORA_WINDOW = 2000
_MAX_PHRASE_WORDS = 9


def _alternation(words) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _lower_set(words) -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in words)


_STRONG = _lower_set(_DATA["strong_heads"])
_WEAK = _lower_set(_DATA["weak_heads"])
_HEAD_RE = regex.compile(
    r"(?<![\p{L}\d])(?:" + _alternation(list(_STRONG) + list(_WEAK)) + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
_STOP = _lower_set(_DATA["phrase_stop_words"])
_KEEP = sorted((w.lower().split() for w in _DATA["keep_inside_phrase"]), key=len, reverse=True)
_BLOCKED_BEFORE = _lower_set(_DATA["weak_head_blocked_before"])
_BLOCKED_AFTER = _lower_set(_DATA["weak_head_blocked_after"])
_ANAPHORA = _lower_set(_DATA["anaphora_words"])
_STANDALONE = _lower_set(_DATA["standalone_heads"])

# A clause ends at sentence punctuation (a dot not inside a number), a blank
# line, or a line that starts a bullet or heading; single hard line breaks are
# line wrapping inside a sentence.
_BOUNDARY_RE = regex.compile(
    r"[!?;…]|\.(?!\d)|\n[ \t]*\n|\n(?=[ \t]*(?:[-+•–#|]|\*(?!\*)|\d+[.)]\s|[a-zđ]\)\s))"
)
_TOKEN_RE = regex.compile(r"\p{L}+|\d+|\*+|\S")
_TI_RE = regex.compile(r"(?<!\p{L})([tT])ỉ(?!\p{L})")


@dataclass(frozen=True)
class Subject:
    text: str  # the phrase as written (may hold line breaks or markdown)
    start: int
    end: int
    canonical: str
    anaphoric: bool = False


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
    start = lo
    for m in _BOUNDARY_RE.finditer(text, lo, pos):
        start = m.end()
    return start


_LETTERS = regex.compile(r"\p{L}+")


def _previous_word(text: str, pos: int, limit: int) -> tuple[str, str]:
    words = _LETTERS.findall(text, max(limit, pos - 40), pos)
    return " ".join(words[-2:]).lower(), (words[-1].lower() if words else "")


def _phrase_end(words: list[tuple[str, int, int]], i: int) -> int:
    """Index past the last word of the phrase whose head ends before words[i]."""
    n = 0
    while i < len(words) and n < _MAX_PHRASE_WORDS:
        low = [w[0].lower() for w in words[i:i + 4]]
        kept = next((k for k in _KEEP if low[:len(k)] == k), None)
        if kept:
            i += len(kept)
            n += len(kept)
            continue
        word = low[0]
        if not _LETTERS.fullmatch(words[i][0]):
            break
        if " ".join(low[:2]) in _STOP or word in _STOP:
            break
        i += 1
        n += 1
    return i


def _candidates(text: str, lo: int, hi: int):
    """Measure phrases in text[lo:hi], in order, as (start, end, head, anaphoric)."""
    out = []
    pos = lo
    while True:
        m = _HEAD_RE.search(text, pos, hi)
        if not m:
            return out
        head = " ".join(m.group().lower().split())
        # Markdown emphasis is transparent for phrase building; a phrase is
        # short, so only the first few tokens are needed.
        tokens = []
        for t in _TOKEN_RE.finditer(text, m.end(), hi):
            if not t.group().startswith("*"):
                tokens.append((t.group(), t.start(), t.end()))
                if len(tokens) > _MAX_PHRASE_WORDS + 4:
                    break
        j = _phrase_end(tokens, 0)
        words = tokens[:j]
        end = words[-1][2] if words else m.end()
        pos = max(end, m.end())
        first_after = words[0][0].lower() if words else ""
        anaphoric = bool(words) and first_after in _ANAPHORA
        if words and not anaphoric:
            # ``tỷ lệ cử tri đồng ý nói trên``: a trailing pointer is not part of the name.
            while words and words[-1][0].lower() in _ANAPHORA:
                words.pop()
            end = words[-1][2] if words else m.end()
        if head in _WEAK:
            two_before, one_before = _previous_word(text, m.start(), lo)
            if (not words or anaphoric or first_after in _BLOCKED_AFTER
                    or " ".join(w[0].lower() for w in words[:2]) in _BLOCKED_AFTER
                    or one_before in _BLOCKED_BEFORE or two_before in _BLOCKED_BEFORE):
                continue
        elif not words and head not in _STANDALONE:
            # ``với tốc độ như vậy``, ``đạt tỷ lệ 100%``: a bare head names nothing.
            continue
        if anaphoric:
            end = words[0][2]
        out.append((m.start(), end, head, anaphoric))


def _head_key(head: str) -> str:
    return canonical_subject(head)


def find_subject(text: str, figure_start: int) -> Optional[Subject]:
    """The measure named in the clause before the figure at ``figure_start``."""
    if not isinstance(text, str) or figure_start <= 0:
        return None
    figure_start = min(figure_start, len(text))
    lo = _clause_start(text, figure_start)
    cands = _candidates(text, lo, figure_start)
    if not cands:
        return None
    start, end, head, anaphoric = cands[-1]
    if anaphoric:
        back_lo = max(0, lo - _ANAPHORA_WINDOW)
        earlier = [c for c in _candidates(text, back_lo, lo)
                   if not c[3] and _head_key(c[2]) == _head_key(head) and c[1] > c[0] + len(c[2])]
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
