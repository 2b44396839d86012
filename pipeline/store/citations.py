"""The citation graph: each reference to a numbered document resolved to the
stored document it names, when the archive holds it.

A number names one document of one issuer; other issuers, and other years of
numbering, reuse it (``01/KH-UBND``).  Where the store holds several documents
of the number, the reference's own date (or the year inside the number,
``155/2025/NĐ-CP``) and its issuer as written narrow them; what is still
ambiguous is reported with every candidate, never guessed.  A document that
cites its own number does not cite itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape

from vanban.extractors.bodies.lookup import names_match
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.filters import number_key

_YEAR_IN_NUMBER = re.compile(r"/((?:19|20)\d\d)/")
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s|\n")


def _narrowed(candidates: list[dict]) -> list[dict]:
    """The candidates of one reference left by its date and issuer."""
    if len(candidates) <= 1:
        return candidates
    ref = candidates[0]
    year = (ref["cited_date"] or "")[:4]
    if not year:
        match = _YEAR_IN_NUMBER.search(ref["number"] or "")
        year = match.group(1) if match else ""
    if year:
        same_year = [c for c in candidates if (c["cited_issue_date"] or "")[:4] == year]
        candidates = same_year or candidates
    issuer = ref["cited_issuer_as_written"]
    if issuer and len(candidates) > 1:
        same_issuer = [
            c for c in candidates if c["cited_issuer"] and names_match(issuer, [c["cited_issuer"]])
        ]
        candidates = same_issuer or candidates
    return candidates


# The view's columns but cited_as, which SQLite would compute by reading the
# citing document's whole text for each row: the callers that show it slice
# the text they read anyway (start to end).
_LINK_COLUMNS = (
    'citing_id, fact_id, number, cited_date, cited_issuer_as_written, start, "end", '
    "cited_id, cited_type, cited_issuer, cited_issue_date"
)


def _references(store: Store, where: str, args: list) -> dict[int, list[dict]]:
    """Citation rows by fact, each with its candidates narrowed."""
    by_fact: dict[int, list[dict]] = defaultdict(list)
    for row in store.db.query(
        f"SELECT {_LINK_COLUMNS} FROM citation_links WHERE {where} ORDER BY start, cited_id", args
    ):
        by_fact[row["fact_id"]].append(row)
    return {fact_id: _narrowed(rows) for fact_id, rows in by_fact.items()}


def sentence_around(text: str, start: int, end: int, width: int = 400) -> str:
    """The sentence of ``text`` that holds ``start:end``, at most ``width`` characters."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - width), start)]
    after = _SENTENCE_END.search(text, end, end + width)
    sentence = text[
        before[-1] if before else max(0, start - width // 2) : after.start() if after else end + width // 2
    ]
    return " ".join(sentence.split())


def cites(store: Store, document_id: int) -> list[dict]:
    """What a document cites: one row per reference, with the stored document
    it resolves to (``cited_id`` null when the archive does not hold it;
    ``candidates`` above 1 when the number stays ambiguous)."""
    out = []
    references = _references(store, "citing_id = ?", [document_id])
    if not references:
        return out
    text = store.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()[0]
    for candidates in references.values():
        ref = candidates[0]
        resolved = [c for c in candidates if c["cited_id"] is not None]
        for candidate in resolved or [ref]:
            out.append(
                {
                    "cited_as": " ".join(text[ref["start"] : ref["end"]].split()),
                    "number": ref["number"],
                    "cited_id": candidate["cited_id"],
                    "cited_type": candidate["cited_type"],
                    "cited_issuer": candidate["cited_issuer"],
                    "cited_issue_date": candidate["cited_issue_date"],
                    "candidates": len(resolved),
                }
            )
    return out


def cited_by(store: Store, document_id: Optional[int] = None, number: Optional[str] = None) -> list[dict]:
    """Who cites a stored document, or a number the archive may not hold
    (``Chỉ thị 11/CT-UBND``), with the sentence that cites it."""
    if document_id is not None:
        row = store.db.execute("SELECT number_key FROM documents WHERE id = ?", [document_id]).fetchone()
        key = row[0] if row else None
    else:
        key = number_key(number or "")
    if not key:
        return []
    references = _references(
        store,
        "fact_id IN (SELECT fact_id FROM citations WHERE number_key = ?) AND citing_id != ?",
        [key, document_id if document_id is not None else -1],
    )
    out = []
    for candidates in references.values():
        if document_id is not None and document_id not in {c["cited_id"] for c in candidates}:
            continue  # (another document of that number, by its date or issuer)
        ref = candidates[0]
        citing = store.db.execute(
            "SELECT doc_number, doc_type, issuer, issue_date, text FROM documents WHERE id = ?",
            [ref["citing_id"]],
        ).fetchone()
        out.append(
            {
                "citing_id": ref["citing_id"],
                "doc_number": citing[0],
                "doc_type": citing[1],
                "issuer": citing[2],
                "issue_date": citing[3],
                "cited_as": " ".join(citing[4][ref["start"] : ref["end"]].split()),
                "sentence": sentence_around(citing[4], ref["start"], ref["end"]),
            }
        )
    out.sort(key=lambda r: (r["issue_date"] is None, r["issue_date"] or "", r["citing_id"]))
    return out


def edges(store: Store) -> list[tuple[int, int, int]]:
    """``(citing id, cited id, references)`` of every resolved, unambiguous citation."""
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for candidates in _references(store, "1", []).values():
        if len(candidates) == 1 and candidates[0]["cited_id"] is not None:
            counts[(candidates[0]["citing_id"], candidates[0]["cited_id"])] += 1
    return [(a, b, n) for (a, b), n in sorted(counts.items())]


def write_graphml(store: Store, path: Path, everything: bool = False) -> tuple[int, int]:
    """The citation graph as GraphML (Gephi, networkx, yEd): documents as
    nodes with their number, type, issuer, date and title, citations as
    directed edges weighted by how often one cites the other.  Only documents
    in a citation unless ``everything``.  Returns (nodes, edges)."""
    links = edges(store)
    linked = {n for a, b, _ in links for n in (a, b)}
    fields = ("doc_number", "doc_type", "issuer", "issue_date", "title")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        *(f'  <key id="{f}" for="node" attr.name="{f}" attr.type="string"/>' for f in fields),
        '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
        '  <graph id="citations" edgedefault="directed">',
    ]
    nodes = 0
    for row in store.db.query("SELECT id, " + ", ".join(fields) + " FROM documents ORDER BY id"):
        if not everything and row["id"] not in linked:
            continue
        nodes += 1
        lines.append(f'    <node id="d{row["id"]}">')
        lines += [f'      <data key="{f}">{escape(str(row[f]))}</data>' for f in fields if row[f] is not None]
        lines.append("    </node>")
    for n, (a, b, weight) in enumerate(links):
        lines.append(
            f'    <edge id="e{n}" source="d{a}" target="d{b}"><data key="weight">{weight}</data></edge>'
        )
    lines += ["  </graph>", "</graphml>", ""]
    Path(path).write_text("\n".join(lines), "utf-8")
    return nodes, len(links)
