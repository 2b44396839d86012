"""Word (.docx, .doc) and HTML readers on documents built by the tests from real text.

Every fixture is generated here from a real document of ../shared/corpus/real: a
thuvienphapluat.vn scrape gives the cells of the two-column header and of the
signature block and the body lines; a news article gives the body of an HTML
page with its menus, sidebar and footer.  The reader must give back the source
text (character error rate after whitespace normalisation ≤ 0.5%) in reading
order: the left column of a layout table before the right one.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import document_path
from vanban.pipeline.readers import ReadError, detect_format, read_bytes

MAX_CER = 0.005

# --- measures ----------------------------------------------------------------------------------


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate after whitespace normalisation (edit distance / reference length)."""
    ref, hyp = squash(reference), squash(hypothesis)
    try:
        from rapidfuzz.distance import Levenshtein

        distance = Levenshtein.distance(ref, hyp)
    except ImportError:  # an upper bound of the edit distance, from difflib's alignment
        import difflib

        distance = 0
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ref, hyp, autojunk=False).get_opcodes():
            if op != "equal":
                distance += max(i2 - i1, j2 - j1)
    return distance / max(1, len(ref))


def test_cer_counts_edits():
    assert cer("Đảng  bộ\nhuyện", "Đảng bộ huyện") == 0
    assert cer("abcdefghij", "abcdefghiX") == pytest.approx(0.1)
    assert cer("Số: 48/TB-UBND", "") == 1


# --- a real document's parts -------------------------------------------------------------------


@dataclass
class Parts:
    header: list[list[str]]  # rows of [left cell lines, right cell lines]
    body: list[str]
    signature: list[list[str]]  # one row: [recipients lines, signer lines]

    def expected(self) -> str:
        """Reading order: each layout table column by column."""
        lines = [line for row in self.header for line in row[0]]
        lines += [line for row in self.header for line in row[1]]
        lines += self.body
        lines += [line for row in self.signature for line in row[0]]
        lines += [line for row in self.signature for line in row[1]]
        return "\n".join(lines)


def tvpl_parts(name: str) -> Parts:
    """Cells of a thuvienphapluat.vn scrape: lines holding only '|' separate
    the cells of its header table (2×2), the body and the signature table (1×2)."""
    text = document_path(name).read_text("utf-8")
    cells = [re.sub(r"\*+|__+", "", cell) for cell in re.split(r"(?m)^\|\s*$", text)]
    cells = [[line.strip() for line in cell.split("\n") if line.strip()] for cell in cells]
    # ['', left1, right1, '', left2, right2, body, recipients, signer, '']
    assert len(cells) == 10 and not cells[3], name
    return Parts(
        header=[[cells[1], cells[2]], [cells[4], cells[5]]], body=cells[6], signature=[[cells[7], cells[8]]]
    )


# --- .docx built with python-docx --------------------------------------------------------------


def _fill(cell, lines: list[str]) -> None:
    cell.paragraphs[0].text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def _layout_table(document, rows: list[list[list[str]]]) -> None:
    table = document.add_table(rows=len(rows), cols=2)  # default style: no borders
    for r, row in enumerate(rows):
        for c, lines in enumerate(row):
            _fill(table.cell(r, c), lines)


def _tab_lines(rows: list[list[list[str]]]) -> list[str]:
    """A two-column block typed with tabs: left and right lines side by side."""
    left = [line for row in rows for line in row[0]]
    right = [line for row in rows for line in row[1]]
    out = []
    for i in range(max(len(left), len(right))):
        l = left[i] if i < len(left) else ""
        r = right[i] if i < len(right) else ""
        out.append(f"{l}\t\t{r}" if r else l)
    return out


_TEXT_BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="2743200" cy="1371600"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{id}" name="Text Box {id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="1371600"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent>
</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape style="position:absolute;width:216pt;height:108pt"><v:textbox><w:txbxContent>{paragraphs}
</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def _text_box(paragraph, lines: list[str], x: int, box_id: int) -> None:
    from xml.sax.saxutils import escape

    from lxml import etree

    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines
    )
    run = etree.fromstring(_TEXT_BOX.format(x=x, id=box_id, paragraphs=paragraphs))
    paragraph._p.append(run)


