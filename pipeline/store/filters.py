"""Filters on the document that ``search``, ``facts`` and ``assignments``
share: type, issuer, place, body, number, date of issue.

Text filters follow one rule (``folding.text_matches``): typed with
diacritics they match them, spelling variants aside (``tỉ``/``tỷ``,
``hoà``/``hòa``); typed without, they match every accented form.  Bodies and
issuers are matched through the registry's lookup keys, so abbreviations count
both ways (``Phòng GD&ĐT`` = ``Phòng Giáo dục và Đào tạo``).  The matching runs in
Python over the few distinct values of a column (types, issuers, places,
subjects, bodies), and the query then filters on those values with an index.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from vanban.extractors.text.folding import fold_key, text_matches

# (The registry's name lookup, with its grammar and data, is imported by the
# filters on bodies and issuers only: a fifth of a read command's start.)

PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class FilterError(ValueError):
    """A filter value that cannot be used (a date that is no ISO date)."""


@dataclass(frozen=True)
class DocumentFilter:
    doc_type: Optional[str] = None
    issuer: Optional[str] = None
    place: Optional[str] = None
    body: Optional[str] = None  # a body named in the document in any role
    number: Optional[str] = None
    since: Optional[str] = None  # issue date, partial ISO allowed: 2017, 2017-09, 2017-09-28
    until: Optional[str] = None


def matching_values(
    db, table: str, column: str, query: str, where: str = "1", args: Sequence = ()
) -> list[str]:
    """The distinct values of ``table.column`` (among the rows ``where`` keeps,
    with its ``args``) that ``query`` matches (``distinct_values``: an index
    is needed)."""
    return [v for v in distinct_values(db, table, column, where, args) if text_matches(query, v)]


def distinct_values(db, table: str, column: str, where: str = "1", args: Sequence = ()) -> list[str]:
    """The distinct values of ``table.column`` among the rows ``where`` keeps,
    in order.  Found by seeking each next value in the column's index (an
    index led by the columns ``where`` fixes, then ``column``): a few dozen
    types or 726 issuers among 100,000 documents are read in 0.02 and 1.0 ms,
    where SELECT DISTINCT reads every entry (4.1 and 4.8 ms)."""
    sql = f"""
        WITH RECURSIVE found(value) AS (
            SELECT min({column}) FROM {table} WHERE {column} IS NOT NULL AND {where}
            UNION ALL
            SELECT (SELECT min({column}) FROM {table} WHERE {column} > found.value AND {where})
            FROM found WHERE found.value IS NOT NULL
        )
        SELECT value FROM found WHERE value IS NOT NULL"""
    return [row[0] for row in db.execute(sql, [*args, *args])]


def body_lookup_keys(names: list[str]) -> str:
    """What ``bodies.lookup_keys`` holds for a body of these names (its name and
    aliases): their lookup keys, computed once when the body is stored rather
    than for every body at every query (a tenth of a second for 1,700 bodies)."""
    from vanban.extractors.bodies.lookup import lookup_key

    return json.dumps(sorted({lookup_key(n) for n in names}), ensure_ascii=False)


def matching_body_ids(db, query: str) -> list[int]:
    """The registry's bodies whose name or an alias holds ``query``."""
    from vanban.extractors.bodies.lookup import keys_match, names_match

    columns = [row[1] for row in db.execute("PRAGMA table_info(bodies)").fetchall()]
    if "lookup_keys" not in columns:  # (a store older than schema 9, read as it is)
        return [
            body_id
            for body_id, name, aliases in db.execute("SELECT id, name, aliases FROM bodies")
            if names_match(query, [name, *json.loads(aliases or "[]")])
        ]
    return [
        body_id
        for body_id, keys in db.execute("SELECT id, lookup_keys FROM bodies")
        if keys_match(query, json.loads(keys or "[]"))
    ]


def number_key(number: str) -> str:
    """A document number as compared: no spaces, case and accents folded
    (``2637/QD-UBND`` = ``2637/QĐ-UBND``, ``48/tb-ubnd`` = ``48/TB-UBND``)."""
    return fold_key(number).replace(" ", "")


def documents_numbered(db, number: str) -> list[int]:
    """Ids of the documents whose number is ``number``, however typed."""
    return [r[0] for r in db.execute("SELECT id FROM documents WHERE number_key = ?", [number_key(number)])]


def _in(column: str, values: list) -> tuple[str, list]:
    if not values:
        return "0", []
    return f"{column} IN ({', '.join('?' * len(values))})", list(values)


