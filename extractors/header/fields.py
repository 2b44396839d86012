"""The document's own header: number, type, issuer (and the parent body printed
above it), place and date of issue, title, signer and recipients.

Header fields are values, not spans, so this finder works on a cleaned copy of
the text: markdown (``**``, ``*``, ``#``, links), table pipes and rules removed,
which is how TVPL-style scrapes and PDF/DOCX extraction leave the two-column
header.  The official header is found by its anchors, the national (or Party)
motto and the ``Số:`` line, wherever they are: page chrome may come first, and
PDF text puts both columns on one line (``BAN CHỈ HUY PCTT VÀ TKCN CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM``, ``Số: 254 /TB-PCTT Thừa Thiên Huế, ngày 06 tháng 9
năm 2022``).

A text without an official header is a letter when it opens with ``Kính gửi``,
otherwise a news report or a profile page (extractors.header_news): its
publisher goes in ``issuer``, its place and date only when an opening dateline
states them (``Hải Phòng, ngày 24 tháng 01 năm 2020``).
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional, Sequence

import regex

from vanban.extractors.bodies.names import PLACE_SHARE, canonical_body, dominant_place, place_after
from vanban.extractors.datafiles import load_json
from vanban.extractors.dates import find_dates
from vanban.extractors.doc_refs import doc_type_for_number, normalize_number
from vanban.extractors.facts import Header
from vanban.extractors.header import names as header_names
from vanban.extractors.header import news as header_news
from vanban.extractors.header import signature as header_signature
from vanban.extractors.text.folding import new_tone_placement

VERSION = "1.29"  # 1.29: a portal named in an author's byline ("Thu Trang - Cổng TTĐT tỉnh Hưng Yên") or a dateline ("(Cổng TTĐT Đồng Nai) -") publishes the report, by its full name with its province's level. 1.28: a provincial paper by its initials marked as its own (BNB = Báo Ninh Bình, PTO = Báo Phú Thọ, HBĐT), its dateline under the headline, author and date line; 1.27: a news byline of parts set apart by "|" (the portal that publishes it, the date in its own part); 1.26: a name opened again after a comma in a speaking clause is the speaker (… Trưởng Ban Chỉ đạo tại phiên họp ngày …, Ban Chỉ đạo đề nghị …), the words before it an opening phrase; 1.25: a board whose letter closes by its head alone (Ban Chỉ đạo Trung ương đề nghị …./.) is named as it speaks in full elsewhere in the text (… các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 yêu cầu …); a speaker's name may run to 20 words (a board's); 1.24: a copy without its header table whose title names a listed place of its level (… thuộc phạm vi quản lý của tỉnh Quảng Ngãi) is that place's, however often its text names another (a merged province citing the old one's bodies); a press head read past its first word in either case (Báo và phát thanh, truyền hình Hải Phòng); a speaker of a closing formula closes no bracket it did not open and holds no purpose (… Bảo hiểm xã hội Việt Nam) để được hướng dẫn is no name); 1.23: a table's cell bar on the line of its text, or a header or signature row whose cells bars join, ends the cell (|Số: 15264/BTC-NSNN, | Số: … | Lâm Đồng, ngày … |); 1.22: a copy without its header table is sent to its own province's press (Báo và PT, TH Tuyên Quang among its recipients): that province completes a local issuer named by its level alone, before any province the text names once; 1.21: a letter copy's issuer read without its place takes the place of its issue line when the levels agree (Văn phòng UBND tỉnh + Thanh Hóa, ngày …; UBND huyện + Thạch Hà; Sở Tài chính tỉnh Thanh Hóa); the office of a council and its committee speaks for the committee under TL. CHỦ TỊCH (never HĐND và UBND huyện); a signed copy's first title says whose it is (KT. TRƯỞNG BAN over PHÓ CHỦ TỊCH UBND HUYỆN); of the levels a copy calls bare, one named less than a quarter as often as another is a body it tasks, and one named twice as often as another whose place is also named is its own; a commune or district named in the title; of levels called bare about as often, the place named at least three times as often as another's; an act cited by its number (… ban hành Quyết định số 01/2025/QĐ-TTg) is no enacting clause; a closing paragraph read on across a line that opens in lower case (wrapped after its semicolon); a speaker's name ends in no conjunction (… tình hình và); a head's title that is its organ's name with a word before it (Tổng Kiểm toán nhà nước) speaks for the organ (header.json organs_of_titles); a minister's copy that names no speaker is the ministry's its text names most (header.json ministries); a copy's issuer named by the city level takes a listed city under the centre before any other name after the level (not Phó Chủ tịch UBND thành phố Nguyễn Thanh Bình); 1.20: 1.20: a unit printed below a district or commune (or a city that is no province) keeps the level with the place (Ban Chỉ đạo 389 huyện Thọ Xuân); a dash opens a capitalised name's next part and "XÃ HỘI" is no commune (Phòng Văn hóa - Xã hội), "HỘI ĐỒNG" one head; 1.19: a cable sender wrapped anywhere across its lines (CHỦ TỊCH ỦY BAN NHÂN / DÂN TỈNH … điện:; an office title alone above its organ). 1.18: a province named only inside its bodies' names (Báo Hà Tĩnh), the one listed province named at all, twice; a directive copy's issuer from the formula ending its preamble (Thủ tướng Chính phủ chỉ thị:); a copy without its header table signed for a local body (TM. ỦY BAN NHÂN DÂN; CHỦ TỊCH: the UBND's, the HĐND's under a Nghị quyết) is issued by it, named by the council that passed a resolution or by the level its text calls it and the one place of that level named (a listed province named once, else twice; else the title's); an office speaking under TL. issues for its body; a narrated act (đã, đang, sẽ, vừa) names no speaker or enacting organ; the holder as authority of a headerless Chỉ thị/Công điện; a letter copy's issuer from its closing paragraph (not only its last sentence), else from who speaks in its first paragraphs after the address block; a speaking body takes the place the text writes after its name; a headerless plan's enacting organ by its level alone completed from the place the text names. 1.17: a headerless copy's issuer named by its level alone takes the place its text names (CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện: … tỉnh Quảng Trị); a headerless copy's enacting clause after the comma that closes its grounds (…; căn cứ …, Ủy ban nhân dân phường X ban hành Kế hoạch …); a Chỉ thị or Công điện signed by the office holder in the holder's name (CHỦ TỊCH, KT. BỘ TRƯỞNG; not TM. ỦY BAN NHÂN DÂN) names the holder as authority; THƯỜNG TRỰC under its council is a unit of it (Thường trực HĐND tỉnh Nghệ An); an office whose name ends with its parent's head word takes only the parent's place (Văn phòng HĐND và UBND phường Hồng Bàng); 1.16: the organ that signs for the Central Committee printed above it (T/M BỘ CHÍNH TRỊ, T/M BAN BÍ THƯ) issues; official names of units (Văn phòng Trung ương Đảng); 1.15: an inferred issuer given by its level alone (UBND Thành phố) takes the place of that level the text names (Thành phố Hồ Chí Minh); 1.14: a degree or military rank before the signer's name is no part of it (Thượng tướng Lê Huy Vịnh); 1.13: a type line wrapped inside its name; 1.12: a lone head word ending the header block continues the name; 1.11: a place wrapped after its level word or twice; 1.10: a motto in running text heads nothing; 1.9: copies named by their enacting clause, a cable sender wrapped in its head, no lone-head authority; 1.8: letter copies opening at V/v; more closing verbs; units of Thành phố Hồ Chí Minh; 1.7: a title sharing its last word with the organ (TRƯỞNG BAN CHỈ ĐẠO); 1.6: a motto after the signature is an appendix's; caption issuers as organs; 1.5: a headless header name from the enacting clause; more signing titles; 1.4: names with commas, "về", numerals; units of the Central Committee; 1.3: issuer of a headerless copy from its closing formula, VBHN type; 1.2: place lines wrapped after the comma, heads wrapped across lines; 1.1: a report's date from its byline

# Where the official header may start: page chrome of a scraped page comes first.
HEADER_SEARCH_CHARS = 12000
# The lines after the header's anchor in which type, title, place and date are looked for.
HEADER_SPAN_LINES = 45

_LINK = regex.compile(r"\[([^\]]{0,300})\]\([^)\s]{0,500}\)")
_ANGLE_URL = regex.compile(r"<(https?://[^>\s]+)>")
# Labels hard-wrapped by the scrape (*Nơi\nnhận:*).
_WRAPPED_LABEL = regex.compile(r"\b(Nơi|Kính|NƠI|KÍNH)[ \t]*\n[ \t]*(nhận|gửi|NHẬN|GỬI)\b")
# Markup: emphasis runs (``**``, ``__``) anywhere, and at the start of a line a
# heading mark, or the whole of a table-only or rule line.  As one pattern
# (``\*+|_{2,}|^[ \t]*#+[ \t]*|^[ \t]*\|[ \t]*$|^[ \t]*[-_=~]{3,}[ \t]*$``)
# the line alternatives are tried at every position; here only after line breaks.
_UNDERSCORES = regex.compile(r"_{2,}")
_MARKED_LINE = regex.compile(r"[ \t]*(?:#+[ \t]*|\|[ \t]*$|[-_=~]{3,}[ \t]*$)", regex.M)
_MARKED_LINE_AFTER_BREAK = regex.compile(r"\n(" + _MARKED_LINE.pattern + ")", regex.M)
_NUMBER_LINE = regex.compile(r"(?:^|(?<=\p{Lu}[ \t]))[ \t]*Số[ \t]*[:.]?[ \t]*\n?[ \t]*(?=\d)", regex.M)
_NUMBER = regex.compile(
    r"\d+\p{L}?(?:\s*[/\-]\s*(?:\d{4}|[\p{L}\p{N}&.]+))*?\s*[/\-]\s*[\p{L}&][\p{L}\p{N}&.]*"
    r"(?:\s*[/\-]\s*[\p{L}\p{N}&][\p{L}\p{N}&.]*)*"
)
# The place line may be wrapped after its comma (``*Hải Phòng,`` / ``ngày 18 tháng 11 năm 2025*``).
_ISSUE_DATE = regex.compile(
    r",[ \t]*\n?[ \t]*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s+(\d{4})(?!\d)", regex.I
)
_PLACE_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}]*|\d{1,2})"
_PLACE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}/.&-])(?:(?:Thành phố|Thị xã|Thị trấn|Quận|Huyện|Tỉnh|TP\.|Tp\.|TP|TX\.)\s+)?{_PLACE_WORD}"
    rf"(?:\s*-\s*{_PLACE_WORD}|\s+{_PLACE_WORD}){{0,5}}$"
)
# A level word that opens a place name, alone on a wrapped line (``*Thành phố`` / ``Huế, ngày …``).
_PLACE_LEVEL = regex.compile(r"(?:Thành phố|Thị xã|Thị trấn|Quận|Huyện|Tỉnh|TP\.|Tp\.|TP|TX\.)(?:\s|$)")
# A date line printed in capitals: HÀ NỘI, NGÀY 5 THÁNG 3 NĂM 2024.
_PLACE_UPPER = regex.compile(r"(?<![\p{L}\p{N}/.&-])\p{Lu}+(?:\s+\p{Lu}+){0,5}$")
_VV = regex.compile(r"^(?:V/v|V/V|v/v)\s*[:.]?\s*|^Về\s+(?=\p{Ll})")
_WORD = regex.compile(r"\w+")
# The first heading of the body (I. MỤC ĐÍCH, 1., Điều 1., Chương I) ends a title.
_SECTION = regex.compile(
    r"^(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]\s|^(?:Điều|ĐIỀU)\s+\d|^(?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\s+[IVXLC\d]"
)
_ALPHA_WORD = regex.compile(r"(?<![\p{L}\p{N}/-])\p{L}+(?![\p{L}\p{N}/-])")
# An authority line runs into the term of office after it (… KHÓA XV).
_TERM = regex.compile(r"[\s,]+KH(?:ÓA|OÁ)\s+[IVXLC\d]")
_NUMBER_PARTS = regex.compile(r"[-/]")


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = load_json("header.json")
    types = sorted(data["document_types"], key=len, reverse=True)
    mottos = []
    for motto in data["mottos"]:
        words = [regex.escape(w) for w in motto.split() if w not in "-–"]
        mottos.append(r"\s*[-–—]?\s*".join(words))
    return {
        "types": [(t.upper(), data["type_spelling"].get(t, t)) for t in types],
        "motto_re": regex.compile("|".join(mottos), regex.I),
        "stops": tuple(data["title_stops"]),
        "letter": data["letter_type"],
        "news": data["news_type"],
        "profile": data["profile_type"],
        "body_codes": data["body_codes"],
        "closing_verb": regex.compile(
            rf"\s(?:{'|'.join(map(regex.escape, data['closing_verbs']))})(?!\p{{L}})"
        ),
        "consolidated": data["consolidated_type"],
        "written_out_heads": tuple(data["written_out_heads"]),
        # A local body named by its kind, with or without its level, and no place.
        "bare_kind": regex.compile(
            rf"(?:{'|'.join(map(regex.escape, sorted(set(data['body_codes'].values()), key=len, reverse=True)))})"
            rf"(?:\s+(?:{'|'.join(map(regex.escape, sorted(data['level_words'], key=len, reverse=True)))}))?",
            regex.I,
        ),
        "signer_words": tuple(data["inference_signer_words"]),
        "signature_kinds": data["signature_kinds"],
        "chair_kinds": data["chair_kinds"],
        "chair_title": data["chair_title"],
        "minister_title": data["minister_title"],
        "organs_of_titles": {title.casefold(): organ for title, organ in data["organs_of_titles"].items()},
        "provincial_heads": tuple(head + " " for head in data["provincial_heads"]),
        "roles": tuple(sorted(data["role_words"], key=len, reverse=True)),
        "connector_end": regex.compile(rf"\b(?:{'|'.join(data['title_connectors'])})\s*$"),
        # A body named by its kind and level only (UBND huyện), not followed by a place.
        "bare_level": regex.compile(
            rf"\b({'|'.join(map(regex.escape, data['body_codes']))})\s+"
            rf"({'|'.join(map(regex.escape, sorted(data['level_words'], key=len, reverse=True)))})(?!\s+\p{{Lu}})"
        ),
        # (the same in any case: "Ủy ban nhân dân Thành phố" is how Hà Nội's text names its own)
        "bare_level_any_case": regex.compile(
            rf"\b({'|'.join(map(regex.escape, data['body_codes']))})\s+"
            rf"((?i:{'|'.join(map(regex.escape, sorted(data['level_words'], key=len, reverse=True)))}))(?!\s+\p{{Lu}})"
        ),
        "acting_organs": data["acting_organs"],
        "official_names": data["official_names"],
    }


# --------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------


# A table's cell bar on a line with text, in a copy that joins the cells to their text
# ("|**BỘ TÀI CHÍNH**", "|Số: 15264/BTC-NSNN", "**Nguyễn Văn Khôi**|"), or a row of the header
# or signature table read with its cells joined by " | " (a ruled table of a PDF, a pipe table:
# "| Số: 2817/QĐ-UBND | Lâm Đồng, ngày 24 tháng 10 năm 2025 |", "- Lưu: VT. | CHỦ TỊCH"): the
# cell ends there, as at a bar alone on its line; a row of the body's tables ("| 1 | Bộ Y tế |
# Hà Nội |") keeps its bars.
_CELL_BAR = regex.compile(r"[ \t]*\|[ \t]*")
_HEADER_CELL = regex.compile(
    r"CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập|ĐỘC\s+LẬP|(?:^|\|)[ \t*]*Số[ \t]*[:.]|\bV/v\b|"
    r",\s*ngày\s+\d{1,2}\s+tháng|Nơi\s+nhận|NƠI\s+NHẬN|Lưu\s*:|(?<![\p{L}])(?:KT|TM|TL|TUQ)\.\s*\p{Lu}"
)
_LEADING_CELL_BAR = regex.compile(r"^[ \t]*\|[ \t]*(?=[^\s|][^|]*$)")
_TRAILING_CELL_BAR = regex.compile(r"^([^|]*[^\s|])[ \t]*\|[ \t]*$")
_JOINING_CELL_BAR = regex.compile(r"(?<=[-_=*.\p{L}\p{N}])\|(?=[*\p{L}\p{N}])")


def _split_cells(text: str) -> str:
    """``text`` with the cells of a header or signature table on lines of their own."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if "|" not in line:
            continue
        if _HEADER_CELL.search(line):
            lines[k] = "\n".join(cell for cell in _CELL_BAR.split(line) if cell.strip()) or line
            continue
        line = _JOINING_CELL_BAR.sub("\n", line)
        line = _TRAILING_CELL_BAR.sub(r"\1", line)
        lines[k] = _LEADING_CELL_BAR.sub("", line)
    return "\n".join(lines)