def build_docx(parts: Parts, layout: str = "table", indent: str = "") -> bytes:
    import docx

    document = docx.Document()
    if layout == "table":
        _layout_table(document, parts.header)
    elif layout == "tabs":
        for line in _tab_lines(parts.header):
            document.add_paragraph(line)
    elif layout == "textboxes":
        anchor = document.add_paragraph()
        _text_box(anchor, [line for row in parts.header for line in row[0]], 0, 1)
        _text_box(anchor, [line for row in parts.header for line in row[1]], 3200400, 2)
    for line in parts.body:
        document.add_paragraph(indent + line)
    if layout == "tabs":
        for line in _tab_lines(parts.signature):
            document.add_paragraph(line)
    else:
        _layout_table(document, parts.signature)
    document.add_paragraph("")  # Word always ends a document with a paragraph
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def read_docx(data: bytes, name: str = "fixture.docx"):
    assert detect_format(data) == "zip"
    return read_bytes(data, Path(name))


# --- .docx -------------------------------------------------------------------------------------

NOTICES = ["032_tb-648-vpcp.txt", "313_tb-637-vpcp.txt"]


@pytest.mark.parametrize("name", NOTICES)
@pytest.mark.parametrize("layout", ["table", "tabs", "textboxes"])
def test_docx_reads_header_and_signature_column_by_column(name, layout):
    parts = tvpl_parts(name)
    result = read_docx(build_docx(parts, layout))
    assert result.format == "docx" and result.reader == "python-docx"
    assert cer(parts.expected(), result.text) <= MAX_CER
    text = squash(result.text)
    # Left column (issuing body, number) before the right one (motto, place and date).
    left_last, right_first = parts.header[1][0][-1], parts.header[0][1][0]
    assert text.index(left_last) < text.index(right_first)
    # The recipients list is whole before the signer's title.
    recipients_last, signer_first = parts.signature[0][0][-1], parts.signature[0][1][0]
    assert text.index(recipients_last) < text.index(signer_first)


def test_docx_tab_laid_header_before_tab_indented_paragraphs():
    """Typists indent paragraphs with a tab: the body stays where it is."""
    parts = tvpl_parts(NOTICES[0])
    result = read_docx(build_docx(parts, "tabs", indent="\t"))
    assert cer(parts.expected(), result.text) <= MAX_CER
    lines = result.text.split("\n")
    assert lines[len(parts.header[0][0]) + len(parts.header[1][0])] == parts.header[0][1][0]
    assert lines.index("\t" + parts.body[0]) == sum(len(c) for row in parts.header for c in row)


def test_docx_text_boxes_are_read_once():
    parts = tvpl_parts(NOTICES[0])
    text = read_docx(build_docx(parts, "textboxes")).text
    # The DrawingML box and its VML fallback hold the same text: one copy only.
    assert text.count(parts.header[0][0][0]) == 1
    assert text.count(parts.header[1][0][0]) == 1 and text.count(parts.header[1][1][0]) == 1


def test_docx_bordered_table_is_data_read_row_by_row():
    import docx

    parts = tvpl_parts(NOTICES[0])
    rows = [line.split(", ")[:3] for line in parts.body if line.count(", ") >= 2][:4]
    assert len(rows) == 4
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    lines = read_docx(out.getvalue()).text.split("\n")
    assert lines == ["\t".join(row) for row in rows]


def test_docx_merged_header_row_and_list_numbers():
    import docx

    parts = tvpl_parts(NOTICES[1])
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = parts.body[0]
    _fill(table.cell(1, 0), parts.header[0][0])
    _fill(table.cell(1, 1), parts.header[0][1])
    items = parts.body[1:4]
    for item in items:
        document.add_paragraph(item, style="List Number")
    out = io.BytesIO()
    document.save(out)
    lines = read_docx(out.getvalue()).text.split("\n")
    # A row spanning the table is read where it stands, then each column.
    assert lines[: 1 + len(parts.header[0][0]) + len(parts.header[0][1])] == (
        [parts.body[0]] + parts.header[0][0] + parts.header[0][1]
    )
    # Word's automatic numbers are part of the text.
    assert lines[-3:] == [f"{i}. {item}" for i, item in enumerate(items, 1)]


