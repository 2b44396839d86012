"""Score an extractor against hand-annotated gold documents.

The gold conventions (and the matching rules followed here) are described in
``eval/dev/ANNOTATION.md`` of the shared evaluation data.  In short:

* each fact kind is scored on its own, micro-averaged over documents;
* gold and predicted items are compared as multisets of a per-kind key
  ("span-and-value"), and separately of the span text alone ("span");
* span texts are compared after collapsing every whitespace run to one space,
  because sources hard-wrap lines inside expressions (``ngày\\n31/8/2012``);
* assignments are keyed by their tasked body, since annotators and extractors
  disagree a lot on where an assignment clause starts and ends; their span
  recall is measured by character overlap with the gold clause instead.

``evaluate`` never aborts on a failing extractor: a document whose extraction
raises is recorded in ``EvalReport.errors`` and all its gold items count as
misses, so one bad document cannot hide the figures for the others.
"""

from __future__ import annotations

import json
import re
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

from vanban.extractors.datafiles import load_json

KINDS: tuple[str, ...] = ("date", "doc_ref", "percentage", "ratio", "assignment")

# Gold JSON list name -> fact kind of the extraction contract.
GOLD_LISTS: dict[str, str] = {
    "dates": "date",
    "doc_refs": "doc_ref",
    "percentages": "percentage",
    "ratios": "ratio",
    "assignments": "assignment",
}

HEADER_FIELDS: tuple[str, ...] = (
    "doc_number",
    "doc_type",
    "issuer",
    "issue_place",
    "issue_date",
    "signer",
)

# How far either side of an item the miss listing shows.
CONTEXT_CHARS = 60

# An assignment counts as found (span-only) when a predicted clause covers at
# least this share of the gold clause's characters.
ASSIGNMENT_OVERLAP = 0.5

_WS = re.compile(r"\s+")
_SLASH = re.compile(r"\s*/\s*")
# OCR output uses the Icelandic eth (U+00D0) for the Vietnamese Đ (U+0110);
# they look the same, so a reader cannot tell which one a number was typed with.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


# --------------------------------------------------------------------------
# Normalisation


def norm_text(text: Optional[str]) -> str:
    """Collapse every whitespace run to one space and strip."""
    if text is None:
        return ""
    return _WS.sub(" ", str(text)).strip()


def norm_name(text: Optional[str]) -> Optional[str]:
    """Case- and whitespace-insensitive form of a name (body, issuer, type).

    ``None`` and blank strings both mean "absent"."""
    if text is None:
        return None
    text = norm_text(str(text).translate(_ETH)).casefold()
    return text or None


# Abbreviations a gold body may be written with or without (ANNOTATION.md:
# "expanded or kept as written"); compared in their long form: those below and
# the specialised names' abbreviations of the body registry's data (``Sở KH&CN``
# = ``Sở Khoa học và Công nghệ``), but for the two-letter ones (``YT``, ``TX``),
# which a name may hold as a word.
_BODY_ABBREVIATIONS = (
    (re.compile(r"\bubnd\b"), "ủy ban nhân dân"),
    (re.compile(r"\bhđnd\b"), "hội đồng nhân dân"),
    (re.compile(r"\bmttq\b"), "mặt trận tổ quốc"),
    (re.compile(r"\bmtv\b"), "một thành viên"),  # (a company's legal form: Công ty TNHH MTV …)
    (re.compile(r"\btp\.?(?=\s)"), "thành phố"),
    *(
        (re.compile(r"(?<![\w&/-])" + re.escape(short.casefold()) + r"(?![\w&/-])"), long.casefold())
        for short, long in sorted(
            load_json("bodies.json")["expand"].items(), key=lambda item: len(item[0]), reverse=True
        )
        if len(short.rstrip(".")) > 2
    ),
)
_BODY_NOTE = re.compile(r"\s*\([^)]*\)")
# a courtesy anaphor with its referent in brackets ("Quý Ủy ban (Ủy ban nhân dân các tỉnh, …)")
_ANAPHOR_WITH_REFERENT = re.compile(r"\s*quý\s[^()]*\(([^()]+)\)\s*", re.IGNORECASE)
_HONORIFIC = re.compile(r"(?<!\w)đồng chí(?!\w)")
_BODY_LIST_MARK = re.compile(r"[;:,./]")


# the level words of the body registry's data, as written out (not "TP", "TX")
_LEVELS = sorted(
    {level.casefold() for level in load_json("bodies.json")["levels"] if not level.isupper()},
    key=len,
    reverse=True,
)
# Head words a list of names may share, written once (``Các Bộ: Quốc phòng, Tài
# chính``) or with every item (``Bộ Quốc phòng, Bộ Tài chính``).
_SHARED_HEADS = (
    "bộ",
    "sở",
    "phòng",
    "ban",
    "cục",
    "vụ",
    "chi cục",
    "tổng cục",
    "tập đoàn",
    "tổng công ty",
    # a local council or committee with its level (``Ủy ban nhân dân các tỉnh Lâm Đồng, Đồng Nai``
    # = ``Ủy ban nhân dân tỉnh Lâm Đồng; Ủy ban nhân dân tỉnh Đồng Nai``), compared written out
    *(f"{organ} {level}" for organ in ("ủy ban nhân dân", "hội đồng nhân dân") for level in _LEVELS),
)
# ... and the office title over such a list, written once (``Bộ trưởng các Bộ: Quốc
# phòng, Công an``) or with every item (``Bộ trưởng Bộ Quốc phòng; Bộ trưởng Bộ Công an``)
_SHARED_TITLES = ("bộ trưởng", "giám đốc", "chủ tịch", "thủ trưởng", "cục trưởng", "vụ trưởng", "trưởng ban")
_LEADING_HEAD = re.compile(
    r"^(?:("
    + "|".join(_SHARED_TITLES)
    + r")\s+)?(?:các\s+)?("
    + "|".join(sorted(_SHARED_HEADS, key=len, reverse=True))
    + r")\b"
)


