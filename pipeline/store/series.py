"""One measure over time and place: the percentages or ratios whose subject
matches (``giới tính khi sinh``), each with its document's date of issue and
place.  A ratio's value is per 100 of its denominator (``117 trẻ nam/100 trẻ
nữ`` is 117); a change in percentage points is no level and is left out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional

from vanban.pipeline.store.core import Store
from vanban.pipeline.store.filters import DocumentFilter


@dataclass(frozen=True)
class Point:
    date: str  # the document's date of issue (ISO, possibly partial)
    place: str  # its place of issue, else its issuer
    value: float
    unit: str  # "%" or the ratio's units (trẻ nam/trẻ nữ)
    text: str  # the figure as written
    subject: str
    document_id: int
    doc_number: Optional[str]

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def series(
    store: Store, subject: str, kind: Optional[str] = None, documents: DocumentFilter = DocumentFilter()
) -> list[Point]:
    """The points of ``subject`` (matched as ``facts --subject`` matches), of
    one ``kind`` (``ratio`` or ``percentage``; by default the kind with more
    figures), in date order; figures of undated documents are left out."""
    rows = [
        r
        for r in store.facts(subject=subject, documents=documents, sort="date")
        if r["kind"] in ("ratio", "percentage") and r["issue_date"] and not r["percentage_point"]
    ]
    if kind is None:
        kinds = Counter(r["kind"] for r in rows)
        kind = kinds.most_common(1)[0][0] if kinds else "ratio"
    # The places of the documents, read at once (not a query per figure).
    ids = sorted({r["document_id"] for r in rows})
    places = dict(
        store.db.execute(
            f"SELECT id, coalesce(issue_place, issuer) FROM documents WHERE id IN ({', '.join('?' * len(ids))})",
            ids,
        ).fetchall()
    )
    points = []
    for r in rows:
        if r["kind"] != kind:
            continue
        if kind == "ratio":
            if not r["denominator"]:
                continue
            value = r["numerator"] * 100.0 / r["denominator"]
            unit = f"{r['numerator_unit'] or ''}/{r['denominator_unit'] or ''}".strip("/") or "/100"
        else:
            value, unit = float(r["value"]), "%"
        points.append(
            Point(
                date=r["issue_date"],
                place=places.get(r["document_id"]) or "?",
                value=round(value, 3),
                unit=unit,
                text=" ".join(r["text"].split()),
                subject=r["subject"],
                document_id=r["document_id"],
                doc_number=r["doc_number"],
            )
        )
    return points


def unit_label(points: list[dict]) -> str:
    """What a chart's value axis measures: ``%``, or ``per 100`` of the ratios'
    denominators (``per 100 trẻ nữ / bé gái``)."""
    units = sorted({p["unit"] for p in points})
    if units == ["%"]:
        return "%"
    return "per 100 " + " / ".join(dict.fromkeys(u.split("/")[-1] for u in units))