def test_docx_deleted_revisions_and_field_codes_are_left_out():
    import docx
    from lxml import etree

    parts = tvpl_parts(NOTICES[0])
    document = docx.Document()
    paragraph = document.add_paragraph(parts.body[0] + " ")
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    extra = etree.fromstring(
        f'<w:root xmlns:w="{w}"><w:del w:id="1" w:author="x"><w:r><w:delText>XÓA BỎ</w:delText></w:r></w:del>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:root>'
    )
    for child in list(extra):
        paragraph._p.append(child)
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue()).text == parts.body[0] + " 7"


def _font_text(text: str) -> str:
    """What Word shows for ``text`` typed in a TCVN3 font: the TCVN3 bytes as
    Windows-1252 letters (``§¶ng`` for ``Đảng``)."""
    from vanban.pipeline import encodings

    out = []
    for byte in encodings.encode(text, "tcvn3"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def _tcvn3_runs(line: str) -> list[tuple[str, str]]:
    """Runs a typist of the 1990s made: capitals that .VnTime cannot draw (and
    whole capital lines) in .VnTimeH, typed as the lowercase letter."""
    if line.isupper():
        return [(_font_text(line.lower()), ".VnTimeH")]
    runs: list[tuple[str, str]] = []
    for ch in line:
        font = ".VnTimeH" if ord(_font_text(ch)[0]) < 0x20 else None
        piece = _font_text(ch.lower() if font else ch)
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + piece, font)
        else:
            runs.append((piece, font))
    return runs


def test_docx_typed_in_tcvn3_fonts():
    import docx

    parts = tvpl_parts(NOTICES[0])
    legacy, unicode_line = parts.body[:30], parts.body[30]
    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"  # the font comes from the style
    for line in legacy:
        paragraph = document.add_paragraph()
        for text, font in _tcvn3_runs(line):
            run = paragraph.add_run(text)
            if font:
                run.font.name = font
    document.add_paragraph().add_run(unicode_line).font.name = "Times New Roman"
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    assert "§" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    result = read_docx(data)
    assert result.encoding == "tcvn3"
    assert result.metadata["legacy_fonts"] == [".VnTime", ".VnTimeH"]
    assert cer("\n".join(legacy + [unicode_line]), result.text) <= MAX_CER
    assert result.text.split("\n")[-1] == unicode_line  # Unicode runs are left alone


def _symbol_font_text(text: str, codes: dict[str, int]) -> str:
    """``text`` typed in a font that draws Vietnamese letters at code points of its own: each
    letter outside ASCII a private-use character (U+F021, U+F022, …), as Word stores them."""
    return "".join(
        ch if ch.isascii() else chr(0xF000 + codes.setdefault(ch, 0x21 + len(codes))) for ch in text
    )


def test_docx_typed_in_a_symbol_font_is_refused_with_its_cause():
    import docx

    parts = tvpl_parts(NOTICES[1])
    codes: dict[str, int] = {}
    document = docx.Document()
    for line in parts.body[:20]:
        document.add_paragraph().add_run(_symbol_font_text(line, codes)).font.name = "VN Symbol"
    out = io.BytesIO()
    document.save(out)
    with pytest.raises(ReadError) as error:
        read_docx(out.getvalue())
    cause = error.value.cause
    assert "symbol-font code points" in cause and "U+F021" in cause and "VN Symbol" in cause


def test_docx_symbol_font_bullets_are_kept_as_symbols():
    """Bullets typed in Symbol (U+F0B7 before each item) are no lost letters: the text is read."""
    import docx

    parts = tvpl_parts(NOTICES[1])
    document = docx.Document()
    for line in parts.body[:20]:
        paragraph = document.add_paragraph()
        paragraph.add_run("\uf0b7").font.name = "Symbol"
        paragraph.add_run(" " + line)
    out = io.BytesIO()
    document.save(out)
    result = read_docx(out.getvalue())
    assert result.confidence > 0.95 and result.metadata["unmapped_fonts"] == ["Symbol"]
    assert cer("\n".join("\uf0b7 " + line for line in parts.body[:20]), result.text) <= MAX_CER


# --- broken and foreign containers ---------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def test_zip_that_is_not_a_word_document():
    text = document_path(NOTICES[0]).read_bytes()
    with pytest.raises(ReadError, match="ZIP archive, not a Word document"):
        read_docx(_zip({"notice.txt": text}))
    with pytest.raises(ReadError, match=r"not a Word document: Excel workbook"):
        read_docx(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}))