_INNER_HEAD = re.compile(
    r"(?:[,;]|\svà)\s*(?:các\s+)?(" + "|".join(sorted(_SHARED_HEADS, key=len, reverse=True)) + r")\b:?"
)


def _collapse_shared_head(name: str) -> str:
    """``bộ quốc phòng, bộ tài chính`` -> ``bộ quốc phòng, tài chính``: the list's
    head word kept once, so that both ways of writing a list compare equal.  Only
    the head the list opens with, and only right after a list separator, so a
    name holding a comma (``bộ văn hóa, thể thao và du lịch``) is left as it is."""
    match = _LEADING_HEAD.match(name)
    if match:
        # (with the title: "Giám đốc Sở Y tế, Sở Tài chính" tasks the second Sở itself)
        title = re.escape(match.group(1)) + r"\s+" if match.group(1) else ""
        head = re.escape(match.group(2))
        name = re.sub(r"(,|;|\svà)\s*" + title + r"(?:các\s+)?" + head + r"\s+", r"\1 ", name)
    # ... and a head that opens a later group of the list (``các bộ, cơ quan liên
    # quan và các tập đoàn: công nghiệp …, bưu chính …`` = ``…; tập đoàn công nghiệp
    # …, tập đoàn bưu chính …``), from the second time it is written
    inner = _INNER_HEAD.search(name, 1)
    if inner:
        head = re.escape(inner.group(1))
        at = inner.end()
        name = name[:at] + re.sub(r"(,|;|\svà)\s*(?:các\s+)?" + head + r"\s+", r"\1 ", name[at:])
    return name


_LEVEL_START = re.compile(r"(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường)(?!\S)")
_LOCAL_ORGAN = re.compile(
    r"(?<!\S)(hội đồng nhân dân|ủy ban nhân dân) (?=" + _LEVEL_START.pattern + r"(?: \S+){0,3}$)"
)
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;]|\svà\s)\s*")


def _collapse_shared_place(name: str) -> str:
    """``thường trực hđnd thành phố; các ban hđnd thành phố`` -> ``thường trực hđnd;
    các ban hđnd thành phố``: the place a list ends with kept once, so that a place
    written after the last body only and one written with every body compare
    equal.  Only a place that opens with a level word (``thành phố``, ``tỉnh …``)
    and stands before a list separator; then, the same way, the council or committee
    of the place (``thường trực hđnd, các ban của hđnd, các tổ đại biểu hđnd, đại biểu
    hđnd tỉnh`` -> ``thường trực, các ban của, các tổ đại biểu, đại biểu hđnd tỉnh``)."""
    words = name.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-size:])
        if not _LEVEL_START.match(tail):  # ("xã hội" is no level)
            continue
        inner = re.compile(r"\s+" + re.escape(tail) + r"(?=" + _LIST_SEPARATOR.pattern + r")")
        collapsed = inner.sub("", name[: len(name) - len(tail)]) + tail
        if collapsed != name:
            return _collapse_shared_organ(collapsed)
    return _collapse_shared_organ(name)


def _collapse_shared_organ(name: str) -> str:
    """The council or committee a list ends with kept once (``_collapse_shared_place``)."""
    words = name.split()
    if len(words) < 3:
        return name
    organ = _LOCAL_ORGAN.search(" ".join(words[-9:]))
    if organ is None:
        return name
    inner = re.compile(r"\s+" + re.escape(organ.group(1)) + r"(?=" + _LIST_SEPARATOR.pattern + r")")
    return inner.sub("", name)


_SPACED_DASH = re.compile(r"\s*[-–]\s*")


_CENTRALLY_RUN = re.compile(r"(tỉnh,? thành phố) trực thuộc trung ương(?!\w)")
# the head of a board ("Ban Chỉ đạo", "Đoàn kiểm tra") with its title's last word written
# once or twice: "Trưởng ban Ban Chỉ đạo" = "Trưởng Ban Chỉ đạo"
_BOARD_HEAD = re.compile(r"(?<!\w)(trưởng) (ban|đoàn) \2(?!\w)")


def norm_body(text: Optional[str]) -> Optional[str]:
    """A tasked body as the scorer compares it: ``norm_name`` plus what the
    annotation conventions leave free — abbreviations expanded or not (``UBND``),
    old or new tone placement (``Uỷ``), a list separated by ``;`` or ``,``
    (and ``Các Sở: A, B`` with its colon), ``có liên quan`` or ``liên quan``, ``các
    tỉnh, thành phố`` with ``trực thuộc Trung ương`` or without, a board's head with
    its title's last word written once or twice (``Trưởng ban Ban Chỉ đạo``), a dash spaced or not
    (``2021 - 2025``),
    a note in brackets (``Thành phố (Đà Nẵng)``), an honorific (``các đồng chí``), and
    a list's place written once or with every body (``_collapse_shared_place``)."""
    name = norm_name(text)
    if name is None:
        return None
    # (written out first, so that a list's shared head is found however it is written:
    # "UBND tỉnh A; Uỷ ban nhân dân tỉnh B")
    name = _BODY_NOTE.sub("", name).replace("uỷ", "ủy")
    for pattern, long_form in _BODY_ABBREVIATIONS:
        name = pattern.sub(long_form, name)
    name = _collapse_shared_place(_collapse_shared_head(name))
    name = name.replace("oà", "òa").replace("oá", "óa")
    name = name.replace("có liên quan", "liên quan")
    # ("Chủ tịch UBND các tỉnh, thành phố" in a Công điện to every province, as its opening
    # names them, "… các tỉnh, thành phố trực thuộc Trung ương": the same bodies)
    name = _CENTRALLY_RUN.sub(r"\1", name)
    name = _BOARD_HEAD.sub(r"\1 \2", name)
    # (a dash spaced or not: "giai đoạn 2021 - 2025" as printed, "2021-2025" as the
    # registry writes it; "Văn hóa - Xã hội", "Văn hóa-Xã hội")
    name = _SPACED_DASH.sub("-", name)
    # an honorific is no part of a name (tests/gold/README.md), though early gold wrote it
    name = _HONORIFIC.sub(" ", name)
    # The words in order: how a list is punctuated (",", ";", "và") is free.
    # ("các"/"những" only mark a plural, which annotators write or leave out)
    words = [
        w for w in _BODY_LIST_MARK.sub(" ", name).strip(" ,.;:").split() if w not in ("và", "các", "những")
    ]
    return " ".join(words) or None


