"""Word .docx (Office Open XML) through python-docx.

The ZIP container is checked before anything is expanded: a member whose
declared size or compression ratio is out of all proportion (a zip bomb), an
encrypted member, or a ZIP that holds no Word document is refused with its
cause.  ``zipfile`` never inflates past a member's declared size, so checking
the declared sizes bounds what python-docx can expand.

Text is taken from the body XML in reading order:
- paragraphs with Word's automatic list numbers rendered (``1.``, ``a)``), tabs
  and line breaks kept, deleted revisions and field codes left out;
- text boxes (``wps:txbx`` / VML ``v:textbox``) as lines after the paragraph
  they are anchored in, the DrawingML choice only (the VML fallback repeats it);
- tables: a borderless table of few columns is page layout — the two-column
  header (issuing body | national motto) and the signature block (recipients |
  signer) — and is read column by column, so that each column's lines stay
  together; a table with borders is data and is read row by row, cells
  separated by a tab;
- a header or signature block typed with tabs instead of a table is regrouped
  into its columns the same way;
- footnotes and endnotes after the body; page headers and footers (page
  numbers, running titles) are left out.

Runs set in pre-Unicode Vietnamese fonts (TCVN3 ``.VnTime``, VNI) hold the
legacy encoding's bytes as if they were Windows-1252 letters (``§¶ng`` for
``Đảng``); they are converted run by run with ``pipeline.encodings``, and the
whole text is then offered to its detector for legacy text whose font did not
say so.  ``metadata`` names the fonts and the encoding found.

Runs set in a symbol font hold private-use characters (U+F0xx) that are no letters:
a bullet or a tick box standing alone is kept, but a document whose words are made
of them (Vietnamese typed in a font with its own code points) is refused with the
fonts named — there is no page image to OCR and no mapping to undo.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from vanban.pipeline.readers import ReadError, ReadResult
from vanban.pipeline.readers.support import (
    MAX_UNMAPPED_SHARE,
    unmapped_examples,
    unmapped_share,
    vietnamese_letter_share,
)

VERSION = "1.1"

# Zip-bomb limits.  Real .docx files compress their XML 5–30 times and their
# images not at all; a deflate stream cannot exceed ~1030:1.
MAX_MEMBERS = 5000
MAX_TOTAL_UNCOMPRESSED = 512 * 1024 * 1024
MAX_MEMBER_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200
RATIO_CHECK_ABOVE = 1024 * 1024  # tiny members may compress extremely well

# A layout table has at most this many columns and no visible borders.
MAX_LAYOUT_COLUMNS = 4
# A header/signature line typed with tabs is short.
MAX_TAB_LAYOUT_LINE = 120
# Lines without a gap inside a header typed with tabs (a third line of the
# issuing body); more and the header has ended.
MAX_HEADER_GAP_LINES = 2

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

_DATA = json.loads((Path(__file__).resolve().parents[1] / "data" / "word_layout.json").read_text("utf-8"))

# Containers that are not Word documents, recognised by a member they hold.
_OTHER_ZIPS = [
    ("xl/workbook.xml", "Excel workbook (.xlsx)"),
    ("ppt/presentation.xml", "PowerPoint presentation (.pptx)"),
    ("content.xml", "OpenDocument file (.odt/.ods)"),
    ("META-INF/container.xml", "EPUB book"),
]

_NUMBER_FORMATS = {"decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman"}


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def _wval(el, name: str = "val") -> Optional[str]:
    return None if el is None else el.get(_w(name))


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _ns(tag) -> str:
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


# --------------------------------------------------------------------------
# The container


def check_container(data: bytes) -> zipfile.ZipFile:
    """Open the ZIP and refuse bombs, encryption and non-Word archives."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise ReadError(f"damaged or truncated ZIP container: {exc}") from exc
    except Exception as exc:  # zipfile raises assorted errors on garbage
        raise ReadError(f"damaged ZIP container: {type(exc).__name__}: {exc}") from exc
    if len(members) > MAX_MEMBERS:
        raise ReadError(f"ZIP archive with {len(members)} members: refused (more than {MAX_MEMBERS})")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise ReadError(f"encrypted ZIP archive (member {info.filename} needs a password)")
        total += info.file_size
        if info.file_size > MAX_MEMBER_UNCOMPRESSED:
            raise ReadError(
                f"ZIP member {info.filename} would expand to {info.file_size:,} bytes: refused as a zip bomb"
            )
        if info.file_size > RATIO_CHECK_ABOVE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ReadError(
                f"ZIP member {info.filename} compressed {ratio:,.0f}:1 "
                f"({info.file_size:,} bytes): refused as a zip bomb"
            )
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ReadError(f"ZIP archive would expand to {total:,} bytes: refused as a zip bomb")
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        for member, kind in _OTHER_ZIPS:
            if member in names:
                raise ReadError(f"ZIP archive, not a Word document: {kind}")
        raise ReadError(f"ZIP archive, not a Word document (no word/document.xml among {len(names)} members)")
    return archive


