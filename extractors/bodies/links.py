"""Which bodies a document names, and in what role, under one canonical name.

Links every assignment (its assignees and partners), the issuer (and its
parent body) and each recipient to the registry name that
``extractors.bodies.canonical_body`` gives, with the body's kind and level, so
that a store can keep one row per body however it is spelled.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterable, Optional, Sequence

from vanban.extractors.bodies.names import body_kind, body_level, canonical_body, single_bodies
from vanban.extractors.facts import AssignmentFact, Fact, Header

VERSION = "2.25"  # 2.25: a name holding capitalised fields after a comma is one body (Cục Xuất bản, In và Phát hành); the names a head word and a colon open share it (Phòng: Đô thị, Dự án); 2.24: body grammar 1.39; the members a colon names after "các Bộ, cơ quan:" are one body each (Bộ Tài chính, Bộ Xây dựng, …); a name that holds a comma is whole anywhere in a list sharing its head (các Sở: Y tế, Văn hóa, Thể thao và Du lịch); 2.23: body grammar 1.38; 2.22: body grammar 1.37; 2.21: body grammar 1.36; a body's name and title read in the new tone placement as the finders read them (Sở Văn hoá, Thể thao và Du lịch is one body, Ban thường vụ cấp uỷ is whole); 2.20: body grammar 1.29; 2.19: body grammar 1.28; 2.18: body grammar 1.27; 2.17: body grammar 1.26; 2.16: body grammar 1.25; 2.15: body grammar 1.24; 2.14: body grammar 1.23; 2.13: body grammar 1.22; 2.12: body grammar 1.21; 2.11: body grammar 1.20; 2.10: body grammar 1.19; 2.1: a body named for several places is one link per place; 2.2: stacked titles; 2.3: body grammar 1.12 (alternatives joined by "/"); 2.4: body grammar 1.13; 2.5: body grammar 1.14; 2.6: body grammar 1.15; 2.7: body grammar 1.16; 2.8: body grammar 1.17; 2.9: body grammar 1.18


@dataclass(frozen=True)
class BodyLink:
    name: str  # canonical registry name
    kind: Optional[str]
    level: Optional[str]
    as_written: str
    role: str  # assignee, partner, issuer, parent_issuer, recipient
    fact_index: Optional[int] = None  # the assignment fact, by position in the facts list
    title: Optional[str] = None  # the office title the body was named with (Giám đốc)

    def to_dict(self) -> dict:
        # (its fields are plain values: asdict's deep copy cost a tenth of a millisecond a document)
        return {name: getattr(self, name) for name in _LINK_FIELDS}


_LINK_FIELDS = tuple(f.name for f in fields(BodyLink))


def _names(field_value: str) -> list[tuple[str, Optional[str]]]:
    """Each body a fact's body field names, with its office title: an execution
    clause lists its addressees joined by "; ", and each part may itself be a
    list (``các Sở Y tế, Tài chính``) or carry a title (``Giám đốc Sở Tư pháp``)."""
    return [named for part in field_value.split(";") if part.strip() for named in single_bodies(part.strip())]


def _link(
    written: str,
    role: str,
    locality: Optional[str],
    index: Optional[int] = None,
    require_kind: bool = False,
    title: Optional[str] = None,
) -> Optional[BodyLink]:
    name = canonical_body(written, locality)
    if not name:
        return None
    kind = body_kind(name)
    if require_kind and kind is None:
        return None
    return BodyLink(name, kind, body_level(name), written, role, index, title)


def body_links(header: Header, facts: Sequence[Fact]) -> list[BodyLink]:
    locality = header.issuer
    links: list[Optional[BodyLink]] = []
    for role in ("issuer", "parent_issuer"):
        written = getattr(header, role)
        if written:
            # (a note such as "(binhdinh.gov.vn)" or an office title is no part of it)
            for name, title in _names(written)[:1]:
                links.append(_link(name, role, None, title=title))
    for index, fact in enumerate(facts):
        if not isinstance(fact, AssignmentFact):
            continue
        for written, title in _names(fact.body):
            links.append(_link(written, "assignee", locality, index, title=title))
        for partner in fact.partners:
            for written, title in _names(partner):
                links.append(_link(written, "partner", locality, index, title=title))
    # Recipients are often people or lists of offices ("Chủ tịch, các PCT"):
    # only those with a body's head word join the registry.
    for recipient in header.recipients:
        for written, title in _names(recipient):
            links.append(_link(written, "recipient", locality, require_kind=True, title=title))
    return [link for link in links if link is not None]


def unique_bodies(links: Iterable[BodyLink]) -> dict[str, BodyLink]:
    seen: dict[str, BodyLink] = {}
    for link in links:
        seen.setdefault(link.name, link)
    return seen
