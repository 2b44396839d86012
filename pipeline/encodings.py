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

import itertools
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
# UTF-8 bytes that were read as Windows-1252 (or Latin-1) and saved again:
# ``KÃ\xadnh gá»\xadi`` for ``Kính gửi``.  A repair of Unicode text like the
# legacy ones, named so in the record.
MOJIBAKE = "cp1252 mojibake"
# The bytes Windows-1252 leaves undefined: a converter that replaced them
# left U+FFFD where one of these was (``Ä\ufffd`` for the bytes of ``Đ``).
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# A word with more lost bytes than this is not guessed back (5 ** n guesses
# each; real words lose at most two: ``ĐỀ``).
_MAX_LOST_BYTES = 2
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
# A text is stored as Vietnamese when at least this share of its words are
# Vietnamese syllables (numbers, codes and acronyms in plain capitals are not
# counted; a word that lost a letter to U+FFFD counts against).  Real
# documents score 0.83 (a customs notice full of English goods names) to 1.0;
# Vietnamese typed without tone marks 0.68; English and French 0.16-0.25, random
# letters 0.03, Chinese 0 (measured by tests/test_encodings.py).
MIN_VIETNAMESE_SHARE = 0.5
# The character a decoder puts where it lost one.
LOST = "\ufffd"
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


# ----------------------------------------------------------------- mojibake


@lru_cache(maxsize=None)
def _cp1252_bytes() -> dict[str, int]:
    """Character → the byte Windows-1252 read it from; Latin-1 (and the C1
    controls a lenient decoder keeps for the undefined bytes) map to
    themselves."""
    table = {chr(b): b for b in range(0x100)}
    table.update({char: b for b, char in _cp1252_c1().items()})
    return table


_ASCII_SPACE = re.compile(r"([ \t\n\r\f\v]+)")


def _word_rank(token: str) -> tuple[int, int, int]:
    """How well a token reads as Vietnamese, best highest: first (negated)
    its non-ASCII characters outside a syllable, so that ``số`` beats
    ``sá»‘`` (whose ``sá`` is a syllable once ``»‘`` is stripped as
    punctuation) and ``2025…`` beats ``2025â€¦``; then its spaces, format and
    control characters (what a wrong guess of a lost byte gives: U+2001, a
    zero-width joiner); then its syllables less its other words."""
    balance = inside = 0
    for word in syllables.words(token):
        verdict = syllables.classify(word)
        balance += (verdict is True) - (verdict is False)
        if verdict is True:
            inside += sum(not c.isascii() for c in word)
    outside = sum(not c.isascii() for c in token) - inside
    oddities = sum(unicodedata.category(c) in ("Zs", "Cf", "Cc") for c in token)
    return -outside, -oddities, balance


@lru_cache(maxsize=65536)  # (a document repeats its words)
def _undo_word(word: str) -> str:
    """One whitespace-free token read back as the UTF-8 it was, or as it
    is when it was not such mojibake or reads no better decoded (``XÃ…``,
    a right word before an ellipsis, is strict UTF-8 for ``XÅ``).  A lost
    byte (U+FFFD) is guessed among the five Windows-1252 leaves undefined:
    the guess that reads best is kept when it is the only one; when two do
    (``CHÍNH`` and ``CHÁNH``) the letter stays U+FFFD, lost, rather than
    guessed wrong."""
    table = _cp1252_bytes()
    raw: list[Optional[int]] = []
    for char in word:
        if char == "\ufffd":
            raw.append(None)
        elif char in table:
            raw.append(table[char])
        else:
            return word  # ``ư``, ``ạ``: a character no 8-bit reading gives
    lost = [i for i, b in enumerate(raw) if b is None]
    if len(lost) > _MAX_LOST_BYTES:
        return word
    ranked: list[tuple[tuple[int, int, int], str]] = []
    for fill in itertools.product(_CP1252_UNDEFINED, repeat=len(lost)):
        for i, b in zip(lost, fill):
            raw[i] = b
        try:
            decoded = unicodedata.normalize("NFC", bytes(raw).decode("utf-8"))  # type: ignore[arg-type]
        except UnicodeDecodeError:
            continue
        if decoded.isascii():
            return word  # nothing was encoded in it
        ranked.append((_word_rank(decoded), decoded))
    if not ranked:
        return word
    top = max(rank for rank, _ in ranked)
    best = list(dict.fromkeys(decoded for rank, decoded in ranked if rank == top))
    if len(best) == 1:
        result = best[0]
    elif len({len(b) for b in best}) == 1:
        result = "".join(chars[0] if len(set(chars)) == 1 else "\ufffd" for chars in zip(*best))
    else:
        return word
    return result if _word_rank(result) > _word_rank(word) else word