def test_zip_bomb_is_refused_without_expanding():
    import time

    document = build_docx(tvpl_parts(NOTICES[0]))
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/media/padding.xml"] = b"\0" * (64 * 1024 * 1024)  # compresses ~1000:1
    bomb = _zip(members)
    assert len(bomb) < 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(ReadError, match="zip bomb"):
        read_docx(bomb)
    assert time.perf_counter() - started < 1.0  # refused from the directory, not by inflating


def test_truncated_docx():
    document = build_docx(tvpl_parts(NOTICES[0]))
    with pytest.raises(ReadError, match="truncated"):
        read_docx(document[: len(document) // 2])


def test_damaged_document_xml():
    document = build_docx(tvpl_parts(NOTICES[0]))
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] = members["word/document.xml"][:5000]
    with pytest.raises(ReadError, match="damaged Word document"):
        read_docx(_zip(members))


def test_password_protected_docx():
    pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO(build_docx(tvpl_parts(NOTICES[0])))
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt("mật khẩu", encrypted)
    data = encrypted.getvalue()
    assert detect_format(data) == "ole"  # Word wraps an encrypted .docx in an OLE container
    with pytest.raises(ReadError, match="password-protected Word document"):
        read_bytes(data, Path("secret.docx"))


# --- legacy .doc through LibreOffice -------------------------------------------------------------


def _soffice() -> str:
    for name in ("soffice", "libreoffice"):
        if shutil.which(name):
            return shutil.which(name)
    pytest.skip("LibreOffice is not installed (Debian package libreoffice-writer-nogui)")


@pytest.fixture(scope="module")
def legacy_docs(tmp_path_factory) -> dict[str, tuple[bytes, str]]:
    """.doc files LibreOffice makes of the .docx fixtures, with the expected text."""
    soffice = _soffice()
    folder = tmp_path_factory.mktemp("doc")
    expected = {}
    for name in NOTICES:
        parts = tvpl_parts(name)
        for layout in ("table", "textboxes"):
            stem = f"{name[:3]}_{layout}"
            (folder / f"{stem}.docx").write_bytes(build_docx(parts, layout))
            expected[stem] = parts.expected()
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--convert-to",
            "doc",
            "--outdir",
            str(folder),
        ]
        + sorted(str(p) for p in folder.glob("*.docx")),
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {stem: ((folder / f"{stem}.doc").read_bytes(), text) for stem, text in expected.items()}


@pytest.mark.slow
def test_doc_reads_like_the_docx(legacy_docs):
    for stem, (data, expected) in legacy_docs.items():
        assert detect_format(data) == "ole"
        result = read_bytes(data, Path(f"{stem}.doc"))
        assert result.format == "doc" and result.metadata["word_version"] == "Word 97–2003"
        assert cer(expected, result.text) <= MAX_CER, stem


