"""Body names: the light clean-up of a name as written (``light_name``), its
canonical registry name (``canonical_body``, one per body however it is
spelled), and its kind and level."""

from __future__ import annotations

import functools
import unicodedata
from typing import Callable, Optional

import regex

from vanban.extractors.bodies.grammar import (
    HEADS,
    LEVELS,
    PROVINCE_CITIES,
    Head,
    body_at,
    capitalized_fields,
    level_at,
    match_entry,
    place_list,
    proper_name_end,
    title_at,
    words_of,
)
from vanban.extractors.bodies.tokens import mask, tokens
from vanban.extractors.datafiles import load_json
from vanban.extractors.text.lexicon import is_compound_word

_DATA = load_json("bodies.json")

_OCR = _DATA["ocr_abbreviations"]
_OCR_RX = regex.compile(
    r"(?<![\p{L}\p{N}])("
    + "|".join(regex.escape(k) for k in sorted(_OCR, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)
_DROPPED = _DATA["dropped_syllables"]
_DROPPED_RX = regex.compile(
    "|".join(
        r"(?<![\p{L}\p{N}])("
        + regex.escape(k)
        + r")(?!\s+"
        + regex.escape(v)
        + r"(?![\p{L}\p{N}]))(?![\p{L}\p{N}])"
        for k, v in _DROPPED.items()
    )
)
_SPELLING = _DATA["spelling"]
_SPELLING_RX = regex.compile(r"(?<!\p{L})(" + "|".join(regex.escape(k) for k in _SPELLING) + r")(?!\p{L})")


_HEAD_COLON = regex.compile(r"(?<=\p{L})\s*:\s*(?=\p{Lu})")


# a place's name after its level: up to four capitalised syllables
_PLACE_NAME = r"(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})"
PLACE_SHARE = 2 / 3  # how many of a text's named places of its levels one must be


@functools.lru_cache(maxsize=32)
def _named_places(levels: str) -> "regex.Pattern":
    return regex.compile(r"(?<![\p{L}])(" + levels + r")\s+" + _PLACE_NAME)


def dominant_place(
    text: str, levels: str, minimum: int = 1, known: Optional[Callable[[str, str], bool]] = None
) -> Optional[tuple[str, str]]:
    r"""``(level, name)`` of the place the text names with one of ``levels`` (a
    pattern: ``Thành\s+phố``, ``[Tt]ỉnh|[Tt]hành\s+phố``) in at least two thirds of
    its named mentions and ``minimum`` times (``("tỉnh", "Gia Lai")``: the level in
    lower case); None when it names none, or several about as often.  ``known(level,
    name)``, when given, says which names are places at all (``Chủ tịch UBND tỉnh Lê
    Đức Thịnh`` names a person after the level); a name is then cut to the longest
    known one it starts with."""
    counts: dict[tuple[str, str], int] = {}
    for match in _named_places(levels).finditer(text):
        level, words = " ".join(match.group(1).lower().split()), match.group(2).split()
        if known is not None:
            # the longest known name the words start with ("tỉnh Quảng Ngãi" + the next
            # paragraph's "Thực hiện …": a name read on past its end), or none
            while words and not known(level, " ".join(words)):
                words.pop()
        if words:
            key = (level, " ".join(words))
            counts[key] = counts.get(key, 0) + 1
    return _dominant(counts, minimum)


def _dominant(counts: dict[tuple[str, str], int], minimum: int) -> Optional[tuple[str, str]]:
    """The place counted most, if at least ``minimum`` times and two thirds of all."""
    if not counts:
        return None
    place, count = max(counts.items(), key=lambda kv: kv[1])
    return place if count >= minimum and count >= PLACE_SHARE * sum(counts.values()) else None


_LOCAL_LEVELS = r"[Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Xx]ã|[Pp]hường|[Đđ]ặc\s+khu"


def place_after(
    text: str, name: str, levels: str = _LOCAL_LEVELS, minimum: int = 1
) -> Optional[tuple[str, str]]:
    """``(level, name)`` of the place the text writes right after ``name`` (``Sở Y tế``
    + ``tỉnh Thanh Hóa``) in at least two thirds of those mentions and ``minimum``
    times; None when no mention of ``name`` goes on with a place, or they name
    several.  ``levels``: a pattern of the levels counted (every local one by default)."""
    places = regex.compile(
        r"(?<![\p{L}])" + r"\s+".join(regex.escape(word) for word in name.split()) + r"\s+(?=" + levels + ")"
    )
    counts: dict[tuple[str, str], int] = {}
    for mention in places.finditer(text):
        match = _named_places(levels).match(text, mention.end())
        if match is not None:
            key = (" ".join(match.group(1).lower().split()), " ".join(match.group(2).split()))
            counts[key] = counts.get(key, 0) + 1
    return _dominant(counts, minimum)


def light_name(name: str) -> str:
    """The name as written, lightly normalised: markdown and line breaks gone,
    spaces collapsed, a colon after a head dropped (``các Sở: Nội vụ``), OCR ``D``
    for ``Đ`` fixed inside abbreviations (``KHHGD`` → ``KHHGĐ``), a dropped last
    syllable restored (``Ủy ban nhân Thành phố`` → ``Ủy ban nhân dân Thành phố``),
    a dash between lower-case words spaced (``chính trị-xã hội`` → ``chính trị -
    xã hội``, as the name is usually written; ``Dân số-KHHGĐ`` keeps its own), and
    a closing ``này`` dropped (``… theo Kế hoạch này``: it points at the document,
    it does not name the body), so is ``kèm theo`` after ``Phụ lục`` (``… có tên tại
    Phụ lục kèm theo``), and a lower-case syllable typed twice written once
    (``Các cơ quan quan tham mưu``)."""
    name = unicodedata.normalize("NFC", mask(name))
    name = " ".join(name.split())
    if ":" in name:
        name = _HEAD_COLON.sub(" ", name)
    name = _OCR_RX.sub(lambda m: _OCR[m.group(1)], name)
    name = _DROPPED_RX.sub(lambda m: m.group() + " " + _DROPPED[m.group()], name)  # "Ủy ban nhân Thành phố"
    if "-" in name:
        name = _TIGHT_DASH.sub(" - ", name)
    name = _THIS.sub("", name)
    if "kèm theo" in name:
        name = _ATTACHED.sub("", name)  # "… có tên tại Phụ lục kèm theo"
    if " " in name:
        name = _DOUBLED.sub(_typed_once, name)  # "Các cơ quan quan tham mưu": a syllable typed twice
    return name.strip(" ,;:.-–")


_TIGHT_DASH = regex.compile(r"(?<=[\p{Ll}])-(?=\p{Ll})")
_THIS = regex.compile(r"\s+này[\s,;:.]*$")
# ("Chủ tịch UBND các xã có tên tại Phụ lục kèm theo và Thủ trưởng …": "kèm theo" says the
# appendix is attached, it names no body; the gold writes "… tại Phụ lục")
_ATTACHED = regex.compile(r"(?<=Phụ\s+lục(?:\s+[IVX\d]+)?)\s+kèm\s+theo(?=\s*(?:$|[,;]|\s+và\s))")
_DOUBLED = regex.compile(
    r"(?<![\p{L}\p{M}])(\p{Ll}[\p{L}\p{M}]*) \1(?![\p{L}\p{M}])(?:(?= ([\p{L}\p{M}]+)))?"
)


def _typed_once(doubled: "regex.Match") -> str:
    """A lower-case syllable written twice, once when the second is a slip: kept
    twice where the second opens a word with the syllable after it (``thi công
    công trình``, ``sản xuất xuất khẩu``, ``cơ quan quan tâm``: two words that share
    a syllable), written once where it does not (``cơ quan quan tham mưu``)."""
    syllable, following = doubled.group(1), doubled.group(2)
    if following is not None and is_compound_word(f"{syllable} {following}"):
        return doubled.group()
    return syllable


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
    # A provincial department named without its province (``Sở Y tế``) is the
    # issuing province's: one province's Sở is not merged with another's.
    head = match_entry(HEADS, toks, 0)
    if (
        head is not None
        and head[1].level == "tỉnh"
        and not any(level_at(toks, i) is not None for i in range(head[0], len(toks)))
    ):
        loc_level, place = locality_parts(locality)
        if place and loc_level in ("tỉnh", "thành phố"):
            return f"{text} {loc_level} {place}"
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
            central = "trực thuộc trung ương" in canonical.casefold()  # the 6 cities of provincial rank
            first_level = (
                "tỉnh"
                if central or (word == "Thành phố" and not place) or place in PROVINCE_CITIES
                else "huyện"
            )
        else:
            first_level = level[1]
        break
    if first_level:
        return first_level
    if found is not None:
        return found[1].level
    return None


_NOTE = regex.compile(r"\s*\([^()]*\)")
_SHARED_HEAD = regex.compile(
    r"(?<![\p{L}])(?:các|Các)\s+(?:(?P<head>Bộ|Sở|Phòng|Ban|Cục|Vụ|Chi cục|Tổng cục)|(?P<lower>bộ|sở)(?=\s*,))"
    r"(?P<with>\s*,\s*(?:cơ quan|ngành))?\s*:?\s+(?=\p{Lu})"
)
_COLON_HEAD = regex.compile(r"^(?P<head>Bộ|Sở|Phòng|Ban|Cục|Vụ|Chi cục|Tổng cục)\s*:\s*(?=\p{Lu})")
# what follows "các Bộ, cơ quan" as a qualifier, not as the name of a member
_NOT_MEMBER = frozenset(("Trung ương", "Trung Ương"))
# "Sở VHTTDL/Sở VHTT": alternatives written with a slash are two bodies.
_ALTERNATIVE = regex.compile(r"\s*/\s*(?=\p{Lu})")
_LIST_END = regex.compile(r"\s+và\s+(?=\p{Ll})|;")


def _list_items(head: str, span: str) -> list[str]:
    """The items of ``span``, names that share ``head``, as written: split at its commas,
    but a name that holds a comma (``Văn hóa, Thể thao và Du lịch``) whole wherever it
    stands, as the grammar reads it after the head."""
    items: list[str] = []
    rest = span
    while rest:
        first = find_bodies(f"{head} {rest}")
        if first and first[0][0] == 0 and "," in first[0][2]:
            items.append(rest[: first[0][1] - len(head) - 1])
            comma = rest.find(",", first[0][1] - len(head) - 1)
        else:
            comma = rest.find(",")
            items.append(rest if comma < 0 else rest[:comma])
        rest = "" if comma < 0 else rest[comma + 1 :]
    return items


def _expand_shared_heads(text: str) -> str:
    """``các Sở: Dân tộc và Tôn giáo, Nội vụ và các sở, ban, ngành`` -> ``Sở Dân tộc
    và Tôn giáo, Sở Nội vụ và các sở, ban, ngành``: names that share their head
    word, each given it (only while the items are capitalised names); also after a
    companion generic noun (``các Bộ, cơ quan: Tài chính, Xây dựng``), while the items
    are no bodies of their own."""
    out, pos = [], 0
    for match in _SHARED_HEAD.finditer(text):
        if match.start() < pos:
            continue
        stop = _LIST_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        span = text[match.end() : end]
        # ("các sở, ngành: Tài chính, …": a head in lower case names its members capitalised)
        head = match.group("head") or match.group("lower").capitalize()
        if match.group("lower") and not match.group("with"):
            continue
        items = _list_items(head, span)
        taken = []
        for item in items:
            if not item.strip()[:1].isupper():
                break
            if match.group("with") and (
                item.strip() in _NOT_MEMBER or any(start == 0 for start, _, _ in find_bodies(item.strip()))
            ):
                break  # ("các Bộ, cơ quan: Tài chính, Ngoại giao, Tập đoàn Điện lực …": a body of its own)
            taken.append(item.strip())
        if len(taken) < 2:
            continue
        consumed = match.end() + len(",".join(items[: len(taken)]))
        out.append(text[pos : match.start()])
        out.append(", ".join(f"{head} {item}" for item in taken))
        pos = consumed
    out.append(text[pos:])
    return "".join(out)


def _split_places(mention: str) -> list[str]:
    """``UBND các tỉnh: Ninh Bình, Bắc Ninh`` -> ``UBND tỉnh Ninh Bình``, ``UBND tỉnh
    Bắc Ninh``: a body named for a list of places is one body per place (what
    stands before the level words is each one's, and so is what follows the
    list).  A place named without its level word takes the last one written
    before it; after a plural of levels (``các tỉnh, thành phố``), a province
    city takes ``thành phố`` and any other place the first level."""
    toks = tokens(mention)
    for i, tok in enumerate(toks):
        if not tok.is_word or (i and toks[i - 1].text == "các"):
            continue
        found = place_list(toks, i)
        if found is None:
            continue
        levels, places, end = found
        prefix = mention[: tok.start]
        suffix = mention[toks[end - 1].end :]
        out = []
        current = levels
        for level, place in places:
            if level is not None:
                current = [level]
            city = [w for w in current if w.casefold() == "thành phố" and place in PROVINCE_CITIES]
            word = city[0] if city else next((w for w in current if w.casefold() != "thành phố"), current[0])
            out.append(f"{prefix}{word.lower() if prefix else word} {place}{suffix}")
        return out
    return [mention]


@functools.lru_cache(maxsize=65536)
def single_bodies(written: str) -> tuple[tuple[str, Optional[str]], ...]:
    """Each body a written clause names, once: ``(body, office title)`` pairs.

    A list is one body per item (``Sở Y tế, Bộ Tài chính``), items sharing their
    head word included (``các Sở Y tế, Tài chính`` is two Sở); a leading office
    title is the role, not the body (``Giám đốc Sở Tư pháp`` -> ``Sở Tư pháp``,
    ``Giám đốc``; ``Chánh Văn phòng UBND tỉnh`` -> ``Văn phòng UBND tỉnh``); a
    note in brackets (``(b/c)``) is no part of a name.  A clause that names no
    body by the grammar (``cả hệ thống chính trị``) is kept whole.  Cached: an
    archive names the same bodies again and again."""
    # ("Phòng: Đô thị, Dự án": the names a head word and a colon open share it, as after "các")
    listed = _COLON_HEAD.sub(r"các \g<head>: ", written)
    text = _expand_shared_heads(_ALTERNATIVE.sub(", ", light_name(_NOTE.sub("", listed))))
    if text and place_list(tokens(text), 0) is not None:
        # places as the bodies ("Thành phố Hồ Chí Minh, tỉnh Lâm Đồng"): no head word
        mentions = _split_places(text)
    else:
        found = _with_fields(text, find_bodies(text), fields_allowed=":" not in written)
        mentions = [part for name in found for part in _split_places(name)] or ([text] if text else [])
    out: list[tuple[str, Optional[str]]] = []
    for mention in mentions:
        titles = []
        # Titles may stack ("Đồng chí Bí thư tỉnh ủy"): each is taken off in turn.
        while True:
            toks = tokens(mention)
            end = title_at(toks, 0)
            if end is not None and end > 1 and toks[end - 1].text in ("các", "Các"):
                end -= 1  # "Thủ trưởng các cơ quan": the plural belongs to the body
            if not (
                end is not None
                and end < len(toks)
                and (body_at(toks, end) is not None or toks[end].text in ("các", "Các"))
            ):
                break
            # A title that ends in a head word heads that body ("Chánh Văn phòng UBND
            # tỉnh" is the Văn phòng UBND tỉnh's chief).
            body_from = next(
                (k for k in range(1, end) if (m := match_entry(HEADS, toks, k)) is not None and m[0] == end),
                end,
            )
            titles.append(" ".join(mention[: toks[end - 1].end].split()))  # (as written)
            mention = mention[toks[body_from].start :]
        out.append((mention, " ".join(titles) or None))
    return tuple(out)


# the capitalised fields after a name's comma, to the end of what is written
_FIELDS_TO_END = regex.compile(r"[ \t]*,[ \t]*(\p{Lu}[\p{L} \t]*?)[ \t.]*$")


def _with_fields(text: str, found: list[tuple[int, int, str]], fields_allowed: bool = True) -> list[str]:
    """The names ``find_bodies`` found, the one name of a text that goes on after a comma
    with more fields of it and nothing else (``Cục Khoa học, Công nghệ và Thông tin``,
    ``Ban Chính sách, Pháp chế``: the assignment finder read them as one unit) whole.
    Its last field ends in its syllable in lower case: ``Sở Y tế, Bộ Tài chính`` is a list;
    so is what a colon opens (``fields_allowed`` false: ``Phòng: Đô thị, Dự án``)."""
    if len(found) == 1 and fields_allowed:
        start, stop, _ = found[0]
        fields = _FIELDS_TO_END.match(text, stop)
        words = " ".join(fields.group(1).split()) if fields is not None else ""
        if (
            capitalized_fields(words)
            # (no office holder: "Chánh Văn phòng Bộ, Vụ trưởng", "Giám đốc, Phó Giám đốc")
            and not any(title_at(tokens(field), 0) is not None for field in words.split(" và "))
        ):
            return [light_name(text[start : fields.end(1)])]
    return [name for _, _, name in found]


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
