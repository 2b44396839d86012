import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tests.conftest import SEED_NEWS, SEED_NOTICE
from vanban.pipeline.cli.commands import cli


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path, seed_folder, runner):
    path = str(tmp_path / "vanban.db")
    result = runner.invoke(cli, ["ingest", str(seed_folder), "--db", path])
    assert result.exit_code == 0, result.output
    assert "2 files: 2 added" in result.output
    return path


def test_extract_prints_the_contract_as_json_lines(runner):
    result = runner.invoke(cli, ["extract", str(SEED_NOTICE), str(SEED_NEWS), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 2
    notice = lines[0]
    assert set(notice) == {"source", "sha256", "format", "encoding", "header", "facts", "bodies"}
    assert notice["header"]["doc_number"] == "48/TB-UBND"
    assert notice["header"]["doc_type"] == "Thông báo"
    assert notice["header"]["issue_place"] == "Việt Yên"
    assert notice["header"]["issue_date"] == "2017-09-28"
    assert notice["header"]["signer"] == "Lê Văn Thiệp"
    text = SEED_NOTICE.read_text("utf-8")
    for fact in notice["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        assert isinstance(fact["sentence"], int)
    by_text = {(f["kind"], f["text"]): f for f in notice["facts"]}
    assert by_text[("date", "ngày 28 tháng 9 năm 2017")]["value"] == "2017-09-28"
    assert by_text[("ratio", "117 trẻ nam/100 trẻ nữ")]["numerator_unit"] == "trẻ nam"
    assert by_text[("percentage", "1 điểm phần trăm")]["percentage_point"] is True
    ref = next(f for f in notice["facts"] if f["kind"] == "doc_ref")
    assert ref["number"] == "11/CT-UBND" and ref["doc_type"] == "Chỉ thị"
    assert ref["date"] == "2012-08-31"


def test_extract_reports_a_broken_file_and_goes_on(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["extract", str(empty), str(SEED_NEWS)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["error"]["cause"].startswith("empty file")
    assert lines[1]["header"]["issue_place"] == "Hải Phòng"


def test_search_json_and_table(runner, db):
    result = runner.invoke(cli, ["search", "ty so gioi tinh", "--db", db, "--json"])
    hits = json.loads(result.output)
    assert len(hits) == 2
    assert {"id", "source", "doc_number", "issue_date", "snippet", "rank"} <= set(hits[0])
    table = runner.invoke(cli, ["search", "dong", "--db", db, "--limit", "1"])
    assert table.exit_code == 0 and "snippet" in table.output
    bad = runner.invoke(cli, ["search", '"()', "--db", db])
    assert bad.exit_code == 1 and "nothing to search for" in bad.output


def test_show_facts_stats_errors(runner, db, tmp_path):
    shown = json.loads(runner.invoke(cli, ["show", "48/TB-UBND", "--db", db, "--json"]).output)
    assert shown["doc_number"] == "48/TB-UBND" and shown["facts"]
    assert runner.invoke(cli, ["show", "9999", "--db", db]).exit_code == 1

    rows = list(
        csv.DictReader(io.StringIO(runner.invoke(cli, ["facts", "ratio", "--db", db, "--csv"]).output))
    )
    assert {(r["numerator"], r["denominator"]) for r in rows} >= {("117.0", "100.0"), ("114.0", "100.0")}
    about = json.loads(
        runner.invoke(cli, ["facts", "ratio", "--subject", "giới tính khi sinh", "--db", db, "--json"]).output
    )
    assert len(about) == 2

    stats = json.loads(runner.invoke(cli, ["stats", "--db", db, "--json"]).output)
    assert stats["documents"] == 2 and stats["facts_by_kind"]["date"] > 10

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "x.pdf").write_bytes(b"%PDF-1.4 truncated")
    runner.invoke(cli, ["ingest", str(broken), "--db", db])
    errors = json.loads(runner.invoke(cli, ["errors", "--db", db, "--json"]).output)
    assert errors[0]["path"].endswith("x.pdf") and "PDF" in errors[0]["cause"]


def test_missing_store_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(cli, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store" in result.output


def test_rerunning_ingest_adds_nothing(runner, db, seed_folder):
    again = runner.invoke(cli, ["ingest", str(seed_folder), "--db", db])
    assert "2 unchanged" in again.output and "0 added" in again.output


def test_unwritable_store_location_is_a_clear_error(runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(cli, ["ingest", str(SEED_NEWS), "--db", str(blocker / "vanban.db")])
    assert result.exit_code == 1
    assert "cannot use store" in result.output


def test_bodies_registry_and_assignments_by_body(runner, db):
    bodies = json.loads(runner.invoke(cli, ["bodies", "--db", db, "--json"]).output)
    by_name = {b["name"]: b for b in bodies}
    education = by_name["Phòng Giáo dục và Đào tạo"]
    assert education["kind"] == "Phòng" and "Phòng Giáo dục" in education["aliases"]
    assert education["assignments"] == 1 and education["partnerships"] == 1
    assert by_name["UBND huyện Việt Yên"]["issued"] == 1
    # One body across spellings: "Trung tâm Dân số", "…-KHHGD" and "…-KHHGĐ".
    centre = by_name["Trung tâm Dân số-KHHGĐ"]
    assert centre["assignments"] == 4

    rows = json.loads(
        runner.invoke(cli, ["assignments", "--body", "Phong Giao duc", "--db", db, "--json"]).output
    )
    assert len(rows) == 1
    assert rows[0]["doc_number"] == "48/TB-UBND" and rows[0]["issue_date"] == "2017-09-28"
    assert rows[0]["task"].startswith("có văn bản chỉ đạo các trường")
    deadlines = json.loads(
        runner.invoke(cli, ["assignments", "--body", "UBND các xã", "--db", db, "--json"]).output
    )
    assert "2017-Q4" in {r["deadline"] for r in deadlines}


def test_filters_match_text_literally_and_limits_are_checked(runner, db):
    def rows(*args):
        result = runner.invoke(cli, [*args, "--db", db, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    # "_" and "%" are no wildcards; a quote does not match through the aliases' JSON
    assert rows("facts", "--subject", "_") == [] and rows("facts", "--subject", "%") == []
    assert rows("bodies", "--name", '"') == [] and rows("assignments", "--body", '"') == []
    assert rows("bodies", "--name", "UBND")  # a real name still matches
    for bad in ("0", "-1", "9223372036854775808"):
        result = runner.invoke(cli, ["facts", "--db", db, "--limit", bad])
        assert result.exit_code == 2 and "--limit" in result.output, result.output
    assert len(rows("facts", "--limit", "3")) == 3


def test_a_damaged_store_is_named_with_what_to_do(runner, db, tmp_path):
    import shutil
    import sqlite3

    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    # The pages of the documents table's tree, which every command but `stats`
    # reads, and of the counts table, which `stats` reads (where they lie in the
    # file depends on the layout, not on the damage).
    pages = [
        n
        for (n,) in connection.execute(
            "SELECT pageno FROM dbstat WHERE name IN ('documents', 'counts') AND pagetype != 'overflow'"
        )
    ]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    damaged = tmp_path / "damaged.db"
    shutil.copy(db, damaged)
    with open(damaged, "r+b") as handle:  # overwritten, as a bad disk does
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    for command in (["stats"], ["search", "dân"], ["facts"], ["reextract"]):
        result = runner.invoke(cli, [*command, "--db", str(damaged)])
        assert result.exit_code == 1, (command, result.output)
        assert f"store {damaged} is damaged" in result.output and ".recover" in result.output, result.output


def test_extract_kills_a_file_that_overruns_its_time_limit(runner):
    result = runner.invoke(cli, ["extract", str(SEED_NOTICE), "--time-limit", "0.001"])
    assert result.exit_code == 1
    line = json.loads(result.stdout.splitlines()[0])
    assert line["source"] == str(SEED_NOTICE)
    assert line["error"]["cause"].startswith("timed out after")


def test_every_command_has_help_and_a_readme_entry():
    """As sqlite-utils does: a command nobody can find in the README or in
    ``--help`` does not exist for its users."""

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    runner = CliRunner()
    assert cli.commands, "no commands registered"
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert command.help and command.help.strip(), f"vanban {name} has no help text"
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert param.help, f"vanban {name} {param.opts[0]} has no help text"
        assert f"| `vanban {name}" in readme, f"vanban {name} is not in the README's command table"
