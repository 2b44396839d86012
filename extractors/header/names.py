"""Names of issuing bodies as the header prints them, in capitals, turned into
the written form: ``ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`` -> ``UBND tỉnh Lâm Đồng``,
``SỞ GIÁO DỤC VÀ ĐÀO TẠO`` -> ``Sở Giáo dục và Đào tạo``.

The rule is the one Vietnamese style guides give: the head word in its usual
form (``Sở``, ``Văn phòng``, ``UBND``), the first syllable of each part of the
name capitalised (``Giáo dục và Đào tạo``), level words in lower case
(``tỉnh``, ``thành phố``) and every syllable of the place name after them
capitalised; acronyms keep their case (``PCTT và TKCN``, ``GD&ĐT``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from vanban.extractors.bodies.grammar import PROVINCE_CITIES
from vanban.extractors.datafiles import load_json

# A Vietnamese syllable (lower case); an upper-case word that is not one is an
# acronym (UBND, PCTT, GD&ĐT) and keeps its case.  Final k for Đắk, Lắk.
_SYLLABLE = regex.compile(
    r"^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]+"
    r"(?:ch|ng|nh|[cmnptk])?$"
)
_ACRONYM_HYPHEN = regex.compile(
    r"(?<=\b\p{Lu}{1,8})\s*-\s+(?=\p{Lu}{2,}\b)|(?<=\b\p{Lu}{2,8})\s+-\s*(?=\p{Lu}{2,}\b)"
)
_SPACES = regex.compile(r"\s+")
_ROMAN = regex.compile(r"^[IVXLC]+$")
# Words a Roman numeral follows in a body's name (ĐẠI HỘI … LẦN THỨ XI, KHÓA XV).
_ORDINAL_WORDS = ("THỨ", "KHÓA", "KHOÁ")
_VOWEL = regex.compile(r"[AĂÂEÊIOÔƠUƯYÀẰẦÈỀÌÒỒỜÙỪỲÁẮẤÉẾÍÓỐỚÚỨÝẢẲẨẺỂỈỎỔỞỦỬỶÃẴẪẼỄĨÕỖỠŨỮỸẠẶẬẸỆỊỌỘỢỤỰỴ]", regex.I)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = load_json("header.json")
    heads = {tuple(k.split()): v for k, v in data["issuer_heads"].items()}
    roles = {tuple(k.split()): v for k, v in data["role_words"].items()}
    levels = {tuple(w.upper().split()): w for w in data["level_words"]}
    fixed = {tuple(k.split()): v for k, v in data["fixed_words"].items()}
    return {
        "not_heads": {tuple(k.split()) for k in data["not_heads"]},
        "heads": heads,
        "head_max": max(len(k) for k in heads),
        "roles": roles,
        "levels": levels,
        "fixed": fixed,
        "office_heads": tuple(data["office_heads"]),
        "parent_levels": data["parent_levels"],
        "places_with_level": data["places_with_level"],
        "levels_kept": frozenset(data["levels_kept"]),
        "lower_words": frozenset(data["lower_words"]),
        "level_words": tuple(sorted(data["level_words"], key=len, reverse=True)),
        "level_res": tuple(
            regex.compile(rf"(?<!\S){regex.escape(level)}\s+(?=\p{{Lu}})")
            for level in sorted(data["level_words"], key=len, reverse=True)
        ),
        "long_forms": data["long_forms"],
    }


def _match(tokens: Sequence[str], i: int, table: dict, longest: int = 6) -> tuple[int, Optional[str]]:
    """Longest key of ``table`` (a tuple of upper-case words) starting at token i."""
    for n in range(min(longest, len(tokens) - i), 0, -1):
        key = tuple(tokens[i : i + n])
        if key in table:
            return n, table[key]
    return 0, None


def head_length(tokens: Sequence[str], i: int = 0) -> int:
    """Number of tokens of the issuer head word starting at token i (0 if none)."""
    v = _vocab()
    n = _match(tokens, i, v["heads"], v["head_max"])[0]
    if n and any(tuple(tokens[i : i + len(k)]) == k for k in v["not_heads"]):
        return 0
    return n


def opens_name(tokens: Sequence[str]) -> bool:
    """Do the upper-case ``tokens`` open with an office title or an issuer's head word
    (``CHỦ TỊCH …``, ``BỘ TRƯỞNG …``, ``ỦY BAN NHÂN DÂN …``)?  ``DÂN TỈNH …`` does not:
    it is the tail of a name wrapped across lines."""
    v = _vocab()
    return bool(_match(tokens, 0, v["roles"])[0] or head_length(tokens))


def is_title(tokens: Sequence[str]) -> bool:
    """Are the upper-case ``tokens`` an office title alone (``CHỦ TỊCH``, ``BỘ TRƯỞNG``)?"""
    return bool(tokens) and _match(tokens, 0, _vocab()["roles"])[0] == len(tokens)


def is_acronym(word: str) -> bool:
    return not _SYLLABLE.match(word.lower())


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def format_upper_name(text: str) -> str:
    """Written form of a body name printed in capitals (see the module doc)."""
    v = _vocab()
    tokens = _SPACES.sub(" ", text).strip(" ,;:.-").split()
    out: list[str] = []
    i = 0
    # A role before the body: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X (the decision's authority line).
    n, role = _match(tokens, i, v["roles"])
    if n:
        i += n
        if (
            i < len(tokens)
            and not _match(tokens, i, v["heads"], v["head_max"])[0]
            and head_length(tokens, i - 1)
        ):
            # TRƯỞNG BAN CHỈ ĐẠO …: the title's last word opens the body's name (Trưởng Ban Chỉ đạo).
            role = role.rsplit(" ", 1)[0] if " " in role else role
            i -= 1
        out.append(role)
    n, head = _match(tokens, i, v["heads"], v["head_max"])
    if n:
        out.append(head)
        i += n
    mode = "start"  # start of a name part, inside one ("part"), or a proper name ("proper")
    while i < len(tokens):
        n, fixed = _match(tokens, i, v["fixed"])
        if n:
            out.append(fixed)
            i += n
            mode = "start"
            continue
        n, level = _match(tokens, i, v["levels"])
        if n and (out or i):
            out.append(level)
            i += n
            mode = "proper"
            continue
        # A comma inside the name (VĂN HÓA, THỂ THAO) ends a part; the word is
        # read without it.
        word = tokens[i].rstrip(",")
        comma = "," * (len(tokens[i]) - len(word))
        previous = tokens[i - 1] if i else ""
        i += 1
        if word in ("VÀ", "và"):
            out.append("và")
            mode = "start"
        elif word in v["lower_words"]:
            out.append(word.lower())
            mode = "part"
        elif word in ("-", "–"):
            out.append(word)  # (TÀI CHÍNH - KẾ HOẠCH: a dash opens the name's next part)
            mode = "start"
        elif _ROMAN.match(word) and previous in _ORDINAL_WORDS:
            out.append(word)  # LẦN THỨ XI, KHÓA XV: a numeral, not the syllable "xi"
        elif mode == "proper" and word.isalpha() and _VOWEL.search(word):
            out.append(_cap(word))
        elif not word[:1].isalpha() or is_acronym(word):
            out.append(word)
            mode = "proper"
        elif mode == "part":
            out.append(word.lower())
        else:
            out.append(_cap(word))
            if mode == "start":
                mode = "part"
        if comma and word:
            out[-1] += comma
            mode = "start"
    return " ".join(out)


def tidy_name(text: str) -> str:
    """A body name already in mixed case: spaces collapsed, acronyms rejoined
    (``DS- KHHGĐ`` -> ``DS-KHHGĐ``)."""
    text = _SPACES.sub(" ", text).strip(" ,;:.-")
    return _ACRONYM_HYPHEN.sub("-", text)


def format_name(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return format_upper_name(text)
    return tidy_name(text)


def locality(name: str) -> Optional[str]:
    """Place name after the last level word: ``UBND thành phố Hà Nội`` -> ``Hà Nội``."""
    best = None
    for level_re in _vocab()["level_res"]:
        for m in level_re.finditer(name):
            if best is None or m.end() > best:
                best = m.end()
    if best is None:
        return None
    rest = name[best:].strip()
    return rest or None


def level_and_locality(name: str) -> Optional[str]:
    """``UBND thành phố Hà Nội`` -> ``thành phố Hà Nội``."""
    place = locality(name)
    if not place:
        return None
    head = name[: len(name) - len(place)].rstrip()
    for level in _vocab()["level_words"]:
        if head.endswith(level):
            return f"{level} {place}"
    return None


def split_bodies(lines: Sequence[str]) -> list[str]:
    """The bodies of a header block, parent first.  A body starts at a line
    that begins with a head word, once the body before it has a name of its
    own (``VĂN PHÒNG`` / ``CHÍNH PHỦ`` wrapped is one body, ``UBND THÀNH PHỐ
    HÀ NỘI`` / ``SỞ GIÁO DỤC VÀ ĐÀO TẠO`` are two)."""
    tokens: list[str] = []
    line_starts: set[int] = set()
    for line in lines:
        words = line.split()
        if words:
            line_starts.add(len(tokens))
            tokens.extend(words)
    bodies: list[list[str]] = []
    current: list[str] = []
    start = head_n = 0
    for i, token in enumerate(tokens):
        if i in line_starts and current and i >= start + head_n and len(current) > head_n:
            if (
                head_length(tokens, i)
                and not _head_across(tokens, i, start)
                and not _lone_word(tokens, i, line_starts)
            ):
                bodies.append(current)
                current = []
        if not current:
            start, head_n = i, head_length(tokens, i)
        current.append(token)
    if current:
        bodies.append(current)
    return [" ".join(b) for b in bodies]


def _lone_word(tokens: Sequence[str], i: int, line_starts: set[int]) -> bool:
    """True when the block's last line is one word: a head word alone names no
    body (``BỘ QUỐC`` / ``PHÒNG``, ``THÀNH PHỐ HẢI`` / ``PHÒNG``), it ends the line
    above.  Followed by more lines it opens one (``CỤC`` / ``THUẾ``)."""
    return i + 1 == len(tokens)


def _head_across(tokens: Sequence[str], i: int, start: int) -> bool:
    """True when a head word begun before token i runs past it: the line break
    falls inside the head (``CHỦ TỊCH ỦY`` / ``BAN NHÂN DÂN`` / ``TỈNH ĐỒNG THÁP``),
    so the line starting at i continues the body instead of opening one."""
    for j in range(max(start, i - 3), i):
        if head_length(tokens, j) > i - j:
            return True
    return False


def child_name(child: str, parent: Optional[str]) -> str:
    """The issuer's full name when a parent body is printed above it: an office
    or unit of the parent keeps the parent's name (``Văn phòng Thường trực Ban
    Chỉ huy PCTT và TKCN tỉnh Thừa Thiên Huế``); another body takes the
    parent's place (``Sở Giáo dục và Đào tạo Hà Nội``) unless it names its own, with
    the level word below a province (``Ban Chỉ đạo 389 huyện Thọ Xuân``)."""
    if not parent or locality(child):
        return child
    if child.startswith(_vocab()["office_heads"]):
        head = parent.split()[: head_length(parent.upper().split())]
        if head and child.split()[-len(head) :] == head:
            # (Văn phòng HĐND và UBND + UBND phường Hồng Bàng: the head written once)
            return f"{child} {' '.join(parent.split()[len(head) :])}"
        return f"{child} {parent}"
    place = locality(parent) or _vocab()["parent_levels"].get(parent)
    with_level = level_and_locality(parent)
    if place and with_level and place not in PROVINCE_CITIES:
        level = with_level[: len(with_level) - len(place)].strip()
        if level in _vocab()["levels_kept"]:
            return f"{child} {with_level}"  # (Ban Chỉ đạo 389 + UBND huyện Thọ Xuân)
    place = _vocab()["places_with_level"].get(place, place)
    return f"{child} {place}" if place else child


def shorten(name: str) -> str:
    """``Ủy ban nhân dân tỉnh X`` -> ``UBND tỉnh X`` (the gold's and the header's form)."""
    for long, short in _vocab()["long_forms"].items():
        name = name.replace(long, short)
    return name


def role_names() -> tuple[str, ...]:
    """Written forms of the roles that can precede a body (``Chủ tịch``), longest first."""
    return tuple(sorted(_vocab()["roles"].values(), key=len, reverse=True))


def format_place(upper: str) -> str:
    """``THÀNH PHỐ HỒ CHÍ MINH`` -> ``Thành phố Hồ Chí Minh``, ``HÀ NỘI`` -> ``Hà Nội``."""
    tokens = upper.split()
    n, level = _match(tokens, 0, _vocab()["levels"])
    words = [_cap(w) for w in tokens[n:]]
    return " ".join(([level[:1].upper() + level[1:]] if n else []) + words)