def _open_document(data: bytes):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_container(data)
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:  # python-docx: "file is not a Word file, content type is …"
        raise ReadError(f"ZIP archive, not a Word document: {exc}") from exc
    except (KeyError, PackageNotFoundError) as exc:
        raise ReadError(f"damaged Word document: missing part {exc}") from exc
    except zipfile.BadZipFile as exc:
        raise ReadError(f"damaged or truncated Word document: {exc}") from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends
        raise ReadError(f"damaged Word document: {type(exc).__name__}: {exc}") from exc


# --------------------------------------------------------------------------
# Styles: borders, numbering and fonts come from a chain of styles


class _Styles:
    def __init__(self, styles_el):
        self.by_id: dict[str, object] = {}
        self.default_table = None
        self.default_paragraph = None
        self.doc_fonts: Optional[str] = None
        if styles_el is None:
            return
        for style in styles_el.iterfind(_w("style")):
            style_id = _wval(style, "styleId")
            if style_id:
                self.by_id[style_id] = style
            if style.get(_w("default")) in ("1", "true"):
                kind = style.get(_w("type"))
                if kind == "table":
                    self.default_table = style_id
                elif kind == "paragraph":
                    self.default_paragraph = style_id
        fonts = styles_el.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}/{_w('rFonts')}")
        self.doc_fonts = _font_of(fonts)

    def chain(self, style_id: Optional[str]) -> Iterable:
        seen = set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            style_id = _wval(style.find(_w("basedOn")))

    def find(self, style_id: Optional[str], path: str):
        for style in self.chain(style_id):
            found = style.find(path)
            if found is not None:
                return found
        return None


def _font_of(rfonts) -> Optional[str]:
    if rfonts is None:
        return None
    return rfonts.get(_w("ascii")) or rfonts.get(_w("hAnsi"))


