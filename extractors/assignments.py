"""Assignments: clauses in which a named body is tasked.

Forms found (vocabulary in ``data/assignments.json``, bodies from ``bodies.py``):

- a verb whose object is the body: ``Giao X …``, ``yêu cầu X …``, ``đề nghị X …``,
  ``Ủy quyền cho X …``, also inside a report (``Chủ tịch UBND tỉnh giao Sở …``);
- a body at the start of a clause followed by a role verb: ``X chủ trì, phối hợp
  với Y …`` (lead), ``X phối hợp với …`` (coordinate), ``X tham mưu …``
  (advise), ``X có trách nhiệm …``;
- in the directive part of a document (after ``… như sau:``, ``QUYẾT ĐỊNH:``),
  any clause that opens with a body and a verb (``UBND các xã, thị trấn, từ năm
  2018, hàng năm bố trí kinh phí …``);
- a numbered ``Giao X`` / ``X`` heading with bullets or a paragraph below: one
  fact whose text is the heading and whose task and deadline come from below;
- a sentence opening with ``Phối hợp với …`` continues the body tasked just
  before it in the same paragraph;
- the closing ``… chịu trách nhiệm thi hành Quyết định này`` clause
  (``execution_clause``, one fact listing every addressee, ``; ``-separated);
- the closing ``X thông báo … để … biết`` of a Thông báo;
- rows of an appendix task table with a ``Cơ quan chủ trì`` column (``table_row``).

Not assignments: who attended, past or ongoing actions (``đã``, ``đang``),
plans (``sẽ``), the ``Nơi nhận`` and ``Kính gửi`` lists, ``Theo đề nghị của …``,
an umbrella request that ends with ``:`` and introduces the list of tasks, and
the closing formula ``Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực
hiện./.`` that names no task.

Bodies listed with ``;`` between them get one fact each; a comma list
(``Các cơ quan, ban, ngành, UBND các xã, thị trấn``) is one body, as the gold
annotation has them.  ``body`` is the name as written, lightly normalised
(``bodies.light_name``); ``canonical_body`` the registry name.
"""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Optional, Sequence

import regex

from extractors import bodies, header_signature
from extractors.bodies import body_at, canonical_body, light_name, locality_at, mask
from extractors.context import EMPTY_CONTEXT, DocumentContext
from extractors.facts import AssignmentFact, DateFact

VERSION = "1.0"

_DATA = json.loads((Path(__file__).resolve().parent / "data" / "assignments.json").read_text("utf-8"))

_TASK_CHARS = 160


