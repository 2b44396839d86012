"""An archive that stays true (issue 16): one canonical path per file, files
that vanished reported and pruned, variants matched on folded keys."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import CORPUS, SEED_NOTICE
from vanban.pipeline.cli.commands import cli
from vanban.pipeline.ingest import IngestOptions, ingest
from vanban.pipeline.store.core import Store, StoreError
from vanban.pipeline.store.upkeep import prune, vanished

DECISION = CORPUS / "tvpl" / "217_qd-2015-ubnd-an-giang.txt"  # Quyết định 2015/QĐ-UBND, UBND tỉnh An Giang


@pytest.fixture
def archive(tmp_path) -> Path:
    folder = tmp_path / "archive"
    (folder / "2017").mkdir(parents=True)
    shutil.copy(SEED_NOTICE, folder / "2017" / "notice.txt")
    shutil.copy(DECISION, folder / "decision.txt")
    (folder / "broken.txt").write_bytes(b"")
    return folder


def _counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "sources")
        )
    finally:
        conn.close()


def _ingest(*args) -> str:
    result = CliRunner().invoke(cli, ["ingest", *args, "-q", "--workers", "0"])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_folder_imported_relative_then_absolute_is_unchanged(archive, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "v.db"
    assert "3 files: 2 added" in _ingest("archive", "--db", str(db))
    assert "3 files: 0 added, 0 replaced, 0 duplicate, 2 unchanged, 1 failed" in _ingest(
        str(archive), "--db", str(db)
    )
    # ... and through a linked folder and a path with "..".
    (tmp_path / "link").symlink_to(archive)
    assert "2 unchanged" in _ingest("link/2017/../", "--db", str(db))
    assert _counts(db) == (2, 2)
    paths = [
        r[0] for r in sqlite3.connect(db).execute("SELECT path FROM sources UNION SELECT path FROM errors")
    ]
    assert sorted(paths) == sorted(
        str(archive / n) for n in ("2017/notice.txt", "decision.txt", "broken.txt")
    )
    for typed in ("archive/decision.txt", str(archive / "decision.txt"), "link/decision.txt"):
        shown = CliRunner().invoke(cli, ["show", typed, "--db", str(db), "--json"])
        assert shown.exit_code == 0, shown.output
        assert json.loads(shown.output)["doc_number"] == "2015/QĐ-UBND"


def test_a_store_with_paths_as_typed_is_upgraded_by_the_next_import(archive, tmp_path, monkeypatch):
    """A store as the previous release made it: sources held relative paths, and
    importing by the absolute path stored every file a second time."""
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "v.db"
    _ingest("archive", "--db", str(db))
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE sources SET path = replace(path, ?, 'archive')", [str(archive)])
        conn.execute("UPDATE errors SET path = replace(path, ?, 'archive')", [str(archive)])
        # One file stored under both forms, as the defect left it.
        conn.execute(
            "INSERT INTO sources SELECT ?, document_id, sha256, size, mtime, first_seen, last_seen "
            "FROM sources WHERE path = 'archive/decision.txt'",
            [str(archive / "decision.txt")],
        )
    conn.close()
    assert _counts(db) == (2, 3)
    assert "2 unchanged" in _ingest(str(archive), "--db", str(db))
    assert _counts(db) == (2, 2)
    conn = sqlite3.connect(db)
    assert all(
        p.startswith("/") for (p,) in conn.execute("SELECT path FROM sources UNION SELECT path FROM errors")
    )
    assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 1


def test_a_relative_path_that_names_another_file_is_left_alone(archive, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "v.db"
    _ingest("archive", "--db", str(db))
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE sources SET path = replace(path, ?, 'archive')", [str(archive)])
    conn.close()
    other = tmp_path / "elsewhere"
    (other / "archive").mkdir(parents=True)
    (other / "archive" / "decision.txt").write_text("Một văn bản khác cùng tên", "utf-8")
    monkeypatch.chdir(other)  # from here, archive/decision.txt is another file
    store = Store(db)
    ingest(store, [other / "archive"], IngestOptions(workers=0))
    assert "archive/decision.txt" in [r["path"] for r in store.db.query("SELECT path FROM sources")]


def test_files_gone_are_reported_and_pruned_never_silently(archive, tmp_path):
    db = tmp_path / "v.db"
    _ingest(str(archive), "--db", str(db))
    (archive / "2017" / "notice.txt").unlink()
    (archive / "broken.txt").unlink()
    output = _ingest(str(archive), "--db", str(db))
    assert "2 stored files under these folders are gone" in output
    assert (
        f"gone: {archive / '2017' / 'notice.txt'}" in output and f"gone: {archive / 'broken.txt'}" in output
    )
    assert _counts(db) == (2, 2)  # reported, not removed

    dry = CliRunner().invoke(cli, ["prune", str(archive), "--db", str(db), "--dry-run"])
    assert dry.exit_code == 0 and "would remove" in dry.output and _counts(db) == (2, 2)
    pruned = CliRunner().invoke(cli, ["prune", str(archive), "--db", str(db), "--json"])
    assert pruned.exit_code == 0, pruned.output
    assert sorted(r["path"] for r in json.loads(pruned.output)) == [
        str(archive / "2017" / "notice.txt"),
        str(archive / "broken.txt"),
    ]
    assert _counts(db) == (1, 1)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
    assert (
        conn.execute(
            "SELECT count(*) FROM facts WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        == 0
    )
    assert "3 files" not in _ingest(str(archive), "--db", str(db))  # nothing gone any more


def test_a_document_with_another_path_left_is_kept(archive, tmp_path):
    shutil.copy(archive / "decision.txt", archive / "copy.txt")
    store = Store(tmp_path / "v.db")
    ingest(store, [archive], IngestOptions(workers=0))
    (archive / "decision.txt").unlink()
    result = prune(store, [str(archive)])
    assert result.paths == [str(archive / "decision.txt")] and result.documents == 0
    assert store.document("2015/QĐ-UBND") is not None


def test_prune_refuses_an_archive_that_is_not_there(archive, tmp_path):
    store = Store(tmp_path / "v.db")
    ingest(store, [archive], IngestOptions(workers=0))
    moved = tmp_path / "unmounted"
    archive.rename(moved)
    with pytest.raises(StoreError, match="is the archive mounted"):
        prune(store, [str(archive)])
    with pytest.raises(StoreError, match="none of the 2 stored files exists"):
        prune(store)
    assert len(vanished(store)) == 3  # (the two documents and the failed file)
    assert store.db.execute("SELECT count(*) FROM sources").fetchone()[0] == 2


def _copies_imported(tmp_path: Path, **texts: str) -> Path:
    """A store of an archive folder holding each text as NAME.txt."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    db = tmp_path / "v.db"
    _ingest(str(folder), "--db", str(db))
    return db


