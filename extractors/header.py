"""The document's own header: number, type, issuer, place and date of issue,
title, signer and recipients.

Header fields are values, not spans, so this finder works on a cleaned copy of
the text: markdown (``**``, ``*``), table pipes and rules removed, which is how
TVPL-style scrapes and PDF/DOCX extraction leave the two-column header.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from extractors.facts import Header

VERSION = "0.1"
HEAD_LINES = 60

_DATA = Path(__file__).parent / "data" / "header.json"
_MARKUP = regex.compile(r"\*+|^\s*\|\s*$|^\s*[-_=]{3,}\s*$", regex.M)
_NUMBER = regex.compile(
    r"(?<!\w)\d+\p{L}?(?:\s*[/\-]\s*(?:\d{4}|[\p{L}\p{N}&.]+))*?\s*[/\-]\s*[\p{L}&][\p{L}\p{N}&.]*"
    r"(?:\s*[/\-]\s*[\p{L}\p{N}&][\p{L}\p{N}&.]*)*"
)
_NUMBER_LINE = regex.compile(r"^\s*Số\s*[:.]?\s*(?=\d)", regex.M | regex.I)
_ISSUE_LINE = regex.compile(
    r"(?P<place>[^\n,]*),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    regex.I,
)
_PERSON_NAME = regex.compile(r"^(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$")
_MOTTO = regex.compile(r"CỘNG HÒA|CỘNG HOÀ|CHỦ NGHĨA VIỆT NAM|Độc lập|Hạnh phúc", regex.I)
# A Vietnamese syllable (lower case); an upper-case word that is not one is an
# acronym (UBND, VPCP, GD&ĐT) and keeps its case.
_SYLLABLE = regex.compile(
    r"^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]+"
    r"(?:ch|ng|nh|[cmnpt])?$"
)
_LETTER = regex.compile(r"\p{L}")
_RECIPIENTS_LABEL = regex.compile(r"(Nơi nhận|Kính gửi)\s*:\s*(.*)$")
_LEVEL_WORDS = ("tỉnh", "huyện", "xã", "phường", "thị trấn", "thị xã", "quận", "thành phố")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(_DATA.read_text("utf-8"))


def _clean_lines(text: str) -> list[str]:
    cleaned = _MARKUP.sub("", text)
    return [line.strip() for line in cleaned.splitlines()]


def canonical_number(raw: str) -> str:
    number = regex.sub(r"\s*([/])\s*", r"\1", raw.strip())
    number = regex.sub(r"-\s+", "-", number)
    return number.replace("\u00d0", "Đ")


def _find_number(head: str) -> tuple[Optional[str], int]:
    match = _NUMBER_LINE.search(head)
    if not match:
        return None, -1
    number = _NUMBER.match(head, match.end())
    if not number:
        return None, -1
    return canonical_number(number.group()), match.start()


def _find_issue_line(lines: list[str]) -> tuple[Optional[str], Optional[str], int]:
    for i, line in enumerate(lines):
        joined = line
        previous = lines[i - 1] if i else ""
        match = _ISSUE_LINE.search(joined)
        if not match and i + 1 < len(lines):
            # A date hard-wrapped over two lines: "..., ngày 25" / "tháng 11 năm 2025".
            joined = line + " " + lines[i + 1]
            match = _ISSUE_LINE.search(joined)
            if match and match.start("d") > len(line):
                match = None
        if not match:
            continue
        place = match.group("place").strip()
        place = _NUMBER_LINE.sub("", place)
        number = _NUMBER.match(place)
        if number and place[: number.start()].strip() == "":
            place = place[number.end():]
        place = place.strip(" :-")
        if place and place[0].isupper() and previous and previous[-1:].isalpha() and (
            previous[:1].isupper() and len(previous) < 30 and ":" not in previous
            and not _MOTTO.search(previous) and previous.split()[0].lower() in ("thành", "thị")
        ):
            place = previous + " " + place
        day, month, year = int(match.group("d")), int(match.group("m")), int(match.group("y"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if not place or len(place) > 40:
            place = None
        return place, f"{year:04d}-{month:02d}-{day:02d}", i
    return None, None, -1


def _find_type_and_title(lines: list[str], start: int) -> tuple[Optional[str], Optional[str]]:
    types = {t.upper(): t for t in _data()["document_types"]}
    for i in range(max(0, start), min(len(lines), start + 12)):
        line = lines[i].rstrip(":").strip()
        if line in types:
            title_lines = []
            for nxt in lines[i + 1 : i + 8]:
                if not nxt:
                    if title_lines:
                        break
                    continue
                if regex.match(r"(Căn cứ|Kính gửi|Thực hiện|Ngày \d)", nxt) or nxt.isupper() and (
                    title_lines and not title_lines[-1].isupper()):
                    break
                title_lines.append(nxt)
                if nxt.isupper() and len(title_lines) > 1 and any(
                    nxt.startswith(h) for h in _data()["issuer_head_words"]):
                    title_lines.pop()
                    break
            title = " ".join(title_lines).strip() or None
            return types[line], title
    return None, None


def _find_vv(lines: list[str]) -> Optional[str]:
    for i, line in enumerate(lines[:HEAD_LINES]):
        if line.startswith("V/v"):
            parts = [line[3:].strip(" :")]
            for nxt in lines[i + 1 : i + 5]:
                if not nxt or _ISSUE_LINE.search(nxt) or ", ngày" in nxt or "ngày" == nxt[:4]:
                    break
                parts.append(nxt)
            return " ".join(p for p in parts if p) or None
    return None


def _titlecase_name(upper: str) -> str:
    """``ỦY BAN NHÂN DÂN HUYỆN VIỆT YÊN`` -> ``UBND huyện Việt Yên``."""
    text = " ".join(upper.split())
    for long, short in (("ỦY BAN NHÂN DÂN", "UBND"), ("UỶ BAN NHÂN DÂN", "UBND"),
                        ("HỘI ĐỒNG NHÂN DÂN", "HĐND")):
        text = text.replace(long, short)
    words = text.split()
    out: list[str] = []
    proper = False
    i = 0
    while i < len(words):
        word = words[i]
        pair = " ".join(words[i:i + 2]).lower()
        if not _SYLLABLE.match(word.lower()):
            out.append(word)
        elif pair in _LEVEL_WORDS and out:
            out.append(pair if out[-1] in ("UBND", "HĐND") or len(out) > 1 else pair.capitalize())
            proper = True
            i += 2
            continue
        elif word.lower() in _LEVEL_WORDS and out:
            out.append(word.lower())
            proper = True
        elif word.lower() == "và":
            out.append("và")
            proper = False
        elif proper or not out or out[-1] == "và":
            out.append(word.capitalize())
        else:
            out.append(word.lower())
        i += 1
    return " ".join(out)


def _find_issuer(lines: list[str], number_line: int) -> Optional[str]:
    if number_line <= 0:
        return None
    parts = []
    for line in lines[:number_line]:
        if not line or _MOTTO.search(line):
            continue
        # Interleaved columns put the motto on the issuer's line.
        line = regex.split(r"\s{2,}|CỘNG H", line)[0].strip()
        if line and line.isupper():
            parts.append(line)
    if not parts:
        return None
    # The issuing body is the last block above the number; a parent body above it
    # is printed first (``UBND TỈNH X`` / ``SỞ Y``).
    name = " ".join(parts)
    return _titlecase_name(name)


def _find_signature(lines: list[str]) -> tuple[Optional[str], Optional[str]]:
    prefixes = tuple(_data()["authority_prefixes"])
    # The last signature block: appendices may follow it.
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.startswith(prefixes):
            continue
        title_parts = [line]
        for j in range(i + 1, len(lines)):
            nxt = lines[j]
            if not nxt:
                continue
            if nxt.isupper() and not _PERSON_NAME.match(nxt):
                title_parts.append(nxt)
                continue
            if _PERSON_NAME.match(nxt):
                return nxt, " ".join(title_parts)
            break
        return None, " ".join(title_parts)
    return None, None


def _find_recipients(lines: list[str]) -> tuple[str, ...]:
    recipients: list[str] = []
    for i, line in enumerate(lines):
        label = _RECIPIENTS_LABEL.match(line)
        if not label:
            continue
        if _LETTER.search(label.group(2)):
            recipients.append(label.group(2).strip(" -;.,"))
        for nxt in lines[i + 1 : i + 40]:
            if not nxt:
                continue
            if not nxt.startswith(("-", "+", "•")):
                break
            item = nxt.lstrip("-+• ").rstrip(" ;.,")
            if item and not item.startswith(("Lưu", "Như trên")):
                recipients.append(item)
    seen: dict[str, None] = {}
    for item in recipients:
        seen.setdefault(item, None)
    return tuple(seen)


def find_header(text: str) -> Header:
    lines = _clean_lines(text)
    head_lines = lines[:HEAD_LINES]
    head = "\n".join(head_lines)
    number, number_pos = _find_number(head)
    number_line = head.count("\n", 0, number_pos) if number_pos >= 0 else -1
    place, date, date_line = _find_issue_line(head_lines)
    doc_type, title = _find_type_and_title(lines, max(number_line, date_line) + 1)
    if title is None:
        title = _find_vv(lines)
        if title and doc_type is None:
            doc_type = "Công văn"
    signer, signer_title = _find_signature(lines)
    return Header(
        doc_number=number,
        doc_type=doc_type,
        issuer=_find_issuer(head_lines, number_line),
        issue_place=place,
        issue_date=date,
        title=title,
        signer=signer,
        signer_title=signer_title,
        recipients=_find_recipients(lines),
    )
