"""Ratios written with a slash, in four kinds:

- ``ratio``: ``117 trẻ nam/100 trẻ nữ``, ``0,9 hộ/10.000 hộ``, ``121/100 (bé trai/gái)``,
  or a bare ``112,3/100`` when a ratio measure (``tỷ số giới tính khi sinh``,
  ``chênh lệch`` …) is named shortly before;
- ``part_of_whole``: ``5/9 tiêu chí``, ``50/53 đại biểu`` (both units the counted noun), and a
  small fraction after a cue (``bằng 1/2 mức chi``, ``ít nhất 2/3 số phiếu``: no units);
- ``rank``: ``xếp thứ 22/63 tỉnh thành`` (the span starts at the numbers);
- ``scale``: ``quy hoạch 1/500``, ``bản đồ tỷ lệ 1/2.000``, and with a colon
  (``tỷ lệ 1:2.000``) after the same cues.

Not ratios: prices and rates (``triệu đồng/kg``, ``2,11 con/phụ nữ``: no number
after the slash, or a rate unit before it), dates (``20/9``, ``31/8/2012``,
``tháng 11/2019``), document numbers (``30/2020/NĐ-CP``, ``48/TB-UBND``), fixed
expressions (``24/7``, but ``24/24 giờ``: hours of a day) and slashes inside codes.  A day/month-shaped pair
(``5/9``) needs a counted noun after it and no date word before it.
"""

from __future__ import annotations

from typing import Optional

import regex

from vanban.extractors.context import EMPTY_CONTEXT, DocumentContext
from vanban.extractors.datafiles import load_json
from vanban.extractors.facts import RatioFact
from vanban.extractors.numbers import NUMBER_PATTERN, parse_number
from vanban.extractors.subjects import subject_of
from vanban.extractors.text.scan import match_near

VERSION = "1.5"  # 1.5: the words after a counted noun that say which things are counted (đơn vị cấp tỉnh, thành phố trực thuộc trung ương, CSDL chuyên ngành) and the noun "nguồn thu"; hours of a day (10/24 giờ, 24/24 giờ) and amounts compared in one unit of money or measure (560 tỷ đồng/690 tỷ đồng, 12.375,3/10.200 triệu đồng) are parts of a whole; 1.4: fractions after a cue (bằng 1/2, ít nhất 2/3); 1.1: subjects 1.1; 1.2: per-N rates of population (issue 12); 1.3: colon scales (1:2.000)

_UNITS = load_json("units.json")
_MEASURES = load_json("measures.json")


def _alternation(words) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _lower_set(words) -> frozenset[str]:
    return frozenset(_norm(w).lower() for w in words)


_RATE_UNITS = _lower_set(_UNITS["rate_units"])
_STOP = _lower_set(_MEASURES["phrase_stop_words"])
_DATE_CUES = _lower_set(_MEASURES["date_cues"])
_FRACTION_CUES = _lower_set(_MEASURES["fraction_cues"])
_FRACTION_MAX = 10  # a fraction's denominator, at most (1/2, 2/3, 3/4, 1/10)
_ADDRESS_CUES = _lower_set(_MEASURES["address_cues"])
_FIXED = frozenset(_MEASURES["fixed_expressions"])
_TIME_SHARES = _MEASURES["time_shares"]
_TIME_SHARE_RE = regex.compile(r"[ \t\u00a0]+(?P<noun>" + _alternation(_TIME_SHARES) + r")(?![\p{L}\d])")

_NUM = r"(?:" + NUMBER_PATTERN + r")"
# Gaps inside a figure: spaces, and a hard line break from wrapped text.
_GAP = r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
_GAP1 = r"[ \t\u00a0]+(?:\n[ \t\u00a0]*)?|\n[ \t\u00a0]*"
_WORD = r"\p{L}+"

