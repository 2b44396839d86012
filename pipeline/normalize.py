"""Text normalisation applied to every document before extraction and storage.

Only changes that cannot alter meaning are made here; each kind of change is
counted (``edits``) and located (``changes``) so that the store can say what
was done to the text as read.

What is deliberately *not* done to the stored text, and why (measured with
``vanban eval`` on ../shared/eval/dev):

- Tone-mark placement (``hoà``/``hòa``, ``thuỷ``/``thủy``) is left as written:
  the FTS5 index removes every tone mark (``remove_diacritics 2``), so both
  placements already fold to one search term.
- Hard line breaks inside sentences are kept: the sentence splitter already
  reads them as wraps (``nlp.sentences.is_hard_wrap``), FTS5 treats a newline as a
  space, and gold spans match whitespace-insensitively.  ``join_hard_wraps``
  replaces such a newline by a space (same length, so offsets do not move)
  for callers that want flowing text.
- OCR acronym repairs (``KHHGD`` → ``KHHGĐ``) are found and counted but not
  applied by default: gold spans and document numbers are quoted as written
  (``174/UBND-DS KHHGD``), so changing the stored text makes them unfindable,
  while search already folds Đ to D.  ``fix_acronyms=True`` applies them;
  ``repair_acronyms`` fixes a value (an agency name) against its document.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex

from vanban.pipeline.nlp.sentences import is_hard_wrap

# Look-alikes that OCR and old fonts put in place of Vietnamese letters.
_LOOKALIKES = {
    "\u00d0": "\u0110",  # Ð (Icelandic eth) for Đ
    "\u00f0": "\u0111",  # ð for đ
    "\u0189": "\u0110",  # Ɖ (African D) for Đ
}
# Characters that render as nothing (Unicode's Default_Ignorable_Code_Point:
# zero-width spaces and joiners, soft hyphen, invisible operators U+2061-2064,
# the Mongolian vowel separator, variation selectors, tag characters U+E0000-
# E007F...).  One inside a word or a number hides it from every extractor
# (``2\u2063023`` is no year), and nothing a document says is lost with them.
_INVISIBLE = regex.compile(r"\p{Default_Ignorable_Code_Point}")
# The bidirectional controls among them (LRM/RLM, embeddings, overrides,
# isolates, the Arabic letter mark) are counted apart: they reorder what a
# terminal prints, so a text holding them is one to look at.
_BIDI_CONTROLS = regex.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ACRONYMS_FILE = Path(__file__).parent / "data" / "ocr_acronyms.json"
# An acronym right after ``<number>/`` belongs to a document symbol, which is
# an identifier cited as printed (``174/UBND-DS KHHGD``): never touched.
_IN_SYMBOL = regex.compile(r"\d+/[\p{Lu}\p{N}&.\-/]*[ \-]?$")


@dataclass(frozen=True)
class Change:
    kind: str
    start: int  # offsets in the normalised text
    end: int
    before: str
    after: str


@dataclass(frozen=True)
class NormalizedText:
    text: str
    edits: dict[str, int] = field(default_factory=dict)
    # Located edits of the kinds that keep the text's length (look-alikes,
    # acronyms, joined wraps); offsets index ``text``.
    changes: tuple[Change, ...] = ()


@lru_cache(maxsize=1)
def _acronym_pattern() -> tuple[regex.Pattern, dict[str, str]]:
    acronyms = json.loads(_ACRONYMS_FILE.read_text("utf-8"))["acronyms"]
    plain = {a.replace("Đ", "D"): a for a in acronyms}
    alternation = "|".join(regex.escape(p) for p in sorted(plain, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])"), plain


def find_acronym_fixes(text: str) -> list[Change]:
    """Acronyms written with D for Đ (``KHHGD``) in a document that also
    writes them right (``KHHGĐ``), outside document symbols."""
    pattern, plain = _acronym_pattern()
    fixes = []
    written_right: dict[str, bool] = {}  # (one scan of the text per acronym, not per match)
    for match in pattern.finditer(text):
        wrong = match.group()
        right = plain[wrong]
        if right not in written_right:
            written_right[right] = right in text
        if not written_right[right]:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _IN_SYMBOL.search(text[line_start : match.start()]):
            continue
        fixes.append(Change(f"ocr_acronym:{wrong}->{right}", match.start(), match.end(), wrong, right))
    return fixes


def repair_acronyms(value: str, document: str) -> str:
    """``value`` (an agency, a subject) with its D-for-Đ acronyms restored
    when ``document`` writes them right: ``Trung tâm Dân số-KHHGD`` →
    ``Trung tâm Dân số-KHHGĐ``."""
    pattern, plain = _acronym_pattern()
    return pattern.sub(lambda m: plain[m.group()] if plain[m.group()] in document else m.group(), value)


def find_hard_wraps(text: str) -> list[int]:
    """Offsets of newlines that break a sentence in mid-phrase, by the
    sentence splitter's own rule (one mechanism for both)."""
    wraps = []
    for match in regex.finditer(r"\n", text):
        at = match.start()
        before = text[max(0, at - 200) : at].rstrip(" \t")
        if "\n" in before[-1:] or not before:
            continue
        if text[at + 1 : at + 2] == "\n":
            continue  # a paragraph break, not a wrap
        if is_hard_wrap(before, text[at + 1 : at + 5]):
            wraps.append(at)
    return wraps


def strip_invisible(text: str) -> str:
    """``text`` without the characters that render as nothing, bidi controls
    included: for values kept beside the normalised text (a page's title in
    the metadata), which are printed as they are."""
    return _INVISIBLE.sub("", text)


def normalize_text(raw: str, fix_acronyms: bool = False, join_hard_wraps: bool = False) -> NormalizedText:
    edits: Counter[str] = Counter()
    changes: list[Change] = []
    text = raw
    if "\r" in text:
        edits["line_endings"] = text.count("\r")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Searched before substituting: most texts hold none, and a miss costs a
    # fraction of rebuilding the string.
    if _INVISIBLE.search(text):
        bidi = len(_BIDI_CONTROLS.findall(text))
        stripped = _INVISIBLE.sub("", text)
        if len(text) - len(stripped) > bidi:
            edits["invisible_chars_removed"] = len(text) - len(stripped) - bidi
        if bidi:
            edits["bidi_controls_removed"] = bidi
        text = stripped
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        edits["nfc"] = 1
        text = nfc
    for wrong, right in _LOOKALIKES.items():
        count = text.count(wrong)
        if count:
            edits[f"{wrong}->{right}"] = count
            changes.extend(
                Change(f"{wrong}->{right}", m.start(), m.end(), wrong, right)
                for m in regex.finditer(regex.escape(wrong), text)
            )
            text = text.replace(wrong, right)
    fixes = find_acronym_fixes(text)
    for fix in fixes:
        edits[fix.kind if fix_acronyms else f"{fix.kind} (found, not applied)"] += 1
    if fix_acronyms and fixes:
        # Đ for D: one character for one, offsets do not move.
        chars = list(text)
        for fix in fixes:
            chars[fix.start : fix.end] = fix.after
        text = "".join(chars)
        changes.extend(fixes)
    if join_hard_wraps:
        wraps = find_hard_wraps(text)
        if wraps:
            edits["hard_wraps_joined"] = len(wraps)
            chars = list(text)
            for at in wraps:
                chars[at] = " "
            text = "".join(chars)
            changes.extend(Change("hard_wrap_joined", at, at + 1, "\n", " ") for at in wraps)
    return NormalizedText(text=text, edits=dict(edits), changes=tuple(sorted(changes, key=lambda c: c.start)))
