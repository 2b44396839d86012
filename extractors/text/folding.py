"""Folding for keys, lookups and the search index: text without its diacritics
(never for offsets), and the spelling variants that count as one word."""

from __future__ import annotations

import unicodedata

import regex

# đ/Đ is a letter of its own, not d with a mark: NFD leaves it whole.  Ð/ð
# (Icelandic eth) is what some fonts and OCR put in its place.
_D_LETTERS = str.maketrans("đĐðÐ", "dDdD")


def without_marks(text: str) -> str:
    """``Quyết định`` -> ``Quyet dinh``: đ as d and every other mark dropped."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ``tỷ``/``tỉ``, ``kỹ``/``kĩ``, ``lý``/``lí``, ``quý``/``quí``: after a consonant, a
# syllable-final ``y`` and ``i`` are one sound written two ways.
_Y_AS_I = regex.compile(
    r"(?<=(?<![\p{L}\p{M}])(?:[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]|[tTnNpPkKgG][hH]|[qQ][uU]))"
    r"[yỳýỷỹỵYỲÝỶỸỴ](?![\p{L}\p{M}])"
)
_Y_TO_I = str.maketrans("yỳýỷỹỵYỲÝỶỸỴ", "iìíỉĩịIÌÍỈĨỊ")


def fold_for_index(text: str) -> str:
    """đ -> d and the y/i spelling variants; one character for one, so that
    positions in the folded text are positions in the original."""
    # str.replace runs at memory speed; translate looks up every character.
    text = text.replace("đ", "d").replace("Đ", "D")
    return _Y_AS_I.sub(lambda m: m.group().translate(_Y_TO_I), text)


def fold_key(text: str) -> str:
    """A lookup key: lower case, no diacritics, đ -> d, spaces collapsed."""
    return " ".join(without_marks(fold_for_index(text).casefold()).split())


# Old and new tone placement (``hoà``/``hòa``, ``thuỷ``/``thủy``): in an open
# syllable ending in ``oa``, ``oe`` or ``uy`` (not ``quy``: there u is part of the
# consonant) the new placement puts the mark on the first vowel.  Matched in
# composed text, one character for one: ``uỷ`` -> ``ủy`` keeps the length, so that
# positions in the result are positions in the original.
_OLD_TONE_COMPOSED = regex.compile(
    r"(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|(?<![qQ])[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])"
)


def _move_tone(pair: str) -> str:
    first, marked = pair
    base, tone = unicodedata.normalize("NFD", marked)
    return unicodedata.normalize("NFC", first + tone) + base


def new_tone_placement(text: str) -> str:
    """``Uỷ ban``, ``hoà``, ``thuỷ`` -> ``Ủy ban``, ``hòa``, ``thủy``: the old tone
    placement moved to the new in composed (NFC) text, one character for one (for
    matching words written either way; never for the text that is stored)."""
    return _OLD_TONE_COMPOSED.sub(lambda m: _move_tone(m.group()), text)


def spelling_key(text: str) -> str:
    """A key that keeps the accents but not the spelling variants of one word:
    lower case, new tone placement (``Uỷ`` -> ``ủy``, ``hoà`` -> ``hòa``), the
    y/i variants (``tỷ``/``tỉ``, ``kỹ``/``kĩ``) as i, spaces collapsed."""
    text = new_tone_placement(unicodedata.normalize("NFC", text.casefold()))
    text = _Y_AS_I.sub(lambda m: m.group().translate(_Y_TO_I), text)
    return " ".join(text.split())


def has_marks(text: str) -> bool:
    """Is ``text`` typed with Vietnamese diacritics (đ included)?"""
    return without_marks(text) != text


def text_matches(query: str, text: str) -> bool:
    """Does ``text`` contain ``query``?  A query typed with diacritics matches
    them (``nội vụ`` is not ``nơi``), spelling variants aside; one typed without
    them matches every accented form (``noi vu`` finds ``nội vụ``)."""
    if has_marks(query):
        return spelling_key(query) in spelling_key(text)
    return fold_key(query) in fold_key(text)
