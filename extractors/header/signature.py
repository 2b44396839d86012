"""The end of an official document: the signature block (authority prefix,
title, signer's name) and the recipients (``Kính gửi:``, ``Nơi nhận:`` and a
``Bản điện tử:`` list after it).

Works on the cleaned lines of ``extractors.header`` (markup removed, one
stripped line per source line).  PDF extraction interleaves the two columns at
the foot of the page (``Nơi nhận: CHÁNH VĂN PHÒNG`` … ``Phan Thanh Hùng`` among
the recipients), so a title may end a recipient label line and a name may sit
between list items.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from vanban.extractors.datafiles import load_json

_PERSON_WORD = r"\p{Lu}[\p{Ll}\p{M}]*"
# (a degree or a military rank may stand before the name; it is no part of it)
_RANK = regex.compile(
    r"^(?:TS|ThS|PGS\.\s?TS|GS\.\s?TS|BS|Đại tá|Thượng tá|Trung tá|Thiếu tá|Thiếu tướng|"
    r"Trung tướng|Thượng tướng|Đại tướng)\.?\s+"
)
_PERSON = regex.compile(rf"^(?:{_RANK.pattern[1:]})?{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{1,5}}$")
_NAME_PART = regex.compile(rf"^{_PERSON_WORD}(?:\s+{_PERSON_WORD})?$")
_SIGNED_NOTE = regex.compile(r"^[(\[]?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)\]]{0,30}[)\]]?$|^\(?Ký,")
_LABEL = regex.compile(r"^(Nơi nhận|Kính gửi|Đồng kính gửi|Bản điện tử)\s*:\s*(.*)$", regex.I)
_WIRE_LABEL = regex.compile(r"^[\p{Lu}\s,]+\s+điện\s*:\s*$")  # THỦ TƯỚNG CHÍNH PHỦ điện:
_BULLET = regex.compile(r"^[-+•–]\s*")
_LETTER = regex.compile(r"\p{L}")
_LOWER = regex.compile(r"\p{Ll}")
_TWO_UPPER = regex.compile(r"\p{Lu}\P{Lu}*?\p{Lu}")
_SPACES = regex.compile(r"\s+")
_TAIL = regex.compile(r"^(.*?[;.,)])\s+(\P{Ll}*\p{Lu}\P{Ll}*)$")


def _label(line: str):
    # Every line is tried and few hold a colon: a plain test first.
    return _LABEL.match(line) if ":" in line else None


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = load_json("header.json")
    prefixes = data["authority_prefixes"]
    alternation = "|".join(regex.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    titles = "|".join(regex.escape(t) for t in sorted(data["signing_titles"], key=len, reverse=True))
    deputy = "|".join(regex.escape(w) for w in data["deputy_words"])
    return {
        "prefixes": prefixes,
        # A prefix is followed by a space and the title (TM. ỦY BAN…, KT GIÁM ĐỐC).
        "prefix_re": regex.compile(rf"^({alternation})(?:(?<=\.)\s*|\s+)(?=\p{{Lu}})"),
        "title_re": regex.compile(rf"^(?:(?:{deputy})\s+)?(?:{titles})\b"),
        "stops": tuple(data["title_stops"]),
        "closing": tuple(data["closing_words"]),
    }


def is_upper_line(line: str) -> bool:
    """At least two letters, none of them lower case (most lines fail at once)."""
    if _LOWER.search(line):
        return False
    return _TWO_UPPER.search(line) is not None


def is_person(line: str) -> bool:
    return bool(_PERSON.match(line))


def _canonical_prefix(line: str) -> str:
    v = _vocab()
    m = v["prefix_re"].match(line)
    if not m:
        return line
    return f"{v['prefixes'][m.group(1)]} {line[m.end() :]}"


def _title_start(line: str) -> bool:
    """A line that opens a signature block: an authority prefix or a bare
    signing title (``CHỦ TỊCH``, ``PHÓ CHÁNH VĂN PHÒNG``)."""
    if not line[:1].isupper() or not is_upper_line(line) or len(line.split()) > 10:
        return False
    v = _vocab()
    return bool(v["prefix_re"].match(line) or v["title_re"].match(line))


def _name_after(lines: Sequence[str], j: int, interleaved: bool) -> Optional[str]:
    """The signer's name on the first meaningful line from j; an interleaved
    block may have recipient items before it."""
    skipped = 0
    while j < len(lines) and skipped <= (10 if interleaved else 6):
        line = lines[j]
        if not line or _SIGNED_NOTE.match(line) or (interleaved and _BULLET.match(line)):
            j += 1
            skipped += 1
            continue
        if is_person(line):
            # A name hard-wrapped over two lines (Nguyễn Quỳnh / Thiện).
            nxt = lines[j + 1] if j + 1 < len(lines) else ""
            joined = f"{line} {nxt}"
            if (
                nxt
                and len(line.split()) <= 3
                and _NAME_PART.match(nxt)
                and is_person(joined)
                and len(joined.split()) <= 5
            ):
                return _RANK.sub("", joined)
            return _RANK.sub("", line)
        if _NAME_PART.match(line) and j + 1 < len(lines) and _NAME_PART.match(lines[j + 1]):
            joined = f"{line} {lines[j + 1]}"
            if is_person(joined):
                return joined
        return None
    return None


_COLUMN_GAP = regex.compile(r"\t+| {2,}")
_COLUMN_LINES = 40  # how far below "Nơi nhận" a signature column is looked for


def right_column(lines: Sequence[str], start: int = 0, end: Optional[int] = None) -> Optional[list[str]]:
    """The right-hand column of ``lines[start:end]`` where two columns are
    printed side by side with a run of spaces or a tab between them (``Nơi
    nhận:      KT. CHỦ TỊCH`` / ``- Như Điều 3;       PHÓ CHỦ TỊCH``), aligned
    with ``lines`` (empty outside the range): a line with no gap is a
    left-column bullet or label (empty here) or stands alone (kept).  None when
    no line has such a gap."""
    end = len(lines) if end is None else min(end, len(lines))
    out: list[str] = [""] * start
    found = False
    for line in lines[start:end]:
        if "  " not in line and "\t" not in line:
            out.append("" if _BULLET.match(line) or _label(line) else line)
            continue
        parts = _COLUMN_GAP.split(line, maxsplit=1)
        if len(parts) == 2 and parts[0] and parts[1]:
            found = True
            out.append(parts[1].strip())
        elif _BULLET.match(line) or _label(line):
            out.append("")
        else:
            out.append(line)
    out.extend([""] * (len(lines) - end))
    return out if found else None


def find_signature(lines: Sequence[str], near: Optional[int] = None) -> tuple[Optional[str], Optional[str]]:
    """(signer, signer_title).  Among the signature blocks, the one with a name
    nearest the ``Nơi nhận`` label (``near``) wins; appendices and quoted titles
    come later or have no name.  Blocks printed beside the recipients (two
    columns on the same lines) are read from the right-hand column."""
    candidates = _candidates(lines)
    # Side by side, the signature block shares its lines with the recipients.
    column = right_column(lines, near, near + _COLUMN_LINES) if near is not None else None
    if column is not None:
        seen = {c[0] for c in candidates if c[2]}
        candidates += [c for c in _candidates(column) if c[2] and c[0] not in seen]
    if not candidates:
        return None, None
    named = [c for c in candidates if c[2]] or [c for c in candidates if _vocab()["prefix_re"].match(c[1])]
    if not named:
        return None, None
    if near is not None:
        best = min(named, key=lambda c: abs(c[0] - near))
    else:
        best = min(named, key=lambda c: c[0])
    return best[2], best[1]


def _candidates(lines: Sequence[str]) -> list[tuple[int, str, Optional[str]]]:
    """Every signature block: (line, title, name or None)."""
    candidates: list[tuple[int, str, Optional[str]]] = []
    # A block opens with a label (it has a colon) or a title (it starts in upper case).
    openings = [i for i, line in enumerate(lines) if line[:1].isupper() or ":" in line]
    after_block = 0
    for i in openings:
        if i < after_block:
            continue
        line = lines[i]
        label = _label(line)
        interleaved = False
        if label and is_upper_line(label.group(2)) and _title_start(label.group(2)):
            title_lines, interleaved = [label.group(2)], True
        elif _title_start(line):
            title_lines = [line]
        else:
            continue
        j = i + 1
        while j < len(lines) and len(title_lines) < 5:
            tail = split_title_tail(lines[j])[1] if interleaved and _BULLET.match(lines[j]) else None
            if tail:
                title_lines.append(tail)
            elif is_upper_line(lines[j]) and not lines[j].startswith(("PHỤ LỤC", "DANH MỤC")):
                title_lines.append(lines[j])
            else:
                break
            j += 1
        name = _name_after(lines, j, interleaved)
        title = " ".join(_canonical_prefix(t) for t in title_lines)
        candidates.append((i, _SPACES.sub(" ", title).strip(), name))
        after_block = j
    return candidates


def split_title_tail(line: str) -> tuple[str, Optional[str]]:
    """An interleaved PDF line: a recipient item and, after it, the signature
    column's title (``- TT Huyện ủy (b/c); CHÁNH VĂN PHÒNG``)."""
    m = _TAIL.match(line)
    if m and _title_start(m.group(2)):
        return m.group(1), m.group(2)
    return line, None