# ``117 trẻ nam/100 trẻ nữ``: a unit on each side of the slash.
_UNIT_START = r"(?<![\p{L}\d_/.,])"
_UNIT_RATIO_RE = regex.compile(
    _UNIT_START + r"(?P<a>" + _NUM + r")(?:" + _GAP1 + r")"
    r"(?P<u1>"
    + _WORD
    + r"(?:[ \t]+"
    + _WORD
    + r"){0,3})"  # (up to four words: 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái)
    + _GAP
    + r"/"
    + _GAP
    + r"(?P<b>"
    + _NUM
    + r")(?![\d/]|[.,]\d)(?:"
    + _GAP1
    + r")"
    r"(?P<rest>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3})"
)
# A bare pair ``5/9``; the guards keep out codes, dates with a year and chains.
_PAIR_START = r"(?<![\p{L}\d_/.,\-])(?<![\p{L}\d][ ]?-[ ]?)"
_PAIR_RE = regex.compile(
    _PAIR_START + r"(?P<a>" + _NUM + r")[ \u00a0]?/[ \u00a0]?(?P<b>" + _NUM + r")"
    r"(?![\d/]|[.,]\d|[ \u00a0]?/|-?\p{L}|-\d)"
)
_COUNT_NOUN_RE = regex.compile(
    r"(?:" + _GAP1 + r")(?:\*\*)?(?P<noun>(?:" + _alternation(_UNITS["count_nouns"]) + r")(?![\p{L}\d])"
    r"|[\p{Lu}Đ][\p{Lu}Đ\d&]+(?![\p{L}\d]))",
)
# what qualifies the counted noun ("đơn vị cấp tỉnh", "CSDL chuyên ngành"), at most twice
_COUNT_MODIFIER_RE = regex.compile(
    r"[ \t\u00a0]+(?:" + _alternation(_UNITS["count_noun_modifiers"]) + r")(?![\p{L}\d])"
)
_COUNT_MODIFIERS = 2
_PAREN_UNITS_RE = regex.compile(
    r"[ \t\u00a0]*\((?P<u1>"
    + _WORD
    + r"(?:[ \t]+"
    + _WORD
    + r")?)[ \t]*/[ \t]*(?P<u2>"
    + _WORD
    + r"(?:[ \t]+"
    + _WORD
    + r")?)\)"
)
_SCALE_CUE_RE = regex.compile(
    r"(?<!\p{L})(?:" + _alternation(_MEASURES["scale_cues"]) + r")(?!\p{L})", regex.IGNORECASE
)
_WEAK_SCALE_CUE_RE = regex.compile(
    r"(?<!\p{L})(?:" + _alternation(_MEASURES["scale_weak_cues"]) + r")[ \t\u00a0]*(?:\n[ \t\u00a0]*)?$",
    regex.IGNORECASE,
)
_RANK_CUE_RE = regex.compile(
    r"(?<!\p{L})(?:" + _alternation(_MEASURES["rank_cues"]) + r")[ \t\u00a0]*$", regex.IGNORECASE
)
_RATIO_CUE_RE = regex.compile(
    r"(?<!\p{L})(?:" + _alternation(_MEASURES["ratio_cues"]) + r")(?!\p{L})", regex.IGNORECASE
)
_WORD_RE = regex.compile(_WORD)
# ``tỷ lệ 1:2.000``: a map scale written with a colon; colons are far more often
# times (``10:30``) and list marks, so a colon pair counts only as a scale after
# a scale cue (see _is_scale).
_COLON_SCALE_RE = regex.compile(
    r"(?<![\p{L}\d_/.,:])(?P<a>1)[ \u00a0]?:[ \u00a0]?(?P<b>" + _NUM + r")(?![\d:/]|[.,]\d|\p{L})"
)

# Every ratio holds a slash, and slashes are rare: the patterns above are only
# tried at the numbers in the stretch just before a slash that can lie between
# a match's start and its slash (read backwards: a unit word and spaces, or a
# number and a space, right before the slash).
_BEFORE_SLASH_UNIT = regex.compile(r"[\d.,\p{L} \t\u00a0\n]*\p{L}[ \t\u00a0\n]*", regex.REVERSE)
_BEFORE_SLASH_PAIR = regex.compile(r"[\d.,]*\d[ \u00a0]?", regex.REVERSE)
_UNIT_NUMBER_START = regex.compile(_UNIT_START + r"\d")
_PAIR_NUMBER_START = regex.compile(_PAIR_START + r"\d")

_SCALE_WINDOW = 50  # ``quy hoạch chi tiết xây dựng tỷ lệ 1/500``
_RATIO_CUE_WINDOW = 300  # a bare ``125,5/100`` may follow its measure by a sentence
_PER_HUNDREDS = {100.0, 1000.0, 10000.0, 100000.0}


def _words_before(text: str, pos: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text[max(0, pos - 12 * n) : pos])][-n:]


def _is_plain(s: str) -> bool:
    return s.isdigit()


def _denominator_unit(u1: str, rest: str) -> str:
    """Words of ``rest`` naming the denominator: as many as the numerator unit has."""
    k = len(u1.split())
    words = []
    for w in rest.split():
        if len(words) >= k or w.lower() in _STOP:
            break
        words.append(w)
    return " ".join(words)


