"""Calendar expressions in Vietnamese administrative text.

``find_dates`` returns every date, month, year, quarter and period the text
names, with ISO 8601 values at the precision written (see ``DateFact``).  The
conventions (which spans, which nested items, which relative expressions) follow
the project's ANNOTATION.md.

How it works: a few compiled scans, each anchored on a literal (``tháng``,
``năm``, ``quý``) or on digits so that they stay fast, propose candidates; what
comes before a hit (the day in front of ``tháng``, the trigger word in front of
``20/9``, the prefix in front of ``2021 - 2025``) is checked by small regexes
anchored at the hit.  Longer candidates win over the shorter ones they overlap,
except for the nested items the conventions list on purpose (the year inside
``9 tháng đầu năm 2017``, the complete end date of ``ngày 15 đến ngày 31 tháng
12 năm 2025``).  Candidates written without a year then borrow one: from a
sibling they are listed with (``20/9 và 25/9/2025``), from the issue date in the
context, or, when there is none, from the dates written in the text.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
from dataclasses import dataclass, field
from typing import Callable, Optional

import regex

from vanban.extractors.context import EMPTY_CONTEXT, DocumentContext
from vanban.extractors.datafiles import load_json
from vanban.extractors.facts import DateFact
from vanban.extractors.text.literals import occurrences
from vanban.extractors.text.scan import match_near

VERSION = "1.3"  # 1.3: "kể từ ngày Quyết định này có hiệu lực thi hành" runs to "thi hành"; 1.2: quarters spelled "quí" (Quí IV-2025)

_DATA = load_json("dates.json")

_FLAGS = regex.IGNORECASE | regex.VERSION0


def _alt(words) -> str:
    """Alternation of vocabulary entries, longest first, spaces matching any run of whitespace."""
    parts = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(regex.escape(t) for t in w.split()) for w in parts) + ")"


# Forward scans -> the words one of which starts every match (see _Document).
_STARTS: dict = {}


def _first_words(entries) -> tuple[str, ...]:
    return tuple(sorted({e.split()[0] for e in entries if e.split()}))


def _rx(pattern: str, flags: int = _FLAGS, starts: tuple[str, ...] = ()):
    compiled = regex.compile(pattern, flags)
    if starts:
        folded = bool(flags & regex.IGNORECASE)
        _STARTS[compiled] = (tuple(w.lower() for w in starts) if folded else tuple(starts), folded)
    return compiled


# Horizontal space, and a gap between the words of one expression: spaces,
# markdown emphasis (``ngày **21** tháng``) and at most one hard line break.
_SP = r"[ \t\u00a0\r]"
_G = rf"(?:{_SP}|\*|_){{0,6}}(?:\n(?:{_SP}|\*|_){{0,6}})?"
_WB = r"(?<![\p{L}\p{N}])"  # word start
_WE = r"(?![\p{L}\p{N}])"  # word end
_NGAY = r"ng[àa]y"
_THANG = r"th[áa]ng"
_NAM = r"n[ăaá]m"  # ``nám``: a common typo in scraped text
# The spellings the two patterns above allow, to anchor the scans that start with them.
_THANG_WORDS = ("tháng", "thang")
_NAM_WORDS = ("năm", "nam", "nám")
# How a bare year starts (``(?:19|20)\d\d`` below).
_CENTURIES = ("19", "20")
_MONG = rf"(?:m[ồùô]ng{_G})?"  # ``ngày mồng 3``
_DASH = r"[\-\u2013\u2014]"
_REL_WORD = _alt(_DATA["relative_year_words"])
_EDGE_WORD = r"(?:đầu|cuối|giữa)"


def _y(name: str) -> str:
    """A four-digit year (five for a doubled-digit typo), possibly with markdown inside (``202**5``)."""
    return rf"(?P<{name}>\d(?:\*{{0,2}}\d){{3,4}})"


# --- forward scans -----------------------------------------------------------
# ``tháng 10``, ``tháng 11/2019``, ``tháng 10 năm 2025``, ``tháng 2 năm nay``;
# the day in front (``ngày 28 tháng 9 năm 2017``) is read backwards.
_RX_THANG = _rx(
    rf"{_WB}{_THANG}(?:{_G})?(?P<m>\d{{1,2}})"  # (``tháng11``: a lost space too)
    # ``tháng 11 - 12/2025``: a second month sharing the year
    rf"(?:{_SP}*(?:{_DASH}|đến|tới|và){_SP}*(?P<m2>\d{{1,2}})(?={_SP}?[/.\-]{_SP}?\d{{4}}|{_G}{_NAM}{_G}\d))?"
    # (``tháng 11năm 2025``: the space before "năm" is sometimes lost)
    rf"(?:{_SP}?(?P<sep>[/.\-]){_SP}?{_y('y')}|(?:{_G})?{_NAM}{_G}(?:{_y('y2')}|(?P<rel>{_REL_WORD}){_WE}))?",
    starts=_THANG_WORDS,
)
# ``9 tháng đầu năm 2017``, ``6 tháng cuối năm``, ``10 tháng năm 2025`` (the count is read backwards)
_RX_PERIOD = _rx(
    rf"{_WB}{_THANG}{_G}(?:(?P<edge>{_EDGE_WORD}){_G})?(?P<yr>{_NAM}(?:{_G}(?P<y>\d{{4}})|{_G}(?P<rel>{_REL_WORD})(?=\W|\Z))?)"
    rf"(?!\p{{L}}|\p{{N}}|[.,/]\p{{N}})",
    starts=_THANG_WORDS,
)
# ``31/8/2012``, ``31-8-2012``, ``3.3.2025``, ``31/ 8/2012``; without a year (``20/9``) when a trigger precedes
_RX_NUM = _rx(
    # (after "ngày" the space is sometimes lost: "ngày15/8/2013")
    r"(?:(?<![\p{L}\p{N}/])|(?<=[Nn]gày))(?<![\p{N}][,.])(?<!\p{L}[.\-])(?P<d>\d{1,2})(?P<s1> ?(?P<sep>[/.\-]) ?)(?P<m>\d{1,2})"
    r"(?:(?P<s2> ?(?P=sep) ?)(?P<y>\d{4,5}))?"
)
_RX_ISO = _rx(r"(?<![\p{L}\p{N}/.\-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\p{N}|-\p{N})")
# (``Quí IV-2025``: ``quí`` is an older spelling of ``quý``)
_RX_QUARTER = _rx(
    rf"{_WB}qu[ýyí]{_G}(?P<q>IV|I{{1,3}}|[1-4])(?![\p{{L}}\p{{N}}]|[.,]\p{{N}})"
    rf"(?:{_SP}?(?P<sep>[/.\-]){_SP}?(?P<y>\d{{4}})|{_G}{_NAM}{_G}(?:(?P<y2>\d{{4}})|(?P<rel>{_REL_WORD}){_WE}))?"
    r"(?!\p{N}|[.,]\p{N}|/[\p{L}\p{N}])"
)
# ``năm 2017``; the prefix in front (``những năm 1990``) is read backwards
# (``năm mới 2026``: the new year named with its number)
_RX_YEAR = _rx(
    rf"{_WB}{_NAM}(?:{_G}mới)?{_G}{_y('y')}(?!\p{{N}}|[.,]\p{{N}}|/[\p{{L}}\p{{N}}])", starts=_NAM_WORDS
)
# four digits that may be a year: ``2021 - 2025``, ``cho đến 2050``
_RX_YEAR_RANGE = _rx(
    rf"(?<![\p{{L}}\p{{N}}/.,\-])(?P<y1>(?:19|20)\d\d){_SP}*(?:\n{_SP}*)?(?P<conj>{_DASH}|/|đến|tới){_SP}*(?:\n{_SP}*)?"
    rf"(?:{_NAM}{_G})?(?P<y2>(?:19|20)\d\d)(?!\p{{N}}|/[\p{{L}}\p{{N}}]|[.,]\p{{N}})",
    starts=_CENTURIES,
)
_RX_BARE_YEAR = _rx(
    r"(?<![\p{L}\p{N}/.,\-])(?P<y>(?:19|20)\d\d)(?!\p{N}|[.,/\-\u2013]\p{N}|[ \t]*%)", starts=_CENTURIES
)
_RX_DECADE_WORD = _rx(
    rf"{_WB}{_alt(_DATA['decade_words'])}{_G}(?P<y>\d{{3}}0)(?!\p{{N}}|[.,]\p{{N}}|/)",
    starts=_first_words(_DATA["decade_words"]),
)
_RX_REL_YEAR = _rx(rf"{_WB}{_NAM}{_G}(?P<w>{_REL_WORD}){_WE}", starts=_NAM_WORDS)
_RX_SAME_PERIOD = _rx(
    rf"{_WB}{_alt(_DATA['same_period_last_year'])}{_WE}", starts=_first_words(_DATA["same_period_last_year"])
)
_RX_SIGNING = _rx(rf"{_WB}(?:kể{_G})?từ{_G}(?:{_alt(_DATA['signing_phrases'])}){_WE}", starts=("kể", "từ"))
_RX_EFFECTIVE = _rx(
    rf"{_WB}(?:kể{_G})?từ{_G}{_NGAY}{_G}(?:{_alt(_DATA['doc_effective_words'])}){_G}này{_G}có{_G}hiệu{_G}lực"
    rf"(?:{_G}thi{_G}hành)?{_WE}",
    starts=("kể", "từ"),
)
# The document named after the signing phrase: ``từ ngày ban hành Kế hoạch``
# (this one, capitalised or with "này") or ``kể từ ngày ban hành quyết định cấp
# chứng chỉ`` (another one, whose date is not known).
_RX_A_SIGNED_DOC = regex.compile(
    rf"{_G}(?P<w>(?i:{_alt(_DATA['doc_effective_words'])})){_WE}(?P<nay>{_G}này{_WE})?", regex.VERSION0
)
# ``trước ngày Quyết định này có hiệu lực thi hành``: the effective date named
# without "từ" (the span starts at "ngày").
_RX_EFFECTIVE_NAMED = _rx(
    rf"{_WB}{_NGAY}{_G}(?:{_alt(_DATA['doc_effective_words'])}){_G}này{_G}có{_G}hiệu{_G}lực(?:{_G}thi{_G}hành)?{_WE}",
    starts=("ngày", "ngay"),
)
# ``Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025``: the
# effective date of this document written out ("này" names it).
# (Tried from "hiệu", with the type word read behind it: tried from each type
# word, ``Kế``, ``Quyết``, ``Thông`` …, it cost as much as all the other scans.)
_RX_TAKES_EFFECT_ON = _rx(
    rf"(?<={_WB}(?P<w>{_alt(_DATA['doc_effective_words'])}){_G}này{_G}có{_G})hiệu{_G}lực(?:{_G}thi{_G}hành)?{_G}"
    rf"(?:kể{_G})?từ{_G}(?P<ngay>{_NGAY}){_G}",
    starts=("hiệu",),
)
_RX_SIGNS_ON_SIGNING = _rx(
    rf"hiệu{_G}lực(?:{_G}thi{_G}hành)?{_G}(?:kể{_G})?từ{_G}{_NGAY}{_G}k[ýí]", starts=("hiệu",)
)
# ``ngày……./…../2025``, ``ngày / /2025``: a caption whose day and month are left blank.
_RX_BLANK_NUMERIC = _rx(
    rf"{_WB}{_NGAY}[ \t.…_*]*/[ \t.…_*]*/[ \t]?(?P<y>(?:19|20)\d\d)(?!\p{{N}})", starts=("ngày", "ngay")
)
_RX_CELL_YEAR = _rx(r"\n[ \t*]*(?P<y>(?:19|20)\d\d)[ \t*]*(?=\n|\Z)")
_RX_BIRTH = _rx(
    rf"{_WB}(?:{'|'.join(map(regex.escape, _DATA['birth_markers_case_sensitive']))}){_SP}*:?{_SP}*(?P<y>(?:19|20)\d\d)(?!\p{{N}})",
    regex.VERSION0,
)
# ``Luật Điện lực 2024``: a law named with its year and no ``năm``.
_LAW_WORDS = ("Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh")
_RX_LAW_YEAR = _rx(
    rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(_LAW_WORDS)})(?:[ \t]+\p{{L}}+){{0,8}}?[ \t]+(?P<y>(?:19|20)\d\d)(?!\p{{N}}|[.,/\-]\p{{N}})",
    regex.VERSION0,
    starts=_LAW_WORDS,
)

# --- continuations, matched at the end of a hit -------------------------------
_RX_YEAR_LIST = _rx(
    rf"{_G}(?:,|và|hoặc){_G}(?P<y>(?:19|20)\d\d)(?!\p{{N}}|[.,/\-]\p{{N}})"
)  # năm 2022, 2023 và 2024
_RX_DM_LIST = _rx(  # ngày 20/9 và 25/9
    rf"{_G}(?:,|;|và|hoặc|đến|tới|{_DASH}){_G}(?:{_NGAY}{_G})?(?P<d>\d{{1,2}})(?P<sep>[/.])(?P<m>\d{{1,2}})(?!\p{{N}}|(?P=sep)\p{{N}}|{_SP}*%)"
)


# --- backward checks: searched in a short window ending at the hit (\Z) -----
# A forward search tries every start in the window; compiled to run backwards
# (REVERSE) a check starts at the position itself, and whether a match exists
# does not depend on the direction (none of these patterns is atomic).
def _rx_before(pattern: str):
    """A check whose only use is whether it matches just before a position."""
    return regex.compile(pattern, _FLAGS | regex.REVERSE)


# Forward check -> its backward twin, which rules out the common no-match case first.
_BACKWARD: dict = {}


def _rx_back(pattern: str):
    """A check whose match is read (the leftmost one, as a forward search finds it)."""
    compiled = _rx(pattern)
    _BACKWARD[compiled] = _rx_before(pattern)
    return compiled


_RX_B_DAY = _rx_back(rf"(?:(?P<ngay>{_WB}{_NGAY}){_G}{_MONG})?{_WB}(?P<d>\d{{1,2}}){_G}\Z")
_RX_B_DAY_RANGE = _rx_back(
    rf"(?:(?P<ngay>{_WB}{_NGAY}){_G}{_MONG})?{_WB}(?P<d1>\d{{1,2}}){_G}(?:đến|tới|{_DASH}){_G}\Z"
)
_RX_B_NUM_RANGE = _rx_back(
    rf"(?:{_WB}(?:từ|(?P<ngay>{_NGAY})){_G}(?:(?P<ngay2>{_NGAY}){_G})?)(?P<d1>\d{{1,2}})(?:(?P<sa>[/.\-])(?P<m1>\d{{1,2}}))?"
    rf"{_G}(?P<conj>đến|tới|và|{_DASH}){_G}(?:(?P<ngay3>{_NGAY}){_G})?\Z"
)
_RX_B_MONTH_RANGE = _rx_back(
    rf"{_WB}(?:(?P<e1>{_EDGE_WORD}){_G})?{_THANG}{_G}(?P<m1>\d{{1,2}}){_G}(?P<conj>và|đến|tới|{_DASH}){_G}(?:{_EDGE_WORD}{_G})?\Z"
)
_RX_B_COUNT = _rx_back(rf"{_WB}(?P<n>\d{{1,2}}){_G}\Z")
_RX_B_NGAY = _rx_before(rf"{_WB}{_NGAY}{_G}{_MONG}\Z")
_RX_B_TRIGGER = _rx_back(
    rf"{_WB}(?:{_alt(_DATA['day_triggers'])}|{_alt(_DATA['weekdays'])}|(?P<weak>{_alt(_DATA['weak_day_triggers'])}))"
    rf"{_G}(?:[,(]{_G})?(?:{_NGAY}{_G})?{_MONG}\Z"
)
_RX_B_RANGE_PREFIX = _rx_back(
    rf"{_WB}(?P<pre>{_alt(_DATA['range_prefixes'])}|{_NAM}){_G}(?:từ{_G}(?:{_NAM}{_G})?)?\Z"
)
_RX_B_PLURAL = _rx_before(rf"(?:những|các|nhiều|\p{{N}}){_G}\Z")  # ``trong những năm tới``
_RX_B_DECADE = _rx_back(rf"{_WB}{_alt(_DATA['decade_before_year_word'])}{_G}\Z")
_RX_B_EVENT = _rx_before(rf"{_WB}(?:{_alt(_DATA['year_events'])})(?:{_SP}+[\p{{L}}]+){{0,6}}{_SP}+\Z")
_RX_B_PREP = _rx_before(rf"{_WB}(?:{_alt(_DATA['bare_year_prepositions'])}){_SP}+\Z")
_RX_NAM = _rx(_NAM)  # is a range prefix just ``năm``
_RX_B_DOCNUM = _rx_before(r"(?:số|/)\s*\Z")
_RX_B_MONTH_BLOCK = _rx_before(rf"(?:{_WB}(?:{_alt(_DATA['month_blockers_before'])})|\p{{N}}){_G}\Z")
_RX_B_DURATION = _rx_before(
    rf"\p{{N}}{_G}(?:{_alt(_DATA['durations_units'])})(?:{_G}làm{_G}việc)?{_G},?{_G}\Z"
)
_RX_B_CHROME = _rx_before(rf"(?:{_alt(_DATA['chrome_labels'])})[\s*]*:[\s*|]*\Z")
_CHROME_WINDOW = 60
_RX_B_BLANK_CAPTION = _rx_before(rf"{_WB}{_NGAY}[\s*_.…]*{_THANG}[\s*_.…]*\Z")
# A recurring word just before a yearless date: ``báo cáo … hằng năm (trước
# ngày 15 tháng 11)`` is a yearly deadline, not a date (ANNOTATION.md).
_RX_B_RECURRING = _rx_before(
    rf"{_WB}(?:{_alt(_DATA['recurring_words'])}){_G}[(,:]?{_G}(?:(?:trước|vào|sau|đến|tới|từ|trong){_G})?(?:{_NGAY}{_G})?\Z"
)
_RX_B_FROM = _rx_before(rf"{_WB}từ{_G}\Z")
_RX_B_LAW_NUMBER = _rx_before(r"(?:số|No\.?)[ \t]+\Z")

# --- checks after a hit -------------------------------------------------------
_RX_A_YEAR_TAIL = _rx(r"\p{N}|[.,]\p{N}|/[\p{L}\p{N}]|-\p{L}")
_RX_A_GLUED_NUMBER = _rx(r"(?:19|20)\d\d\d{1,4} ?/ ?\p{L}")
_RX_A_NO_YEAR_TAIL = _rx(rf"\p{{N}}|[/.,\-]\p{{N}}|{_SP}*%")
_RX_A_RECURRING = _rx(rf"{_G}\(?(?:{_alt(_DATA['recurring_words'] + _DATA['recurring_after_extra'])}){_WE}")
_RX_A_RECURRING_CLAUSE = _rx(
    rf"[^.;,!?\n]{{0,45}}?(?:\n[^.;,!?\n]{{0,45}}?)?{_WB}(?:{_alt(_DATA['recurring_words'])}){_WE}"
)
_RX_A_MONTH_BLOCK = _rx(rf"{_G}(?:{_alt(_DATA['month_blockers_after'])}){_WE}")
_RX_A_WEAK_END = _rx(r"\s*[,;:)]|\.(?:\s|\Z)|\s*\Z|\s+(?:đến|tới|và|-)\s")
_RX_A_NEXT_WORD = _rx(r"[ \t\u00a0*]*([\p{L}\p{N}²%]+)")
_RX_TIME_HEADER = _rx(rf"(?m)^[ \t*]*(?:{_alt(_DATA['time_table_headers'])}){_WE}[^\n|]{{0,40}}$")
_RX_CONNECTOR = _rx(rf"[\s*]*(?:,|;|và|hoặc|đến|tới|{_DASH})[\s*]*(?:(?:{_NGAY}|{_THANG}|qu[ýyí])[\s*]*)?\Z")
_RX_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", regex.DOTALL)

_BLOCKERS = {w.lower() for w in _DATA["bare_year_blockers"]}
_EDGE = _DATA["edges"]
_REL = {k.lower(): v for k, v in _DATA["relative_year_words"].items()}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_MIN_NAMED_YEAR = 1000  # ``năm 1010`` is a year; bare numbers need the tighter range


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: Optional[str] = None  # set when the text gives the year
    # For yearless candidates: value from a year, and the (month, day) used to
    # pick the occurrence nearest the issue date (None: take the context year).
    make: Optional[Callable[[int], Optional[str]]] = None
    month_day: Optional[tuple[int, int]] = None
    note: Optional[str] = None
    children: list = field(default_factory=list)
    anchor: bool = True  # may lend its year to yearless neighbours
    month_only: bool = False  # a yearless month or month range (no day)

    @property
    def year(self) -> Optional[int]:
        if self.value and self.value[:4].isdigit():
            return int(self.value[:4])
        return None


class _Document:
    """The text being read, and where the words that start the forward scans occur.

    Trying a pattern at every position of a long text is what costs most, while
    every match of a forward scan starts with one of a few words (``tháng``,
    ``năm``, ``19``/``20`` …).  Those are found with plain string search (in a
    lower-cased copy for the case-insensitive patterns) and the pattern is only
    tried there."""

    def __init__(self, text: str):
        self.text = text
        lowered = text.lower()
        # Lower-casing keeps offsets unless a letter expands (``İ``); such a
        # text is scanned position by position.
        self._lowered = lowered if len(lowered) == len(text) else None
        self._offsets: dict = {}

    def finditer(self, rx):
        """What ``rx.finditer(text)`` yields."""
        words, folded = _STARTS.get(rx, ((), False))
        haystack = self._lowered if folded else self.text
        if not words or haystack is None:
            yield from rx.finditer(self.text)
            return
        end = 0
        for start in self._word_offsets(words, haystack):
            if start >= end:  # matches do not overlap
                m = rx.match(self.text, start)
                if m:
                    end = m.end()
                    yield m

    def search(self, rx):
        return next(self.finditer(rx), None)

    def _word_offsets(self, words: tuple[str, ...], haystack: str) -> list[int]:
        key = (words, haystack is self.text)
        found = self._offsets.get(key)
        if found is None:
            found = self._offsets[key] = occurrences(haystack, words)
        return found


def _after_chrome_label(text: str, pos: int) -> bool:
    """``Ngày ban hành: 12/3/2025``: a field of the page, not of the document."""
    lo = max(0, pos - _CHROME_WINDOW)
    return text.find(":", lo, pos) >= 0 and _ends_before(_RX_B_CHROME, text, pos, _CHROME_WINDOW)


def _back(rx, text: str, pos: int, width: int = 48):
    """``rx`` (from _rx_back, anchored with ``\\Z``) matched in the window that ends at ``pos``."""
    lo = max(0, pos - width)
    if _BACKWARD[rx].search(text, lo, pos) is None:
        return None
    return rx.search(text, lo, pos)


def _ends_before(rx, text: str, pos: int, width: int = 48) -> bool:
    """Whether ``rx`` (from _rx_before) matches in the window that ends at ``pos``."""
    return rx.search(text, max(0, pos - width), pos) is not None


def _ahead(rx, text: str, pos: int, width: int = 40):
    return rx.match(text, pos, min(len(text), pos + width))


def _year(
    text: Optional[str], ctx_year: Optional[int], lo: int = _MIN_YEAR
) -> tuple[Optional[int], Optional[str]]:
    """A written year, repairing a doubled digit (``20225``); (year, note)."""
    if not text:
        return None, None
    text = text.replace("*", "")
    if len(text) == 4:
        y = int(text)
        return (y, None) if lo <= y <= _MAX_YEAR else (None, None)
    if len(text) != 5:
        return None, None
    options: dict[int, bool] = {}
    for i in range(5):
        y = int(text[:i] + text[i + 1 :])
        if _MIN_YEAR <= y <= _MAX_YEAR:
            doubled = i > 0 and text[i] == text[i - 1]
            options[y] = options.get(y, False) or doubled
    if not options:
        return None, None
    if ctx_year in options:
        y = ctx_year
    else:
        doubled = [y for y, d in options.items() if d]
        if len(doubled) == 1:
            y = doubled[0]
        elif len(options) == 1:
            y = next(iter(options))
        else:
            return None, None
    return y, f"source typo: year written {text}"


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= _days_in_month(y, m)


def _days_in_month(y: int, m: int) -> int:
    # calendar.monthrange() also computes the weekday, which is not needed here.
    return calendar.mdays[m] + (m == 2 and calendar.isleap(y))


def _valid_dm(m: int, d: int) -> bool:
    return _valid(2000, m, d)  # a leap year, so 29/2 passes


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _day_maker(d: int, mo: int, off: int = 0) -> Callable[[int], Optional[str]]:
    return lambda y: _iso(y + off, mo, d) if _valid(y + off, mo, d) else None


def _month_range(y: int, m1: int, m2: int) -> str:
    y1 = y - 1 if m1 > m2 else y
    return f"{y1:04d}-{m1:02d}/{y:04d}-{m2:02d}"


def _period(y: int, n: int, edge: str) -> str:
    if _EDGE.get(edge.lower()) == "end":
        return f"{y:04d}-{13 - n:02d}/{y:04d}-12"
    return f"{y:04d}-01/{y:04d}-{n:02d}"


def _roman(q: str) -> int:
    return int(q) if q.isdigit() else _ROMAN[q.lower()]


def _parse_issue(issue) -> tuple[Optional[int], Optional[_dt.date]]:
    if not issue or not isinstance(issue, str) or not issue[:4].isdigit():
        return None, None
    year = int(issue[:4])
    if not _MIN_YEAR <= year <= _MAX_YEAR:  # a broken header date lends no year
        return None, None
    try:
        return year, _dt.date.fromisoformat(issue[:10])
    except ValueError:
        return year, None


def _nearest_occurrence(issue: _dt.date, month: int, day: int) -> int:
    """Year for a yearless day or month in a text dated ``issue``.

    Reports look back more than plans look ahead, so a date up to about three
    months after the issue date is read as coming, anything later as last year's
    (``đến tháng 10`` in a January report is last October)."""
    best, best_cost = issue.year, None
    for y in (issue.year - 1, issue.year, issue.year + 1):
        if not 1 <= y <= 9999:
            continue
        date = _dt.date(y, month, min(day, _days_in_month(y, month)))
        delta = (date - issue).days
        cost = -delta if delta < 0 else 3 * delta
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def find_dates(text: str, context: DocumentContext = EMPTY_CONTEXT) -> list[DateFact]:
    """All calendar expressions in ``text``, sorted by start offset."""
    if not isinstance(text, str) or not text:
        return []
    ctx_year, issue = _parse_issue(getattr(context, "issue_date", None))
    cands = [c for c in _collect(_Document(text), ctx_year, issue) if not _after_chrome_label(text, c.start)]
    cands = [
        c
        for c in cands
        if c.make is None
        or not (
            _ahead(_RX_A_RECURRING_CLAUSE, text, c.end, 100)
            or _ends_before(_RX_B_RECURRING, text, c.start, 40)
        )
    ]
    kept = _resolve_overlaps(cands, len(text))
    _borrow_sibling_years(text, kept)
    if issue is not None:
        _repair_cited_years(text, kept, issue)
    front = _RX_FRONT_MATTER.match(text)
    facts = [
        DateFact(text=text[c.start : c.end], start=c.start, end=c.end, value=c.value, note=c.note)
        for c in _assign_years(kept, ctx_year, issue, front.end() if front else 0, _heading_years(text))
    ]
    facts.sort(key=lambda f: (f.start, -f.end))
    return facts


def _collect(doc: _Document, ctx_year: Optional[int], issue: Optional[_dt.date]) -> list[_Cand]:
    out: list[_Cand] = []
    _scan_thang(doc, ctx_year, out)
    _scan_period(doc, ctx_year, out)
    _scan_numeric(doc.text, ctx_year, out)
    _scan_quarters(doc, ctx_year, out)
    _scan_years(doc, ctx_year, out)
    _scan_relative(doc, issue, out)
    return out


def _scan_thang(doc: _Document, ctx_year: Optional[int], out: list[_Cand]) -> None:
    """Everything built on ``tháng N``: full worded dates, day-month, month-year, month, month ranges."""
    text = doc.text
    for m in doc.finditer(_RX_THANG):
        mo = int(m.group("m"))
        if not 1 <= mo <= 12:
            continue
        ys, rel = m.group("y") or m.group("y2"), m.group("rel")
        if ys and _ahead(_RX_A_YEAR_TAIL, text, m.end(), 3):
            continue
        if not ys and not rel and _ahead(_RX_A_NO_YEAR_TAIL, text, m.end(), 4):
            continue
        y, ynote = _year(ys, ctx_year) if ys else (None, None)
        if ys and y is None:
            continue
        off = _REL.get(rel.lower(), 0) if rel else 0
        day = _back(_RX_B_DAY, text, m.start())
        if day and m.group("m2"):
            continue  # ``ngày 3 tháng 11 - 12/2025`` is garbled
        if day:
            d = int(day.group("d"))
            start = day.start("ngay") if day.group("ngay") else day.start("d")
            if y is not None:
                if not _valid(y, mo, d):
                    continue
                c = _Cand(start, m.end(), _iso(y, mo, d), note=ynote)
                rng = _back(_RX_B_DAY_RANGE, text, start)
                if rng and (rng.group("ngay") or day.group("ngay")):
                    d1 = int(rng.group("d1"))
                    if d1 < d:
                        rstart = rng.start("ngay") if rng.group("ngay") else rng.start("d1")
                        r = _Cand(
                            rstart, m.end(), f"{_iso(y, mo, d1)}/{_iso(y, mo, d)}", note=ynote, anchor=False
                        )
                        r.children.append(c)
                        out.append(r)
                        continue
                out.append(c)
            elif day.group("ngay") and _valid_dm(mo, d):
                if _ahead(_RX_A_RECURRING, text, m.end()):
                    continue
                if rel:
                    out.append(
                        _Cand(start, m.end(), make=_day_maker(d, mo, off), note="relative; year inferred")
                    )
                else:
                    out.append(
                        _Cand(start, m.end(), make=_day_maker(d, mo), month_day=(mo, d), note="year inferred")
                    )
            continue  # ``3 tháng 3`` without ``ngày`` or a year is too vague
        if y is not None and m.group("m2"):
            m2 = int(m.group("m2"))
            if 1 <= m2 <= 12 and m2 != mo:
                out.append(_Cand(m.start(), m.end(), _month_range(y, mo, m2), note=ynote, anchor=False))
            continue
        rng = _back(_RX_B_MONTH_RANGE, text, m.start())
        # Months joined by "và" are two months (``tháng 4 và tháng 8 năm 2026``,
        # the first borrowing the year) unless an edge word makes one stretch of
        # time (``cuối tháng 10 và đầu tháng 11/2019``).
        if rng and rng.group("conj").lower() == "và" and not rng.group("e1"):
            rng = None
        if (
            y is None
            and not rel
            and rng
            and not _ahead(_RX_A_RECURRING, text, m.end())
            and not _ahead(_RX_A_MONTH_BLOCK, text, m.end())
        ):
            m1 = int(rng.group("m1"))
            if 1 <= m1 <= 12 and m1 != mo:
                # ``Cuối tháng 10 và tháng 11 vừa qua``, ``(từ tháng 3 đến tháng
                # 10)``: one stretch, which takes its year from the context.
                out.append(
                    _Cand(
                        rng.start(),
                        m.end(),
                        make=lambda y, m1=m1, mo=mo: _month_range(y, m1, mo),
                        month_day=(mo, 15),
                        note="year inferred",
                        anchor=False,
                        month_only=True,
                    )
                )
                continue
        if y is not None:
            if rng:
                m1 = int(rng.group("m1"))
                if 1 <= m1 <= 12 and m1 != mo:
                    r = _Cand(rng.start(), m.end(), _month_range(y, m1, mo), note=ynote, anchor=False)
                    if rng.group("conj").lower() != "và":
                        r.children.append(_Cand(m.start(), m.end(), f"{y:04d}-{mo:02d}", note=ynote))
                    out.append(r)
                    continue
            out.append(_Cand(m.start(), m.end(), f"{y:04d}-{mo:02d}", note=ynote))
        elif rel:
            out.append(
                _Cand(
                    m.start(),
                    m.end(),
                    make=lambda y, mo=mo, off=off: f"{y + off:04d}-{mo:02d}",
                    note="relative; year inferred",
                )
            )
        else:
            if _ahead(_RX_A_RECURRING, text, m.end()) or _ahead(_RX_A_MONTH_BLOCK, text, m.end()):
                continue
            if _ends_before(_RX_B_MONTH_BLOCK, text, m.start(), 12):
                continue  # ``mỗi tháng 2 lần``
            out.append(
                _Cand(
                    m.start(),
                    m.end(),
                    make=lambda y, mo=mo: f"{y:04d}-{mo:02d}",
                    month_day=(mo, 15),
                    note="year inferred",
                    month_only=True,
                )
            )


def _scan_period(doc: _Document, ctx_year: Optional[int], out: list[_Cand]) -> None:
    """``9 tháng đầu năm 2017`` -> 2017-01/2017-09, with ``năm 2017`` also listed."""
    text = doc.text
    for m in doc.finditer(_RX_PERIOD):
        cnt = _back(_RX_B_COUNT, text, m.start(), 12)
        if not cnt or _ends_before(_RX_B_NGAY, text, cnt.start(), 12):
            continue  # ``ngày 10 tháng năm 2025`` is a half-blank date, not ten months
        n, edge = int(cnt.group("n")), m.group("edge") or "đầu"
        if not 1 <= n <= 12 or edge.lower() == "giữa":
            continue
        if m.group("y"):
            y, ynote = _year(m.group("y"), ctx_year)
            if y is None:
                continue
            c = _Cand(cnt.start(), m.end(), _period(y, n, edge), note="period")
            c.children.append(_Cand(m.start("yr"), m.end(), f"{y:04d}", note=ynote))
            out.append(c)
        elif m.group("edge"):
            if _ahead(_RX_A_RECURRING, text, m.end()):
                continue
            off = _REL.get((m.group("rel") or "").lower(), 0)
            out.append(
                _Cand(
                    cnt.start(),
                    m.end(),
                    make=lambda y, n=n, edge=edge, off=off: _period(y + off, n, edge),
                    note="period; year inferred",
                    anchor=False,
                )
            )


def _scan_numeric(text: str, ctx_year: Optional[int], out: list[_Cand]) -> None:
    for m in _RX_NUM.finditer(text, overlapped=True):
        sep = m.group("sep")
        if sep != "/" and (m.group("s1") != sep or (m.group("s2") is not None and m.group("s2") != sep)):
            continue  # only ``/`` tolerates spaces: ``3 - 4`` is not a date
        d, mo = int(m.group("d")), int(m.group("m"))
        if m.group("y"):
            end, ys = m.end(), m.group("y")
            if _ahead(_RX_A_YEAR_TAIL, text, end, 3):
                glued = _ahead(_RX_A_GLUED_NUMBER, text, m.start("y"), 12)
                if not glued:
                    continue
                end, ys = m.start("y") + 4, ys[:4]  # ``14/11/200310/GP-UBND``: OCR lost the space
            y, ynote = _year(ys, ctx_year)
            if y is None or not _valid(y, mo, d):
                continue
            c = _Cand(m.start(), end, _iso(y, mo, d), note=ynote)
            rng = _back(_RX_B_NUM_RANGE, text, m.start())
            # Only a first endpoint without a month makes one range item: ``từ
            # ngày 15/11 đến ngày 20/11/2025`` is two dates (the first borrows
            # the year, ANNOTATION.md), and "và" joins days only after "ngày"
            # (``ngày 20 và 21/11/2025``).
            if rng and (rng.group("m1") or (rng.group("conj").lower() == "và" and not _ngay_before(rng))):
                rng = None
            if rng:
                d1 = int(rng.group("d1"))
                m1 = mo
                y1 = y - 1 if m1 > mo else y
                if _valid(y1, m1, d1) and (y1, m1, d1) < (y, mo, d):
                    # The span starts at "ngày" when the days are worded apart
                    # (``ngày 16 đến ngày 22/11/2025``), as the worded form
                    # ``ngày 15 đến ngày 31 tháng 12 năm 2025`` does; a compact
                    # ``16-22/11/2025`` starts at the first day.
                    rstart = rng.start("d1")
                    if rng.group("conj").lower() in ("đến", "tới", "và") and _ngay_before(rng):
                        rstart = rng.start("ngay2") if rng.group("ngay2") else rng.start("ngay")
                    r = _Cand(rstart, end, f"{_iso(y1, m1, d1)}/{_iso(y, mo, d)}", note=ynote, anchor=False)
                    r.children.append(c)
                    out.append(r)
                    continue
            out.append(c)
            continue
        # A day and month without a year only after a trigger: ``Sáng 3/11``, ``ngày 17.4``.
        if not _valid_dm(mo, d) or _ahead(_RX_A_NO_YEAR_TAIL, text, m.end(), 4):
            continue
        if m.group("s2") is not None and _ahead(_RX_A_NO_YEAR_TAIL, text, m.end("m"), 4):
            continue
        trig = _back(_RX_B_TRIGGER, text, m.start())
        if not trig or _ahead(_RX_A_RECURRING, text, m.end("m")):
            continue
        if trig.group("weak") and not _ahead(_RX_A_WEAK_END, text, m.end("m"), 6):
            continue  # ``đến 3/5`` may be a fraction; accept it only where a clause ends
        end = m.end("m")
        out.append(_Cand(m.start(), end, make=_day_maker(d, mo), month_day=(mo, d), note="year inferred"))
        pos = end
        for _ in range(10):
            n = match_near(_RX_DM_LIST, text, pos, 80)
            if not n:
                break
            d2, m2 = int(n.group("d")), int(n.group("m"))
            if not _valid_dm(m2, d2):
                break
            out.append(
                _Cand(
                    n.start("d"), n.end(), make=_day_maker(d2, m2), month_day=(m2, d2), note="year inferred"
                )
            )
            pos = n.end()
    for m in _RX_ISO.finditer(text):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if _MIN_YEAR <= y <= _MAX_YEAR and _valid(y, mo, d):
            out.append(_Cand(m.start(), m.end(), _iso(y, mo, d)))


def _ngay_before(rng) -> bool:
    """Whether "ngày" is written right before the first day of a range match."""
    return bool(rng.group("ngay2") or rng.group("ngay"))


def _scan_quarters(doc: _Document, ctx_year: Optional[int], out: list[_Cand]) -> None:
    for m in doc.finditer(_RX_QUARTER):
        q = _roman(m.group("q"))
        ys = m.group("y") or m.group("y2")
        if ys:
            y, ynote = _year(ys, ctx_year)
            if y is not None:
                out.append(_Cand(m.start(), m.end(), f"{y:04d}-Q{q}", note=ynote))
        elif m.group("rel"):
            off = _REL.get(m.group("rel").lower(), 0)
            out.append(
                _Cand(
                    m.start(),
                    m.end(),
                    make=lambda y, q=q, off=off: f"{y + off:04d}-Q{q}",
                    note="relative; year inferred",
                )
            )
        else:
            out.append(_Cand(m.start(), m.end(), make=lambda y, q=q: f"{y:04d}-Q{q}", note="year inferred"))


def _blocked_year(text: str, end: int) -> bool:
    """A four-digit number followed by a counted noun is a quantity, not a year."""
    n = _ahead(_RX_A_NEXT_WORD, text, end, 30)
    return bool(n) and n.group(1).lower() in _BLOCKERS


def _scan_years(doc: _Document, ctx_year: Optional[int], out: list[_Cand]) -> None:
    text = doc.text
    for m in doc.finditer(_RX_YEAR):
        y, ynote = _year(m.group("y"), ctx_year, lo=_MIN_NAMED_YEAR)
        if y is None or (y < _MIN_YEAR and _blocked_year(text, m.end())):
            continue  # ``năm 1000 người`` is a count after all
        dec = (
            _back(_RX_B_DECADE, text, m.start(), 16)
            if y % 10 == 0 and _MIN_YEAR <= y <= _MAX_YEAR - 9
            else None
        )
        if dec:
            out.append(_Cand(dec.start(), m.end(), f"{y:04d}/{y + 9:04d}", note="decade", anchor=False))
            continue
        note = ynote
        if _ends_before(_RX_B_BLANK_CAPTION, text, m.start(), 40):
            note = "blank day and month in the source"
        out.append(_Cand(m.start(), m.end(), f"{y:04d}", note=note))
        pos = m.end()
        for _ in range(10):
            n = match_near(_RX_YEAR_LIST, text, pos, 80)
            if not n:
                break
            y2 = int(n.group("y"))
            if not _MIN_YEAR <= y2 <= _MAX_YEAR or _blocked_year(text, n.end()):
                break
            out.append(_Cand(n.start("y"), n.end(), f"{y2:04d}"))
            pos = n.end()

    for m in doc.finditer(_RX_BLANK_NUMERIC):
        # only the year is a date (as ``năm 2025`` in ``ngày tháng năm 2025``)
        out.append(_Cand(m.start("y"), m.end(), m.group("y"), note="blank day and month in the source"))

    for m in doc.finditer(_RX_DECADE_WORD):
        y = int(m.group("y"))
        if _MIN_YEAR <= y <= _MAX_YEAR - 9:
            out.append(_Cand(m.start(), m.end(), f"{y:04d}/{y + 9:04d}", note="decade", anchor=False))

    for m in doc.finditer(_RX_YEAR_RANGE):
        conj = m.group("conj").lower()
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not (_MIN_YEAR <= y1 < y2 <= _MAX_YEAR) or y2 - y1 > 50:
            continue
        pre = _back(_RX_B_RANGE_PREFIX, text, m.start(), 40)
        is_range_word = bool(pre) and not _RX_NAM.fullmatch(pre.group("pre"))
        if conj in ("đến", "tới") and not is_range_word:
            continue  # ``từ năm 2020 đến năm 2025``: two complete endpoints, two dates
        if conj == "/" and not (is_range_word and y2 == y1 + 1):
            continue  # ``2019/2020`` only as a school or fiscal year
        if not pre and _ends_before(_RX_B_DOCNUM, text, m.start(), 12):
            continue
        out.append(_Cand(pre.start() if pre else m.start(), m.end(), f"{y1:04d}/{y2:04d}", anchor=False))

    for m in doc.finditer(_RX_BARE_YEAR):
        y = int(m.group("y"))
        if _blocked_year(text, m.end()):
            continue
        if (
            _ends_before(_RX_B_PREP, text, m.start(), 24)
            # a year alone in brackets after a figure: "1,95 con/phụ nữ (2023)"
            or (text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")")
            # an event named with its year: "Tổng điều tra dân số và nhà ở 2019"
            or _ends_before(_RX_B_EVENT, text, m.start(), 48)
        ):
            out.append(_Cand(m.start(), m.end(), f"{y:04d}"))

    for m in doc.finditer(_RX_LAW_YEAR):
        y = int(m.group("y"))
        if _MIN_YEAR <= y <= _MAX_YEAR and not _ends_before(_RX_B_LAW_NUMBER, text, m.start("y"), 8):
            out.append(_Cand(m.start("y"), m.end(), f"{y:04d}"))

    for m in _RX_BIRTH.finditer(text):
        y = int(m.group("y"))
        if _MIN_YEAR <= y <= _MAX_YEAR:
            out.append(_Cand(m.start(), m.end(), f"{y:04d}", note="birth year", anchor=False))

    if "|" in text:
        for m in _RX_CELL_YEAR.finditer(text):
            if _table_year_cell(text, m):
                out.append(_Cand(m.start("y"), m.end("y"), m.group("y"), note="table cell"))


def _table_year_cell(text: str, m) -> bool:
    """A year alone in a cell of a table whose header names a time (``Thời gian hoàn thành``)."""
    before = text[max(0, m.start() - 4) : m.start() + 1]
    after = text[m.end() : m.end() + 4]
    if "|" not in before and "|" not in after:
        return False
    return bool(_RX_TIME_HEADER.search(text, max(0, m.start() - 3000), m.start()))


def _scan_relative(doc: _Document, issue: Optional[_dt.date], out: list[_Cand]) -> None:
    text = doc.text
    for m in doc.finditer(_RX_REL_YEAR):
        if _ends_before(_RX_B_PLURAL, text, m.start(), 12):
            continue
        off = _REL.get(m.group("w").lower(), 0)
        out.append(
            _Cand(
                m.start(),
                m.end(),
                make=lambda y, off=off: f"{y + off:04d}",
                note="relative; year inferred",
                anchor=False,
            )
        )
    for m in doc.finditer(_RX_SAME_PERIOD):
        out.append(
            _Cand(
                m.start(),
                m.end(),
                make=lambda y: f"{y - 1:04d}",
                note="relative; year inferred",
                anchor=False,
            )
        )
    if issue is None:
        return
    iso = issue.isoformat()
    for m in doc.finditer(_RX_SIGNING):
        if _ends_before(_RX_B_DURATION, text, m.start(), 40):
            continue  # ``05 ngày làm việc kể từ ngày ban hành`` is a duration
        end = m.end()
        named = _ahead(_RX_A_SIGNED_DOC, text, end, 40)
        if named:
            if not (named.group("nay") or named.group("w")[:1].isupper()):
                continue  # the issuing of another document
            end = named.end()
        out.append(_Cand(m.start(), end, iso, note="effective date = signing date (relative)", anchor=False))
    if doc.search(_RX_SIGNS_ON_SIGNING):
        effective, note = (iso, None), "effective on signing (relative)"
    else:
        effective, note = _written_effective_date(doc, out), "effective date of this document (relative)"
    if effective is None:
        return
    # (Both name the document by the same type word as the clause that set the date.)
    for rx, after_from in ((_RX_EFFECTIVE, True), (_RX_EFFECTIVE_NAMED, False)):
        for m in doc.finditer(rx):
            if _ends_before(_RX_B_DURATION, text, m.start(), 40):
                continue
            if not after_from and _ends_before(_RX_B_FROM, text, m.start(), 12):
                continue  # ``kể từ ngày …`` is _RX_EFFECTIVE's
            if effective[1] is not None and effective[1] not in _fold_spaces(m.group(0)):
                continue
            out.append(_Cand(m.start(), m.end(), effective[0], note=note, anchor=False))


def _fold_spaces(s: str) -> str:
    return " ".join(s.replace("*", " ").split()).lower()


def _written_effective_date(doc: _Document, cands: list[_Cand]) -> Optional[tuple[str, str]]:
    """The date in ``Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12
    năm 2025`` (a full date found by the scans, starting at "ngày" or right
    after it), and the type word that names the document there."""
    by_start = {c.start: c.value for c in cands if c.value and len(c.value) == 10}
    for m in doc.finditer(_RX_TAKES_EFFECT_ON):
        value = by_start.get(m.start("ngay")) or by_start.get(m.end())
        if value:
            return value, _fold_spaces(m.group("w"))
    return None


def _resolve_overlaps(cands: list[_Cand], size: int) -> list[_Cand]:
    taken = bytearray(size + 1)
    kept = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if c.end <= c.start or 1 in taken[c.start : c.end]:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    nested = [ch for c in kept for ch in c.children]
    return sorted(kept + nested, key=lambda c: (c.start, -c.end))


# The number of a cited document just before its date: ``Nghị định số
# 214/2025/NĐ-CP ngày …`` (the year inside the number).
_RX_B_NUMBER_YEAR = _rx_before(
    rf"/(?P<y>(?:19|20)\d\d)/[\p{{Lu}}Đ][\p{{L}}\d\-]*[ \t*]*,?[ \t*]*(?:{_NGAY}[ \t*]+)?\Z"
)


def _repair_cited_years(text: str, cands: list[_Cand], issue: _dt.date) -> None:
    """``Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm 2028``: a cited
    document cannot be dated after the document citing it; when its number
    gives an earlier year that makes the date possible, the year is a typo."""
    for c in cands:
        if not (c.value and len(c.value) == 10 and c.value > issue.isoformat()):
            continue
        m = _RX_B_NUMBER_YEAR.search(text, max(0, c.start - 60), c.start)
        if not m:
            continue
        y = int(m.group("y"))
        fixed = f"{y:04d}{c.value[4:]}"
        if (
            y < int(c.value[:4])
            and _valid(y, int(c.value[5:7]), int(c.value[8:10]))
            and fixed <= issue.isoformat()
        ):
            c.note = f"source typo: year written {c.value[:4]}, the number gives {y}"
            c.value = fixed


def _borrow_sibling_years(text: str, cands: list[_Cand]) -> None:
    """``quý I và quý II/2025``, ``20/9 và 25/9/2025``: the last member lends its year."""
    for i in range(len(cands) - 2, -1, -1):
        c = cands[i]
        if c.make is None:
            continue
        nxt = cands[i + 1]
        if nxt.value is None or nxt.year is None or nxt.start < c.end or nxt.start - c.end > 30:
            continue
        if not _RX_CONNECTOR.match(text, c.end, nxt.start):
            continue
        year = nxt.year
        if c.month_day and len(nxt.value) >= 7 and nxt.value[4] == "-" and nxt.value[5:7].isdigit():
            if c.month_day[0] > int(nxt.value[5:7]):
                year -= 1  # ``20/12 và 5/1/2026``
        val = c.make(year)
        if val:
            c.value, c.make = val, None


# An upper-case heading that names one year: ``KẾ HOẠCH QUAN TRẮC … NĂM 2026``,
# ``PHỤ LỤC … NĂM 2026`` (a line without lower-case letters).  A target year
# (``ĐẾN NĂM 2030``, ``TẦM NHÌN NĂM 2045``), a span of years or the date of a
# cited document (``NGÀY 26 THÁNG 3 NĂM 2025``) is not the year the text speaks of.
# (Lines are found first and the year searched in each, which keeps it linear.)
_RX_UPPER_LINE = regex.compile(r"(?m)^[^\p{Ll}\n]*+$")
_RX_HEADING_YEAR = regex.compile(
    r"(?<!(?:ĐẾN|TỚI|NHÌN|SAU|TRƯỚC|TỪ|TH[ÁA]NG[ \t*]+\d{1,2})[ \t*]+)\bN[ĂA]M[ \t*]+(?P<y>(?:19|20)\d\d)\b"
    r"(?![ \t*]*(?:[-\u2013/]|ĐẾN|TỚI)[ \t*]*\d)"
)


def _heading_before(headings: list[tuple[int, int]], pos: int) -> Optional[int]:
    i = bisect.bisect_right(headings, (pos, _MAX_YEAR + 1))
    return headings[i - 1][1] if i else None


def _heading_years(text: str) -> list[tuple[int, int]]:
    """(offset, year) of the upper-case headings that name a year."""
    found = []
    for line in _RX_UPPER_LINE.finditer(text):
        m = _RX_HEADING_YEAR.search(text, line.start(), line.end())
        if m:
            found.append((line.start(), int(m.group("y"))))
    return found


def _assign_years(
    cands: list[_Cand],
    ctx_year: Optional[int],
    issue: Optional[_dt.date],
    front_end: int,
    headings: Optional[list[tuple[int, int]]] = None,
) -> list[_Cand]:
    anchors = [
        c
        for c in cands
        if c.value and c.anchor and c.year and c.start >= front_end and "/" not in c.value and not c.note
    ]
    # Without an issue date, the latest full date written in the text is the
    # best guess of when it was written; failing that, the nearest year.
    full_years = [c.year for c in anchors if len(c.value) == 10]
    doc_year = max(full_years) if full_years else None
    out = []
    for c in cands:
        if c.value is None and c.make is not None:
            year = None
            heading = _heading_before(headings or [], c.start) if c.month_only else None
            if heading is not None:
                # ``(từ tháng 3 đến tháng 10)`` under ``… NĂM 2026``: the months
                # of a plan or a table are those of the year its heading names.
                year = heading
            elif issue is not None and c.month_day is not None:
                year = _nearest_occurrence(issue, *c.month_day)
            elif ctx_year is not None:
                year = ctx_year
            elif doc_year is not None:
                year = doc_year
            elif anchors:
                year = min(anchors, key=lambda a: (abs(a.start - c.start), a.start > c.start)).year
            if year is not None:
                c.value = c.make(year)
        if c.value:
            out.append(c)
    return out