def _clean(text: str) -> str:
    text = _split_cells(text)
    # A link's text is inline even when the scrape wrapped it over two lines.
    text = _LINK.sub(lambda m: " ".join(m.group(1).split()), text)
    text = _ANGLE_URL.sub(r"\1", text)
    text = _strip_markup(text)
    return _WRAPPED_LABEL.sub(r"\1 \2", text)


def _strip_markup(text: str) -> str:
    """``text`` without the markup described at _MARKED_LINE, as the single
    pattern's left-to-right pass would remove it.  Every star goes, and stars
    are never part of the other matches: they are dropped last."""
    first = _MARKED_LINE.match(text)
    marked = ([first.span()] if first else []) + [m.span(1) for m in _MARKED_LINE_AFTER_BREAK.finditer(text)]
    # An underscore run at the very start of a line comes first in that pass.
    lines = [span for span in marked if not text.startswith("__", span[0])]
    spans = list(lines)
    # Underscores inside a removed rule line go with it.
    line_starts = [start for start, _ in lines]
    for m in _UNDERSCORES.finditer(text):
        i = bisect.bisect_right(line_starts, m.start()) - 1
        if i < 0 or m.start() >= lines[i][1]:
            spans.append(m.span())
    pieces = []
    last = 0
    for start, end in sorted(spans):
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return "".join(pieces).replace("*", "")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def _line_index(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


def _is_upper(line: str) -> bool:
    return header_signature.is_upper_line(line)


# --------------------------------------------------------------------------
# Number, place and date
# --------------------------------------------------------------------------


def _number_at(text: str, pos: int) -> Optional[str]:
    m = _NUMBER.match(text, pos)
    if not m:
        return None
    return normalize_number(m.group()).rstrip(".")


_WRAPPED_LEVEL = regex.compile(r"^[*_ ]*(phố|xã|trấn)\s+")


def _issue_line(text: str, start: int, end: int) -> tuple[Optional[str], Optional[str]]:
    """(place, ISO date) of the first ``<place>, ngày d tháng m năm y`` in text[start:end]."""
    for m in _ISSUE_DATE.finditer(text, start, end):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 120) : m.start()].strip()  # a place is short
        place_m = _PLACE.search(before)
        place = place_m.group() if place_m else None
        if place is None:
            upper = _PLACE_UPPER.search(before)
            if upper:
                place = header_names.format_place(upper.group())
        wrapped_level = _WRAPPED_LEVEL.match(before)
        if place_m and wrapped_level and place_m.start() == wrapped_level.end():
            # "Thành" / "phố Hồ Chí Minh, ngày …": a level word hard-wrapped inside it
            prev_end = line_start - 1
            prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
            previous = text[prev_start:prev_end].strip(" *_")
            if previous.endswith(("Thành", "Thị")):
                place = f"{previous.split()[-1]} {wrapped_level.group(1)} {place}"
        elif place_m and place_m.start() == 0:
            # A place hard-wrapped over two or three lines (Thành phố Hồ Chí / Minh,
            # Thành phố / Huế, Thành phố Hồ / Chí / Minh).
            prev_end = line_start - 1
            for _ in range(2):
                prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
                previous = text[prev_start:prev_end].strip() if prev_end > 0 else ""
                if not (previous and len(previous) <= 30):
                    break
                if _PLACE.fullmatch(previous) or _PLACE_LEVEL.fullmatch(previous):
                    place = f"{previous} {place}"
                    if _PLACE_LEVEL.match(previous):
                        break  # the place's first word
                    prev_end = prev_start - 1
                else:
                    break
        return place, f"{year:04d}-{month:02d}-{day:02d}"
    return None, None