def test_a_scan_with_a_misread_accent_in_the_issuer_is_a_variant(tmp_path):
    """The text copy and an OCR copy of one decision, the scan reading TĨNH for TỈNH."""
    text = DECISION.read_text("utf-8")
    db = _copies_imported(
        tmp_path,
        a_text=text,
        b_scan=text.replace("TỈNH AN GIANG", "TĨNH AN GIANG", 1),
        c_unread=text.replace("TỈNH AN GIANG", "", 1).replace("ỦY BAN NHÂN DÂN", "", 1),
    )
    rows = sqlite3.connect(db).execute("SELECT id, issuer, variant_of FROM documents ORDER BY id").fetchall()
    assert len(rows) == 3 and rows[0][2] is None
    assert rows[1][1] != rows[0][1]  # (the issuers as read differ)
    assert [r[2] for r in rows[1:]] == [rows[0][0], rows[0][0]], rows

    listed = CliRunner().invoke(cli, ["show", "2015/QĐ-UBND", "--db", str(db)])
    assert listed.exit_code == 0 and "3 documents match '2015/QĐ-UBND'" in listed.output, listed.output
    as_json = json.loads(CliRunner().invoke(cli, ["show", "2015/QĐ-UBND", "--db", str(db), "--json"]).output)
    assert [Path(d["paths"][0]).name for d in as_json] == ["a_text.txt", "b_scan.txt", "c_unread.txt"]


