import subprocess
import sys
from pathlib import Path

import pytest

from vanban.pipeline.ingest import ingest
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.filters import DocumentFilter, document_selection, facet_token
from vanban.pipeline.store.search import (
    SearchError,
    count_matches,
    fold_for_index,
    search,
    to_match_expression,
)


@pytest.fixture
def store(tmp_path, seed_folder):
    extra = seed_folder / "uy-ban.txt"
    extra.write_text("Uỷ ban nhân dân xã Tân Hòa thông báo lịch tiếp công dân tháng 3/2024.\n", "utf-8")
    store = Store(tmp_path / "vanban.db")
    ingest(store, [seed_folder])
    yield store
    store.close()


def sources(hits):
    return sorted(Path(h.source).name for h in hits)


def test_search_without_diacritics_finds_both_seeds(store):
    hits = search(store.db, "ty so gioi tinh")
    assert sources(hits) == ["000_fe83d079ad149f76.txt", "001_b4b2c83a3f336c6a.txt"]
    # Snippets show the original text with the hit marked.
    notice = next(h for h in hits if h.source.endswith("000_fe83d079ad149f76.txt"))
    assert "[tỷ] [số] [giới] [tính]" in notice.snippet
    news = next(h for h in hits if h.source.endswith("001_b4b2c83a3f336c6a.txt"))
    assert "[tỉ] [số]" in news.snippet


def test_d_finds_d_with_stroke(store):
    hits = search(store.db, "dong")
    assert hits, "dong must find đồng"
    import unicodedata

    def plain(text):
        stripped = unicodedata.normalize("NFD", fold_for_index(text))
        return "".join(c for c in stripped if not unicodedata.combining(c)).lower()

    assert all("[dong]" in plain(h.snippet) for h in hits)
    assert any("[đồng]" in h.snippet.lower() for h in hits)
    assert sources(search(store.db, "Đồng")) == sources(hits)


def test_tone_mark_placement_variants_match(store):
    assert sources(search(store.db, '"Uy ban"')) == ["000_fe83d079ad149f76.txt", "uy-ban.txt"]
    assert sources(search(store.db, '"Ủy ban"')) == sources(search(store.db, '"Uỷ ban"'))
    assert "uy-ban.txt" in sources(search(store.db, "Tân Hoà"))


@pytest.mark.parametrize("query", ['"', "*", "AND", "(", 'dân "số', "NOT OR", "a:b", "-x", "dân*"])
def test_fts_syntax_in_queries_never_crashes(store, query):
    try:
        search(store.db, query)
    except SearchError as exc:
        assert "nothing to search for" in str(exc)


def test_match_expression_quotes_words_and_keeps_phrases_and_prefixes():
    assert to_match_expression("dân AND (số") == '"dân" "AND" "số"'
    assert to_match_expression('"dân số" kế*') == '"dân số" "kế"*'
    assert to_match_expression("Đảng") == '"Dảng"'
    with pytest.raises(SearchError):
        to_match_expression('"()*')


def test_folding_keeps_every_character_in_place():
    text = "Đảng ủy đồng chí ĐỒNG"
    assert len(fold_for_index(text)) == len(text)


def test_sqlite_utils_search_works_on_the_store(store):
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "sqlite-utils"),
            "search",
            str(store.path),
            "documents",
            "dân số",
            "-c",
            "id",
            "--limit",
            "5",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"id"' in result.stdout and result.stdout.count('"id"') >= 2


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    """The state documents bundled in corpus/real, imported in name order."""
    store = Store(tmp_path_factory.mktemp("real") / "vanban.db")
    ingest(store, [Path(__file__).resolve().parents[1] / "corpus" / "real"])
    yield store
    store.close()


def test_a_query_matching_more_than_the_window_is_ranked_among_the_newest(real_store):
    db = real_store.db
    everything = search(db, "nhân dân", limit=1000, rank_window=None)
    assert len(everything) == count_matches(db, "nhân dân") > 5
    newest = sorted((h.id for h in everything), reverse=True)[:3]
    windowed = search(db, "nhân dân", limit=1000, rank_window=3)
    # The three most recently added matches, in the order the whole ranking gives them.
    assert sorted(h.id for h in windowed) == sorted(newest)
    assert [h.id for h in windowed] == [h.id for h in everything if h.id in newest]
    # A query matching no more documents than the window is ranked whole.
    assert search(db, "nhân dân", limit=1000, rank_window=len(everything)) == everything