def undo_mojibake(text: str) -> str:
    """``text`` with its words that are UTF-8 read as Windows-1252 decoded
    again, up to three times (text garbled twice); other words untouched.
    Whitespace other than ASCII's belongs to the words: ``Ã\xa0`` (U+00A0)
    is the ``à`` of ``ngÃ\xa0y``."""
    for _round in range(3):
        parts = _ASCII_SPACE.split(text)
        fixed = "".join(part if part.isascii() else _undo_word(part) for part in parts)
        if fixed == text:
            break
        text = fixed
    return text


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


@dataclass(frozen=True)
class Language:
    """How much of a decoded text is Vietnamese, and why it is refused if it
    is not (``cause`` None: it is kept)."""

    share: float  # Vietnamese syllables among the words judged
    counted: int  # words judged
    lost: int  # characters lost before or in decoding (U+FFFD)
    intact: float  # share of the words that lost no character
    cause: Optional[str]


def judge_language(text: str) -> Language:
    """Whether ``text`` reads as Vietnamese: the one rule every reader of
    decoded text applies before it stores the text (README, "What is read")."""
    result = syllables.score(text)
    lost = text.count(LOST)
    intact = 1.0
    if lost:
        words = syllables.words(text)
        intact = 1 - sum(LOST in w for w in words) / len(words)
    cause = None
    if result.counted == 0:
        cause = "not Vietnamese text: no word in it reads as a Vietnamese syllable"
    elif result.share < MIN_VIETNAMESE_SHARE:
        cause = (
            f"not Vietnamese text: {result.share:.0%} of its {result.counted} words are Vietnamese "
            f"syllables ({MIN_VIETNAMESE_SHARE:.0%} needed)"
        )
    if cause and lost:
        cause += f"; {lost} characters were lost in decoding (U+FFFD)"
    return Language(round(result.share, 4), result.counted, lost, round(intact, 4), cause)


def _confidence(best: float, runner_up: float) -> float:
    """The best share, reduced when the runner-up comes close."""
    margin = best - runner_up
    if margin >= CLEAR_MARGIN:
        return round(best, 4)
    return round(best * (0.5 + 5 * max(margin, 0.0)), 4)


def detect_bytes(data: bytes) -> Detection:
    """Choose among Windows-1258, TCVN3, VNI and VISCII for 8-bit ``data``.

    ``encoding`` is None when no candidate reads as Vietnamese; the caller
    refuses the file then (``scores`` says why).  A file that is partly
    UTF-8 (a fragment pasted into a VNI file) is decoded segment by segment
    (``detect_mixed_segments``)."""
    mixed = detect_mixed_segments(data)
    if mixed is not None:
        return mixed
    return _detect_one_encoding(data)


# A run of well-formed UTF-8 (ASCII included); the runs with two or more
# multi-byte characters in a file that is not UTF-8 are its UTF-8 candidates.
_UTF8_RUN = re.compile(
    rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})+"
)
_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_ASCII_SPACE_BYTES = re.compile(rb"[ \t\n\r\f\v]")


def _utf8_segments(data: bytes) -> list[tuple[bytes, bool]]:
    """``data`` cut into pieces, in order, each marked True when it is a
    candidate UTF-8 segment: the words of a run of well-formed UTF-8 from
    its first multi-byte character to its last, when there are two or more.
    A word the run shares with bytes that are not UTF-8 (a legacy word whose
    ASCII letters end the run) is left out: segments start and end at ASCII
    whitespace unless they start or end the file."""
    pieces: list[tuple[bytes, bool]] = []
    done = 0
    for run in _UTF8_RUN.finditer(data):
        start, end = run.span()
        multibyte = list(_MULTIBYTE.finditer(data, start, end))
        if len(multibyte) < 2:
            continue
        first, last = multibyte[0].start(), multibyte[-1].end()
        if start > 0:
            before = [m.end() for m in _ASCII_SPACE_BYTES.finditer(data, start, first)]
            after = _ASCII_SPACE_BYTES.search(data, first, end)
            if not before and after is None:
                continue
            start = before[-1] if before else after.end()  # type: ignore[union-attr]
        if end < len(data):
            after = _ASCII_SPACE_BYTES.search(data, last, end)
            before = [m.start() for m in _ASCII_SPACE_BYTES.finditer(data, start, last)]
            if after is None and not before:
                continue
            end = after.start() if after is not None else before[-1]
        if start >= end or len(_MULTIBYTE.findall(data, start, end)) < 2:
            continue
        if start > done:
            pieces.append((data[done:start], False))
        pieces.append((data[start:end], True))
        done = end
    if done < len(data):
        pieces.append((data[done:], False))
    return pieces


