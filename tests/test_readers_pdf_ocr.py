"""PDF (text layer, layout-aware) and OCR (scanned PDFs, images).

Every fixture is made here from real text of ../shared/corpus: the text is typeset into a PDF
with a Vietnamese-capable font (an administrative header in two columns, a signature block in two
columns, a ruled table), the PDF is read back, and its pages are rasterised with noise to make
scans for OCR.  OCR is slow (seconds per page), so only nine pages are OCR'd in this file.
"""

from __future__ import annotations

import io
import random
import re
import shutil
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from tests.conftest import document_path
from vanban.pipeline.readers import ReadError, read_bytes

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
HAS_TESSERACT = shutil.which("tesseract") is not None
needs_tesseract = pytest.mark.skipif(not HAS_TESSERACT, reason="tesseract is not installed")


# --- fixtures: real text of ../shared/corpus/real typeset as PDFs -----------------------------


@dataclass(frozen=True)
class Document:
    """A real administrative document split the way it is laid out on paper."""

    issuer: str
    number: str
    motto: str
    place_date: str
    body: list[str]
    recipients: str
    signer: str

    def reading_order(self) -> str:
        """The text as a reader should give it: header left column, then right column, body,
        recipients (left of the signature block), signer (right)."""
        parts = [
            self.issuer,
            self.number,
            self.motto,
            self.place_date,
            *self.body,
            self.recipients,
            self.signer,
        ]
        return "\n".join(parts)


def _clean(cell: str) -> str:
    # TVPL markdown: bold/italic stars, rule lines of dashes/underscores/stars.
    lines = [line.replace("*", "").replace("__", "").strip() for line in cell.splitlines()]
    lines = [line for line in lines if line and not re.fullmatch(r"[-_*.\s]+", line)]
    return " ".join(" ".join(lines).split())


def _paragraphs(block: str) -> list[str]:
    """Join the scraped text's arbitrary line breaks into paragraphs: a paragraph starts on a
    line after one ending a sentence or clause."""
    paragraphs: list[str] = []
    for line in block.splitlines():
        line = line.replace("*", "").strip()
        if not line or re.fullmatch(r"[-_*.\s]+", line):
            continue
        if paragraphs and not re.search(r"[.:;!?]$", paragraphs[-1]):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return [" ".join(p.split()) for p in paragraphs]


def _signer(cell: str) -> str:
    """The title (in capitals), then the name on a line of its own."""
    words = _clean(cell).split()
    split = next(i for i, word in enumerate(words) if not word.isupper())
    return " ".join(words[:split]) + "\n" + " ".join(words[split:])


@lru_cache(maxsize=None)
def load_document(name: str) -> Document:
    """Parse a document scraped from thuvienphapluat.vn: table cells are separated by lines
    holding a single ``|``; the header is the first four cells, the signature block the two
    cells after the body."""
    text = document_path(name).read_text("utf-8")
    cells = [c for c in re.split(r"^\|$", text, flags=re.M) if c.strip()]
    issuer, motto, number, place_date, body, recipients, signer = cells[:7]
    return Document(
        issuer=_clean(issuer),
        number=_clean(number),
        motto=_clean(motto),
        place_date=_clean(place_date),
        body=_paragraphs(body),
        recipients=_clean(recipients),
        signer=_signer(signer),
    )


def table_rows(name: str, n: int) -> list[list[str]]:
    """The first ``n`` rows of the real table in a document: number, name, time limit."""
    text = document_path(name).read_text("utf-8")
    rows = []
    for row in re.split(r"\n\|\n\|\n", text):
        cells = [_clean(c) for c in row.split("\n|\n")]
        if len(cells) == 7 and cells[0].isdigit():
            first_sentence = cells[3].split(". ")[0]
            rows.append([cells[0], cells[2], first_sentence])
    return rows[:n]


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not (FONT_DIR / "DejaVuSerif.ttf").exists():
        pytest.skip("DejaVu fonts (fonts-dejavu-core) are not installed")
    if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))