# --------------------------------------------------------------------------
# Issuer block
# --------------------------------------------------------------------------


def _issuer_lines(region: str) -> list[str]:
    """Upper-case lines just above the header anchor (mottos removed), top first."""
    region = _vocab()["motto_re"].sub("\n", region)
    collected: list[str] = []
    for line in reversed(_lines(region)):
        if not line or not _WORD.search(line):
            continue
        if not _is_upper(line) or line.startswith(("SỐ", "V/V")) or len(collected) >= 8:
            break
        # A comma at a line's end belongs to the name wrapped there (BỘ VĂN HÓA, / THỂ THAO).
        collected.append(line.strip(" -–").lstrip(","))
    return list(reversed(collected))


def _issuer(lines: list[str]) -> tuple[Optional[str], Optional[str]]:
    """(issuer, parent_issuer) from the header block's lines."""
    bodies = [header_names.format_name(b) for b in header_names.split_bodies(lines)]
    bodies = [b for b in bodies if b]
    if not bodies:
        return None, None
    parent = bodies[-2] if len(bodies) > 1 else None
    return header_names.child_name(bodies[-1], parent), parent


# --------------------------------------------------------------------------
# Type heading, title, authority line
# --------------------------------------------------------------------------


def _type_heading(line: str) -> tuple[Optional[str], str]:
    """(type, rest) when the line is a type heading (``THÔNG BÁO``, ``THÔNG BÁO
    KẾT LUẬN`` -> Thông báo + KẾT LUẬN)."""
    if not _is_upper(line) or line.endswith(":"):
        return None, ""
    for upper, name in _vocab()["types"]:
        if line == upper or line.startswith(upper + " "):
            return name, line[len(upper) :].strip()
    return None, ""


def _type_at(lines: Sequence[str], i: int) -> tuple[Optional[str], str, int]:
    """(type, rest, index of the line after it) when line i is a type heading,
    also one wrapped inside its name (``QUYẾT`` / ``ĐỊNH``, ``CÔNG`` / ``ĐIỆN``)."""
    doc_type, rest = _type_heading(lines[i])
    if doc_type:
        return doc_type, rest, i + 1
    line = lines[i]
    if i + 1 < len(lines) and line and lines[i + 1] and _is_upper(line) and len(line.split()) == 1:
        joined_type, joined_rest = _type_heading(f"{line} {lines[i + 1]}")
        if joined_type and len(joined_type) > len(line):
            return joined_type, joined_rest, i + 2
    return None, "", i + 1


def _title_after(lines: Sequence[str], start: int, first: str) -> tuple[Optional[str], int]:
    """The title (trích yếu) from line ``start`` on; returns it and the index
    of the line after it."""
    stops = _vocab()["stops"]
    parts = [first] if first else []
    upper = _is_upper(first) if first else None
    j = start
    while j < len(lines) and len(parts) < 8:
        line = lines[j]
        if not line:
            if parts and not upper:
                break
            j += 1
            continue
        if line.startswith(stops) or _SECTION.match(line) or header_signature.is_person(line):
            break
        dated = _ISSUE_DATE.search(line)
        if dated:
            # The date line, or its column beside the title in PDF text: keep what precedes the place.
            offset = max(0, dated.start() - 120)
            before = line[offset : dated.start()]
            place = _PLACE.search(before) or _PLACE_UPPER.search(before)
            rest = line[: offset + place.start()].strip() if place else ""
            if rest:
                parts.append(rest)
            break
        if upper is None:
            upper = _is_upper(line)
        elif upper and not _is_upper(line):
            break
        elif not upper and _is_upper(line) and len(_ALPHA_WORD.findall(line)) >= 2:
            break  # a mixed-case title ends at a heading; a lone number (136/2025/NĐ-CP) is part of it
        if upper and parts and _authority_start(line) and not _vocab()["connector_end"].search(parts[-1]):
            break
        parts.append(line)
        j += 1
    title = " ".join(" ".join(parts).split()).strip(" :") or None
    return title, j


def _authority_start(line: str) -> bool:
    tokens = line.split()
    if not tokens:
        return False
    if line.startswith(_vocab()["roles"]):
        return True
    return header_names.head_length(tokens) > 0


def _authority(lines: Sequence[str], start: int) -> Optional[str]:
    """The authority line of a decision or resolution, just above its first
    ``Căn cứ`` (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ``)."""
    end = None
    for j in range(start, min(len(lines), start + 20)):
        if lines[j].startswith(("Căn cứ", "Xét", "Theo đề nghị")):
            end = j
            break
    if end is None:
        return None
    run: list[int] = []
    j = end - 1
    while j >= start and len(run) < 4:
        if not lines[j]:
            j -= 1
            continue
        if not _is_upper(lines[j]):
            break
        run.append(j)
        j -= 1
    run.reverse()
    for k in range(len(run) - 1, -1, -1):
        line = lines[run[k]]
        previous = lines[run[k - 1]] if k else ""
        lone_head = len(line.split()) == 1 and k == len(run) - 1
        if _authority_start(line) and not lone_head and not _vocab()["connector_end"].search(previous):
            first = k
            if k and lines[run[k - 1]].startswith(_vocab()["roles"]) and len(lines[run[k - 1]].split()) <= 3:
                first = k - 1
            text = " ".join(lines[i] for i in run[first:])
            text = _TERM.split(text)[0]
            return text if len(text.split()) <= 16 else None
    return None


# The preamble's enacting clause names who issues (NĐ 34/2016 Điều 61): a line
# opening after a blank line or a ";" line end, ``Chủ tịch Ủy ban nhân dân thành
# phố ban hành Quyết định …``.
# (the clause opens a paragraph, or follows the comma that closes its grounds: "Thực
# hiện Kế hoạch số …; căn cứ tình hình thực tế, Ủy ban nhân dân phường X ban hành Kế
# hoạch …")
_ENACTING = regex.compile(
    r"(?:(?<=\n[ \t]*\n)|(?<=[;.:][ \t]*\n)|(?<=,[ \t]*\n?))[ \t]*"
    r"(?P<who>\p{Lu}[\p{L} \t\n]{3,100}?)\s+ban\s+hành\s+\p{Lu}"
)

_CITED_ACT = regex.compile(r"\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}?\s+số\s*:?\s*\d")


def _enacting_organ(
    clean: str, start: int, header_issuer: str, keep_bare: bool = False, end: Optional[int] = None
) -> Optional[str]:
    """The organ of the enacting clause after ``start``, completed with the
    header's place when it names only the level (``Ủy ban nhân dân thành phố``
    in a header of ``thành phố Huế`` -> ``UBND thành phố Huế``); None unless it
    opens with a head word.  A local body without its place (``UBND tỉnh``) names
    nobody: None, unless ``keep_bare`` (the caller completes it from the text).  ``end``:
    where the clause must stand before (the preamble's end)."""
    stop = min(len(clean), start + HEADER_SEARCH_CHARS, end or len(clean))
    m = _ENACTING.search(clean, start, stop)
    while m is not None and _CITED_ACT.match(clean, m.end() - 1):
        # ("Ngày 03/01/2025, Thủ tướng Chính phủ ban hành Quyết định số 01/2025/QĐ-TTg …": an
        # act cited by its number was enacted before; a document's own number is in its header)
        m = _ENACTING.search(clean, m.end(), stop)
    if not m:
        return None
    if _NARRATED.search(m.group("who")):
        return None  # ("Chính phủ đã ban hành Nghị quyết …": a narrated act, not the enacting clause)
    organ = _organ_of(header_names.shorten(header_names.format_name(m.group("who"))))
    tokens = organ.upper().split()
    head = header_names.head_length(tokens)
    if head == 0:
        return None
    if header_names.locality(organ) is None and header_issuer:
        scope = header_names.level_and_locality(header_issuer)
        place = header_names.locality(header_issuer)
        if scope and place and organ.endswith(scope[: -len(place)].rstrip()):
            organ = f"{organ} {place}"
    if not keep_bare and _is_bare(organ):
        return None  # "Ủy ban nhân dân Tỉnh": a local body without its place names nobody
    return organ