def test_filters_choose_the_documents_the_window_ranks(real_store):
    db = real_store.db
    decisions = DocumentFilter(doc_type="Quyết định")
    kept = search(db, "nhân dân", limit=1000, documents=decisions, rank_window=None)
    assert 2 < len(kept) == count_matches(db, "nhân dân", decisions) < count_matches(db, "nhân dân")
    types = {
        r["doc_type"]
        for r in db.query(
            "SELECT doc_type FROM documents WHERE id IN (%s)" % ",".join(str(h.id) for h in kept)
        )
    }
    assert types == {"Quyết định"}
    newest = sorted((h.id for h in kept), reverse=True)[:2]
    windowed = search(db, "nhân dân", limit=1000, documents=decisions, rank_window=2)
    assert [h.id for h in windowed] == [h.id for h in kept if h.id in newest]


def test_the_command_says_when_the_hits_come_from_a_window(real_store):
    from click.testing import CliRunner

    from vanban.pipeline.cli.commands import cli

    runner = CliRunner()
    path = str(real_store.path)
    matching = count_matches(real_store.db, "nhân dân")
    windowed = runner.invoke(cli, ["search", "nhân dân", "--db", path, "--limit", "2", "--rank-window", "3"])
    assert windowed.exit_code == 0, windowed.output
    assert f"note: {matching} documents match; ranked among the 3 most recently added" in windowed.stderr
    whole = runner.invoke(cli, ["search", "nhân dân", "--db", path, "--limit", "2", "--rank-window", "0"])
    assert whole.exit_code == 0 and "note:" not in whole.stderr


def test_a_long_listing_shows_a_page_in_a_table_and_every_row_as_csv(real_store):
    """At 100,000 documents one body's tasks are tens of thousands of rows: a
    table shows the first 100 and says so; CSV and JSON, read by programs,
    give every row, and --limit is obeyed either way."""
    import csv
    import io
    import json

    from click.testing import CliRunner

    from vanban.pipeline.cli.commands import cli

    runner = CliRunner()
    path = str(real_store.path)
    dates = real_store.db.execute("SELECT count(*) FROM facts WHERE kind = 'date'").fetchone()[0]
    assert dates > 100
    table = runner.invoke(cli, ["facts", "date", "--db", path])
    assert table.exit_code == 0
    assert len(table.stdout.splitlines()) == 2 + 100  # (heading, rule, rows)
    assert "the first 100 rows: --limit N shows more" in table.stderr
    every = runner.invoke(cli, ["facts", "date", "--db", path, "--csv"])
    assert len(list(csv.DictReader(io.StringIO(every.stdout)))) == dates and not every.stderr
    more = runner.invoke(cli, ["facts", "date", "--db", path, "--limit", "150"])
    assert len(more.stdout.splitlines()) == 2 + 150 and not more.stderr
    tasks = runner.invoke(cli, ["assignments", "--db", path, "--json"])
    assert (
        len(json.loads(tasks.stdout))
        == real_store.db.execute("SELECT count(*) FROM body_links WHERE role = 'assignee'").fetchone()[0]
    )


def facet_count(db, column: str, value: str) -> int:
    """How many documents the search index holds under this facet."""
    expression = f"facets : {facet_token(column, value)}"
    return db.execute(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", [expression]
    ).fetchone()[0]


