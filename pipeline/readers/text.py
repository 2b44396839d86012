"""Plain text: UTF-8 (with or without BOM), UTF-16 and Windows-1258.

Legacy 8-bit encodings other than Windows-1258 (TCVN3, VNI, VISCII) are a
separate reader; until it exists, text that does not decode as Vietnamese is
refused rather than stored as mojibake.
"""
from __future__ import annotations

import codecs
from pathlib import Path

import regex

from pipeline.readers import ReadError, ReadResult

VERSION = "1.0"

# Letters a Vietnamese text is written with (NFC), plus the Latin letters used
# in loanwords and codes (f, j, w, z).
_VIETNAMESE_LETTERS = set(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
)
_LETTER = regex.compile(r"\p{L}")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Below this share of Vietnamese letters among all letters the decoding is wrong.
MIN_VIETNAMESE_SHARE = 0.97


def vietnamese_letter_share(text: str) -> float:
    import unicodedata

    letters = _LETTER.findall(unicodedata.normalize("NFC", text).lower())
    if not letters:
        return 0.0
    return sum(ch in _VIETNAMESE_LETTERS for ch in letters) / len(letters)


def _utf16_without_bom(data: bytes) -> str | None:
    # ASCII-range text in UTF-16 has a NUL in every other byte.
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _candidates(data: bytes) -> list[str]:
    if data.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    utf16 = _utf16_without_bom(data)
    if utf16:
        return [utf16]
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise ReadError(f"binary content, not text (NUL byte at offset {offset})")
    return ["utf-8", "cp1258"]


def read(data: bytes, path: Path) -> ReadResult:
    tried = []
    for encoding in _candidates(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            tried.append(f"{encoding} fails at byte {exc.start}")
            continue
        controls = len(_CONTROL.findall(text))
        if controls > max(2, len(text) // 1000):
            tried.append(f"{encoding} gives {controls} control characters")
            continue
        share = vietnamese_letter_share(text)
        if encoding == "cp1258" and share < MIN_VIETNAMESE_SHARE:
            tried.append(f"{encoding} gives non-Vietnamese letters ({share:.0%} Vietnamese)")
            continue
        name = {"utf-8-sig": "utf-8-bom", "utf-16": _utf16_name(data)}.get(encoding, encoding)
        return ReadResult(
            text=text,
            format="txt",
            encoding=name,
            reader="text",
            reader_version=VERSION,
            confidence=round(share, 4),
        )
    raise ReadError("not decodable as Vietnamese text (" + "; ".join(tried) + ")")


def _utf16_name(data: bytes) -> str:
    return "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
