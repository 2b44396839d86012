"""Plain text: UTF-8 (with or without BOM, NFC or NFD), UTF-16, and the 8-bit
encodings Vietnamese text was saved in: Windows-1258 (combining tone marks),
TCVN3 (ABC), VNI-Windows and VISCII.

Unicode is tried first because its decoding is certain.  Bytes that are not
UTF-8 are decoded with every 8-bit candidate and the one whose words are
Vietnamese syllables wins (``pipeline.encodings``); a text that reads as
Vietnamese in none of them is refused rather than stored as mojibake.
TCVN3 puts capitals with tone marks on control bytes, so control
characters are judged only after that choice, never stripped before it.
Unicode text that still carries a legacy font's bytes (``§¶ng`` for
``Đảng``, from a converter that ignored the font) is repaired the same way,
and so is UTF-8 that was read as Windows-1252 and saved again (``KÃ\xadnh``
for ``Kính``): the encoding recorded says ``(repaired from cp1252 mojibake)``.
A legacy file holding UTF-8 runs (a pasted paragraph) is decoded segment by
segment.  Whatever the decoding, a text whose words are not Vietnamese
syllables (``encodings.MIN_VIETNAMESE_SHARE``: English, Chinese, random
letters) is refused with the share it scored.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from vanban.pipeline import encodings
from vanban.pipeline.readers import ReadError, ReadResult

VERSION = "2.1"


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


def _unicode_encoding(data: bytes) -> str | None:
    """The Unicode encoding ``data`` is certainly in, if any."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise ReadError(f"binary content, not text (NUL byte at offset {offset})")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def _result(text: str, encoding: str, confidence: float) -> ReadResult:
    """The decoded text, if it reads as Vietnamese (else ReadError with the
    share measured).  Characters lost to U+FFFD are counted in the metadata
    and lower the confidence: the share of words that lost none caps it."""
    language = encodings.judge_language(text)
    if language.cause:
        raise ReadError(f"{language.cause} (decoded as {encoding})")
    metadata = {"lost_characters": language.lost} if language.lost else {}
    return ReadResult(
        text=text,
        format="txt",
        encoding=encoding,
        reader="text",
        reader_version=VERSION,
        confidence=round(min(confidence, language.intact), 4),
        metadata=metadata,
    )


def read(data: bytes, path: Path) -> ReadResult:
    codec = _unicode_encoding(data)
    if codec is not None:
        text = data.decode(codec)
        name = {"utf-8-sig": "utf-8-bom", "utf-16": _utf16_name(data)}.get(codec, codec)
        repaired, legacy, confidence = encodings.repair_legacy_text(text)
        if legacy is not None:
            return _result(repaired, encodings.repaired_name(name, legacy), confidence)
        controls = len(encodings.CONTROL_CHARS.findall(text))
        if controls > max(2, len(text) // 1000):
            raise ReadError(
                f"not Vietnamese text: {name} gives {controls} control characters"
                " and no legacy encoding reads them as letters"
            )
        # The syllable share repair_legacy_text measured is the confidence.
        return _result(text, name, confidence)
    detection = encodings.detect_bytes(data)
    if detection.encoding is None:
        tried = ", ".join(f"{name} {share:.0%}" for name, share in detection.scores.items())
        raise ReadError(
            "not decodable as Vietnamese text (not UTF-8; share of Vietnamese syllables "
            f"among non-ASCII words: {tried or 'no 8-bit decoding'}; "
            f"{encodings.MIN_SYLLABLE_SHARE:.0%} needed)"
        )
    return _result(detection.text, detection.encoding, detection.confidence)


def _utf16_name(data: bytes) -> str:
    return "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