class _Numbering:
    """Word's automatic list numbers: counters per list and level."""

    def __init__(self, numbering_el, styles: _Styles):
        self.styles = styles
        self.abstract: dict[str, dict[int, dict]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[Optional[int]]] = {}
        if numbering_el is None:
            return
        for abstract in numbering_el.iterfind(_w("abstractNum")):
            levels = {}
            for lvl in abstract.iterfind(_w("lvl")):
                levels[_whole_number(_wval(lvl, "ilvl"), 0, 8)] = {
                    "start": _whole_number(_wval(lvl.find(_w("start"))), 1),
                    "format": _wval(lvl.find(_w("numFmt"))) or "decimal",
                    "text": _wval(lvl.find(_w("lvlText"))),
                }
            self.abstract[_wval(abstract, "abstractNumId")] = levels
        for num in numbering_el.iterfind(_w("num")):
            starts = {}
            for override in num.iterfind(_w("lvlOverride")):
                start = override.find(_w("startOverride"))
                if start is not None:
                    starts[_whole_number(_wval(override, "ilvl"), 0, 8)] = _whole_number(_wval(start), 1)
            self.nums[_wval(num, "numId")] = (_wval(num.find(_w("abstractNumId"))), starts)

    def label(self, ppr) -> str:
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        if num_pr is None and ppr is not None:
            num_pr = self.styles.find(_wval(ppr.find(_w("pStyle"))), f"{_w('pPr')}/{_w('numPr')}")
        if num_pr is None:
            return ""
        num_id = _wval(num_pr.find(_w("numId")))
        level = _whole_number(_wval(num_pr.find(_w("ilvl"))), 0, 8)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, starts = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [None] * 9)
        spec = levels[level]
        start = starts.get(level, spec["start"])
        counters[level] = start if counters[level] is None else counters[level] + 1
        for deeper in range(level + 1, 9):
            counters[deeper] = None
        text = spec["text"]
        if text is None:
            return ""
        if spec["format"] == "bullet" or spec["format"] not in _NUMBER_FORMATS | {"none"}:
            # Bullets are usually a Symbol-font glyph in the private use area.
            label = "".join("•" if "\ue000" <= ch <= "\uf8ff" else ch for ch in text)
            return label + " " if label.strip() else ""

        def number(match):
            lvl = int(match.group(1)) - 1
            value = (
                counters[lvl]
                if lvl < 9 and counters[lvl] is not None
                else levels.get(lvl, {}).get("start", 1)
            )
            return _format_number(value, levels.get(lvl, spec)["format"])

        label = re.sub(r"%([1-9])", number, text)
        return label + " " if label.strip() else ""


# Word's own bound for a list's start value: a file that asks for more (a list
# starting at 5,000,000 in letters is 192,000 characters per label) is held to it.
_MAX_LIST_NUMBER = 32767