def _fact(text, start, end, a, b, u1, u2, kind, note=None) -> RatioFact:
    return RatioFact(
        text=text[start:end],
        start=start,
        end=end,
        numerator=a,
        denominator=b,
        numerator_unit=_norm(u1) if u1 else None,
        denominator_unit=_norm(u2) if u2 else None,
        ratio_kind=kind,
        subject=subject_of(text, start),
        note=note,
    )


def _slash_matches(rx, number_start, before_slash, text: str):
    """What ``rx.finditer(text)`` yields, for a pattern whose matches start
    where ``number_start`` matches and reach their first slash through
    ``before_slash`` characters."""
    end = 0
    slash = text.find("/")
    while slash >= 0:
        run = before_slash.match(text, end, slash)
        for number in number_start.finditer(text, run.start(), slash) if run else ():
            m = match_near(rx, text, number.start(), 300)
            if m:
                yield m
                end = m.end()
                break
        slash = text.find("/", max(slash + 1, end))


def _is_measure(unit: str) -> bool:
    """Is ``unit`` a unit of money or measure (``tỷ đồng``, ``ha``), not a thing counted?"""
    low = unit.lower()
    return low in _RATE_UNITS or low.split()[-1] in _RATE_UNITS


def _unit_ratios(text: str) -> list[RatioFact]:
    out = []
    for m in _slash_matches(_UNIT_RATIO_RE, _UNIT_NUMBER_START, _BEFORE_SLASH_UNIT, text):
        u1 = _norm(m.group("u1"))
        low = u1.lower()
        if any(w in _STOP for w in low.split()):
            continue
        u2 = _denominator_unit(u1, m.group("rest"))
        if not u2:
            continue
        if _is_measure(u1) and u2.lower() != low:
            continue  # a price or a rate: "15.000 đồng/kg" (the same unit on both sides compares amounts)
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b is None:
            continue
        # A rate unit heading the numerator (``5 kg gạo/người``) makes a rate,
        # unless the pair counts per 100, 1.000 … of a population that is no
        # measure unit: ``23 ca sinh/1.000 phụ nữ`` (births per thousand women).
        if low.split()[0] in _RATE_UNITS and not (
            b in _PER_HUNDREDS and u2.lower() not in _RATE_UNITS and u2.lower().split()[0] not in _RATE_UNITS
        ):
            continue
        end = m.start("rest") + _span_len(m.group("rest"), u2)
        # ``3.071 TTHC/4.888 TTHC`` counts a part of a whole; ``0,9 hộ/10.000 hộ``
        # (per ten thousand) stays a ratio.
        kind = "part_of_whole" if u1.lower() == u2.lower() and a <= b and b not in _PER_HUNDREDS else "ratio"
        out.append(_fact(text, m.start(), end, a, b, u1, u2, kind))
    return out


def _span_len(rest: str, unit: str) -> int:
    """Length of the prefix of ``rest`` that spells ``unit`` (whitespace may differ)."""
    m = regex.match(r"\s*".join(regex.escape(w) for w in unit.split()), rest)
    return m.end() if m else len(unit)


def _is_scale(text: str, start: int, a: float, b: float, noun) -> bool:
    """A map scale is 1/N after a planning or mapping word; a bare ``tỷ lệ
    1/1000`` is a scale only when no counted noun follows (``1/1000 trẻ`` is a rate)."""
    if a != 1 or b < 100:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _SCALE_CUE_RE.search(text, max(line_start, start - _SCALE_WINDOW), start)
        or (not noun and _WEAK_SCALE_CUE_RE.search(text, max(0, start - 20), start))
    )


def _colon_scales(text: str) -> list[RatioFact]:
    out = []
    for m in _COLON_SCALE_RE.finditer(text):
        b = parse_number(m.group("b"))
        noun = match_near(_COUNT_NOUN_RE, text, m.end(), 120)
        if b is not None and _is_scale(text, m.start(), 1, b, noun):
            out.append(_fact(text, m.start(), m.end(), 1, b, None, None, "scale"))
    return out


