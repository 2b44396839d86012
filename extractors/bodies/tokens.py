"""The tokens body mentions are read in: runs of letters and digits (with
``&`` inside abbreviations such as ``GD&ĐT``, and ``/`` between capitals or
digits: ``KH/ĐT``) and every other mark alone, over the text as the grammar
reads it (``readable``: Markdown emphasis masked to spaces, the old tone
placement moved to the new; offsets stay those of the original text)."""

from __future__ import annotations

from typing import NamedTuple, Optional

import regex

from vanban.extractors.datafiles import load_json
from vanban.extractors.text.folding import new_tone_placement

_MARKUP = "*#_"
# ("/" between words separates alternatives: ``xã/phường``, ``Sở Y tế/Sở Giáo dục …``)
TOKEN_PATTERN = regex.compile(
    r"[\p{L}\p{M}\p{N}]+(?:(?:&|(?<=[\p{Lu}\p{N}])/(?=[\p{Lu}\p{N}]))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]"
)
# What stands between tokens: white space as \s has it (str.isspace takes
# \x1c-\x1f too, which are tokens).  All of it is below U+3001.
WHITE_SPACE = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))


def mask(text: str) -> str:
    """``text`` with markdown marks turned into spaces (same length)."""
    for mark in _MARKUP:  # (str.replace: many times faster than a regular expression)
        text = text.replace(mark, " ")
    return text


class Token(NamedTuple):
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


# A footnote's mark glued to the word it annotates (``Bộ Nội vụ[6] chịu trách nhiệm``,
# ``03 bộ, cơ quan[2]``), as portal copies and consolidated texts print them.
_FOOTNOTE_MARK = regex.compile(r"(?<=[\p{L}\p{N})])\[\d{1,3}\]")


def _lower_first(form: str) -> str:
    return form[:1].lower() + form[1:]


def _lower_case_item_heads() -> regex.Pattern:
    """A body's head or an official's title typed in lower case as the first words of
    an item after a semicolon (``Sở Văn hóa, Thể thao và Du lịch; sở Khoa học và Công
    nghệ; …``, ``Sở Dân tộc và Tôn giáo; ủy ban nhân dân các xã …:``), where a list
    of bodies goes on: a head that needs a name before a capitalised word, one of
    several words that needs none before its level (``công an xã``, not ``thường trực
    tiếp nhận …``, ``nhà đầu tư tự bảo đảm …``), a title before a capitalised word or
    ``các``."""
    data = load_json("bodies.json")
    levels = "|".join(regex.escape(level) for level in sorted(data["levels"], key=len, reverse=True))
    named, whole = set(), set()
    for spec in data["heads"]:
        for form in spec["forms"]:
            if not form[:1].isupper() or form.isupper():
                continue  # (an abbreviation: "UBND" in lower case is no head)
            if spec["needs_name"]:
                named.add(_lower_first(form))
            elif " " in form:
                whole.add(_lower_first(form))
    titles = {_lower_first(title) for title in data["titles"] if title[:1].isupper() and not title.isupper()}

    def alternation(forms) -> str:
        return "|".join(regex.escape(form) for form in sorted(forms, key=len, reverse=True))

    return regex.compile(
        r";[ \t]*(?:\n[ \t]*)?\K(?:"
        + rf"(?:{alternation(named)})(?=[ \t]+\p{{Lu}})"
        + rf"|(?:{alternation(whole)})(?=[ \t]+(?:các[ \t]+)?(?:{levels})(?![\p{{L}}\p{{N}}]))"
        + rf"|(?:{alternation(titles)})(?=[ \t]+(?:\p{{Lu}}|các(?![\p{{L}}])))"
        + ")"
    )


_LOWER_CASE_ITEM_HEAD = _lower_case_item_heads()


def _capitalised(match: regex.Match) -> str:
    word = match.group()
    return word[:1].upper() + word[1:]


def readable(text: str) -> str:
    """``text`` as the body grammar reads it, offset for offset: Markdown marks and
    footnote marks as spaces, the old tone placement moved to the new (``tỉnh
    uỷ``, ``Sở Văn hoá`` read as the data's ``tỉnh ủy``, ``Văn hóa``), and a head or
    title that opens an item after a semicolon in lower case capitalised, as the
    items before it are (``…; sở Khoa học và Công nghệ``).  Names are still taken
    from the text itself."""
    masked = mask(text)
    if "[" in masked:
        masked = _FOOTNOTE_MARK.sub(lambda mark: " " * len(mark.group()), masked)
    masked = new_tone_placement(masked)
    if ";" in masked:
        masked = _LOWER_CASE_ITEM_HEAD.sub(_capitalised, masked)
    return masked


def tokens(text: str) -> list[Token]:
    return masked_tokens(readable(text))


def masked_tokens(masked: str, regions: Optional[list[tuple[int, int]]] = None) -> list[Token]:
    """Tokens of an already masked text, or only of its ``regions`` (sorted,
    disjoint spans): a finder that reads a few paragraphs of a long document
    need not build the tokens of the rest.  Offsets are into ``masked``; a
    token's gap is what stands between it and the token before it in the list,
    so the first token of a region is never inline with the one before."""
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # what Token._make does, without its checks: the hot loop
    previous = 0
    for start, end in regions if regions is not None else ((0, len(masked)),):
        for match in TOKEN_PATTERN.finditer(masked, start, end):
            begin, stop = match.span()
            append(new(Token, (match.group(), begin, stop, masked[previous:begin])))
            previous = stop
    return out
