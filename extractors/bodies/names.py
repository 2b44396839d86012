"""Body names: the light clean-up of a name as written (``light_name``), its
canonical registry name (``canonical_body``, one per body however it is
spelled), and its kind and level."""

from __future__ import annotations

import functools
import unicodedata
from typing import Optional

import regex

from vanban.extractors.bodies.grammar import (
    HEADS,
    LEVELS,
    PROVINCE_CITIES,
    Head,
    body_at,
    level_at,
    match_entry,
    proper_name_end,
    title_at,
    words_of,
)
from vanban.extractors.bodies.tokens import mask, tokens
from vanban.extractors.datafiles import load_json

_DATA = load_json("bodies.json")

_OCR = _DATA["ocr_abbreviations"]
_OCR_RX = regex.compile(
    r"(?<![\p{L}\p{N}])("
    + "|".join(regex.escape(k) for k in sorted(_OCR, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)
_SPELLING = _DATA["spelling"]
_SPELLING_RX = regex.compile(r"(?<!\p{L})(" + "|".join(regex.escape(k) for k in _SPELLING) + r")(?!\p{L})")


_HEAD_COLON = regex.compile(r"(?<=\p{L})\s*:\s*(?=\p{Lu})")


def light_name(name: str) -> str:
    """The name as written, lightly normalised: markdown and line breaks gone,
    spaces collapsed, a colon after a head dropped (``các Sở: Nội vụ``), OCR ``D``
    for ``Đ`` fixed inside abbreviations (``KHHGD`` → ``KHHGĐ``)."""
    name = unicodedata.normalize("NFC", mask(name))
    name = " ".join(name.split())
    if ":" in name:
        name = _HEAD_COLON.sub(" ", name)
    name = _OCR_RX.sub(lambda m: _OCR[m.group(1)], name)
    return name.strip(" ,;:.-–")


def _recase(name: str) -> str:
    """An ALL-CAPS name in running-text case: ``SỞ GIÁO DỤC VÀ ĐÀO TẠO`` → ``Sở Giáo dục và Đào tạo``."""
    toks = tokens(name)
    words = [t.text for t in toks]
    out: list[str] = []
    i = 0
    proper = False
    capital_next = True
    while i < len(words):
        head = match_entry(HEADS, toks, i)
        if head is not None:
            out.append(head[1].form)
            i = head[0]
            proper = False
            capital_next = True
            continue
        level = level_at(toks, i, fold=True)
        if level is not None and out:
            out.append(" ".join(words[i : level[0]]).lower())
            i = level[0]
            proper = True
            continue
        word = words[i]
        if not toks[i].is_word:
            out.append(word)
        elif word.lower() == "và":
            out.append("và")
            capital_next = True
        elif not _is_syllable(word.lower()):
            out.append(word)  # an acronym keeps its case
        elif proper or capital_next:
            out.append(word.capitalize())
            capital_next = False
        else:
            out.append(word.lower())
        i += 1
    return _join(out)


_SYLLABLE = regex.compile(
    r"^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]+"
    r"(?:ch|ng|nh|[cmnpt])?$"
)


def _is_syllable(word: str) -> bool:
    return bool(_SYLLABLE.match(word))


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = _SPACE_BEFORE_CLOSE.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub("(", text)
    return text


_SPACE_BEFORE_CLOSE = regex.compile(r"\s+([,;:.)])")
_SPACE_AFTER_OPEN = regex.compile(r"\(\s+")


@functools.lru_cache(maxsize=None)
def _words_pattern(keys: tuple[str, ...]) -> "regex.Pattern":
    # Built once per table: escaping every key on every call was the hot spot.
    alternatives = "|".join(regex.escape(k) for k in sorted(keys, key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}\p{N}&])(" + alternatives + r")(?![\p{L}\p{N}&])")


def _replace_words(name: str, table: dict[str, str]) -> str:
    if not table:
        return name
    return _words_pattern(tuple(table)).sub(lambda m: table[m.group(1)], name)


_CONTRACT = _DATA["contract"]
_EXPAND = _DATA["expand"]
_ALIASES = {" ".join(k.split()).casefold(): v for k, v in _DATA["aliases"].items()}


@functools.lru_cache(maxsize=4096)
def locality_parts(locality: str) -> tuple[Optional[str], Optional[str]]:
    """``UBND huyện Việt Yên`` / ``huyện Việt Yên`` / ``Việt Yên`` → (level word, place)."""
    toks = tokens(light_name(locality))
    for i in range(len(toks)):
        found = level_at(toks, i, fold=True)
        if found is not None and found[0] < len(toks):
            end = proper_name_end(toks, found[0])
            if end > found[0]:
                return " ".join(t.text for t in toks[i : found[0]]).casefold(), " ".join(
                    t.text for t in toks[found[0] : end]
                )
    if toks and all(t.capital for t in toks if t.is_word) and match_entry(HEADS, toks, 0) is None:
        return None, " ".join(t.text for t in toks)
    return None, None


_SPACED_HYPHEN = regex.compile(r"(?<=[\p{L}\p{N}])\s*[-–]\s*(?=[\p{L}\p{N}])")
_PLURAL_START = regex.compile(r"^(Các|Những)\s")


@functools.lru_cache(maxsize=65536)
def canonical_body(name: str, locality: Optional[str] = None) -> str:
    """One name per body across spellings and abbreviations.

    ``Ủy ban nhân dân``/``Uỷ ban nhân dân`` → ``UBND``; ``Phòng GD&ĐT`` →
    ``Phòng Giáo dục và Đào tạo``; ``Trung tâm DS-KHHGD`` → ``Trung tâm
    Dân số-KHHGĐ``; hyphens without spaces; ALL CAPS recased; short names to
    the registry name (``Phòng Giáo dục``); a bare level word at the end is
    scoped by ``locality`` (``UBND huyện`` in a document of UBND huyện Việt Yên
    → ``UBND huyện Việt Yên``)."""
    text = light_name(name)
    if not text:
        return text
    text = _SPELLING_RX.sub(lambda m: _SPELLING[m.group(1)], text)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters) and len(tokens(text)) > 1:
        text = _recase(text)
    text = _SPACED_HYPHEN.sub("-", text)
    text = _replace_words(text, _CONTRACT)
    text = _replace_words(text, _EXPAND)
    text = _PLURAL_START.sub(lambda m: m.group(1).lower() + " ", text)
    if text[:1].islower() and match_entry(HEADS, tokens(text[:1].upper() + text[1:]), 0) is not None:
        text = text[:1].upper() + text[1:]  # "phòng Nội vụ" as a head is "Phòng Nội vụ"
    text = " ".join(text.split())
    text = _ALIASES.get(text.casefold(), text)
    if locality:
        text = _scope(text, locality)
    return text