def norm_number(number: Optional[str]) -> Optional[str]:
    """Document number as ANNOTATION.md compares it: case-insensitive, no
    spaces around ``/``, and ``Ð`` read as ``Đ``."""
    name = norm_name(number)
    if name is None:
        return None
    return _SLASH.sub("/", name)


def _as_float(value: Any, digits: int) -> Optional[float]:
    if value is None or isinstance(value, bool):
        return None
    try:
        return round(float(value), digits)
    except (TypeError, ValueError):
        return None


def _norm_value(value: Any) -> Optional[str]:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def item_key(kind: str, item: dict, gold: bool) -> tuple:
    """The span-and-value key of a gold item (``gold=True``) or predicted fact."""
    text = norm_text(item.get("text"))
    if kind == "date":
        return (text, _norm_value(item.get("value")))
    if kind == "doc_ref":
        return (text, norm_number(item.get("number")))
    if kind == "percentage":
        if gold:
            point = item.get("kind") == "percentage_point"
        else:
            point = bool(item.get("percentage_point", False))
        return (text, _as_float(item.get("value"), 4), point)
    if kind == "ratio":
        return (text, _as_float(item.get("numerator"), 6), _as_float(item.get("denominator"), 6))
    if kind == "assignment":
        return (norm_body(item.get("body")),)
    raise ValueError(f"unknown kind {kind!r}")


def _describe_value(kind: str, item: dict, gold: bool) -> str:
    """The value part of an item, for listings."""
    if kind == "date":
        return str(item.get("value"))
    if kind == "doc_ref":
        doc_type = item.get("type") if gold else item.get("doc_type")
        return f"{item.get('number')} (type={doc_type}, date={item.get('date')})"
    if kind == "percentage":
        point = item.get("kind") == "percentage_point" if gold else bool(item.get("percentage_point"))
        return f"{item.get('value')}{' pp' if point else ''}"
    if kind == "ratio":
        return (
            (
                f"{item.get('numerator')} {item.get('numerator_unit') or ''}/"
                f"{item.get('denominator')} {item.get('denominator_unit') or ''}"
            )
            .replace(" /", "/")
            .strip()
        )
    if kind == "assignment":
        return f"body={item.get('body')!r} deadline={item.get('deadline')}"
    return ""


# --------------------------------------------------------------------------
# Locating texts in a document


def _span_pattern(text: str, bounded: bool) -> Optional[re.Pattern]:
    tokens = text.split()
    if not tokens:
        return None
    body = r"\s+".join(re.escape(t) for t in tokens)
    if bounded:
        # Keep ``2025`` from matching inside ``12/2025`` or ``1,2025`` when a
        # free-standing occurrence exists.
        if re.match(r"\w", tokens[0]):
            body = r"(?<![\w/])(?<!\d[.,])" + body
        if re.search(r"\w$", tokens[-1]):
            body = body + r"(?![\w/])(?![.,]\d)"
    return re.compile(body)


def find_occurrences(text: str, document: str) -> list[tuple[int, int]]:
    """All non-overlapping occurrences of ``text`` in ``document``, matching
    any whitespace run to any whitespace run.  Free-standing occurrences (not
    glued to a letter or digit) are preferred when there are any."""
    for bounded in (True, False):
        pattern = _span_pattern(text, bounded)
        if pattern is None:
            return []
        found = [(m.start(), m.end()) for m in pattern.finditer(document)]
        if found:
            return found
    return []


def locate(text: str, document: str, occurrence: int = 0) -> Optional[tuple[int, int]]:
    """Offsets of the ``occurrence``-th (0-based) whitespace-insensitive
    occurrence of ``text`` in ``document``; the last one when there are fewer,
    ``None`` when there is none."""
    found = find_occurrences(text, document)
    if not found:
        return None
    return found[min(occurrence, len(found) - 1)]