def _whole_number(value: Optional[str], default: int, high: int = _MAX_LIST_NUMBER) -> int:
    """A numbering attribute as Word reads it: a whole number within bounds, or
    ``default`` for anything else (``1e5``, ``-3``, ``x``)."""
    if value is None or not value.strip().isdigit():
        return default
    return min(int(value), high)


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = "abcdefghijklmnopqrstuvwxyz"
        out = letters[(value - 1) % 26] * ((value - 1) // 26 + 1)
        return out.upper() if fmt == "upperLetter" else out
    if fmt in ("lowerRoman", "upperRoman"):
        out = _roman(value)
        return out.lower() if fmt == "lowerRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for amount, symbol in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while value >= amount:
            out += symbol
            value -= amount
    return out


# --------------------------------------------------------------------------
# Legacy fonts


def legacy_encoding_of_font(font: Optional[str]) -> Optional[str]:
    """'tcvn3' for '.VnTime', 'vni' for 'VNI-Times', None for a Unicode font."""
    if not font:
        return None
    lowered = font.lower()
    for prefix, encoding in _DATA["legacy_font_prefixes"].items():
        if lowered.startswith(prefix):
            return encoding
    return None


def _is_uppercase_font(font: str) -> bool:
    return any(font.lower().endswith(s) for s in _DATA["uppercase_font_suffixes"])


def _legacy_converter(encoding: str) -> Callable[[str], str]:
    """Text typed in a legacy font (the font's bytes shown as Windows-1252
    letters) back to Unicode."""
    from vanban.pipeline import encodings

    return lambda text: encodings.decode_surface(encodings.to_surface(text), encoding)


# --------------------------------------------------------------------------
# Body walking


@dataclass
class _Context:
    styles: _Styles
    numbering: _Numbering
    legacy_fonts: dict = field(default_factory=dict)  # font -> characters
    converters: dict = field(default_factory=dict)
    encodings: set = field(default_factory=set)
    unmapped_fonts: set = field(default_factory=set)  # fonts of runs holding U+F0xx and such


class _Walker:
    def __init__(self, ctx: _Context):
        self.ctx = ctx

    # Blocks: body, cell, text box, footnote — paragraphs and tables in order.
    def blocks(self, container) -> list[str]:
        lines: list[str] = []
        paragraphs: list[str] = []  # consecutive paragraphs, for tab-laid layout

        def flush():
            lines.extend(regroup_tab_columns(paragraphs, at_start=not lines))
            paragraphs.clear()

        for child in self._block_children(container):
            tag = _local(child.tag)
            if tag == "p":
                own, boxes = self.paragraph(child)
                paragraphs.extend(own)
                if boxes:
                    flush()
                    lines.extend(boxes)
            elif tag == "tbl":
                flush()
                lines.extend(self.table(child))
        flush()
        return lines

    def _block_children(self, container):
        for child in container:
            tag = _local(child.tag)
            if _ns(child.tag) != _W:
                continue
            if tag in ("p", "tbl"):
                yield child
            elif tag in ("sdt", "customXml", "ins", "moveTo"):
                content = child.find(_w("sdtContent")) if tag == "sdt" else child
                if content is not None:
                    yield from self._block_children(content)

    def paragraph(self, p) -> tuple[list[str], list[str]]:
        ppr = p.find(_w("pPr"))
        style_id = _wval(ppr.find(_w("pStyle"))) if ppr is not None else None
        style_id = style_id or self.ctx.styles.default_paragraph
        parts: list[str] = [self.ctx.numbering.label(ppr)]
        boxes: list = []
        self._inline(p, parts, boxes, style_id, None)
        text = "".join(parts)
        if len(boxes) > 1:
            offsets = [_box_offset(box, p) for box in boxes]
            if None not in offsets:  # side by side: left to right
                boxes = [box for _x, box in sorted(zip(offsets, boxes), key=lambda pair: pair[0])]
        box_lines: list[str] = []
        for box in boxes:
            box_lines.extend(self.blocks(box))
        return text.split("\n"), box_lines

    def _run_font(self, run, style_id: Optional[str]) -> Optional[str]:
        rpr = run.find(_w("rPr"))
        if rpr is not None:
            font = _font_of(rpr.find(_w("rFonts")))
            if font:
                return font
            char_style = _wval(rpr.find(_w("rStyle")))
            if char_style:
                font = _font_of(self.ctx.styles.find(char_style, f"{_w('rPr')}/{_w('rFonts')}"))
                if font:
                    return font
        font = _font_of(self.ctx.styles.find(style_id, f"{_w('rPr')}/{_w('rFonts')}"))
        return font or self.ctx.styles.doc_fonts

    def _inline(self, el, out: list[str], boxes: list, style_id, font) -> None:
        for child in el:
            tag, ns = _local(child.tag), _ns(child.tag)
            if ns == _MC:
                if tag == "AlternateContent":
                    # The first choice the producer wrote; the fallback repeats it,
                    # unless the choice drew an empty shape around the fallback's text.
                    choice = child.find(f"{{{_MC}}}Choice")
                    fallback = child.find(f"{{{_MC}}}Fallback")
                    if choice is None or (
                        fallback is not None
                        and next(choice.iter(_w("txbxContent")), None) is None
                        and next(fallback.iter(_w("txbxContent")), None) is not None
                    ):
                        choice = fallback
                    if choice is not None:
                        self._inline(choice, out, boxes, style_id, font)
                continue
            if ns == _W:
                if tag == "r":
                    self._inline(child, out, boxes, style_id, self._run_font(child, style_id))
                elif tag == "t":
                    out.append(self._text(child.text or "", font))
                elif tag == "tab":
                    out.append("\t")
                elif tag in ("br", "cr"):
                    out.append("\n")
                elif tag == "noBreakHyphen":
                    out.append("-")
                elif tag == "txbxContent":
                    boxes.append(child)
                elif tag in (
                    "pPr",
                    "rPr",
                    "del",
                    "moveFrom",
                    "delText",
                    "instrText",
                    "fldData",
                    "softHyphen",
                    "commentReference",
                    "footnoteReference",
                    "endnoteReference",
                    "annotationRef",
                    "footnoteRef",
                    "endnoteRef",
                    "separator",
                    "continuationSeparator",
                    "sym",
                    "object",
                ):
                    continue
                else:
                    self._inline(child, out, boxes, style_id, font)
            elif ns == _M and tag == "t":
                out.append(child.text or "")
            else:
                # DrawingML / VML wrappers around text boxes.
                self._inline(child, out, boxes, style_id, font)

    def _text(self, text: str, font: Optional[str]) -> str:
        if unmapped_examples(text, limit=1):
            self.ctx.unmapped_fonts.add(font or "(document default)")
        encoding = legacy_encoding_of_font(font)
        if encoding is None or not text:
            return text
        self.ctx.legacy_fonts[font] = self.ctx.legacy_fonts.get(font, 0) + len(text)
        if encoding not in self.ctx.converters:
            self.ctx.converters[encoding] = _legacy_converter(encoding)
        self.ctx.encodings.add(encoding)
        converted = self.ctx.converters[encoding](text)
        return converted.upper() if _is_uppercase_font(font) else converted

    # Tables
    def table(self, tbl) -> list[str]:
        grid = [_wval(col, "w") for col in tbl.iterfind(f"{_w('tblGrid')}/{_w('gridCol')}")]
        rows = []  # each: list of (first grid column, span, lines, merged-continuation)
        for tr in self._children(tbl, "tr"):
            trpr = tr.find(_w("trPr"))
            column = _whole_number(_wval(trpr.find(_w("gridBefore"))), 0, 63) if trpr is not None else 0
            cells = []
            for tc in self._children(tr, "tc"):
                tcpr = tc.find(_w("tcPr"))
                span = _whole_number(_wval(tcpr.find(_w("gridSpan"))), 1, 63) if tcpr is not None else 1
                vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                continuation = vmerge is not None and _wval(vmerge) in (None, "continue")
                cell_lines = [] if continuation else self.blocks(tc)
                cells.append((column, span, cell_lines))
                column += span
            rows.append(cells)
        n_columns = max([len(grid)] + [sum(c[1] for c in row) for row in rows] + [0])
        if n_columns <= MAX_LAYOUT_COLUMNS and not self._has_borders(tbl):
            return _column_major(rows, n_columns)
        return _row_major(rows)

    def _children(self, element, tag_wanted: str):
        """``tr`` of a table or ``tc`` of a row, looking through content controls."""
        for child in element:
            tag = _local(child.tag)
            if tag == tag_wanted:
                yield child
            elif tag in ("sdt", "customXml"):
                content = child.find(_w("sdtContent")) if tag == "sdt" else child
                if content is not None:
                    yield from self._children(content, tag_wanted)

    def _has_borders(self, tbl) -> bool:
        tblpr = tbl.find(_w("tblPr"))
        borders = tblpr.find(_w("tblBorders")) if tblpr is not None else None
        if borders is None:
            style_id = _wval(tblpr.find(_w("tblStyle"))) if tblpr is not None else None
            style_id = style_id or self.ctx.styles.default_table
            borders = self.ctx.styles.find(style_id, f"{_w('tblPr')}/{_w('tblBorders')}")
        visible = _visible_borders(borders)
        if visible & {"insideV", "insideH"}:
            return True
        # Cell borders drawn one by one on most cells make a grid too.
        cells = list(tbl.iter(_w("tc")))
        gridded = sum(
            1 for tc in cells if len(_visible_borders(tc.find(f"{_w('tcPr')}/{_w('tcBorders')}"))) >= 3
        )
        return bool(cells) and gridded > len(cells) / 2


_VML_LEFT = re.compile(r"(?:margin-left|left)\s*:\s*(-?[\d.]+)(pt|in|cm|mm|px)?")
_EMU_PER = {"pt": 12700, "in": 914400, "cm": 360000, "mm": 36000, "px": 9525, None: 9525}


def _box_offset(box, paragraph) -> Optional[float]:
    """Horizontal position of a text box (EMU), from its DrawingML anchor or
    its VML shape style; None when it is inline or not given."""
    for ancestor in box.iterancestors():
        if ancestor is paragraph:
            return None
        tag = _local(ancestor.tag)
        if tag == "anchor":
            offset = ancestor.find("{*}positionH/{*}posOffset")
            return float(offset.text) if offset is not None and offset.text else None
        if tag in ("shape", "rect", "roundrect"):
            match = _VML_LEFT.search(ancestor.get("style") or "")
            return float(match.group(1)) * _EMU_PER[match.group(2)] if match else None
    return None


def _visible_borders(borders) -> set[str]:
    if borders is None:
        return set()
    return {_local(b.tag) for b in borders if (_wval(b) or "none") not in ("nil", "none")}


def _column_major(rows, n_columns: int) -> list[str]:
    """Each grid column's lines in turn; a row spanning the whole width is
    read where it stands, between the column groups above and below it."""
    lines: list[str] = []
    columns: dict[int, list[str]] = {}

    def flush():
        for column in sorted(columns):
            lines.extend(columns[column])
        columns.clear()

    for row in rows:
        if len(row) == 1 and row[0][1] >= n_columns > 1:
            flush()
            lines.extend(row[0][2])
            continue
        for column, _span, cell_lines in row:
            columns.setdefault(column, []).extend(cell_lines)
    flush()
    return lines


def _row_major(rows) -> list[str]:
    lines = []
    for row in rows:
        cells = [" ".join(line.strip() for line in cell_lines if line.strip()) for _c, _s, cell_lines in row]
        if any(cells):
            lines.append("\t".join(cells))
    return lines


# --------------------------------------------------------------------------
# Header and signature blocks typed with tabs

_TAB_GAP = re.compile(r"[ \u00a0]*\t[\t \u00a0]*|[ \u00a0]{4,}")


def _split_tab_line(line: str) -> Optional[tuple[str, str]]:
    """(left, right) of a line whose two halves a tab gap separates; None when
    the line has no gap or more than two cells (tabular data)."""
    stripped = line.rstrip()
    gaps = list(_TAB_GAP.finditer(stripped))
    if not gaps:
        return None
    if gaps[0].start() == 0:  # right column only: leading tabs
        lead = gaps[0].group().replace("\u00a0", " ")
        # One tab is a paragraph's first-line indent, not the way to the right column.
        if len(gaps) > 1 or lead.count("\t") + lead.count(" ") // 4 < 2:
            return None
        return "", stripped[gaps[0].end() :]
    if len(gaps) > 1:
        return None
    return stripped[: gaps[0].start()], stripped[gaps[0].end() :]


def regroup_tab_columns(paragraphs: list[str], at_start: bool) -> list[str]:
    """Lines of a two-column block laid out with tabs, left column first.

    Only blocks that are plainly page layout are regrouped: the opening block
    of the document (the header), and a block whose left column starts with a
    recipients label (the signature block).  Every line of the block is short
    and at least two lines have text on both sides of the gap (one for a
    signature block).  A header ends after MAX_HEADER_GAP_LINES lines without a
    gap; a signature block at two empty lines, its recipients list running on
    below the signer's name."""
    out = list(paragraphs)
    labels = tuple(label.lower() for label in _DATA["recipients_labels"])
    i = 0
    while i < len(out):
        split = _split_tab_line(out[i])
        if split is None or not split[0].strip():
            i += 1
            continue
        labelled = split[0].strip().lower().startswith(labels)
        opening = at_start and not any(line.strip() for line in out[:i])
        if not (opening or labelled):
            i += 1
            continue
        end, two_sided, since_split, empties = i, 0, 0, 0
        for j in range(i, len(out)):
            line = out[j]
            if len(line.strip()) > MAX_TAB_LAYOUT_LINE:
                break
            parts = _split_tab_line(line)
            if parts is None:
                if "\t" in line.strip():  # three or more cells: tabular data
                    break
                if not line.strip():
                    empties += 1
                    if labelled and empties >= 2:
                        break
                    continue
                empties = 0
                since_split += 1
                if labelled:  # the recipients list goes on below the signer's name
                    end = j
                elif since_split > MAX_HEADER_GAP_LINES:
                    break
                continue
            if not parts[0].strip() and since_split:
                break  # an indented paragraph below the block, not its right column
            empties = since_split = 0
            two_sided += bool(parts[0].strip() and parts[1].strip())
            end = j
        if two_sided < (1 if labelled else 2):
            i += 1
            continue
        left, right = [], []
        for line in out[i : end + 1]:
            parts = _split_tab_line(line) or (line, "")
            if parts[0].strip():
                left.append(parts[0].strip())
            if parts[1].strip():
                right.append(parts[1].strip())
        out[i : end + 1] = left + right
        i += len(left) + len(right)
    return out


# --------------------------------------------------------------------------


def _related_part(document, reltype: str):
    for rel in document.part.rels.values():
        if rel.reltype == _RELTYPE + reltype and not rel.is_external:
            return rel.target_part
    return None


def _part_element(part):
    if part is None:
        return None
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from lxml import etree

    try:
        return etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, huge_tree=False))
    except etree.XMLSyntaxError:
        return None