def make_pdf(
    doc: Document,
    table: list[list[str]] | None = None,
    body_limit: int | None = None,
    encrypt: str | None = None,
    compress: bool = True,
) -> bytes:
    """Typeset ``doc`` on A4 as ministries do: a borderless two-column table for the header
    and for the signature block, justified body paragraphs, an optional ruled table.
    ``compress=False`` leaves the streams (the fonts' ToUnicode maps) as plain text."""
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    from xml.sax.saxutils import escape

    def Paragraph(text, style):  # reportlab reads markup: '&' and '<' must be escaped
        from reportlab.platypus import Paragraph as P

        return P(escape(text), style)

    body_style = ParagraphStyle(
        "body",
        fontName="DejaVuSerif",
        fontSize=11,
        leading=15,
        alignment=TA_JUSTIFY,
        firstLineIndent=8 * mm,
        spaceAfter=4,
    )
    center = ParagraphStyle(
        "center", parent=body_style, alignment=TA_CENTER, firstLineIndent=0, fontSize=10.5, leading=14
    )
    center_bold = ParagraphStyle("center_bold", parent=center, fontName="DejaVuSerif-Bold")
    left = ParagraphStyle("left", parent=center, alignment=TA_LEFT, fontSize=9.5, leading=12)
    cell = ParagraphStyle("cell", parent=left, fontSize=9.5)

    out = io.BytesIO()
    kwargs = {"encrypt": encrypt} if encrypt else {}
    if not compress:
        kwargs["pageCompression"] = 0
    page = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        **kwargs,
    )
    width = A4[0] - 43 * mm
    no_grid = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
    header = Table(
        [
            [Paragraph(doc.issuer, center_bold), Paragraph(doc.motto, center_bold)],
            [Paragraph(doc.number, center), Paragraph(doc.place_date, center)],
        ],
        colWidths=[width * 0.42, width * 0.58],
        style=no_grid,
    )
    story = [header, Spacer(1, 8 * mm)]
    body = doc.body[:body_limit] if body_limit else doc.body
    for i, paragraph in enumerate(body):
        story.append(Paragraph(paragraph, body_style))
        if table and i == 2:
            grid = Table(
                [[Paragraph(c, cell) for c in row] for row in table],
                colWidths=[width * 0.08, width * 0.46, width * 0.46],
            )
            grid.setStyle(
                TableStyle(
                    [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                )
            )
            story += [grid, Spacer(1, 4 * mm)]
    story.append(Spacer(1, 6 * mm))
    # The signer's title, room for the signature and seal, the name.
    title, _, name = doc.signer.rpartition("\n")
    signature = [Paragraph(title, center_bold), Spacer(1, 16 * mm), Paragraph(name, center_bold)]
    story.append(
        Table(
            [[Paragraph(doc.recipients, left), signature]],
            colWidths=[width * 0.5, width * 0.5],
            style=no_grid,
        )
    )
    page.build(story)
    return out.getvalue()


def table_text(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(row) for row in rows)


def rasterise(pdf: bytes, page_index: int, dpi: int, seed: int = 1, angle: float = 0.6):
    """A page as a scanner gives it: grey, slightly rotated, with speckle noise."""
    import pypdfium2 as pdfium
    from PIL import Image

    image = pdfium.PdfDocument(pdf)[page_index].render(scale=dpi / 72, grayscale=True).to_pil()
    image = image.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    rng = random.Random(seed)
    pixels = image.load()
    w, h = image.size
    for _ in range(w * h // 400):  # 0.25 % of the pixels flip to a random grey
        pixels[rng.randrange(w), rng.randrange(h)] = rng.choice((0, 60, 200, 255))
    return image


def image_to_pdf(images, dpi: int) -> bytes:
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


# --- measures ----------------------------------------------------------------------------------


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate after whitespace normalisation (edit distance / reference length)."""
    from rapidfuzz.distance import Levenshtein

    ref, hyp = squash(reference), squash(hypothesis)
    return Levenshtein.distance(ref, hyp) / max(1, len(ref))


def scan_pdf(image, dpi: int, hidden_text: str = "", at: tuple[float, float] = (40, 780)) -> bytes:
    """A scanned page as a PDF: the image over the whole A4 page, with an optional hidden
    (invisible, render mode 3) text layer as scanners' OCR or signing software add it."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    _fonts()
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    if hidden_text:
        text = page.beginText(*at)
        text.setTextRenderMode(3)
        text.setFont("DejaVuSerif", 9)
        for line in hidden_text.splitlines():
            text.textLine(line)
        page.drawText(text)
    page.showPage()
    page.save()
    return out.getvalue()


def page_reference(pdf: bytes, index: int) -> str:
    import pdfplumber

    from vanban.pipeline.readers.layout import page_text

    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return page_text(document.pages[index])


def fact_values(text: str) -> set[tuple[str, str]]:
    from vanban.pipeline.extraction import extract_text

    facts = extract_text(text).to_dict()["facts"]
    return {
        (f["kind"], str(f.get("value") or f.get("number"))) for f in facts if f["kind"] in ("date", "doc_ref")
    }


def lose_unicode_map(pdf: bytes, how: str) -> bytes:
    """The PDF with its glyphs drawn as before but their Unicode mapping lost, the ways real
    producers lose it (``pdf`` made with ``compress=False``; lengths are kept, so the
    cross-reference table stays right):

    * ``"none"``: no ToUnicode map (reportlab's subsets number the non-ASCII glyphs 1, 2, …;
      pdfminer gives ``(cid:1)``, pdfium the bare code);
    * ``"pua"``: every glyph mapped into the private use area, U+F000 + its code, as a
      symbol font's cmap gives;
    * ``"fffd"``: every glyph mapped to U+FFFD."""
    if how == "none":
        out = re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group()), pdf)
    else:
        target = {"pua": lambda code: b"F0" + code, "fffd": lambda code: b"FFFD"}[how]
        out = re.sub(
            rb"(?m)^<([0-9A-F]{2})> <[0-9A-F]{4}>$", lambda m: b"<%s> <%s>" % (m[1], target(m[1])), pdf
        )
    assert out != pdf and len(out) == len(pdf)
    return out


