"""Reading order from word positions: columns and tables.

Used on pdfplumber's words of a PDF page and on Tesseract's words of a scan.

An administrative document puts text side by side in two places: the header
(issuing body and number on the left; national motto, place and date on the
right) and the signature block (recipients on the left; signer on the right).
Reading such lines left to right gives ``BAN CHỈ HUY PCTT VÀ TKCN CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM``, which no extractor can take apart.

A *column block* is a run of consecutive lines that share a vertical gutter — an
x-range that no word of any of the lines touches — with at least two lines
holding words on both sides of it.  Running text never has one: its lines cross
every gap of their neighbours.  A block is read as its left column, then its
right column.  Ruled tables (found by pdfplumber from their lines) are read row
by row, cells joined by `` | ``, each at its place on the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median
from typing import Optional

CELL_SEPARATOR = " | "
MAX_RULE_WIDTH = 3.0  # points; a filled rectangle thicker than this is shading, not a rule
# A gutter must be wider than this many times the text height: word spaces in
# justified text reach ~0.5 of it, the header gutter of real documents ~1.
MIN_GUTTER = 0.6
MIN_TWO_SIDED_LINES = 2
MIN_GUTTER_TO_SPACE = 2.5  # the gap between columns against the line's word spaces
WIDE_GUTTER = 3.0  # a gutter this many text heights wide needs only one two-sided line
# A vertical gap over this many line heights ends a column block.
MAX_BLOCK_LINE_GAP = 2.5


@dataclass
class Line:
    words: list[dict] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0

    def add(self, word: dict) -> None:
        if not self.words:
            self.top, self.bottom = word["top"], word["bottom"]
        else:
            self.top, self.bottom = min(self.top, word["top"]), max(self.bottom, word["bottom"])
        self.words.append(word)

    @classmethod
    def of(cls, words: list[dict]) -> "Line":
        line = cls()
        for word in words:
            line.add(word)
        return line

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def text(self) -> str:
        return " ".join(w["text"] for w in sorted(self.words, key=lambda w: w["x0"]))


def page_text(page) -> str:
    """The text of a pdfplumber page in reading order."""
    tables = _tables(page)
    boxes = [table.bbox for table in tables]
    words = [
        w
        for w in page.extract_words(use_text_flow=False, keep_blank_chars=False)
        if not any(_inside(w, box) for box in boxes)
    ]
    items: list[tuple[float, str]] = []  # (top, text) in page order
    for block in _blocks(group_lines(words)):
        items.append((block[0].top, "\n".join(_block_lines(block))))
    for table in tables:
        rows = table.extract()
        text = "\n".join(
            CELL_SEPARATOR.join(" ".join(cell.split()) for cell in row if cell) for row in rows if any(row)
        )
        if text:
            items.append((table.bbox[1], text))
    items.sort(key=lambda item: item[0])
    return "\n".join(text for _, text in items)


def _tables(page) -> list:
    """Ruled tables.  Only drawn rules count: without them the "text" strategy finds tables
    in any justified paragraph.  Word draws rules as thin filled rectangles but also shades
    paragraphs with wide ones, whose edges would make a table of the running text."""
    if not (page.lines or page.rects):
        return []
    ruled = page.filter(
        lambda obj: obj.get("object_type") != "rect" or min(obj["width"], obj["height"]) <= MAX_RULE_WIDTH
    )
    tables = []
    for table in ruled.find_tables():
        rows = table.extract()
        if any(sum(bool(cell) for cell in row) >= 2 for row in rows):
            tables.append(table)
    return tables


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def group_lines(words: list[dict]) -> list[Line]:
    """Words into lines: a word belongs to a line it overlaps vertically by half its height."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        height = word["bottom"] - word["top"]
        for line in reversed(lines[-3:]):
            overlap = min(line.bottom, word["bottom"]) - max(line.top, word["top"])
            if overlap >= 0.5 * min(height, line.height or height):
                line.add(word)
                break
        else:
            line = Line()
            line.add(word)
            lines.append(line)
    return lines


def _gutter(lines: list[Line]) -> Optional[tuple[float, float]]:
    """The widest x-range no word of ``lines`` touches, between words, if wide enough."""
    spans = sorted((w["x0"], w["x1"]) for line in lines for w in line.words)
    height = median(line.height for line in lines)
    best: Optional[tuple[float, float]] = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach > MIN_GUTTER * height and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    return best


def _two_sided(line: Line, gutter: tuple[float, float]) -> bool:
    """Whether the line has words on both sides of the gutter, across a gap clearly wider
    than its word spaces.  Justification stretches all spaces of a line alike, so two
    justified lines can share a wide gap at the same place, but not one wider than their
    other spaces."""
    words = sorted(line.words, key=lambda w: w["x0"])
    left = [w for w in words if w["x1"] <= gutter[0]]
    right = [w for w in words if w["x0"] >= gutter[1]]
    if not left or not right:
        return False
    across = right[0]["x0"] - left[-1]["x1"]
    spaces = [b["x0"] - a["x1"] for a, b in zip(words, words[1:]) if b is not right[0]]
    return not spaces or across >= MIN_GUTTER_TO_SPACE * median(spaces)


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Consecutive lines grouped into column blocks (kept whole) and single lines."""
    blocks: list[list[Line]] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines):
            gap = lines[j + 1].top - lines[j].bottom
            if gap > MAX_BLOCK_LINE_GAP * max(lines[j].height, lines[j + 1].height):
                break
            if _gutter(lines[i : j + 2]) is None:
                break
            j += 1
        block = lines[i : j + 1]
        gutter = _gutter(block) if len(block) > 1 else None
        if gutter and _is_column_block(block, gutter):
            blocks.append(block)
            i = j + 1
        else:
            blocks.append([lines[i]])
            i += 1
    return blocks


def _is_column_block(block: list[Line], gutter: tuple[float, float]) -> bool:
    two_sided = sum(_two_sided(line, gutter) for line in block)
    if two_sided >= MIN_TWO_SIDED_LINES:
        return True
    # A signer's title on the first recipients line, the name far below: one line
    # holds both columns, but across a gutter no justified line has.
    height = median(line.height for line in block)
    return two_sided == 1 and gutter[1] - gutter[0] >= WIDE_GUTTER * height


def _block_lines(block: list[Line]) -> list[str]:
    """A column block as its left column, then its right column; each line is cut at the
    gutter, so the lines of a column keep their order."""
    if len(block) == 1:
        return [block[0].text()]
    gutter = _gutter(block)
    left: list[str] = []
    right: list[str] = []
    for line in block:
        for side, words in (
            (left, [w for w in line.words if w["x1"] <= gutter[0]]),
            (right, [w for w in line.words if w["x1"] > gutter[0]]),
        ):
            if words:
                side.append(Line.of(words).text())
    return left + right


def order_lines(lines: list[Line]) -> list[str]:
    """Lines (top to bottom) as text lines in reading order, column blocks taken apart."""
    return [text for block in _blocks(lines) for text in _block_lines(block)]
