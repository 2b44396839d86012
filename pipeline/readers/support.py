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


# What a text layer or a document gives in place of a letter when its font has no
# usable Unicode mapping: pdfminer writes the glyph's code as ``(cid:N)``; pdfium gives
# the bare code (a C0 control character), a private-use code point (a symbol font's
# U+F0xx) or U+FFFD; a Word run in a symbol font holds private-use characters.
# A text with more of them than this share of its letters and such glyphs is not
# stored as text: a font that lost its mapping loses every letter outside ASCII (about
# a quarter of a Vietnamese text's letters); a few stray glyphs stay below this.
MAX_UNMAPPED_SHARE = 0.02
_UNMAPPED = regex.compile(r"\(cid:\d+\)|[\p{Co}\ufffd\x00-\x08\x0e-\x1f]")
# Whitespace that separates words; the C0 separators \x1c-\x1f (which str.split takes
# as whitespace) are bare glyph codes here, not spaces.
_WORD_GAP = regex.compile(r"[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+")


def unmapped_share(text: str) -> float:
    """The share of a text's characters (letters and unmapped glyphs) that are glyphs
    without a Unicode mapping, 0..1.

    A glyph standing alone between spaces is a symbol-font bullet or tick box (Word's
    Symbol bullet comes out as U+F0B7), not a letter lost, and is not counted."""
    if not _UNMAPPED.search(text):
        return 0.0  # the common case, without splitting a long text into words
    lost = 0
    for word in _WORD_GAP.split(text):
        found = len(_UNMAPPED.findall(word))
        if not found:
            continue
        if found == 1 and not _LETTER.search(_UNMAPPED.sub("", word)):
            continue
        lost += found
    if not lost:
        return 0.0
    letters = len(_LETTER.findall(mask_unmapped(text)))
    return lost / (lost + letters)


def mask_unmapped(text: str) -> str:
    """``text`` with each unmapped glyph as one U+FFFD: ``(cid:12)`` is one lost
    letter, not the letters c, i and d."""
    return _UNMAPPED.sub("\ufffd", text)


def unmapped_examples(text: str, limit: int = 3) -> list[str]:
    """A few distinct unmapped glyphs as they appear (for a refusal's cause)."""
    seen: list[str] = []
    for match in _UNMAPPED.finditer(text):
        glyph = match.group()
        shown = glyph if glyph.startswith("(cid:") else f"U+{ord(glyph):04X}"
        if shown not in seen:
            seen.append(shown)
            if len(seen) == limit:
                break
    return seen