def context_snippet(document: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """``…before[[item]]after…`` on one line."""
    before = document[max(0, start - width) : start]
    after = document[end : end + width]
    left = "…" if start - width > 0 else ""
    right = "…" if end + width < len(document) else ""
    return (
        left
        + _WS.sub(" ", before)
        + "[["
        + _WS.sub(" ", document[start:end])
        + "]]"
        + _WS.sub(" ", after)
        + right
    )


# --------------------------------------------------------------------------
# Data


@dataclass
class GoldDocument:
    name: str  # gold file stem
    doc: str  # document file name in the docs directory
    header: dict[str, Optional[str]]
    items: dict[str, list[dict]]  # kind -> gold items as annotated
    path: Optional[Path] = None


@dataclass
class _Item:
    kind: str
    raw: dict
    text: str  # as given (may contain line breaks)
    key: tuple
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass
class Discrepancy:
    """A gold item the extractor missed, or a predicted fact with no gold."""

    doc: str
    kind: str
    side: str  # "miss" (gold not matched) or "false_hit" (prediction not matched)
    text: str
    value: str
    start: Optional[int]
    end: Optional[int]
    context: str
    # "span": nothing with this span on the other side; "value": the other side
    # has the same span with another value (assignments: an overlapping clause
    # with another body).
    reason: str = "span"
    other: Optional[str] = None  # the other side's value when reason == "value"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class KindScore:
    kind: str
    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0
    span_tp_gold: int = 0  # gold items whose span was found
    span_tp_pred: int = 0  # predictions whose span is in the gold
    # Secondary attributes over span-and-value matches: name -> [correct, total].
    attributes: dict[str, list[int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else (1.0 if not self.n_pred else 0.0)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def span_recall(self) -> float:
        return self.span_tp_gold / self.n_gold if self.n_gold else 1.0

    @property
    def span_precision(self) -> float:
        return self.span_tp_pred / self.n_pred if self.n_pred else 1.0

    def attribute_accuracy(self, name: str) -> Optional[float]:
        correct, total = self.attributes.get(name, (0, 0))
        return correct / total if total else None

    def _add_attribute(self, name: str, ok: bool) -> None:
        counts = self.attributes.setdefault(name, [0, 0])
        counts[0] += int(ok)
        counts[1] += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "tp": self.tp,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "span_tp_gold": self.span_tp_gold,
            "span_tp_pred": self.span_tp_pred,
            "span_recall": self.span_recall,
            "span_precision": self.span_precision,
            "attributes": {
                name: {"correct": c, "total": t, "accuracy": c / t if t else None}
                for name, (c, t) in self.attributes.items()
            },
        }


@dataclass
class HeaderScore:
    field: str
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass
class HeaderMismatch:
    doc: str
    field: str
    gold: Optional[str]
    pred: Optional[str]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class DocResult:
    doc: str
    gold_file: str
    error: Optional[str] = None
    # kind -> {"gold", "pred", "tp"}
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class EvalReport:
    kinds: dict[str, KindScore]
    header: dict[str, HeaderScore]
    documents: list[DocResult] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    header_mismatches: list[HeaderMismatch] = field(default_factory=list)
    # Problems in the input that do not stop scoring: facts whose offsets do
    # not slice their text, gold texts listed more often than they occur, ...
    warnings: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[DocResult]:
        return [d for d in self.documents if d.error]

    @property
    def misses(self) -> list[Discrepancy]:
        return [d for d in self.discrepancies if d.side == "miss"]

    @property
    def false_hits(self) -> list[Discrepancy]:
        return [d for d in self.discrepancies if d.side == "false_hit"]

    @property
    def total(self) -> KindScore:
        """Micro-average over all kinds."""
        total = KindScore("all")
        for score in self.kinds.values():
            total.n_gold += score.n_gold
            total.n_pred += score.n_pred
            total.tp += score.tp
            total.span_tp_gold += score.span_tp_gold
            total.span_tp_pred += score.span_tp_pred
        return total

    @property
    def header_accuracy(self) -> float:
        correct = sum(h.correct for h in self.header.values())
        total = sum(h.total for h in self.header.values())
        return correct / total if total else 1.0

    def scores(self) -> dict[str, Any]:
        """The figures alone (per kind: gold, pred, tp, P, R, F1; per header field: accuracy)."""
        return {
            "kinds": {
                k: {
                    "gold": s.n_gold,
                    "pred": s.n_pred,
                    "tp": s.tp,
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                }
                for k, s in self.kinds.items()
            },
            "header": {f: h.accuracy for f, h in self.header.items()},
            "header_overall": self.header_accuracy,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "kinds": {k: s.to_dict() for k, s in self.kinds.items()},
            "total": self.total.to_dict(),
            "header": {f: h.to_dict() for f, h in self.header.items()},
            "header_accuracy": self.header_accuracy,
            "documents": [d.to_dict() for d in self.documents],
            "errors": [{"doc": d.doc, "error": d.error} for d in self.errors],
            "misses": [d.to_dict() for d in self.misses],
            "false_hits": [d.to_dict() for d in self.false_hits],
            "header_mismatches": [m.to_dict() for m in self.header_mismatches],
            "warnings": list(self.warnings),
        }


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# --------------------------------------------------------------------------
# Loading


def load_gold(gold_dir: Path) -> list[GoldDocument]:
    """Every ``*.json`` in ``gold_dir``, sorted by file name."""
    documents = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items = {kind: list(data.get(name) or []) for name, kind in GOLD_LISTS.items()}
        header = {f: data.get(f) for f in HEADER_FIELDS}
        documents.append(
            GoldDocument(
                name=path.stem,
                doc=data.get("doc") or f"{path.stem}.txt",
                header=header,
                items=items,
                path=path,
            )
        )
    return documents


# --------------------------------------------------------------------------
# Scoring


def _as_dict(obj: Any) -> dict:
    if isinstance(obj, dict):
        return obj
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return {}


def _place_gold(
    kind: str, raw_items: Sequence[dict], document: str, doc_name: str, warnings: list[str]
) -> list[_Item]:
    items: list[_Item] = []
    seen: Counter = Counter()
    for raw in raw_items:
        text = str(raw.get("text") or "")
        norm = norm_text(text)
        occurrences = find_occurrences(text, document)
        index = seen[norm]
        seen[norm] += 1
        item = _Item(kind, raw, text, item_key(kind, raw, gold=True))
        if occurrences:
            if index >= len(occurrences) and kind != "assignment":
                # Assignments legitimately repeat a clause once per body.
                warnings.append(
                    f"{doc_name}: gold {kind} {norm!r} listed {index + 1} times, found {len(occurrences)} times in the text"
                )
            item.start, item.end = occurrences[min(index, len(occurrences) - 1)]
        else:
            warnings.append(f"{doc_name}: gold {kind} {norm!r} not found in the document text")
        items.append(item)
    return items


def _place_predictions(
    kind: str, facts: Sequence[dict], document: str, doc_name: str, warnings: list[str]
) -> list[_Item]:
    items: list[_Item] = []
    seen: Counter = Counter()
    for raw in facts:
        start, end = raw.get("start"), raw.get("end")
        text = raw.get("text")
        valid = (
            isinstance(start, int)
            and isinstance(end, int)
            and not isinstance(start, bool)
            and 0 <= start <= end <= len(document)
        )
        if text is None and valid:
            text = document[start:end]
        text = str(text or "")
        if valid and norm_text(document[start:end]) != norm_text(text):
            warnings.append(
                f"{doc_name}: predicted {kind} {norm_text(text)!r} at {start}:{end} does not match the text there"
                f" ({norm_text(document[start:end])[:80]!r})"
            )
            valid = False
        item = _Item(kind, raw, text, item_key(kind, {**raw, "text": text}, gold=False))
        if valid:
            item.start, item.end = start, end
        else:
            norm = norm_text(text)
            located = locate(text, document, seen[norm])
            seen[norm] += 1
            if located:
                item.start, item.end = located
        items.append(item)
    return items


def _distance(a: _Item, b: _Item) -> float:
    if a.start is None or b.start is None:
        return float("inf")
    return abs(a.start - b.start)


def _pair(gold: list[_Item], pred: list[_Item], key: Callable[[_Item], Any]) -> list[tuple[int, int]]:
    """Pair gold and predicted items with equal keys, one to one, nearest
    positions first.  The number of pairs per key is min(#gold, #pred), which
    is exactly the multiset intersection."""
    by_key: dict[Any, list[int]] = defaultdict(list)
    for j, p in enumerate(pred):
        by_key[key(p)].append(j)
    gold_by_key: dict[Any, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        gold_by_key[key(g)].append(i)
    pairs = []
    for k, gold_indices in gold_by_key.items():
        candidates = [(_distance(gold[i], pred[j]), i, j) for i in gold_indices for j in by_key.get(k, ())]
        candidates.sort()
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, i, j in candidates:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _listed_pairs(
    score: KindScore, gold: list[_Item], pred: list[_Item], pairs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ANNOTATION.md lets one clause tasking several bodies be "one entry per body,
    or one entry listing them all", on either side.  An unmatched entry whose body
    is the list of the bodies of several unmatched entries on the other side, in
    the same clause, matches all of them; it is then counted as that many
    (clause, body) entries, so precision and recall are both per body."""
    used_g = {i for i, _ in pairs}
    used_p = {j for _, j in pairs}
    extra: list[tuple[int, int]] = []
    for one, many, one_is_gold in ((pred, gold, False), (gold, pred, True)):
        used_one, used_many = (used_g, used_p) if one_is_gold else (used_p, used_g)
        for a, item in enumerate(one):
            if a in used_one:
                continue
            parts = [
                b
                for b, other in enumerate(many)
                if b not in used_many
                and (_overlap(item, other) if one_is_gold else _overlap(other, item))
                and other.key[0]
            ]
            parts.sort(key=lambda b: many[b].start if many[b].start is not None else 0)
            if (
                len(parts) < 2
                or norm_body(", ".join(many[b].raw.get("body") or "" for b in parts)) != item.key[0]
            ):
                continue
            used_one.add(a)
            used_many.update(parts)
            score.tp += len(parts)
            if one_is_gold:
                score.n_gold += len(parts) - 1
            else:
                score.n_pred += len(parts) - 1
            extra += [(a, b) if one_is_gold else (b, a) for b in parts]
    return extra


_NAMED_ABOVE = re.compile(r"^(.*) nêu trên$")


def _named_above_pairs(
    score: KindScore, gold: list[_Item], pred: list[_Item], pairs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ANNOTATION.md lets a body be "expanded or kept as written": a plural of places
    kept as written (``Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên``) and the
    same plural written out with the places the document listed above (``… các tỉnh,
    thành phố: Quảng Trị, Huế, …``) name one body when their clauses overlap; so do a
    board's officer by the title alone (``Trưởng ban``, ``Phó Trưởng ban thường trực``)
    and the same title with the board's name (``Trưởng Ban Chỉ đạo``); and a letter's
    courtesy anaphor with its referent in brackets (``Quý Ủy ban (Ủy ban nhân dân các
    tỉnh, …)``) and that referent written alone."""
    return _pairs_of_one_body(
        score,
        gold,
        pred,
        pairs,
        lambda a, b: _kept_and_written_out(a, b) or _title_of_board(a, b) or _anaphor_of(a, b),
    )


def _anaphor_of(anaphor: Optional[str], referent: Optional[str]) -> bool:
    """Is ``anaphor`` a courtesy anaphor (``Quý Ủy ban``) whose bracket names ``referent``?"""
    written = _ANAPHOR_WITH_REFERENT.fullmatch(anaphor or "")
    return written is not None and norm_body(written.group(1)) == norm_body(referent)


def _pairs_of_one_body(
    score: KindScore,
    gold: list[_Item],
    pred: list[_Item],
    pairs: list[tuple[int, int]],
    kept_and_expanded: Callable[[Optional[str], Optional[str]], bool],
) -> list[tuple[int, int]]:
    """Pair the unpaired gold and predicted items of overlapping clauses whose bodies
    are one body kept as written on one side and expanded on the other (either way
    round), one to one, and count each pair found."""
    used_g = {i for i, _ in pairs}
    used_p = {j for _, j in pairs}
    extra: list[tuple[int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if i in used_g or j in used_p or not _overlap(g, p):
                continue
            g_body, p_body = g.raw.get("body"), p.raw.get("body")
            if kept_and_expanded(g_body, p_body) or kept_and_expanded(p_body, g_body):
                used_g.add(i)
                used_p.add(j)
                score.tp += 1
                extra.append((i, j))
    return extra


# "Ban Chỉ đạo phát triển du lịch tỉnh Đắk Lắk (sau đây gọi tắt là Ban Chỉ đạo)": a short
# name the document gives a body (the openers are the extractor's, extractors/data/assignments.json);
# a hard-wrapped copy may break the line inside the bracket ("… gọi tắt là Ban Chỉ\nđạo)")
_ALIAS_DEFINITION = re.compile(
    r"\(\s*(?:"
    + "|".join(re.escape(opener) for opener in load_json("assignments.json")["alias_openers"])
    + r")\s+[“\"']?([^()“”\"']{2,80}?)[”\"']?\s*\)",
    re.IGNORECASE,
)
# how far before its bracket a defined name may start (its words, as norm_body gives them)
_ALIAS_REACH = 300


def _defined_names(document: str) -> list[tuple[list[str], list[str]]]:
    """The short names the document defines, each with the words before its bracket
    (in which the full name ends), both as ``norm_body`` gives them."""
    out = []
    for definition in _ALIAS_DEFINITION.finditer(document):
        short = norm_body(definition.group(1))
        before = norm_body(document[max(0, definition.start() - _ALIAS_REACH) : definition.start()])
        if short and before:
            out.append((short.split(), before.split()))
    return out


def _short_for_full(
    short_body: Optional[str], full_body: Optional[str], defined: list[tuple[list[str], list[str]]]
) -> bool:
    """Is ``short_body`` a body named by a short name the document defined (``Ban Chỉ
    đạo``, ``Giám đốc Quỹ``) and ``full_body`` the same with that short name written out
    as the document wrote it before the definition (``Ban Chỉ đạo phát triển du lịch tỉnh
    Đắk Lắk``, ``Giám đốc Quỹ nhà ở quốc gia``)?"""
    kept, whole = (norm_body(short_body) or "").split(), (norm_body(full_body) or "").split()
    for short, before in defined:
        n = len(short)
        for at in range(len(kept) - n + 1):
            if kept[at : at + n] != short:
                continue
            prefix, suffix = kept[:at], kept[at + n :]
            middle = whole[len(prefix) : len(whole) - len(suffix)]
            if (
                whole[: len(prefix)] == prefix
                and whole[len(whole) - len(suffix) :] == suffix
                and len(middle) > n
                # (the full name opens with the short one's head: "Ban Quản lý các khu công
                # nghệ cao …" for "Ban Quản lý", "Quỹ nhà ở quốc gia" for "Quỹ")
                and middle[0] == short[0]
                and (before[len(before) - len(middle) :] == middle or _cut_short(middle, short, before))
            ):
                return True
    return False


def _cut_short(middle: list[str], short: list[str], before: list[str]) -> bool:
    """Is ``middle`` the defined name cut short: its first words as written before the
    definition, from where that name opens (the short name's last occurrence there)?
    Annotators expand ``Ban Chỉ đạo`` to ``Ban Chỉ đạo điều chỉnh quy hoạch sử dụng đất
    tỉnh Gia Lai`` and leave out the ``thời kỳ 2021 - 2030, tầm nhìn …`` the definition
    goes on with."""
    n = len(short)
    if middle[:n] != short:
        return False
    opens = [at for at in range(len(before) - n + 1) if before[at : at + n] == short]
    return bool(opens) and before[opens[-1] : opens[-1] + len(middle)] == middle


def _aliased_pairs(
    score: KindScore, gold: list[_Item], pred: list[_Item], pairs: list[tuple[int, int]], document: str
) -> list[tuple[int, int]]:
    """ANNOTATION.md lets a body be "expanded or kept as written": a body named by the
    short name the document gave it (``(sau đây gọi tắt là Ban Chỉ đạo)``) kept as
    written and the same body with the name written out as defined name one body when
    their clauses overlap."""
    if len({i for i, _ in pairs}) == len(gold) or len({j for _, j in pairs}) == len(pred):
        return []  # (every item of a side is paired: the document need not be read)
    defined = _defined_names(document)
    if not defined:
        return []
    return _pairs_of_one_body(score, gold, pred, pairs, lambda a, b: _short_for_full(a, b, defined))


def _kept_and_written_out(kept: Optional[str], written_out: Optional[str]) -> bool:
    """Is ``kept`` a plural ``… nêu trên`` and ``written_out`` the same plural followed
    by the list of its members after a colon?"""
    named = _NAMED_ABOVE.match(norm_name(kept) or "")
    head, colon, members = (norm_name(written_out) or "").partition(":")
    return (
        named is not None
        and bool(colon)
        and bool(members.strip())
        and norm_body(head) == norm_body(named.group(1))
    )


# a board's officers (by their titles) and the boards (extractors/data/assignments.json)
_BOARD_TITLES = {
    norm_body(title)
    for titles in load_json("assignments.json")["board_officers"].values()
    for title in titles
}
_BOARD_NAMES = sorted(
    {norm_body(board) for board in load_json("assignments.json")["boards"]}, key=len, reverse=True
)
_STANDING = " thường trực"


def _title_of_board(kept: Optional[str], expanded: Optional[str]) -> bool:
    """Is ``kept`` a board's officer by the title alone (``Phó Trưởng ban thường trực``)
    and ``expanded`` the same title with a board's name after it (``… thường trực Ban
    Chỉ đạo``; ``Trưởng Ban Chỉ đạo``, the title's last word written once)?"""
    title, whole = norm_body(kept), norm_body(expanded)
    if not title or not whole or title.removesuffix(_STANDING) not in _BOARD_TITLES:
        return False
    if not whole.startswith(title + " "):
        return False
    rest = whole[len(title) + 1 :]
    last = title.removesuffix(_STANDING).split()[-1]
    return any(
        rest.startswith(board) or board.startswith(last + " ") and rest.startswith(board[len(last) + 1 :])
        for board in _BOARD_NAMES
    )


def _overlap(gold: _Item, pred: _Item) -> bool:
    """Does the predicted clause cover enough of the gold clause?"""
    if gold.start is None or pred.start is None:
        return norm_text(gold.text) == norm_text(pred.text)
    length = gold.end - gold.start
    if length <= 0:
        return gold.start == pred.start
    covered = min(gold.end, pred.end) - max(gold.start, pred.start)
    return covered >= ASSIGNMENT_OVERLAP * length


def _attributes(score: KindScore, kind: str, gold: _Item, pred: _Item) -> None:
    g, p = gold.raw, pred.raw
    if kind == "doc_ref":
        score._add_attribute("type", norm_name(g.get("type")) == norm_name(p.get("doc_type")))
        score._add_attribute("date", _norm_value(g.get("date")) == _norm_value(p.get("date")))
    elif kind == "ratio":
        score._add_attribute(
            "units",
            norm_name(g.get("numerator_unit")) == norm_name(p.get("numerator_unit"))
            and norm_name(g.get("denominator_unit")) == norm_name(p.get("denominator_unit")),
        )
        score._add_attribute("ratio_kind", (g.get("kind") or "ratio") == (p.get("ratio_kind") or "ratio"))
    elif kind == "assignment":
        score._add_attribute("deadline", _norm_value(g.get("deadline")) == _norm_value(p.get("deadline")))


def _score_kind(
    score: KindScore,
    kind: str,
    gold: list[_Item],
    pred: list[_Item],
    document: str,
    doc_name: str,
) -> tuple[int, list[Discrepancy]]:
    score.n_gold += len(gold)
    score.n_pred += len(pred)
    pairs = _pair(gold, pred, lambda it: it.key)
    score.tp += len(pairs)
    for i, j in pairs:
        _attributes(score, kind, gold[i], pred[j])
    if kind == "assignment":
        pairs += _listed_pairs(score, gold, pred, pairs)
        pairs += _named_above_pairs(score, gold, pred, pairs)
        pairs += _aliased_pairs(score, gold, pred, pairs, document)

    # Span-only agreement.
    if kind == "assignment":
        # Not one to one: gold may list one clause once per body while the
        # extractor gives one fact listing them all, or the reverse.
        score.span_tp_gold += sum(any(_overlap(g, p) for p in pred) for g in gold)
        score.span_tp_pred += sum(any(_overlap(g, p) for g in gold) for p in pred)
    else:
        gold_texts = Counter(norm_text(g.text) for g in gold)
        pred_texts = Counter(norm_text(p.text) for p in pred)
        common = sum((gold_texts & pred_texts).values())
        score.span_tp_gold += common
        score.span_tp_pred += common

    # Unmatched items, explained: same span with another value, or no span.
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    left_g = [i for i in range(len(gold)) if i not in matched_g]
    left_p = [j for j in range(len(pred)) if j not in matched_p]
    near: dict[int, int] = {}  # gold index -> pred index with the same span
    if kind == "assignment":
        used: set[int] = set()
        for i in left_g:
            for j in sorted(left_p, key=lambda j: _distance(gold[i], pred[j])):
                if j not in used and _overlap(gold[i], pred[j]):
                    near[i] = j
                    used.add(j)
                    break
    else:
        sub_g = [gold[i] for i in left_g]
        sub_p = [pred[j] for j in left_p]
        for a, b in _pair(sub_g, sub_p, lambda it: norm_text(it.text)):
            near[left_g[a]] = left_p[b]
    near_pred = {j: i for i, j in near.items()}

    out = []
    for i in left_g:
        g = gold[i]
        other = pred[near[i]] if i in near else None
        out.append(
            Discrepancy(
                doc=doc_name,
                kind=kind,
                side="miss",
                text=g.text,
                value=_describe_value(kind, g.raw, gold=True),
                start=g.start,
                end=g.end,
                context=context_snippet(document, g.start, g.end)
                if g.start is not None
                else norm_text(g.text),
                reason="value" if other else "span",
                other=_describe_value(kind, other.raw, gold=False) if other else None,
            )
        )
    for j in left_p:
        p = pred[j]
        other = gold[near_pred[j]] if j in near_pred else None
        out.append(
            Discrepancy(
                doc=doc_name,
                kind=kind,
                side="false_hit",
                text=p.text,
                value=_describe_value(kind, p.raw, gold=False),
                start=p.start,
                end=p.end,
                context=context_snippet(document, p.start, p.end)
                if p.start is not None
                else norm_text(p.text),
                reason="value" if other else "span",
                other=_describe_value(kind, other.raw, gold=True) if other else None,
            )
        )
    out.sort(key=lambda d: (d.start if d.start is not None else -1, d.side))
    return len(pairs), out


_PLACE_LEVEL = re.compile(r"(?:tỉnh|thành phố) (?=\w)")


def _header_equal(field_name: str, gold: Any, pred: Any) -> bool:
    if field_name == "doc_number":
        return norm_number(gold) == norm_number(pred)
    if field_name == "issuer":  # a body, named as freely as a tasked one
        gold_name, pred_name = norm_body(gold), norm_body(pred)
        if gold_name is None or pred_name is None:
            return gold_name == pred_name
        # ... with or without the level word of its place (Sở Giáo dục và Đào tạo Hà Nội,
        # as dev 006 names it; Sở Tài chính tỉnh Thanh Hóa)
        return gold_name == pred_name or _PLACE_LEVEL.sub("", gold_name) == _PLACE_LEVEL.sub("", pred_name)
    return norm_name(gold) == norm_name(pred)


def _text_for_context(path: Path) -> str:
    """A document's file as text, to place the misses of a document whose
    extraction failed; empty when it is no UTF-8 text (a PDF) or is missing."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def evaluate(
    gold_dir: Path,
    docs_dir: Path,
    extract: Callable[[Path], dict],
    kinds: Iterable[str] = KINDS,
) -> EvalReport:
    """Run ``extract`` on every gold document and score it.

    ``extract(path)`` returns one object of the extraction contract
    (``{"source", "header", "text", "facts"}``); facts of kinds not in
    ``kinds`` are ignored.  When it raises, or the document file is missing,
    the document is recorded as an error: its gold items all count as misses
    and its header fields as wrong."""
    kinds = tuple(kinds)
    report = EvalReport(
        kinds={k: KindScore(k) for k in kinds},
        header={f: HeaderScore(f) for f in HEADER_FIELDS},
    )
    docs_dir = Path(docs_dir)
    for gold_doc in load_gold(Path(gold_dir)):
        doc_path = docs_dir / gold_doc.doc
        result = DocResult(doc=gold_doc.doc, gold_file=gold_doc.name)
        report.documents.append(result)
        document = ""
        extraction: Optional[dict] = None
        try:
            returned = extract(doc_path)
            extraction = _as_dict(returned)
            if extraction is not returned and not callable(getattr(returned, "to_dict", None)):
                raise TypeError(f"extract returned {type(returned).__name__}, not a dict")
            # Offsets index the extraction's own text when it gives one; the file
            # itself is read only when it does not (a PDF or a Word file is no text).
            if isinstance(extraction.get("text"), str):
                document = extraction["text"]
            else:
                document = doc_path.read_text(encoding="utf-8")
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
            result.error = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            extraction = None
            document = _text_for_context(doc_path)

        facts_by_kind: dict[str, list[dict]] = defaultdict(list)
        if extraction is not None:
            for fact in extraction.get("facts") or ():
                fact = _as_dict(fact)
                if fact.get("kind") in report.kinds:
                    facts_by_kind[fact["kind"]].append(fact)

        for kind in kinds:
            gold_items = _place_gold(
                kind, gold_doc.items.get(kind, []), document, gold_doc.doc, report.warnings
            )
            pred_items = _place_predictions(
                kind, facts_by_kind.get(kind, []), document, gold_doc.doc, report.warnings
            )
            tp, found = _score_kind(report.kinds[kind], kind, gold_items, pred_items, document, gold_doc.doc)
            report.discrepancies.extend(found)
            result.counts[kind] = {"gold": len(gold_items), "pred": len(pred_items), "tp": tp}

        header = _as_dict(extraction.get("header")) if extraction is not None else None
        for field_name in HEADER_FIELDS:
            score = report.header[field_name]
            score.total += 1
            gold_value = gold_doc.header.get(field_name)
            pred_value = header.get(field_name) if header is not None else None
            # The dev gold predates issue 12 and names a decision's authority line
            # as its issuer (``Chủ tịch UBND tỉnh …``); the extractor gives the organ
            # as issuer and the authority beside it: either convention counts.
            also = header.get("authority") if header is not None and field_name == "issuer" else None
            if header is not None and (
                _header_equal(field_name, gold_value, pred_value)
                or (also is not None and _header_equal(field_name, gold_value, also))
            ):
                score.correct += 1
            else:
                report.header_mismatches.append(
                    HeaderMismatch(
                        gold_doc.doc,
                        field_name,
                        gold_value,
                        pred_value if header is not None else "<extraction failed>",
                    )
                )
    return report


# --------------------------------------------------------------------------
# Formatting


def format_table(report: EvalReport) -> str:
    """Plain-text summary: one row per kind plus the total, then the header
    field accuracies, then errors."""
    attribute_names = sorted({name for s in report.kinds.values() for name in s.attributes})
    lines = []
    title = f"{'kind':<11}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>8}{'R':>7}{'F1':>7}{'span-R':>8}"
    if attribute_names:
        title += "  attributes (accuracy over matches)"
    lines.append(title)
    lines.append("-" * len(title))
    rows = list(report.kinds.values()) + [report.total]
    for score in rows:
        if score.kind == "all":
            lines.append("-" * len(title))
        row = (
            f"{score.kind:<11}{score.n_gold:>6}{score.n_pred:>6}{score.tp:>6}"
            f"{score.precision:>8.3f}{score.recall:>7.3f}{score.f1:>7.3f}{score.span_recall:>8.3f}"
        )
        extras = [
            f"{name} {score.attribute_accuracy(name):.3f} ({c}/{t})"
            for name, (c, t) in sorted(score.attributes.items())
        ]
        if extras:
            row += "  " + ", ".join(extras)
        lines.append(row)
    lines.append("")
    n_docs = len(report.documents)
    lines.append(f"header accuracy over {n_docs} documents (overall {report.header_accuracy:.3f}):")
    for score in report.header.values():
        lines.append(f"  {score.field:<12}{score.accuracy:>7.3f}  ({score.correct}/{score.total})")
    errors = report.errors
    if errors:
        lines.append("")
        lines.append(f"{len(errors)} document(s) failed (all their gold counted as misses):")
        for doc in errors:
            lines.append(f"  {doc.doc}: {doc.error}")
    if report.warnings:
        lines.append("")
        lines.append(f"{len(report.warnings)} warning(s); see format_misses or to_dict()['warnings']")
    return "\n".join(lines)


def format_misses(report: EvalReport, kinds: Optional[Iterable[str]] = None) -> str:
    """Every miss and false hit, grouped by kind then document, with context.
    ``kinds`` limits the listing; include ``"header"`` for header mismatches
    and ``"warnings"`` for input warnings (both are shown when ``kinds`` is None)."""
    wanted = None if kinds is None else set(kinds)
    lines: list[str] = []
    for kind in report.kinds:
        if wanted is not None and kind not in wanted:
            continue
        items = [d for d in report.discrepancies if d.kind == kind]
        n_miss = sum(d.side == "miss" for d in items)
        lines.append(f"== {kind}: {n_miss} miss(es), {len(items) - n_miss} false hit(s)")
        by_doc: dict[str, list[Discrepancy]] = defaultdict(list)
        for d in items:
            by_doc[d.doc].append(d)
        for doc, entries in by_doc.items():
            lines.append(f"-- {doc}")
            for d in entries:
                label = "MISS " if d.side == "miss" else "FALSE"
                text = norm_text(d.text)
                if kind == "assignment" and len(text) > 80:
                    text = text[:77] + "..."
                line = f"  {label} {text!r} = {d.value}"
                if d.reason == "value":
                    line += f"   [{'pred' if d.side == 'miss' else 'gold'} has {d.other}]"
                lines.append(line)
                lines.append(f"        {d.context}")
    if report.header_mismatches and (wanted is None or "header" in wanted):
        lines.append(f"== header: {len(report.header_mismatches)} mismatch(es)")
        for m in report.header_mismatches:
            lines.append(f"  {m.doc}: {m.field}: gold {m.gold!r}, pred {m.pred!r}")
    if report.errors and (wanted is None or "errors" in wanted or "header" in wanted):
        lines.append(f"== errors: {len(report.errors)}")
        for doc in report.errors:
            lines.append(f"  {doc.doc}: {doc.error}")
    if report.warnings and (wanted is None or "warnings" in wanted):
        lines.append(f"== warnings: {len(report.warnings)}")
        lines.extend(f"  {w}" for w in report.warnings)
    return "\n".join(lines)
