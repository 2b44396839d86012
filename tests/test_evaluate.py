"""Tests for the evaluation scorer (pipeline.evaluate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SHARED
from vanban.pipeline.evaluate import (
    HEADER_FIELDS,
    KINDS,
    evaluate,
    format_misses,
    format_table,
    load_gold,
    locate,
    norm_body,
    norm_number,
    norm_text,
)

DEV = SHARED / "eval" / "dev"

DOC_A = (
    "UỶ BAN NHÂN DÂN\nSố: 48 /TB-UBND\nViệt Yên, ngày 28 tháng 9 năm 2017\n"
    "Thực hiện Chỉ thị số 11/CT-UBND ngày\n31/8/2012 của UBND tỉnh. Năm 2017 tỷ lệ đạt 95,5%, "
    "giảm 1 điểm phần trăm; tỷ số 117 trẻ nam/100 trẻ nữ. Trong năm 2017 và năm 2017 nữa.\n"
    "Giao Phòng Nội vụ tham mưu cho UBND huyện bố trí cán bộ.\n"
)

HEADER_A = {
    "doc_number": "48/TB-UBND",
    "doc_type": "Thông báo",
    "issuer": "UBND huyện Việt Yên",
    "issue_place": "Việt Yên",
    "issue_date": "2017-09-28",
    "signer": None,
}

GOLD_A = {
    "doc": "a.txt",
    **HEADER_A,
    "dates": [
        {"text": "ngày 28 tháng 9 năm 2017", "value": "2017-09-28"},
        {"text": "31/8/2012", "value": "2012-08-31"},
        {"text": "Năm 2017", "value": "2017"},
        {"text": "năm 2017", "value": "2017"},
        {"text": "năm 2017", "value": "2017"},
    ],
    "doc_refs": [
        {
            "text": "Chỉ thị số 11/CT-UBND ngày\n31/8/2012",
            "number": "11/CT-UBND",
            "type": "Chỉ thị",
            "date": "2012-08-31",
        }
    ],
    "percentages": [
        {"text": "95,5%", "value": 95.5},
        {"text": "1 điểm phần trăm", "value": 1.0, "kind": "percentage_point"},
    ],
    "ratios": [
        {
            "text": "117 trẻ nam/100 trẻ nữ",
            "numerator": 117,
            "denominator": 100,
            "numerator_unit": "trẻ nam",
            "denominator_unit": "trẻ nữ",
        }
    ],
    "assignments": [
        {
            "text": "Giao Phòng Nội vụ tham mưu cho UBND huyện bố trí cán bộ.",
            "body": "Phòng Nội vụ",
            "task": "tham mưu bố trí cán bộ",
            "deadline": None,
        }
    ],
}

DOC_B = "Tin ngắn. Ngày 20/9 tỉnh tổ chức hội nghị, tăng 3%.\n"
GOLD_B = {
    "doc": "b.txt",
    "doc_number": None,
    "doc_type": "Tin tức",
    "issuer": None,
    "issue_place": None,
    "issue_date": None,
    "signer": None,
    "dates": [{"text": "20/9", "value": "2025-09-20"}],
    "doc_refs": [],
    "percentages": [{"text": "3%", "value": 3.0}],
    "ratios": [],
    "assignments": [],
}

LIST_KIND = {
    "dates": "date",
    "doc_refs": "doc_ref",
    "percentages": "percentage",
    "ratios": "ratio",
    "assignments": "assignment",
}


def gold_to_fact(kind: str, item: dict, text: str, occurrence: int = 0) -> dict:
    """A predicted fact equal to a gold item, with offsets located in ``text``."""
    start, end = locate(item["text"], text, occurrence)
    fact = {"kind": kind, "text": text[start:end], "start": start, "end": end}
    if kind == "date":
        fact["value"] = item["value"]
    elif kind == "doc_ref":
        fact.update(number=item["number"], doc_type=item.get("type"), date=item.get("date"), issuer=None)
    elif kind == "percentage":
        fact.update(value=item["value"], percentage_point=item.get("kind") == "percentage_point")
    elif kind == "ratio":
        fact.update(
            numerator=item["numerator"],
            denominator=item["denominator"],
            numerator_unit=item.get("numerator_unit"),
            denominator_unit=item.get("denominator_unit"),
            ratio_kind=item.get("kind", "ratio"),
        )
    elif kind == "assignment":
        fact.update(body=item["body"], task=item.get("task", ""), deadline=item.get("deadline"))
    return fact


def echo_extraction(gold: dict, text: str) -> dict:
    facts = []
    seen: dict[tuple, int] = {}
    for list_name, kind in LIST_KIND.items():
        for item in gold.get(list_name, []):
            key = (kind, norm_text(item["text"]))
            facts.append(gold_to_fact(kind, item, text, seen.get(key, 0)))
            seen[key] = seen.get(key, 0) + 1
    header = {f: gold.get(f) for f in HEADER_FIELDS}
    header.update(title=None, signer_title=None, recipients=[])
    return {"source": gold["doc"], "header": header, "text": text, "facts": facts}


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir, docs_dir = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir()
    docs_dir.mkdir()
    (docs_dir / "a.txt").write_text(DOC_A, encoding="utf-8")
    (docs_dir / "b.txt").write_text(DOC_B, encoding="utf-8")
    (gold_dir / "gold_a.json").write_text(json.dumps(GOLD_A, ensure_ascii=False), encoding="utf-8")
    (gold_dir / "gold_b.json").write_text(json.dumps(GOLD_B, ensure_ascii=False), encoding="utf-8")
    return gold_dir, docs_dir


GOLDS = {"a.txt": GOLD_A, "b.txt": GOLD_B}


def perfect(path: Path) -> dict:
    return echo_extraction(GOLDS[path.name], path.read_text(encoding="utf-8"))


def edited(change):
    """An extractor that applies ``change(extraction)`` to the perfect output of a.txt."""

    def extract(path: Path) -> dict:
        result = perfect(path)
        if path.name == "a.txt":
            change(result)
        return result

    return extract


def drop(kind: str, text: str, count: int = 1):
    def change(result):
        dropped = 0
        kept = []
        for f in result["facts"]:
            if dropped < count and f["kind"] == kind and norm_text(f["text"]) == text:
                dropped += 1
                continue
            kept.append(f)
        result["facts"] = kept

    return change


# --------------------------------------------------------------------------


def test_load_gold(dirs):
    gold = load_gold(dirs[0])
    assert [g.name for g in gold] == ["gold_a", "gold_b"]
    assert gold[0].doc == "a.txt"
    assert len(gold[0].items["date"]) == 5
    assert gold[0].header["doc_number"] == "48/TB-UBND"
    assert set(gold[0].items) == set(KINDS)


def test_perfect_extractor_scores_one(dirs):
    report = evaluate(*dirs, perfect)
    for kind in KINDS:
        score = report.kinds[kind]
        assert (score.precision, score.recall, score.f1, score.span_recall) == (1.0, 1.0, 1.0, 1.0), kind
    assert report.kinds["date"].n_gold == 6
    assert all(h.accuracy == 1.0 for h in report.header.values())
    assert not report.discrepancies and not report.errors
    assert report.kinds["doc_ref"].attribute_accuracy("type") == 1.0
    assert report.kinds["ratio"].attribute_accuracy("units") == 1.0


def test_missing_item_lowers_recall_and_is_listed(dirs):
    report = evaluate(*dirs, edited(drop("date", "31/8/2012")))
    score = report.kinds["date"]
    assert (score.n_gold, score.n_pred, score.tp) == (6, 5, 5)
    assert score.precision == 1.0
    assert score.recall == pytest.approx(5 / 6)
    assert score.span_recall == pytest.approx(5 / 6)
    [miss] = report.misses
    assert (miss.doc, miss.kind, miss.text, miss.reason) == ("a.txt", "date", "31/8/2012", "span")
    assert DOC_A[miss.start : miss.end] == "31/8/2012"
    assert "[[31/8/2012]]" in miss.context
    assert "Chỉ thị số 11/CT-UBND ngày" in miss.context
    listing = format_misses(report)
    assert "MISS  '31/8/2012' = 2012-08-31" in listing
    assert "[[31/8/2012]]" in listing


def test_false_hit_is_listed(dirs):
    def add(result):
        start = DOC_A.index("28 tháng 9")
        result["facts"].append(
            {"kind": "date", "text": "28 tháng 9", "start": start, "end": start + 10, "value": "2017-09-28"}
        )

    report = evaluate(*dirs, edited(add))
    score = report.kinds["date"]
    assert (score.n_pred, score.tp, score.recall) == (7, 6, 1.0)
    assert score.precision == pytest.approx(6 / 7)
    [hit] = report.false_hits
    assert (hit.doc, hit.kind, hit.text, hit.side) == ("a.txt", "date", "28 tháng 9", "false_hit")
    assert "ngày [[28 tháng 9]] năm 2017" in hit.context
    assert "FALSE '28 tháng 9'" in format_misses(report, kinds=["date"])


def test_wrong_value_is_a_miss_and_a_false_hit_with_reason(dirs):
    def change(result):
        for f in result["facts"]:
            if f["kind"] == "date" and f["text"] == "31/8/2012":
                f["value"] = "2012-31-08"

    report = evaluate(*dirs, edited(change))
    score = report.kinds["date"]
    assert score.tp == 5 and score.span_recall == 1.0
    [miss] = report.misses
    [hit] = report.false_hits
    assert miss.reason == hit.reason == "value"
    assert miss.other == "2012-31-08" and hit.other == "2012-08-31"


def test_whitespace_insensitive_text(dirs):
    # The predicted doc_ref text has a space where the document has a line
    # break, and no offsets: it is located and matched all the same.
    def change(result):
        for f in result["facts"]:
            if f["kind"] == "doc_ref":
                f["text"] = " ".join(f["text"].split())
                del f["start"], f["end"]

    report = evaluate(*dirs, edited(change))
    assert report.kinds["doc_ref"].f1 == 1.0
    assert not report.warnings


def test_extraction_text_with_other_whitespace(dirs):
    # The extractor normalised its own text; offsets index that text.
    def extract(path: Path) -> dict:
        text = path.read_text(encoding="utf-8")
        if path.name == "a.txt":
            text = text.replace("ngày\n31/8", "ngày   31/8")
        return echo_extraction(GOLDS[path.name], text)

    report = evaluate(*dirs, extract)
    assert report.total.f1 == 1.0
    assert not report.discrepancies


def test_multiset_semantics_for_repeated_text(dirs):
    # Gold lists "năm 2017" twice: finding it once is one hit and one miss.
    report = evaluate(*dirs, edited(drop("date", "năm 2017")))
    score = report.kinds["date"]
    assert (score.tp, score.span_tp_gold) == (5, 5)
    [miss] = report.misses
    assert miss.text == "năm 2017"

    # Finding it three times is one false hit.
    def triple(result):
        extra = next(f for f in result["facts"] if f["kind"] == "date" and f["text"] == "năm 2017")
        result["facts"].append(dict(extra))

    report = evaluate(*dirs, edited(triple))
    score = report.kinds["date"]
    assert (score.n_pred, score.tp, score.recall) == (7, 6, 1.0)
    assert score.span_tp_pred == 6
    [hit] = report.false_hits
    assert hit.text == "năm 2017"
    # "Năm 2017" (capital N) is a different span, not a repeat.
    assert not report.misses


def test_doc_ref_number_normalisation(dirs):
    def change(result):
        for f in result["facts"]:
            if f["kind"] == "doc_ref":
                f["number"] = "11 / ct-ubnd"
                f["doc_type"] = "chỉ thị"
                f["date"] = None

    report = evaluate(*dirs, edited(change))
    score = report.kinds["doc_ref"]
    assert score.f1 == 1.0
    assert score.attribute_accuracy("type") == 1.0
    assert score.attribute_accuracy("date") == 0.0
    assert norm_number("48 /TB-UBND") == norm_number("48/tb-ubnd")
    assert norm_number("174/UBND-DS KHHGD") == "174/ubnd-ds khhgd"
    assert norm_number("5095/SGDÐT") == norm_number("5095/SGDĐT")


def test_percentage_point_flag_and_rounding(dirs):
    def change(result):
        for f in result["facts"]:
            if f["kind"] == "percentage":
                f["value"] = f["value"] + 1e-9
                f["percentage_point"] = False

    report = evaluate(*dirs, edited(change))
    score = report.kinds["percentage"]
    assert score.tp == 2  # a.txt 95,5% and b.txt 3%; the point difference is lost
    [miss] = report.misses
    assert miss.text == "1 điểm phần trăm" and miss.reason == "value"


def test_ratio_values_as_floats_and_units(dirs):
    def change(result):
        for f in result["facts"]:
            if f["kind"] == "ratio":
                f["numerator"], f["denominator"] = 117.0, "100"
                f["denominator_unit"] = None

    report = evaluate(*dirs, edited(change))
    score = report.kinds["ratio"]
    assert score.f1 == 1.0
    assert score.attribute_accuracy("units") == 0.0


def test_assignment_body_key_and_span_overlap(dirs):
    def change(result):
        for f in result["facts"]:
            if f["kind"] == "assignment":
                # A shorter clause that still covers most of the gold one, and
                # the body written differently in case and spacing.
                start = DOC_A.index("Phòng Nội vụ")
                f.update(text=DOC_A[start : f["end"]], start=start, body="phòng  nội VỤ")

    report = evaluate(*dirs, edited(change))
    score = report.kinds["assignment"]
    assert (score.tp, score.span_recall) == (1, 1.0)

    def wrong_body_short_span(result):
        for f in result["facts"]:
            if f["kind"] == "assignment":
                start = DOC_A.index("bố trí cán bộ")
                f.update(text="bố trí cán bộ", start=start, end=start + 13, body="UBND huyện")

    report = evaluate(*dirs, edited(wrong_body_short_span))
    score = report.kinds["assignment"]
    assert (score.tp, score.span_recall) == (0, 0.0)
    assert {d.side for d in report.discrepancies} == {"miss", "false_hit"}


def test_assignment_span_overlap_with_wrong_body(dirs):
    def change(result):
        for f in result["facts"]:
            if f["kind"] == "assignment":
                f["body"] = "UBND huyện"

    report = evaluate(*dirs, edited(change))
    score = report.kinds["assignment"]
    assert (score.tp, score.span_recall) == (0, 1.0)
    [miss] = report.misses
    assert miss.reason == "value" and "UBND huyện" in miss.other


def test_header_accuracy(dirs):
    def change(result):
        result["header"].update(
            doc_number="48 / tb-ubnd", issuer="UBND  huyện việt yên", signer="Lê Văn Thiệp"
        )

    report = evaluate(*dirs, edited(change))
    assert report.header["doc_number"].accuracy == 1.0
    assert report.header["issuer"].accuracy == 1.0
    assert report.header["signer"].accuracy == 0.5  # null gold, non-null prediction
    assert report.header["issue_place"].accuracy == 1.0  # b.txt: null == null
    [mismatch] = report.header_mismatches
    assert (mismatch.doc, mismatch.field, mismatch.gold, mismatch.pred) == (
        "a.txt",
        "signer",
        None,
        "Lê Văn Thiệp",
    )
    assert "signer: gold None, pred 'Lê Văn Thiệp'" in format_misses(report, kinds=["header"])


def test_crashing_extract_is_recorded_not_raised(dirs):
    def extract(path: Path) -> dict:
        if path.name == "a.txt":
            raise ValueError("cannot parse")
        return perfect(path)

    report = evaluate(*dirs, extract)
    [error] = report.errors
    assert error.doc == "a.txt" and "ValueError: cannot parse" in error.error
    assert report.kinds["date"].n_gold == 6
    assert report.kinds["date"].tp == 1  # b.txt still scored
    assert len([m for m in report.misses if m.doc == "a.txt"]) == 10
    assert all(m.context.count("[[") == 1 for m in report.misses)  # located in the file text
    assert report.header["doc_type"].accuracy == 0.5
    assert "1 document(s) failed" in format_table(report)
    assert report.to_dict()["errors"] == [{"doc": "a.txt", "error": error.error}]


def test_missing_document_file_is_an_error(dirs):
    (dirs[1] / "b.txt").unlink()
    report = evaluate(*dirs, perfect)
    [error] = report.errors
    assert error.doc == "b.txt"
    assert report.kinds["percentage"].recall == pytest.approx(2 / 3)


def test_non_dict_result_is_an_error(dirs):
    report = evaluate(*dirs, lambda path: None)
    assert len(report.errors) == 2


def test_bad_offsets_warn_and_fall_back_to_text(dirs):
    def change(result):
        for f in result["facts"]:
            if f["kind"] == "ratio":
                f["start"] += 1
                f["end"] += 1

    report = evaluate(*dirs, edited(change))
    assert report.kinds["ratio"].f1 == 1.0
    assert any("does not match the text" in w for w in report.warnings)


def test_unknown_fact_kinds_are_ignored(dirs):
    def change(result):
        result["facts"].append({"kind": "money", "text": "5 tỷ đồng", "start": 0, "end": 0})

    report = evaluate(*dirs, edited(change))
    assert report.total.f1 == 1.0


def test_report_serialises_and_formats(dirs):
    report = evaluate(*dirs, edited(drop("percentage", "95,5%")))
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["kinds"]["percentage"]["recall"] == pytest.approx(2 / 3)
    assert data["misses"][0]["text"] == "95,5%"
    assert data["header"]["doc_number"]["accuracy"] == 1.0
    table = format_table(report)
    for kind in KINDS + ("all", "doc_number", "signer"):
        assert kind in table
    assert "span-R" in table
    assert format_misses(report, kinds=["date"]).startswith("== date: 0 miss(es), 0 false hit(s)")
    assert "95,5%" in format_misses(report, kinds=["percentage"])


def test_locate_prefers_free_standing_and_follows_occurrence_order():
    text = "ngày 12/2025 và 2025, rồi\n2025"
    assert locate("2025", text) == (16, 20)
    assert locate("2025", text, 1) == (26, 30)
    assert locate("2025", text, 5) == (26, 30)
    assert locate("và 2025, rồi 2025", text) == (13, 30)
    assert locate("2026", text) is None
    assert norm_text(" a \n b\t") == "a b"


# --------------------------------------------------------------------------


def test_gold_echo_scores_one_on_dev_set():
    if not (DEV / "gold").is_dir() or not (DEV / "docs").is_dir():
        pytest.skip("shared dev set not available")
    golds = {g.doc: g for g in load_gold(DEV / "gold")}

    def echo(path: Path) -> dict:
        gold = golds[path.name]
        raw = {"doc": gold.doc, **gold.header}
        for list_name, kind in LIST_KIND.items():
            raw[list_name] = gold.items[kind]
        return echo_extraction(raw, path.read_text(encoding="utf-8"))

    report = evaluate(DEV / "gold", DEV / "docs", echo)
    assert not report.errors
    assert len(report.documents) == len(golds) >= 15
    for kind in KINDS:
        score = report.kinds[kind]
        assert score.n_gold > 0, kind
        assert (score.precision, score.recall, score.f1, score.span_recall) == (1.0, 1.0, 1.0, 1.0), kind
        for name in score.attributes:
            assert score.attribute_accuracy(name) == 1.0, (kind, name)
    assert all(h.accuracy == 1.0 for h in report.header.values())
    assert not report.discrepancies


def test_bodies_compare_as_the_conventions_allow_writing_them():
    # expanded or kept as written, ; or , between list items, old tone placement, a note
    assert norm_body("Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tư pháp") == norm_body(
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp"
    )
    assert norm_body("Uỷ ban nhân dân TP. Huế") == norm_body("UBND thành phố Huế")
    assert norm_body("các cơ quan có liên quan") == norm_body("Các cơ quan liên quan")
    assert norm_body("Thành phố (Đà Nẵng)") == norm_body("Thành phố")
    # a company's legal form abbreviated or written out (probe bb01, da04)
    assert norm_body("Công ty TNHH MTV Khai thác công trình thủy lợi Phú Thọ") == norm_body(
        "Công ty TNHH một thành viên Khai thác công trình thủy lợi Phú Thọ"
    )
    assert norm_body("Công ty TNHH MTV Điện lực") != norm_body("Công ty TNHH Điện lực")
    # an honorific is no part of a name
    assert norm_body("các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ") == norm_body(
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ"
    )
    assert norm_body("Đồng chí Bí thư tỉnh ủy") == norm_body("Bí thư tỉnh ủy")
    # a dash spaced as printed or closed as the registry writes it (probe at05's issuer)
    assert norm_body(
        "Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025"
    ) == norm_body("Ban Chỉ đạo Trung ương Các chương trình mục tiêu Quốc gia Giai đoạn 2021-2025")
    assert norm_body("giai đoạn 2021 - 2025") != norm_body("giai đoạn 2021 - 2030")
    # a head shared by a later group of the list, written once or with every item
    assert norm_body(
        "Các Bộ, cơ quan liên quan; Tập đoàn Điện lực Việt Nam, Tập đoàn Dầu khí Việt Nam"
    ) == norm_body("Các Bộ, cơ quan liên quan và các Tập đoàn: Điện lực Việt Nam, Dầu khí Việt Nam")
    assert norm_body("Sở Y tế, Sở Tài chính") != norm_body("Sở Y tế, Bộ Tài chính")
    # a list's place written once after its last body or with every body
    assert norm_body(
        "Thường trực HĐND thành phố; các Ban HĐND thành phố; đại biểu HĐND thành phố"
    ) == norm_body(
        "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân và đại biểu Hội đồng nhân dân thành phố"
    )
    assert norm_body("Sở Y tế tỉnh Hà Tĩnh, Sở Tài chính tỉnh Nghệ An") != norm_body(
        "Sở Y tế, Sở Tài chính tỉnh Nghệ An"
    )
    # ... and the council of the place, written once or with every body (probe bq03)
    assert norm_body(
        "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại "
        "biểu Hội đồng nhân dân tỉnh"
    ) == norm_body(
        "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu Hội đồng "
        "nhân dân tỉnh, đại biểu Hội đồng nhân dân tỉnh"
    )
    assert norm_body("Thường trực HĐND tỉnh, các Ban HĐND tỉnh") != norm_body(
        "Thường trực HĐND tỉnh, các Ban UBND tỉnh"
    )
    # a board's head with its title's last word written once or twice (train, probe bo02)
    assert norm_body("Trưởng ban Ban Chỉ đạo") == norm_body("Trưởng Ban Chỉ đạo")
    assert norm_body("Phó Trưởng ban Ban Chỉ đạo") == norm_body("Phó Trưởng Ban Chỉ đạo")
    assert norm_body("Trưởng ban Ban Chỉ đạo") != norm_body("Trưởng ban")
    # the specialised names' abbreviations of the registry's data, not two-letter ones
    assert norm_body("Sở KH&CN") == norm_body("Sở Khoa học và Công nghệ")
    assert norm_body("Phòng GD&ĐT huyện") == norm_body("Phòng Giáo dục và Đào tạo huyện")
    assert norm_body("Sở NN&PTNT") != norm_body("Sở Nông nghiệp và Môi trường")
    assert norm_body("Trạm YT xã") != norm_body("Trạm Y tế xã")
    # a list of names sharing its head word, written either way
    assert norm_body("Các Bộ: Quốc phòng, Tài chính") == norm_body("Bộ Quốc phòng, Bộ Tài chính")
    # ... and the office title over the list, written once or with every item
    assert norm_body("Bộ trưởng các Bộ: Quốc phòng, Công an") == norm_body(
        "Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an"
    )
    assert norm_body("Giám đốc Sở Y tế, Giám đốc Sở Tài chính") == norm_body(
        "Giám đốc các Sở Y tế, Tài chính"
    )
    assert norm_body("Giám đốc Sở Y tế, Sở Tài chính") != norm_body("Giám đốc Sở Y tế, Giám đốc Sở Tài chính")
    # ... also when an item holds a comma of its own, and for a two-word head
    assert norm_body("Các Bộ: Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch") == norm_body(
        "Bộ Giáo dục và Đào tạo, Bộ Y tế, Bộ Văn hóa, Thể thao và Du lịch"
    )
    assert norm_body("các Tập đoàn: Bưu chính Viễn thông Việt Nam, Dầu khí Việt Nam") == norm_body(
        "Tập đoàn Bưu chính Viễn thông Việt Nam, Tập đoàn Dầu khí Việt Nam"
    )
    assert norm_body("các sở, ban, ngành") == norm_body("các sở; ban và ngành") == "sở ban ngành"
    # ... and a local committee or council with its level, however the list writes it
    # (probe y10: "Ủy ban nhân dân các tỉnh Lâm Đồng, Đồng Nai" tasks both provinces' UBND)
    assert norm_body("Ủy ban nhân dân các tỉnh Lâm Đồng, Đồng Nai") == norm_body(
        "Ủy ban nhân dân tỉnh Lâm Đồng, UBND tỉnh Đồng Nai"
    )
    assert norm_body("UBND các huyện Bắc Hà, Si Ma Cai") == norm_body(
        "Uỷ ban nhân dân huyện Bắc Hà; UBND huyện Si Ma Cai"
    )
    assert norm_body("Ủy ban nhân dân tỉnh Lâm Đồng, Đồng Nai") != norm_body(
        "Ủy ban nhân dân tỉnh Lâm Đồng, Ủy ban nhân dân xã Đồng Nai"
    )
    # but different bodies stay different
    assert norm_body("Sở Tư pháp") != norm_body("Sở Y tế")
    assert norm_body("UBND tỉnh") != norm_body("HĐND tỉnh")
    assert norm_body("Các doanh nghiệp") != norm_body("Các doanh nghiệp viễn thông")


def test_one_entry_listing_the_bodies_matches_one_entry_per_body(dirs):
    """ANNOTATION.md: a clause tasking several bodies is "one entry per body, or
    one entry listing them all"; either side may do either, scored per body."""
    clause = "Giao Phòng Nội vụ tham mưu cho UBND huyện bố trí cán bộ."
    start = DOC_A.index(clause)

    def per_body(result):
        facts = [f for f in result["facts"] if f["kind"] != "assignment"]
        for body in ("Phòng Nội vụ", "UBND huyện"):
            facts.append(
                {
                    "kind": "assignment",
                    "text": clause,
                    "start": start,
                    "end": start + len(clause),
                    "body": body,
                    "deadline": None,
                }
            )
        result["facts"] = facts

    # gold lists one body: one prediction matches, the other is a false hit
    report = evaluate(*dirs, edited(per_body))
    score = report.kinds["assignment"]
    assert (score.tp, score.n_gold, score.n_pred) == (1, 1, 2)

    def listing(result):
        for f in result["facts"]:
            if f["kind"] == "assignment":
                f["body"] = "Phòng Nội vụ; UBND huyện"

    # a listing that names more than the gold's bodies matches nothing
    report = evaluate(*dirs, edited(listing))
    assert report.kinds["assignment"].tp == 0


