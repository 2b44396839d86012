"""Value objects: one frozen dataclass per fact kind.

Every fact knows its exact character offsets into the text it was found in, so
``text[fact.start:fact.end] == fact.text`` always holds.  ``to_dict`` gives the
JSON shape of the extraction contract (see README), which is also what the store
is filled from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, ClassVar, Optional


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class Fact:
    kind: ClassVar[str] = "fact"
    text: str
    start: int
    end: int
    # Index of the sentence (in the pipeline's sentence segmentation) that holds
    # ``start``; filled by the pipeline, not by the finders.
    sentence: Optional[int] = field(default=None, kw_only=True)
    note: Optional[str] = field(default=None, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        data = {"kind": self.kind}
        for name in _field_names(type(self)):
            value = getattr(self, name)
            if name == "note" and value is None:
                continue
            data[name] = list(value) if isinstance(value, tuple) else value
        return data

    def with_sentence(self, index: int) -> "Fact":
        # What dataclasses.replace() builds, without re-running __init__ (facts
        # have no __post_init__): this runs for every fact of every document.
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy.__dict__["sentence"] = index
        return copy


@dataclass(frozen=True)
class DateFact(Fact):
    """A calendar expression; ``value`` is ISO 8601 at its real precision:
    ``2017-09-28``, ``2017-09``, ``2017``, ``2017-Q4`` or a range ``A/B``."""

    kind: ClassVar[str] = "date"
    value: str = ""


@dataclass(frozen=True)
class DocRefFact(Fact):
    """A citation of a document by its number and symbol (số, ký hiệu)."""

    kind: ClassVar[str] = "doc_ref"
    number: str = ""
    doc_type: Optional[str] = None
    date: Optional[str] = None
    issuer: Optional[str] = None


@dataclass(frozen=True)
class PercentageFact(Fact):
    kind: ClassVar[str] = "percentage"
    value: float = 0.0
    # ``giảm 1 điểm phần trăm`` is a difference of percentages, not a share.
    percentage_point: bool = False
    subject: Optional[str] = None


@dataclass(frozen=True)
class RatioFact(Fact):
    """``ratio_kind`` is ``ratio`` (117 trẻ nam/100 trẻ nữ), ``part_of_whole``
    (5/9 tiêu chí), ``rank`` (xếp thứ 22/63) or ``scale`` (1/500)."""

    kind: ClassVar[str] = "ratio"
    numerator: float = 0.0
    denominator: float = 0.0
    numerator_unit: Optional[str] = None
    denominator_unit: Optional[str] = None
    ratio_kind: str = "ratio"
    subject: Optional[str] = None


@dataclass(frozen=True)
class AssignmentFact(Fact):
    """A body tasked with something.  ``role`` is ``lead``, ``coordinate``,
    ``advise`` or ``execute``; ``assignment_kind`` is ``clause``,
    ``execution_clause`` (closing clause of a Quyết định) or ``table_row``."""

    kind: ClassVar[str] = "assignment"
    body: str = ""  # as written, without the leading verb
    canonical_body: Optional[str] = None  # one name per body across spellings
    task: str = ""
    deadline: Optional[str] = None
    role: Optional[str] = None
    partners: tuple[str, ...] = ()  # ``phối hợp với`` bodies
    assignment_kind: str = "clause"


@dataclass(frozen=True)
class Header:
    """What a document says about itself: not a span fact, one per document."""

    doc_number: Optional[str] = None
    doc_type: Optional[str] = None
    issuer: Optional[str] = None
    # The body above the issuer in the header (``UBND TỈNH X`` over ``SỞ Y``).
    parent_issuer: Optional[str] = None
    # True when the issuer is not printed but certain from the text.
    issuer_inferred: bool = False
    # Who acts for the issuer, from the authority line of a decision or resolution
    # (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`` -> ``Chủ tịch UBND tỉnh Quảng Trị``); the
    # issuer stays the organ (``UBND tỉnh Quảng Trị``).
    authority: Optional[str] = None
    # Header fields read from somewhere else than the header itself (a copy
    # without its header table: number and date from its own appendix caption).
    inferred: tuple[str, ...] = ()
    issue_place: Optional[str] = None
    issue_date: Optional[str] = None
    title: Optional[str] = None
    signer: Optional[str] = None
    signer_title: Optional[str] = None
    recipients: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        # The values are immutable (str, bool, None), so no deep copy is needed.
        data = {name: getattr(self, name) for name in _field_names(type(self))}
        data["recipients"] = list(self.recipients)
        data["inferred"] = list(self.inferred)
        return data


FACT_CLASSES: dict[str, type[Fact]] = {
    cls.kind: cls for cls in (DateFact, DocRefFact, PercentageFact, RatioFact, AssignmentFact)
}


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Inverse of ``Fact.to_dict`` (used when reading facts back from the store)."""
    cls = FACT_CLASSES[data["kind"]]
    names = {f.name for f in fields(cls)}
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in names})


def fact_from_columns(columns: dict[str, Any]) -> dict[str, Any]:
    """A fact's contract dict (``Fact.to_dict``) from the store's columns, one
    per field, where JSON lists are text and booleans integers: the store keeps
    each value once, in its column.  A kind unknown here keeps every column
    that has a value."""
    kind = columns["kind"]
    cls = FACT_CLASSES.get(kind)
    names = _field_names(cls) if cls else [k for k, v in columns.items() if v is not None and k != "kind"]
    data: dict[str, Any] = {"kind": kind}
    for name in names:
        value = columns.get(name)
        if name == "note" and value is None:
            continue
        if name == "partners" and isinstance(value, str):
            value = json.loads(value)
        elif name == "percentage_point" and value is not None:
            value = bool(value)
        data[name] = value
    return data