def _is_bare(organ: Optional[str]) -> bool:
    """``UBND tỉnh``, ``HĐND huyện``: a local body by its level alone."""
    if not organ:
        return False
    short = header_names.shorten(organ)  # ("Ủy ban nhân dân tỉnh", as a formula writes it)
    return header_names.locality(short) is None and bool(_vocab()["bare_kind"].fullmatch(short))


def _role_of(name: str) -> str:
    """The office title a name opens with, as printed in it (``Trưởng Ban`` or
    ``Trưởng ban``), or ""."""
    folded = name.casefold()
    role = next((r for r in header_names.role_names() if folded.startswith(r.casefold() + " ")), "")
    return name[: len(role)]


# (header.json: holder_documents, holder_titles)
_HOLDER_DATA = load_json("header.json")
_HOLDERS_DOCUMENTS = tuple(_HOLDER_DATA["holder_documents"])
_OWN_NAME_SIGNATURE = regex.compile(
    r"(?:KT\.\s*)?("
    + "|".join(r"\s+".join(title.split()) for title in _HOLDER_DATA["holder_titles"])
    + r")(?![\p{L}])"
)


_BY_ORDER = regex.compile(r"TL\.?\s")
_OFFICE_OF = regex.compile(r"Văn\s+phòng\s+(?=\p{Lu})")
_JOINT_OFFICE = regex.compile(r"^HĐND\s+và\s+(?=UBND\s)")


def _by_order(issuer: Optional[str], signer_title: Optional[str]) -> Optional[str]:
    """The organ whose office speaks for it under a signature ``TL. GIÁM ĐỐC / CHÁNH
    VĂN PHÒNG`` (by order of the holder): ``Văn phòng Sở Y tế thông báo …`` is the Sở
    Y tế's notice.  The issuer as it was otherwise."""
    office = _OFFICE_OF.match(issuer) if issuer and signer_title and _BY_ORDER.match(signer_title) else None
    organ = issuer[office.end() :].upper().split() if office is not None else []
    if not 0 < header_names.head_length(organ) < len(organ):
        return issuer  # (not an office of a body named here: "Văn phòng Sở" names no Sở)
    # (the office of a council and its committee together, "Văn phòng HĐND và UBND huyện
    # thông báo …" under "TL. CHỦ TỊCH": by order of the committee's chair — a council's
    # resolution is signed by its chair, never by order)
    return _JOINT_OFFICE.sub("", issuer[office.end() :])


def _holder(issuer: Optional[str], doc_type: Optional[str], signer_title: Optional[str]) -> Optional[str]:
    """The office holder as authority of a document signed in the holder's own name
    (``CHỦ TỊCH``, ``KT. BỘ TRƯỞNG / THỨ TRƯỞNG``), not for the organ (``TM. ỦY BAN NHÂN
    DÂN``): a Chỉ thị or Công điện of the Chủ tịch UBND tỉnh; None otherwise."""
    if not (issuer and signer_title and doc_type in _HOLDERS_DOCUMENTS):
        return None
    holder = _OWN_NAME_SIGNATURE.match(signer_title)
    return " ".join(holder.group(1).split()).capitalize() + " " + issuer if holder is not None else None


def _organ_of(authority: str) -> str:
    """``Chủ tịch UBND tỉnh Quảng Trị`` -> ``UBND tỉnh Quảng Trị``; ``Cục trưởng Cục
    Thuế`` -> ``Cục Thuế``: the authority without its office title.  A title that
    ends in the organ's head word shares it (``Trưởng Ban Chỉ đạo Nhà nước về du
    lịch`` -> ``Ban Chỉ đạo Nhà nước về du lịch``)."""
    organ = _vocab()["organs_of_titles"].get(authority.casefold())
    if organ is not None:
        return organ  # ("Tổng Kiểm toán Nhà nước", as a header line in capitals is formatted)
    role = _role_of(authority)
    rest = authority[len(role) :].strip()
    if role and rest and header_names.head_length(rest.upper().split()) == 0:
        shared = role.split()[-1]
        if header_names.head_length([shared.upper()] + rest.upper().split()) > 0:
            return f"{shared[:1].upper()}{shared[1:]} {rest}"
    return rest or authority


def _with_authority(authority: Optional[str], issuer: Optional[str], parent: Optional[str]) -> Optional[str]:
    """The issuer named by the authority line, completed with the header's
    place when it leaves it out (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`` + ``UBND tỉnh
    Sơn La`` -> ``Chủ tịch UBND tỉnh Sơn La``)."""
    if not authority:
        return issuer
    name = header_names.format_name(authority)
    role = _role_of(name)
    body = name[len(role) :].strip()
    if issuer and body and issuer.startswith(body) and not header_names.locality(body):
        return f"{role} {issuer}".strip()
    if issuer and not body:
        return f"{role} {issuer}".strip()
    if body and not header_names.locality(body):
        body = header_names.child_name(body, parent or issuer)
    return f"{role} {body}".strip() or issuer


# --------------------------------------------------------------------------
# An issuer that is not printed
# --------------------------------------------------------------------------


def _bare_levels(short: str, kind: str, pattern) -> dict[str, int]:
    """How often ``short`` (names shortened: ``UBND``) names a body of ``kind`` by a
    level with no place after it (``UBND huyện``), by level in lower case."""
    levels: dict[str, int] = {}
    for m in pattern.finditer(short):
        if m.group(1) == kind:
            level = " ".join(m.group(2).lower().split())
            levels[level] = levels.get(level, 0) + 1
    return levels


def _inferred_issuer(
    text: str, number: Optional[str], place: Optional[str], signer_title: Optional[str]
) -> Optional[str]:
    """``UBND huyện Việt Yên`` for a 48/TB-UBND notice of Việt Yên signed
    ``TL. CHỦ TỊCH`` whose text calls its body ``UBND huyện``: only when the
    number's body code, the body's bare self-mentions and the signature agree."""
    if not (number and place and signer_title):
        return None
    code = _NUMBER_PARTS.split(number)[-1].upper()
    kind = _vocab()["body_codes"].get(code)
    if not kind or not any(w in signer_title for w in _vocab()["signer_words"]):
        return None
    levels = _bare_levels(header_names.shorten(text), kind, _vocab()["bare_level"])
    if not levels:
        return None
    ranked = sorted(levels.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None  # no clear level: the text speaks of several
    if len(place.split()) > 4:
        return None
    return f"{kind} {ranked[0][0]} {place}"


def _either_case(level: str) -> str:
    """A pattern of a level word as running text writes it, its first letter in either
    case (``tỉnh``, ``Tỉnh``; ``thành phố``, ``Thành phố``), not in capitals (a heading's
    ``TỈNH BẮC NINH`` is read elsewhere)."""
    return f"[{level[0]}{level[0].upper()}]" + r"\s+".join(regex.escape(w) for w in level[1:].split())


_PASSED_BY = regex.compile(r"đã\s+được\s+(HĐND)\s+")  # "Nghị quyết này đã được HĐND … thông qua"


_MINISTRY_DATA = load_json("header.json")["ministries"]
_MINISTRY = regex.compile(
    r"(?<![\p{L}])(?:"
    + "|".join(
        r"\s+".join(map(regex.escape, new_tone_placement(name).split()))
        for name in sorted(_MINISTRY_DATA, key=len, reverse=True)
    )
    + r")(?![\p{L}])"
)


def _named_ministry(clean: str) -> Optional[str]:
    """The ministry a minister's copy names most (``… gửi về Bộ Nội vụ trước ngày …``,
    four times, no other ministry named): at least twice and two thirds of its mentions
    of ministries; None when it names several about as often, or none."""
    counts: dict[str, int] = {}
    for match in _MINISTRY.finditer(new_tone_placement(clean)):
        name = " ".join(match.group().split())
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda kv: kv[1])
    return name if count >= 2 and count >= PLACE_SHARE * sum(counts.values()) else None


_OWN_PLACE_FACTOR = 3  # a text names its own place at least this many times as often as another


def _mentions(clean: str, place: str) -> int:
    """How often ``clean`` names ``place`` (``thành phố Đà Nẵng``), its level in either case."""
    first, *rest = place.split()
    pattern = (
        rf"(?<![\p{{L}}])[{first[0]}{first[0].upper()}]{regex.escape(first[1:])}"
        + "".join(rf"\s+{regex.escape(word)}" for word in rest)
        + r"(?![\p{L}])"
    )
    return len(regex.findall(pattern, clean))


_OWN_LEVEL_FACTOR = 2  # a text calls its own level bare at least this many times as often as another's
# a level a text calls bare less than a quarter as often as another is one it tasks or cites
_CITED_LEVEL_FACTOR = 4
_SIGNING_FOR = regex.compile(r"^(?:(?:KT|TL|TUQ|Q|T/M)\.?\s+)+")  # (KT. CHỦ TỊCH, TL. CHỦ TỊCH)