def _item(text: str) -> str:
    parts = _COLUMN_GAP.split(text, maxsplit=1)
    if len(parts) == 2 and (
        is_person(parts[1].strip()) or _title_start(parts[1].strip()) or _SIGNED_NOTE.match(parts[1].strip())
    ):
        text = parts[0]  # the signature column printed beside the item
    text = split_title_tail(text)[0]
    return _SPACES.sub(" ", _BULLET.sub("", text)).strip(" ;.,:")


def _collect(
    lines: Sequence[str], start: int, inline: str, signer: Optional[str], single: bool
) -> tuple[list[str], int]:
    """Items of the list that starts after a label on line ``start - 1``
    (``inline``: what follows the label on its line).  ``single``: the label
    may head one recipient without a bullet (``Đồng kính gửi:`` / ``Bí thư …``).
    Returns the items and the index of the line after the list."""
    v = _vocab()
    items: list[str] = []
    current: Optional[str] = None
    closed = True  # the current item ended with ; or .
    if inline and _LETTER.search(inline) and not is_upper_line(inline):
        # Kính gửi: Bộ Nông nghiệp và Môi trường. (an upper-case rest is the
        # signature column of an interleaved PDF line: Nơi nhận: CHÁNH VĂN PHÒNG)
        current, closed = inline, inline.rstrip().endswith((";", "."))
    skips = blanks = 0
    j = start
    ended = False
    while j < len(lines) and not ended:
        line = lines[j]
        j += 1
        if not line:
            blanks += 1
            if blanks > 3:
                break
            continue
        blanks = 0
        if _label(line):
            j -= 1
            break
        if _BULLET.match(line):
            if current is not None:
                items.append(current)
            body = _item(line)
            if body.startswith(v["closing"]):
                current = None
                if body.startswith("Lưu"):
                    ended = True
                closed = True
                continue
            current, closed = line, line.rstrip().endswith((";", "."))
            continue
        if (
            current is not None
            and not closed
            and not line.startswith(v["stops"])
            and not is_upper_line(line)
            and line != signer
        ):
            current = f"{current} {line}"
            closed = line.rstrip().endswith((";", "."))
            continue
        if (
            single
            and current is None
            and not items
            and not line.startswith(v["stops"])
            and not is_upper_line(line)
            and not is_person(line)
            and len(line.split()) <= 15
        ):
            current, closed = line, line.rstrip().endswith((";", "."))
            continue
        if (is_person(line) or is_upper_line(line) or _SIGNED_NOTE.match(line)) and skips < 4:
            skips += 1
            continue
        j -= 1
        break
    if current is not None:
        items.append(current)
    return [it for it in (_item(i) for i in items) if it and not it.startswith(v["closing"])], j