def _classify_pair(text: str, m) -> Optional[RatioFact]:
    a_str, b_str = m.group("a"), m.group("b")
    a, b = parse_number(a_str), parse_number(b_str)
    if a is None or b is None or b == 0:
        return None
    share = _TIME_SHARE_RE.match(text, m.end())
    if share is not None and _TIME_SHARES[share.group("noun")] == b and a <= b:
        # "trực 10/24 giờ", "24/24 giờ": hours of a day, a part of the whole
        unit = share.group("noun")
        return _fact(text, m.start(), share.end(), a, b, unit, unit, "part_of_whole")
    if f"{a_str}/{b_str}" in _FIXED:
        return None
    plain = _is_plain(a_str) and _is_plain(b_str)
    start = m.start()
    line_start = text.rfind("\n", 0, start) + 1
    noun = match_near(_COUNT_NOUN_RE, text, m.end(), 120)
    # Checked before the month/year reading: ``quy hoạch 1/2000``.
    if _is_scale(text, start, a, b, noun):
        return _fact(text, start, m.end(), a, b, None, None, "scale")
    # ``tháng 11/2019``, ``quý 4/2017``, ``năm học 2019/2020``.
    if plain and 1900 <= b <= 2100 and (a <= 12 or 1900 <= a <= 2100):
        return None
    date_shaped = plain and 1 <= a <= 31 and 1 <= b <= 12
    before = _words_before(text, m.start(), 2)
    prev = before[-1] if before else ""
    if date_shaped and (prev in _DATE_CUES or " ".join(before) in _DATE_CUES):
        return None
    after_pos = m.end()

    paren = match_near(_PAREN_UNITS_RE, text, after_pos, 200)
    if paren:
        u1, u2 = _norm(paren.group("u1")), _norm(paren.group("u2"))
        # ``(bé trai/gái)``: the shared head word is written once.
        n1, n2 = u1.split(), u2.split()
        if len(n2) < len(n1):
            u2 = " ".join(n1[: len(n1) - len(n2)] + n2)
        return _fact(text, start, paren.end(), a, b, u1, u2, "ratio", note="units written after the ratio")

    noun_text, end = None, m.end()
    if noun:
        # the counted noun and what says which of those things are counted
        end = noun.end()
        for _ in range(_COUNT_MODIFIERS):
            modifier = _COUNT_MODIFIER_RE.match(text, end)
            if modifier is None:
                break
            end = modifier.end()
        noun_text = _norm(text[noun.start("noun") : end])

    if _RANK_CUE_RE.search(text[max(line_start, start - 25) : start]) and a <= b and float(a).is_integer():
        return _fact(text, start, end, a, b, None, noun_text, "rank")

    # ``Tỷ lệ tử vong bà mẹ … dưới 4/100.000 trẻ sinh ra còn sống``: per 100.000
    # of a population after a ratio measure on the same line is a ratio whose
    # numerator is not written, not a part of a whole.
    if (
        noun
        and b in _PER_HUNDREDS
        and b >= 1000
        and _RATIO_CUE_RE.search(text, max(line_start, start - 300), start)
    ):
        return _fact(text, start, end, a, b, None, noun_text, "ratio")
    if noun and (a <= b or _is_measure(noun_text) and not date_shaped):
        # ("12.375,3/10.200 triệu đồng": an amount achieved over the one planned may
        # exceed it; a count of things may not)
        return _fact(text, start, end, a, b, noun_text, noun_text, "part_of_whole")
    if (
        date_shaped
        and a < b <= _FRACTION_MAX
        and (prev in _FRACTION_CUES or " ".join(before) in _FRACTION_CUES)
    ):
        # "bằng 1/2 mức chi", "ít nhất 2/3 số phiếu": a fraction of what follows
        return _fact(text, start, m.end(), a, b, None, None, "part_of_whole", note="fraction")
    if date_shaped:
        return None

    if b in _PER_HUNDREDS and a > 0 and _RATIO_CUE_RE.search(text, max(0, start - _RATIO_CUE_WINDOW), start):
        return _fact(text, start, m.end(), a, b, None, None, "ratio")

    # A bare count pair such as ``3.507/6.708`` that cannot be a date.
    if a <= b and prev not in _ADDRESS_CUES and " ".join(before) not in _ADDRESS_CUES:
        return _fact(text, start, m.end(), a, b, None, None, "part_of_whole")
    return None


def find_ratios(text: str, context: DocumentContext = EMPTY_CONTEXT) -> list[RatioFact]:
    """Every ratio in ``text``, sorted by start offset."""
    if not isinstance(text, str):
        return []
    facts = _colon_scales(text) if ":" in text else []
    if "/" not in text:
        return facts
    facts += _unit_ratios(text)
    taken = [(f.start, f.end) for f in facts]
    for m in _slash_matches(_PAIR_RE, _PAIR_NUMBER_START, _BEFORE_SLASH_PAIR, text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        fact = _classify_pair(text, m)
        if fact is not None:
            facts.append(fact)
    facts.sort(key=lambda f: (f.start, f.end))
    return facts