def _signed_issuer(
    clean: str,
    doc_type: Optional[str],
    signer_title: Optional[str],
    title_text: Optional[str] = None,
    issue_place: Optional[str] = None,
) -> Optional[str]:
    """The local body that signs a copy without its header table (``TM. ỦY BAN NHÂN
    DÂN``; ``KT. CHỦ TỊCH`` alone: the UBND's Chủ tịch, the HĐND's under a Nghị
    quyết), named as its text names it: the council a resolution says passed it
    (``… đã được Hội đồng nhân dân thành phố Hà Nội khóa XVI … thông qua``); else the
    level the text calls its own body by (``Chánh Văn phòng Ủy ban nhân dân tỉnh``,
    ``UBND xã tổ chức …``: a body names itself without its place, and the bodies it
    cites with theirs) and the one place of that level the text names (``tỉnh Ninh
    Bình``), or writes after the body's kind (``UBND xã Nghĩa Đàn``), or its title
    names, or its issue line (``Lục Nam, ngày …`` under a text that says ``UBND
    huyện``: ``_with_issue_place``).  None when unclear."""
    v = _vocab()
    title = " ".join((signer_title or "").split())
    kind = next((k for words, k in v["signature_kinds"].items() if words in title), None)
    first_title = _SIGNING_FOR.sub("", title)  # (its first title, past KT./TL.)
    if kind is None and first_title.startswith(v["chair_title"]) and "THƯỜNG TRỰC" not in title:
        # (the first title is whose the document is: "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / PHÓ CHỦ
        # TỊCH UBND HUYỆN" signs for a Ban whose deputy head also chairs, not for the UBND)
        kind = v["chair_kinds"].get(doc_type or "", v["chair_kinds"][""])
    if kind is None and first_title.startswith(v["minister_title"]):
        return _named_ministry(clean)
    if kind is None:
        return None
    short = header_names.shorten(clean)
    passed = _PASSED_BY.search(short) if kind == "HĐND" else None
    if passed is not None:
        council = place_after(short[passed.start(1) :], kind)
        if council is not None:
            return f"{kind} {council[0]} {council[1]}"
    levels = _bare_levels(short, kind, v["bare_level_any_case"])
    if not levels:
        only = place_after(short, kind)  # (no bare mention: the one body of its kind named)
        return f"{kind} {only[0]} {only[1]}" if only is not None else None
    named = []
    top = max(levels.values())
    for level, count in levels.items():
        if count * _CITED_LEVEL_FACTOR < top:
            continue  # ("UBND xã" once in a district's notice that says "UBND huyện" thirteen times)
        # (a level named bare far less often than another, the place named once, may be the
        # province a commune's text cites: its place must be named twice)
        listed_minimum = 1 if count * 2 >= top else 2
        written = _either_case(level)
        # (the place of its level a title names is the text's own, "… trên địa bàn tỉnh Gia
        # Lai", however often the text names another: a merged province's decision cites the
        # old one's bodies by name, "Sở Giáo dục và Đào tạo tỉnh Kon Tum" thirteen times)
        titled = header_news.place_in_title(title_text, level) if title_text else None
        place = (
            None
            if titled
            else dominant_place(clean, written, listed_minimum, header_news.listed_place)
            or dominant_place(clean, written, 2, header_news.is_province)
            or place_after(short, kind, written, minimum=2)
        )
        if not (place or titled) and title_text and level not in _PROVINCE_LEVELS:
            # (no list of communes or districts: the one the title names, "Kế hoạch cải cách
            # hành chính năm 2026 trên địa bàn xã Nghĩa Đàn")
            in_title = dominant_place(title_text, written)
            titled = in_title[1] if in_title else None
        if place or titled:
            named.append((count, f"{kind} {level} {place[1] if place else titled}"))
    if len(named) > 1:
        # (a commune's text that cites its district by name, "UBND xã" five times and "UBND
        # huyện" twice: the level it calls bare far most often is its own — among those whose
        # place it names: a city's decision tasks "UBND xã" a dozen times, naming none)
        named.sort(reverse=True)
        if named[0][0] >= _OWN_LEVEL_FACTOR * named[1][0]:
            named = named[:1]
    if len(named) > 1:
        # (levels called bare about as often, once each, in a city's decision on a merged
        # province's town: the place the text names far most often, "thành phố Đà Nẵng" seven
        # times against "tỉnh Quảng Nam" once)
        mentions = sorted(
            ((_mentions(clean, name.split(" ", 1)[1]), name) for _, name in named), reverse=True
        )
        if mentions[0][0] >= _OWN_PLACE_FACTOR * mentions[1][0]:
            named = [(0, mentions[0][1])]
    named = [name for _, name in named]
    if not named and len(levels) == 1 and list(levels)[0] in _PROVINCE_LEVELS:
        # a province's text that names its province only inside its bodies' names: the one
        # whose own press it is sent to (``Báo và PT, TH Tuyên Quang`` among its recipients,
        # beside the neighbouring provinces its text names), else the one listed province it
        # names at all (``Báo Hà Tĩnh``, ``Công ty Điện lực Đồng Nai``)
        level = list(levels)[0]
        press = header_news.press_place(clean)
        anywhere = press if press is not None and press[0] == level else None
        if anywhere is None and level == "tỉnh":
            anywhere = _anywhere("tỉnh", clean)
        if anywhere is not None:
            named.append(f"{kind} {anywhere[0]} {anywhere[1]}")
    if not named and issue_place:
        # (no place of its level named in the text, but the issue line names one: the level
        # the text calls its own body by most, when that level and the place agree)
        level = max(levels, key=levels.get)
        own = _with_issue_place(f"{kind} {level}", issue_place)
        if header_names.locality(own):
            named.append(own)
    # A body names itself by its level bare, and also the bodies it tasks ("Ủy ban nhân dân
    # xã" twelve times in a city's decision) or cites: the one level whose place the text
    # names, or the one named far most often; none if several are about as often.
    return named[0] if len(named) == 1 else None


# --------------------------------------------------------------------------
# Texts without an official header
# --------------------------------------------------------------------------


_OWN_CAPTION = regex.compile(
    r"\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+(?P<type>\p{L}+(?:\s+\p{L}+)?)\s+số\s*:?\s*"
    r"(?P<number>[\p{L}\p{N}.&-]+/[\p{L}\p{N}./&-]+)(?P<rest>[^()]{0,200})\)"
)
_OF_ISSUER = regex.compile(r"\bcủa\s+(?P<issuer>\p{Lu}[^()]*?)\s*$")


def _inferred(number: Optional[str], date: Optional[str], issuer: Optional[str]) -> tuple[str, ...]:
    """The header fields a copy without its header table was given from elsewhere."""
    return tuple(
        name for name, value in (("doc_number", number), ("issue_date", date), ("issuer", issuer)) if value
    )