def _scope(text: str, locality: str) -> str:
    toks = tokens(text)
    if not toks:
        return text
    # The last level word, when nothing follows it.
    for i in range(len(toks) - 1, max(-1, len(toks) - 4), -1):
        found = level_at(toks, i)
        if found is None or found[0] != len(toks):
            continue
        level_word = " ".join(t.text for t in toks[i:]).casefold()
        loc_level, place = locality_parts(locality)
        if place and (
            loc_level is None
            or loc_level == level_word
            or LEVELS.get(words_of(loc_level)) == LEVELS.get(words_of(level_word))
        ):
            return text + " " + place
        return text
    return text


def _strip_title(name: str) -> str:
    toks = tokens(name)
    i = 0
    end = title_at(toks, i)
    if end is not None:
        i = end
    if i < len(toks) and toks[i].text in ("các", "Các"):
        i += 1
    return name[toks[i].start :] if i < len(toks) else ""


@functools.lru_cache(maxsize=65536)
def body_kind(name: str) -> Optional[str]:
    """The kind of body (``UBND``, ``HĐND``, ``Sở``, ``Phòng``, ``Trung tâm``,
    ``Hội`` …) from its head word, office titles skipped; None for a generic
    body (``các cơ quan, ban, ngành``) or no body."""
    core = _strip_title(canonical_body(name))
    toks = tokens(core)
    found = match_entry(HEADS, toks, 0)
    if found is None:
        return None
    head: Head = found[1]
    if head.kind == "Văn phòng":
        return "Văn phòng"
    return head.kind


@functools.lru_cache(maxsize=65536)
def body_level(name: str) -> Optional[str]:
    """``tỉnh``, ``huyện`` or ``xã``: from the level word after the head
    (``UBND huyện``, ``UBND các xã, thị trấn``), else from the head itself
    (``Sở`` → ``tỉnh``, ``Phòng`` → ``huyện``); None when unknown or central."""
    canonical = canonical_body(name)
    toks = tokens(_strip_title(canonical))
    if not toks:
        return None
    found = match_entry(HEADS, toks, 0)
    first_level = None
    for i in range(len(toks)):
        level = level_at(toks, i)
        if level is None:
            continue
        word = " ".join(t.text for t in toks[i : level[0]])
        place_end = proper_name_end(toks, level[0]) if level[0] < len(toks) else level[0]
        place = " ".join(t.text for t in toks[level[0] : place_end])
        if word.casefold() == "thành phố":
            first_level = (
                "tỉnh" if (word == "Thành phố" and not place) or place in PROVINCE_CITIES else "huyện"
            )
        else:
            first_level = level[1]
        break
    if first_level:
        return first_level
    if found is not None:
        return found[1].level
    return None


def find_bodies(text: str) -> list[tuple[int, int, str]]:
    """Every body mention: (start, end, name as written, lightly normalised)."""
    toks = tokens(text)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        end = body_at(toks, i)
        if end is not None and end > i:
            start, stop = toks[i].start, toks[end - 1].end
            out.append((start, stop, light_name(text[start:stop])))
            i = end
            continue
        i += 1
    return out
