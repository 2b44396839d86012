"""Legacy Vietnamese 8-bit encodings: TCVN3, VNI, VISCII (Windows-1258 is a
Python codec).  Decoding, encoding, and detection by syllables.

Tables are data (``data/legacy_encodings/*.json``): TCVN3 and VISCII were
generated from glibc iconv's TCVN5712-1 and VISCII, VNI from its chart.

A legacy text is handled as a *surface*: a ``str`` whose characters below
U+0100 stand for bytes.  Bytes read from a file become a surface through
Latin-1; text that a Word file typed in a ``.VnTime`` or ``VNI-Times`` font
gives (``§¶ng`` for ``Đảng``) becomes one by mapping each character back to
the byte the font drew, so one set of tables serves both.

Which encoding a text is in is decided by how many of its words become
Vietnamese syllables (``extractors.text.syllables``), counted over the words that
hold a byte outside ASCII: they are the only ones the candidates disagree on.
A generic charset guesser cannot do this: every byte is valid in every
8-bit encoding, and mojibake made of Vietnamese letters looks like
Vietnamese to a letter-frequency model.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from vanban.extractors.text import syllables

LEGACY_ENCODINGS = ("tcvn3", "vni", "viscii")
# Candidates for bytes that are not UTF-8, in the order that breaks a tie.
BYTE_CANDIDATES = ("cp1258", "tcvn3", "vni", "viscii")
# A decoding is accepted when this share of its evidence words are syllables...
MIN_SYLLABLE_SHARE = 0.85
# ...and a text already in Unicode is repaired only when the legacy reading
# beats it by this much.
MIN_REPAIR_GAIN = 0.15
# Below this lead over the runner-up the choice is uncertain and the
# confidence says so.
CLEAR_MARGIN = 0.10
# Detection reads a sample of a long file (its head and tail), then the
# winner decodes the whole; the words of 64 KB settle it.
SAMPLE_HEAD, SAMPLE_TAIL = 48_000, 16_000

_DATA = Path(__file__).parent / "data" / "legacy_encodings"
# Windows-1252 punctuation that TCVN3 reuses for capitals with tone marks
# (0x93 is Ỏ in TCVN3 and “ in Windows-1252); decided word by word.
_C1_PUNCTUATION = {b: bytes([b]).decode("cp1252") for b in (0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97)}
_C1_PUNCT_CHARS = "".join(chr(b) for b in _C1_PUNCTUATION)
_TOKEN_WITH_C1_PUNCT = regex.compile(r"\S*[\x85\x91-\x97]\S*")
_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]+")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Detection:
    text: str
    encoding: Optional[str]
    confidence: float
    # share of syllables per candidate, for the record and for refusals
    scores: dict


@lru_cache(maxsize=None)
def _single_byte_table(name: str) -> dict[int, str]:
    raw = json.loads((_DATA / f"{name}.json").read_text("utf-8"))
    return {int(code, 16): char for code, char in raw["bytes"].items()}


@lru_cache(maxsize=None)
def _vni_sequences() -> dict[str, str]:
    return json.loads((_DATA / "vni.json").read_text("utf-8"))["sequences"]


@lru_cache(maxsize=None)
def _vni_pattern() -> regex.Pattern:
    keys = sorted(_vni_sequences(), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(k) for k in keys))


@lru_cache(maxsize=None)
def _cp1252_c1() -> dict[int, str]:
    """C1 bytes (0x80-0x9F) as Windows-1252 reads them; the five it leaves
    undefined stay as they are."""
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            pass
    return table


@lru_cache(maxsize=None)
def _surface_table() -> dict[int, int]:
    """Unicode character → the byte a legacy font drew for it, for text that
    a Word file or a PDF gives out: Windows-1252's characters for 0x80-0x9F
    and the symbol-font private-use range U+F000-U+F0FF."""
    table = {ord(char): b for b, char in _cp1252_c1().items()}
    table.update({0xF000 + b: b for b in range(0x20, 0x100)})
    return table


# ----------------------------------------------------------------- decoding


def _resolve_tcvn3_c1(surface: str) -> str:
    """Read C1 bytes that sit at a word's edge as Windows-1252 punctuation
    when that gives a syllable (or a standalone dash) and the TCVN3 capital
    does not: ``\\x93§¶ng\\x94`` is “Đảng”, not ỎĐảngÕ."""
    if not any(ch in surface for ch in _C1_PUNCT_CHARS):
        return surface
    table = _single_byte_table("tcvn3")

    def fix(match: regex.Match) -> str:
        token = match.group()
        if not any(ch in _C1_PUNCT_CHARS for ch in token):
            return token
        if all(ch in _C1_PUNCT_CHARS for ch in token):
            return token.translate({ord(ch): _C1_PUNCTUATION[ord(ch)] for ch in token})
        lead = len(token) - len(token.lstrip(_C1_PUNCT_CHARS + "\"'([{"))
        trail = len(token) - len(token.rstrip(_C1_PUNCT_CHARS + "\"').,;:!?]}"))
        best, best_rank = token, None
        for as_punct_lead in (False, True):
            for as_punct_trail in (False, True):
                head = token[:lead]
                tail = token[len(token) - trail :] if trail else ""
                core = token[lead : len(token) - trail] if trail else token[lead:]
                if as_punct_lead:
                    head = "".join(_C1_PUNCTUATION.get(ord(c), c) for c in head)
                if as_punct_trail:
                    tail = "".join(_C1_PUNCTUATION.get(ord(c), c) for c in tail)
                candidate = head + core + tail
                decoded = unicodedata.normalize("NFC", candidate.translate(table))
                verdicts = [syllables.classify(w) for w in syllables.words(decoded)]
                rank = (
                    sum(v is True for v in verdicts) - sum(v is False for v in verdicts),
                    -(as_punct_lead + as_punct_trail),
                )
                if best_rank is None or rank > best_rank:
                    best, best_rank = candidate, rank
        return best

    return _TOKEN_WITH_C1_PUNCT.sub(fix, surface)


def _restore_heading_case(text: str) -> str:
    """TCVN3 headings were typed in the ``.VnTimeH`` font, which draws the
    lowercase accented bytes as capitals: ``CéNG HOµ`` reads ``CộNG HOà``.
    A line with capitals and no ASCII lowercase letter is such a heading."""
    out = []
    for line in text.split("\n"):
        ascii_letters = [c for c in line if c.isascii() and c.isalpha()]
        if (
            sum(c.isupper() for c in ascii_letters) >= 2
            and not any(c.islower() for c in ascii_letters)
            and any(c.islower() for c in line)
        ):
            line = line.upper()
        out.append(line)
    return "\n".join(out)


def decode_surface(surface: str, encoding: str) -> str:
    """Legacy surface → Unicode (not yet NFC: TCVN3 may hold combining marks).
    Characters above U+00FF are not bytes and pass through."""
    if encoding == "tcvn3":
        text = _resolve_tcvn3_c1(surface).translate(_single_byte_table("tcvn3"))
        return _restore_heading_case(text)
    if encoding == "viscii":
        return surface.translate(_single_byte_table("viscii"))
    if encoding == "vni":
        sequences = _vni_sequences()
        text = _vni_pattern().sub(lambda m: sequences[m.group()], surface)
        return text.translate(_cp1252_c1())
    raise ValueError(f"unknown legacy encoding {encoding!r}")


def decode(data: bytes, encoding: str) -> str:
    """Bytes in ``encoding`` (a legacy name or a Python codec) → text."""
    if encoding in LEGACY_ENCODINGS:
        return decode_surface(data.decode("latin-1"), encoding)
    return data.decode(encoding)


def to_surface(text: str) -> str:
    """Text from a legacy font as its bytes (characters below U+0100)."""
    return text.translate(_surface_table())


# ----------------------------------------------------------------- encoding


@lru_cache(maxsize=None)
def _encode_table(encoding: str) -> dict[str, str]:
    if encoding == "vni":
        return {letter: seq for seq, letter in _vni_sequences().items()}
    return {
        char: chr(b) for b, char in _single_byte_table(encoding).items() if not unicodedata.combining(char)
    }


def encode(text: str, encoding: str, errors: str = "replace") -> bytes:
    """Unicode → legacy bytes, as a legacy editor would have saved the text.

    Vietnamese letters go through the table; other characters are written as
    Windows-1252 (TCVN3, VNI) or Latin-1 (VISCII) where that does not collide
    with a letter of the encoding, else ``?`` (or ValueError with
    ``errors="strict"``).
    """
    table = _encode_table(encoding)
    taken = set(table.values()) if encoding != "vni" else set()
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in table:
            out.append(table[char])
        elif ord(char) < 0x80:
            out.append(char)
        else:
            byte = None
            for codec in ("cp1252", "latin-1") if encoding != "viscii" else ("latin-1",):
                try:
                    candidate = char.encode(codec).decode("latin-1")
                except UnicodeEncodeError:
                    continue
                # TCVN3 capitals share C1 bytes with Windows-1252 quotes and
                # dashes, and editors wrote those bytes all the same.
                reused = encoding == "tcvn3" and ord(candidate) in _C1_PUNCTUATION
                if (candidate not in taken or reused) and (encoding != "vni" or ord(candidate) < 0xC0):
                    byte = candidate
                    break
            if byte is None:
                if errors == "strict":
                    raise ValueError(f"{char!r} cannot be written in {encoding}")
                byte = "?"
            out.append(byte)
    return "".join(out).encode("latin-1")


# ---------------------------------------------------------------- detection


def _has_non_ascii(word: str) -> bool:
    return not word.isascii()


def syllable_share(text: str) -> tuple[float, int]:
    """Share of the non-ASCII words of ``text`` (NFC-normalised first) that
    are syllables, with the number counted; control characters left in the
    text count as failed words."""
    result = syllables.score(text, only=_has_non_ascii)
    controls = len(CONTROL_CHARS.findall(text))
    counted = result.counted + controls
    return (result.valid / counted if counted else 0.0), counted


def _confidence(best: float, runner_up: float) -> float:
    """The best share, reduced when the runner-up comes close."""
    margin = best - runner_up
    if margin >= CLEAR_MARGIN:
        return round(best, 4)
    return round(best * (0.5 + 5 * max(margin, 0.0)), 4)


def detect_bytes(data: bytes) -> Detection:
    """Choose among Windows-1258, TCVN3, VNI and VISCII for 8-bit ``data``.

    ``encoding`` is None when no candidate reads as Vietnamese; the caller
    refuses the file then (``scores`` says why)."""
    sample = data
    if len(data) > SAMPLE_HEAD + SAMPLE_TAIL:
        sample = data[:SAMPLE_HEAD] + b"\n" + data[-SAMPLE_TAIL:]
    scores: dict[str, float] = {}
    for name in BYTE_CANDIDATES:
        try:
            data.decode(name) if name not in LEGACY_ENCODINGS else None
            scores[name], _ = syllable_share(decode(sample, name))
        except UnicodeDecodeError:
            continue
    if not scores:
        return Detection("", None, 0.0, {})
    ranked = sorted(scores, key=lambda n: (-scores[n], BYTE_CANDIDATES.index(n)))
    best = ranked[0]
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    if scores[best] < MIN_SYLLABLE_SHARE:
        return Detection("", None, 0.0, scores)
    return Detection(decode(data, best), best, _confidence(scores[best], runner_up), scores)


def _looks_legacy(text: str) -> bool:
    """Whether ``text`` holds characters a legacy font puts out at all."""
    return any(
        0x80 <= ord(c) < 0x100
        or ord(c) < 0x20
        and c not in "\t\n\r\f"
        or 0xF000 <= ord(c) < 0xF100
        or ord(c) in _surface_table()
        for c in text
    )


def repair_legacy_text(text: str) -> tuple[str, Optional[str], float]:
    """Text read out of a file typed in a legacy font, made Unicode.

    Returns ``(text, encoding, confidence)``.  ``encoding`` is ``"tcvn3"``,
    ``"vni"`` or ``"viscii"`` when the text was such mojibake (``§¶ng`` →
    ``Đảng``) and None when it is left as it was; ``confidence`` is the
    share of syllables among the words that carry the evidence.  Only the
    lines that read better decoded are changed, so a document mixing legacy
    and Unicode runs comes out whole.  The result is NFC.
    """
    if not _looks_legacy(text):
        share, counted = syllable_share(text)
        return text, None, round(share, 4) if counted else 1.0
    sample = text
    if len(text) > SAMPLE_HEAD + SAMPLE_TAIL:
        sample = text[:SAMPLE_HEAD] + "\n" + text[-SAMPLE_TAIL:]
    original, _ = syllable_share(sample)
    if original > 1 - MIN_REPAIR_GAIN:
        # Already Vietnamese: no reading can gain enough (most Unicode files).
        return text, None, round(original, 4)
    sample_surface = to_surface(sample)
    scores = {name: syllable_share(decode_surface(sample_surface, name))[0] for name in LEGACY_ENCODINGS}
    ranked = sorted(scores, key=lambda n: (-scores[n], LEGACY_ENCODINGS.index(n)))
    best = ranked[0]
    if scores[best] < MIN_SYLLABLE_SHARE or scores[best] - original < MIN_REPAIR_GAIN:
        return text, None, round(original, 4)
    trials = {best: decode_surface(to_surface(text), best)}
    lines_in = text.split("\n")
    lines_out = trials[best].split("\n")
    if len(lines_in) != len(lines_out):  # a table that maps onto a newline: take it whole
        fixed = trials[best]
    else:
        fixed_lines = []
        for before, after in zip(lines_in, lines_out):
            if before != after and syllable_share(after)[0] > syllable_share(before)[0]:
                fixed_lines.append(after)
            else:
                fixed_lines.append(before)
        fixed = "\n".join(fixed_lines)
    fixed = unicodedata.normalize("NFC", fixed)
    return fixed, best, _confidence(scores[best], max(original, scores[ranked[1]]))