def check_date(value: Optional[str], name: str) -> Optional[str]:
    if value is not None and not PARTIAL_DATE.fullmatch(value):
        raise FilterError(f"{name} {value!r} is not an ISO date (2017, 2017-09 or 2017-09-28)")
    return value


def document_conditions(db, flt: DocumentFilter, alias: str = "d") -> tuple[list[str], list]:
    """SQL conditions on the documents table (named ``alias``) and their arguments."""
    where, args, _ = document_selection(db, flt, alias)
    return where, args


def document_selection(db, flt: DocumentFilter, alias: str = "d") -> tuple[list[str], list, list[str]]:
    """``document_conditions``, and the same filter (or a looser one) as
    conditions on the search index's facets (words of ``facet_token`` and
    years, as ``document_facets`` indexes them): FTS5 expressions, each of
    which every document the conditions keep matches."""
    where: list[str] = []
    args: list = []
    facets: list[str] = []

    def add(condition: tuple[str, list]) -> None:
        where.append(condition[0])
        args.extend(condition[1])

    def add_values(column: str, values: list[str]) -> None:
        add(_in(f"{alias}.{column}", values))
        if values:
            facets.append(" OR ".join(facet_token(column, v) for v in values))

    if flt.doc_type:
        add_values("doc_type", matching_values(db, "documents", "doc_type", flt.doc_type))
    if flt.issuer:
        issuers = distinct_values(db, "documents", "issuer")
        from vanban.extractors.bodies.lookup import names_match

        add_values("issuer", [i for i in issuers if names_match(flt.issuer, [i])])
    if flt.place:
        add_values("issue_place", matching_values(db, "documents", "issue_place", flt.place))
    if flt.body:
        ids, body_args = _in("body_id", matching_body_ids(db, flt.body))
        add((f"{alias}.id IN (SELECT document_id FROM body_links WHERE {ids})", body_args))
    if flt.number:
        add(_in(f"{alias}.id", documents_numbered(db, flt.number)))
    # Plain comparisons of the ISO text, which the index on issue_date serves:
    # a partial date sorts before every date it covers ("2018" < "2018-05-01"),
    # and every date it covers sorts before it followed by U+FFFF.
    if check_date(flt.since, "--since"):
        add((f"{alias}.issue_date >= ?", [flt.since]))
    if check_date(flt.until, "--until"):
        add((f"{alias}.issue_date <= ?", [flt.until + "\uffff"]))
    if flt.since and flt.until and int(flt.until[:4]) - int(flt.since[:4]) < MOST_FACET_YEARS:
        years = range(int(flt.since[:4]), int(flt.until[:4]) + 1)
        facets.append(" OR ".join(f"y{year}" for year in years) or "y0")
    return where, args, facets


# Facets: the values the filters select on, as words of the search index's
# second column, so that a filtered search is one FTS5 query that walks the
# documents of those values only (FTS5 skips through the longer word lists of
# an AND to the next id of the shortest) instead of every match of its words
# (most of an archive for a common word).  A value is one word (a digest of it,
# so any text becomes a word the tokenizer keeps whole), the year of issue
# another; the conditions on the documents table stay the exact filter.
FACET_COLUMNS = {"doc_type": "t", "issuer": "i", "issue_place": "p"}
FACET_HEADER_COLUMNS = (*FACET_COLUMNS, "issue_date")  # (what document_facets reads)
# (a filter over more years than this gains little from the index's years)
MOST_FACET_YEARS = 5


def facet_token(column: str, value: str) -> str:
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=6).hexdigest()
    return FACET_COLUMNS[column] + digest


def document_facets(header: dict) -> str:
    """The facets of a document of this header, as the index's column holds them."""
    words = [facet_token(column, header[column]) for column in FACET_COLUMNS if header.get(column)]
    date = header.get("issue_date")
    if date and PARTIAL_DATE.match(date):
        words.append("y" + date[:4])
    return " ".join(words)


def among_documents(db, flt: DocumentFilter, column: str) -> tuple[list[str], list]:
    """``document_conditions`` as one condition on ``column`` (a document id of
    another table): ``column IN (SELECT id FROM documents WHERE …)``.  SQLite
    then finds the documents through their indexes (issue_date, number_key)
    without reading their rows, instead of reading the row of the document
    of every fact it considers."""
    where, args = document_conditions(db, flt)
    if not where:
        return [], []
    return [f"{column} IN (SELECT d.id FROM documents d WHERE {' AND '.join(where)})"], args
