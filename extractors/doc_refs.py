"""Citations of other documents by number and symbol (số, ký hiệu).

``find_doc_refs`` finds ``Chỉ thị số 11/CT-UBND ngày 31/8/2012``-style
references, following the gold conventions (eval ANNOTATION.md, doc_refs):

* the span starts at an adjacent type word (``Nghị định``, ``công văn số``,
  ``Luật Đất đai số``) and ends at the number, or at the attached date when
  ``ngày <date>`` directly follows it (the date comes from ``context.dates``);
* a number that shares a type word with others (``các Nghị định …: số 63/…;
  số 48/…``) starts at the number and takes the shared type;
* the document's own ``Số:`` header line is not a citation.

``normalize_number`` and ``doc_type_for_number`` are shared with the header
extractor, which reads the document's own ``Số:`` line.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Optional

import regex

from vanban.extractors.context import EMPTY_CONTEXT, DocumentContext
from vanban.extractors.datafiles import load_json
from vanban.extractors.facts import DocRefFact
from vanban.extractors.text.folding import without_marks
from vanban.extractors.text.scan import match_near

VERSION = "1.6"  # 1.6: a number with no digit is one only when its code names a document's type (a form's blank "số /QĐ-UBND", not "số /AA"); 1.5: a type word over words that describe the document before "số" when the number's code names that type (Báo cáo giải trình, tiếp thu số 491/BC-UBND); a law's name wrapped after its comma (Luật Cán bộ,\ncông chức số …); a short citation (Kế hoạch 02) of a document the text cites in full anywhere, above the full citation too; 1.4: abbreviated type words right before "số" (QĐ số …, VB số …) type a full number; 1.3: a comma inside a law's name before a capitalised word (Luật Khoa học, Công nghệ và …), and inside a type's qualifier; 1.2: a law's name before a QH number without "số"; the type word the code names starts the citation; qualifiers end at stop words in any case

_DATA = load_json("doc_types.json")

# --------------------------------------------------------------------------
# Type code table
# --------------------------------------------------------------------------
_CODES: dict[str, Optional[str]] = dict(_DATA["codes"])


def _fold_d(s: str) -> str:
    return s.replace("Đ", "D").replace("đ", "d").replace("\u00d0", "D").replace("\u00f0", "d")


# ASCII typing and OCR drop the bar of Đ (QD, ND-CP); a folded code is only
# trusted when no real code is spelled that way (HD is Hướng dẫn, not HĐ).
_CODES_FOLDED: dict[str, Optional[str]] = {}
for _code, _name in _CODES.items():
    _CODES_FOLDED.setdefault(_fold_d(_code), _name)
_CODES_UPPER: dict[str, Optional[str]] = {}
for _code, _name in _CODES.items():
    _CODES_UPPER.setdefault(_code.upper(), _name)
    _CODES_UPPER.setdefault(_fold_d(_code).upper(), _name)

_TYPE_ALIASES: dict[str, str] = dict(_DATA.get("type_aliases", {}))
_CANONICAL_TYPES: dict[str, str] = {}
for _word in list(_DATA["type_words"]) + list(_DATA["named_types"]):
    _CANONICAL_TYPES[_word.casefold()] = _TYPE_ALIASES.get(_word, _word)
for _abbreviation, _word in _DATA["type_abbreviations"].items():
    _CANONICAL_TYPES[_abbreviation.casefold()] = _word


_TYPE_SPACES = regex.compile(r"[\s*]+")


def _canonical_type(word: str) -> Optional[str]:
    key = _TYPE_SPACES.sub(" ", word).strip().casefold()
    key = key.replace("\u00f0", "đ")
    return _CANONICAL_TYPES.get(key)


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------
_SLASH_SPACES = regex.compile(r"\s*/\s*")
_HYPHEN_SPACES = regex.compile(r"\s*[-\u2013]\s*")
_SPACES = regex.compile(r"\s+")


# Letters that look Latin but are not, seen in symbols: Ð (eth) for Đ, and Cyrillic
# capitals typed on another keyboard layout (``16495/BТС-PTHT``).
_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "Đ",
        "\u00f0": "đ",
        "А": "A",
        "В": "B",
        "С": "C",
        "Е": "E",
        "Н": "H",
        "К": "K",
        "М": "M",
        "О": "O",
        "Р": "P",
        "Т": "T",
        "Х": "X",
        "У": "Y",
    }
)


# OCR reads the Q of a National Assembly code as O (``22/2023/OH15``); no
# symbol group is spelled OH followed by a term number.
_OCR_QH = regex.compile(r"(?<=/)OH(?=\d{2}$)")


def normalize_number(raw: str) -> str:
    """Canonical number as the gold writes it: ``48 /TB-UBND`` -> ``48/TB-UBND``,
    ``68/TTr- SDTTG`` -> ``68/TTr-SDTTG``, ``Ð`` -> ``Đ``; an inner space between
    symbol groups is kept (``174/UBND-DS KHHGD``); letters keep their case and
    spelling (``QD`` stays ``QD``)."""
    s = raw.translate(_LOOKALIKES).replace("*", " ")
    s = _SLASH_SPACES.sub("/", s)
    s = _HYPHEN_SPACES.sub("-", s)
    s = _OCR_QH.sub("QH", _SPACES.sub(" ", s).strip())
    return s


_PARTY_NUMBER = regex.compile(r"^\d+[a-z]?-([\p{L}]+)/")
_NUMERIC_PART = regex.compile(r"^\d+(?:\.\d+)?[a-z]?$")


_TRAILING_DIGITS = regex.compile(r"\d+$")


def _code_type(code: str) -> Optional[str]:
    """Type name of a type code: as written, then with Đ read as D (QD), then
    upper-cased (TTR in an upper-case title).  QH15 is looked up as QH."""
    code = _TRAILING_DIGITS.sub("", code)
    for table, key in ((_CODES, code), (_CODES_FOLDED, _fold_d(code)), (_CODES_UPPER, code.upper())):
        if key in table:
            return table[key]
    return None


def doc_type_for_number(number: str, type_word: Optional[str] = None) -> Optional[str]:
    """Document type of a number: from ``type_word`` when it is a known type word
    (``công văn`` -> ``Công văn``), else from the type code in the symbol
    (``48/TB-UBND`` -> ``Thông báo``, ``30/2020/NĐ-CP`` -> ``Nghị định``,
    ``18-NQ/TW`` -> ``Nghị quyết``).  A number without a type code
    (``174/UBND-DS KHHGD``, a công văn) gives None."""
    try:
        if type_word:
            canonical = _canonical_type(type_word)
            if canonical:
                return canonical
        number = normalize_number(number)
        party = _PARTY_NUMBER.match(number)
        if party:
            return _code_type(party.group(1))
        parts = number.split("/")
        symbol_parts = [p for p in parts if not _NUMERIC_PART.match(p)]
        if not symbol_parts or _NUMERIC_PART.match(parts[0]) is None:
            return None
        first = regex.split(r"[-\s]", symbol_parts[0])[0]
        return _code_type(first)
    except Exception:  # a helper for other extractors: never raise on odd input
        return None


# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------
def _word_pattern(word: str) -> str:
    """Pattern for a type word: syllables may be hard-wrapped or separated by
    markdown, and Đ may be the look-alike U+00D0."""
    parts = []
    for syllable in word.split():
        parts.append("".join("[ĐÐđð]" if ch in "Đđ" else regex.escape(ch) for ch in syllable))
    return r"[ \t]*\n?[ \t]*".join(parts)


def _alternation(words: list[str]) -> str:
    return "|".join(_word_pattern(w) for w in sorted(set(words), key=len, reverse=True))


# Whitespace and markdown emphasis inside a reference, but never a blank line.
_GAP = r"(?:[ \t\r*]|\n(?![ \t*]*\n))+"
_HY = r"(?:[-\u2013](?:[ ]|\n(?=\p{Lu}))?|[ ][-\u2013](?=\S))"
# A space may follow an ampersand inside a group (SNN-QLCL& PTNT).
_AMP_SPACE = r"(?:(?<=&)[ ][\p{Lu}Ð][\p{L}\d&]*)*"
_FIRST_SEG = r"[\p{Lu}Ð]\p{Ll}?[\p{Lu}Ð][\p{L}\d&]*" + _AMP_SPACE + r"(?:\.[\p{Lu}\d]+)*"
_SEG = r"[\p{Lu}Ð][\p{L}\d&]*" + _AMP_SPACE + r"(?:\.[\p{Lu}\d]+)*"  # (a dot inside a symbol: CCTKV.VIII)
# The digit comes before the look-behinds so that the scan can skip to digits.
_NUM_HEAD = r"\d(?<![\p{L}\d.,/\-\u2013]\d)(?<!\d:\d)"
_NUM = _NUM_HEAD + r"\d{0,4}(?:\.\d{1,3})?[a-z]?"
# A symbol group written after a space (174/UBND-DS KHHGD, 45/STP HCTP): only
# a short group may be continued, by an upper-case group; whether it is an
# abbreviation and not a word is checked in code.
_INNER = r"(?:(?<=[-\u2013/][\p{Lu}Ð]{1,3})[ ][\p{Lu}Ð]{3,}(?![\p{L}\d/]))?"
_STATE = rf"{_NUM}(?:[ ]?/[ ]?(?:19|20)\d\d)?[ ]?/[ ]?{_FIRST_SEG}(?:{_HY}{_SEG})*{_INNER}"
_PARTY = rf"{_NUM}-[ ]?{_FIRST_SEG}/{_SEG}(?:{_HY}{_SEG})*"  # (57- NQ/TW: a broken hyphen-space)
_FULL = rf"(?:{_PARTY}|{_STATE})(?![\p{{L}}\d])"
# After "số" any token with a digit is a number (Hướng dẫn số 15, Đơn đề nghị
# số LOR2025/01).
_GENERIC = r"(?<![\p{L}\d])(?=[\p{L}\d./\-]*\d)[\p{L}\d](?:[\p{L}\d]|[./\-](?=[\p{L}\d]))*(?![\p{L}\d])"

_TYPES = _alternation(_DATA["type_words"])
_ABBREVIATED_TYPES = "|".join(
    regex.escape(a) for a in sorted(_DATA["type_abbreviations"], key=len, reverse=True)
)
_NAMED = "|".join(_alternation([w, w.upper()]) for w in sorted(_DATA["named_types"], key=len, reverse=True))
_QSTOP = "|".join(regex.escape(w) for w in sorted(_DATA["qualifier_stopwords"], key=len, reverse=True))
# "mã số" (a code) is one noun, whose "số" does not end the qualifier
# (Đơn đề nghị xác định mã số số 0825-04/HW-TCHQ).
# Stop words end the qualifier in any case (an upper-case title: ``QUY ĐỊNH TẠI
# NGHỊ ĐỊNH SỐ 106/2025/NĐ-CP`` cites a Nghị định, not a Quy định).
_QUALIFIER = rf"(?:,?{_GAP}(?:mã{_GAP}số(?![\p{{L}}\d])|(?!(?i:{_QSTOP})(?![\p{{L}}\d]))(?:\p{{Ll}}+|\p{{Lu}}{{2,}}(?!\p{{Ll}}))))"
_SO_LOWER = r"số(?:[ \t]*:)?"
_SO = rf"(?:{_SO_LOWER}|Số|SỐ)"
_DATEISH = (
    r"(?:đề[ \t]+)?(?i:ngày)"
    + rf"(?:{_GAP})?"  # (ngày15/8/2013: the space is sometimes lost)
    + r"\d{1,2}(?:"
    + _GAP
    + r"(?i:tháng)"
    + _GAP
    + r"\d{1,2}"
    + _GAP
    + r"(?i:năm)"
    + _GAP
    + r"\d{4}|[ ]?[/.\-][ ]?\d{1,2}[ ]?[/.\-][ ]?\d{4})"
)
# A law's name: words without punctuation, not running into another citation.
# A comma stays inside the name (Luật Quản lý, sử dụng tài sản công; Luật Khoa
# học, Công nghệ và Đổi mới sáng tạo) unless a type word follows it; a verb of transmission ends it (… do Bộ Công an trình
# tại văn bản số …: the number belongs to the văn bản, not to the Pháp lệnh).
_NSTOP = "|".join(regex.escape(w) for w in sorted(_DATA["named_stopwords"], key=len, reverse=True))
_NAME_WORD = (
    r"(?:,(?=(?:[ \t]|\n(?![ \t]*\n))+\p{L}))?(?:[ \t]|\n(?![ \t]*\n))+"
    + rf"(?!(?:số|Số|SỐ|ngày|Căn|{_TYPES}|{_NSTOP})(?![\p{{L}}]))[\p{{L}}\d]+"
)
# An amending law names the law it amends: "Luật Sửa đổi, bổ sung một số điều
# (của) Luật Ban hành văn bản … số 87/2025/QH15" is one Luật.
_AMENDING = rf"(?:(?<![\p{{L}}])Luật{_GAP}(?i:sửa{_GAP}đổi,{_GAP}bổ{_GAP}sung{_GAP}một{_GAP}số{_GAP}điều)(?:{_GAP}của)?{_GAP})"

# Every reference ends in a number, so numbers are found first (a cheap scan:
# they start with a digit, or follow "số") and the type word is then looked
# for in the text just before each one.
# A template's caption leaves the number blank (``Kèm theo Quyết định số
# /QĐ-UBND ngày … tháng … năm 2025``): the symbol alone, after "số", is the
# number; it needs a type word before it (checked in code).
_BLANK = rf"/[ ]?{_FIRST_SEG}(?:{_HY}{_SEG})*(?![\p{{L}}\d])"
_ANCHOR_RE = regex.compile(
    rf"(?P<full>{_FULL})|(?<![\p{{L}}])(?i:số)[ \t]*:?{_GAP}"
    + rf"(?:(?P<full2>{_FULL})|(?P<generic>{_GENERIC})|(?P<blank>{_BLANK}))"
)
# Trying that pattern at every digit still costs most of the time, so it is
# only tried where a match can start: at "số", or at a number start with a "/"
# or "-" at most _NUMBER_REACH characters on (the longest _NUM plus a space
# comes before the first of them in _STATE and _PARTY).
_NUMBER_REACH = 11
_NUMBER_START_RE = regex.compile(_NUM_HEAD + rf"(?=(?s:.){{0,{_NUMBER_REACH - 1}}}[/\-])")
_SO_RE = regex.compile(r"(?i:số)")
_PREFIX_WINDOW = 260
# Matched backwards from the number (reverse search anchored at the number),
# so only one place is tried.  Greedy repeats make the leftmost type word win:
# a law's name runs back to "Luật", and "Thông báo kết luận số" is a Thông báo.
# A second type word may follow the first (Thông báo Kết luận số 99- TB/TW: the
# first one types the reference), and "so" is taken for "số" after a type word
# (Chỉ thị so 41-CT/TW, a dropped diacritic) since a full number must follow.
_PREFIX_KINDS = ("named", "typed", "abbreviated", "bare")  # the alternatives of _PREFIX_RE
_PREFIX_RE = regex.compile(
    rf"""(?r)(?:
    (?P<named>{_AMENDING}?(?P<ntype>(?<![\p{{L}}])(?:{_NAMED}))(?:{_NAME_WORD}){{0,20}}{_GAP}{_SO}{_GAP})
  | (?P<typed>(?P<ttype>(?<![\p{{L}}])(?i:{_TYPES}))(?![\p{{L}}])(?:{_GAP}(?P<ttype2>{_TYPES})(?![\p{{L}}]))?
        (?P<tqual>{_QUALIFIER}{{0,3}})(?P<tdate>{_GAP}{_DATEISH})?{_GAP}(?:{_SO}|so){_GAP})
  | (?P<abbreviated>(?P<atype>(?<![\p{{L}}])(?:{_ABBREVIATED_TYPES}))(?![\p{{L}}]){_GAP}{_SO_LOWER}{_GAP})
  | (?P<bare>(?P<btype>(?<![\p{{L}}])(?i:{_TYPES}))(?![\p{{L}}]){_GAP})
    )\Z""",
    regex.VERBOSE,
)
# "Luật Thuế GTGT 13/2008/QH12": a law's name right before a law's number
# (see _LAW_NUMBER), without "số".
_NAMED_BARE_RE = regex.compile(
    rf"(?r)(?P<named>{_AMENDING}?(?P<ntype>(?<![\p{{L}}])(?:{_NAMED}))(?:{_NAME_WORD}){{1,20}}{_GAP})\Z"
)
_LAW_NUMBER = regex.compile(
    r"^[^/]+(?:/(?:19|20)\d\d)?/(?:" + "|".join(regex.escape(c) for c in _DATA["law_codes"]) + r")\d*$"
)
# Every prefix ends in "số" or in a type word right before the number; this
# cheap test comes before the full one.
_PREFIX_TAIL = regex.compile(rf"(?r)(?:(?<![\p{{L}}])(?:số|Số|SỐ|so)[ \t]*:?|(?i:{_TYPES}))(?:{_GAP})\Z")

_TYPE_ONLY_RE = regex.compile(rf"(?<![\p{{L}}])(?P<cac>(?i:các){_GAP})?(?i:{_TYPES})(?![\p{{L}}])")
# The document's own number: "Số: 48/TB-UBND" at the start of a line, or the
# "Số hiệu:" field of a scraped legal-library page.
_HEADER_RE = regex.compile(r"(?:^|\n)[ \t|*#>]*(?:Số|SỐ)(?:[ \t*]+hiệu)?[ \t*]*:?(?:[\s*|])*\Z")
_SO_BEFORE_RE = regex.compile(rf"(?<![\p{{L}}])(?i:số)[ \t*]*:?{_GAP}\Z")
_ATTACH_RE = regex.compile(
    # (``ngày15/8/2013``: a digit may follow "ngày" at once)
    # (``đề ngày 05/9/2025``: the date a letter bears, as in the prefix)
    r"[ \t*]*(?:,[ \t*]*)?(?:\n[ \t*]*)?(?:đề[ \t]+)?(?P<ngay>(?i:ngày))(?=[\s*\d])(?:[ \t*]|\n(?![ \t*]*\n))*"
)
_OF_RE = regex.compile(r"[ \t*]*,?[ \t*]*\n?[ \t*]*(?i:của)(?:[ \t*]|\n(?![ \t*]*\n))+")


def _by_first_word(phrases) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        if words:
            index.setdefault(words[0], []).append(words)
    return index


_ISSUER_STOPS = _by_first_word(_DATA["issuer_stopwords"])
_ISSUER_CAP_STOPS = _by_first_word(_DATA["issuer_capitalised_stops"])
_ISSUER_NAME_WORDS = frozenset(_DATA["issuer_name_words"])
# The issuer ends at punctuation, a blank line or a list item on the next line.
_ISSUER_END = regex.compile(r"[;,.:()\[\]|\"“”/]|\n[ \t]*(?:[-+*|#\d]|\n)")
_TITLE_TYPE_RE = regex.compile(rf"(?:{_TYPES})(?![\p{{L}}])")
_SENTENCE_END = regex.compile(r"(?:[.!?](?=\s)|\n[ \t]*\n|\n[ \t]*[-+|])")
_DATE_LIKE = regex.compile(r"^\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?$")

_SYLLABLE = regex.compile(
    r"^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDGHKLMNPQRSTVX])?[AEIOUY]{1,3}(?:NG|NH|CH|[CMNPTIYOU])?$"
)


def _plain_upper(s: str) -> str:
    return without_marks(s).upper()


def _is_word(token: str) -> bool:
    """True when an upper-case token reads as a Vietnamese syllable (NGÀY,
    THEO) rather than an abbreviation (KHHGD, VPCP)."""
    return bool(_SYLLABLE.match(_plain_upper(token)))


# --------------------------------------------------------------------------
# Finder
# --------------------------------------------------------------------------
# A document is issued on a day: a month left after a blank day (``Công văn số
# 4687/STC-GCS ngày tháng 10 năm 2025``) is a blank date, and the ref's date is
# null (ANNOTATION.md: a caption with a blank date).
_CALENDAR_VALUE = regex.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Dates:
    """Calendar dates of the text (from ``context.dates``) by start offset:
    (end, ISO value).  Facts with offsets outside the text are ignored."""

    def __init__(self, dates, length: int) -> None:
        self.by_start: dict[int, tuple[int, str]] = {}
        for d in dates:
            try:
                start, end, value = int(d.start), int(d.end), d.value
            except Exception:
                continue
            if not (0 <= start < end <= length and isinstance(value, str) and _CALENDAR_VALUE.match(value)):
                continue
            old = self.by_start.get(start)
            if old is None or end > old[0]:
                self.by_start[start] = (end, value)
        self.starts = sorted(self.by_start)

    def at(self, *positions: int) -> Optional[tuple[int, str]]:
        for p in positions:
            if p in self.by_start:
                return self.by_start[p]
        return None

    def within(self, start: int, end: int) -> Optional[tuple[int, str]]:
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] < end:
            found = self.by_start[self.starts[i]]
            if found[0] <= end:
                return found
            i += 1
        return None


def _trim_number(raw: str) -> str:
    """Drop a space-continued group that is a word, not part of the symbol
    (``1899/QĐ-TTG NGÀY`` in an upper-case title)."""
    head, sep, tail = raw.rpartition(" ")
    if head.endswith(("-", "\u2013")):
        return raw  # a broken hyphen-space inside the symbol (``31/2015/TT- BYT``)
    if sep and "/" in head and regex.fullmatch(r"[\p{Lu}Ð]{3,}", tail) and _is_word(tail):
        return head
    return raw


def _is_header(text: str, start: int) -> bool:
    return bool(_HEADER_RE.search(text[max(0, start - 40) : start]))


def _shared_type(text: str, start: int, number: str) -> Optional[str]:
    """Type of a number listed under a shared type word (``các Nghị định của
    Chính phủ: số 63/2010/NĐ-CP …; số 48/2013/NĐ-CP``)."""
    window_start = max(0, start - 400)
    window = text[window_start:start]
    cut = 0
    for m in _SENTENCE_END.finditer(window):
        cut = m.end()
    window = window[cut:]
    preceded_by_so = bool(_SO_BEFORE_RE.search(window[-30:]))
    last = None
    for m in _TYPE_ONLY_RE.finditer(window):
        last = m
    if last is None or not (preceded_by_so or last.group("cac")):
        return None
    word = last.group(0)[len(last.group("cac") or "") :]
    shared = _canonical_type(word)
    coded = doc_type_for_number(number)
    if coded and shared and coded != shared and shared not in ("Văn bản", "Công văn"):
        return None
    return shared


def _starts_with(words: list[str], i: int, phrases: dict[str, list[tuple[str, ...]]]) -> bool:
    return any(tuple(words[i : i + len(p)]) == p for p in phrases.get(words[i], ()))


_LIST_HEAD = regex.compile(r"(?<![\p{L}])(?i:các)[ \t*]+\Z")
_COLON_END = regex.compile(r":[\s*]*\Z")
_LIST_GAP = regex.compile(r"[\s*]*(?:,|;|và|hoặc)[\s*]*(?:số[\s*]+)?")


def _continue_list(text: str, prev: DocRefFact, fact: DocRefFact) -> DocRefFact:
    """``văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT``: a bare number right
    after a typed one, joined by a list word, shares its type."""
    if prev.doc_type is None or not _LIST_GAP.fullmatch(text, prev.end, fact.start):
        return fact
    coded = doc_type_for_number(fact.number)
    if coded and coded != prev.doc_type and prev.doc_type not in ("Văn bản", "Công văn"):
        return fact
    return replace(fact, doc_type=prev.doc_type)


def _issuer_after(text: str, end: int) -> Optional[str]:
    """The body after ``của`` (``… ngày 31/8/2012 của Chủ tịch UBND tỉnh Bắc
    Giang về …``).  Body names are capitalised syllables with a few lower-case
    words (``nhân dân tỉnh``); the subject that follows starts with a verb."""
    m = match_near(_OF_RE, text, end, 80)
    if not m:
        return None
    segment = text[m.end() : m.end() + 200].replace("*", " ")
    stop = _ISSUER_END.search(segment)
    if stop:
        segment = segment[: stop.start()]
    words = segment.split()
    kept: list[str] = []
    prev_title = False
    # An upper-case title (… CỦA THỦ TƯỚNG CHÍNH PHỦ) ends where the case does.
    upper = len(words) > 1 and all(w.isupper() and len(w) > 1 for w in words[:2])
    lowered = [w.lower() for w in words] if upper else words
    for i, w in enumerate(words):
        if len(kept) >= 15 or (upper and not w.isupper()):
            break
        if upper and _starts_with(lowered, i, _ISSUER_STOPS):
            break
        if w in ("-", "–"):
            if i + 1 < len(words) and words[i + 1][:1].isupper():
                kept.append(w)
                prev_title = False
                continue
            break
        if w[:1].isupper() or w[:1].isdigit():
            if _starts_with(words, i, _ISSUER_CAP_STOPS) or (
                kept and _TITLE_TYPE_RE.match(" ".join(words[i : i + 4]))
            ):
                break
            kept.append(w)
            prev_title = w[:1].isupper() and not w.isupper()
            continue
        if _starts_with(words, i, _ISSUER_STOPS):
            break
        if w == "và":
            if i + 1 < len(words) and words[i + 1][:1].isupper():
                kept.append(w)
                prev_title = False
                continue
            break
        if w in _ISSUER_NAME_WORDS or prev_title:
            kept.append(w)
            prev_title = False
            continue
        break
    while kept and kept[-1] in ("và", "-", "–", "các"):
        kept.pop()
    if not kept or not kept[0][:1].isupper():
        return None
    return " ".join(kept)


def find_doc_refs(text: str, context: DocumentContext = EMPTY_CONTEXT) -> list[DocRefFact]:
    """Document references in ``text``, sorted by start offset."""
    if not isinstance(text, str) or not text:
        return []
    try:
        dates = _Dates(getattr(context, "dates", ()) or (), len(text))
    except Exception:  # a malformed context must not stop extraction
        dates = _Dates((), len(text))
    facts: list[DocRefFact] = []
    prev_end = 0
    for m in _anchors(text):
        fact = _fact_from_anchor(text, m, dates, prev_end)
        if fact is None:
            continue
        if fact.doc_type is None and facts:
            fact = _continue_list(text, facts[-1], fact)
        facts.append(fact)
        prev_end = fact.end
    facts.extend(_short_citations(text, facts))
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


# "Nghị quyết 347": a type word and a bare number, with nothing of a symbol
# after it.  The numbers are looked for first (only those cited in full before
# can be short citations), then the type word just before each: trying every
# type word at every position of the text took twice the time of all the other
# references.
_BARE_NUMBER = regex.compile(r"(?<![\p{L}\d])\d{1,6}(?![\p{L}\d/\-\u2013]|[.,:]\d)")
_TYPE_JUST_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?P<type>(?i:{_TYPES}))[ \t]+\Z")
_LEADING_NUMBER = regex.compile(r"^(\d+)[/\-\u2013]")


def _short_citations(text: str, facts: list[DocRefFact]) -> list[DocRefFact]:
    """Short citations of a document the text cites in full (``Nghị quyết số
    347/NQ-CP … (sau đây gọi tắt là Nghị quyết 347)``, then ``tại Nghị quyết
    347``): the type word and the bare leading number of that full number.
    Only numbers the same document cites in full are taken, so a count
    (``Kế hoạch 2025``) is not read as a citation; the short form may come
    first (TB 624/TB-VPCP: ``theo Kế hoạch 02 …`` above ``Kế hoạch số
    02-KH/BCĐTW``)."""
    cited = {
        (f.doc_type, lead.group(1)) for f in facts if f.doc_type and (lead := _LEADING_NUMBER.match(f.number))
    }
    if not cited:
        return []
    taken = sorted((f.start, f.end) for f in facts)
    numbers = {number for _, number in cited}
    found: list[DocRefFact] = []
    for n in _BARE_NUMBER.finditer(text):
        if n.group() not in numbers:
            continue
        # (a type word and spaces end where the number starts: 40 characters hold the longest)
        m = _TYPE_JUST_BEFORE.search(text, max(0, n.start() - 40), n.start())
        if m is None:
            continue
        doc_type = _canonical_type(m.group("type"))
        if not doc_type or (doc_type, n.group()) not in cited:
            continue
        i = bisect.bisect_right(taken, (m.start(), len(text) + 1))
        if i and taken[i - 1][1] > m.start():
            continue  # inside a reference already found
        found.append(
            DocRefFact(
                text=text[m.start() : n.end()],
                start=m.start(),
                end=n.end(),
                number=n.group(),
                doc_type=doc_type,
                date=None,
                issuer=None,
            )
        )
    return found


def _anchors(text: str):
    """What ``_ANCHOR_RE.finditer(text)`` yields."""
    starts = [m.start() for m in _SO_RE.finditer(text)] + [m.start() for m in _NUMBER_START_RE.finditer(text)]
    end = 0
    for start in sorted(starts):
        if start >= end:  # matches do not overlap
            m = match_near(_ANCHOR_RE, text, start, 300)
            if m:
                end = m.end()
                yield m


def _find_prefix(text: str, num_start: int, prev_end: int, number: str = ""):
    window_start = max(prev_end, num_start - _PREFIX_WINDOW, 0)
    if not _PREFIX_TAIL.search(text, max(window_start, num_start - 40), num_start):
        if _LAW_NUMBER.match(normalize_number(number)):
            return _NAMED_BARE_RE.search(text, window_start, num_start)
        return None
    return _PREFIX_RE.search(text, window_start, num_start)


# "Báo cáo giải trình, tiếp thu số 491/BC-UBND", "Kết luận liên ngành tư pháp Trung
# ương số 23/KL-LNTPTW": a type word, words that describe the document (letters,
# spaces and commas only: no other reference, number or clause between), then "số".
_DESCRIBED_WORDS = 10
_DESCRIBED_REACH = _DESCRIBED_WORDS * 12  # (a word and its space take 12 characters at most)
_DESCRIPTION_TO_SO = regex.compile(
    r"(?:[\p{L}]+|[ \t]+|\n(?![ \t]*\n)|,(?=[ \t\n]))*?(?<![\p{L}])(?i:số)[ \t]*:?[ \t\n]*\Z"
)


def _described_type(text: str, num_start: int, raw: str) -> Optional[tuple[int, str]]:
    """(start, type) of a citation whose type word stands before a description of the
    document and its "số", when the number's own code names that same type (the code
    keeps the words of the sentence from typing another document's number); None
    otherwise."""
    coded = doc_type_for_number(raw)
    if coded is None:
        return None
    window = max(0, num_start - _DESCRIBED_REACH)
    for word in _TYPE_ONLY_RE.finditer(text, window, num_start):
        # (a plural "các" before the type word is no part of the citation)
        type_start = word.end("cac") if word.group("cac") else word.start()
        if _canonical_type(text[type_start : word.end()]) != coded:
            continue
        between = text[word.end() : num_start]
        if (
            _DESCRIPTION_TO_SO.match(between)
            and len(between.replace(",", " ").split()) <= _DESCRIBED_WORDS + 1
        ):
            return type_start, coded  # (the leftmost type word whose description reaches the number)
    return None


def _fact_from_anchor(text: str, m, dates: _Dates, prev_end: int) -> Optional[DocRefFact]:
    num_group = next(g for g in ("full", "full2", "generic", "blank") if m.group(g) is not None)
    generic = num_group in ("generic", "blank")
    raw = m.group(num_group)
    num_start = m.start(num_group)
    if num_start < prev_end:
        return None
    date_fact: Optional[tuple[int, str]] = None  # (end, ISO value)
    p = _find_prefix(text, num_start, prev_end, "" if generic else raw)
    if generic and p is not None and (p.group("bare") is not None or p.group("abbreviated") is not None):
        p = None  # (an abbreviation types only a full number: "TT số 5" may count rows)
    if num_group == "blank" and (p is None or p.group("typed") is None):
        return None
    if p is None:
        if generic or _is_header(text, num_start):
            return None
        start, doc_type = num_start, None
        described = _described_type(text, num_start, raw)
        if described is not None:
            start, doc_type = described
    else:
        start = p.start()
        # (each alternative of _PREFIX_RE names its type group by its first letter)
        kind = next(g[0] for g in _PREFIX_KINDS if p.group(g) is not None)
        doc_type = _canonical_type(p.group(kind + "type"))
        if kind == "t" and p.group("tqual"):
            # the qualifier may complete a longer type word (Văn bản hợp nhất)
            doc_type = _canonical_type(p.group("ttype") + p.group("tqual")) or doc_type
        if kind == "t" and p.group("ttype2") is not None:
            # "hướng dẫn Nghị định số 49/2022/NĐ-CP": when the second type word
            # is the one the number's code names and the first is not, the
            # first is a verb or a noun of the sentence and the citation starts
            # at the second ("Thông báo Kết luận số 99-TB/TW" stays a Thông báo).
            second = _canonical_type(p.group("ttype2"))
            coded = doc_type_for_number(raw)
            if coded and second == coded != doc_type:
                start, doc_type = p.start("ttype2"), second
        if kind == "t" and p.group("tdate") is not None:
            date_fact = dates.within(p.start("tdate"), p.end("tdate"))
        if (
            kind == "t"
            and _LIST_HEAD.search(text, max(0, start - 12), start)
            and _COLON_END.search(p.group(0))
        ):
            # "các văn bản số: 10894/VPCP-CN …, 8563/VPCP-CN …": a plural type
            # word and a colon head a list, and each number is its own item
            # (as with a shared type word, ANNOTATION.md).
            start = num_start

    if _DATE_LIKE.match(raw):
        return None
    raw = _trim_number(raw)
    num_end = num_start + len(raw)
    number = normalize_number(raw)
    if not any(ch.isdigit() for ch in number) and doc_type_for_number("1" + number) is None:
        # ("Nghị định số /AA": a number holds a digit; a form's blank, "số /QĐ-UBND", the code
        # of a document's type at least, read as any number's code is)
        return None
    if p is None and doc_type is None:
        doc_type = _shared_type(text, start, number)

    end = num_end
    attach = match_near(_ATTACH_RE, text, num_end, 80)
    if attach and date_fact is None:
        date_fact = dates.at(attach.start("ngay"), attach.end())
        if date_fact is not None:
            end = date_fact[0]
    issuer = _issuer_after(text, end)
    return DocRefFact(
        text=text[start:end],
        start=start,
        end=end,
        number=number,
        doc_type=doc_type,
        date=date_fact[1] if date_fact is not None else None,
        issuer=issuer,
    )
