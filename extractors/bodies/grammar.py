"""Administrative bodies: finding their mentions and naming each one once.

A body mention starts at a head word from ``data/bodies.json`` (``UBND``, ``Sở``,
``Phòng``, ``Trung tâm`` …), optionally after an office title (``Giám đốc``,
``Chủ tịch``), and runs over the words of its name:

- name words are capitalised syllables, each followed by at most one lower-case
  syllable (``Nội vụ``, ``Tài chính Kế hoạch``), abbreviations (``GD&ĐT``,
  ``KHHGĐ``), ``và`` or ``-`` between name words (``Nông nghiệp và Môi
  trường``, ``Dân số-KHHGĐ``); a few longer lower-case runs are listed in the
  data (``Người cao tuổi``).  One lower-case syllable is what a two-syllable
  word has, and the verb that follows a body (``Sở Nội vụ bố trí``) is always a
  second lower-case syllable, so it is not taken;
- a level and its place (``huyện Việt Yên``, ``TX An Nhơn``, ``Thành phố``), or
  a plural of levels (``UBND các xã, thị trấn``);
- a body nested in it (``Văn phòng UBND huyện``).

Plural/generic bodies (``các cơ quan, ban, ngành``, ``các đơn vị, cơ sở giáo
dục trực thuộc``) start with ``các`` and run over generic nouns.

Word segmentation and NER were measured as candidate sources and not used:
underthesea's NER finds 2 of the 23 dev-set gold bodies exactly (48 clauses/s),
and its word segmentation joins ``Giao Phòng`` into one word.

Markdown emphasis (``**``) inside a name is read as a space; every offset is
into the original text.

A finder that looks for mentions at a few places of a document reads the
tokens there only (``RegionTokens.run``), as far as the scans go: so a scan
asks ``has_token(toks, j)`` before it reads token ``j``, and steps over no mark
but the separators (``_SEPARATORS``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import unicodedata
from dataclasses import dataclass
from typing import Iterator, NamedTuple, Optional

import regex

from vanban.extractors.datafiles import load_json

VERSION = "1.0"

_DATA = load_json("bodies.json")

# Markdown marks that scraped texts leave inside names: read as spaces.
_MARKUP = "*#_"
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[&/][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]")
# What stands between tokens: white space as \s has it (str.isspace takes
# \x1c-\x1f too, which are tokens).  All of it is below U+3001.
_WHITE_SPACE = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))


def mask(text: str) -> str:
    """``text`` with markdown marks turned into spaces (same length)."""
    for mark in _MARKUP:  # (str.replace: many times faster than a regular expression)
        text = text.replace(mark, " ")
    return text


class _Tok(NamedTuple):
    # A NamedTuple, not a dataclass: documents have thousands of tokens, and a
    # frozen dataclass costs several times more to build.
    text: str
    start: int
    end: int
    gap: str  # what stands between the previous token and this one

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def capital(self) -> bool:
        return self.text[0].isupper() or self.text[0].isdigit()

    @property
    def all_caps(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)


def tokens(text: str) -> list[_Tok]:
    return masked_tokens(mask(text))


def masked_tokens(masked: str, regions: Optional[list[tuple[int, int]]] = None) -> list[_Tok]:
    """Tokens of an already masked text, or only of its ``regions`` (sorted,
    disjoint spans): a finder that reads a few paragraphs of a long document
    need not build the tokens of the rest.  Offsets are into ``masked``; a
    token's gap is what stands between it and the token before it in the list,
    so the first token of a region is never inline with the one before."""
    out: list[_Tok] = []
    append = out.append
    new = tuple.__new__  # what _Tok._make does, without its checks: the hot loop
    previous = 0
    for start, end in regions if regions is not None else ((0, len(masked)),):
        for match in _TOKEN.finditer(masked, start, end):
            begin, stop = match.span()
            append(new(_Tok, (match.group(), begin, stop, masked[previous:begin])))
            previous = stop
    return out


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(match.group() for match in _TOKEN.finditer(phrase))


@dataclass(frozen=True)
class _Head:
    words: tuple[str, ...]
    kind: str
    level: Optional[str]
    needs_name: bool
    form: str  # how the registry writes this head (the first form in the data)


def _index(entries):
    """First word -> candidate word tuples, longest first."""
    table: dict[str, list] = {}
    for words, value in entries:
        table.setdefault(words[0], []).append((words, value))
    for candidates in table.values():
        candidates.sort(key=lambda item: len(item[0]), reverse=True)
    return table


def _head_entries():
    for spec in _DATA["heads"]:
        for form in spec["forms"]:
            head = _Head(_words(form), spec["kind"], spec["level"], spec["needs_name"], spec["forms"][0])
            yield head.words, head
            upper = _words(form.upper())
            if upper != head.words:
                yield upper, head


_HEADS = _index(_head_entries())
TITLES: tuple[str, ...] = tuple(_DATA["titles"])  # official titles (Giám đốc, Chủ tịch, …)
_TITLES = _index((_words(t), t) for t in TITLES)
_LEVELS = {_words(k): v for k, v in _DATA["levels"].items()}
_LEVEL_INDEX = _index((words, level) for words, level in _LEVELS.items())
_GENERIC = _index((_words(n.casefold()), n) for n in _DATA["generic_nouns"])
_TAILS = _index((_words(t), t) for t in _DATA["generic_tails"])
_CONTINUATIONS = _index((_words(c), c) for c in _DATA["name_continuations"])
_STOP = frozenset(_DATA["stop_words"])
_SURNAMES = frozenset(_DATA["surnames"])
_PERSON_LIKE_PLACES = frozenset(_DATA["person_like_places"])
_PROVINCE_CITIES = frozenset(_DATA["province_cities"])
_VERB_STARTS = frozenset(_DATA["verb_starts"])
_SINGLE_WORDS = frozenset(_DATA["single_words"])
_LINKS = _index((_words(w), w) for w in _DATA["generic_links"])
_NOT_LEVELS = _index((_words(w.casefold()), w) for w in _DATA["not_levels"])
_RUN_BREAKS = frozenset(_DATA["name_run"]["breaks"])
_RUN_LEVELS = frozenset(_DATA["name_run"]["levels"])
_LOWER_RUN_MAX = _DATA["name_run"]["max_syllables"]
_ONE_WORD_HEADS = frozenset(
    words[0] for candidates in _HEADS.values() for words, _ in candidates if len(words) == 1
)


def has_token(toks: list[_Tok], j: int) -> bool:
    """Is there a token ``j``: ``j < len(toks)``, except that a run of
    ``RegionTokens.run`` is built only as far as the scans ask, here.  (Every
    scan asks before it reads a token.)"""
    return j < len(toks) or (type(toks) is _Run and toks.reach(j))


def _match(index, toks: list[_Tok], i: int, fold: bool = False):
    """Longest entry of ``index`` whose words are the tokens from ``i``: (end index, value)."""
    if not has_token(toks, i):
        return None
    key = toks[i].text.casefold() if fold else toks[i].text
    for words, value in index.get(key, ()):
        n = len(words)
        if n == 1:
            return i + 1, value  # the key is the word
        if not has_token(toks, i + n - 1):
            continue
        if all((toks[i + k].text.casefold() if fold else toks[i + k].text) == words[k] for k in range(n)):
            if all(_inline(toks[i + k]) for k in range(1, n)):
                return i + n, value
    return None


def _level_at(toks: list[_Tok], i: int, fold: bool = False):
    """A level word from ``i`` (``huyện``, ``các xã``), unless the words there are a
    name word that merely starts like one (``Xã hội``)."""
    if not has_token(toks, i):
        return None
    folded = toks[i].text.casefold()
    if folded not in _NOT_LEVELS and (folded if fold else toks[i].text) not in _LEVEL_INDEX:
        return None  # (most words: no entry of either index starts with them)
    if _match(_NOT_LEVELS, toks, i, fold=True) is not None:
        return None
    return _match(_LEVEL_INDEX, toks, i, fold)


def _dash_joins(toks: list[_Tok], j: int) -> bool:
    """Does the spaced dash at ``j`` join two halves of one name (``Tài chính -
    Kế hoạch``, ``Văn hóa – Xã hội``) rather than set two names side by side
    (``Hội Chăn nuôi Việt Nam - Hiệp hội …``, ``Văn phòng Trung ương Đảng - Cơ
    quan Thường trực …``)?  Both halves are a capitalised syllable with its
    lower-case one, and no capitalised word follows the second."""
    if j < 2 or not has_token(toks, j + 2) or toks[j].gap != " " or toks[j + 1].gap != " ":
        return False
    before, first, second = toks[j - 1], toks[j + 1], toks[j + 2]
    if not (before.is_word and not before.capital and toks[j - 2].is_word and toks[j - 2].capital):
        return False
    if not (
        first.is_word
        and first.text[0].isupper()
        and second.is_word
        and not second.capital
        and _inline(second)
    ):
        return False
    if _match(_HEADS, toks, j + 1) is not None:
        return False
    after = toks[j + 3] if has_token(toks, j + 3) else None
    return after is None or not _inline(after) or not (after.is_word and after.capital)


def _inline(tok: _Tok) -> bool:
    """Does ``tok`` follow its predecessor within a sentence (no blank line)?"""
    return tok.gap.count("\n") < 2


def _name_word(tok: _Tok) -> bool:
    return tok.is_word and tok.capital and tok.text not in _STOP and tok.text not in _ONE_WORD_HEADS


def _proper_name(toks: list[_Tok], i: int) -> int:
    """End of a run of capitalised syllables (a place after a level word)."""
    j = i
    while (
        has_token(toks, j)
        and toks[j].is_word
        and toks[j].capital
        and _inline(toks[j])
        and toks[j].text not in _STOP
        and _match(_HEADS, toks, j) is None
    ):
        j += 1
        if (
            has_token(toks, j)
            and toks[j].text == "-"
            and has_token(toks, j + 1)
            and toks[j + 1].capital
            and toks[j + 1].is_word
            and not toks[j].gap
            and not toks[j + 1].gap
        ):
            j += 1  # Bà Rịa-Vũng Tàu
    if (
        j - i >= 3
        and toks[i].text in _SURNAMES
        and " ".join(t.text for t in toks[i : i + 3]) not in _PERSON_LIKE_PLACES
    ):
        return i  # a person after a title: Chủ tịch UBND huyện Nguyễn Đại Lượng
    return j


def _level(toks: list[_Tok], i: int) -> Optional[int]:
    """``huyện Việt Yên`` / ``tỉnh`` / ``Thành phố`` / ``các xã, thị trấn`` from ``i``: end index."""
    if not has_token(toks, i) or not _inline(toks[i]):
        return None
    if toks[i].text in ("các", "Các"):
        end = _generic_run(toks, i + 1, levels_only=True)
        return end
    found = _level_at(toks, i)
    if found is None:
        return None
    end = found[0]
    named_end = _proper_name(toks, end) if has_token(toks, end) and _inline(toks[end]) else end
    if named_end > end:
        return named_end
    # "Ủy ban nhân dân phường, xã và đặc khu": a plural without "các".
    while has_token(toks, end + 1) and toks[end].text in (",", "và"):
        more = _level_at(toks, end + 1, fold=True)
        if more is None or toks[end + 1].capital:
            break
        end = more[0]
    return end


def _generic_run(toks: list[_Tok], i: int, levels_only: bool = False) -> Optional[int]:
    """Generic nouns separated by commas/và after ``các``: ``cơ quan, ban, ngành``."""
    end = None
    j = i
    while has_token(toks, j):
        if levels_only:
            found = _level_at(toks, j, fold=True)
        else:
            found = _match(_GENERIC, toks, j, fold=True)
        if found is None or not _inline(toks[j]):
            break
        if (
            not levels_only
            and toks[j].capital
            and toks[j].text.casefold() in ("sở", "bộ", "phòng", "ban")
            and has_token(toks, j + 1)
            and toks[j + 1].is_word
            and toks[j + 1].capital
        ):
            break  # "các Sở Nội vụ": a named body, not a generic noun
        end = j = found[0]
        # A separator followed by another generic noun continues the run.
        k = j
        if has_token(toks, k) and toks[k].text in (",", "và") and has_token(toks, k + 1):
            k += 1
            if toks[k].text in ("các",) and has_token(toks, k + 1):
                k += 1
            probe = _level_at(toks, k, fold=True) if levels_only else _match(_GENERIC, toks, k, fold=True)
            if probe is not None and _match(_HEADS, toks, k) is None:
                j = k
                continue
        break
    if end is None:
        return None
    if not levels_only:
        while True:
            tail = _match(_TAILS, toks, end)
            if tail is None:
                break
            end = tail[0]
        link = _match(_LINKS, toks, end)
        if link is not None:
            owner = _named(toks, link[0])
            if owner is not None:
                return owner
        # "các sở, ban, ngành tỉnh", "các cơ quan, ban, ngành huyện Việt Yên".
        if has_token(toks, end) and toks[end].text not in ("các", "Các") and not toks[end].capital:
            level = _level(toks, end)
            if level is not None:
                end = level
    return end


def _named(toks: list[_Tok], i: int, depth: int = 0) -> Optional[int]:
    """A head-word body from ``i``: its end index, or None."""
    found = _match(_HEADS, toks, i)
    if found is None or depth > 2:
        return None
    j, head = found
    caps_mode = toks[i].all_caps and len(toks[i].text) > 1 and head.kind not in ("UBND", "HĐND", "MTTQ")
    has_name = False
    # "các Sở: Dân tộc và Tôn giáo, Nội vụ" — a list of names after a colon.
    colon_list = False
    if (
        has_token(toks, j)
        and toks[j].text == ":"
        and head.needs_name
        and has_token(toks, j + 1)
        and _name_word(toks[j + 1])
    ):
        j += 1
        colon_list = True
    # A name word is a capitalised syllable with at most one lower-case syllable
    # after it (Nội vụ); two capitals in a row are one word (Công Thương) and
    # take none.
    bare_capital = False
    while has_token(toks, j) and _inline(toks[j]):
        tok = toks[j]
        if _level_at(toks, j) is not None:
            break  # "UBND Thành phố", "Công an Tỉnh": a level, handled below
        if _name_word(tok):
            j += 1
            has_name = True
            if tok.all_caps and not caps_mode:
                bare_capital = False
                continue  # an abbreviation takes no lower-case syllable after it
            took = False
            if (
                not bare_capital
                and tok.text not in _SINGLE_WORDS
                and has_token(toks, j)
                and toks[j].is_word
                and not toks[j].capital
                and _inline(toks[j])
                and not caps_mode
                and _level_at(toks, j) is None
                and toks[j].text not in _VERB_STARTS
                and _match(_CONTINUATIONS, toks, j) is None
            ):
                j += 1
                took = True
            cont = _match(_CONTINUATIONS, toks, j)
            if cont is not None:
                j = cont[0]
                took = True
            bare_capital = not took and not bare_capital
            continue
        bare_capital = False
        if colon_list and tok.text == "," and has_token(toks, j + 1) and _name_word(toks[j + 1]):
            j += 1  # "các Sở: Dân tộc và Tôn giáo, Nội vụ"
            continue
        if tok.text in ("và", "&", "-", "–") and has_token(toks, j + 1) and has_name:
            nxt = toks[j + 1]
            spaced = bool(tok.gap) or bool(nxt.gap)
            if tok.text in ("-", "–") and spaced and _dash_joins(toks, j):
                j += 3  # "Tài chính - Kế hoạch": both syllables of the second half
                continue
            if (
                _name_word(nxt)
                and _inline(nxt)
                and not (tok.text in ("-", "–") and spaced and not nxt.all_caps)
            ):
                j += 1
                continue
            break
        if not has_name and depth < 2:
            nested = _named(toks, j, depth + 1)
            if nested is not None:
                j = nested
                has_name = True
                break
        break
    # "Trung tâm Kiểm soát bệnh tật tỉnh", "Ban Quản lý dự án đầu tư xây dựng
    # huyện": lower-case syllables of the name up to a level word that ends it.
    run_end = _lower_run_to_level(toks, j) if has_name or len(head.words) > 1 else None
    if run_end is not None:
        j = run_end
        has_name = True
    if head.needs_name and not has_name:
        # "Sở" alone is no body; "Phòng" + level is not one either.
        return None
    # A level after the name: "UBND huyện Việt Yên", "Phòng Nội vụ huyện".
    level_end = _level(toks, j)
    return level_end if level_end is not None and level_end > j else j


def _lower_run_to_level(toks: list[_Tok], i: int) -> Optional[int]:
    """End of a short run of lower-case name syllables from ``i`` when a level
    word closing a name (``tỉnh``, ``huyện``) follows it; None otherwise.  The
    verb after a body never starts such a run (``Sở Y tế hướng dẫn xã``)."""
    j = i
    while (
        has_token(toks, j)
        and j - i <= _LOWER_RUN_MAX
        and _inline(toks[j])
        and toks[j].is_word
        and not toks[j].capital
    ):
        if _level_at(toks, j) is not None:
            break
        if toks[j].text in _RUN_BREAKS or (
            j == i and (toks[j].text in _VERB_STARTS or _match(_CONTINUATIONS, toks, j) is not None)
        ):
            return None
        j += 1
    if j == i or j - i > _LOWER_RUN_MAX:
        return None
    level = _level_at(toks, j)
    if level is None or " ".join(t.text for t in toks[j : level[0]]) not in _RUN_LEVELS:
        return None
    return j


def _title(toks: list[_Tok], i: int) -> Optional[int]:
    found = _match(_TITLES, toks, i)
    return found[0] if found else None


def body_at(toks: list[_Tok], i: int) -> Optional[int]:
    """End index of the body mention starting at token ``i``, or None."""
    if not has_token(toks, i) or not toks[i].is_word:
        return None
    j = i
    title_end = _title(toks, j)
    if title_end is not None:
        j = title_end
    if has_token(toks, j) and toks[j].text in ("các", "Các"):
        # "Giám đốc các Sở: …", "Chủ tịch UBND các xã", "các cơ quan, ban, ngành"
        named = _named(toks, j + 1)
        if named is not None:
            return named
        generic = _generic_run(toks, j + 1)
        if generic is not None:
            # "các cơ quan, ban, ngành, UBND các xã" is two mentions; the caller joins lists.
            return generic
        return None
    named = _named(toks, j)
    if named is not None:
        return named
    if title_end is not None:
        # "Thủ trưởng cơ quan ngang bộ": a title over a generic body without "các".
        return _generic_run(toks, j)
    return None


def locality_at(toks: list[_Tok], i: int) -> Optional[int]:
    """A place named with its level (``huyện Vân Canh``, ``tỉnh Bình Định``): the
    addressee of a request in news (``yêu cầu huyện Vân Canh …``).  Not a body
    mention by itself, so ``find_bodies`` does not list it."""
    if not has_token(toks, i) or not toks[i].is_word or toks[i].capital:
        return None
    found = _level_at(toks, i)
    if found is None or not has_token(toks, found[0]) or not _inline(toks[found[0]]):
        return None
    end = _proper_name(toks, found[0])
    return end if end > found[0] else None


class StartWords(frozenset):
    """The first words of ``entries`` (word tuples of the indexes above): where
    a mention may start.  With what rules most other places out cheaply (see
    ``RegionTokens.may_start``): the first two characters of each word, and for
    a word whose entries all have more words (``Công an``), their second words."""

    def __new__(cls, entries: tuple[tuple[str, ...], ...]):
        return super().__new__(cls, (words[0] for words in entries))

    def __init__(self, entries: tuple[tuple[str, ...], ...]):
        super().__init__()
        self.entries = entries
        self.prefixes = frozenset(word[:2] for word in self)
        self.short = any(len(word) < 2 for word in self)
        seconds: dict[str, set[str]] = {}
        for words in entries:
            seconds.setdefault(words[0], set()).add(words[1] if len(words) > 1 else "")
        self.seconds = {word: frozenset(after) for word, after in seconds.items() if "" not in after}

    def __or__(self, other: "StartWords") -> "StartWords":
        return StartWords(self.entries + other.entries)


def _entries(*indexes) -> tuple[tuple[str, ...], ...]:
    return tuple(words for index in indexes for candidates in index.values() for words, _ in candidates)


# Where a mention can start: body_at needs a title, a head or "các" at its
# first tokens, locality_at a level.
BODY_STARTS = StartWords(_entries(_TITLES, _HEADS) + (("các",), ("Các",)))
PLACE_STARTS = StartWords(_entries(_LEVEL_INDEX))

# The marks a mention scan steps over: those inside data entries ("," and "-"),
# between the parts of a name ("&", "-", "–", ":" before a list of names) and
# between the bodies of a list (",", ";").  Every rule steps over words and
# these marks only, so no scan reads past any other mark (".", "(", "/" …).
_SEPARATORS = frozenset({",", ";", ":", "-", "–", "&"}) | {
    word
    for index in (_HEADS, _TITLES, _LEVEL_INDEX, _GENERIC, _TAILS, _CONTINUATIONS, _LINKS, _NOT_LEVELS)
    for candidates in index.values()
    for words, _ in candidates
    for word in words
    if not word[0].isalnum()
}


class RegionTokens:
    """The tokens ``masked_tokens(masked, regions)`` would give, read on demand.

    A finder that looks for mentions at a few places of a long document reads
    a few runs of tokens (``run``) instead of building every token: building
    them was most of its time."""

    def __init__(self, masked: str, regions: list[tuple[int, int]]):
        self.masked = masked
        self.regions = regions
        self._region_starts = [start for start, _ in regions]
        self._runs: dict[int, list[_Tok]] = {}

    def _end_before(self, pos: int) -> int:
        """End of the last token before ``pos`` (0 when there is none): every
        non-space character of a region is in a token."""
        masked, regions = self.masked, self.regions
        r = bisect.bisect_right(self._region_starts, pos - 1) - 1
        while r >= 0:
            start, end = regions[r]
            k = min(pos, end)
            while k > start and masked[k - 1] in _WHITE_SPACE:
                k -= 1
            if k > start:
                return k
            r -= 1
        return 0

    def matches(self, pos: int, stop: Optional[int] = None):
        """Matches of the tokens that start at or after ``pos`` (and before ``stop``)."""
        masked, regions = self.masked, self.regions
        for r in range(max(bisect.bisect_right(self._region_starts, pos) - 1, 0), len(regions)):
            start, end = regions[r]
            scan = max(start, pos)
            if scan >= end:
                continue
            # Back to a white space: no token holds one (\x1c is a token of its
            # own), so the tokens read from there are those read from the start
            # of the region.
            while scan > start and not masked[scan - 1].isspace():
                scan -= 1
            for match in _TOKEN.finditer(masked, scan, end):
                if stop is not None and match.start() >= stop:
                    return
                if match.start() >= pos:
                    yield match

    def may_start(self, pos: int, starts: StartWords) -> bool:
        """Might a token of ``starts`` start exactly at ``pos``?  False is
        certain: the token read from ``pos`` is the one that starts there, if
        one does."""
        masked = self.masked
        if not starts.short and masked[pos : pos + 2] not in starts.prefixes:
            return False  # (most places, without a regular expression)
        match = _TOKEN.match(masked, pos)
        if match is None or match.group() not in starts:
            return False
        seconds = starts.seconds.get(match.group())
        if seconds is None:
            return True
        # "Công tác" is no "Công an": the next token must be a second word.  (A
        # token of the next region, after a line of another text, follows after
        # a blank line: no entry runs on to it.)
        after = match.end()
        while after < len(masked) and masked[after].isspace():
            after += 1
        second = _TOKEN.match(masked, after)
        return second is not None and second.group() in seconds

    def run(self, pos: int, starts: Optional[frozenset] = None) -> list[_Tok]:
        """The tokens from the first one at or after ``pos`` through the first
        mark that is not a separator: all that ``body_at(run, 0)`` and
        ``locality_at(run, 0)`` read, and a list of bodies after it.  Built as
        far as ``has_token`` asks: the scans read four tokens of a run of twenty
        five on average.  Empty when ``starts`` is given and the first token is
        not one of them (no mention starts there)."""
        matches = self.matches(pos)
        first = next(matches, None)
        if first is None or starts is not None and first.group() not in starts:
            return []
        begin = first.start()
        if begin not in self._runs:
            self._runs[begin] = _Run(self.masked, self._end_before(begin), itertools.chain((first,), matches))
        return self._runs[begin]


class _Run(list):
    """A run of ``RegionTokens.run``, built on demand (``reach``) from the
    matches of its tokens (``previous``: where the token before it ends)."""

    def __init__(self, masked: str, previous: int, matches: Iterator):
        super().__init__()
        self._masked = masked
        self._previous = previous
        self._matches: Optional[Iterator] = matches
        self.reach(0)

    def reach(self, j: int) -> bool:
        """Build the run as far as token ``j``: is there one?"""
        masked = self._masked
        while len(self) <= j and self._matches is not None:
            match = next(self._matches, None)
            if match is None:
                self._matches = None
                break
            start, stop = match.span()
            text = match.group()
            self.append(tuple.__new__(_Tok, (text, start, stop, masked[self._previous : start])))
            self._previous = stop
            if not text[0].isalnum() and text not in _SEPARATORS:
                self._matches = None  # no scan reads past it
        return j < len(self)


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


# --------------------------------------------------------------------------
# Names


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
        head = _match(_HEADS, toks, i)
        if head is not None:
            out.append(head[1].form)
            i = head[0]
            proper = False
            capital_next = True
            continue
        level = _level_at(toks, i, fold=True)
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
        found = _level_at(toks, i, fold=True)
        if found is not None and found[0] < len(toks):
            end = _proper_name(toks, found[0])
            if end > found[0]:
                return " ".join(t.text for t in toks[i : found[0]]).casefold(), " ".join(
                    t.text for t in toks[found[0] : end]
                )
    if toks and all(t.capital for t in toks if t.is_word) and _match(_HEADS, toks, 0) is None:
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
    if text[:1].islower() and _match(_HEADS, tokens(text[:1].upper() + text[1:]), 0) is not None:
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
        found = _level_at(toks, i)
        if found is None or found[0] != len(toks):
            continue
        level_word = " ".join(t.text for t in toks[i:]).casefold()
        loc_level, place = locality_parts(locality)
        if place and (
            loc_level is None
            or loc_level == level_word
            or _LEVELS.get(_words(loc_level)) == _LEVELS.get(_words(level_word))
        ):
            return text + " " + place
        return text
    return text


def _strip_title(name: str) -> str:
    toks = tokens(name)
    i = 0
    end = _title(toks, i)
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
    found = _match(_HEADS, toks, 0)
    if found is None:
        return None
    head: _Head = found[1]
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
    found = _match(_HEADS, toks, 0)
    first_level = None
    for i in range(len(toks)):
        level = _level_at(toks, i)
        if level is None:
            continue
        word = " ".join(t.text for t in toks[i : level[0]])
        place_end = _proper_name(toks, level[0]) if level[0] < len(toks) else level[0]
        place = " ".join(t.text for t in toks[level[0] : place_end])
        if word.casefold() == "thành phố":
            first_level = (
                "tỉnh" if (word == "Thành phố" and not place) or place in _PROVINCE_CITIES else "huyện"
            )
        else:
            first_level = level[1]
        break
    if first_level:
        return first_level
    if found is not None:
        return found[1].level
    return None