def find_recipients(lines: Sequence[str], signer: Optional[str] = None) -> tuple[str, ...]:
    """Recipients from ``Kính gửi:`` / ``Đồng kính gửi:`` (first ones), ``Nơi
    nhận:`` and the ``Bản điện tử:`` list that directly follows it; ``Như
    trên`` and ``Lưu`` are not recipients."""
    found: list[str] = []
    seen_kinds: set[str] = set()
    after_nơi_nhận = -1
    nơi_nhận = recipients_label_line(lines)
    for i, line in enumerate(lines):
        if ":" not in line:
            continue  # both labels end in a colon
        label = _LABEL.match(line)
        wire = not label and _WIRE_LABEL.match(line)
        if not label and not wire:
            continue
        kind = label.group(1).lower() if label else "điện"
        if kind != "nơi nhận" and kind != "bản điện tử" and nơi_nhận is not None and i > nơi_nhận:
            continue  # addressees are in the header; a later "Kính gửi" is quoted or page chrome
        if kind == "bản điện tử" and not (0 <= i - after_nơi_nhận <= 4):
            continue
        if kind in seen_kinds and kind != "bản điện tử":
            continue
        seen_kinds.add(kind)
        items, end = _collect(
            lines,
            i + 1,
            label.group(2) if label else "",
            signer,
            single=kind in ("kính gửi", "đồng kính gửi"),
        )
        found.extend(items)
        if kind == "nơi nhận":
            after_nơi_nhận = end
    return tuple(dict.fromkeys(found))


def recipients_label_line(lines: Sequence[str]) -> Optional[int]:
    for i, line in enumerate(lines):
        m = _label(line)
        if m and m.group(1).lower() == "nơi nhận":
            return i
    return None