def typeset_codes(doc: Document) -> Document:
    """``doc`` as pdfminer extracts it from a PDF whose fonts lack a Unicode map: each letter
    outside ASCII a ``(cid:N)`` (``S(cid:1): 648/TB-VPCP``) — text that has been re-typeset
    and published that way."""
    codes: dict[str, int] = {}

    def encode(text: str) -> str:
        return "".join(ch if ch.isascii() else f"(cid:{codes.setdefault(ch, len(codes) + 1)})" for ch in text)

    return Document(
        issuer=encode(doc.issuer),
        number=encode(doc.number),
        motto=encode(doc.motto),
        place_date=encode(doc.place_date),
        body=[encode(p) for p in doc.body],
        recipients=encode(doc.recipients),
        signer=encode(doc.signer),
    )


GARBAGE_LAYER = "BØCÔNG AN\nCÔNG AN TÈNH LÂM ÒNG\nSè: 1234/QĐ-CAT\nQUYÕT ĐÞNH VÒ viÖc"
STAMP_LAYER = "Ký bởi: Văn phòng Chính phủ\nThời gian ký: 27.11.2025 09:15:23 +07:00"


# --- PDF with a text layer ---------------------------------------------------------------------


def test_real_pdf_header_columns_come_out_apart():
    pdf = document_path("058_tb-254-pctt-thua-thien-hue.pdf")
    result = read_bytes(pdf.read_bytes(), pdf)
    lines = result.text.splitlines()
    assert lines[:7] == [
        "BAN CHỈ HUY PCTT VÀ TKCN",
        "TỈNH THỪA THIÊN HUẾ",
        "VĂN PHÒNG THƯỜNG TRỰC",
        "Số: 254 /TB-PCTT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc",
        "Thừa Thiên Huế, ngày 06 tháng 9 năm 2022",
    ]
    # The signature block: recipients (left), then the signer's title and name (right).
    assert lines[-3:] == ["- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Phan Thanh Hùng"]
    # Shaded paragraphs are not tables: no cell separators in the running text.
    assert " | " not in result.text
    # Page 2 is blank: nothing to OCR, no confidence.
    assert result.metadata == {"pages": 2, "ocr_pages": [], "page_confidence": [0.9956, None]}
    assert result.reader == "pdfplumber"


@pytest.mark.parametrize(
    "name", ["032_tb-648-vpcp.txt", "313_tb-637-vpcp.txt", "013_qd-2637-ubnd-vinh-long.txt"]
)
def test_text_pdf_reads_back_its_source_in_reading_order(name):
    doc = load_document(name)
    result = read_bytes(make_pdf(doc), Path("doc.pdf"))
    assert cer(doc.reading_order(), result.text) <= 0.005
    lines = result.text.splitlines()
    # Header columns apart: the left column's number comes before the motto on its own line.
    assert lines.index(doc.number) < lines.index(doc.place_date)
    assert doc.place_date in lines and doc.number in lines
    assert result.metadata["ocr_pages"] == [] and result.metadata["pages"] >= 2