def test_documents_of_other_issuers_with_the_same_number_are_no_variants(tmp_path):
    text = DECISION.read_text("utf-8")
    db = _copies_imported(tmp_path, a=text, b=text.replace("TỈNH AN GIANG", "TỈNH CAO BẰNG", 1))
    rows = sqlite3.connect(db).execute("SELECT issuer, variant_of FROM documents ORDER BY id").fetchall()
    assert [r[1] for r in rows] == [None, None], rows


NEWS_PAGE = """<html><head><meta charset="utf-8">
<title>Hội nghị triển khai sắp xếp đơn vị hành chính cấp xã | Báo Bình Định</title>
<meta property="og:title" content="Hội nghị triển khai sắp xếp đơn vị hành chính cấp xã">
<meta property="article:published_time" content="2025-03-14T08:30:00+07:00"></head>
<body><nav>Trang chủ | Thời sự</nav><article>
<h1>Hội nghị triển khai sắp xếp đơn vị hành chính cấp xã</h1>
<p>Sáng 14/3, UBND tỉnh Bình Định tổ chức hội nghị triển khai phương án sắp xếp đơn vị hành chính
cấp xã. Theo phương án, toàn tỉnh giảm 60% số xã, phường, thị trấn so với trước khi sắp xếp.</p>
<p>Chủ tịch UBND tỉnh yêu cầu các sở, ngành khẩn trương hoàn thành hồ sơ trước ngày 30/4/2025.</p>
</article></body></html>"""


def test_a_news_pages_headline_and_date_are_its_title_date_and_searchable(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bai-viet.html").write_text(NEWS_PAGE, "utf-8")
    db = tmp_path / "v.db"
    _ingest(str(folder), "--db", str(db))
    store = Store(db)
    row = store.document(1)
    assert row["title"] == "Hội nghị triển khai sắp xếp đơn vị hành chính cấp xã"
    assert row["issue_date"] == "2025-03-14"
    assert json.loads(row["inferred"]) == ["title", "issue_date"]
    # "Hội nghị" and "triển khai" stand only in the headline.
    found = CliRunner().invoke(cli, ["search", "hội nghị triển khai", "--db", str(db), "--json"])
    assert [hit["id"] for hit in json.loads(found.output)] == [1], found.output
    # Re-extraction keeps what the reader found beside the text.
    assert CliRunner().invoke(cli, ["reextract", "--all", "--db", str(db), "--workers", "0"]).exit_code == 0
    again = Store(db).document(1)
    assert (again["title"], again["issue_date"]) == (row["title"], row["issue_date"])


@pytest.mark.parametrize(
    "byline, date",
    [
        ("Cập nhật: 14/03/2025 08:30", "2025-03-14"),
        ("Thứ Sáu, 14/3/2025 - 08:30 (GMT+7)", "2025-03-14"),
        ("14.03.2025 | Nguyễn Văn An", "2025-03-14"),
        ("Ngày 14 tháng 3 năm 2025", "2025-03-14"),
        ("Theo Quyết định ngày 14/3/2025 của UBND tỉnh về việc này", None),  # a sentence, not a byline
    ],
)
def test_a_news_text_takes_its_date_from_its_byline(byline, date):
    from vanban.pipeline.extraction import extract_text

    report = "\n".join(
        [
            "Chủ tịch UBND tỉnh làm việc với huyện Vân Canh",
            byline,
            "",
            "(BĐ) - Chiều 22.4, Chủ tịch UBND tỉnh Phạm Anh Tuấn có buổi làm việc với huyện Vân Canh về "
            "tình hình phát triển kinh tế - xã hội quý I, công tác xóa nhà tạm và việc triển khai sắp xếp "
            "các đơn vị hành chính tại địa phương. Huyện đề nghị tỉnh hỗ trợ kinh phí làm đường.",
        ]
    )
    header = extract_text(report).header
    assert (header.doc_type, header.issue_date) == ("Tin tức", date)
