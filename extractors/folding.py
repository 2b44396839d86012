"""Text without its diacritics, for keys and lookups (never for offsets)."""
from __future__ import annotations

import unicodedata

# đ/Đ is a letter of its own, not d with a mark: NFD leaves it whole.  Ð/ð
# (Icelandic eth) is what some fonts and OCR put in its place.
_D_LETTERS = str.maketrans("đĐðÐ", "dDdD")


def without_marks(text: str) -> str:
    """``Quyết định`` -> ``Quyet dinh``: đ as d and every other mark dropped."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