def test_ruled_table_is_read_row_by_row():
    doc = load_document("032_tb-648-vpcp.txt")
    rows = table_rows("013_qd-2637-ubnd-vinh-long.txt", 4)
    result = read_bytes(make_pdf(doc, table=rows), Path("table.pdf"))
    expected = "\n".join(
        [
            doc.issuer,
            doc.number,
            doc.motto,
            doc.place_date,
            *doc.body[:3],
            table_text(rows),
            *doc.body[3:],
            doc.recipients,
            doc.signer,
        ]
    )
    assert cer(expected, result.text) <= 0.005
    for row in rows:  # a row with wrapped cells is one line, cells in order
        assert " | ".join(row) in result.text.splitlines()


def test_encrypted_pdf_is_refused_with_its_cause():
    doc = load_document("313_tb-637-vpcp.txt")
    data = make_pdf(doc, body_limit=2, encrypt="secret")
    with pytest.raises(ReadError) as error:
        read_bytes(data, Path("locked.pdf"))
    assert "encrypted PDF" in error.value.cause


@pytest.mark.parametrize("cut", [0.3, 0.7])
def test_damaged_pdf_is_refused_with_its_cause(cut):
    data = make_pdf(load_document("313_tb-637-vpcp.txt"))
    damaged = data[: int(len(data) * cut)]
    with pytest.raises(ReadError) as error:
        read_bytes(damaged, Path("cut.pdf"))
    assert "PDF" in error.value.cause


# --- judging a text layer (no OCR run) --------------------------------------------------------


