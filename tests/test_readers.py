import codecs
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import SEED_NOTICE, document_path, to_cp1258
from vanban.pipeline.normalize import normalize_text
from vanban.pipeline.readers import ReadError, detect_format, read_bytes

TEXT = SEED_NOTICE.read_text("utf-8")


def read(data: bytes):
    return read_bytes(data, Path("test.txt"))


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-bom"),
        (TEXT.encode("utf-16"), "utf-16-le"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_encodings_give_the_same_text(data, encoding):
    result = read(data)
    assert result.encoding == encoding
    assert result.text.lstrip("\ufeff") == TEXT


def test_windows_1258_with_combining_tone_marks_becomes_nfc():
    text = TEXT.replace("✓", "")  # the only character Windows-1258 lacks
    data = to_cp1258(text)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    result = read(data)
    assert result.encoding == "cp1258"
    assert normalize_text(result.text).text == unicodedata.normalize("NFC", text)
    assert "Việt Yên, ngày 28 tháng 9 năm 2017" in normalize_text(result.text).text


@pytest.mark.parametrize(
    "data, cause",
    [
        (b"", "empty file"),
        (b"  \n\t\r\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "executable"),
        (bytes(range(256)) * 8, "NUL byte"),
        (b"PK\x03\x04" + b"\x00" * 40, "ZIP container"),
    ],
)
def test_unreadable_input_is_refused_with_its_cause(data, cause):
    with pytest.raises(ReadError) as error:
        read(data)
    assert cause in error.value.cause


def test_text_in_another_8bit_encoding_is_refused_not_stored_as_mojibake():
    # Latin-1 bytes decode as cp1258 but give letters Vietnamese does not have.
    data = ("Ñandú über Ærø ÿ " * 20).encode("latin-1")
    with pytest.raises(ReadError) as error:
        read(data)
    assert "not decodable as Vietnamese" in error.value.cause


def test_format_is_detected_from_content_not_name():
    assert detect_format(b"%PDF-1.7\n...") == "pdf"
    assert detect_format(TEXT.encode()) == "text"
    assert detect_format(b"<!DOCTYPE html><html>") == "html"


def test_real_pdf_with_text_layer():
    pdf = document_path("058_tb-254-pctt-thua-thien-hue.pdf")
    result = read_bytes(pdf.read_bytes(), pdf)
    assert result.format == "pdf"
    assert result.metadata["pages"] == 2
    assert "Thừa Thiên Huế, ngày 06 tháng 9 năm 2022" in result.text


def test_truncated_pdf_is_a_recorded_cause():
    pdf = document_path("058_tb-254-pctt-thua-thien-hue.pdf")
    with pytest.raises(ReadError) as error:
        read_bytes(pdf.read_bytes()[:3000], pdf)
    assert "PDF" in error.value.cause


def test_normalisation_fixes_lookalikes_and_counts_edits():
    raw = unicodedata.normalize("NFD", "Quyết định") + " số 12/QÐ-UBND\r\n"
    result = normalize_text(raw)
    assert result.text == "Quyết định số 12/QĐ-UBND\n"
    assert result.edits["Ð->Đ"] == 1
    assert result.edits["nfc"] == 1
