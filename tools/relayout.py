"""The same documents laid out again: do the facts depend on where lines break?

A real archive holds one text in many layouts: a portal copy wraps its paragraphs at
about 80 characters and breaks the first line of each early (the ``corpus/tvpl``
copies), a Word export writes a paragraph on one line, a PDF wraps where its columns
end.  The facts of a document do not change with its line breaks, so the extractors
should not either.  This tool re-lays documents out — only whitespace changes, so
every gold text still matches — and ``make eval --rewrap`` scores them as written
and re-laid side by side: a drop is a rule that fits the line breaks of the
documents it was written on rather than their text.

Only line breaks that are surely soft are moved: a run of lines joins where the next
line opens in lower case (or with a figure that is no list marker), and is wrapped
again; a line that opens with a capital, a bracket or a marker stays where it starts,
as it may open a heading, an item or a news item's lead.  The header table (down to the date line) and the
closing table (the recipients and the signature) and every table line are kept as
they are: a portal copy keeps its tables' cells on lines of their own.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Iterator

import regex

# how a line opens when it starts a paragraph of its own
_MARKER = regex.compile(r"^(?:\*\*|#|-|\+|•|\d+(?:\.\d+)*[.)]|\p{Ll}\)|[IVX]+\.|\(\w+\)|Điều\s)")
# the header table ends at its date line ("*Hà Nội, ngày 14\ntháng 4 năm 2025*")
_HEADER_DATE = regex.compile(r"ngày\s+\d+\s+tháng\s+\d+\s+năm\s+\d{4}[*_]*")
_HEADER_LINES = 40
# the closing table: a cell border or "Nơi nhận" near the signature's title
_CLOSING_START = regex.compile(r"\s*(?:\|\s*$|\*?Nơi nhận)")
_CLOSING_NEAR = regex.compile(r"Nơi nhận|\b(?:KT|TM|TL|Q)\.\s|CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG")
_TABLE_LINE = regex.compile(r"\||\t")


def _table_line(line: str) -> bool:
    return bool(_TABLE_LINE.search(line))


def _continues(line: str) -> bool:
    """Does ``line`` go on with the sentence of the line above it?  Only a line that
    opens in lower case or with a figure that is no list marker: a line that opens
    with a capital, a bracket or a quote may open a heading, an item or a news
    item's lead (``(TTXVN) - …``), and is left where it is."""
    if _MARKER.match(line):  # ("d) Bộ Nội vụ …", "- …", "2. …")
        return False
    first = line[:1]
    return first.islower() or first.isdigit()


def paragraphs(text: str) -> Iterator[tuple[str, list[str]]]:
    """``(kind, lines)`` of each run of lines that wrap one paragraph, in order; kind
    ``table`` (lines kept as they are), ``blank`` (a blank line, kept) or ``text``."""
    current: list[str] = []
    table = False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            if current:
                yield ("table" if table else "text"), current
            current, table = [], False
            yield "blank", [line]
            continue
        if _table_line(line):
            if current and not table:
                yield "text", current
                current = []
            table = True
            current.append(line)
            continue
        if current and (table or not _continues(stripped)):
            yield ("table" if table else "text"), current
            current = []
        table = False
        current.append(stripped)
    if current:
        yield ("table" if table else "text"), current


def _wrap(words: list[str], width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def _frame(lines: list[str]) -> tuple[int, int]:
    """Where the header table ends and the closing table starts (line indices)."""
    head = "\n".join(lines[:_HEADER_LINES])
    start = 0
    date = _HEADER_DATE.search(head)
    if date:
        start = head[: date.end()].count("\n") + 1
        while start < len(lines) and lines[start].strip() in ("|", ""):
            start += 1
    end = len(lines)
    for i in range(start, len(lines)):
        if _CLOSING_START.match(lines[i]) and _CLOSING_NEAR.search(" ".join(lines[i : i + 4])):
            end = i
            break
    return start, end


def relayout(text: str, width: int, seed: int = 0, early: bool = True) -> str:
    """``text`` with each run of wrapped lines wrapped again at ``width`` characters
    (``0``: on one line), its first line broken early at 18–45 characters when
    ``early`` and the run does not fit on one line (as the portal copies are).  Blank lines stay where they are and none is
    added (a blank line never falls inside a sentence).  Only whitespace changes:
    ``relayout(t, w).split() == t.split()``."""
    rng = random.Random(seed)
    lines = text.split("\n")
    start, end = _frame(lines)
    out: list[str] = []
    for kind, run in paragraphs("\n".join(lines[start:end])):
        if kind != "text":
            out.extend(run)
            continue
        words = " ".join(run).split()
        if not width:
            out.append(" ".join(words))
            continue
        # (a portal copy breaks early the first line of a paragraph that wraps anyway)
        first = _wrap(words, rng.randint(18, 45))[0] if early and len(" ".join(words)) > width else ""
        taken = len(first.split())
        out.extend(([first] if first else []) + _wrap(words[taken:], width))
    return "\n".join(lines[:start] + out + lines[end:])


# The layouts make eval --rewrap scores: (name, width, early)
LAYOUTS = (
    ("portal, 80 columns", 80, True),
    ("60 columns", 60, False),
    ("unwrapped", 0, False),
)


def write_relaid(docs: Path, names: list[str], folder: Path, width: int, early: bool) -> None:
    """The documents ``names`` of ``docs`` re-laid into ``folder`` (the seed is the
    name's, so that every run lays a document out the same way)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        data = (docs / name).read_bytes()
        try:
            text = data.decode("utf-8") if name.endswith(".txt") else None
        except UnicodeDecodeError:
            text = None
        if text is None:  # (a PDF, a legacy encoding: copied as it is)
            (folder / name).write_bytes(data)
            continue
        seed = sum(name.encode("utf-8"))
        relaid = relayout(text, width, seed, early)
        assert relaid.split() == text.split(), name  # (only whitespace may change)
        (folder / name).write_text(relaid, encoding="utf-8")
