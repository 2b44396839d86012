"""Percentages: ``40%``, ``95,5%``, ``50 %``, ``96.5%``, ``1.250%``,
``1 điểm phần trăm`` (a percentage-point difference) and ``5 phần trăm``.

Conventions (annotation guide): the span holds only the number and the sign,
never a comparison operator (``≥ 95%`` -> ``95%``); in a range ``8,5 - 9%`` the
bare lower bound ``8,5`` is a percentage of its own; a rate ``1,5%/năm`` still
gives the percentage ``1,5%``.
"""

from __future__ import annotations

from typing import Optional

import regex

from vanban.extractors.context import EMPTY_CONTEXT, DocumentContext
from vanban.extractors.facts import PercentageFact
from vanban.extractors.numbers import NUMBER_PATTERN, NUMBER_START, parse_number
from vanban.extractors.subjects import SubjectFinder
from vanban.extractors.text.literals import occurrences
from vanban.extractors.text.scan import match_near

VERSION = "1.1"  # 1.1: subjects 1.1

_PERCENT_RE = regex.compile(
    NUMBER_START + r"(?P<num>" + NUMBER_PATTERN + r")"
    r"(?:[ \u00a0\u202f]?(?P<sign>[%％])"
    r"|\s+(?P<point>điểm\s+phần\s+trăm|điểm\s+%)(?!\p{L})"
    r"|\s+(?P<word>phần\s+trăm)(?!\p{L}))",
    regex.IGNORECASE,
)
# The lower bound of a range whose upper bound carries the sign: ``8,5 - 9%``,
# ``từ 10 đến 15%``.  Anchored at the end of the text before the upper bound.
_LOWER_BOUND_RE = regex.compile(
    NUMBER_START + r"(?<!/)(?P<num>" + NUMBER_PATTERN + r")[ \u00a0]*(?:[-–—][ \u00a0]*|(?:đến|tới)\s+)$"
)
# OCR splits a decimal comma from its digits inside a parenthesis:
# ``Quảng Trị (80, 68%)``.  Read as one number.
_SPLIT_DECIMAL_RE = regex.compile(r"(?<=\()(?P<int>\d{1,3}), (?P<frac>\d{1,2})[%％](?=\))")
_SPLIT_DECIMAL_SPAN = 8  # ``123, 45%``

# Every percentage ends in a sign, and signs are rare: they are found with
# plain string and literal searches (much faster than trying the patterns at
# every digit), and the patterns only run on the number written before each.
_SIGN_CHARS = "%％"
# The first words of the spelled-out signs in _PERCENT_RE.
_SIGN_WORD_RES = tuple(regex.compile(w, regex.IGNORECASE) for w in ("điểm", "phần"))
# The run of digits, dots and commas (and spaces) that ends at a sign; read backwards.
_BEFORE_SIGN_RE = regex.compile(r"(?P<run>[\d.,]*\d)\s*", regex.REVERSE)


def _fact(
    subjects: SubjectFinder, start: int, end: int, value: float, point: bool, note: Optional[str] = None
) -> PercentageFact:
    return PercentageFact(
        text=subjects.text[start:end],
        start=start,
        end=end,
        value=value,
        percentage_point=point,
        subject=subjects.subject_of(start),
        note=note,
    )


def _percent_matches(text: str, signs: list[int]):
    """The matches of ``_PERCENT_RE.finditer(text)``, read from the signs: a
    match starts in the number run right before its sign, at the first place of
    that run where the pattern matches (``finditer`` scans left to right too)."""
    pos = 0
    for sign in signs:
        if sign < pos:
            continue  # ``điểm %``: inside the match just found
        run = _BEFORE_SIGN_RE.match(text, pos, sign)
        if not run:
            continue
        for start in range(run.start(), run.end("run")):
            m = match_near(_PERCENT_RE, text, start, 200)
            if m:
                yield m
                pos = m.end()
                break


def _signs(text: str) -> tuple[list[int], list[int]]:
    """Offsets of the ``%`` signs, and of every sign (``%`` and the first words
    of the spelled-out ones), each sorted."""
    percent_signs = occurrences(text, _SIGN_CHARS)
    words = [m.start() for rx in _SIGN_WORD_RES for m in rx.finditer(text)]
    return percent_signs, sorted(percent_signs + words)


def _split_decimals(text: str, percent_signs: list[int]):
    """The matches of ``_SPLIT_DECIMAL_RE.finditer(text)``: each starts right
    after the last parenthesis before its sign."""
    for sign in percent_signs:
        paren = text.rfind("(", max(0, sign - _SPLIT_DECIMAL_SPAN), sign)
        m = _SPLIT_DECIMAL_RE.match(text, paren + 1) if paren >= 0 else None
        if m and m.end() == sign + 1:
            yield m


def find_percentages(text: str, context: DocumentContext = EMPTY_CONTEXT) -> list[PercentageFact]:
    """Every percentage in ``text``, sorted by start offset."""
    if not isinstance(text, str) or not text:
        return []
    percent_signs, signs = _signs(text)
    subjects = SubjectFinder(text)
    facts: list[PercentageFact] = []
    taken: list[tuple[int, int]] = []
    for m in _split_decimals(text, percent_signs):
        value = float(f"{m.group('int')}.{m.group('frac')}")
        facts.append(_fact(subjects, m.start(), m.end(), value, False, note="OCR-split decimal comma"))
        taken.append((m.start(), m.end()))
    for m in _percent_matches(text, signs):
        if any(s <= m.start() < e for s, e in taken):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        point = m.group("point") is not None
        facts.append(_fact(subjects, m.start(), m.end(), value, point))
        lower = _LOWER_BOUND_RE.search(text, max(0, m.start() - 30), m.start())
        if lower:
            low_value = parse_number(lower.group("num"))
            ls, le = lower.start("num"), lower.end("num")
            # A lower bound is smaller than the upper; this also rejects a year
            # or a code number before a dash (``2019 - 25%``).
            if low_value is not None and low_value < value and not any(s <= ls < e for s, e in taken):
                facts.append(_fact(subjects, ls, le, low_value, point, note="lower bound of a range"))
    facts.sort(key=lambda f: (f.start, f.end))
    return facts
