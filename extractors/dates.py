"""Calendar expressions in Vietnamese administrative text.

``find_dates`` returns every date, month, year, quarter and period the text
names, with ISO 8601 values at the precision written (see ``DateFact``).  The
conventions (which spans, which nested items, which relative expressions) follow
the project's ANNOTATION.md.

How it works: a handful of compiled patterns each propose candidates; longer
candidates win over the shorter ones they overlap, except for the nested items
the conventions list on purpose (the year inside ``9 tháng đầu năm 2017``, the
complete end date of ``ngày 15 đến ngày 31 tháng 12 năm 2025``).  Candidates
written without a year then borrow one: from a sibling they are listed with
(``20/9 và 25/9/2025``), from the issue date in the context, or, when there is
none, from the nearest explicit year in the text.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import regex

from extractors.context import EMPTY_CONTEXT, DocumentContext
from extractors.facts import DateFact

VERSION = "1.0"

_DATA = json.loads((Path(__file__).resolve().parent / "data" / "dates.json").read_text(encoding="utf-8"))

_FLAGS = regex.IGNORECASE | regex.VERSION0


def _alt(words) -> str:
    """Alternation of vocabulary entries, longest first, spaces matching any run of whitespace."""
    parts = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(regex.escape(t) for t in w.split()) for w in parts) + ")"


# Horizontal space, and a gap between the words of one expression: spaces,
# markdown emphasis (``ngày **21** tháng``) and at most one hard line break.
_SP = r"[ \t\u00a0\r]"
_G = rf"(?:{_SP}|\*|_){{0,6}}(?:\n(?:{_SP}|\*|_){{0,6}})?"
_WB = r"(?<![\p{L}\p{N}])"  # word start
_WE = r"(?![\p{L}\p{N}])"  # word end
_NGAY = r"ng[àa]y"
_THANG = r"th[áa]ng"
_NAM = r"n[ăa]m"
_D = r"(?:m[ồùô]ng" + _G + r")?"  # ``ngày mồng 3``
_DASH = r"[\-\u2013\u2014]"
# A year may carry markdown inside it (``năm 202**5``).
_Y = r"(?P<y>\d(?:\*{0,2}\d){3,4})"
_YEAR_TAIL = r"(?!\p{N}|[.,]\p{N}|/[\p{L}\p{N}])"  # not part of a larger number or document symbol

_RE = {
    # ngày 28 tháng 9 năm 2017, 28 tháng 9 năm 2017, ngày mồng 3 tháng 3 năm 2025
    "worded_full": rf"(?:{_WB}{_NGAY}{_G}{_D})?{_WB}(?P<d>\d{{1,2}}){_G}{_THANG}{_G}(?P<m>\d{{1,2}}){_G}{_NAM}{_G}{_Y}{_YEAR_TAIL}",
    # ngày 20 tháng 9 (year from context), ngày 20 tháng 9 năm nay
    "worded_dm": rf"{_WB}{_NGAY}{_G}{_D}(?P<d>\d{{1,2}}){_G}{_THANG}{_G}(?P<m>\d{{1,2}})(?!\p{{N}}|[/.\-]\p{{N}})(?:{_G}{_NAM}{_G}(?P<rel>{_alt(_DATA['relative_year_words'])}){_WE})?",
    # 31/8/2012, 31-8-2012, 3.3.2025, 31/ 8/2012
    "numeric_full": r"(?<![\p{L}\p{N}/])(?<![\p{L}\p{N}][.\-])(?P<d>\d{1,2})(?P<s1> ?(?P<sep>[/.\-]) ?)(?P<m>\d{1,2})(?P<s2> ?(?P=sep) ?)(?P<y>\d{4,5})" + _YEAR_TAIL + r"(?!-\p{L})",
    # 2025-06-12 (ISO, e.g. front matter)
    "iso": r"(?<![\p{L}\p{N}/.\-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\p{N}|-\p{N})",
    # Sáng 3/11, ngày 17.4, trước ngày 5.5, thứ Hai (3/11)
    "dm": rf"{_WB}(?P<trig>{_alt(_DATA['day_triggers'])}|{_alt(_DATA['weekdays'])}|(?P<weak>{_alt(_DATA['weak_day_triggers'])})){_G}(?:[,(]{_G})?(?:{_NGAY}{_G})?{_D}(?P<d>\d{{1,2}})(?P<s1> ?(?P<sep>[/.\-]) ?)(?P<m>\d{{1,2}})(?!\p{{N}}|(?P=sep)\p{{N}}| ?/ ?\p{{N}}|[.,]\p{{N}}|{_SP}*%)",
    # tháng 11/2019, Tháng 9-2013, tháng 12.2025, tháng 10 năm 2025, tháng 2 năm nay
    "month_year": rf"{_WB}{_THANG}{_G}(?P<m>\d{{1,2}})(?:{_SP}?(?P<sep>[/.\-]){_SP}?(?P<y>\d{{4,5}})|{_G}{_NAM}{_G}(?P<y2>\d(?:\*{{0,2}}\d){{3,4}})|{_G}{_NAM}{_G}(?P<rel>{_alt(_DATA['relative_year_words'])}){_WE})" + _YEAR_TAIL,
    # tháng 10 (year from context)
    "month": rf"{_WB}{_THANG}{_G}(?P<m>\d{{1,2}})(?!\p{{N}}|[/.,\-]\p{{N}}|{_SP}*%)",
    # quý 4/2017, quý II/2025, quý IV năm 2017, quý I (year from context)
    "quarter": rf"{_WB}qu[ýy]{_G}(?P<q>IV|I{{1,3}}|[1-4])(?![\p{{L}}\p{{N}}]|[.,/]\p{{N}}(?!\p{{N}}{{3}}))(?:{_SP}?(?P<sep>[/.\-]){_SP}?(?P<y>\d{{4}})|{_G}{_NAM}{_G}(?P<y2>\d{{4}})|{_G}{_NAM}{_G}(?P<rel>{_alt(_DATA['relative_year_words'])}){_WE})?" + _YEAR_TAIL,
    # 9 tháng đầu năm 2017, 6 tháng cuối năm (year from context)
    "period": rf"{_WB}(?P<n>\d{{1,2}}){_G}{_THANG}{_G}(?:(?P<edge>đầu|cuối){_G})?(?P<yr>{_NAM}(?:{_G}(?P<y>\d{{4}})|{_G}(?P<rel>{_alt(_DATA['relative_year_words'])}{_WE}))?)(?!\p{{L}}|\p{{N}})",
    # cuối tháng 10 và đầu tháng 11/2019, từ tháng 10 đến tháng 12/2025
    "month_range": rf"{_WB}(?:(?P<e1>cuối|đầu|giữa){_G})?{_THANG}{_G}(?P<m1>\d{{1,2}}){_G}(?P<conj>và|đến|tới|{_DASH}){_G}(?P<end>(?:(?P<e2>cuối|đầu|giữa){_G})?{_THANG}{_G}(?P<m2>\d{{1,2}})(?:{_SP}?(?P<sep>[/.\-]){_SP}?(?P<y>\d{{4}})|{_G}{_NAM}{_G}(?P<y2>\d{{4}})))" + _YEAR_TAIL,
    # ngày 15 đến ngày 31 tháng 12 năm 2025
    "day_range_worded": rf"{_WB}(?P<n1>{_NGAY}{_G})?{_D}(?P<d1>\d{{1,2}}){_G}(?P<conj>đến|tới|{_DASH}){_G}(?P<end>(?P<n2>{_NGAY}{_G})?{_D}(?P<d2>\d{{1,2}}){_G}{_THANG}{_G}(?P<m>\d{{1,2}}){_G}{_NAM}{_G}(?P<y>\d{{4}}))" + _YEAR_TAIL,
    # (từ) ngày 15 đến 31/12/2025, từ 15/11 đến 31/12/2025
    "day_range_numeric": rf"(?P<lead>{_WB}(?:từ|{_NGAY}){_G}(?:{_NGAY}{_G})?)(?P<d1>\d{{1,2}})(?:(?P<sa>[/.\-])(?P<m1>\d{{1,2}}))?{_SP}*(?P<conj>đến|tới|{_DASH}){_SP}*(?:{_NGAY}{_G})?(?P<end>(?P<d2>\d{{1,2}})(?P<sep>[/.\-])(?P<m2>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}))" + _YEAR_TAIL,
    # giai đoạn 2021 - 2025, năm học 2019-2020, năm 2025-2026, (2011-2015)
    "year_range": rf"(?:{_WB}(?P<pre>{_alt(_DATA['range_prefixes'])}|{_NAM}){_G}(?:từ{_G}(?:{_NAM}{_G})?)?)?(?<![\p{{L}}\p{{N}}/.,\-])(?P<y1>\d{{4}}){_SP}*(?:\n{_SP}*)?(?P<conj>{_DASH}|/|đến|tới){_SP}*(?:\n{_SP}*)?(?:{_NAM}{_G})?(?P<y2>\d{{4}})(?!\p{{N}}|/[\p{{L}}\p{{N}}]|[.,]\p{{N}})",
    # những năm 1990
    "decade": rf"{_WB}(?P<pre>{_alt(_DATA['decade_prefixes'])}){_G}(?P<y>\d{{3}}0)(?!\p{{N}}|[.,]\p{{N}}|/)",
    # năm 2017
    "year": rf"{_WB}{_NAM}{_G}{_Y}{_YEAR_TAIL}(?!{_SP}?{_DASH}{_SP}?\p{{N}})",
    # cho đến 2050, từ 2018
    "bare_year": rf"{_WB}(?:{_alt(_DATA['bare_year_prepositions'])}){_SP}+(?P<y>(?:19|20)\d\d)(?!\p{{N}}|[.,/\-\u2013]\p{{N}}|{_SP}*%)",
    # năm nay, năm ngoái
    "rel_year": rf"{_WB}{_NAM}{_G}(?P<w>{_alt(_DATA['relative_year_words'])}){_WE}",
    # cùng kỳ năm trước
    "same_period": rf"{_WB}{_alt(_DATA['same_period_last_year'])}{_WE}",
    # kể từ ngày ký, từ ngày ban hành
    "signing": rf"{_WB}(?:kể{_G})?từ{_G}(?:{_alt(_DATA['signing_phrases'])}){_WE}",
    # Kể từ ngày Quyết định này có hiệu lực
    "effective": rf"{_WB}(?:kể{_G})?từ{_G}{_NGAY}{_G}(?:{_alt(_DATA['doc_effective_words'])}){_G}này{_G}có{_G}hiệu{_G}lực{_WE}",
    # a table cell holding only a year
    "cell_year": r"(?m)^(?P<pre>[ \t*]*)(?P<y>(?:19|20)\d\d)[ \t*]*$",
}
_RX = {k: regex.compile(v, _FLAGS) for k, v in _RE.items()}
_RX["birth"] = regex.compile(
    rf"{_WB}(?:{'|'.join(map(regex.escape, _DATA['birth_markers_case_sensitive']))}){_SP}*:?{_SP}*(?P<y>(?:19|20)\d\d)(?!\p{{N}})"
)
# Luật Điện lực 2024: a law named with its year and no ``năm``.
_RX["law_year"] = regex.compile(
    rf"{_WB}(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)(?:[ \t]+\p{{L}}+){{0,8}}?[ \t]+(?P<y>(?:19|20)\d\d)(?!\p{{N}}|[.,/\-]\p{{N}})"
)
# A further year listed after ``năm X``: ``năm 2022, 2023 và 2024``.
_RX_YEAR_LIST = regex.compile(rf"{_G}(?:,|và|hoặc){_G}(?P<y>(?:19|20)\d\d)(?!\p{{N}}|[.,/\-]\p{{N}})", _FLAGS)
# A further yearless day listed after a date: ``ngày 20/9 và 25/9``.
_RX_DM_LIST = regex.compile(
    rf"{_G}(?:,|;|và|hoặc){_G}(?:{_NGAY}{_G})?(?P<d>\d{{1,2}})(?P<sep>[/.])(?P<m>\d{{1,2}})(?!\p{{N}}|(?P=sep)\p{{N}}|{_SP}*%)", _FLAGS
)
_RX_CHROME = regex.compile(rf"(?:{_alt(_DATA['chrome_labels'])})[\s*]*:[\s*|]*$", _FLAGS)
_RX_RECURRING = regex.compile(rf"^{_G}\(?(?:{_alt(_DATA['recurring_after'])}){_WE}", _FLAGS)
_RX_MONTH_BLOCK_BEFORE = regex.compile(rf"(?:{_WB}(?:{_alt(_DATA['month_blockers_before'])})|\p{{N}}){_G}$", _FLAGS)
_RX_MONTH_BLOCK_AFTER = regex.compile(rf"^{_G}(?:{_alt(_DATA['month_blockers_after'])}){_WE}", _FLAGS)
_RX_DURATION_BEFORE = regex.compile(
    rf"\p{{N}}{_G}(?:{_alt(_DATA['durations_units'])})(?:{_G}làm{_G}việc)?{_G},?{_G}$", _FLAGS
)
_RX_NEXT_WORD = regex.compile(r"^[ \t\u00a0*]*([\p{L}\p{N}²%]+)")
_RX_TIME_HEADER = regex.compile(rf"(?m)^[ \t*]*(?:{_alt(_DATA['time_table_headers'])}){_WE}[^\n|]{{0,40}}$", _FLAGS)
_RX_BLANK_CAPTION = regex.compile(rf"{_WB}{_NGAY}[\s*_.…]*{_THANG}[\s*_.…]*$", _FLAGS)
_RX_SIGNS_ON_SIGNING = regex.compile(rf"hiệu{_G}lực(?:{_G}thi{_G}hành)?{_G}(?:kể{_G})?từ{_G}{_NGAY}{_G}k[ýí]", _FLAGS)
_RX_CONNECTOR = regex.compile(rf"^[\s*]*(?:,|;|và|hoặc|đến|tới|{_DASH})[\s*]*(?:(?:{_NGAY}|{_THANG}|qu[ýy])[\s*]*)?$", _FLAGS)
_RX_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", regex.DOTALL)

_BLOCKERS = {w.lower() for w in _DATA["bare_year_blockers"]}
_EDGE = _DATA["edges"]
_REL = {k.lower(): v for k, v in _DATA["relative_year_words"].items()}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_MIN_NAMED_YEAR = 1000  # ``năm 1010`` is a year; bare numbers need the tighter range


@dataclass
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

    @property
    def year(self) -> Optional[int]:
        if self.value and self.value[:4].isdigit():
            return int(self.value[:4])
        return None


def _year(text: str, ctx_year: Optional[int], lo: int = _MIN_YEAR) -> tuple[Optional[int], Optional[str]]:
    """A written year, repairing a doubled digit (``20225``); (year, note)."""
    text = text.replace("*", "")
    if len(text) == 4:
        y = int(text)
        return (y, None) if lo <= y <= _MAX_YEAR else (None, None)
    if len(text) != 5:
        return None, None
    options = {}
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
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _valid_dm(m: int, d: int) -> bool:
    return _valid(2000, m, d)  # a leap year, so 29/2 passes


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _month_range(y: int, m1: int, m2: int) -> str:
    y1 = y - 1 if m1 > m2 else y
    return f"{y1:04d}-{m1:02d}/{y:04d}-{m2:02d}"


def _period(y: int, n: int, edge: str) -> str:
    if _EDGE.get(edge.lower()) == "end":
        return f"{y:04d}-{13 - n:02d}/{y:04d}-12"
    return f"{y:04d}-01/{y:04d}-{n:02d}"


def _roman(q: str) -> int:
    return int(q) if q.isdigit() else _ROMAN[q.lower()]


def _parse_issue(issue: Optional[str]) -> tuple[Optional[int], Optional[_dt.date]]:
    if not issue or not isinstance(issue, str) or not issue[:4].isdigit():
        return None, None
    year = int(issue[:4])
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
        if not _valid(y, month, min(day, calendar.monthrange(y, month)[1])):
            continue
        delta = (_dt.date(y, month, min(day, calendar.monthrange(y, month)[1])) - issue).days
        cost = -delta if delta < 0 else 3 * delta
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def find_dates(text: str, context: DocumentContext = EMPTY_CONTEXT) -> list[DateFact]:
    """All calendar expressions in ``text``, sorted by start offset."""
    if not isinstance(text, str) or not text:
        return []
    if context is None:
        context = EMPTY_CONTEXT
    ctx_year, issue = _parse_issue(getattr(context, "issue_date", None))
    cands = _collect(text, ctx_year, issue)
    cands = [c for c in cands if not _is_chrome(text, c.start)]
    cands = [c for c in cands if c.make is None or not _recurring_clause(text, c.end)]
    kept = _resolve_overlaps(cands, len(text))
    _borrow_sibling_years(text, kept)
    front = _RX_FRONT_MATTER.match(text)
    front_end = front.end() if front else 0
    facts = []
    for c in _assign_years(kept, ctx_year, issue, front_end):
        facts.append(DateFact(text=text[c.start : c.end], start=c.start, end=c.end, value=c.value, note=c.note))
    facts.sort(key=lambda f: (f.start, -f.end))
    return facts


def _is_chrome(text: str, start: int) -> bool:
    return bool(_RX_CHROME.search(text[max(0, start - 60) : start]))


def _recurring_after(text: str, end: int) -> bool:
    return bool(_RX_RECURRING.match(text[end : end + 30]))


def _collect(text: str, ctx_year: Optional[int], issue: Optional[_dt.date]) -> list[_Cand]:
    out: list[_Cand] = []
    add = out.append

    def full(m, start, end, note=None):
        y, ynote = _year(m.group("y"), ctx_year)
        d, mo = int(m.group("d")), int(m.group("m"))
        if y is None or not _valid(y, mo, d):
            return None
        return _Cand(start, end, _iso(y, mo, d), note=ynote or note)

    for m in _RX["worded_full"].finditer(text):
        c = full(m, m.start(), m.end())
        if c:
            add(c)

    for m in _RX["numeric_full"].finditer(text):
        if m.group("sep") != "/" and (m.group("s1") != m.group("sep") or m.group("s2") != m.group("sep")):
            continue  # ``3 - 4 - 2025`` is not a date; only ``/`` tolerates spaces
        c = full(m, m.start(), m.end())
        if c:
            add(c)

    for m in _RX["iso"].finditer(text):
        c = full(m, m.start(), m.end())
        if c:
            add(c)

    for m in _RX["worded_dm"].finditer(text):
        d, mo = int(m.group("d")), int(m.group("m"))
        if not _valid_dm(mo, d) or _recurring_after(text, m.end()):
            continue
        rel = m.group("rel")
        if rel:
            off = _REL.get(" ".join(rel.lower().split()), 0)
            add(_Cand(m.start(), m.end(), make=lambda y, d=d, mo=mo, off=off: _iso(y + off, mo, d) if _valid(y + off, mo, d) else None,
                      note="relative; year inferred"))
        else:
            add(_Cand(m.start(), m.end(), make=lambda y, d=d, mo=mo: _iso(y, mo, d) if _valid(y, mo, d) else None,
                      month_day=(mo, d), note="year inferred"))

    for m in _RX["dm"].finditer(text):
        if m.group("sep") != "/" and m.group("s1") != m.group("sep"):
            continue
        d, mo = int(m.group("d")), int(m.group("m"))
        if not _valid_dm(mo, d) or _recurring_after(text, m.end()):
            continue
        if m.group("weak"):
            # ``đến 3/5`` may be a fraction; accept only when the date ends a clause.
            nxt = text[m.end() : m.end() + 6]
            if not regex.match(r"^(?:\s*[,;:)]|\.(?:\s|$)|\s*$|\s+(?:đến|tới|và|-)\s)", nxt, _FLAGS):
                continue
        add(_Cand(m.start("d"), m.end(), make=lambda y, d=d, mo=mo: _iso(y, mo, d) if _valid(y, mo, d) else None,
                  month_day=(mo, d), note="year inferred"))
        pos = m.end()
        for _ in range(10):
            n = _RX_DM_LIST.match(text, pos)
            if not n:
                break
            d2, m2 = int(n.group("d")), int(n.group("m"))
            if not _valid_dm(m2, d2):
                break
            add(_Cand(n.start("d"), n.end(), make=lambda y, d=d2, mo=m2: _iso(y, mo, d) if _valid(y, mo, d) else None,
                      month_day=(m2, d2), note="year inferred"))
            pos = n.end()

    for m in _RX["month_year"].finditer(text):
        mo = int(m.group("m"))
        if not 1 <= mo <= 12 or _recurring_after(text, m.end()):
            continue
        if m.group("rel"):
            off = _REL.get(" ".join(m.group("rel").lower().split()), 0)
            add(_Cand(m.start(), m.end(), make=lambda y, mo=mo, off=off: f"{y + off:04d}-{mo:02d}", note="relative; year inferred"))
            continue
        y, ynote = _year(m.group("y") or m.group("y2"), ctx_year)
        if y is not None:
            add(_Cand(m.start(), m.end(), f"{y:04d}-{mo:02d}", note=ynote))

    for m in _RX["month"].finditer(text):
        mo = int(m.group("m"))
        if not 1 <= mo <= 12 or _recurring_after(text, m.end()):
            continue
        if _RX_MONTH_BLOCK_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # ``mỗi tháng 2 lần``, ``3 tháng 3`` (a duration or a day)
        if _RX_MONTH_BLOCK_AFTER.match(text[m.end() : m.end() + 12]):
            continue
        add(_Cand(m.start(), m.end(), make=lambda y, mo=mo: f"{y:04d}-{mo:02d}", month_day=(mo, 15), note="year inferred"))

    for m in _RX["quarter"].finditer(text):
        q = _roman(m.group("q"))
        ys = m.group("y") or m.group("y2")
        if ys:
            y, ynote = _year(ys, ctx_year)
            if y is not None:
                add(_Cand(m.start(), m.end(), f"{y:04d}-Q{q}", note=ynote))
        elif m.group("rel"):
            off = _REL.get(" ".join(m.group("rel").lower().split()), 0)
            add(_Cand(m.start(), m.end(), make=lambda y, q=q, off=off: f"{y + off:04d}-Q{q}", note="relative; year inferred"))
        else:
            add(_Cand(m.start(), m.end(), make=lambda y, q=q: f"{y:04d}-Q{q}", note="year inferred"))

    for m in _RX["period"].finditer(text):
        n, edge = int(m.group("n")), m.group("edge") or "đầu"
        if not 1 <= n <= 12 or (not m.group("edge") and not (m.group("y") or m.group("rel"))):
            continue  # ``9 tháng năm`` without a year is too vague
        if m.group("y"):
            y, ynote = _year(m.group("y"), ctx_year)
            if y is None:
                continue
            c = _Cand(m.start(), m.end(), _period(y, n, edge), note="period")
            c.children.append(_Cand(m.start("yr"), m.end(), f"{y:04d}", note=ynote))
            add(c)
        else:
            if _recurring_after(text, m.end()):
                continue
            off = _REL.get(" ".join((m.group("rel") or "").lower().split()), 0)
            add(_Cand(m.start(), m.end(), make=lambda y, n=n, edge=edge, off=off: _period(y + off, n, edge),
                      note="period; year inferred", anchor=False))

    for m in _RX["month_range"].finditer(text):
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or m1 == m2:
            continue
        y, ynote = _year(m.group("y") or m.group("y2"), ctx_year)
        if y is None:
            continue
        c = _Cand(m.start(), m.end(), _month_range(y, m1, m2), note=ynote, anchor=False)
        if m.group("conj").lower() != "và":
            c.children.append(_Cand(m.start("end"), m.end(), f"{y:04d}-{m2:02d}", note=ynote))
        add(c)

    for m in _RX["day_range_worded"].finditer(text):
        if not (m.group("n1") or m.group("n2")):
            continue
        d1, d2, mo = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
        y, ynote = _year(m.group("y"), ctx_year)
        if y is None or not (_valid(y, mo, d1) and _valid(y, mo, d2)) or d1 >= d2:
            continue
        c = _Cand(m.start(), m.end(), f"{_iso(y, mo, d1)}/{_iso(y, mo, d2)}", note=ynote, anchor=False)
        c.children.append(_Cand(m.start("end"), m.end(), _iso(y, mo, d2), note=ynote))
        add(c)

    for m in _RX["day_range_numeric"].finditer(text):
        d1, d2, m2 = int(m.group("d1")), int(m.group("d2")), int(m.group("m2"))
        m1 = int(m.group("m1")) if m.group("m1") else m2
        y, ynote = _year(m.group("y"), ctx_year)
        if y is None or not _valid(y, m2, d2):
            continue
        y1 = y - 1 if m1 > m2 else y
        if not _valid(y1, m1, d1) or (y1, m1, d1) >= (y, m2, d2):
            continue
        start = m.start("d1")
        c = _Cand(start, m.end(), f"{_iso(y1, m1, d1)}/{_iso(y, m2, d2)}", note=ynote, anchor=False)
        c.children.append(_Cand(m.start("end"), m.end(), _iso(y, m2, d2), note=ynote))
        add(c)

    for m in _RX["year_range"].finditer(text):
        pre, conj = m.group("pre"), m.group("conj").lower()
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not (_MIN_YEAR <= y1 < y2 <= _MAX_YEAR) or y2 - y1 > 50:
            continue
        is_range_word = bool(pre) and not regex.fullmatch(_NAM, pre, _FLAGS)
        if conj in ("đến", "tới") and not is_range_word:
            continue  # ``từ năm 2020 đến năm 2025``: two complete endpoints, two dates
        if conj == "/" and not (is_range_word and y2 == y1 + 1):
            continue  # ``2019/2020`` only as a school or fiscal year
        start = m.start() if pre else m.start("y1")
        if not pre:
            before = text[max(0, start - 12) : start]
            if regex.search(r"(?:số|/)\s*$", before, _FLAGS):
                continue
        add(_Cand(start, m.end(), f"{y1:04d}/{y2:04d}", anchor=False))

    for m in _RX["decade"].finditer(text):
        y = int(m.group("y"))
        if _MIN_YEAR <= y <= _MAX_YEAR - 9:
            add(_Cand(m.start(), m.end(), f"{y:04d}/{y + 9:04d}", note="decade", anchor=False))

    for m in _RX["year"].finditer(text):
        y, ynote = _year(m.group("y"), ctx_year, lo=_MIN_NAMED_YEAR)
        if y is None:
            continue
        note = ynote
        if _RX_BLANK_CAPTION.search(text[max(0, m.start() - 40) : m.start()]):
            note = "blank day and month in the source"
        add(_Cand(m.start(), m.end(), f"{y:04d}", note=note))
        pos = m.end()
        for _ in range(10):
            n = _RX_YEAR_LIST.match(text, pos)
            if not n:
                break
            y2 = int(n.group("y"))
            if not _MIN_YEAR <= y2 <= _MAX_YEAR or _blocked_year(text, n.end()):
                break
            add(_Cand(n.start("y"), n.end(), f"{y2:04d}"))
            pos = n.end()

    for m in _RX["bare_year"].finditer(text):
        y = int(m.group("y"))
        if _MIN_YEAR <= y <= _MAX_YEAR and not _blocked_year(text, m.end()):
            add(_Cand(m.start("y"), m.end(), f"{y:04d}"))

    for m in _RX["law_year"].finditer(text):
        y = int(m.group("y"))
        if _MIN_YEAR <= y <= _MAX_YEAR:
            add(_Cand(m.start("y"), m.end(), f"{y:04d}"))

    for m in _RX["birth"].finditer(text):
        y = int(m.group("y"))
        if _MIN_YEAR <= y <= _MAX_YEAR:
            add(_Cand(m.start(), m.end(), f"{y:04d}", note="birth year", anchor=False))

    for m in _RX["rel_year"].finditer(text):
        if regex.search(rf"(?:những|các|nhiều|\p{{N}}){_G}$", text[max(0, m.start() - 10) : m.start()], _FLAGS):
            continue
        off = _REL.get(" ".join(m.group("w").lower().split()), 0)
        add(_Cand(m.start(), m.end(), make=lambda y, off=off: f"{y + off:04d}", note="relative; year inferred", anchor=False))

    for m in _RX["same_period"].finditer(text):
        add(_Cand(m.start(), m.end(), make=lambda y: f"{y - 1:04d}", note="relative; year inferred", anchor=False))

    if issue is not None:
        iso = issue.isoformat()
        for m in _RX["signing"].finditer(text):
            if _RX_DURATION_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                continue  # ``05 ngày làm việc kể từ ngày ban hành`` is a duration
            add(_Cand(m.start(), m.end(), iso, note="effective date = signing date (relative)", anchor=False))
        if _RX_SIGNS_ON_SIGNING.search(text):
            for m in _RX["effective"].finditer(text):
                if _RX_DURATION_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                    continue
                add(_Cand(m.start(), m.end(), iso, note="effective on signing (relative)", anchor=False))

    for m in _RX["cell_year"].finditer(text):
        if _table_year_cell(text, m):
            add(_Cand(m.start("y"), m.end("y"), m.group("y"), note="table cell"))

    return out


_RX_RECURRING_CLAUSE = regex.compile(rf"^[^.;,!?\n]{{0,45}}?(?:\n[^.;,!?\n]{{0,45}}?)?{_WB}(?:{_alt(_DATA['recurring_after'][:6])}){_WE}", _FLAGS)


def _recurring_clause(text: str, end: int) -> bool:
    """``vào tháng 11 đến ngày 15 tháng 12 hàng năm``: a yearless date in a yearly schedule."""
    return bool(_RX_RECURRING_CLAUSE.match(text, end, min(len(text), end + 100)))


def _blocked_year(text: str, end: int) -> bool:
    """A four-digit number followed by a counted noun is a quantity, not a year."""
    n = _RX_NEXT_WORD.match(text, end, min(len(text), end + 30))
    return bool(n) and n.group(1).lower() in _BLOCKERS


def _table_year_cell(text: str, m) -> bool:
    """A year alone in a cell of a table whose header names a time (``Thời gian hoàn thành``)."""
    before = text[max(0, m.start() - 4) : m.start()]
    after = text[m.end() : m.end() + 4]
    if "|" not in before and "|" not in after:
        return False
    return bool(_RX_TIME_HEADER.search(text[max(0, m.start() - 3000) : m.start()]))


def _resolve_overlaps(cands: list[_Cand], size: int) -> list[_Cand]:
    taken = bytearray(size + 1)
    kept = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if c.end <= c.start or 1 in taken[c.start : c.end]:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    nested = [ch for c in kept for ch in c.children]
    out = sorted(kept + nested, key=lambda c: (c.start, -c.end))
    return out


def _borrow_sibling_years(text: str, cands: list[_Cand]) -> None:
    """``quý I và quý II/2025``, ``20/9 và 25/9/2025``: the last member lends its year."""
    for i in range(len(cands) - 2, -1, -1):
        c = cands[i]
        if c.make is None:
            continue
        nxt = cands[i + 1]
        if nxt.value is None or nxt.year is None or nxt.start - c.end > 30 or nxt.start < c.end:
            continue
        if not _RX_CONNECTOR.match(text[c.end : nxt.start]):
            continue
        year = nxt.year
        if c.month_day and len(nxt.value) >= 7 and nxt.value[4] == "-" and nxt.value[5:7].isdigit():
            if c.month_day[0] > int(nxt.value[5:7]):
                year -= 1  # ``20/12 và 5/1/2026``
        val = c.make(year)
        if val:
            c.value, c.make = val, None


def _assign_years(cands: list[_Cand], ctx_year: Optional[int], issue: Optional[_dt.date], front_end: int) -> list[_Cand]:
    anchors = [(c.start, c.year) for c in cands
               if c.value and c.anchor and c.year and c.start >= front_end and "/" not in c.value and not c.note]
    # Without an issue date, the latest full date written in the text is the
    # best guess of when it was written; failing that, the nearest year.
    full_years = [y for s, y in anchors if any(c.start == s and len(c.value) == 10 for c in cands)]
    doc_year = max(full_years) if full_years else None
    out = []
    for c in cands:
        if c.value is None and c.make is not None:
            year = None
            if issue is not None and c.month_day is not None:
                year = _nearest_occurrence(issue, *c.month_day)
            elif ctx_year is not None:
                year = ctx_year
            elif doc_year is not None:
                year = doc_year
            elif anchors:
                year = min(anchors, key=lambda a: (abs(a[0] - c.start), a[0] > c.start))[1]
            if year is not None:
                try:
                    c.value = c.make(year)
                except (ValueError, KeyError):
                    c.value = None
        if c.value:
            out.append(c)
    return out
