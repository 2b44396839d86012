"""The researchers' workbench on the command line (issue 13): filters shared by
search, facts and assignments; accents exact or folded; body lookups that fold
and know abbreviations.  On a store of the documents bundled in corpus/."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from tests.conftest import CORPUS
from vanban.extractors.bodies.lookup import lookup_key, names_match
from vanban.extractors.text.folding import spelling_key, text_matches
from vanban.pipeline.cli.commands import cli
from vanban.pipeline.ingest import IngestOptions, ingest
from vanban.pipeline.store.core import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("workbench") / "v.db"
    store = Store(path)
    folders = [CORPUS / name for name in ("seeds", "real", "tvpl") if (CORPUS / name).is_dir()]
    ingest(store, folders, IngestOptions(workers=2))
    store.close()
    return str(path)


def run(db, *args) -> str:
    result = CliRunner().invoke(cli, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.output


def rows(db, *args) -> list[dict]:
    return json.loads(run(db, *args, "--json"))


def texts(db, hits) -> dict[int, str]:
    store = Store(db, read_only=True)
    return {h["id"]: store.document(h["id"])["text"] for h in hits}


def test_spelling_variants_are_one_word_and_accents_are_kept():
    for old, new in [
        ("Uỷ ban", "Ủy ban"),
        ("hoà bình", "hòa bình"),
        ("thuỷ lợi", "thủy lợi"),
        ("tỉ số", "tỷ số"),
    ]:
        assert spelling_key(old) == spelling_key(new)
    assert spelling_key("của") == "của" and spelling_key("quý") == spelling_key("quí")
    assert spelling_key("nội vụ") != spelling_key("nơi vụ")
    assert text_matches("noi vu", "Phòng Nội vụ") and not text_matches("nội vụ", "nơi vụ")
    assert not text_matches("Đồng", "Dòng sông") and text_matches("dong", "Dòng sông")


def test_body_names_match_however_typed():
    assert lookup_key("Uy ban nhan dan tinh") == lookup_key("Ủy ban nhân dân tỉnh") == "ubnd tinh"
    assert lookup_key("Phòng GD&ĐT") == lookup_key("phòng giáo dục và đào tạo")
    assert names_match("Sở LĐ-TB&XH", ["Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang"])
    assert not names_match("Sở Y", ["Sở Xây dựng"])


def test_subject_filters_fold_like_search(db):
    found = {
        q: rows(db, "facts", "--subject", q)
        for q in ("tỷ số giới tính", "tỉ số giới tính", "gioi tinh khi sinh")
    }
    assert found["tỷ số giới tính"] and found["tỷ số giới tính"] == found["tỉ số giới tính"]
    assert {r["id"] for r in found["tỷ số giới tính"]} <= {r["id"] for r in found["gioi tinh khi sinh"]}


def test_body_lookups_fold_and_know_abbreviations(db):
    counts = {q: len(rows(db, "bodies", "--name", q)) for q in ("UBND", "Uy ban nhan dan", "ủy ban nhân dân")}
    assert counts["UBND"] > 10 and len(set(counts.values())) == 1, counts
    by_abbreviation = rows(db, "assignments", "--body", "Phòng GD&ĐT")
    assert by_abbreviation and by_abbreviation == rows(db, "assignments", "--body", "Phong Giao duc")


def test_a_query_with_diacritics_matches_them_and_one_without_folds(db):
    exact = rows(db, "search", "Đà Nẵng", "--limit", "200")
    assert exact
    for text in texts(db, exact).values():
        assert "đà nẵng" in spelling_key(text)
    folded = rows(db, "search", "da nang", "--limit", "200")
    assert len(folded) > len(exact)  # đã năng, Đà Nẵng, đa năng …
    assert [h["id"] for h in rows(db, "search", "Đà Nẵng", "--fold", "--limit", "200")][: len(exact)] == [
        h["id"] for h in exact
    ]  # the exact ones first


def test_a_document_number_is_searched_as_one_phrase(db):
    hits = rows(db, "search", "11/CT-UBND")
    assert hits
    for text in texts(db, hits).values():
        assert "11/CT-UBND" in text


def test_filters_on_the_document(db):
    notices = rows(db, "search", "dân số", "--type", "thong bao", "--since", "2017", "--until", "2017-12")
    assert notices
    store = Store(db, read_only=True)
    for hit in notices:
        document = store.document(hit["id"])
        assert document["doc_type"] == "Thông báo" and document["issue_date"].startswith("2017")
    by_issuer = rows(db, "facts", "ratio", "--issuer", "UBND huyen Viet Yen")
    assert by_issuer and {r["issuer"] for r in by_issuer} == {"UBND huyện Việt Yên"}
    high = rows(db, "facts", "ratio", "--subject", "giới tính khi sinh", "--min", "110")
    assert high and all(r["numerator"] * 100 / r["denominator"] >= 110 for r in high)
    dated = rows(db, "facts", "percentage", "--sort", "date")
    dates = [r["issue_date"] for r in dated if r["issue_date"]]
    assert dates == sorted(dates)
    numbered = rows(db, "assignments", "--number", "48/tb-ubnd")
    assert numbered and {r["doc_number"] for r in numbered} == {"48/TB-UBND"}
    bad = CliRunner().invoke(cli, ["facts", "--since", "28/9/2017", "--db", db])
    assert bad.exit_code == 2 and "not an ISO date" in bad.output


def test_listings_say_what_a_new_user_needs(db):
    result = CliRunner().invoke(cli, ["facts", "foo", "--db", db])
    assert result.exit_code == 2 and "assignment" in result.output
    table = list(csv.DictReader(io.StringIO(run(db, "facts", "assignment", "--csv", "--limit", "5"))))
    assert table and {"body", "role", "task", "deadline", "issue_date"} <= set(table[0])
    assert json.loads(run(db, "show", "48/tb-ubnd", "--json"))["doc_number"] == "48/TB-UBND"
    short = CliRunner().invoke(cli, ["show", "abc1", "--db", db])
    assert short.exit_code == 1 and "at least 8 characters" in short.output


def test_who_cites_a_directive_the_archive_does_not_hold(db):
    citing = rows(db, "cited-by", "11/CT-UBND")
    assert citing and {r["doc_number"] for r in citing} == {"48/TB-UBND"}
    assert all("11/CT-UBND" in r["sentence"] for r in citing)


def test_citations_resolve_to_stored_documents_and_never_to_themselves(db):
    store = Store(db, read_only=True)
    links = list(
        store.db.query("SELECT citing_id, cited_id, number FROM citation_links WHERE cited_id IS NOT NULL")
    )
    assert links and all(link["citing_id"] != link["cited_id"] for link in links)
    # Documents that quote their own number (appendix captions) do not cite themselves.
    own = store.db.execute(
        "SELECT d.doc_number FROM citations c JOIN documents d ON d.id = c.document_id "
        "WHERE c.number_key = d.number_key LIMIT 1"
    ).fetchone()[0]
    assert own not in {r["number"] for r in rows(db, "cites", own) if r["cited_id"]}
    assert all(r["doc_number"] != own for r in rows(db, "cited-by", own))
    # Each resolved link shows up from both ends.
    link = links[0]
    cited = store.document(link["cited_id"])
    assert link["citing_id"] in {r["citing_id"] for r in rows(db, "cited-by", str(cited["id"]))}
    assert cited["id"] in {r["cited_id"] for r in rows(db, "cites", str(link["citing_id"]))}


def test_the_citation_graph_is_graphml_that_networkx_could_read(db, tmp_path):
    import xml.etree.ElementTree as ET

    out = tmp_path / "citations.graphml"
    assert "citations" in run(db, "graph", str(out))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(out).getroot()
    nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    edges = list(root.iterfind(".//g:edge", ns))
    assert edges and all(e.get("source") in nodes and e.get("target") in nodes for e in edges)
    assert all(e.get("source") != e.get("target") for e in edges)


def test_a_measure_over_time_and_place_as_a_table_and_a_chart(db, tmp_path):
    import xml.etree.ElementTree as ET

    points = rows(db, "series", "gioi tinh khi sinh")
    assert points == rows(db, "series", "giới tính khi sinh")
    assert rows(db, "series", "ti so gioi tinh") == rows(db, "series", "tỷ số giới tính")
    assert {(p["date"], p["value"]) for p in points} >= {("2017-09-28", 117.0), ("2020-01-24", 114.0)}
    assert [p["date"] for p in points] == sorted(p["date"] for p in points)
    chart = tmp_path / "srb.svg"
    result = CliRunner().invoke(cli, ["series", "giới tính khi sinh", "--chart", str(chart), "--db", db])
    assert result.exit_code == 0, result.output
    svg = ET.parse(chart).getroot()
    circles = svg.findall(".//{http://www.w3.org/2000/svg}circle")
    assert len(circles) == len(points)
    labels = [c.find("{http://www.w3.org/2000/svg}title").text for c in circles]
    assert any("117 trẻ nam/100 trẻ nữ" in label for label in labels)
    nothing = CliRunner().invoke(
        cli, ["series", "không có chỉ số này", "--chart", str(tmp_path / "x.svg"), "--db", db]
    )
    assert nothing.exit_code == 1 and "no chart drawn" in nothing.output


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_writes_every_table_with_the_same_filters(db, tmp_path, fmt):
    out = tmp_path / fmt
    run(db, "export", str(out), "--format", fmt, "--since", "2017", "--until", "2020")
    if fmt == "parquet":
        pq = pytest.importorskip("pyarrow.parquet")
        tables = {
            t: pq.read_table(out / f"{t}.parquet").to_pylist() for t in ("documents", "facts", "assignments")
        }
    elif fmt == "csv":
        tables = {
            t: list(csv.DictReader(open(out / f"{t}.csv", encoding="utf-8")))
            for t in ("documents", "facts", "assignments")
        }
    else:
        tables = {
            t: [json.loads(line) for line in open(out / f"{t}.jsonl", encoding="utf-8")]
            for t in ("documents", "facts", "assignments")
        }
    documents = tables["documents"]
    assert documents and all("2017" <= d["issue_date"][:4] <= "2020" for d in documents)
    ids = {str(d["id"]) for d in documents}
    assert tables["facts"] and {str(f["document_id"]) for f in tables["facts"]} <= ids
    ratios = [f for f in tables["facts"] if f["kind"] == "ratio"]
    assert any(f["text"] == "117 trẻ nam/100 trẻ nữ" and float(f["numerator"]) == 117 for f in ratios)
    assert {str(a["document_id"]) for a in tables["assignments"]} <= ids
    assert all((out / f"{t}.{fmt}").exists() for t in ("bodies", "citations"))