def detect_mixed_segments(data: bytes) -> Optional[Detection]:
    """``data`` that is not UTF-8 as a whole but holds runs that are (a
    fragment pasted into a VNI file), decoded segment by segment: the bytes
    outside the UTF-8 runs choose their 8-bit encoding among themselves, and
    each run is kept as UTF-8 when that reads at least as well as the 8-bit
    reading of it (legacy bytes are seldom well-formed UTF-8, and when they
    are by accident their UTF-8 reading is no Vietnamese).  None when the
    file has no such run.  The encoding recorded names both: ``vni+utf-8
    (1 segment, 400 characters)``."""
    pieces = _utf8_segments(data)
    if not any(utf8 for _, utf8 in pieces) or all(utf8 for _, utf8 in pieces):
        return None
    legacy = _detect_one_encoding(b"\n".join(piece for piece, utf8 in pieces if not utf8))
    if legacy.encoding is None:
        # No 8-bit reading of the rest is Vietnamese: a UTF-8 text with broken
        # bytes.  They become U+FFFD, which the readers' language check counts
        # (a few lower the confidence; a text of them is refused).
        text = data.decode("utf-8", errors="replace")
        share, _ = syllable_share(text)
        return Detection(text, "utf-8 (with errors)", round(share, 4), legacy.scores)
    parts = []
    kept = []
    for piece, utf8 in pieces:
        if utf8:
            as_utf8 = piece.decode("utf-8")
            try:
                as_legacy = decode(piece, legacy.encoding)
            except UnicodeDecodeError:  # (Windows-1258 leaves bytes undefined)
                as_legacy = None
            if as_legacy is None or syllable_share(as_utf8)[0] >= syllable_share(as_legacy)[0]:
                parts.append(as_utf8)
                kept.append(as_utf8)
                continue
        parts.append(decode(piece, legacy.encoding))
    text = "".join(parts)
    if not kept:
        return Detection(text, legacy.encoding, legacy.confidence, legacy.scores)
    share, _ = syllable_share(text)
    segments = f"{len(kept)} segment{'s' if len(kept) > 1 else ''}"
    name = f"{legacy.encoding}+utf-8 ({segments}, {sum(map(len, kept))} characters)"
    return Detection(text, name, round(min(legacy.confidence, share), 4), legacy.scores)


def _detect_one_encoding(data: bytes) -> Detection:
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


def repaired_name(encoding: str, repair: Optional[str]) -> str:
    """The encoding a reader records for text that ``repair_legacy_text``
    changed: ``utf-8+tcvn3`` (legacy font characters in Unicode), ``utf-8
    (repaired from cp1252 mojibake)``."""
    if repair is None:
        return encoding
    if repair in LEGACY_ENCODINGS:
        return f"{encoding}+{repair}"
    return f"{encoding} (repaired from {repair})"


def repair_legacy_text(text: str) -> tuple[str, Optional[str], float]:
    """Text read out of a file typed in a legacy font, made Unicode.

    Returns ``(text, encoding, confidence)``.  ``encoding`` is ``"tcvn3"``,
    ``"vni"`` or ``"viscii"`` when the text was such mojibake (``§¶ng`` →
    ``Đảng``), ``MOJIBAKE`` when it was UTF-8 read as Windows-1252
    (``KÃ\xadnh gá»\xadi`` → ``Kính gửi``), and None when it is left as it
    was; ``confidence`` is the share of syllables among the words that carry
    the evidence.  Only the
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
    scores[MOJIBAKE] = syllable_share(undo_mojibake(sample))[0]
    order = (*LEGACY_ENCODINGS, MOJIBAKE)
    ranked = sorted(scores, key=lambda n: (-scores[n], order.index(n)))
    best = ranked[0]
    if scores[best] < MIN_SYLLABLE_SHARE or scores[best] - original < MIN_REPAIR_GAIN:
        return text, None, round(original, 4)
    decoded = undo_mojibake(text) if best == MOJIBAKE else decode_surface(to_surface(text), best)
    lines_in = text.split("\n")
    lines_out = decoded.split("\n")
    # The mojibake reading changes only the words whose bytes are strict
    # UTF-8, which a right word is not, so it is taken whole: a line's share
    # of syllables may not show its gain (``ngÃ`` of ``ngÃ\xa0y`` is one).
    if len(lines_in) != len(lines_out) or best == MOJIBAKE:
        # (or a legacy table that maps a byte onto a newline)
        fixed = decoded
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