def test_truncated_doc(legacy_docs):
    data, _ = legacy_docs["032_table"]
    with pytest.raises(ReadError, match="truncated"):
        read_bytes(data[: len(data) // 2], Path("broken.doc"))


def test_encrypted_doc_flag(legacy_docs):
    """Word sets fEncrypted in the File Information Block of a password-protected .doc."""
    import olefile

    data, _ = legacy_docs["032_table"]
    ole = olefile.OleFileIO(io.BytesIO(data))
    fib = bytearray(ole.openstream("WordDocument").read(12))
    ole.close()
    flags_at = data.find(bytes(fib))
    assert flags_at >= 0
    patched = bytearray(data)
    patched[flags_at + 11] |= 0x01  # flags word at offset 10, bit 0x0100
    with pytest.raises(ReadError, match=r"password-protected Word document \(\.doc\)"):
        read_bytes(bytes(patched), Path("secret.doc"))


# --- HTML news pages ---------------------------------------------------------------------------

NEWS = ["043_bd-hoai-an-ky-niem-53-nam.txt", "047_bd-chu-tich-ubnd-lam-viec-van-canh.txt"]
OTHER_NEWS = ["042_bd-sap-xep-dvhc-binh-dinh.txt", "055_bd-nghi-dinh-58-2025-nd-cp.txt"]


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=True)


def news_lines(name: str) -> list[str]:
    return [line.strip() for line in document_path(name).read_text("utf-8").splitlines() if line.strip()]


def news_body_html(lines: list[str]) -> tuple[str, str]:
    """Paragraphs of an article; an ``[img]`` line becomes a figure whose
    caption is the line after it.  Returns (html, expected text)."""
    html, expected, i = [], [], 0
    while i < len(lines):
        if lines[i] == "[img]":
            caption = lines[i + 1] if i + 1 < len(lines) and len(lines[i + 1]) < 200 else None
            html.append(
                '<figure class="image"><img src="/uploads/anh.jpg" alt="">'
                + (f"<figcaption>{_escape(caption)}</figcaption>" if caption else "")
                + "</figure>"
            )
            if caption:
                expected.append(caption)
                i += 1
        else:
            html.append(f"<p>{_escape(lines[i])}</p>")
            expected.append(lines[i])
        i += 1
    return "\n".join(html), "\n".join(expected)


def headlines() -> list[str]:
    """Real headlines for the chrome: the first clause of other articles."""
    out = []
    for name in OTHER_NEWS + NEWS:
        first = news_lines(name)[0]
        out.append(re.split(r"[.;:]", first.split(") - ", 1)[-1])[0][:90])
    return out


def modern_page(name: str, title: str) -> tuple[str, str]:
    body, expected = news_body_html(news_lines(name))
    links = "".join(f'<li><a href="/tin/{i}.html">{_escape(h)}</a></li>' for i, h in enumerate(headlines()))
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{_escape(title)} - Báo Bình Định</title>
<meta property="og:site_name" content="Báo Bình Định">
<meta property="og:title" content="{_escape(title)}">
<meta property="article:published_time" content="2025-04-18T10:30:00+07:00">
<script>window.dataLayer = [];</script><style>.menu {{ display: flex }}</style>
</head><body>
<header class="site-header"><a class="logo" href="/">Báo Bình Định</a>
<nav class="main-menu"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li>
<li><a href="/xa-hoi">Xã hội</a></li><li><a href="/phap-luat">Pháp luật</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thoi-su">Thời sự</a></div>
<main class="container"><article class="article">
<h1 class="article-title">{_escape(title)}</h1>
<div class="article-meta"><span class="date">Thứ Sáu, 18/04/2025 10:30</span> <span class="author">Văn Lưu</span></div>
<div class="article-content">{body}</div>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{links}</ul></div>
<div class="share-box">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
</article>
<aside class="sidebar"><h3>Đọc nhiều</h3><ol>{links}</ol></aside></main>
<footer><p>Cơ quan chủ quản: Tỉnh ủy Bình Định. Địa chỉ: 72 Tăng Bạt Hổ, TP Quy Nhơn, Bình Định.</p>
<p>© 2025 Báo Bình Định. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>"""
    return page, expected


def portal_page(name: str, title: str) -> tuple[str, str]:
    """An older government portal: a layout table, no semantic elements, no
    class names that say what is chrome, and the date only as a line of text."""
    body, expected = news_body_html(news_lines(name))
    links = "".join(
        f'<tr><td><a href="/Default.aspx?id={i}">{_escape(h)}</a></td></tr>'
        for i, h in enumerate(headlines())
    )
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Cổng thông tin điện tử tỉnh Bình Định</title></head>
<body><table width="100%"><tr><td colspan="3"><img src="/banner.jpg"></td></tr>
<tr><td width="200" valign="top"><div class="box"><div class="box-title">Chuyên mục</div>
<table>{links}</table></div></td>
<td valign="top"><div class="box"><div class="ttl">{_escape(title)}</div>
<div class="ngay-dang">Cập nhật lúc 10:30, Thứ Sáu, 18/04/2025</div>
<div class="box-body">{body}</div>
<div class="box"><b>Các tin khác</b><table>{links}</table></div></div></td>
<td width="200" valign="top"><div class="box"><div class="box-title">Liên kết website</div>
<table>{links}</table></div></td></tr>
<tr><td colspan="3">Cơ quan chủ quản: UBND tỉnh Bình Định. Địa chỉ: 01 Trần Phú, TP Quy Nhơn.</td></tr></table>
</body></html>"""
    return page, expected


TITLES = {
    NEWS[0]: "Hoài Ân long trọng kỷ niệm 53 năm Ngày giải phóng huyện",
    NEWS[1]: "Chủ tịch UBND tỉnh làm việc với huyện Vân Canh",
}


def read_html(data: bytes):
    assert detect_format(data) == "html"
    return read_bytes(data, Path("page.html"))


@pytest.mark.parametrize("name", NEWS)
def test_html_article_without_chrome(name):
    page, expected = modern_page(name, TITLES[name])
    result = read_html(page.encode("utf-8"))
    assert result.format == "html" and result.encoding == "utf-8"
    assert cer(expected, result.text) <= MAX_CER
    for chrome in [
        "Thời sự",
        "Trang chủ",
        "Tin liên quan",
        "Đọc nhiều",
        "Chia sẻ",
        "Cơ quan chủ quản",
        headlines()[0],
    ]:
        assert chrome not in result.text
    assert result.metadata == {"title": TITLES[name], "published": "2025-04-18T10:30:00+07:00"}


@pytest.mark.parametrize("name", NEWS)
def test_html_portal_layout_table_and_declared_charset(name):
    from tests.conftest import to_cp1258

    page, expected = portal_page(name, TITLES[name])
    # Windows-1258 has Đ, not the look-alike Ð (U+00D0) some real texts carry.
    page, expected = page.replace("\u00d0", "\u0110"), expected.replace("\u00d0", "\u0110")
    result = read_html(to_cp1258(page))
    assert result.encoding == "cp1258"
    assert cer(expected, result.text) <= MAX_CER
    for chrome in ["Chuyên mục", "Các tin khác", "Liên kết website", "Cơ quan chủ quản", headlines()[0]]:
        assert chrome not in unicodedata.normalize("NFC", result.text)
    # The title is the block above the article (the page's <title> is the site's name).
    assert result.metadata == {"title": TITLES[name], "published": "2025-04-18T10:30"}


def test_html_article_typed_into_one_container_with_line_breaks():
    """Older pages put the text straight into a div, lines split by <br>, with
    chrome whose class names say nothing."""
    lines = [line for line in news_lines(NEWS[1]) if line != "[img]"]
    links = "<br>".join(f'<a href="/{i}">{_escape(h)}</a>' for i, h in enumerate(headlines()))
    page = (
        "<!-- generated by the CMS -->\n<html><head><title>Tin tức</title></head><body>"
        f"<div id='left'>{links}</div><div id='c1'>"
        + "<br><br>\n".join(_escape(l) for l in lines)
        + "</div><div id='bottom'>Bản quyền thuộc UBND tỉnh Bình Định. Địa chỉ: 01 Trần Phú, TP Quy Nhơn</div>"
        "</body></html>"
    )
    result = read_html(page.encode("utf-8"))
    assert cer("\n".join(lines), result.text) <= MAX_CER
    assert "Bản quyền" not in result.text and headlines()[0] not in result.text


def test_html_charset_from_bom_and_misdeclared_latin1():
    page, expected = modern_page(NEWS[0], TITLES[NEWS[0]])
    for data in (
        page.encode("utf-16"),  # BOM, no usable meta
        page.replace('charset="utf-8"', 'charset="iso-8859-1"')
        .replace("utf-8", "iso-8859-1")
        .encode("utf-8"),
        b"\xef\xbb\xbf" + page.replace('<meta charset="utf-8">', "").encode("utf-8"),
    ):
        result = read_html(data)
        assert cer(expected, result.text) <= MAX_CER, result.encoding


def test_html_page_without_article_text():
    with pytest.raises(ReadError, match="no article text"):
        read_html("<!DOCTYPE html><html><body><nav><a href='/'>Trang chủ</a></nav></body></html>".encode())


# --- HTML in legacy encodings, lost characters, pages that are not Vietnamese -----------------


def _as_windows_1252(data: bytes) -> str:
    """Bytes as Windows shows them in a Western code page (its five undefined
    bytes as C1 controls): how a VNI-Times page's text reaches a UTF-8 editor."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize("charset", [None, "windows-1252", "iso-8859-1", "utf-8"])
@pytest.mark.parametrize("encoding", ["vni", "tcvn3", "viscii"])
def test_html_page_in_a_legacy_encoding_with_no_or_a_wrong_charset(encoding, charset):
    from vanban.pipeline import encodings

    page, expected = modern_page(NEWS[0], TITLES[NEWS[0]])
    declaration = f'<meta charset="{charset}">' if charset else ""
    data = encodings.encode(page.replace('<meta charset="utf-8">', declaration), encoding)
    result = read_html(data)
    assert result.encoding == encoding
    assert cer(expected, result.text) <= MAX_CER
    assert "\ufffd" not in result.text
    assert result.metadata["title"] == TITLES[NEWS[0]]
    assert result.confidence > 0.9


def test_utf8_html_page_typed_in_a_vni_font_is_repaired():
    from vanban.pipeline import encodings

    page, expected = modern_page(NEWS[1], TITLES[NEWS[1]])
    typed = _as_windows_1252(encodings.encode(page, "vni"))
    assert "Sôû" in typed or "nghieäp" in typed  # (the Sôû Noâng nghieäp)
    result = read_html(typed.encode("utf-8"))
    assert result.encoding == "utf-8+vni"
    assert cer(expected, result.text) <= MAX_CER
    assert result.metadata["title"] == TITLES[NEWS[1]]


def test_html_references_escaped_twice_are_read_once_more():
    page, expected = modern_page(NEWS[0], TITLES[NEWS[0]])
    body = page[page.index('<div class="article-content">') : page.index('<div class="tin-lien-quan">')]
    # Each letter written as a reference, and that escaped again by a second CMS.
    twice = "".join(f"&amp;#{ord(c)};" if ord(c) > 127 else c for c in body)
    result = read_html(page.replace(body, twice).encode("ascii", "xmlcharrefreplace"))
    assert "&#" not in result.text
    assert cer(expected, result.text) <= MAX_CER
    assert result.encoding.endswith("(character references unescaped twice)")


def test_html_characters_lost_to_u_fffd_are_counted_or_refused():
    """Broken character references (``&#xD800;``, a surrogate) and bytes
    that are not UTF-8 on a page that says it is become U+FFFD: a few are
    counted and lower the confidence; a page full of them is refused."""
    page, expected = modern_page(NEWS[0], TITLES[NEWS[0]])
    clean = read_html(page.encode("utf-8"))
    some = read_html(page.replace("ệ", "&#xD800;").encode("utf-8"))
    assert some.metadata["lost_characters"] == expected.count("ệ")
    assert some.confidence < clean.confidence - 0.02
    body = page[page.index('<div class="article-content">') : page.index('<div class="tin-lien-quan">')]
    broken = re.sub(r"[^\x00-\x7f]", "&#xD800;", body)
    with pytest.raises(ReadError, match=r"not Vietnamese.*U\+FFFD"):
        read_html(page.replace(body, broken).encode("utf-8"))
    # The same page with its multi-byte letters cut short (invalid UTF-8).
    cut = re.sub(rb"([\xe1-\xef][\x80-\xbf])[\x80-\xbf]", rb"\1", page.encode("utf-8"))
    with pytest.raises(ReadError, match=r"not Vietnamese"):
        read_html(cut)


def test_html_page_that_is_not_vietnamese_is_refused():
    paragraphs = "".join(
        f"<p>The provincial People's Committee held a meeting on {topic}, with officials of the "
        "districts, to review the results of the year and set the targets for the next one.</p>"
        for topic in ("land use", "public investment", "health care", "schools", "roads")
    )
    page = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>News</title></head><body><article>{paragraphs}</article></body></html>"
    with pytest.raises(ReadError, match=r"not Vietnamese text: \d+% of its \d+ words"):
        read_html(page.encode("utf-8"))


def test_html_title_loses_bidi_controls_and_invisible_characters():
    """The title goes to the metadata, not through the text's normalisation:
    a right-to-left override in it would reverse what ``vanban`` prints."""
    title = TITLES[NEWS[0]]
    page, _ = modern_page(NEWS[0], title)
    dirty = "\u202e" + title.replace(" ", " \u2063", 3) + "\u202c\u200f\U000e0041"
    result = read_html(page.replace(f'content="{title}"', f'content="{dirty}"').encode("utf-8"))
    assert result.metadata["title"] == title