def _alt(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_VERB_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + _alt(_DATA["verbs_before"]) + r")(?![\p{L}\p{N}])", regex.I)
_BLOCKED_BEFORE = frozenset(_DATA["blocked_before"])
_BLOCKED_AFTER = frozenset(_DATA["blocked_after"])
_ROLES = _DATA["roles"]
_ROLE_RX = regex.compile(r"\s*,?\s*(?:" + _alt(_ROLES) + r")(?![\p{L}\p{N}])")
_MODAL = frozenset(" ".join(w.split()) for w in _DATA["modal_roles"])
_ADVERBS = regex.compile(r"(?:\s*,?\s*(?:" + _alt(_DATA["adverbs"]) + r")(?![\p{L}\p{N}]))*")
_NOT_VERBS = regex.compile(r"\s*(?:" + _alt(_DATA["not_verbs"]) + r")(?![\p{L}\p{N}])", regex.I)
_TENSE = regex.compile(r"(?<![\p{L}])(?:" + _alt(_DATA["tense_blockers"]) + r")(?![\p{L}])")
_PAST_OR_PLAN = regex.compile(r"(?<![\p{L}])(?:đã|vừa|đang|sẽ|từng)(?![\p{L}])")
_DIRECTIVE_CUE = regex.compile(_alt(_DATA["directive_cues"]))
_DIRECTIVE_HEADING = regex.compile(r"^\s*(?:" + "|".join(_DATA["directive_headings"]) + r")\s*:?\s*$")
_EMPTY_TASK = frozenset(_DATA["empty_task_words"])
_EXECUTION = regex.compile(r"(?<![\p{L}])(?:" + "|".join(_DATA["execution_patterns"]) + r")")
_NOTICE_TYPE = regex.compile(r"^\s*(?:" + _alt(_DATA["notice_types"]) + r")\s*$", regex.M)
_NOTICE_VERB = regex.compile(r"\s*(?:" + _alt([_DATA["notice_verb"]]) + r")(?![\p{L}])")
_SIGNATURE = regex.compile(r"^\s*(?:" + _alt(_DATA["signature_prefixes"]) + r")", regex.M)
_RECIPIENTS = regex.compile(r"^\s*(?:" + _alt(_DATA["recipients_labels"]) + r")\s*:?", regex.M)
_APPENDED = regex.compile(r"^[\s(*_]*(?:" + _alt(_DATA["appended_cues"]) + r")(?![\p{L}])", regex.M)
_ADDRESS = regex.compile(r"^\s*(?:" + _alt(_DATA["address_labels"]) + r")\s*:")
_INHERIT = regex.compile(r"^(?:" + _alt(_DATA["inherit_starts"]) + r")(?![\p{L}])")
_MARKER = regex.compile(
    r"^\s*(?:[-+•–]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s*|\(?[a-zđ][.)]\s+|[IVX]{1,5}[.)]\s+|Điều\s+\d+\.?\s*)"
)
_NUMBERED = regex.compile(r"^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ][.)]|[IVX]{1,5}[.)])\s")
_BULLET = regex.compile(r"^\s*[-+•–]\s")
_SENTENCE_END = regex.compile(r"(?:\./\.|\.{3}|…|[.!?])(?=\s+[\p{Lu}\"“(\d]|\s*$)")
_ABBREV_BEFORE_DOT = regex.compile(r"(?:^|[\s(])(?:TP|Tp|TX|TS|ThS|PGS|GS|Th|v\.v|\p{Lu}|Điều\s+\d+|\d+)$")
_PARTNER_CUE = regex.compile(r"phối\s+hợp\s+(?:với|cùng)\s+", regex.I)
_LETTERS = regex.compile(r"[\p{L}]+")
_LAST_WORD = regex.compile(r"([\p{L}]+)\s*$")
_HEADING_VERB = regex.compile(r"(?:giao(?:\s+cho)?|yêu\s+cầu|đề\s+nghị)\s+", regex.I)
_TABLE_LEAD = regex.compile(_alt(_DATA["table_lead"]))
_TABLE_TASK = regex.compile(r"^(?:" + _alt(_DATA["table_task"]) + r")")
_TABLE_DEADLINE = regex.compile(r"^(?:" + _alt(_DATA["table_deadline"]) + r")")
_TABLE_PARTNERS = regex.compile(_alt(_DATA["table_partners"]))
_DEADLINE_CUE = regex.compile(
    r"(?:trước|chậm\s+nhất(?:\s+là)?|hạn\s+chót|thời\s+hạn|hoàn\s+thành(?:\s+(?:trong|vào|trước))?"
    r"|xong(?:\s+(?:trong|trước))?|trong|đến|vào)\s*(?:ngày\s*)?[:,]?\s*$",
    regex.I,
)


# --------------------------------------------------------------------------
# Layout: blocks (paragraphs, list items, headings) and sentences


@dataclass
class _Block:
    start: int
    end: int
    numbered: bool = False
    bullet: bool = False
    bold: bool = False
    sentences: list[tuple[int, int]] = field(default_factory=list)
    under_heading: bool = False
    # Bodies of the heading this block is the content of: a task below a
    # "Giao X" heading is X's task already.
    heading_bodies: frozenset = frozenset()
    fresh: bool = False  # the first block of a document issued with the main one