def test_gold_per_body_matches_a_listing_and_the_reverse(tmp_path):
    clause = "Giao Phòng Nội vụ tham mưu cho UBND huyện bố trí cán bộ."
    gold_dir, docs_dir = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir()
    docs_dir.mkdir()
    (docs_dir / "a.txt").write_text(DOC_A, encoding="utf-8")
    per_body = [
        {"text": clause, "body": b, "task": "bố trí", "deadline": None}
        for b in ("Phòng Nội vụ", "UBND huyện")
    ]
    gold = {**GOLD_A, "assignments": per_body}
    (gold_dir / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    start = DOC_A.index(clause)

    def listing(path: Path) -> dict:
        result = echo_extraction(GOLD_A, path.read_text(encoding="utf-8"))
        for f in result["facts"]:
            if f["kind"] == "assignment":
                f.update(
                    text=clause,
                    start=start,
                    end=start + len(clause),
                    body="Phòng Nội vụ; Ủy ban nhân dân huyện",
                )
        return result

    score = evaluate(gold_dir, docs_dir, listing).kinds["assignment"]
    # one listing for two gold entries: two (clause, body) pairs on each side
    assert (score.tp, score.n_gold, score.n_pred) == (2, 2, 2)
    assert score.f1 == 1.0


def _one_clause_scored(
    run: Path, document: str, clause: str, gold_body: str, pred_body: str
) -> tuple[int, int, int]:
    """(tp, gold, predicted) of one assignment clause of ``document`` with the gold body
    ``gold_body`` against one predicted fact on the same clause with ``pred_body``."""
    gold_dir, docs_dir = run / "gold", run / "docs"
    gold_dir.mkdir(parents=True)
    docs_dir.mkdir(parents=True)
    (docs_dir / "c.txt").write_text(document, encoding="utf-8")
    gold = {"doc": "c.txt", "assignments": [{"text": clause, "body": gold_body}]}
    (gold_dir / "c.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    start = document.index(clause)
    fact = {
        "kind": "assignment",
        "text": clause,
        "start": start,
        "end": start + len(clause),
        "body": pred_body,
    }
    score = evaluate(
        gold_dir, docs_dir, lambda path: {"text": document, "header": {}, "facts": [fact]}
    ).kinds["assignment"]
    return score.tp, score.n_gold, score.n_pred


def test_a_plural_named_above_matches_its_written_out_form_either_way(tmp_path):
    """ANNOTATION.md: a body is "expanded or kept as written": ``… các tỉnh, thành phố
    nêu trên`` and ``… các tỉnh, thành phố: Quảng Trị, Huế`` (the places the document
    listed above) are one body in one clause, whichever side writes which; another
    plural, or no list, matches nothing."""
    listed = "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Trị, Huế;\n"
    clause = "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên khẩn trương sơ tán dân."
    document = "CÔNG ĐIỆN\n" + listed + "Thủ tướng Chính phủ yêu cầu:\n" + clause + "\n"
    kept = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên"
    written_out = "Chủ tịch UBND các tỉnh, thành phố: Quảng Trị, Huế"

    runs = iter(range(10))

    def scored(gold_body: str, pred_body: str) -> tuple[int, int, int]:
        return _one_clause_scored(tmp_path / str(next(runs)), document, clause, gold_body, pred_body)

    assert scored(kept, written_out) == (1, 1, 1)
    assert scored(written_out.replace("UBND", "Ủy ban nhân dân"), kept) == (1, 1, 1)
    assert scored(kept, "Chủ tịch Ủy ban nhân dân các xã: Quảng Trị, Huế")[0] == 0
    assert scored(kept, "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố")[0] == 0


def test_a_boards_officer_by_title_matches_the_title_with_the_board_either_way(tmp_path):
    """ANNOTATION.md: a body is "expanded or kept as written": ``Phó Trưởng ban thường
    trực`` (probe batch 31's writers) and ``Phó Trưởng ban thường trực Ban Chỉ đạo``
    (train's), ``Trưởng ban`` and ``Trưởng Ban Chỉ đạo``, are one body in one clause;
    another office, or another body after the title, is not."""
    clause = "2. Phó Trưởng ban thường trực giúp Trưởng ban điều hành công việc thường xuyên của Ban Chỉ đạo."
    document = "QUYẾT ĐỊNH\nĐiều 3. Nhiệm vụ của các thành viên Ban Chỉ đạo\n" + clause + "\n"
    runs = iter(range(10))

    def scored(gold_body: str, pred_body: str) -> int:
        return _one_clause_scored(tmp_path / str(next(runs)), document, clause, gold_body, pred_body)[0]

    assert scored("Phó Trưởng ban Thường trực", "Phó Trưởng ban thường trực Ban Chỉ đạo") == 1
    assert scored("Phó Trưởng ban thường trực Ban Chỉ đạo", "Phó Trưởng ban thường trực") == 1
    assert scored("Trưởng ban", "Trưởng Ban Chỉ đạo") == 1
    assert scored("Phó Trưởng ban", "Phó Trưởng ban thường trực Ban Chỉ đạo") == 0
    assert scored("Trưởng ban", "Trưởng ban Tuyên giáo") == 0


def test_a_body_by_its_defined_short_name_matches_the_name_written_out_either_way(tmp_path):
    """ANNOTATION.md: a body is "expanded or kept as written": ``Ban Chỉ đạo`` where the
    document defined it for short (``… (sau đây gọi tắt là Ban Chỉ đạo)``) and the name
    as defined, ``Ban Chỉ đạo phát triển du lịch tỉnh Đắk Lắk``, are one body in one
    clause, a title before them too; a name the document did not define, or a short
    name it did not give, matches nothing (the defined name cut short: the next test)."""
    clause = "1. Ban Chỉ đạo có nhiệm vụ giúp Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo phát triển du lịch."
    document = (
        "QUYẾT ĐỊNH\nĐiều 1. Thành lập Ban Chỉ đạo phát triển du lịch tỉnh Đắk Lắk (sau đây gọi"
        " tắt là Ban Chỉ đạo), gồm các thành viên sau:\nĐiều 2. Nhiệm vụ\n" + clause + "\n"
    )
    full = "Ban Chỉ đạo phát triển du lịch tỉnh Đắk Lắk"
    runs = iter(range(10))

    def scored(gold_body: str, pred_body: str, text: str = document) -> int:
        return _one_clause_scored(tmp_path / str(next(runs)), text, clause, gold_body, pred_body)[0]

    assert scored(full, "Ban Chỉ đạo") == 1
    assert scored("Ban Chỉ đạo", full) == 1
    assert scored("Trưởng Ban Chỉ đạo", "Trưởng " + full) == 1
    assert scored("Ban Chỉ đạo", "Ban Chỉ đạo phát triển du lịch tỉnh Gia Lai") == 0
    assert scored("Ban Chỉ đạo", "Ban Chỉ đạo du lịch") == 0  # (not words of the definition)
    undefined = document.replace(" (sau đây gọi tắt là Ban Chỉ đạo)", "")
    assert scored(full, "Ban Chỉ đạo", undefined) == 0


def test_a_defined_short_name_matches_the_defined_name_cut_short_and_a_wrapped_definition(tmp_path):
    """Annotators expand a defined short name only so far: ``Ban Chỉ đạo điều chỉnh quy
    hoạch sử dụng đất tỉnh Gia Lai`` for a name the document goes on with ``thời kỳ 2021
    - 2030, …`` before its ``(sau đây gọi tắt là Ban Chỉ đạo)``. The first words of the
    defined name, from where it opens, are that body; words that do not open it, or that
    are not written in it, are not. A hard-wrapped copy may break the line inside the
    bracket."""
    clause = "1. Ban Chỉ đạo có nhiệm vụ giúp Ủy ban nhân dân tỉnh chỉ đạo việc lập quy hoạch."
    document = (
        "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban Chỉ đạo điều chỉnh quy hoạch sử dụng đất tỉnh Gia Lai"
        " thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 (sau đây gọi tắt là Ban Chỉ đạo), gồm các"
        " thành viên sau:\nĐiều 2. Nhiệm vụ\n" + clause + "\n"
    )
    runs = iter(range(10))

    def scored(gold_body: str, pred_body: str, text: str = document) -> int:
        return _one_clause_scored(tmp_path / str(next(runs)), text, clause, gold_body, pred_body)[0]

    assert scored("Ban Chỉ đạo điều chỉnh quy hoạch sử dụng đất tỉnh Gia Lai", "Ban Chỉ đạo") == 1
    assert scored("Ban Chỉ đạo điều chỉnh quy hoạch", "Ban Chỉ đạo") == 1
    assert scored("Ban Chỉ đạo quy hoạch sử dụng đất", "Ban Chỉ đạo") == 0
    assert scored("Ban Chỉ đạo điều chỉnh quy hoạch tỉnh Gia Lai", "Ban Chỉ đạo") == 0
    wrapped = document.replace("gọi tắt là Ban Chỉ đạo)", "gọi tắt là Ban Chỉ\nđạo)")
    assert scored("Ban Chỉ đạo điều chỉnh quy hoạch", "Ban Chỉ đạo", wrapped) == 1


def test_a_pdf_is_scored_on_the_text_its_extraction_gives(tmp_path):
    """A gold file may describe a PDF: the scorer places its items in the text the
    extraction returns and never reads the PDF's bytes as text."""
    pdf = SHARED / "corpus" / "real" / "058_tb-254-pctt-thua-thien-hue.pdf"
    if not pdf.is_file():
        pytest.skip("../shared is absent")
    from vanban.pipeline.ingest import extract_file

    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {
        "doc": pdf.name,
        "doc_number": "254/TB-PCTT",
        "dates": [{"text": "ngày 06 tháng 9 năm 2022", "value": "2022-09-06"}],
    }
    (gold_dir / "g.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate(
        gold_dir, pdf.parent, lambda path: extract_file(str(path), with_text=True), kinds=("date",)
    )
    assert not report.errors
    assert report.kinds["date"].tp == 1
    assert report.header["doc_number"].correct == 1


def test_a_failed_pdf_is_an_error_with_its_misses_listed(tmp_path):
    gold_dir, docs_dir = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir()
    docs_dir.mkdir()
    (docs_dir / "x.pdf").write_bytes(b"%PDF-1.4\n\xb5\xb5 not a text\n")
    gold = {"doc": "x.pdf", "dates": [{"text": "ngày 5/5/2025", "value": "2025-05-05"}]}
    (gold_dir / "g.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")

    def extract(path: Path) -> dict:
        raise ValueError("damaged PDF")

    report = evaluate(gold_dir, docs_dir, extract, kinds=("date",))
    [error] = report.errors
    assert "damaged PDF" in error.error
    assert report.kinds["date"].n_gold == 1 and report.kinds["date"].tp == 0


def test_second_annotation_is_scored_against_the_first_gold_of_its_documents(tmp_path):
    """``python -m tools.scoreboard --agreement``: each batch of ``tests/gold/second``
    is scored on the first gold of the same documents only; the first gold given as
    its own second annotation agrees fully, the real second annotation does not."""
    from tools import scoreboard

    batches = scoreboard.agreement()
    assert set(batches) == {"plans", "regulations"}
    for batch, reports in batches.items():
        files = sorted(p.stem + ".txt" for p in (scoreboard.SECOND / batch).glob("*.json"))
        for report in reports.values():
            assert sorted(d.doc for d in report.documents) == files
            assert not report.errors
    second = batches["plans"]["second annotator"].kinds["assignment"]
    assert 0 < second.f1 < 1

    echo = tmp_path / "echo"
    echo.mkdir()
    for name in ("366_cd-223-ttg.json", "295_cv-6278-bvhttdl.json"):
        (echo / name).write_bytes((scoreboard.GOLD / "train" / name).read_bytes())
    itself = scoreboard.agreement(tmp_path)["echo"]["second annotator"].kinds["assignment"]
    assert itself.n_gold > 10 and itself.precision == itself.recall == 1.0


def test_assignment_misses_are_counted_by_cause_on_real_train_documents(tmp_path):
    """``python -m tools.scoreboard --causes train``: QĐ 1805/QĐ-UBND (Phú Thọ) lists
    procedures in a table whose cells name their actor by a short name it never defines
    (``Trong thời hạn 10 ngày …, Quỹ kiểm tra …``), steps the gold tasks and the finder
    does not; QĐ 170/QĐ-BCĐNN names bodies otherwise than its gold in some clauses.
    Every miss and false hit is counted once, under one cause."""
    from tools import scoreboard

    for name in ("264_qd-1805-ubnd-phu-tho.json", "201_qd-170-bcdnn-du-lich.json"):
        (tmp_path / name).write_bytes((scoreboard.GOLD / "train" / name).read_bytes())
    texts: dict[str, str] = {}
    report = scoreboard.score(tmp_path, scoreboard.DOCS, texts)
    assert sorted(texts) == ["201_qd-170-bcdnn-du-lich.txt", "264_qd-1805-ubnd-phu-tho.txt"]
    causes = scoreboard.assignment_causes(report, texts)
    score = report.kinds["assignment"]
    assert sum(causes["misses"].values()) == score.n_gold - score.tp
    assert sum(causes["false hits"].values()) == score.n_pred - score.tp
    assert causes["misses"]["table row"] >= 4  # (264's cells of steps by "Quỹ")
    assert causes["misses"]["named otherwise"] == causes["false hits"]["named otherwise"] > 0
    # the test part is never broken down
    from click.testing import CliRunner

    result = CliRunner().invoke(scoreboard.main, ["--causes", "test"])
    assert result.exit_code != 0


def test_the_issuer_is_read_again_from_train_documents_cut_below_their_header(tmp_path):
    """``make eval``'s "header table cut away" line: 258_qd-161-ubnd-ninh-binh opens at
    ``**QUYẾT ĐỊNH**`` once cut, 295_cv-6278-bvhttdl (a copy without its table already)
    is not cut again; the issuer of the cut decision is still UBND tỉnh Ninh Bình, read
    from its signature and the province its text names."""
    from tools import scoreboard

    for name in ("258_qd-161-ubnd-ninh-binh.json", "295_cv-6278-bvhttdl.json"):
        (tmp_path / name).write_bytes((scoreboard.GOLD / "train" / name).read_bytes())
    decision = (scoreboard.DOCS / "258_qd-161-ubnd-ninh-binh.txt").read_text(encoding="utf-8")
    cut = scoreboard.cut_below_header(decision)
    assert cut is not None and cut.lstrip(" |*\n").startswith("QUYẾT ĐỊNH")
    assert "Số:" not in cut[:300] and "CỘNG HÒA" not in cut
    assert scoreboard.cut_below_header((scoreboard.DOCS / "295_cv-6278-bvhttdl.txt").read_text()) is None
    score = scoreboard.issuer_cut_away(tmp_path, scoreboard.DOCS)
    assert (score.correct, score.total) == (1, 1)


def test_an_issuer_compares_with_or_without_its_place_level():
    from vanban.pipeline.evaluate import _header_equal

    assert _header_equal("issuer", "Sở Tài chính tỉnh Thanh Hóa", "Sở Tài chính Thanh Hóa")
    assert _header_equal("issuer", "Sở Giáo dục và Đào tạo Hà Nội", "Sở GD&ĐT thành phố Hà Nội")
    assert not _header_equal("issuer", "UBND tỉnh", "UBND")
    assert not _header_equal("issuer", "Sở Y tế Hà Nội", "Sở Y tế Nghệ An")


def test_the_probe_sets_gold_stands_in_its_documents():
    # tests/gold/probe: documents written for the project, scored by make eval (column "probe")
    root = Path(__file__).resolve().parent / "gold" / "probe"
    golds = sorted((root / "gold").glob("*.json"))
    assert len(golds) == len(list((root / "docs").glob("*.txt"))) >= 95
    for gold_file in golds:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (root / "docs" / gold["doc"]).read_text(encoding="utf-8")
        assert gold["assignments"], gold_file.name
        for item in gold["assignments"]:
            assert item["text"] in text, (gold_file.name, item["text"][:60])
            assert item["body"], (gold_file.name, item["text"][:60])


def test_the_provinces_and_centrally_run_cities_are_the_provinces_and_cities():
    """Real 033 (a Công điện of the Prime Minister to every province): its items name
    ``Chủ tịch Ủy ban nhân dân các tỉnh, thành phố``, which its opening calls ``… các
    tỉnh, thành phố trực thuộc Trung ương`` and its gold writes so: the same bodies, as
    the scorer compares them; a province's neighbours (``các tỉnh lân cận``) stay apart."""
    full = "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ; Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương"
    short = "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"
    assert norm_body(full) == norm_body(short)
    assert norm_body("UBND các tỉnh lân cận") != norm_body("UBND các tỉnh")


def test_a_courtesy_anaphor_with_its_referent_matches_either_name(tmp_path):
    """ANNOTATION.md: a body is "expanded or kept as written": ``Quý Ủy ban (Ủy ban nhân
    dân các tỉnh, thành phố trực thuộc Trung ương)`` (the second annotators of probe
    batches 43-44) is the anaphor as written and its referent: either matches; another
    body does not."""
    clause = "Bộ Nông nghiệp và Môi trường đề nghị Quý Ủy ban chỉ đạo các cơ quan chuyên môn thực hiện."
    document = "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n" + clause + "\n"
    gold = "Quý Ủy ban (Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương)"
    runs = iter(range(10))

    def scored(gold_body: str, pred_body: str) -> int:
        return _one_clause_scored(tmp_path / str(next(runs)), document, clause, gold_body, pred_body)[0]

    assert scored(gold, "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương") == 1
    assert scored(gold, "Quý Ủy ban") == 1
    assert scored(gold, "Sở Y tế") == 0