def _own_caption(clean: str, doc_type: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(number, date, issuer) of the document from the first appendix caption
    that names a document of its own type; (None, None, None) when none does."""
    for match in _OWN_CAPTION.finditer(clean):
        if match.group("type").casefold() != doc_type.casefold():
            continue
        rest = " ".join(match.group("rest").replace("*", " ").split())
        dates = [d for d in find_dates(rest) if len(d.value) == 10]
        of = _OF_ISSUER.search(rest)
        # "của Chủ tịch Ủy ban nhân dân tỉnh Sơn La": the organ issues.
        issuer = _organ_of(header_names.shorten(" ".join(of.group("issuer").split()))) if of else None
        return (normalize_number(match.group("number")), dates[0].value if dates else None, issuer)
    return None, None, None


# A sentence ends at a stop, a colon or a semicolon before a space or line
# break (not at the dot of 66.4/2025), or at a table cell's edge.
_SENTENCE_END = regex.compile(r"[.;:!?](?=\s)|\|")
# Where a closing clause may begin: the sentence's start or after a comma.
_CLAUSE_START = regex.compile(r"^|(?<=,\s)")
# A body's name in a closing clause is short (Bộ Văn hóa, Thể thao và Du lịch); a
# board's runs longer (Ban Chỉ đạo Nhà nước về Chương trình phát triển lâm nghiệp bền vững).
_CLOSING_NAME_WORDS = 20


_CLOSING_SENTENCES = 3  # sentences of the closing paragraph read back from its ``./.``
# a line that opens in lower case after a semicolon goes on with its paragraph, wrapped
# ("Cục Hải quan yêu cầu …;" / "trong quá trình thực hiện, … ./.")
_WRAPPED_ON = regex.compile(r"\n[ \t]*\p{Ll}")


# an aspect word: the clause narrates what a body did or will do ("Bộ Nội vụ đã có Văn bản …")
_NARRATED = regex.compile(r"(?<![\p{L}])(?:đã|đang|sẽ|vừa)(?![\p{L}])")
_PURPOSE = regex.compile(r"(?<![\p{L}])(?:để|nhằm)(?![\p{L}])")
_OPEN_END = regex.compile(r"(?<![\p{L}])(?:và|của|các|với|về|cho)$")


def _speaker(sentence: str) -> Optional[str]:
    """The body that speaks in ``sentence`` by a closing verb: a clause that opens
    (at the sentence's start or after a comma) with a head word and reaches the
    verb within a short name (``…, Ban Chỉ đạo của Chính phủ đề nghị …``)."""
    verb_re = _vocab()["closing_verb"]
    for start in _CLAUSE_START.finditer(sentence):
        verb = verb_re.search(sentence, start.start())
        if not verb:
            return None
        name = sentence[start.start() : verb.start()].strip()
        tokens = name.upper().split()
        if (
            name[:1].isupper()
            and len(tokens) <= _CLOSING_NAME_WORDS
            and header_names.head_length(tokens) > 0
            # ("Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC …, đề nghị": a narrated act, no name;
            # "Ban Chỉ đạo 389 tỉnh Bắc Ninh đề nghị": a number may be a name's)
            and not _NARRATED.search(name)
            # ("Cục Hải quan thông tin tình hình và chỉ đạo …": a name ends in no conjunction)
            and not _OPEN_END.search(name)
            # ("… phản ánh về Bộ Tài chính (Vụ Ngân sách nhà nước, Bảo hiểm xã hội Việt Nam) để
            # được hướng dẫn": the clause after a comma inside a bracket, and a purpose, no name)
            and name.count("(") == name.count(")")
            and not _PURPOSE.search(name)
            # ("Thực hiện ý kiến của Trưởng Ban Chỉ đạo tại phiên họp ngày …, Ban Chỉ đạo đề
            # nghị …": a name opened again after a comma is the speaker, what stands before
            # it an opening phrase)
            and not _named_again_after_comma(name)
        ):
            # An office holder may speak (Cục trưởng Cục Hải quan thông báo): the organ issues.
            return _organ_of(header_names.format_name(name))
    return None


def _named_again_after_comma(name: str) -> bool:
    """Does a part of ``name`` after a comma outside brackets open with a capitalised
    head word (``…, Ban Chỉ đạo``)?  Not the parts of one official name
    (``Bộ Văn hóa, Thể thao và Du lịch``, ``… khoa học, công nghệ, …``)."""
    depth = 0
    for at, char in enumerate(name):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            part = name[at + 1 :].lstrip()
            if part[:1].isupper() and header_names.head_length(part.upper().split()) > 0:
                return True
    return False


_WRITTEN_OUT_END = regex.compile(_SENTENCE_END.pattern + r"|\*\*|\n[ \t]*(?:[-+•*]|\d{1,2}[.)])")


def _written_out(speaker: Optional[str], clean: str) -> Optional[str]:
    """A speaker as its text writes it in full where it speaks again (``Ban Chỉ đạo Trung
    ương`` of the closing formula, ``Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc
    gia giai đoạn 2021 - 2025 yêu cầu …`` in the text): the longest name that opens with
    the speaker's words and reaches a closing verb, else the speaker as found.  Only a
    board of ``written_out_heads``: an organ's name does not go on in lower case, what
    follows it is its act (``Cục Thuế nhận được công văn …``, ``Văn phòng Chính phủ chủ
    trì``)."""
    if not speaker or not speaker.startswith(_vocab()["written_out_heads"]):
        return speaker
    best = speaker
    said = regex.compile(r"(?<![\p{L}])" + r"\s+".join(map(regex.escape, speaker.split())) + r"(?=\s)")
    for match in said.finditer(clean):
        # (to the sentence's end, a bold heading's or a list item's: "**1. Các thành viên
        # Ban Chỉ đạo 389 tỉnh**" / "- Quán triệt …" is no name going on)
        end = _WRITTEN_OUT_END.search(clean, match.end())
        found = _speaker(" ".join(clean[match.start() : end.start() if end else len(clean)].split()))
        if found and found.startswith(speaker + " ") and len(found) > len(best):
            best = found
    return best


def _closing_issuer(clean: str, lines: list[str]) -> Optional[str]:
    """The body that speaks in a letter's closing formula, the paragraph ending
    in ``./.`` (``Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ trưởng … ./.``,
    ``…, Ban Chỉ đạo của Chính phủ đề nghị …``): the issuer of a copy whose
    header table was left out.  The formula may open the paragraph, its asides
    after it (``Bộ Y tế đề nghị các đơn vị …; trong quá trình thực hiện, … báo cáo
    về Bộ Y tế (qua Cục …, điện thoại: …) …./.``): its last sentences are read, the
    last first, within the paragraph."""
    near = header_signature.recipients_label_line(lines)
    limit = sum(len(line) + 1 for line in clean.split("\n")[:near]) if near is not None else len(clean)
    end = clean.find("./.")
    if end < 0 or end > limit:
        return None
    window = max(0, end - 2000)
    bounds = [window] + [m.end() for m in _SENTENCE_END.finditer(clean, window, end)] + [end]
    for k in range(len(bounds) - 2, max(len(bounds) - 2 - _CLOSING_SENTENCES, -1), -1):
        found = _speaker(" ".join(clean[bounds[k] : bounds[k + 1]].split()))
        if found is not None:
            return found
        if k and clean[bounds[k] : bounds[k] + 1] == "\n" and not _WRAPPED_ON.match(clean, bounds[k]):
            return None  # (the paragraph starts here: what stands above is another's)
    return None


_OPENING_PARAGRAPHS = 3  # paragraphs after a letter's address block read for its speaker
_ADDRESSEE_ITEM = regex.compile(r"[ \t]*(?:Kính\s+gửi|Đồng\s+kính\s+gửi|[-+•])")


def _opening_issuer(clean: str) -> Optional[str]:
    """The body that speaks in a letter's first paragraphs after its address block
    (``Để chủ động kiểm soát thị trường, Cục Quản lý thị trường tỉnh Bắc Ninh yêu
    cầu …:`` after the grounds and a review), by a closing verb as in ``_speaker``:
    the issuer of a copy that opens at ``Kính gửi`` and closes with no formula.
    Lines of the address block (``Kính gửi:``, ``- Sở Y tế …;``) are not read."""
    address = regex.search(r"(?:Đồng\s+)?[Kk]ính\s+gửi", clean[:HEADER_SEARCH_CHARS])
    if address is None:
        return None
    start = address.start()
    bounds = [start] + [m.end() for m in _SENTENCE_END.finditer(clean, start, start + HEADER_SEARCH_CHARS)]
    paragraphs = 0
    for a, b in zip(bounds, bounds[1:]):
        line_start = clean.rfind("\n", 0, a + 1) + 1
        if _ADDRESSEE_ITEM.match(clean, line_start) and "\n" not in clean[line_start:a]:
            continue  # (an addressee, or the text run on after one: "- Các bệnh viện …. Thời gian …")
        if clean[a : a + 1] == "\n" or paragraphs == 0:
            paragraphs += 1  # (a sentence after a line break opens a paragraph)
            if paragraphs > _OPENING_PARAGRAPHS:
                break
        found = _speaker(" ".join(clean[a:b].split()))
        if found is not None:
            return found
    # (after a longer background, the formula that introduces the letter's list of tasks:
    # "Để chủ động …, Bộ Nông nghiệp và Môi trường đề nghị Chủ tịch … các nội dung sau:")
    return _formula_issuer(clean, start)


_FORMULA_CHARS = 8000  # a directive's preamble, from its title to its formula, at most
_LIST_OPENS = regex.compile(r"\n[ \t*]*(?:Điều\s+1\b|1\.|I\.|a\))")


def _formula_issuer(clean: str, start: int) -> Optional[str]:
    """The body that speaks in the formula ending a directive's preamble, the first
    sentence ending in a colon with a speaker (``…, Bộ trưởng Bộ Xây dựng yêu cầu:``,
    ``Thủ tướng Chính phủ chỉ thị:``) before the list it introduces begins."""
    bounds = [start] + [m.end() for m in _SENTENCE_END.finditer(clean, start, start + _FORMULA_CHARS)]
    for a, b in zip(bounds, bounds[1:]):
        if _LIST_OPENS.search(clean, a, b):
            return None  # (the list has begun: no formula before it)
        if clean[b - 1 : b] == ":":
            found = _speaker(" ".join(clean[a:b].split()))
            if found is not None:
                return found
    return None


_LEVEL_AT_END = regex.compile(
    r"(?<![\p{L}])(tỉnh|Tỉnh|thành\s+phố|Thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu)$"
)
_PROVINCE_LEVELS = ("tỉnh", "thành phố")  # (named once is enough; a lower level's place twice)
_PROVINCE_LEVELS_WRITTEN = "|".join(_either_case(level) for level in _PROVINCE_LEVELS)


def _with_named_place(issuer: Optional[str], clean: str, title: Optional[str] = None) -> Optional[str]:
    """An issuer given by its level alone (``UBND Thành phố`` from ``… của Chủ tịch Ủy
    ban nhân dân Thành phố``, ``Uỷ ban nhân dân phường đề nghị …``), completed by the
    place of that level its ``title`` names (``… thuộc phạm vi quản lý của tỉnh Quảng
    Ngãi``), else the one the text names (``Thành phố Hồ Chí Minh``, at least two thirds
    of its mentions of the level with a name, twice for a level below a province's);
    as it was when the text names none or several."""
    level = _LEVEL_AT_END.search(issuer) if issuer else None
    if level is None:
        if issuer and not header_names.locality(issuer):
            # "Sở Y tế đề nghị …./." in a letter whose text calls it "Sở Y tế tỉnh Thanh
            # Hóa": a province's department takes the place the text writes after its
            # name, or the one province the text names
            if not issuer.startswith(_vocab()["provincial_heads"]):
                return issuer  # ("Cục Thuế", central, answering "Cục Thuế tỉnh Vĩnh Phúc")
            own = (
                place_after(clean, issuer)
                or dominant_place(clean, _PROVINCE_LEVELS_WRITTEN, 1, header_news.listed_place)
                or dominant_place(clean, "[Tt]ỉnh", 2, header_news.is_province)
                or header_news.press_place(clean)
                or _anywhere("tỉnh", clean)
            )
            if own is None or issuer.endswith(" " + own[1]):
                return issuer  # ("Sở Giáo dục và Đào tạo Nghệ An": its place already)
            return f"{issuer} {own[0]} {own[1]}"
        return issuer
    written = " ".join(level.group(1).lower().split())
    # (a merged province's decision cites the old one's bodies by name, "Sở Giáo dục và Đào
    # tạo tỉnh Kon Tum" thirteen times: the place its title names is its own)
    titled = header_news.place_in_title(title, written) if title else None
    if titled:
        return f"{issuer} {titled}"
    # (either case: "UBND Thành phố" of a text that writes "thành phố Hà Nội")
    minimum = 1 if written in _PROVINCE_LEVELS else 2
    # (a city under the centre first, by the list: "Phó Chủ tịch UBND thành phố Nguyễn Thanh
    # Bình" twice names a person after the level, "UBND thành phố Cần Thơ" once the city)
    listed = dominant_place(clean, _either_case(written), minimum, header_news.listed_place)
    place = listed or dominant_place(clean, _either_case(written), minimum, header_news.is_province)
    if place is None and written in _PROVINCE_LEVELS:
        # (the place whose own press the text is sent to: "Báo và PT, TH Cà Mau")
        press = header_news.press_place(clean)
        place = press if press is not None and press[0] == written else None
    if place is None and written == "tỉnh":
        place = _anywhere(written, clean)
    return f"{issuer} {place[1]}" if place else issuer


def _with_issue_place(issuer: Optional[str], place: Optional[str]) -> Optional[str]:
    """A copy's issuer read without its place (``Văn phòng UBND tỉnh``, ``UBND huyện``,
    ``Sở Tài chính``, from a signature or a closing formula) completed by the place of
    its issue line (``Thanh Hóa, ngày 26 tháng 11 năm 2025``), which names where the
    body sits: the province of a provincial body (Nghị định 30/2020, Phụ lục I), the
    district, town or commune of a lower one.  Only when the two agree: a province's
    level with a listed province (``UBND tỉnh`` + ``Ninh Bình``), a lower level with a
    place that is no province (``UBND huyện`` + ``Thạch Hà``); a central body
    (``Bộ Nội vụ``, ``Hà Nội, ngày …``) keeps its name."""
    if not issuer or not place or header_names.locality(issuer):
        return issuer
    listed = [level for level in _PROVINCE_LEVELS if header_news.listed_place(level, place)]
    level = _LEVEL_AT_END.search(issuer)
    if level is None:
        if issuer.startswith(_vocab()["provincial_heads"]) and listed:
            return f"{issuer} {listed[0]} {place}"  # ("Sở Tài chính tỉnh Thanh Hóa")
        return issuer
    written = " ".join(level.group(1).lower().split())
    if written == "tỉnh":
        agrees = "tỉnh" in listed
    elif written == "thành phố":
        # (a city under the centre, or a province's city: "UBND thành phố" + "Bảo Lộc")
        agrees = "thành phố" in listed or not listed
    else:
        agrees = not listed
    return f"{issuer} {place}" if agrees else issuer


def _anywhere(level: str, clean: str) -> Optional[tuple[str, str]]:
    """``(level, name)`` of the one listed province the text names anywhere, even inside
    a body's name (``header_news.listed_place_anywhere``).  Provinces only: a city's name
    alone may name a person (``tư tưởng Hồ Chí Minh``)."""
    name = header_news.listed_place_anywhere(clean, level)
    return (level, name) if name is not None else None


_CABLE = regex.compile(r"^(?P<issuer>[\p{Lu}\s]+?)\s+điện\s*:\s*$")


def _head_wrapped(previous: str, line: str) -> bool:
    """True when a head word begins on ``previous`` and runs into ``line``."""
    before, after = previous.split(), line.split()
    return bool(before) and len(before) <= 2 and header_names.head_length(before + after) > len(before)


_CABLE_LINES = 3  # the most lines a cable's sender is wrapped over


def _cable_sender(sender: str, body: list[tuple[int, str]], k: int) -> str:
    """The sender of a ``… điện:`` line, with the upper-case lines above it that it
    was wrapped from: ``TH**Ủ`` / ``TƯỚNG CHÍNH PHỦ điện:`` (a head word split),
    ``CHỦ TỊCH ỦY BAN NHÂN`` / ``DÂN TỈNH điện:``, ``BỘ TRƯỞNG BỘ NÔNG NGHIỆP`` / ``VÀ
    MÔI TRƯỜNG điện:`` (a line that opens with no title or head word continues the one
    above; an office title alone above its organ goes with it).  An upper-case title
    line of the document above a whole sender is left alone."""
    for back in range(1, _CABLE_LINES):
        previous = body[k - back][1] if k >= back else ""
        if not previous or not _is_upper(previous):
            break
        if _head_wrapped(previous, sender):
            return f"{previous} {sender}"
        if header_names.opens_name(sender.split()) and not header_names.is_title(previous.split()):
            break  # (the title of the office over its organ goes with it: CHỦ TỊCH / ỦY BAN …)
        sender = f"{previous} {sender}"
    return sender


def _typed_copy(clean: str, lines: list[str], body: list[tuple[int, str]]) -> Optional[Header]:
    """A copy without its header table that opens at its own type line
    (``CÔNG ĐIỆN``, ``QUYẾT ĐỊNH``, ``NGHỊ QUYẾT``, ``THÔNG BÁO``): the type from that
    line, the issuer from what the text says — ``THỦ TƯỚNG CHÍNH PHỦ điện:``, or the
    organ of the authority line (``BỘ TRƯỞNG BỘ Y TẾ`` → ``Bộ Y tế``) — and the signer
    from the signature block.  The issuer is marked inferred; the number, place and
    date, not printed, stay null unless the document's own appendix caption gives them."""
    for i, _ in body[:3]:
        doc_type, rest, after = _type_at(lines, i)
        if doc_type:
            break
    else:
        return None
    title, title_end = _title_after(lines, after, rest)
    body_start = sum(len(line) + 1 for line in lines[:title_end])  # (where the text below the title starts)
    issuer = authority = None
    for k, (_, line) in enumerate(body[:12]):
        cable = _CABLE.match(line)
        if cable:
            issuer = header_names.format_name(_cable_sender(cable.group("issuer"), body, k))
            break
    if issuer is None:
        authority_line = _authority(lines, title_end)
        if authority_line:
            authority = header_names.format_name(authority_line)
            issuer = _organ_of(authority)
    if issuer is None:
        # No authority line (a circular, a decree): its enacting clause names it
        # (``Bộ trưởng Bộ Tài chính ban hành Thông tư …``, ``Chính phủ ban hành Nghị định …``).
        # (in the preamble, before the list begins: "… báo cáo Bộ Chính trị, Ban Bí thư ban hành
        # Nghị quyết …" in a notice's body is no enacting clause)
        listed = _LIST_OPENS.search(clean, body_start)
        issuer = _enacting_organ(
            clean, body_start, "", keep_bare=True, end=listed.start() if listed else None
        )
    number, date, caption_issuer = _own_caption(clean, doc_type)
    if (
        issuer
        and caption_issuer
        and _vocab()["bare_level"].search(issuer)
        and header_names.locality(caption_issuer)
    ):
        # "ỦY BAN NHÂN DÂN TỈNH" leaves out the place the caption names
        # ("của UBND thành phố Đà Nẵng").
        issuer = caption_issuer
    near = header_signature.recipients_label_line(lines)
    signer, signer_title = header_signature.find_signature(lines, near)
    # ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:": the place the text names, as for a letter)
    spoken = (
        issuer
        or caption_issuer
        or _written_out(_closing_issuer(clean, lines) or _formula_issuer(clean, body_start), clean)
    )
    issuer = _with_named_place(_by_order(spoken, signer_title), clean, title)
    if _is_bare(issuer):
        # ("Ủy ban nhân dân tỉnh ban hành Kế hoạch …" in a text naming several provinces)
        issuer = None
    issuer = issuer or _signed_issuer(clean, doc_type, signer_title, title)
    if authority is None:
        authority = _holder(issuer, doc_type, signer_title)
    inferred = _inferred(number, date, issuer)
    return Header(
        doc_number=number,
        doc_type=doc_type,
        issuer=_canonical(issuer),
        issuer_inferred=issuer is not None,
        authority=_canonical(authority) if authority and authority != issuer else None,
        issue_date=date,
        title=title,
        signer=signer,
        signer_title=signer_title,
        recipients=header_signature.find_recipients(lines, signer),
        inferred=inferred,
    )


def _unofficial(clean: str, lines: list[str]) -> Header:
    v = _vocab()
    body = [(i, line) for i, line in enumerate(lines) if line]
    typed = _typed_copy(clean, lines, body)
    if typed is not None:
        return typed
    opening = [line for _, line in body[:10]]
    subject = bool(body) and _VV.match(body[0][1]) is not None
    if subject or any(line.startswith(("Kính gửi", "Đồng kính gửi")) for line in opening):
        near = header_signature.recipients_label_line(lines)
        signer, signer_title = header_signature.find_signature(lines, near)
        # A portal copy that opens at "Kính gửi": its number, date and issuer may
        # still stand in its own appendix captions ("(Kèm theo Công văn số:
        # 17899/BTC-TCCB ngày 18 tháng 11 năm 2025 của Bộ Tài chính)").
        number, date, issuer = _own_caption(clean, v["letter"])
        speaker = _written_out(_closing_issuer(clean, lines) or _opening_issuer(clean), clean)
        if issuer and speaker and speaker.startswith(issuer + " "):
            issuer = speaker  # (the caption's "Ban Chỉ đạo", the formula's "Ban Chỉ đạo của Chính phủ")
        place = title = printed = None
        if subject:
            # A copy that opens at its subject line (``V/v trả lãi tiền vay cho cổ
            # đông``) may keep the right column below it: ``Vĩnh Long, ngày 02 …``.
            title, _ = _title_after(lines, body[0][0] + 1, _VV.sub("", body[0][1]))
            opening_end = sum(len(line) + 1 for line in lines[: body[min(5, len(body) - 1)][0] + 1])
            place, printed = _issue_line(clean, 0, opening_end)
        issuer = _with_issue_place(
            _with_named_place(_by_order(issuer or speaker, signer_title), clean, title), place
        )
        issuer = issuer or _signed_issuer(clean, v["letter"], signer_title, issue_place=place)
        inferred = _inferred(number, date, issuer)
        if printed:
            date = printed
            inferred = tuple(name for name in inferred if name != "issue_date")
        return Header(
            doc_number=number,
            doc_type=v["letter"],
            issuer=_canonical(issuer),
            issuer_inferred=issuer is not None,
            issue_place=place,
            issue_date=date,
            title=title,
            signer=signer,
            signer_title=signer_title,
            recipients=header_signature.find_recipients(lines, signer),
            inferred=inferred,
        )
    words = len(_WORD.findall(clean[:4000]))
    if words < 30:
        return Header()
    place = date = title = None
    if body:
        first_i = body[0][0]
        first_end = sum(len(line) + 1 for line in lines[: first_i + 1])
        place, date = _issue_line(clean, 0, first_end)
        if date:
            title, _ = _title_after(lines, first_i + 1, "")
    profile = header_news.profile_body(lines, clean)
    if profile:
        return Header(doc_type=v["profile"], issuer=profile, title=body[0][1] if body else None)
    return Header(
        doc_type=v["news"],
        issuer=header_news.news_source(lines),
        issue_place=place,
        issue_date=date or header_news.news_date(lines),
        title=header_news.news_title(lines) or title,
    )


_LOWER = regex.compile(r"\p{Ll}")
_INDEPENDENCE = "độc lập"


def _header_motto(head: str):
    """The first motto that heads a document: in capitals, or the ``Độc lập - Tự
    do - Hạnh phúc`` line, or followed by it.  The country's or the Party's name
    in running text (``… nước Cộng hòa xã hội chủ nghĩa Việt Nam``, ``Đảng Cộng
    sản Việt Nam``) is none."""
    motto_re = _vocab()["motto_re"]
    for m in motto_re.finditer(head):
        text = m.group()
        if not _LOWER.search(text) or _INDEPENDENCE in text.casefold():
            return m
        following = motto_re.search(head, m.end(), m.end() + 120)
        if following and _INDEPENDENCE in following.group().casefold():
            return m
    return None


def _after_the_end(before: str) -> bool:
    """True when ``before`` already holds a document's end: its ``Nơi nhận``
    label or a signature block with a name.  A header comes before both."""
    lines = _lines(before)
    if header_signature.recipients_label_line(lines) is not None:
        return True
    return header_signature.find_signature(lines)[0] is not None


_FOR_ORGAN = regex.compile(r"^(?:T/M|TM)\.?\s+(?P<organ>[^\n]+?)\s*$")


def _acting_organ(issuer: Optional[str], signer_title: Optional[str]) -> Optional[str]:
    """The organ that signs for the body printed in the header, when it is one of
    that body's own (``BAN CHẤP HÀNH TRUNG ƯƠNG`` over ``T/M BỘ CHÍNH TRỊ``: a
    conclusion of the Bộ Chính trị); else the issuer as it was."""
    organs = _vocab()["acting_organs"].get(issuer or "")
    signing = _FOR_ORGAN.match(signer_title or "")
    if not organs or signing is None:
        return issuer
    return organs.get(" ".join(signing.group("organ").split()), issuer)


def _canonical(name: Optional[str]) -> Optional[str]:
    """The body's one name across spellings (extractors.bodies), from the
    written form built here: canonical_body's own recasing of a name in
    capitals does not know the header's heads (VĂN PHÒNG CHÍNH PHỦ)."""
    if not name:
        return name
    return canonical_body(name) or name


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------


def find_header(text: str) -> Header:
    v = _vocab()
    clean = _clean(text)
    head = clean[:HEADER_SEARCH_CHARS]
    motto = _header_motto(head)
    if motto and _after_the_end(clean[: motto.start()]):
        # A copy without its header table whose appendix or form has one
        # (``(Kèm theo Quyết định số …)`` then ``CỘNG HÒA XÃ HỘI …``): the
        # document ended before this motto, so it is not the document's header.
        motto = None
    number_m = None
    if motto:
        window_start = max(0, motto.start() - 1500)
        number_m = _NUMBER_LINE.search(head, window_start, min(len(head), motto.end() + 2500))
    else:
        first_lines_end = 0
        for _ in range(25):
            nxt = head.find("\n", first_lines_end)
            if nxt < 0:
                first_lines_end = len(head)
                break
            first_lines_end = nxt + 1
        number_m = _NUMBER_LINE.search(head, 0, first_lines_end)
    lines = _lines(clean)
    if not motto and not number_m:
        return _unofficial(clean, lines)

    number = _number_at(clean, number_m.end()) if number_m else None
    anchor = min(
        p for p in (motto.start() if motto else None, number_m.start() if number_m else None) if p is not None
    )
    region_end = number_m.start() if number_m else motto.end()
    issuer_lines = _issuer_lines(clean[max(0, anchor - 1500) : region_end])
    issuer, parent = _issuer(issuer_lines)

    place, date = _issue_line(clean, max(0, anchor - 600), min(len(clean), anchor + 3000))

    # Type heading and title, after the number and date lines.
    start_line = _line_index(clean, number_m.start()) if number_m else _line_index(clean, motto.end())
    doc_type = title = None
    title_end = start_line + 1
    for i in range(start_line, min(len(lines), start_line + HEADER_SPAN_LINES)):
        found, rest, after = _type_at(lines, i)
        if found:
            doc_type = found
            title, title_end = _title_after(lines, after, rest)
            break
    if title is None:
        for i in range(start_line, min(len(lines), start_line + 10)):
            if _VV.match(lines[i]):
                title, title_end = _title_after(lines, i + 1, _VV.sub("", lines[i]))
                # "V/v …" is the subject line of a letter: a Công văn, whatever the
                # codes in its symbol (5363/CT-CS is Cục Thuế's, not a Chỉ thị).
                doc_type = doc_type or v["letter"]
                break
    if number and doc_type_for_number(number) == v["consolidated"]:
        # A consolidated text (92/VBHN-BQP) prints the type line of the act it
        # consolidates (QUYẾT ĐỊNH); its own type is in its number.
        doc_type = v["consolidated"]
    if doc_type is None and number:
        doc_type = doc_type_for_number(number) or v["letter"]
    if doc_type is None and title:
        doc_type = v["letter"]

    if issuer and header_names.head_length(_organ_of(issuer).upper().split()) == 0:
        # The printed name lost its head word (CHỦ TỊCH NHÂN / DÂN / THÀNH PHỐ HUẾ,
        # "ỦY BAN" left out): the preamble's enacting clause names the organ.
        issuer = _enacting_organ(clean, anchor, issuer) or issuer
    if issuer and _organ_of(issuer) != issuer:
        # The header block itself names the office holder ("CHỦ TỊCH ỦY BAN NHÂN
        # DÂN TỈNH GIA LAI"): the organ is the issuer, the holder the authority.
        header_authority, issuer = issuer, _organ_of(issuer)
    else:
        header_authority = None
    authority_line = _authority(lines, title_end) if doc_type else None
    # The authority line names who acts for the organ; the organ stays the issuer
    # (a Chủ tịch's decision is issued by the UBND), unless the header names none.
    authority = _with_authority(authority_line, issuer, parent) if authority_line else header_authority
    if issuer is None and authority:
        issuer = _organ_of(authority)

    near = header_signature.recipients_label_line(lines)
    signer, signer_title = header_signature.find_signature(lines, near)
    inferred = False
    if issuer is None:
        issuer = _inferred_issuer(clean, number, place, signer_title)
        inferred = issuer is not None
    issuer = _acting_organ(issuer, signer_title)
    issuer = v["official_names"].get(issuer, issuer) if issuer else issuer
    if authority is None:
        authority = _holder(issuer, doc_type, signer_title)
    return Header(
        doc_number=number,
        doc_type=doc_type,
        issuer=_canonical(issuer),
        parent_issuer=_canonical(parent),
        issuer_inferred=inferred,
        authority=_canonical(authority),
        issue_place=place,
        issue_date=date,
        title=title,
        signer=signer,
        signer_title=signer_title,
        recipients=header_signature.find_recipients(lines, signer),
    )