def _zone_end(masked: str, start: int = 0) -> int:
    """Where the running text from ``start`` ends: ``Nơi nhận`` or the signature block."""
    ends = [len(masked)]
    recipients = _RECIPIENTS.search(masked, start)
    if recipients:
        ends.append(recipients.start())
    for signature in _SIGNATURE.finditer(masked, start):
        # A signature prefix inside the first lines is a header column, not the end.
        if signature.start() > (len(masked) // 4 if start == 0 else start):
            ends.append(signature.start())
            break
    return min(ends)


def _zones(masked: str) -> list[tuple[int, int]]:
    """The running text of the document and of each document issued with it
    (a plan ``Ban hành kèm theo`` a decision, printed after its signature):
    each runs from its ``kèm theo`` line to its own ``Nơi nhận`` or signature."""
    zones = []
    start = 0
    while True:
        end = _zone_end(masked, start)
        zones.append((start, end))
        appended = _APPENDED.search(masked, end)
        if appended is None:
            return zones
        line_end = masked.find("\n", appended.end())
        start = len(masked) if line_end < 0 else line_end + 1


def _blocks(text: str, masked: str, zones: list[tuple[int, int]]) -> list[_Block]:
    blocks: list[_Block] = []
    for start, end in zones:
        first = len(blocks)
        # The cells of an appended document's tables are lists and data, not clauses.
        blocks.extend(_zone_blocks(text, masked, start, end, cells=start == 0))
        if len(blocks) > first and start > 0:
            blocks[first].fresh = True
    return blocks


def _zone_blocks(text: str, masked: str, begin: int, end: int, cells: bool = True) -> list[_Block]:
    blocks: list[_Block] = []
    current: Optional[_Block] = None
    position = begin
    in_cell = False  # the last separator line was a table's cell separator
    for line in masked[begin:end].split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        content = line.strip()
        if not content or content == "|" or set(content) <= set("|-_=") :
            current = None
            in_cell = content == "|" or (in_cell and bool(content))
            continue
        lead = len(line) - len(line.lstrip())
        start = line_start + lead
        stop = line_start + len(line.rstrip())
        starts_block = bool(_MARKER.match(line)) or current is None
        if current is not None and not starts_block:
            # (the block's end is already right-stripped: test its tail in place,
            # not a copy of a block that may be long)
            if masked.endswith((".", ":", "!", "?"), current.start, current.end) \
                    and not masked.endswith(("TP.", "TX."), current.start, current.end):
                starts_block = True
            elif content[:1].isupper() and "\n" not in masked[current.start:current.end] \
                    and _heading_line(masked[current.start:current.end], content):
                starts_block = True  # "IV. TỔ CHỨC THỰC HIỆN" / "2. Nhiệm vụ cụ thể" over its first item
        if starts_block and in_cell and not cells:
            current = None  # a table cell of an appendix: its rows are read by _table_rows
            continue
        if starts_block:
            raw = text[start:stop].lstrip()
            current = _Block(start, stop, numbered=bool(_NUMBERED.match(line)), bullet=bool(_BULLET.match(line)),
                             bold=raw.startswith("**"))
            blocks.append(current)
        else:
            current.end = stop
    for block in blocks:
        block.sentences = _sentences(masked, block.start, block.end)
    return blocks


def _heading_line(previous: str, line: str) -> bool:
    """Is the block so far a numbered section heading on its own line, in
    capitals over a line in running case (``IV. TỔ CHỨC THỰC HIỆN``) or one of
    the directive headings (``2. Nhiệm vụ cụ thể``)?  ``line`` then starts a
    block though no full stop closes the heading.  A short numbered line alone
    is no heading: hard-wrapped text breaks anywhere (``3. Đề nghị Ủy ban Mặt
    trận`` / ``Tổ quốc Việt Nam tỉnh …``)."""
    if not _MARKER.match(previous) or _BULLET.match(previous):
        return False
    rest = previous[_MARKER.match(previous).end():].strip(" *#")
    if _DIRECTIVE_HEADING.match(rest):
        return True
    return header_signature.is_upper_line(rest) and not header_signature.is_upper_line(line)


def _sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    begin = start
    chunk = masked[start:end]
    for match in _SENTENCE_END.finditer(chunk):
        stop = start + match.end()
        before = masked[begin:start + match.start()]
        if match.group() == "." and _ABBREV_BEFORE_DOT.search(before):
            continue
        if stop - begin > 1:
            out.append((begin, stop))
        begin = stop
        while begin < end and masked[begin].isspace():
            begin += 1
    if begin < end and masked[begin:end].strip():
        out.append((begin, end))
    return out


# --------------------------------------------------------------------------
# Bodies in a clause


def _regions(masked: str, blocks: list[_Block]) -> list[tuple[int, int]]:
    """The spans to tokenise: runs of blocks with only white space between them.
    Every clause read lies in a block; what lies between runs (the signature,
    the recipients, an appendix's table cells) is never read as a clause, and
    its tokens were a third of the time on long documents."""
    regions: list[list[int]] = []
    for block in blocks:
        if regions and not masked[regions[-1][1]:block.start].strip():
            regions[-1][1] = block.end
        else:
            regions.append([block.start, block.end])
    # A name may run to the end of the line its block ends on (a heading block).
    return [(start, _line_end(masked, end)) for start, end in regions]


def _line_end(masked: str, pos: int) -> int:
    end = masked.find("\n", pos)
    return len(masked) if end < 0 else end


class _Doc:
    def __init__(self, text: str, context: DocumentContext, masked: Optional[str] = None,
                 regions: Optional[list[tuple[int, int]]] = None):
        self.text = text
        self.masked = mask(text) if masked is None else masked
        self.toks = bodies.masked_tokens(self.masked, regions)
        self.starts = [t.start for t in self.toks]
        self.dates = list(context.dates) if context.dates else _find_dates(text, context)
        self.notice = bool(_NOTICE_TYPE.search(self.masked[:3000]))
        self.locality = _locality(text, context)

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def body_list(self, i: int, limit: int, places: bool = False) -> Optional[tuple[list[list[tuple[int, int]]], int]]:
        """Bodies from token ``i``: groups separated by ``;`` of bodies separated by
        ``,``/``và``; with ``places``, a place with its level counts as one
        (``yêu cầu huyện Vân Canh``)."""
        toks = self.toks
        groups: list[list[tuple[int, int]]] = [[]]
        j = i
        while j < len(toks):
            end = body_at(toks, j)
            if end is None and places and not groups[0]:
                end = locality_at(toks, j)
            if end is None or toks[end - 1].end > limit:
                break
            groups[-1].append((j, end))
            j = end
            if j < len(toks) and toks[j].text in (",", "và", ";"):
                k = j + 1
                if toks[j].text == "," and k < len(toks) and toks[k].text == "và":
                    k += 1
                nxt = body_at(toks, k) if k < len(toks) else None
                if nxt is not None and toks[nxt - 1].end <= limit:
                    if toks[j].text == ";":
                        groups.append([])
                    j = k
                    continue
            break
        if not groups[0]:
            return None
        return groups, j

    def span_name(self, group: list[tuple[int, int]]) -> tuple[int, int]:
        return self.toks[group[0][0]].start, self.toks[group[-1][1] - 1].end


def _find_dates(text: str, context: DocumentContext) -> list[DateFact]:
    from extractors.dates import find_dates

    return find_dates(text, context)


def _locality(text: str, context: DocumentContext) -> Optional[str]:
    """The issuing body when it names a place with its level (``UBND huyện
    Việt Yên``): it scopes ``UBND huyện`` in the canonical names."""
    issuer = context.issuer
    if not context.header_read:
        from extractors.header import find_header

        try:
            issuer = find_header(text).issuer
        except Exception:  # the header is another finder's job; never fail for it
            return None
    if issuer:
        level, place = bodies.locality_parts(issuer)
        if level and place:
            return issuer
    return None


# --------------------------------------------------------------------------
# Facts


@dataclass
class _Found:
    start: int
    end: int
    body: str
    role: Optional[str]
    task_from: int
    task_to: int
    kind: str = "clause"
    partners: tuple[str, ...] = ()
    deadline_from: Optional[int] = None
    deadline_to: Optional[int] = None
    block: int = -1
    body_start: Optional[int] = None  # where this body is named inside the clause
    task_text: Optional[str] = None  # when the task is not text[task_from:task_to] (a heading's first item)
    cell_deadline: Optional[str] = None  # a table row's deadline cell, already resolved


def _clean(text: str) -> str:
    return " ".join(mask(text).split())


def _short(text: str) -> str:
    text = _clean(text).strip(" ,;:.-–/")
    if len(text) <= _TASK_CHARS:
        return text
    cut = text.rfind(" ", 0, _TASK_CHARS)
    return text[: cut if cut > 0 else _TASK_CHARS].rstrip(" ,;:") + " …"


def _role_after(masked: str, pos: int) -> tuple[Optional[str], int]:
    """Role verb right after a body (adverbs allowed before it): (role, end)."""
    adverbs = _ADVERBS.match(masked, pos)
    at = adverbs.end() if adverbs else pos
    best = None
    for match in _ROLE_RX.finditer(masked, pos, min(len(masked), at + 60)):
        if match.start() in (pos, at) or (adverbs and match.start() <= at):
            best = match
            break
    if best is None:
        return None, pos
    phrase = " ".join(best.group().replace(",", " ").split())
    return _ROLES.get(phrase), best.end()


def _partners(doc: _Doc, start: int, end: int) -> tuple[str, ...]:
    match = _PARTNER_CUE.search(doc.masked, start, end)
    if not match:
        return ()
    i = doc.tok_at(match.end())
    found = doc.body_list(i, end)
    if not found:
        return ()
    return tuple(light_name(doc.text[doc.toks[a].start:doc.toks[b - 1].end])
                 for group in found[0] for a, b in group)


def _deadline(doc: _Doc, start: int, end: int) -> Optional[str]:
    """The first date in ``[start, end)`` introduced as a deadline: ``trước ngày
    15/12/2025``, ``trong quý 4/2017``, ``hoàn thành trong năm 2025``."""
    for date in doc.dates:
        if not start <= date.start < end:
            continue
        before = doc.masked[max(start, date.start - 30):date.start]
        # The date's own first word (``ngày``, ``quý``) may follow the cue inside the date span.
        lead = date.text.split()[0] if date.text.split() else ""
        if _DEADLINE_CUE.search(before) or (
                lead.lower() in ("ngày", "năm", "quý", "tháng") and _DEADLINE_CUE.search(before + lead)):
            return date.value
    return None


def _cell_date(doc: _Doc, start: int, end: int) -> Optional[str]:
    """The date in a table's deadline cell (``31/10/2025``, ``2025``); None for
    ``Thường xuyên``."""
    for date in doc.dates:
        if start <= date.start < end:
            return date.value
    return None


def _clause_start(masked: str, sentence_start: int, pos: int) -> int:
    """Start of the clause (after ``;`` or ``:``) that holds ``pos``."""
    cut = max(masked.rfind(";", sentence_start, pos), masked.rfind(":", sentence_start, pos))
    return cut + 1 if cut >= 0 else sentence_start


def _skip_space(masked: str, pos: int, end: int) -> int:
    while pos < end and masked[pos].isspace():
        pos += 1
    return pos


def _after_marker(masked: str, start: int, end: int) -> int:
    marker = _MARKER.match(masked[start:end])
    pos = start + marker.end() if marker else start
    return _skip_space(masked, pos, end)


def _leading_adverbial(doc: "_Doc", pos: int, end: int) -> list[int]:
    """Where a clause's subject may start: at ``pos``, or after one short
    introductory phrase closed by a comma (``Sau hội nghị,``) that neither
    tasks nor names a body itself."""
    masked = doc.masked
    out = [pos]
    comma = masked.find(",", pos, end)
    if comma > 0 and len(masked[pos:comma].split()) <= 6 and not _VERB_BEFORE.search(masked, pos, comma):
        first, last = doc.tok_at(pos), doc.tok_at(comma)
        if not any(body_at(doc.toks, i) is not None for i in range(first, last)):
            out.append(_skip_space(masked, comma + 1, end))
    return out


def _empty_task(text: str) -> bool:
    words = _LETTERS.findall(text.casefold())
    return all(w in _EMPTY_TASK for w in words)


def _blocked_verb(masked: str, match) -> bool:
    window = masked[max(0, match.start() - 30):match.start()].casefold()
    before = _LETTERS.findall(window)
    after = _LETTERS.findall(masked[match.end():match.end() + 20].casefold())
    adjacent = _LAST_WORD.search(window)
    if adjacent and adjacent.group(1) in _BLOCKED_BEFORE:
        return True
    if any(w in ("đã", "vừa", "sẽ", "từng", "đang") for w in before[-3:]):
        return True
    if after and after[0] in _BLOCKED_AFTER:
        return True
    return False


def _group_name(doc: _Doc, group: list[tuple[int, int]]) -> tuple[int, int, str]:
    start, end = doc.span_name(group)
    return start, end, light_name(doc.text[start:end])


def _verb_before(doc: _Doc, s_start: int, s_end: int, out: list[_Found], block: int) -> None:
    masked = doc.masked
    for match in _VERB_BEFORE.finditer(masked, s_start, s_end):
        if _blocked_verb(masked, match):
            continue
        i = doc.tok_at(match.end())
        found = doc.body_list(i, s_end, places=True)
        if not found:
            continue
        groups, j = found
        body_end = doc.toks[j - 1].end
        rest = masked[body_end:s_end]
        if _empty_task(rest):
            continue  # the closing formula: "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./."
        clause_start = _clause_start(masked, s_start, match.start())
        if _PAST_OR_PLAN.search(masked, clause_start, match.start()):
            continue  # "UBND tỉnh đã giao …", "tỉnh sẽ đề nghị …": a reported fact or a plan
        role, _ = _role_after(masked, body_end)
        for group in groups:
            name_start, _, name = _group_name(doc, group)
            out.append(_Found(clause_start, s_end, name, role or "execute", body_end, s_end,
                              partners=_partners(doc, body_end, s_end), block=block, body_start=name_start))


def _body_first(doc: _Doc, s_start: int, s_end: int, directive: bool, out: list[_Found], block: int,
                under_heading: bool) -> None:
    """Clauses that open with a body: ``X chủ trì …``, ``X tham mưu …``, and in the
    directive part ``X <verb> …``."""
    masked = doc.masked
    clause_starts = [_after_marker(masked, s_start, s_end)]
    position = masked.find(";", s_start, s_end)
    while position >= 0:
        clause_starts.append(_skip_space(masked, position + 1, s_end))
        position = masked.find(";", position + 1, s_end)
    for c_start in clause_starts:
        for subject in _leading_adverbial(doc, c_start, s_end):
            i = doc.tok_at(subject)
            if i >= len(doc.toks) or doc.toks[i].start != subject:
                continue
            found = doc.body_list(i, s_end)
            if not found:
                continue
            groups, j = found
            body_end = doc.toks[j - 1].end
            role, verb_end = _role_after(masked, body_end)
            between = masked[body_end:verb_end]
            if role is None:
                if doc.notice and _NOTICE_VERB.match(masked, body_end) and "biết" in masked[body_end:s_end]:
                    role, verb_end = "execute", _NOTICE_VERB.match(masked, body_end).end()
                elif directive and not under_heading:
                    role, verb_end = _directive_verb(doc, body_end, s_end)
                    between = masked[body_end:verb_end]
                if role is None:
                    continue
            elif not directive:
                phrase = " ".join(masked[body_end:verb_end].replace(",", " ").split())
                if not any(phrase.endswith(m) for m in _MODAL):
                    continue
            if _TENSE.search(between):
                continue
            for group in groups:
                name_start, _, name = _group_name(doc, group)
                out.append(_Found(c_start, s_end, name, role, body_end, s_end,
                                  partners=_partners(doc, body_end, s_end), block=block, body_start=name_start))
            break


def _directive_verb(doc: _Doc, pos: int, end: int) -> tuple[Optional[str], int]:
    """In the directive part, a body followed (after adverbs and one comma-enclosed
    aside such as ``, từ năm 2018,``) by a lower-case verb is tasked."""
    masked = doc.masked
    at = pos
    if masked[at:at + 1] == ",":
        close = masked.find(",", at + 1, end)
        if close > 0 and len(masked[at + 1:close].split()) <= 8:
            at = close + 1
    adverbs = _ADVERBS.match(masked, at)
    if adverbs:
        at = adverbs.end()
    at = _skip_space(masked, at, end)
    word = _LETTERS.match(masked, at, end)
    if not word or not word.group()[0].islower():
        return None, pos
    if _NOT_VERBS.match(masked, at) or _TENSE.match(masked, at) or _VERB_BEFORE.match(masked, at):
        return None, pos  # "Sở X đề nghị …": the body asks, it is not tasked
    if body_at(doc.toks, doc.tok_at(at)) is not None:
        return None, pos
    return "execute", at


def _execution(doc: _Doc, s_start: int, s_end: int, block: int) -> Optional[_Found]:
    masked = doc.masked
    match = _EXECUTION.search(masked, s_start, s_end)
    if not match:
        return None
    begin = _after_marker(masked, s_start, match.start())
    region = doc.text[begin:match.start()]
    cleaned = light_name(region)
    if not cleaned or body_at(doc.toks, doc.tok_at(begin)) is None:
        return None
    if ";" in cleaned:
        parts = cleaned.split(";")
    else:
        titles = _alt(bodies._DATA["titles"])
        parts = regex.split(r",\s*(?=(?:" + titles + r")\s)|\s+và\s+(?=các\s)", cleaned)
    names = [light_name(p) for p in parts if light_name(p)]
    return _Found(s_start, s_end, "; ".join(names), "execute", match.start(), s_end, kind="execution_clause",
                  block=block)


def _heading(doc: _Doc, blocks: list[_Block], index: int, directive: bool) -> list[_Found]:
    """A numbered/bold ``Giao X`` or ``X`` heading with its content below."""
    block = blocks[index]
    masked = doc.masked
    if not (block.numbered or block.bold) or len(block.sentences) != 1:
        return []
    content = masked[block.start:block.end].rstrip()
    if content.endswith(".") or len(content.split()) > 60:
        return []
    begin = _after_marker(masked, block.start, block.end)
    verb = _HEADING_VERB.match(masked[begin:block.end])
    if verb:
        names_from = begin + verb.end()
        if body_at(doc.toks, doc.tok_at(names_from)) is None:
            return []
        named = [(names_from + part.start(), light_name(part.group()))
                 for part in regex.finditer(r"[^;]+", doc.text[names_from:block.end])]
    else:
        if not directive:
            return []
        found = doc.body_list(doc.tok_at(begin), block.end)
        if not found:
            return []
        groups, j = found
        if masked[doc.toks[j - 1].end:block.end].strip(" :*"):
            return []
        named = [(_group_name(doc, g)[0], _group_name(doc, g)[2]) for g in groups]
    names = [name for _, name in named]
    below: list[_Block] = []
    for nxt in blocks[index + 1:]:
        if nxt.numbered or nxt.bold and not nxt.bullet:
            break
        if below and not nxt.bullet and below[-1].bullet:
            break
        below.append(nxt)
        if not nxt.bullet:
            break
    if not below:
        return []
    for nxt in below:
        nxt.under_heading = True
        nxt.heading_bodies = frozenset(n.casefold() for n in names if n)
    task_from, task_to = below[0].start, below[-1].end
    task = doc.text[_after_marker(masked, below[0].start, below[0].end):below[0].end]
    out = []
    for name_start, name in named:
        if not name:
            continue
        out.append(_Found(block.start, block.end, name, "execute", task_from, task_to, block=index,
                          deadline_from=task_from, deadline_to=task_to, task_text=task,
                          partners=_partners(doc, task_from, task_to), body_start=name_start))
    return out


def _table_rows(doc: _Doc) -> list[_Found]:
    """Rows of a task table laid out one cell per line block between ``|`` lines."""
    text, masked = doc.text, doc.masked
    cells: list[tuple[int, int]] = []
    position = 0
    cell_start = None
    for line in masked.split("\n"):
        line_start = position
        position += len(line) + 1
        if line.strip() == "|":
            if cell_start is not None:
                cells.append((cell_start, line_start))
            cell_start = position
    out: list[_Found] = []
    if not cells:
        return out

    def content(cell):
        return " ".join(masked[cell[0]:cell[1]].split())

    lead_rx, task_rx, deadline_rx, partner_rx = _TABLE_LEAD, _TABLE_TASK, _TABLE_DEADLINE, _TABLE_PARTNERS
    k = 0
    while k < len(cells):
        if not lead_rx.search(content(cells[k])) or len(content(cells[k])) > 60:
            k += 1
            continue
        # The header row: the run of non-empty short cells around the lead cell.
        first = k
        while first > 0 and content(cells[first - 1]) and len(content(cells[first - 1])) < 60 \
                and not _ROW_NUMBER.match(content(cells[first])) and not _NUMBER_HEADER.match(content(cells[first])):
            first -= 1
        last = k
        while last + 1 < len(cells) and content(cells[last + 1]) and len(content(cells[last + 1])) < 60:
            last += 1
        header = [content(c) for c in cells[first:last + 1]]
        width = len(header)
        lead_col = k - first
        task_col = next((n for n, h in enumerate(header) if task_rx.match(h)), None)
        deadline_col = next((n for n, h in enumerate(header) if deadline_rx.match(h)), None)
        partner_col = next((n for n, h in enumerate(header) if partner_rx.search(h) and n != lead_col), None)
        if task_col is None or width < 2:
            k = last + 1
            continue
        numbered = _NUMBER_HEADER.match(header[0]) is not None
        r = last + 1
        while r + width <= len(cells) + 1 and r < len(cells):
            if not content(cells[r]):
                r += 1
                continue
            if numbered and not _ROW_NUMBER.match(content(cells[r])):
                if lead_rx.search(content(cells[r])) or len(content(cells[r])) > 400:
                    break
                r += 1
                continue
            row = cells[r:r + width]
            if len(row) < width:
                break
            task_cell, lead_cell = row[task_col], row[lead_col]
            body = light_name(text[lead_cell[0]:lead_cell[1]])
            start, end = _trim(text, *task_cell)
            if body and end > start:
                deadline = None
                if deadline_col is not None:
                    deadline = _cell_date(doc, *row[deadline_col])
                partners: tuple[str, ...] = ()
                if partner_col is not None:
                    partners = tuple(p for p in (light_name(x) for x in regex.split(
                        r"[;,]\s*|\n", text[row[partner_col][0]:row[partner_col][1]])) if p)
                out.append(_Found(start, end, body, "lead", start, end, kind="table_row", partners=partners,
                                  cell_deadline=deadline))
            r += width
        k = r
    return out


_NUMBER_HEADER = regex.compile(r"^(?:STT|TT|Số\s+TT|Số\s+thứ\s+tự)$", regex.I)
_ROW_NUMBER = regex.compile(r"^(?:\d{1,3}|[IVX]{1,5})\.?$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == "*"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "*"):
        end -= 1
    return start, end


# --------------------------------------------------------------------------


def find_assignments(text: str, context: DocumentContext = EMPTY_CONTEXT) -> list[AssignmentFact]:
    if not text.strip():
        return []
    masked = mask(text)
    blocks = _blocks(text, masked, _zones(masked))
    doc = _Doc(text, context, masked, _regions(masked, blocks))
    found: list[_Found] = []
    directive = appended = False
    for index, block in enumerate(blocks):
        if block.fresh:
            # An appended plan has its own directive part, opened by its heading
            # (``IV. TỔ CHỨC THỰC HIỆN``); an appendix's notes and lists end with
            # colons too (``Cụ thể:``), so a cue sentence does not open it there.
            directive = False
            appended = True
        heading = _heading(doc, blocks, index, directive)
        if heading:
            found.extend(heading)
            continue
        last_in_block: Optional[_Found] = None
        for s_start, s_end in block.sentences:
            sentence = masked[s_start:s_end]
            stripped = sentence.strip(" *#")
            if _ADDRESS.match(sentence):
                continue
            opens = stripped.endswith(":") and bool(_DIRECTIVE_CUE.search(sentence))
            if _DIRECTIVE_HEADING.match(stripped) or _DIRECTIVE_HEADING.match(
                    masked[_after_marker(masked, s_start, s_end):s_end].strip(" *#")):
                directive = True
                continue
            before = len(found)
            execution = _execution(doc, s_start, s_end, index)
            if execution is not None:
                found.append(execution)
                continue
            opens = opens and not appended
            if opens and len(stripped.split()) > 25:
                directive = True  # an umbrella request introducing the list of tasks
                continue
            _verb_before(doc, s_start, s_end, found, index)
            _body_first(doc, s_start, s_end, directive, found, index, block.under_heading)
            if len(found) == before and directive and last_in_block is not None:
                start = _after_marker(masked, s_start, s_end)
                if _INHERIT.match(masked[start:s_end]):
                    role = "lead" if masked[start:start + 7].lower().startswith("chủ trì") else "coordinate"
                    found.append(_Found(start, s_end, last_in_block.body, role, start, s_end,
                                        partners=_partners(doc, start, s_end), block=index))
            if block.heading_bodies:
                found[before:] = [f for f in found[before:] if f.body.casefold() not in block.heading_bodies]
            if len(found) > before:
                last_in_block = found[-1]
            if opens:
                directive = True
    found = _dedupe(found)
    found.extend(_table_rows(doc))
    facts: list[AssignmentFact] = []
    spans: set[tuple[int, int]] = set()
    for f in found:
        fact = _fact(doc, f)
        if (fact.start, fact.end) in spans and f.body_start is not None and f.body_start > fact.start:
            # Two bodies tasked in one clause: the second fact's text starts at its
            # own body, so that every fact has a span of its own.
            start, end = _trim(text, f.body_start, fact.end)
            fact = replace(fact, text=text[start:end], start=start, end=end)
        spans.add((fact.start, fact.end))
        facts.append(fact)
    return facts


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One fact per (clause, body): a clause matched by two rules counts once; a
    sentence holding two tasked clauses is cut before the second one."""
    seen = set()
    out = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        key = (f.body.casefold(), f.task_from)
        if key in seen or any(g.body.casefold() == f.body.casefold() and g.start <= f.task_from < g.end
                              and g.task_from == f.task_from for g in out):
            continue
        seen.add(key)
        out.append(f)
    for a, b in zip(out, out[1:]):
        if a.kind == "clause" and b.kind == "clause" and a.start < b.start < a.end and a.task_from <= b.start:
            a.end = min(a.end, b.start)
            a.task_to = min(a.task_to, b.start)
    return out


def _fact(doc: _Doc, f: _Found) -> AssignmentFact:
    text = doc.text
    start, end = _trim(text, f.start, f.end)
    end = max(end, start)
    while end > start and text[end - 1] in ";,":
        end -= 1
    task_text = f.task_text
    if task_text is None:
        task_text = text[f.task_from:f.task_to] if f.task_to > f.task_from else text[start:end]
    if f.kind == "table_row":
        deadline = f.cell_deadline
    else:
        d_from = f.deadline_from if f.deadline_from is not None else f.task_from
        d_to = f.deadline_to if f.deadline_to is not None else max(f.task_to, end)
        deadline = _deadline(doc, d_from, d_to)
    return AssignmentFact(
        text=text[start:end],
        start=start,
        end=end,
        body=f.body,
        canonical_body="; ".join(canonical_body(part, doc.locality) for part in f.body.split("; "))
        if f.body else None,
        task=_short(task_text),
        deadline=deadline,
        role=f.role,
        partners=f.partners,
        assignment_kind=f.kind,
    )
