"""What several readers share: how Vietnamese a text's letters are (the
judgement of a PDF text layer, a Word file's text, a web page's)."""

from __future__ import annotations

import unicodedata

import regex

# Letters a Vietnamese text is written with (NFC), plus the Latin letters used
# in loanwords and codes (f, j, w, z).
_VIETNAMESE_LETTERS = set(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
)
_LETTER = regex.compile(r"\p{L}")


def vietnamese_letter_share(text: str) -> float:
    letters = _LETTER.findall(unicodedata.normalize("NFC", text).lower())
    if not letters:
        return 0.0
    return sum(ch in _VIETNAMESE_LETTERS for ch in letters) / len(letters)