def test_a_filtered_search_keeps_exactly_what_its_filter_keeps(real_store):
    """A filter's facets narrow what the index walks; what it keeps is what the
    documents' columns say, checked against every unfiltered match."""
    db = real_store.db
    everything = [h.id for h in search(db, "nhân dân", limit=1000, rank_window=None)]
    issuer, place = db.execute(
        "SELECT issuer, issue_place FROM documents WHERE issuer IS NOT NULL AND issue_place IS NOT NULL"
    ).fetchone()
    filters = [
        DocumentFilter(doc_type="Quyết định"),
        DocumentFilter(issuer=issuer),
        DocumentFilter(place=place),
        DocumentFilter(since="2025-11-20", until="2025-11-27"),
        DocumentFilter(doc_type="Nghị quyết", since="2024", until="2025-11"),
        DocumentFilter(since="2025-11-25"),  # (no facet: one bound only)
    ]
    for flt in filters:
        conditions, arguments, facets = document_selection(db, flt)
        kept_ids = {
            r[0]
            for r in db.execute(f"SELECT id FROM documents d WHERE {' AND '.join(conditions)}", arguments)
        }
        kept = search(db, "nhân dân", limit=1000, documents=flt, rank_window=None)
        assert [h.id for h in kept] == [i for i in everything if i in kept_ids], flt
        assert 0 < len(kept) < len(everything), flt
        assert count_matches(db, "nhân dân", flt) == len(kept)
        assert bool(facets) == (flt.since is None or flt.until is not None)
    # The index holds each document's facets.
    for column in ("doc_type", "issuer", "issue_place"):
        for value, n in db.execute(
            f"SELECT {column}, count(*) FROM documents WHERE {column} IS NOT NULL GROUP BY 1"
        ):
            assert facet_count(db, column, value) == n, value
    (dated,) = db.execute("SELECT count(*) FROM documents WHERE issue_date LIKE '2025%'").fetchone()
    assert (
        db.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'facets : y2025'"
        ).fetchone()[0]
        == dated
    )


def test_the_index_follows_a_header_that_changes(store):
    """Re-extraction that changes a document's type moves it in the index's
    facets (taken out with the values it was put in with: the index stays whole)."""
    db = store.db
    record = next(r for r in store.records() if r.extraction["header"]["doc_type"] == "Thông báo")
    document_id = store.document_id_for_sha(record.sha256)
    notices, decisions = DocumentFilter(doc_type="Thông báo"), DocumentFilter(doc_type="Quyết định")
    assert document_id in {h.id for h in search(db, "dân số", documents=notices)}
    assert not search(db, "dân số", documents=decisions)
    before = facet_count(db, "doc_type", "Thông báo")
    header = {**record.extraction["header"], "doc_type": "Quyết định"}
    store.replace_extraction(document_id, {**record.extraction, "header": header}, record.extractor_versions)
    assert [h.id for h in search(db, "dân số", documents=decisions)] == [document_id]
    assert document_id not in {h.id for h in search(db, "dân số", documents=notices)}
    assert facet_count(db, "doc_type", "Thông báo") == before - 1
    assert facet_count(db, "doc_type", "Quyết định") == 1
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")


def test_words_shaped_like_facets_are_searched_in_the_text_only(real_store):
    """The query's words are searched in every column unless one could be a
    facet; then they are confined to the text, so a year word or a digest never
    finds documents by their facets."""
    db = real_store.db
    (notice_type,) = db.execute("SELECT doc_type FROM documents WHERE doc_type IS NOT NULL").fetchone()
    assert facet_count(db, "doc_type", notice_type) > 0
    for query in ("y2025", "y20*", facet_token("doc_type", notice_type), "nhân dân y2025"):
        assert search(db, query) == [], query
    for query in ("t*", "ta*", "năm 2025"):
        in_text = f"text : ({to_match_expression(query)})"
        expected = {
            r[0] for r in db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", [in_text])
        }
        assert {h.id for h in search(db, query, limit=1000, rank_window=None)} == expected != set(), query


def test_distinct_values_are_sought_through_the_index(real_store):
    """The filters read a column's distinct values by seeking each next one in
    its index: the same values as SELECT DISTINCT, in order, also among the
    rows of one kind (the facts' subjects of ratios)."""
    from vanban.pipeline.store.filters import distinct_values

    db = real_store.db
    for column in ("doc_type", "issuer", "issue_place"):
        expected = [
            r[0]
            for r in db.execute(
                f"SELECT DISTINCT {column} FROM documents WHERE {column} IS NOT NULL ORDER BY 1"
            )
        ]
        assert distinct_values(db, "documents", column) == expected != []
    subjects = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT subject FROM facts WHERE kind = 'ratio' AND subject IS NOT NULL ORDER BY 1"
        )
    ]
    assert distinct_values(db, "facts", "subject", "kind = ?", ["ratio"]) == subjects
    plan = " ".join(
        str(r[3])
        for r in db.execute("EXPLAIN QUERY PLAN SELECT min(issuer) FROM documents WHERE issuer > 'a' AND 1")
    )
    assert "USING COVERING INDEX idx_documents_issuer" in plan
