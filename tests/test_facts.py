"""Tests for extractors.facts: the fast to_dict / with_sentence give what the
dataclass helpers give."""

from __future__ import annotations

from dataclasses import asdict, fields, replace

import pytest

from vanban.extractors.facts import (
    AssignmentFact,
    DateFact,
    DocRefFact,
    Header,
    PercentageFact,
    RatioFact,
    fact_from_dict,
)

FACTS = [
    DateFact(text="20/9", start=3, end=7, value="2025-09-20", note="year inferred"),
    DocRefFact(
        text="Nghị định số 1/2020/NĐ-CP", start=0, end=25, number="1/2020/NĐ-CP", doc_type="Nghị định"
    ),
    PercentageFact(text="40%", start=10, end=13, value=40.0, subject="tỷ lệ hộ nghèo", sentence=2),
    RatioFact(text="5/9", start=1, end=4, numerator=5.0, denominator=9.0, ratio_kind="part_of_whole"),
    AssignmentFact(
        text="Sở Y tế chủ trì", start=0, end=15, body="Sở Y tế", partners=("Sở Tài chính", "UBND")
    ),
]


def _plain_to_dict(fact):
    data = {"kind": fact.kind}
    for f in fields(fact):
        value = getattr(fact, f.name)
        if f.name == "note" and value is None:
            continue
        data[f.name] = list(value) if isinstance(value, tuple) else value
    return data


@pytest.mark.parametrize("fact", FACTS)
def test_to_dict_keys_and_values(fact):
    assert list(fact.to_dict().items()) == list(_plain_to_dict(fact).items())
    assert fact_from_dict(fact.to_dict()) == fact


@pytest.mark.parametrize("fact", FACTS)
def test_with_sentence_is_replace(fact):
    moved = fact.with_sentence(7)
    expected = replace(fact, sentence=7)
    assert moved == expected and hash(moved) == hash(expected)
    assert list(vars(moved).items()) == list(vars(expected).items())
    assert fact.sentence != 7 or fact == moved  # the original is untouched
    assert list(moved.to_dict().items()) == list(_plain_to_dict(expected).items())


def test_header_to_dict():
    header = Header(
        doc_number="48/TB-UBND", issuer="UBND huyện", recipients=("Sở A", "Sở B"), issuer_inferred=True
    )
    expected = asdict(header)
    expected["recipients"] = list(header.recipients)
    expected["inferred"] = list(header.inferred)
    assert list(header.to_dict().items()) == list(expected.items())
    assert Header().to_dict() == {**asdict(Header()), "recipients": [], "inferred": []}