def _verdict(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    from vanban.pipeline.readers.pdf import _judge

    return _judge(pdfium.PdfDocument(pdf)[0])[0]


@pytest.fixture(scope="module")
def scan_300():
    doc = load_document("032_tb-648-vpcp.txt")
    clean = make_pdf(doc)
    return clean, rasterise(clean, 0, 300)


@pytest.mark.slow
def test_text_layer_judgement(scan_300):
    clean, image = scan_300
    from vanban.pipeline.readers.pdf import layer_quality

    assert layer_quality(GARBAGE_LAYER) is None
    assert layer_quality(page_reference(clean, 0)) > 0.95
    assert _verdict(scan_pdf(image, 300)) == "ocr"  # no layer
    assert _verdict(scan_pdf(image, 300, GARBAGE_LAYER)) == "ocr"  # garbage layer
    assert _verdict(scan_pdf(image, 300, STAMP_LAYER, at=(380, 60))) == "ocr"  # a stamp only
    # A good hidden layer over the scan (a scanner's decent OCR) is kept: no OCR needed.
    good = page_reference(clean, 0)
    assert _verdict(scan_pdf(image, 300, good, at=(60, 800))) == "text"


def test_unmapped_glyph_share():
    from vanban.pipeline.readers.support import unmapped_share

    text = load_document("032_tb-648-vpcp.txt").reading_order()
    assert unmapped_share(text) == 0.0
    codes = typeset_codes(load_document("032_tb-648-vpcp.txt")).reading_order()
    assert unmapped_share(codes) > 0.15  # about a quarter of Vietnamese letters are not ASCII
    pua = "".join(chr(0xF000 + (ord(ch) & 0xFF)) if not ch.isspace() else ch for ch in text)
    assert unmapped_share(pua) == 1.0
    # Word's Symbol-font bullets (U+F0B7) standing before items are symbols, not lost letters.
    bullets = "\n".join("\uf0b7 " + line for line in text.splitlines())
    assert unmapped_share(bullets) == 0.0
    assert unmapped_share("H\ufffd N\x02i, ng\ufffdy 27") == pytest.approx(3 / 9)  # 3 lost, 6 letters


@pytest.mark.parametrize(
    "how, source_shows",
    [
        ("none", "\x01"),  # pdfium: the bare glyph codes
        ("pua", "\uf001"),  # a symbol font's private-use code points
        ("fffd", "\ufffd"),
    ],
)
def test_text_layer_without_unicode_map_is_not_text(how, source_shows):
    import pypdfium2 as pdfium

    from vanban.pipeline.readers.pdf import _judge

    doc = load_document("032_tb-648-vpcp.txt")
    pdf = lose_unicode_map(make_pdf(doc, body_limit=3, compress=False), how)
    judged = _judge(pdfium.PdfDocument(pdf)[0])
    assert source_shows in judged.text
    assert judged.verdict == "ocr"
    assert "no usable Unicode mapping" in judged.cause


def test_pdfminer_cid_codes_in_a_text_layer_are_not_text():
    """The issue's document: its text layer reads ``S(cid:1): 653/TB-VPCP … H(cid:2) N(cid:3)i``
    and was stored with read confidence 0.986."""
    from vanban.pipeline.readers.pdf import layer_quality

    pdf = make_pdf(typeset_codes(load_document("032_tb-648-vpcp.txt")), body_limit=3)
    assert "S(cid:" in page_reference(pdf, 0)
    assert layer_quality(page_reference(pdf, 0)) is None
    assert _verdict(pdf) == "ocr"


def test_layout_text_with_cid_codes_leaves_pdfiums_text():
    """Side-by-side pages are read again through pdfminer, which maps glyphs on its own: where
    it gives ``(cid:N)`` for a page pdfium read, pdfium's content-order text is kept."""
    from vanban.pipeline.readers.pdf import PageText, _layout

    doc = load_document("032_tb-648-vpcp.txt")
    good = make_pdf(doc, body_limit=3, compress=False)
    lost = lose_unicode_map(good, "none")
    assert "(cid:" in page_reference(lost, 0)
    layer = "\n".join([doc.issuer, doc.motto, doc.number, doc.place_date, *doc.body[:3]])
    pages = [PageText(layer, "pypdfium2", 0.99)]
    _layout(lost, [0], pages)
    assert pages[0] == PageText(layer, "pypdfium2", 0.99)
    _layout(good, [0], pages)  # where pdfminer maps the glyphs, its column order is taken
    assert pages[0].source == "pdfplumber" and pages[0].text.startswith(doc.issuer)


def test_unmapped_layer_without_tesseract_is_refused_with_its_cause(monkeypatch):
    from vanban.pipeline.readers import ocr

    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    monkeypatch.setattr(ocr, "_LANGS", None)
    doc = load_document("313_tb-637-vpcp.txt")
    pdf = lose_unicode_map(make_pdf(doc, body_limit=3, compress=False), "pua")
    with pytest.raises(ReadError) as error:
        read_bytes(pdf, Path("symbol-font.pdf"))
    cause = error.value.cause
    assert "page 1: its fonts have no usable Unicode mapping" in cause and "U+F0" in cause
    assert "tesseract" in cause


def test_scan_without_tesseract_is_a_clear_error(scan_300, monkeypatch):
    from vanban.pipeline.readers import ocr

    monkeypatch.setattr(ocr, "tesseract_path", lambda: None)
    monkeypatch.setattr(ocr, "_LANGS", None)
    with pytest.raises(ReadError) as error:
        read_bytes(scan_pdf(scan_300[1], 300), Path("scan.pdf"))
    assert "tesseract" in error.value.cause and "page" in error.value.cause


# --- OCR: three pages in all ------------------------------------------------------------------


@pytest.mark.slow
@needs_tesseract
def test_scanned_pdf_with_garbage_layer_is_ocrd(scan_300):
    clean, image = scan_300
    reference = page_reference(clean, 0)
    result = read_bytes(scan_pdf(image, 300, GARBAGE_LAYER), Path("scan.pdf"))
    assert result.metadata["ocr_pages"] == [1] and result.reader == "tesseract"
    assert result.metadata["page_confidence"][0] > 0.85
    assert cer(reference, result.text) <= 0.03
    assert "BØ" not in result.text and "TÈNH" not in result.text
    lines = result.text.splitlines()  # header columns apart in OCR text too
    assert lines.index("Số: 648/TB-VPCP") < lines.index("Hà Nội, ngày 27 tháng 11 năm 2025")
    clean_facts = fact_values(reference)
    assert len(clean_facts) >= 5
    recall = len(clean_facts & fact_values(result.text)) / len(clean_facts)
    assert recall >= 0.95


@pytest.mark.parametrize(
    "dpi, rendered_at", [(72, 300), (100, 100), (150, 150), (200, 200), (250, 250), (300, 300), (600, 300)]
)
def test_scan_is_rendered_at_its_own_resolution_up_to_300_dpi(dpi, rendered_at):
    import pypdfium2 as pdfium
    from PIL import Image

    from vanban.pipeline.readers.pdf import render_scale

    # An A4 scan (8.27 x 11.69 inches) drawn over the whole page.
    image = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    page = pdfium.PdfDocument(scan_pdf(image, dpi))[0]
    assert render_scale(page, 0) * 72 == pytest.approx(rendered_at, rel=0.01)
    # A page with text and no scan keeps the OCR resolution.
    text_page = pdfium.PdfDocument(make_pdf(load_document("313_tb-637-vpcp.txt"), body_limit=2))[0]
    assert render_scale(text_page, 0) * 72 == 300


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("dpi, bound", [(200, 0.006), (300, 0.006)])
def test_scan_is_ocrd_at_its_own_resolution(dpi, bound):
    """A scan of a real state document (noise, 0.6 degree skew) wrapped in a PDF.  Rendered
    at 300 dpi whatever its own resolution, the 200-dpi scan read at 2.05 % CER."""
    doc = load_document("313_tb-637-vpcp.txt")
    clean = make_pdf(doc)
    result = read_bytes(scan_pdf(rasterise(clean, 0, dpi), dpi), Path("scan.pdf"))
    error = cer(page_reference(clean, 0), result.text)
    print(f"{dpi}-dpi scan: CER {error:.2%}, confidence {result.confidence}")
    assert result.metadata["ocr_pages"] == [1]
    assert error <= bound, f"{dpi}-dpi scan read at {error:.2%} CER"


@pytest.mark.slow
@needs_tesseract
def test_text_layer_without_unicode_map_is_ocrd():
    """A page set in a font whose glyphs map to private-use code points: pdfium gives no
    letters at all (the page was taken for blank); its glyphs are drawn right, so OCR reads it."""
    doc = load_document("313_tb-637-vpcp.txt")
    clean = make_pdf(doc, body_limit=3, compress=False)
    assert len(__import__("pypdfium2").PdfDocument(clean)) == 1
    result = read_bytes(lose_unicode_map(clean, "pua"), Path("symbol-font.pdf"))
    assert result.reader == "tesseract" and result.metadata["ocr_pages"] == [1]
    assert result.metadata["ocr_causes"][0].startswith("its fonts have no usable Unicode mapping")
    assert cer(page_reference(clean, 0), result.text) <= 0.02
    assert not re.search(r"[\ue000-\uf8ff\ufffd]|\(cid:", result.text)


@pytest.mark.slow
@needs_tesseract
def test_page_printed_with_cid_codes_is_refused():
    """Text extracted without a Unicode map and typeset again shows ``(cid:N)`` on paper:
    OCR reads the codes too, and no reader can tell the letters back."""
    pdf = make_pdf(typeset_codes(load_document("032_tb-648-vpcp.txt")), body_limit=3)
    with pytest.raises(ReadError) as error:
        read_bytes(pdf, Path("codes.pdf"))
    assert "glyph codes in place of letters even when OCR'd" in error.value.cause
    assert "(cid:" in error.value.cause


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("fmt, dpi", [("PNG", 200), ("TIFF", 250)])
def test_image_is_ocrd(fmt, dpi):
    doc = load_document("313_tb-637-vpcp.txt")
    clean = make_pdf(doc)
    reference = page_reference(clean, 0)
    image = rasterise(clean, 0, dpi, seed=dpi, angle=-0.8)
    out = io.BytesIO()
    image.save(out, format=fmt, dpi=(dpi, dpi))
    result = read_bytes(out.getvalue(), Path("scan.img"))
    assert result.format == fmt.lower() and result.metadata["pages"] == 1
    assert cer(reference, result.text) <= 0.03
    clean_facts = fact_values(reference)
    recall = len(clean_facts & fact_values(result.text)) / len(clean_facts)
    assert recall >= 0.95


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("dpi", [100, 150])
def test_low_resolution_image_is_read_at_its_own_resolution(dpi):
    """Enlarged to 1,600 pixels across before OCR, these scans read at 4.95 % and 2.67 % CER."""
    clean = make_pdf(load_document("313_tb-637-vpcp.txt"))
    image = rasterise(clean, 0, dpi, seed=dpi, angle=-0.8)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    result = read_bytes(out.getvalue(), Path("scan.png"))
    error = cer(page_reference(clean, 0), result.text)
    print(f"{dpi}-dpi PNG: CER {error:.2%}")
    assert error <= 0.015, f"{dpi}-dpi PNG read at {error:.2%} CER"