def _notes(walker: _Walker, root, tag: str) -> list[str]:
    lines: list[str] = []
    if root is None:
        return lines
    for note in root.iterfind(_w(tag)):
        if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        lines.extend(walker.blocks(note))
    return lines


def extract_text(document) -> tuple[str, dict]:
    """Text of a python-docx Document and what the reader noticed on the way."""
    styles_part = _related_part(document, "styles")
    styles = _Styles(_part_element(styles_part))
    numbering = _Numbering(_part_element(_related_part(document, "numbering")), styles)
    ctx = _Context(styles, numbering)
    walker = _Walker(ctx)
    lines = walker.blocks(document.element.body)
    notes = _notes(walker, _part_element(_related_part(document, "footnotes")), "footnote")
    notes += _notes(walker, _part_element(_related_part(document, "endnotes")), "endnote")
    if any(line.strip() for line in notes):
        lines += [""] + notes
    text = "\n".join(line.rstrip() for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    metadata: dict = {}
    if ctx.legacy_fonts:
        metadata["legacy_fonts"] = sorted(ctx.legacy_fonts)
    if ctx.unmapped_fonts:
        metadata["unmapped_fonts"] = sorted(ctx.unmapped_fonts)
    # Legacy text the fonts did not give away (a font set by a theme, a
    # renamed font): repaired line by line where it reads better decoded.
    from vanban.pipeline.encodings import repair_legacy_text

    text, repaired, _confidence = repair_legacy_text(text)
    found = ctx.encodings | ({repaired} if repaired else set())
    if found:
        metadata["legacy_encoding"] = ",".join(sorted(found))
    return unicodedata.normalize("NFC", text), metadata


def read(data: bytes, path: Path) -> ReadResult:
    document = _open_document(data)
    try:
        text, metadata = extract_text(document)
    except RecursionError as exc:
        raise ReadError("Word document nests tables or text boxes too deeply") from exc
    if not text.strip():
        raise ReadError("Word document has no text (images only?)")
    lost = unmapped_share(text)
    if lost > MAX_UNMAPPED_SHARE:
        fonts = metadata.get("unmapped_fonts")
        raise ReadError(
            f"Word document's letters are symbol-font code points, not Unicode ({lost:.0%} of its "
            f"letters, such as {', '.join(unmapped_examples(text))}"
            f"{', in fonts ' + ', '.join(fonts) if fonts else ''}): its text cannot be read"
        )
    if lost:
        metadata["unmapped_share"] = round(lost, 4)
    share = vietnamese_letter_share(text)
    return ReadResult(
        text=text,
        format="docx",
        encoding=metadata.get("legacy_encoding"),
        reader="python-docx",
        reader_version=VERSION,
        confidence=round(min(share, 1.0 - lost), 4),
        metadata=metadata,
    )
