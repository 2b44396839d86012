"""Full-text search over the store, insensitive to diacritics including đ/Đ.

SQLite's ``unicode61 remove_diacritics 2`` tokenizer folds tone and vowel marks
(``Ủy``/``Uỷ``/``Uy``) but keeps ``đ`` a letter of its own, so the store
indexes the text folded by ``fold_for_index`` (đ/Đ as d/D, ``tỷ`` as ``tỉ``).
That folding keeps every character where it was, letters as letters, so the
folded text has the original's tokens at the same positions: ``highlight()``,
which reads the original ``documents.text`` (the index holds no copy of it),
marks the original words the folded query matched, and snippets show the
original.  ``sqlite-utils search`` and Datasette's search box use the same
index: there ``đ`` is typed as ``d`` (``dong`` finds ``đồng``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from vanban.extractors.text.folding import fold_for_index, has_marks, spelling_key
from vanban.pipeline.store.filters import DocumentFilter, document_selection

_QUERY_PART = regex.compile(r'"([^"]*)"|([\p{L}\p{M}\p{N}]+)(\*?)')
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_DOC_NUMBER = regex.compile(
    r"(?<![\p{L}\p{N}\"])\d+(?:/[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*)+(?![\p{L}\p{N}\"])"
)
_HIT_OPEN, _HIT_CLOSE = "\x02", "\x03"
_MARKER_SPLIT = regex.compile("([\x02\x03])")
_MARKED_HIT = regex.compile("\x02([^\x03]*)\x03")


class SearchError(ValueError):
    pass


def to_match_expression(query: str) -> str:
    """A user query as a safe FTS5 expression.

    Words are quoted so that FTS5 operators and punctuation (``AND``, ``(``,
    ``-``, ``:``) are searched as text rather than parsed; ``"…"`` keeps a
    phrase and a trailing ``*`` a prefix search.  All terms must occur.
    """
    terms = []
    # A token shaped like a document number (11/CT-UBND, 155/2025/NĐ-CP) is one
    # phrase, not words found anywhere in the text.
    query = _DOC_NUMBER.sub(lambda m: '"' + m.group() + '"', query)
    for match in _QUERY_PART.finditer(fold_for_index(query)):
        phrase, word, star = match.groups()
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
        else:
            terms.append(f'"{word}"' + star)
    if not terms:
        raise SearchError(f"nothing to search for in {query!r}: give at least one word")
    return " ".join(terms)


@dataclass(frozen=True)
class Hit:
    id: int
    source: str
    doc_number: Optional[str]
    issue_date: Optional[str]
    title: Optional[str]
    snippet: str
    rank: float

    def to_dict(self) -> dict:
        return dict(self.__dict__)


# The hits of one document a snippet looks at: a document holding a word 40,000
# times must not make one search slow (the window is found within these).
MAX_SNIPPET_HITS = 2000


def _densest(hits: list[tuple[int, str]], span: int) -> int:
    """Where the most different terms come together within ``span`` characters
    (the earliest such place): one pass of a sliding window over the hits, which
    are in text order, instead of comparing every hit with every other."""
    best, best_count = hits[0][0], 0
    counts: dict[str, int] = {}
    j = 0
    for p, term in hits:
        while j < len(hits) and hits[j][0] < p + span:
            counts[hits[j][1]] = counts.get(hits[j][1], 0) + 1
            j += 1
        if len(counts) > best_count:
            best, best_count = p, len(counts)
        counts[term] -= 1  # the window moves past this hit
        if not counts[term]:
            del counts[term]
    return best


def make_snippet(marked: str, width: int = 100, open_mark: str = "[", close_mark: str = "]") -> str:
    """Original text around the first hit, every hit in the window marked.

    ``marked`` is ``highlight()`` output on the folded column; the folded text
    has the same length as the original, so positions carry over.
    """
    hits = [
        (m.start(), m.group(1).lower()) for _, m in zip(range(MAX_SNIPPET_HITS), _MARKED_HIT.finditer(marked))
    ]
    if not hits:
        return " ".join(marked[: 2 * width].split())
    first = _densest(hits, width // 2)
    start = max(0, first - width // 3)
    if marked.rfind(_HIT_OPEN, 0, start) > marked.rfind(_HIT_CLOSE, 0, start):
        start = marked.rfind(_HIT_OPEN, 0, start)
    end = min(len(marked), start + width)
    # Never cut inside a marked hit.
    close = marked.rfind(_HIT_CLOSE, start, end)
    opened = marked.rfind(_HIT_OPEN, start, end)
    if opened > close:
        end = marked.find(_HIT_CLOSE, opened) + 1
    window = marked[start:end]
    window = window.replace(_HIT_OPEN, open_mark).replace(_HIT_CLOSE, close_mark)
    text = " ".join(window.split())
    return ("…" if start > 0 else "") + text + ("…" if end < len(marked) else "")


# The most candidates one query may look at when hits are kept by their accents
# (a bound on the work of one search).
MAX_CANDIDATES = 5000

# How many matching documents are ranked.  BM25 reads the positions of every
# match it scores, so ranking a word found in most of 100,000 documents takes
# about a third of a second however few hits are shown; a query matching more
# documents than this is ranked among the most recently added of them (the
# highest ids: FTS5 walks them in id order without scoring, and scores that id
# range only).  ``rank_window=None`` ranks every match.
RANK_WINDOW = 2000


def search(
    db,
    query: str,
    limit: int = 20,
    documents: DocumentFilter = DocumentFilter(),
    accents: str = "auto",
    rank_window: Optional[int] = RANK_WINDOW,
) -> list[Hit]:
    """Ranked hits for ``query`` in a sqlite_utils.Database of vanban's schema,
    among the documents that ``documents`` lets through.

    The index is folded (no diacritics), so it finds every accented form of
    the query's words.  ``accents`` says what is kept: ``exact`` keeps documents
    in which each word typed with diacritics occurs with them (``Đà Nẵng`` not
    in a text of ``đã`` and ``năng``; spelling variants such as ``tỉ``/``tỷ`` and
    ``hoà``/``hòa`` count as the same), ``fold`` keeps every hit with the exact
    ones first, and ``auto`` is ``exact`` for a query typed with diacritics and
    ``fold`` for one typed without.  Hits are ranked by BM25 among the
    ``rank_window`` most recently added matching documents (every match when
    there are no more; ``count_matches`` tells how many there are)."""
    expression = to_match_expression(query)
    accented = [spelling_key(w) for w in _WORD.findall(query) if has_marks(w)]
    if accents == "auto":
        accents = "exact" if accented else "fold"
    # (the index's columns, read once: which is folded, which holds facets)
    columns = _index_columns(db)
    search_column, column_name = _folded_column(columns)
    conditions, arguments, facets = document_selection(db, documents)
    # The documents ranked: every match, or those the filters keep.  Filters
    # are applied to the matches' ids (through the documents' indexes), and
    # their facets inside the MATCH (so the index yields few more matches than
    # are kept), never as a constraint on the index's rowid from a list: that
    # makes FTS5 look each document up on its own and compute BM25's
    # statistics again for each (seconds); reading each match's documents row
    # to test it reads the whole table.
    if conditions:
        kept_ids = _kept_ids(conditions)
        kept_count = db.execute(f"SELECT count(*) FROM ({kept_ids})", arguments).fetchone()[0]
        if rank_window and kept_count > rank_window:
            # The window is over the matches the filters keep: those are found first.
            candidates = f"""
                matched AS MATERIALIZED (SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH :q),
                candidates AS MATERIALIZED (SELECT id FROM matched WHERE id IN ({kept_ids})),"""
        else:
            # No more documents kept than the window: each match is tested
            # against them as the index yields it, and every one is ranked.
            candidates = f"candidates AS MATERIALIZED ({kept_ids}),"
            rank_window = None
        newest = "SELECT id FROM candidates ORDER BY id DESC"
        # (and the index is read over the span of their ids only: an archive
        # imported year by year keeps a year's documents together)
        first = "(SELECT min(id) FROM candidates) - 1"
        kept = (
            "AND documents_fts.rowid <= (SELECT max(id) FROM candidates) "
            "AND +documents_fts.rowid IN (SELECT id FROM candidates)"
        )
    else:
        candidates = ""
        newest = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q ORDER BY rowid DESC"
        first = "-1"
        kept = ""
    window = f"({newest} LIMIT 1 OFFSET :window)" if rank_window else "NULL"
    sql = f"""
        WITH {candidates}
            top AS (
                SELECT documents_fts.rowid AS id, bm25(documents_fts, {_weights(columns)}) AS rank FROM documents_fts
                WHERE documents_fts MATCH :q AND documents_fts.rowid > coalesce({window}, {first}) {kept}
                ORDER BY rank LIMIT :batch OFFSET :offset
            )
        SELECT d.id, d.doc_number, d.issue_date, d.title, d.text,
               (SELECT min(path) FROM sources s WHERE s.document_id = d.id) AS source,
               highlight(documents_fts, {search_column}, char(2), char(3)) AS marked,
               top.rank AS rank
        FROM top
        CROSS JOIN documents_fts ON documents_fts.rowid = top.id
        JOIN documents d ON d.id = top.id
        WHERE documents_fts MATCH :q
        ORDER BY top.rank
    """
    # Search the folded column only: the query is folded the same way.
    params = {"q": _match(columns, column_name, expression, facets)}
    # (the filter's arguments by name: one query cannot mix named and positional ones)
    for n, value in enumerate(arguments):
        params[f"a{n}"] = value
    if rank_window:
        params["window"] = int(rank_window)
    sql = _numbered(sql, len(arguments))
    # Words typed with diacritics drop the hits that hold them only folded: a
    # quarter more candidates than asked for first (each is highlighted, a
    # whole text tokenized), four times more each round.
    batch = int(limit) if not accented else max(int(limit) + int(limit) // 4, 1)
    offset = 0
    # (each kept hit's text marked, its snippet cut once it is among those returned)
    exact: list[tuple[dict, str]] = []
    folded: list[tuple[dict, str]] = []
    while len(exact) < limit and offset < MAX_CANDIDATES:
        rows = list(db.query(sql, {**params, "batch": batch, "offset": offset}))
        for row in rows:
            marked = row["marked"] if column_name == "text" else _restore_original(row["marked"], row["text"])
            (exact if _has_every(marked, accented) else folded).append((row, marked))
        if len(rows) < batch:
            break
        offset += batch
        batch *= 4
    chosen = exact if accents == "exact" else exact + folded
    return [
        Hit(
            id=row["id"],
            source=row["source"],
            doc_number=row["doc_number"],
            issue_date=row["issue_date"],
            title=row["title"],
            snippet=make_snippet(marked),
            rank=round(row["rank"], 4),
        )
        for row, marked in chosen[: int(limit)]
    ]


def count_matches(db, query: str, documents: DocumentFilter = DocumentFilter()) -> int:
    """How many documents ``query`` matches among those ``documents`` lets
    through, accents folded (what ``search`` ranks when there are no more than
    its ``rank_window``)."""
    columns = _index_columns(db)
    _, column_name = _folded_column(columns)
    conditions, arguments, facets = document_selection(db, documents)
    sql = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?"
    if conditions:
        sql = f"""
            WITH matched AS MATERIALIZED ({sql.replace("count(*)", "rowid AS id")})
            SELECT count(*) FROM matched
            WHERE id IN ({_kept_ids(conditions)})"""
    expression = _match(columns, column_name, to_match_expression(query), facets)
    return db.execute(sql, [expression, *arguments]).fetchone()[0]


def _match(columns: list[str], column_name: str, expression: str, facets: list[str]) -> str:
    """The MATCH of ``expression`` in the folded column, ANDed with the
    filter's facets where the index has them (since schema 11): FTS5 then walks
    the documents of those facets only.  The filter's conditions still decide
    what is kept (a facet of years is looser than dates).

    The words are confined to the folded column only where another column
    could hold them: BM25 reads every match of each word to weigh it, and a
    column filter makes FTS5 read them position by position (11 ms for a word
    found in each of 100,000 documents, 3 ms without).  The facets column
    holds digests and years that no query word is, unless it has their shape."""
    others = [column for column in columns if column != column_name]
    if not others or (others == ["facets"] and not _could_be_facets(expression)):
        match = "(" + expression + ")"
    else:
        match = f"{column_name} : (" + expression + ")"
    if facets and "facets" in columns:
        match += "".join(f" AND facets : ({facet})" for facet in facets)
    return match


# A word shaped like a facet (filters.facet_token, or a year: y2018), and the
# beginnings of one (what a prefix search could reach).
_FACET_WORD = regex.compile(r"[tip][0-9a-f]{12}|y\d{4}")
_FACET_BEGINNING = regex.compile(r"[tip][0-9a-f]{0,12}|y\d{0,4}")
_QUOTED_TERM = regex.compile(r'"([^"]*)"(\*?)')


def _could_be_facets(expression: str) -> bool:
    """Could a term of ``expression`` (``to_match_expression``'s) match a facet?"""
    for term in _QUOTED_TERM.finditer(expression):
        words = term.group(1).split()
        prefix = words.pop() if term.group(2) and words else None
        if any(_FACET_WORD.fullmatch(word) for word in words):
            return True
        if prefix is not None and _FACET_BEGINNING.fullmatch(prefix):
            return True
    return False


def _weights(columns: list[str]) -> str:
    """BM25's weight of each of the index's columns: none for the facets, which
    every document a filter keeps holds (a filtered search ranks its hits as
    the same search without the filter does)."""
    return ", ".join("0.0" if column == "facets" else "1.0" for column in columns)


def _index_columns(db) -> list[str]:
    """The search index's columns, by name in order."""
    return [row[1] for row in db.execute("PRAGMA table_info(documents_fts)")]


def _kept_ids(conditions: list[str]) -> str:
    """SQL of the ids of the documents the filter's conditions keep (read from
    the documents' indexes, never their rows)."""
    return f"SELECT d.id FROM documents d WHERE {' AND '.join(conditions)}"


def _folded_column(columns: list[str]) -> tuple[int, str]:
    """The index's folded column, by position and name: ``text`` since
    schema 5; a store of schema 4 or older, read before its upgrade, indexed
    the original text and a folded copy of it, ``search_text``."""
    name = "search_text" if "search_text" in columns else "text"
    return columns.index(name), name


def _has_every(marked: str, accented: list[str]) -> bool:
    """Does each of the ``accented`` words occur, with its diacritics, among the
    hits marked in the text?"""
    if not accented:
        return True
    # (a text marks the same few words hundreds of times: each spelling is keyed once)
    written = {w for hit in set(_MARKED_HIT.findall(marked)) for w in _WORD.findall(hit)}
    found = {spelling_key(w) for w in written}
    return all(word in found for word in accented)


def _numbered(sql: str, count: int) -> str:
    """``sql`` with its ``count`` positional ``?`` named ``:a0``, ``:a1``, … in order."""
    pieces = sql.split("?")
    assert len(pieces) == count + 1, "one ? per argument"
    return pieces[0] + "".join(f":a{n}{piece}" for n, piece in enumerate(pieces[1:]))


def _restore_original(marked_folded: str, original: str) -> str:
    """Put the original characters back around the hit markers (for a store
    older than schema 5, whose index marked its folded copy of the text)."""
    out, position = [], 0
    for piece in _MARKER_SPLIT.split(marked_folded):
        if piece in (_HIT_OPEN, _HIT_CLOSE):
            out.append(piece)
        else:
            out.append(original[position : position + len(piece)])
            position += len(piece)
    return "".join(out)
