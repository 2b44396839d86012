"""tools/relayout.py: the same documents laid out again, only their line breaks
moved — and the extractors' facts holding under it (``make eval --rewrap``)."""

from __future__ import annotations

import pytest

from tools.relayout import LAYOUTS, paragraphs, relayout, write_relaid
from tools.scoreboard import DOCS, PROBE, format_rewrapped, rewrapped
from vanban.pipeline.ingest import extract_file

# train documents (never test): a VPCP notice, a Công điện, a plan with a task table
TRAIN = ("309_tb-627-vpcp.txt", "366_cd-223-ttg.txt", "322_kh-159-ubnd-can-tho.txt")


@pytest.mark.parametrize("name", TRAIN)
@pytest.mark.parametrize(("width", "early"), [(80, True), (60, False), (0, False), (35, True)])
def test_only_whitespace_moves(name, width, early):
    text = (DOCS / name).read_text("utf-8")
    relaid = relayout(text, width, seed=7, early=early)
    assert relaid.split() == text.split()
    # no blank line is added (a blank line never falls inside a sentence)
    assert relaid.count("\n\n") == text.count("\n\n")
    # the header table and the table lines stay as they are
    assert relaid.splitlines()[:10] == text.splitlines()[:10]
    assert [line for line in relaid.splitlines() if "|" in line] == [
        line for line in text.splitlines() if "|" in line
    ]


def test_a_line_that_opens_with_a_capital_or_a_marker_stays_where_it_starts():
    text = (
        "Để ứng phó với mưa lũ, bảo đảm an toàn tính mạng cho Nhân dân, Thủ tướng\n"
        "yêu cầu:\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương sơ tán dân khỏi khu vực\n"
        "nguy hiểm; Bộ Quốc phòng chỉ đạo lực lượng hỗ trợ.\n"
        "d) Bộ Nội vụ tham mưu ban hành Kế hoạch triển khai\n"
        "Sở Y tế bảo đảm thuốc men.\n"
    )
    runs = [" ".join(lines) for kind, lines in paragraphs(text) if kind == "text"]
    assert runs == [
        "Để ứng phó với mưa lũ, bảo đảm an toàn tính mạng cho Nhân dân, Thủ tướng yêu cầu:",
        "1. Chủ tịch Ủy ban nhân dân các tỉnh khẩn trương sơ tán dân khỏi khu vực "
        "nguy hiểm; Bộ Quốc phòng chỉ đạo lực lượng hỗ trợ.",
        "d) Bộ Nội vụ tham mưu ban hành Kế hoạch triển khai",  # ("d)" is a marker, not a word)
        "Sở Y tế bảo đảm thuốc men.",
    ]
    unwrapped = relayout(text, 0)
    assert unwrapped.splitlines()[1].startswith("1. Chủ tịch") and len(unwrapped.splitlines()) == 4
    portal = relayout(text, 40, seed=3)
    assert all(len(line) <= 45 for line in portal.splitlines())


def test_the_same_layout_for_the_same_document(tmp_path):
    names = list(TRAIN)
    for folder in ("a", "b"):
        write_relaid(DOCS, names, tmp_path / folder, 80, True)
    for name in names:
        assert (tmp_path / "a" / name).read_text("utf-8") == (tmp_path / "b" / name).read_text("utf-8")
        assert (tmp_path / "a" / name).read_text("utf-8") != (DOCS / name).read_text("utf-8")


@pytest.mark.slow
def test_the_facts_of_train_notices_hold_when_their_lines_break_elsewhere(tmp_path):
    """The assignments of three train documents, re-laid out every way: the same
    bodies (a rule that fits where one copy's lines break is a rule that fits one copy)."""
    for label, width, early in LAYOUTS:
        folder = tmp_path / label.replace(" ", "_").replace(",", "")
        write_relaid(DOCS, list(TRAIN), folder, width, early)
        for name in TRAIN:
            as_written = extract_file(str(DOCS / name))
            relaid = extract_file(str(folder / name))
            bodies = sorted(f["body"] for f in as_written["facts"] if f["kind"] == "assignment")
            assert sorted(f["body"] for f in relaid["facts"] if f["kind"] == "assignment") == bodies, (
                label,
                name,
            )
            assert relaid["header"]["issuer"] == as_written["header"]["issuer"]


@pytest.mark.slow
def test_make_eval_rewrap_scores_a_set_every_way(tmp_path):
    """``make eval --rewrap`` on a small set of probe documents: one report per layout."""
    gold = tmp_path / "gold"
    gold.mkdir()
    for path in sorted((PROBE / "gold").glob("*.json"))[:3]:
        (gold / path.name).write_text(path.read_text("utf-8"), encoding="utf-8")
    reports = rewrapped(gold, PROBE / "docs")
    assert list(reports) == ["as written"] + [label for label, _, _ in LAYOUTS]
    assert all(
        r.kinds["assignment"].n_gold == reports["as written"].kinds["assignment"].n_gold
        for r in reports.values()
    )
    table = format_rewrapped({"probe": reports})
    assert "portal, 80 columns" in table and table.splitlines()[-1].startswith("probe")
    # (the probe documents score as written in every layout: tools/relayout moves no fact)
    f1 = {label: round(r.kinds["assignment"].f1, 3) for label, r in reports.items()}
    assert set(f1.values()) == {f1["as written"]}, f1
