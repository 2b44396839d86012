"""Assignments: who is tasked with what, by when — on real clauses of the seeds and the dev set."""

from __future__ import annotations

import collections
import io
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED
from vanban.extractors import assignments
from vanban.extractors.assignments import VERSION, find_assignments
from vanban.extractors.bodies.names import find_bodies
from vanban.extractors.context import DocumentContext
from vanban.extractors.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
DEV = SHARED / "eval" / "dev"
SEED_NOTICE = ROOT / "corpus" / "seeds" / "000_fe83d079ad149f76.txt"


def _context(text: str, issue_date: str | None = None) -> DocumentContext:
    base = DocumentContext(issue_date=issue_date)
    return DocumentContext(issue_date=issue_date, dates=tuple(find_dates(text, base)))


def _run(text: str, issue_date: str | None = None):
    facts = find_assignments(text, _context(text, issue_date))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return facts


def _bodies(facts) -> list[str]:
    return [f.body for f in facts]


def test_version_is_a_string():
    assert isinstance(VERSION, str)


# --------------------------------------------------------------------------
# The seed notice (Thông báo 48/TB-UBND): every tasked body, as the gold has them.


@pytest.fixture(scope="module")
def seed_facts():
    text = SEED_NOTICE.read_text("utf-8")
    return text, _run(text, "2017-09-28")


def test_seed_notice_bodies(seed_facts):
    _, facts = seed_facts
    assert collections.Counter(_bodies(facts)) == collections.Counter(
        {
            "Trung tâm Dân số-KHHGĐ": 3,  # the text has the OCR spelling "KHHGD"
            "Phòng Giáo dục": 1,
            "UBND các xã, thị trấn": 2,
            "Phòng Tài chính Kế hoạch": 1,
            "Các cơ quan, ban, ngành, UBND các xã, thị trấn": 1,
            "Trung tâm Dân số": 1,
            "Phòng Nội vụ": 1,
            "Văn phòng UBND huyện": 1,
        }
    )


def test_seed_notice_roles_partners_deadline(seed_facts):
    _, facts = seed_facts
    first = next(f for f in facts if f.text.startswith("Trung tâm Dân số-KHHGD phối hợp với Phòng"))
    assert first.role == "coordinate"
    assert first.partners == ("Phòng Văn hóa Thông tin",)
    assert first.canonical_body == "Trung tâm Dân số-KHHGĐ"
    # "Phối hợp với …" continues the Trung tâm's tasks; its partners are not tasked themselves.
    third = next(f for f in facts if f.text.startswith("Phối hợp với Phòng Giáo dục"))
    assert third.body == "Trung tâm Dân số-KHHGĐ"
    assert third.partners == ("Phòng Giáo dục", "Đoàn Thanh niên", "Hội Phụ nữ", "Hội Người cao tuổi")
    advise = next(f for f in facts if f.body == "Phòng Tài chính Kế hoạch")
    assert advise.role == "advise"
    assert advise.canonical_body == "Phòng Tài chính-Kế hoạch"
    funds = next(f for f in facts if f.text.startswith("UBND các xã, thị trấn, từ năm 2018"))
    assert funds.deadline == "2017-Q4"  # "cần bổ sung thêm trong quý 4/2017"
    assert "bố trí kinh phí" in funds.task
    # Two tasked clauses in one sentence: the first ends where the second begins.
    education = next(f for f in facts if f.body == "Phòng Giáo dục")
    assert education.text == (
        "Sau hội nghị, yêu cầu Phòng Giáo dục có văn bản chỉ đạo các trường THCS, TH, MN "
        "nghiêm túc triển khai thực hiện chính sách dân số-KHHGD"
    )


def test_seed_notice_negatives(seed_facts):
    text, facts = seed_facts
    spans = [(f.start, f.end) for f in facts]
    # Attendees, the meeting chair's past action, the umbrella request ending with ":", Nơi nhận.
    for phrase in (
        "Tham dự cuộc họp",
        "đã chủ trì Hội nghị",
        "đề nghị các cơ quan, ban, ngành, đoàn thể",
        "TT Huyện ủy",
        "Ủy ban MTTQ, các tổ chức đoàn thể huyện",
    ):
        at = text.index(phrase)
        assert not any(start <= at < end for start, end in spans), phrase


# --------------------------------------------------------------------------
# Clauses from the dev documents


def test_news_directive_with_partners_and_deadline():
    text = (
        "Cụ thể, Chủ tịch UBND tỉnh giao Sở GD&ĐT phối hợp với UBND TX An Nhơn, UBND huyện Phù Cát và các "
        "cơ quan, đơn vị liên quan kiểm tra nội dung thông tin báo chí phản ánh, nghiêm khắc xử lý trách nhiệm "
        "đối với các tập thể, cá nhân liên quan (nếu có); báo cáo Thường trực Tỉnh ủy và UBND tỉnh trước "
        "ngày 5.5."
    )
    [fact] = _run(text, "2025-04-23")
    assert fact.body == "Sở GD&ĐT"
    assert fact.canonical_body == "Sở Giáo dục và Đào tạo"
    assert fact.partners == ("UBND TX An Nhơn", "UBND huyện Phù Cát", "các cơ quan, đơn vị liên quan")
    assert fact.deadline == "2025-05-05"
    assert fact.assignment_kind == "clause"


def test_request_to_a_place_in_news():
    text = (
        "Người đứng đầu chính quyền tỉnh cũng yêu cầu huyện Vân Canh tập trung giải quyết dứt điểm các phần "
        "việc của huyện còn tồn đọng, dở dang."
    )
    [fact] = _run(text, "2025-04-20")
    assert fact.body == "huyện Vân Canh"
    assert fact.task.startswith("tập trung giải quyết dứt điểm")


def test_lead_with_partners():
    text = (
        "Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến chỉ đạo như sau:\nBộ Nông nghiệp và Môi\ntrường chủ "
        "trì, phối hợp với Bộ Tư pháp và các cơ quan có liên quan nghiên cứu\nkiến nghị của Hiệp hội Thức ăn "
        "Chăn nuôi tại văn bản nêu trên.\nVăn phòng Chính phủ\nthông báo để Bộ Nông nghiệp và Môi trường và "
        "các cơ quan có liên quan biết,\nthực hiện./."
    )
    facts = _run(text, "2025-11-18")
    # The closing "Văn phòng Chính phủ thông báo để … biết" counts only in a Thông báo.
    assert _bodies(facts) == ["Bộ Nông nghiệp và Môi trường"]
    assert facts[0].role == "lead"
    assert facts[0].partners == ("Bộ Tư pháp", "các cơ quan có liên quan")


PLAN_AFTER_SIGNATURE = """QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện chuyển đổi số năm 2024.
Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                     KT. CHỦ TỊCH
- Như Điều 2;                                 PHÓ CHỦ TỊCH
- Lưu: VT, KT.                                Lý Thanh An

KẾ HOẠCH
Thực hiện chuyển đổi số năm 2024
(Ban hành kèm theo Quyết định số 27/QĐ-UBND ngày 12 tháng 3 năm 2024 của UBND tỉnh)

I. MỤC ĐÍCH, YÊU CẦU
Sở Nội vụ đã triển khai kế hoạch năm trước.
II. TỔ CHỨC THỰC HIỆN
1. Trung tâm Kiểm soát bệnh tật tỉnh có trách nhiệm tuyên truyền đến người dân.
2. Giao Sở Tài chính bố trí kinh phí, hoàn thành trước ngày 30/6/2024.
3. Các sở, ban, ngành tỉnh tham mưu UBND tỉnh tổng hợp kết quả.

Nơi nhận:
- Lưu: VT.
"""


def test_plan_issued_with_a_decision_after_its_signature():
    facts = _run(PLAN_AFTER_SIGNATURE, "2024-03-12")
    assert _bodies(facts) == [
        "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài chính",
        "Trung tâm Kiểm soát bệnh tật tỉnh",
        "Sở Tài chính",
        "Các sở, ban, ngành tỉnh",
    ]
    assert [f.role for f in facts[1:]] == ["execute", "execute", "advise"]
    assert facts[2].deadline == "2024-06-30"
    # The plan's report of a past action is not a task, and the heading is no part of a clause.
    assert not any("Sở Nội vụ" in f.body for f in facts)
    assert facts[1].text.startswith("Trung tâm Kiểm soát")


def test_section_heading_without_full_stop_ends_its_block():
    text = (
        "KẾ HOẠCH\nI. MỤC ĐÍCH\nNâng cao hiệu quả.\nIV. TỔ CHỨC THỰC HIỆN\n"
        "Phòng Nội vụ chủ trì, phối hợp với Công an huyện đánh giá kết quả thực hiện.\n"
        "2. Nhiệm vụ cụ thể\nPhòng Y tế tham mưu UBND huyện thẩm định hồ sơ.\n"
    )
    facts = _run(text, "2024-03-12")
    assert _bodies(facts) == ["Phòng Nội vụ", "Phòng Y tế"]
    assert facts[0].text.startswith("Phòng Nội vụ chủ trì")
    assert facts[0].partners == ("Công an huyện",)


def test_appendix_table_cells_after_the_signature_are_not_clauses():
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Giao Sở Y tế kiểm tra các cơ sở.\n\nNơi nhận:\n- Lưu: VT.\n\nPHỤ LỤC\n"
        "(Kèm theo Quyết định số 5/QĐ-UBND)\n|\nCác trường phổ thông.\n|\n"
        "Ủy ban nhân dân phường, xã quyết định thành lập đoàn kiểm tra.\n|\n"
    )
    assert _bodies(_run(text, "2024-03-12")) == ["Sở Y tế"]


def test_bodies_separated_by_semicolons_get_one_fact_each():
    text = (
        "Nhằm đảm bảo sức khỏe cho học sinh, Sở\nGiáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị, "
        "cơ sở giáo dục\ntrực thuộc thực hiện nghiêm túc theo văn bản chỉ đạo của UBND Thành phố, chủ\nđộng "
        "điều chỉnh lịch học tập và sinh hoạt ngoài trời. Cụ thể:\n- Thường xuyên cập nhật thông tin.\n"
        "Sở\nGiáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./."
    )
    facts = _run(text, "2025-12-03")
    assert _bodies(facts) == ["UBND các xã, phường", "các đơn vị, cơ sở giáo dục trực thuộc"]
    # Each fact's text is the clause as written (ANNOTATION.md: one entry per body, or
    # one entry listing them all), the second body's too: the scorer pairs them with
    # one gold entry that lists both
    assert len({(f.start, f.end) for f in facts}) == 1
    assert facts[1].text.startswith(
        "Nhằm đảm bảo sức khỏe cho học sinh, Sở\nGiáo dục và Đào tạo đề nghị UBND"
    )


def test_bodies_of_semicolon_groups_share_the_clause_and_match_one_listing_entry():
    """Probe ab01 (a regulation's execution article): two ";"-groups before one duty
    are a fact each over the whole clause, and a gold entry listing both matches them."""
    from vanban.pipeline.evaluate import evaluate

    clause = (
        "1. Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường có trách "
        "nhiệm tổ chức triển khai, thực hiện Quy chế này."
    )
    text = "QUY CHẾ\n\nĐiều 9. Tổ chức thực hiện\n\n" + clause + "\n"
    facts = _run(text)
    sentence = clause.removeprefix("1. ")
    assert [(f.body, f.text) for f in facts] == [
        ("Thủ trưởng các sở, ban, ngành", sentence),
        ("Chủ tịch Ủy ban nhân dân các xã, phường", sentence),
    ]
    gold = {
        "doc": "d.txt",
        "assignments": [
            {"text": clause, "body": "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường"}
        ],
    }
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "d.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        (Path(folder) / "d.txt").write_text(text, encoding="utf-8")
        report = evaluate(
            Path(folder),
            Path(folder),
            lambda p: {"text": text, "header": {}, "facts": [f.to_dict() for f in facts]},
            ("assignment",),
        )
    score = report.kinds["assignment"]
    assert (score.tp, score.n_gold, score.n_pred) == (2, 2, 2)


def test_numbered_giao_heading_with_bullets():
    text = (
        "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n**1. Giao người đứng đầu các\ncơ quan "
        "chuyên môn,** **các đơn vị sự nghiệp công\nlập; Chủ tịch** **Ủy ban nhân dân các xã, phường\nvà đặc "
        "khu**\n- Tiếp tục triển khai việc cập\nnhật cơ sở dữ liệu và hoàn thành 100% **trước ngày 06 tháng 12 "
        "năm 2025**.\n- Chịu trách nhiệm về bảo mật.\n**2. Giao Sở Nội vụ**\n- Tiếp tục phối hợp với Trung\n"
        "tâm Chuyển đổi số Thành phố đảm bảo hạ tầng.\n- Tham mưu Ủy ban nhân dân\nThành phố đánh giá.\n"
        "Đề nghị các cơ quan, đơn vị khẩn\ntrương triển khai, thực hiện./."
    )
    facts = _run(text, "2025-11-28")
    assert _bodies(facts) == [
        "người đứng đầu các cơ quan chuyên môn, các đơn vị sự nghiệp công lập",
        "Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu",
        "Sở Nội vụ",
    ]
    assert [f.deadline for f in facts] == ["2025-12-06", "2025-12-06", None]
    assert facts[2].text == "2. Giao Sở Nội vụ"
    assert facts[2].task.startswith("Tiếp tục phối hợp với Trung tâm Chuyển đổi số")
    assert facts[2].partners == ("Trung tâm Chuyển đổi số Thành phố",)


def test_execution_clause_lists_every_addressee():
    text = (
        "**Điều 2. **Quyết định này có hiệu lực thi hành\nkể từ ngày ký.\n**Điều 3. **Chánh Văn phòng UBND "
        "tỉnh, Giám đốc\nSở Nông nghiệp và Môi trường, Giám đốc Trung tâm Phục vụ hành chính công tỉnh\nvà các "
        "tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."
    )
    [fact] = _run(text, "2025-11-18")
    assert fact.assignment_kind == "execution_clause"
    assert fact.body == (
        "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Giám đốc Trung tâm "
        "Phục vụ hành chính công tỉnh; các tổ chức, cá nhân có liên quan"
    )
    assert fact.role == "execute"


def test_execution_clause_with_semicolons_keeps_its_parts():
    text = (
        "**Điều 4. Tổ chức thực hiện**\n1. Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì,\nphối hợp với các "
        "cơ quan, đơn vị liên quan tổ chức triển khai thực hiện Quyết định\nnày.\n2. Chánh Văn phòng Ủy ban "
        "nhân dân tỉnh; Giám đốc\ncác Sở: Dân tộc và Tôn giáo, Nội vụ và các sở, ban, ngành; Chủ tịch Ủy ban "
        "nhân\ndân các xã, phường, đặc khu; Thủ trưởng các cơ quan, đơn vị có liên quan chịu\ntrách nhiệm thi "
        "hành Quyết định này./."
    )
    facts = _run(text, "2025-11-25")
    assert [(f.body, f.role, f.assignment_kind) for f in facts] == [
        ("Sở Dân tộc và Tôn giáo", "lead", "clause"),
        (
            "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở Dân tộc và Tôn giáo, Nội vụ và các sở, ban, "
            "ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu; Thủ trưởng các cơ quan, đơn vị có liên quan",
            "execute",
            "execution_clause",
        ),
    ]


def test_appendix_task_table_rows():
    # The cell layout of TVPL scrapes (one cell per line block between "|" lines), rows of TB 624/TB-VPCP.
    text = (
        "|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Văn bản giao\nnhiệm vụ**\n|\n**Cơ quan chủ trì\nthực hiện**\n|\n"
        "**Thời hạn hoàn\nthành**\n|\n|\n1.\n|\nRà soát các quy định pháp luật để tháo gỡ kịp thời\ncác điểm "
        "nghẽn\n|\nNghị quyết số 71/NQ-CP\n|\nCác bộ, ngành\n|\n30/06/2025\n|\n|\n2.\n|\nXây dựng Luật Thuế "
        "thu nhập cá nhân (thay thế)\n|\nNghị quyết số 71/NQ-CP\n|\nBộ Tài chính\n|\n31/10/2025\n|\n|\n3.\n|\n"
        "Xây dựng kế hoạch chuyển đổi số\n|\nKế hoạch 02\n|\nCác địa phương\n|\nThường xuyên\n|\n"
    )
    facts = _run(text, "2025-11-16")
    assert [(f.body, f.deadline, f.assignment_kind) for f in facts] == [
        ("Các bộ, ngành", "2025-06-30", "table_row"),
        ("Bộ Tài chính", "2025-10-31", "table_row"),
        ("Các địa phương", None, "table_row"),
    ]
    assert facts[1].text == "Xây dựng Luật Thuế thu nhập cá nhân (thay thế)"
    # Section rows ("| I | CẢI CÁCH THỂ CHẾ |", merged cells) between the rows: the row
    # after each one is read whole (issue 12: it was lost, its cells shifted).
    sectioned = text.replace("|\n|\n1.\n", "|\n|\n**I**\n|\n**CẢI CÁCH THỂ CHẾ**\n|\n|\n1.\n").replace(
        "|\n|\n3.\n", "|\n|\n**II**\n|\n**CHUYỂN ĐỔI SỐ**\n|\n|\n3.\n"
    )
    assert sectioned.count("CẢI CÁCH") == 1 and sectioned.count("CHUYỂN ĐỔI SỐ") == 1
    assert [(f.body, f.deadline) for f in _run(sectioned, "2025-11-16")] == [
        (f.body, f.deadline) for f in facts
    ]


@pytest.mark.parametrize(
    "text",
    [
        # past action inside a news report (dev 046)
        "Với bề dày kinh nghiệm công tác, đồng chí Võ Hữu Thiện đã cùng với tập thể lãnh đạo Sở Xây dựng tham "
        "mưu UBND tỉnh lãnh đạo, chỉ đạo thực hiện có hiệu quả các nhiệm vụ.",
        # who attended
        "Dự buổi gặp mặt có các đồng chí: Nguyễn Tự Công Hoàng - Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo Sở "
        "Nội vụ, Văn phòng UBND tỉnh.",
        # a citation of who proposed, and a past directive
        "Theo đề nghị của Giám đốc Sở\nNội vụ tại Tờ trình số 9807/TTr-SNV ngày 25 tháng 11 năm 2025;",
        "Chủ tịch Ủy ban nhân dân Thành phố đã chỉ\nđạo các cơ quan, đơn vị khẩn trương hoàn thành việc cập nhật.",
        # the speaker's own plans
        "Ông Huỳnh Nam, Chủ tịch UBND huyện Tuy Phước, cho hay: chúng tôi tin tưởng sẽ hoàn thành mục tiêu.",
        "Tới đây, UBND tỉnh sẽ giao Sở Xây dựng rà soát lại các dự án.",
        # the closing formula that names no task
        "Đề nghị các cơ quan, đơn vị khẩn\ntrương triển khai, thực hiện./.",
        # ongoing work reported in news (dev 052)
        "lãnh đạo Sở GD&ĐT cho biết, hiện phòng GD&ĐT của 2 địa phương đang phối hợp cùng các đơn vị liên quan "
        "xác minh.",
    ],
)
def test_not_assignments(text):
    assert _run(text, "2025-04-23") == []


def test_recipients_are_not_assignments():
    text = (
        "Giao Sở Nội vụ tổng hợp, báo cáo.\nNơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- Trung tâm Chuyển đổi số "
        "Thành phố;\n- Lưu: VT."
    )
    assert _bodies(_run(text)) == ["Sở Nội vụ"]


# --------------------------------------------------------------------------
# The dev set, scored as `vanban eval` scores it (keyed by the body as norm_body compares it)


def test_dev_set_body_f1():
    gold_dir = DEV / "gold"
    if not gold_dir.exists():
        pytest.skip(f"{gold_dir} not available")
    from vanban.extractors.header.fields import find_header
    from vanban.pipeline.evaluate import norm_body
    from vanban.pipeline.normalize import normalize_text

    tp = n_gold = n_pred = 0
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        raw = (DEV / "docs" / gold["doc"]).read_bytes().decode("utf-8-sig")
        text = normalize_text(raw).text
        facts = _run(text, find_header(text).issue_date)
        g = collections.Counter(norm_body(a["body"]) for a in gold["assignments"])
        p = collections.Counter(norm_body(f.body) for f in facts)
        tp += sum((g & p).values())
        n_gold += sum(g.values())
        n_pred += sum(p.values())
    precision, recall = tp / n_pred, tp / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.9


# --------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Giao",
        "giao",
        "yêu cầu",
        "đề nghị",
        "Sở Nội vụ",
        "Phòng Giáo dục",
        "UBND các xã, thị trấn",
        "chủ trì",
        "phối hợp với",
        "tham mưu",
        "có trách nhiệm",
        "chịu trách nhiệm thi hành Quyết định này",
        "Phối hợp với",
        "trước ngày 15/12/2025",
        "trong quý 4/2017",
        ";",
        ",",
        ".",
        ":",
        "\n",
        "\n\n",
        "|",
        "**",
        "- ",
        "1. ",
        "Điều 3.",
        "Nơi nhận:",
        "THÔNG BÁO",
        "thông báo để",
        "biết",
        "đã",
        "sẽ",
        "các cơ quan, đơn vị",
        "STT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Thời hạn",
        "2025",
        "kết luận như sau:",
        "Văn phòng UBND huyện",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_never_crashes_and_offsets_slice_exactly(text):
    for fact in find_assignments(text):
        assert text[fact.start : fact.end] == fact.text
        assert 0 <= fact.start <= fact.end <= len(text)
        assert fact.body
        assert fact.assignment_kind in ("clause", "execution_clause", "table_row")
        assert fact.role in ("lead", "coordinate", "advise", "execute")


# --------------------------------------------------------------------------
# The shortcuts that spare regular expression scans find what the scans find.


def _every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_lower_case_finds_every_verb_the_case_insensitive_pattern_finds():
    # _Occurrences looks for the verbs' first words in the lower-cased text.
    every = _every_character()
    for letter in sorted(set("".join(assignments.VERB_FIRST_WORDS))):
        for match in regex.finditer(regex.escape(letter), every, regex.I):
            char = match.group()
            assert char.lower() == letter or len(char.lower()) > 1, (letter, char)


def test_execution_patterns_open_with_their_first_words():
    words = assignments._EXECUTION_FIRST_WORDS
    assert words
    for text in (
        "Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.",
        "căn cứ Quyết định thi hành",
        "có trách nhiệm thực hiện Nghị quyết",
        "thi hành Nghị quyết này",
    ):
        match = assignments._EXECUTION.search(text)
        assert match and text.startswith(words, match.start())


def _line_texts() -> list[str]:
    rnd = random.Random(5)
    pieces = [
        "\n",
        " ",
        "\n\n",
        "  (",
        "*",
        "KT.",
        "KT ",
        "TM.",
        "TM",
        "Q.",
        "Nơi nhận",
        "NƠI NHẬN:",
        "Kính gửi:",
        "Ban hành kèm theo",
        "kèm theo",
        "Kèm",
        "THÔNG BÁO",
        "x",
        "Ban",
        "\t",
        "(*",
        "TUQ.",
        "KTX",
        "TỔ CHỨC",
        "QUYẾT ĐỊNH",
        "Tổ chức thực hiện",
        "Điều 3. Tổ chức thực hiện",
        ":",
    ]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]


def test_line_patterns_find_what_their_regular_expressions_find():
    data = assignments._DATA
    plain = {
        assignments._SIGNATURE: regex.compile(
            r"^\s*(?:" + assignments._alt(data["signature_prefixes"]) + r")", regex.M
        ),
        assignments._RECIPIENTS: regex.compile(
            r"^\s*(?:" + assignments._alt(data["recipients_labels"]) + r")[ \t]*(?::|$)", regex.M
        ),
        assignments._APPENDED: regex.compile(
            r"^[\s(*_]*(?:" + assignments._alt(data["appended_cues"]) + r")(?![\p{L}])", regex.M
        ),
        assignments._NOTICE_TYPE: regex.compile(
            r"^\s*(?:" + assignments._alt(data["notice_types"]) + r")\s*$", regex.M
        ),
    }
    rnd = random.Random(7)
    for text in _line_texts():
        for pos in (0, rnd.randint(0, len(text))):
            for fast, slow in plain.items():
                assert [m.span() for m in fast.finditer(text, pos)] == [
                    m.span() for m in slow.finditer(text, pos)
                ]


def test_openings_match_what_their_regular_expressions_match():
    data = assignments._DATA
    heading = regex.compile(r"^\s*(?:" + "|".join(data["directive_headings"]) + r")\s*:?\s*$")
    address = regex.compile(r"^\s*(?:" + assignments._alt(data["address_labels"]) + r")\s*:")
    for text in _line_texts():
        for start in (text, text.lstrip(), text.strip(" *#")):
            assert bool(assignments._DIRECTIVE_HEADING.match(start)) == bool(heading.match(start))
            assert bool(assignments._ADDRESS.match(start)) == bool(address.match(start))


@pytest.mark.slow
def test_no_marker_opens_with_a_letter_ruled_out():
    for char in _every_character():
        if not assignments._may_open_marker(char):
            for rest in ("", " ", ". ", ") ", "1. ", "ều 1. "):
                assert not assignments._MARKER_AT.match(char + rest), char


def test_no_abbreviation_ends_with_a_lower_case_letter_ruled_out():
    for char in _every_character():
        if char.islower() and char not in assignments._ABBREV_LOWER_ENDS:
            for before in ("", " ", "(", " T", "Th", " v.", "Điều ", " 1", "Tp"):
                for after in ("", "\n"):
                    assert not assignments._ABBREV_BEFORE_DOT.match(before + char + after), char


def test_a_heading_marked_only_by_bold_assigns_the_paragraph_below():
    """Word and web copies mark headings with bold alone (``**Giao X**``, as the
    readers write it); the paragraph under such a heading is that body's task."""
    text = (
        "Chủ tịch UBND huyện kết luận và giao nhiệm vụ như sau:\n\n"
        "**Giao Phòng Y tế huyện**\n\n"
        "Tham mưu UBND huyện kế hoạch truyền thông về mất cân bằng giới tính khi sinh, "
        "hoàn thành trước ngày 30/6/2024.\n\n"
        "**Giao Trung tâm Y tế huyện**\n\n"
        "Tổ chức tư vấn sức khỏe sinh sản cho vị thành niên tại các trường học.\n"
    )
    found = find_assignments(text, _context(text, "2024-03-05"))
    assert [(f.body, f.task.split(",")[0], f.deadline) for f in found] == [
        (
            "Phòng Y tế huyện",
            "Tham mưu UBND huyện kế hoạch truyền thông về mất cân bằng giới tính khi sinh",
            "2024-06-30",
        ),
        (
            "Trung tâm Y tế huyện",
            "Tổ chức tư vấn sức khỏe sinh sản cho vị thành niên tại các trường học",
            None,
        ),
    ]


# --- shapes of plans and Công điện seen on unseen documents (corpus/tvpl, train part) ---


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(f.body, f.deadline) for f in find_assignments(text, DocumentContext(issue_date="2025-11-20"))]


def test_a_wrapped_heading_and_a_marker_alone_on_its_line():
    # 327_kh-0130-ubnd-dak-lak: TVPL wraps "V. TỔ CHỨC THỰC HIỆN" and "1. Sở Y tế:"
    text = (
        "**V. TỔ\nCHỨC THỰC HIỆN**\n\n**1.\nSở Y tế:**\n\n- Chủ trì triển khai kế\n"
        "hoạch; hướng dẫn chuyên môn; phân bổ hóa chất.\n\n- Tổng hợp báo cáo UBND tỉnh.\n\n"
        "**2.\nSở Tài chính:**\n\n- Tham mưu bố trí kinh phí thực hiện.\n"
    )
    assert [b for b, _ in _found(text)] == ["Sở Y tế", "Sở Tài chính"]


def test_an_aside_between_bodies_and_their_verb():
    # 368_cd-226-ttg: "theo chức năng, nhiệm vụ, thẩm quyền" and "được giao" are no passive
    text = (
        "Thủ tướng Chính phủ yêu cầu các Bộ trưởng tập trung thực hiện ngay các nhiệm vụ, giải pháp sau:\n"
        "**2.** Bộ Quốc phòng, Bộ Công an theo chức năng, nhiệm vụ, thẩm quyền\n"
        "chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương:\n"
        "a) Rà soát các mặt hàng dự trữ quốc gia thuộc lĩnh vực quản lý.\n"
        "**6.** Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện.\n"
    )
    bodies = [b for b, _ in _found(text)]
    assert "Văn phòng Chính phủ" in bodies
    assert "Bộ Quốc phòng, Bộ Công an" in bodies or {"Bộ Quốc phòng", "Bộ Công an"} <= set(bodies)


def test_a_labelled_lead_line_takes_the_task_above_and_the_time_below():
    # 335_kh-308-ubnd-hanoi
    text = (
        "**III. NHIỆM VỤ CỤ THỂ**\n\n**1.1. Xây\ndựng các Chiến lược triển khai của thành phố:**\n\n"
        "a) Nhiệm vụ: Tham mưu UBND\nThành phố phối hợp với Bộ Công an rà soát, hoàn thiện Chiến lược dữ liệu.\n\n"
        "b) Cơ quan thực hiện:\n\n- Đơn vị chủ trì: Sở Khoa học\nvà Công nghệ.\n\n"
        "- Đơn vị phối hợp: Các Sở, ban,\nngành.\n\nc) Thời gian thực hiện: Hoàn\nthành trong năm 2025.\n"
    )
    [fact] = find_assignments(text, DocumentContext(issue_date="2025-11-20"))
    assert (fact.body, fact.role, fact.deadline) == ("Sở Khoa học và Công nghệ", "lead", "2025")
    assert fact.task.startswith("Nhiệm vụ: Tham mưu UBND")


def test_a_body_after_a_long_introductory_phrase_and_a_relayed_task():
    # 322_kh-159-ubnd-can-tho: the request, and the body the reports go to
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\nTrong quá trình tổ chức thực hiện,\nnếu có khó khăn, vướng mắc vượt thẩm quyền, "
        "đề nghị các cơ quan, đơn vị kịp thời\nphản ánh về Sở Nông nghiệp và Môi trường tổng hợp, báo cáo Ủy ban nhân dân\n"
        "thành phố xem xét, quyết định./.\n"
    )
    assert [b for b, _ in _found(text)] == ["các cơ quan, đơn vị", "Sở Nông nghiệp và Môi trường"]
    text = "QUYẾT ĐỊNH:\n\nTrong quá trình thực hiện, nếu có vướng mắc, Sở Tư pháp tổng hợp, báo cáo UBND tỉnh.\n"
    assert [b for b, _ in _found(text)] == ["Sở Tư pháp"]


def test_the_whole_task_is_kept_with_its_deadline_clause():
    long_task = (
        "rà soát, tổng hợp danh sách các cơ sở giáo dục, cơ sở y tế và các công trình công cộng "
        "bị ảnh hưởng bởi mưa lũ trên địa bàn, đề xuất phương án hỗ trợ khắc phục hậu quả, "
        "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025"
    )
    text = f"QUYẾT ĐỊNH:\n\nGiao Sở Tài chính chủ trì, {long_task}.\n"
    [fact] = find_assignments(text, DocumentContext(issue_date="2025-11-20"))
    assert len(fact.task) > 160 and fact.task.endswith("trước ngày 15/12/2025")
    assert "…" not in fact.task and fact.deadline == "2025-12-15"


def test_a_province_as_the_actor_of_a_conclusion():
    # 308_tb-623-vpcp: "tỉnh Đắk Lắk cần …" after an introductory phrase
    text = (
        "II. KẾT LUẬN\n\nTuy nhiên, bên cạnh những kết quả tích cực đã đạt được, tỉnh Đắk Lắk cần "
        "tiếp tục khắc phục những hạn chế.\n"
    )
    assert [b for b, _ in _found(text)] == ["tỉnh Đắk Lắk"]
    # a place that is not followed by a modal is no actor
    assert _found("II. KẾT LUẬN\n\nTại tỉnh Đắk Lắk, mưa lũ gây thiệt hại lớn.\n") == []


def test_a_decisions_authority_line_is_no_heading_of_tasks():
    # 210_qd-3621-byt: "BỘ TRƯỞNG BỘ Y TẾ" over "Căn cứ …" (seen on documents outside the gold)
    text = (
        "**QUYẾT ĐỊNH**\n\nVỀ VIỆC BAN HÀNH QUY CHẾ\n\n**BỘ TRƯỞNG BỘ Y TẾ**\n\n"
        "*Căn cứ Nghị định số 42/2025/NĐ-CP của Chính phủ;*\n\n**QUYẾT ĐỊNH:**\n\n"
        "**Điều 1.** Ban hành kèm theo Quyết định này Quy chế.\n\n"
        "**Điều 2.** Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm hướng dẫn, theo dõi việc thực hiện.\n"
    )
    assert [b for b, _ in _found(text)] == ["Văn phòng Ủy ban nhân dân tỉnh"]


def test_a_body_named_with_a_qualifier_before_its_verb():
    # 341_kh (plans), 370_cd-230-ttg, 371_cd-231-ttg: the qualifier is part of the body
    cases = {
        "Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công.": (
            "Các cơ quan, đơn vị được giao chủ trì"
        ),
        "Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp với Bộ Quốc phòng theo dõi sát "
        "diễn biến.": "Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia",
        # a generic body without "các", before a verb that opens a task
        "Cơ quan thanh tra khẩn trương hoàn thành việc thanh tra.": "Cơ quan thanh tra",
        "Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố có trách nhiệm rà soát các văn bản.": (
            "Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố"
        ),
    }
    for sentence, body in cases.items():
        assert _bodies(_run("QUYẾT ĐỊNH:\n\n1. " + sentence + "\n")) == [body], sentence
    # after a tasking verb too (294_cv-6225-bvhttdl)
    text = "Bộ yêu cầu Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ tập trung nguồn lực thực hiện.\n"
    assert _bodies(_run(text)) == ["Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"]
    # what follows a name is its verb unless it opens like a qualifier
    assert _bodies(_run("QUYẾT ĐỊNH:\n\n1. Bộ Nội vụ chỉ đạo cơ quan chức năng tiếp tục theo dõi.\n")) == [
        "Bộ Nội vụ"
    ]
    # a generic noun before a label is no subject; nor before a principle ("phải")
    labelled = _run("QUYẾT ĐỊNH:\n\n- Đơn vị phối hợp: Sở Tài chính, Sở Tư pháp.\n")
    assert "Đơn vị" not in _bodies(labelled)
    assert _run("KẾT LUẬN\n\n1. Chính quyền địa phương phải gần dân, vì dân.\n") == []


# --------------------------------------------------------------------------
# Naming the tasked bodies: lists, places, heads outside the old vocabulary
# (real sentences of tests/gold/tvpl/train)


def test_a_list_of_titles_over_their_bodies():
    # 334_kh-624-ubnd-ha-tinh: a title noun ("Thủ trưởng") after a generic run
    # opens the next item, it does not end the list as one more generic noun
    text = (
        "Ủy ban nhân dân tỉnh giao Giám\nđốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh và Chủ tịch "
        "Ủy ban\nnhân dân các xã, phường, các cơ quan liên quan theo chức năng, nhiệm vụ được\ngiao tại kế hoạch "
        "này triển khai thực hiện đảm bảo mục đích, yêu cầu, hiệu quả,\nđúng quy định./.\n"
    )
    assert _bodies(_run(text)) == [
        "Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh và Chủ tịch Ủy ban nhân dân các xã, "
        "phường, các cơ quan liên quan"
    ]
    # 350_nq-380-cp: a bare title shares the body named after the next one
    text = (
        "QUYẾT NGHỊ:\n\n1. Bộ trưởng, Thủ trưởng cơ\nquan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân "
        "dân các tỉnh,\nthành phố trực thuộc trung ương tập trung quán triệt, khẩn trương tổ chức triển\nkhai "
        "đồng bộ các giải pháp.\n"
    )
    assert _bodies(_run(text)) == [
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố trực thuộc trung ương"
    ]
    # 367_cd-224-ttg: a company's board, and head words that name no body here
    # are generic nouns of the list ("các Tập đoàn, Tổng Công ty")
    text = (
        "Thủ tướng Chính phủ yêu cầu:\n**1.** Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ,\ncơ quan thuộc Chính "
        "phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc\nTrung ương, Chủ tịch Hội đồng thành "
        "viên, Tổng giám đốc các Tập đoàn, Tổng Công\nty, đơn vị liên quan *tiếp tục nâng cao tinh thần trách "
        "nhiệm* khẩn\ntrương chỉ đạo các cơ quan, đơn vị.\n"
    )
    assert _bodies(_run(text)) == [
        "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các "
        "tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, "
        "Tổng Công ty, đơn vị liên quan"
    ]


def test_a_numbered_body_heading_over_a_paragraph_that_opens_with_can_cu():
    # 322_kh-159-ubnd-can-tho: "Căn cứ" below a numbered heading is no authority line
    text = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n**2. Sở Tài chính**\n\nCăn cứ chức năng, nhiệm vụ,\nphối hợp với các cơ "
        "quan, đơn vị liên quan triển khai thực hiện Kế hoạch theo\nquy định.\n\n**3. Sở Y tế**\n\nTheo dõi.\n"
    )
    assert _bodies(_run(text))[:1] == ["Sở Tài chính"]


def test_places_and_lists_of_places_as_the_tasked_bodies():
    # 309_tb-627-vpcp: provinces and cities tasked by name, with or without their
    # own level word, in the directive part; any verb follows them there
    text = (
        "Thủ tướng Chính phủ kết luận như sau:\n\n"
        "a) Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn\ntrương hoàn thiện Báo cáo nghiên cứu tiền khả thi, "
        "hoàn thành trong năm 2025.\n\n"
        "b) Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy\nnhanh tiến độ lập, phê duyệt Báo cáo nghiên cứu "
        "khả thi dự án đường nối sân bay\nGia Bình, hoàn thành trong năm 2025.\n\n"
        "d) Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh\nviệc lựa chọn nhà đầu tư, nhà thầu và các thủ tục "
        "liên quan.\n"
    )
    assert _bodies(_run(text, "2025-11-18")) == [
        "Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng",
        "Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai",
        "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng",
    ]
    # 287_cv-11654-vpcp: a colon list of places after "UBND các tỉnh"
    text = (
        "Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:\nBộ Xây dựng báo cáo Thủ tướng Chính\nphủ "
        "kết quả trước ngày 03 tháng 12 năm 2025. Ủy ban nhân dân các "
        "tỉnh: Ninh\nBình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh các thủ tục theo quy định của\npháp luật "
        "để hỗ trợ tỉnh Hưng Yên đảm bảo nguồn cung vật liệu xây dựng.\n"
    )
    assert "Ủy ban nhân dân các tỉnh Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang" in _bodies(_run(text))
    # 350_nq-380-cp: each place with its level word; "Phòng" of Hải Phòng is no head word
    text = (
        "QUYẾT NGHỊ:\n\nd) Ủy ban nhân dân thành phố Hà\nNội, thành phố Hồ Chí Minh, thành phố Hải Phòng và tỉnh "
        "Quảng Ninh trực tiếp hỗ\ntrợ chi viện về lương thực, thực phẩm cho các\ntỉnh Khánh Hoà, Gia Lai.\n"
    )
    assert _bodies(_run(text)) == [
        "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh, thành phố Hải Phòng và tỉnh Quảng Ninh"
    ]
    # a level word alone after a comma is no place: the list is not read on
    assert _bodies(_run("Giao Ủy ban nhân dân tỉnh, Thành phố tổ chức kiểm tra.\n")) == [
        "Ủy ban nhân dân tỉnh"
    ]


def test_bodies_named_by_heads_outside_the_old_vocabulary():
    cases = {
        # 305_cv-5665-cuc-thue, 299_cv-5363-cuc-thue: a provincial tax office, named with its level
        "Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan\nrà soát hồ sơ thuê đất.": [
            "Thuế tỉnh Lào Cai"
        ],
        "Để bảo đảm việc thu lệ phí trước bạ từ ngày\n01/01/2026, đề nghị các Thuế tỉnh, thành phố khẩn trương "
        "báo cáo, tham mưu UBND tỉnh.": ["các Thuế tỉnh, thành phố"],
        # 325_kh-0125-ubnd-dak-lak: "vận" of Dân vận is no verb after a capital
        "**1. Đề nghị Ban Tuyên giáo và\nDân vận Tỉnh ủy: **Ban hành văn bản chỉ đạo, đôn đốc triển khai.": [
            "Ban Tuyên giáo và Dân vận Tỉnh ủy"
        ],
        # 350_nq-380-cp
        "e) Liên minh Hợp tác xã Việt\nNam và Liên minh Hợp tác xã cấp tỉnh rà soát, nghiên cứu phương án "
        "khoanh nợ.": ["Liên minh Hợp tác xã Việt Nam và Liên minh Hợp tác xã cấp tỉnh"],
        # 309_tb-627-vpcp: an investor, its note in brackets apart; members of a committee
        "Yêu cầu Nhà đầu tư (Tập đoàn Đèo\nCả) rà soát, điều chỉnh lại kế hoạch thi công.": ["Nhà đầu tư"],
        "a) Yêu cầu các bộ, ngành, địa phương, các thành\nviên của Ban Chỉ đạo phải tiếp tục nâng cao hơn nữa "
        "trách nhiệm.": ["các bộ, ngành, địa phương, các thành viên của Ban Chỉ đạo"],
    }
    for sentence, bodies in cases.items():
        assert _bodies(_run("QUYẾT ĐỊNH:\n\n" + sentence + "\n")) == bodies, sentence
    # "Thuế" opening a sentence is no body without its level
    assert _run("QUYẾT ĐỊNH:\n\nThuế giá trị gia tăng áp dụng mức 5%.\n") == []


def test_numbered_headings_that_name_a_department_office_or_subcommittee():
    # 294_cv-6225-bvhttdl: a ministry's own departments (Vụ, Văn phòng Bộ) and a subcommittee
    text = (
        "Trước tình\nhình đó, Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n"
        "**2. Tiểu ban giúp việc Ban Chỉ đạo 934**\n- Thực\nhiện phân công nhiệm vụ kịp thời cho các cơ quan, "
        "đơn vị.\n**3. Vụ Tổ chức cán bộ**\n-\nQuán triệt, hướng dẫn các cơ quan, đơn vị đưa nội dung kết quả "
        "vào đánh giá.\n**4. Văn phòng Bộ**\n- Phối\nhợp với Trung tâm Chuyển đổi số trong việc nhập liệu.\n"
    )
    assert _bodies(_run(text)) == ["Tiểu ban giúp việc Ban Chỉ đạo 934", "Vụ Tổ chức cán bộ", "Văn phòng Bộ"]
    # 336_kh-310-ubnd-hanoi: a provincial management board named by its zones
    text = (
        "**V. TỔ CHỨC\nTHỰC HIỆN**\n\n**1. Ban\nQuản lý các khu công nghệ cao và khu công nghiệp**\n\n- Chủ trì, "
        "phối hợp với các\nSở, Ban, ngành liên quan rà soát hạ tầng thông tin.\n"
    )
    assert _bodies(_run(text))[:1] == ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"]


def test_a_giao_heading_names_its_bodies_not_the_clause_after_them():
    # 344_ct-09-ubnd-can-tho
    text = (
        "QUYẾT ĐỊNH:\n\nd) Giao Ban Quản lý các khu chế\nxuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh "
        "hạ tầng khu chế xuất,\nkhu, cụm công nghiệp có trách nhiệm:\n\n- Đối với các khu, cụm công\nnghiệp đã "
        "được cung cấp nước tập trung, tiếp tục duy trì hoạt động cấp nước.\n"
    )
    assert _bodies(_run(text))[:1] == ["Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ"]


def test_the_issuer_stating_what_it_does_is_not_tasked():
    # 307_cv-1539-thue-vinh-long: the letter's issuer answering, after "có ý kiến như sau:"
    text = (
        "CỤC THUẾ\n**THUẾ TỈNH VĨNH LONG**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 1539/VLO-QLDN3\n*V/v trả lãi tiền vay cho cổ "
        "đông*\n|\n*Vĩnh Long, ngày\n02 tháng 12 năm 2025*\n|\n\n\nThuế tỉnh Vĩnh Long có ý kiến\nnhư sau:\n\n"
        "Căn cứ khoản 2 Điều 49 Luật Quản lý thuế.\n\nThuế tỉnh Vĩnh\nLong trả lời theo nguyên tắc sau:\n\n"
        "Công ty được trừ chi phí lãi vay.\n"
    )
    assert "Thuế tỉnh Vĩnh Long" not in _bodies(_run(text))
    # the same with a department's letter
    text = text.replace("CỤC THUẾ\n**THUẾ TỈNH VĨNH LONG**", "UBND TỈNH VĨNH LONG\n**SỞ TÀI CHÍNH**").replace(
        "Thuế tỉnh Vĩnh\nLong trả lời", "Sở Tài\nchính trả lời"
    )
    assert "Sở Tài chính" not in _bodies(_run(text))


def test_a_label_naming_several_bodies_is_one_fact_listing_them():
    # 317_kh-141-ubnd-bac-ninh: the bodies after the label lead the task together
    text = (
        "III. NHIỆM VỤ CỤ THỂ\n\n- Xây dựng, duy trì thường\nxuyên các chuyên mục, chuyên trang về xây dựng pháp "
        "luật trên báo chí.\n\n*Đơn vị chủ trì thực hiện: *Báo\nvà Phát thanh, Truyền hình tỉnh; Sở Tư pháp, các "
        "cơ quan, đơn vị, địa phương.\n"
    )
    assert _bodies(_run(text)) == [
        "Báo và Phát thanh, Truyền hình tỉnh; Sở Tư pháp, các cơ quan, đơn vị, địa phương"
    ]


def test_a_topic_closed_by_a_colon_before_the_tasked_body():
    # 311_tb-634-vpcp: "N. Về <topic>: <body> <verb> …", the topic long and naming bodies
    text = (
        "Thủ tướng Chính phủ kết luận như sau:\n\n5. Về điều chuyển số vốn dư, không có khả năng giải\nngân trong "
        "năm 2025 (khoảng 1.500 tỷ đồng) từ nguồn vốn hỗ trợ theo chính sách\nđặc thù quy định tại Nghị quyết "
        "số 37/2021/QH15 ngày 13 tháng 11 năm 2021 của\nQuốc hội cho tỉnh Thanh Hóa: Ủy ban nhân dân tỉnh Thanh "
        "Hóa rà soát và khẩn\ntrương thực hiện các giải pháp cụ thể, báo cáo Thủ tướng Chính phủ kết quả thực "
        "hiện trong Quý I năm 2026.\n\n7. Về đề nghị Chính phủ chỉ đạo Bộ Tài chính xem\nxét, bố trí vốn Dự án: "
        "Bộ Tài chính tổng hợp nhu cầu vốn của tỉnh.\n"
    )
    # ("Về đề nghị X …" is the province's request, not a tasking of X)
    assert _bodies(_run(text, "2025-11-20")) == ["Ủy ban nhân dân tỉnh Thanh Hóa", "Bộ Tài chính"]


def test_an_item_naming_its_body_then_its_task_after_a_colon():
    # 343_kh-235-ubnd-thanh-hoa, 324_kh-0124-ubnd-dak-lak
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n2. Sở Tài chính: Căn cứ khả\nnăng cân đối ngân sách, trình cấp có thẩm quyền "
        "phê duyệt kinh phí thực hiện kế\nhoạch trong dự toán đầu năm 2026.\n\n3. UBND các xã, phường: Phối hợp\n"
        "với Sở Nông nghiệp và Môi trường triển\nkhai Kế hoạch đã được phê duyệt.\n\n**3. Sở Văn hóa, Thể thao và\n"
        "Du lịch: **Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo tuyên truyền.\n"
    )
    assert _bodies(_run(text)) == ["Sở Tài chính", "UBND các xã, phường", "Sở Văn hóa, Thể thao và Du lịch"]
    # outside the directive part such a line is a report, not a task
    assert _run("I. KẾT QUẢ\n\n2. Sở Tài chính: Đã cân đối ngân sách.\n") == []


def test_generic_nouns_qualifiers_and_plural_titles_that_complete_a_body():
    cases = {
        # 340_kh-982-ubnd-nghe-an: the body at every level
        "- Hội đồng Thi đua - Khen thưởng các cấp phân công\nrõ trách nhiệm các thành viên trong quá trình chỉ đạo.": [
            "Hội đồng Thi đua - Khen thưởng các cấp"
        ],
        # 350_nq-380-cp: an aside between the body and its verb
        "6. Các bộ, cơ\nquan, địa phương theo chức năng, thẩm quyền được giao tiếp tục triển khai các\ngiải pháp "
        "nhằm ổn định kinh tế vĩ mô.": ["Các bộ, cơ quan, địa phương"],
        # 344_ct-09-ubnd-can-tho
        "**Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên\nquan có trách nhiệm tổ chức, thực hiện hiệu quả "
        "quy định của\nLuật Tài nguyên nước.": ["Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan"],
        # 368_cd-226-ttg: officials by a plural title
        "**5.** Giao Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng theo nhiệm\nvụ được phân công chỉ đạo, đôn "
        "đốc, kiểm tra.": ["Phó Thủ tướng Hồ Đức Phớc và các Phó Thủ tướng"],
        # 365_cd-217-ttg: lower-case name syllables after a head that needs no name
        "7. Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo\ndõi sát diễn biến tình hình, sẵn sàng điều "
        "phối lực lượng.": ["Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"],
    }
    for sentence, bodies in cases.items():
        assert _bodies(_run("QUYẾT ĐỊNH:\n\n" + sentence + "\n")) == bodies, sentence


def test_a_body_heading_with_a_note_in_brackets():
    # 338_kh-174-ubnd-hcm
    text = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Nội vụ **(Cơ quan\nthường trực Ban Vì sự tiến bộ phụ nữ và Bình "
        "đẳng giới Thành phố):\n\n- Chủ trì, phối hợp với các\nsở, ban, ngành, đoàn thể Thành phố rà soát nhân "
        "sự.\n"
    )
    assert _bodies(_run(text))[:1] == ["Sở Nội vụ"]


def test_generic_bodies_without_cac():
    # 337_kh-172-ubnd-hcm: a generic list opening a paragraph (its first word follows a blank line)
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\nSở, ban, ngành thuộc Ủy ban\nnhân dân Thành phố có trách nhiệm rà soát, tham "
        "mưu Ủy ban nhân dân Thành phố\nban hành văn bản.\n"
    )
    assert _bodies(_run(text)) == ["Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố"]
    # 290_cv-10989-bnv: a list of generic bodies as the object of a tasking verb
    text = (
        "Để tổng hợp đề xuất nhu cầu\nbiên chế giai đoạn 2026 - 2031 nêu trên, đề nghị bộ, ngành, địa phương "
        "khẩn\ntrương tổng hợp đề xuất biên chế giai đoạn 2026-2031 và gửi về Bộ Nội vụ trước ngày 26/11/2025.\n"
    )
    facts = _run(text, "2025-11-10")
    assert _bodies(facts) == ["bộ, ngành, địa phương"]
    assert facts[0].deadline == "2025-11-26"
    # ... but not one generic noun alone: it is the verb's object
    assert _run("Đề nghị tổ chức hội nghị sơ kết trong tháng 12.\n") == []
    # 270_qd-98-ubnd-quang-ninh: a generic body tied to its owner, in an article of a decision
    text = (
        "QUYẾT ĐỊNH:\n\n**Điều 2. Thẩm quyền quyết định tiêu chuẩn**\n1. Cơ quan chuyên môn, đơn vị sự nghiệp "
        "công lập, tổ\nchức hành chính khác thuộc Ủy ban nhân dân tỉnh quyết định tiêu chuẩn, định mức\ndiện "
        "tích chuyên dùng.\n"
    )
    assert _bodies(_run(text)) == [
        "Cơ quan chuyên môn, đơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh"
    ]


def test_a_regulation_quoted_in_a_letter_tasks_nobody():
    # 299_cv-5363-cuc-thue
    text = (
        "Cục Thuế có ý kiến như sau:\n\nNghị định số 78/2025/NĐ-CP quy định *“2. Cơ quan chuyên môn thuộc UBND "
        "cấp tỉnh,\ncơ quan quân sự, công an tỉnh, thành phố, cơ quan thuộc UBND cấp tỉnh tự mình\nhoặc theo chỉ "
        "đạo của UBND đăng ký xây dựng quyết định.”*\n\nĐề nghị các Thuế tỉnh, thành phố khẩn trương báo cáo.\n"
    )
    assert _bodies(_run(text)) == ["các Thuế tỉnh, thành phố"]


def test_plan_labels_naming_the_lead_body():
    # 317_kh-141-ubnd-bac-ninh: "chủ trì tham mưu thực hiện", and a qualifier closing the label
    text = (
        "III. NHIỆM VỤ CỤ THỂ\n\n- Tổ chức tập huấn, bồi dưỡng\nkiến thức, kỹ năng xây dựng pháp luật cho đội ngũ "
        "cán bộ, công chức.\n\n*Đơn vị chủ trì tham mưu thực\nhiện: *Sở Tư pháp.\n\n*Đơn vị phối hợp thực hiện: "
        "*Các\ncơ quan, đơn vị, địa phương liên quan.\n\n- Thực hiện kịp thời, đầy đủ cơ chế, chính sách hỗ trợ "
        "đối với người làm công tác xây dựng pháp luật.\n\n*Đơn vị chủ trì thực hiện: *Các\ncơ quan, đơn vị theo "
        "quy định.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == ["Sở Tư pháp", "Các cơ quan, đơn vị theo quy định"]
    assert facts[0].task.startswith("Tổ chức tập huấn")


def test_the_closing_formula_of_a_notice_with_xin():
    # 309_tb-627-vpcp
    text = (
        "THÔNG BÁO\n\nKết luận của Thủ tướng Chính phủ\n\nVăn phòng Chính phủ xin "
        "thông báo để các bộ, ngành,\nđịa phương và các cơ quan, đơn vị liên quan biết, thực hiện./.\n"
    )
    assert _bodies(_run(text)) == ["Văn phòng Chính phủ"]


def test_courtesies_asides_and_tails_around_a_body():
    cases = {
        # 370_cd-230-ttg: "các đồng chí" between the verb and the offices
        "Đề nghị các đồng chí Bộ trưởng, Thủ trưởng các cơ\nquan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố chỉ đạo quyết liệt,\nsát sao, khẩn trương tháo gỡ vướng mắc cho các dự án.": [
            "Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"
        ],
        # 309_tb-627-vpcp
        "b) Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ\nđạo kiểm tra, rà soát, tháo gỡ các khó khăn.": [
            "Bộ trưởng Bộ Xây dựng"
        ],
        # 334_kh-624-ubnd-ha-tinh: "trực thuộc Sở", and an aside before the verb
        "8. Các sở, cơ\nquan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức năng, nhiệm vụ của\nmình tổ "
        "chức triển khai thực hiện Kế hoạch.": ["Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan"],
        # 345_ct-010-ubnd-dak-lak
        "**2.** Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý của\nmình, có trách nhiệm phối hợp cung cấp "
        "thông tin thuộc thẩm quyền quản lý.": ["Các Sở, ban, ngành, UBND cấp xã"],
    }
    for sentence, bodies in cases.items():
        assert _bodies(_run("QUYẾT ĐỊNH:\n\n" + sentence + "\n")) == bodies, sentence
    # "tỉnh ủy" is no generic "tỉnh" after a title: the official is not cut there
    assert "Bí thư tỉnh" not in _bodies(
        _run(
            "Thủ tướng yêu cầu:\n\n1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân tỉnh khẩn trương.\n"
        )
    )


def test_plural_levels_over_a_span_of_places_and_numbered_items_heading_their_tasks():
    # 371_cd-231-ttg: "ven biển từ Đà Nẵng đến Lâm Đồng" qualifies the provinces; a
    # numbered item that opens with its bodies and verb and ends "trong đó:" is theirs
    text = (
        "Thủ tướng Chính phủ yêu cầu:\n1. Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp\nvà Môi trường; Chủ "
        "tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm\nĐồng tổ chức theo dõi, cập nhật "
        "thường xuyên, liên tục, sát diễn biến tình\nhình.\n2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tổ\n"
        "chức theo dõi sát tình hình, tập trung chỉ đạo khắc phục nhanh hậu quả các đợt\nbão, lũ vừa qua theo chỉ "
        "đạo tại Nghị quyết số 380/NQ-CP ngày 25/11/2025 của Chính phủ, bảo đảm\nđời sống của Nhân dân với tinh "
        "thần “đắt lo ế mừng”,\ntrong đó:\n(1) Tập trung kêu gọi, hướng dẫn tàu thuyền vào nơi tránh trú.\n"
    )
    assert _bodies(_run(text)) == [
        "Bộ trưởng các Bộ Quốc phòng, Công an, Nông nghiệp và Môi trường",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố",
    ]


def test_a_quota_per_body_is_no_task():
    # 325_kh-0125-ubnd-dak-lak: "mỗi đơn vị đề nghị không quá …" sets how many each may propose
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n- Đối với Ban Tổ chức Tỉnh ủy;\nCông an tỉnh; Sở Tài chính; Sở Văn hóa, Thể thao "
        "và Du lịch mỗi đơn vị đề nghị\nkhông quá 01 tập thể, 03 cá nhân;\n"
    )
    assert _run(text) == []


def test_subjects_after_a_long_purpose_clause_or_a_subject_marker():
    # 308_tb-623-vpcp: a long "Để …," before the place, the sentence closing "… sau:"
    text = (
        "KẾT LUẬN\n\nĐể tiếp tục tháo gỡ các khó khăn, vướng mắc trong\nphát triển kinh tế - xã hội, giải ngân vốn "
        "đầu tư công và thực hiện chính quyền\nđịa phương 02 cấp, đạt được mục tiêu tăng trưởng kinh tế 8% trong "
        "năm 2025 của\nTỉnh và góp phần đạt mục tiêu tăng trưởng kinh tế từ 8,3 - 8,5% của cả nước, tỉnh\nĐắk Lắk "
        "cần tiếp tục thực hiện quyết liệt, đồng bộ, hiệu quả các chủ trương của\nĐảng, trong đó lưu ý tập trung "
        "thực hiện một\nsố nội dung trọng tâm sau:\n\n1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội.\n"
    )
    assert _bodies(_run(text, "2025-11-17"))[:1] == ["tỉnh Đắk Lắk"]
    # 309_tb-627-vpcp: "Đối với X cần …"
    text = (
        "Đối với các chủ đầu tư cần nhanh chóng dọn dẹp mặt bằng, khôi phục lại thi\ncông, đặc biệt lưu ý lựa "
        "chọn các vị trí lán trại tại các khu vực cao ráo.\n"
    )
    assert _bodies(_run(text)) == ["các chủ đầu tư"]


def test_a_generic_body_described_up_to_its_duty():
    # 344_ct-09-ubnd-can-tho: the description of a generic body is part of its name
    text = (
        "QUYẾT ĐỊNH:\n\n**12. Các tổ\nchức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất trên "
        "địa\nbàn có trách nhiệm**\n\na) Thực hiện các quy định về cấp phép.\n"
    )
    assert _bodies(_run(text)) == [
        "Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất trên địa bàn"
    ]
    # 317_kh-141-ubnd-bac-ninh: adverbs and two coordinated verbs are no description
    text = (
        "- Đề nghị người đứng đầu cấp ủy;\nthủ trưởng cơ quan, đơn vị, địa phương trực tiếp chỉ đạo và chịu trách "
        "nhiệm thực hiện.\n"
    )
    assert all("trực tiếp" not in body for body in _bodies(_run(text)))
    # 262_qd-102-ubnd-phu-tho: a plain generic noun with "có trách nhiệm" spelt out after
    # it is described by all the words before the duty, an adverb or a verb first
    text = (
        "QUYẾT ĐỊNH:\n\n2. Các cơ quan, đơn vị theo thẩm quyền quản lý ngành, lĩnh vực có trách nhiệm "
        "thường xuyên cung cấp, trao đổi thông tin.\n"
    )
    assert _bodies(_run(text)) == ["Các cơ quan, đơn vị theo thẩm quyền quản lý ngành, lĩnh vực"]
    text = (
        "QUYẾT ĐỊNH:\n\n3. Các tổ chức, cá nhân cung ứng dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh "
        "hoạt có trách nhiệm thực hiện đúng hợp đồng.\n"
    )
    assert _bodies(_run(text)) == [
        "Các tổ chức, cá nhân cung ứng dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt"
    ]
    # ... but not after "phải", a comma, or a named body (their verbs are the task)
    for written, verb in (
        ("Các tổ chức, cá nhân thực hiện thu gom rác phải ký hợp đồng với xã.", "thực hiện"),
        ("Các cơ quan, đơn vị trực tiếp chỉ đạo, có trách nhiệm thực hiện đúng hợp đồng.", "chỉ đạo"),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên tăng cường tuyên truyền có trách "
            "nhiệm vận động Nhân dân.",
            "tăng cường",
        ),
    ):
        bodies = _bodies(_run("QUYẾT ĐỊNH:\n\n1. " + written + "\n"))
        assert bodies and all(verb not in body for body in bodies)


def test_an_opening_phrase_after_a_semicolon_is_read_in_lower_case():
    # 251_qd-87-ubnd-lai-chau: "…; trường hợp chưa xây dựng được nghĩa trang, Uỷ ban nhân
    # dân cấp xã có trách nhiệm …" (a clause after a semicolon opens in lower case)
    text = (
        "QUYẾT ĐỊNH:\n\nf) Người qua đời phải được chôn cất trong nghĩa trang; trường hợp chưa xây dựng được "
        "nghĩa trang, Uỷ ban nhân dân cấp xã có trách nhiệm hướng dẫn nhân dân tổ chức chôn cất.\n"
    )
    assert _bodies(_run(text)) == ["Uỷ ban nhân dân cấp xã"]


def test_a_generic_body_without_cac_takes_a_step_after_its_time_or_case():
    # 256_qd-98-ubnd-nghe-an, 211_qd-3509-cuc-thue (and a step as the probe's cg05 writes
    # it): after an opening phrase that sets a step's time or case, a generic noun without
    # "các" (and the few nouns that narrow it) before a verb of step_verbs is the step's actor
    cases = {
        "a) Trong 03 ngày làm việc, kể từ ngày nhận được kiến\nnghị, sở, ban, ngành được giao chủ trì phải có "
        "văn bản gửi đến các cơ quan, đơn\nvị liên quan đề nghị phối hợp giải quyết;": "sở, ban, ngành được giao chủ trì",
        "Định kỳ trước ngày 31 tháng 12 hàng năm, cơ quan thuế các cấp phải báo cáo cơ quan thuế cấp trên trực "
        "tiếp.": "cơ quan thuế các cấp",
        "Trường hợp người học bỏ học, cơ sở giáo dục nghề nghiệp dừng chi trả hỗ trợ kể từ tháng tiếp theo.": (
            "cơ sở giáo dục nghề nghiệp"
        ),
    }
    for written, body in cases.items():
        assert _bodies(_run("QUYẾT ĐỊNH:\n\n" + written + "\n")) == [body], written
    # ... not after a narrative's opener (367_cd-224-ttg), nor inside a list of generic
    # nouns after a preposition (257_qd-99-ubnd-nghe-an), nor before a tense word
    for written in (
        "Tuy nhiên, hiện nay còn 03 bộ, cơ quan và 09 địa phương chưa gửi báo cáo.",
        "Khi nhận được văn bản theo quy định tại điểm d khoản 2 Điều 8 Quy chế này thì phải báo cáo ngay cho "
        "cơ quan, đơn vị thực hiện tạm khóa và khóa tài khoản thư điện tử công vụ theo quy định.",
        "Trường hợp đến hạn, 11 tỉnh, thành phố chưa hoàn thành việc thu thập thông tin.",
    ):
        assert _bodies(_run("QUYẾT ĐỊNH:\n\n" + written + "\n")) == [], written
    step = "QUYẾT ĐỊNH:\n\n{}, cơ quan thuế gửi văn bản cho Sở Tài chính.\n"
    assert _bodies(_run(step.format("Trường hợp hồ sơ có vướng mắc"))) == ["cơ quan thuế"]
    assert _bodies(_run(step.format("Tuy nhiên, đến ngày 05/6/2025"))) == []


def test_an_appositive_that_classes_the_bodies_before_their_verb():
    # 243_qd-223-ubnd-hai-phong: "Sở Xây dựng là cơ quan chuyên môn, tham mưu …": what the
    # body is, after "là" up to a comma, then its task, as with the fixed appositives
    text = (
        "QUYẾT ĐỊNH:\n\n1. Sở Xây dựng là cơ quan chuyên môn, tham mưu thực hiện công tác quản lý nhà nước "
        "theo chỉ đạo của Ủy ban nhân dân thành phố Hải Phòng.\n"
    )
    assert _bodies(_run(text)) == ["Sở Xây dựng"]
    # ... with a plain verb in the directive part, several bodies classed together
    text = (
        "QUYẾT ĐỊNH:\n\n2. Chi cục Hải quan khu vực II và Chi cục Hải quan khu vực XV là những đơn vị có số "
        "lượng hàng tồn đọng lớn, khẩn trương xây dựng kế hoạch xử lý.\n"
    )
    assert _bodies(_run(text)) == ["Chi cục Hải quan khu vực II và Chi cục Hải quan khu vực XV"]
    # ... never up to a comma inside a name (228_qd-2641-ubnd-da-nang: a definition)
    text = (
        "QUYẾT ĐỊNH:\n\n1. Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An là đơn vị sự nghiệp công lập thuộc "
        "Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng.\n"
    )
    assert _bodies(_run(text)) == []


def test_a_note_between_the_body_and_its_role_and_lower_case_variants_of_heads():
    # ../shared/corpus/tvpl/357_nq-73-hdnd-hanoi (not annotated): a note in brackets
    # names the body for the rest of the text
    text = (
        "QUYẾT NGHỊ:\n\n2. Ban Quản lý các khu công nghệ cao và khu công\nnghiệp thành phố Hà Nội (sau đây gọi tắt "
        "là “Ban Quản lý”) có trách nhiệm: tiếp nhận, xét duyệt hồ sơ.\n"
    )
    assert _bodies(_run(text)) == ["Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội"]
    text = "Đề nghị Ủy ban Mặt trận tổ quốc Việt Nam thành phố Hà Nội phối hợp giám sát việc tổ chức, triển khai.\n"
    assert _bodies(_run(text)) == ["Ủy ban Mặt trận tổ quốc Việt Nam thành phố Hà Nội"]


def test_an_appositive_before_the_role_a_colon_after_the_heading_verb_and_border_guards():
    # 309_tb-627-vpcp: "với vai trò là cơ quan thường trực …," before the verbs
    text = (
        "KẾT LUẬN\n\nBộ Xây dựng với vai trò là cơ\nquan thường trực Ban chỉ đạo, chủ động, phối hợp Bộ Nội vụ có "
        "báo cáo tổng kết, đánh giá nhiệm vụ.\n"
    )
    assert _bodies(_run(text)) == ["Bộ Xây dựng"]
    # ../shared/corpus/tvpl/333_kh-617-ubnd-dong-thap, 320_kh-153-ubnd-can-tho (not annotated)
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n**6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác "
        "xã Tỉnh**\n\n- Tuyên truyền, vận động hội viên.\n\n**9. Ban Chỉ huy Bộ đội Biên phòng thành phố**\n\n- "
        "Chủ trì tuần tra, kiểm soát.\n"
    )
    assert _bodies(_run(text)) == [
        "Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh",
        "Ban Chỉ huy Bộ đội Biên phòng thành phố",
    ]


def test_lists_of_participants_are_no_tasks():
    # 325_kh-0125-ubnd-dak-lak: who takes part in an emulation campaign ("đóng trên địa
    # bàn" locates a body; "liên quan đến" is no verb)
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n**1. Đối tượng\nthi đua**\n\na) Tập thể: Các cơ quan Đảng trực\nthuộc Tỉnh ủy; các "
        "cơ quan Trung ương đóng trên địa bàn tỉnh; các Sở, ban,\nngành, Mặt trận Tổ quốc Việt Nam và các tổ chức "
        "chính trị - xã hội tỉnh; UBND\ncác xã, phường; các tổ chức, doanh nghiệp liên quan đến việc thực hiện các "
        "nhiệm\nvụ công tác bầu cử.\n"
    )
    assert _run(text) == []
    # 232_qd-137-ubnd-dong-thap: the bodies a decision applies to
    text = (
        "QUYẾT ĐỊNH:\n\n2. Các cơ quan, tổ chức và cá nhân có liên quan đến\nquản lý kinh doanh xăng dầu trên địa "
        "bàn tỉnh Đồng Tháp.\n"
    )
    assert _run(text) == []


def test_generic_nouns_and_lower_case_titles_inside_a_list():
    # 337_kh-172-ubnd-hcm: a generic noun without "các" between named bodies
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\nSở Nội vụ chủ trì tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch; Sở Tư "
        "pháp và các\nsở, ban, ngành Thành phố, Đài Phát thanh và Truyền hình Thành phố, cơ quan\nthông tấn báo chí "
        "và Ủy ban nhân dân xã, phường, đặc khu chủ động tổ chức triển\nkhai Luật Việc làm.\n"
    )
    assert _bodies(_run(text))[1:] == [
        "Sở Tư pháp và các sở, ban, ngành Thành phố, Đài Phát thanh và Truyền hình Thành phố, cơ quan thông tấn "
        "báo chí và Ủy ban nhân dân xã, phường, đặc khu"
    ]
    # 317_kh-141-ubnd-bac-ninh: "thủ trưởng" written in lower case over its bodies
    text = (
        "- Đề nghị người đứng đầu cấp ủy;\nthủ trưởng cơ quan, đơn vị, địa phương trực tiếp chỉ đạo và chịu trách "
        "nhiệm thực hiện.\n"
    )
    assert _bodies(_run(text)) == ["người đứng đầu cấp ủy", "thủ trưởng cơ quan, đơn vị, địa phương"]


def test_a_letter_asking_its_addressees_politely():
    # 289_cv-10988-bnv: "rất mong Quý cơ quan …" asks the letter's addressees
    text = (
        "Bộ Nội vụ trân trọng cảm ơn và rất mong Quý cơ quan phối hợp làm tốt công tác tuyên truyền để cán bộ, "
        "đảng\nviên và Nhân dân hiểu rõ mục tiêu, ý nghĩa./.\n"
    )
    assert _bodies(_run(text)) == ["Quý cơ quan"]


def test_a_letter_that_guides_its_addressees_opens_its_directive_part():
    # the probe's br04 (a guidance letter of Bộ Tài chính): "… hướng dẫn … một số nội
    # dung sau:" opens the numbered tasks below it, each of its body by a plain verb
    text = (
        "BỘ TÀI CHÍNH\nSố: 15820/BTC-NSNN\nV/v khóa sổ kế toán năm 2025\nHà Nội, ngày 08 tháng 12 năm 2025\n"
        "Để bảo đảm việc khóa sổ kế toán năm 2025 đúng quy định, không làm gián đoạn hoạt động của các cơ quan, "
        "đơn vị, Bộ Tài chính hướng dẫn các Bộ, cơ quan trung ương và Ủy ban nhân dân các tỉnh, thành phố "
        "trực thuộc Trung ương một số nội dung sau:\n"
        "1. Kho bạc Nhà nước chỉ đạo các Kho bạc Nhà nước khu vực bố trí cán bộ làm việc ngoài giờ.\n"
        "2. Cục Thuế, Cục Hải quan chỉ đạo cơ quan thuế, hải quan các cấp tập trung đôn đốc thu hồi nợ đọng.\n"
    )
    assert _bodies(_run(text, "2025-12-08")) == ["Kho bạc Nhà nước", "Cục Thuế, Cục Hải quan"]
    # (without the cue, the items read as reports of what each body does)
    assert _bodies(_run(text.replace("hướng dẫn", "gửi"), "2025-12-08")) == []


def test_a_line_hard_wrapped_at_a_dash_is_no_bullet():
    # 287_cv-11654-vpcp: "… cao tốc Ninh Bình" / "- Hải Phòng, …" (the text is wrapped near 80 characters)
    text = (
        "Giao Bộ Xây dựng làm việc với các địa phương về Dự án tuyến đường bộ cao tốc Ninh Bình\n- Hải Phòng, đoạn "
        "qua Nam Định và Thái Bình; báo cáo Thủ tướng Chính phủ kết quả trước ngày 03 tháng 12 năm 2025.\n"
    )
    facts = _run(text, "2025-11-25")
    assert _bodies(facts) == ["Bộ Xây dựng"]
    assert facts[0].deadline == "2025-12-03"
    # a short line before the dash is a heading over its bullets
    assert not assignments._wrapped_dash("1. Về phương tiện quay vòng", "- Phương tiện quay vòng theo phương")


def test_an_umbrella_request_is_the_assignment_of_the_list_below_it():
    # 368_cd-226-ttg: the items below name other bodies (Bộ Tài chính): the heading is
    # the assignment of the Bộ trưởng and Chủ tịch it names (ANNOTATION.md: the heading
    # alone when the tasks are a list below it)
    text = (
        "Để tập trung khắc phục hậu quả thiên tai, ổn định đời sống và phòng, chống dịch bệnh sau mưa lũ, Thủ "
        "tướng Chính phủ yêu\ncầu các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch\n"
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương nêu trên tập trung thực\nhiện ngay các nhiệm "
        "vụ, giải pháp sau:\n"
        "**1.** Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan và\ncác địa phương:\n"
        "a) Rà soát các mặt hàng dự trữ quốc gia bảo đảm chủng loại, số lượng, chất lượng.\n"
    )
    facts = _run(text)
    assert _bodies(facts)[0].startswith("các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ")
    assert facts[0].text.endswith("các nhiệm vụ, giải pháp sau:")
    assert "Bộ Tài chính" in _bodies(facts)


def test_an_umbrella_request_whose_bodies_are_tasked_again_below_only_introduces_them():
    # 365_cd-217-ttg: "1. Chủ tịch Ủy ban nhân dân các tỉnh, …" tasks the umbrella's own
    # body again, item by item: those items are its assignments (as in seed_000)
    text = (
        "Để chủ động phòng, tránh, ứng phó, bảo đảm an toàn tính mạng cho người dân, giảm thiểu thiệt hại về tài "
        "sản, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên và lãnh đạo các "
        "Bộ, ngành có liên quan theo chức năng, nhiệm vụ, thẩm quyền tập trung chỉ đạo khắc phục nhanh hậu quả "
        "các đợt bão lũ vừa qua, trong đó tập trung một số nhiệm vụ cụ thể sau:\n\n"
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:\n\n"
        "a) Tổ chức theo dõi chặt chẽ, cập nhật đầy đủ, thông tin kịp thời về tình hình mưa lũ.\n"
    )
    facts = _run(text)
    assert [f.body for f in facts] == [
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa"
    ]


def test_a_closing_demand_with_no_task_but_the_document_is_no_assignment():
    # dev gold 002 leaves "Đề nghị các cơ quan, đơn vị khẩn trương triển khai, thực hiện./."
    # out; a demand made with "yêu cầu" is the same formula (probe ak05, do01, do02)
    for closing in (
        "Yêu cầu các sở, ban, ngành, đơn vị, địa phương nghiêm túc triển khai thực hiện./.",
        "Cục Đường bộ Việt Nam yêu cầu các đơn vị nghiêm túc thực hiện./.",
        "UBND xã yêu cầu các bộ phận, đơn vị liên quan nghiêm túc triển khai thực hiện.",
    ):
        text = closing + "\nNơi nhận:\n- Bộ Nông nghiệp và Môi trường (để b/c);\n"
        assert _bodies(_run(text)) == [], closing
    # a demand with a task of its own is an assignment
    text = "Yêu cầu các sở, ban, ngành khẩn trương rà soát các công trình xuống cấp./.\n"
    assert _bodies(_run(text)) == ["các sở, ban, ngành"]


def test_a_courtesy_closing_is_no_assignment():
    # 324_kh-0124-ubnd-dak-lak: a bare subject with only "nghiêm túc tổ chức, triển khai thực hiện./."
    text = (
        "**III. TỔ CHỨC THỰC HIỆN**\n\n1. Sở Nội vụ chủ trì, hướng dẫn các cơ quan, đơn vị tổ chức phong trào thi "
        "đua.\n\nTrên đây là Kế hoạch phát động Đợt thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ "
        "XIV của\nĐảng; tăng tốc, bứt phá, hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết\nđại hội lần thứ "
        "XIII của Đảng; các cơ quan, đơn vị, địa phương, doanh nghiệp\nnghiêm túc tổ chức, triển khai thực "
        "hiện./.\n"
    )
    assert _bodies(_run(text)) == ["Sở Nội vụ"]


def test_a_report_sent_to_a_body_from_a_subjectless_bullet_tasks_it_not():
    # 323_kh-160-ubnd-can-tho: a bullet of "2. Các Sở, ngành chủ trì …" says where the
    # Sở's report goes; Sở Nông nghiệp và Môi trường only receives it
    text = (
        "- Báo cáo kết quả thực hiện đối với các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình do Sở, "
        "ngành chủ trì, quản lý, tham gia thực hiện gửi Sở Nông nghiệp và Môi trường tổng hợp, báo cáo theo quy "
        "định.\n"
    )
    assert _run(text) == []


def test_troubles_reported_to_a_body_for_it_to_collect_task_it():
    # 344_ct-09-ubnd-can-tho: "… phản ánh về Sở X để tổng hợp, báo cáo …" (with "để")
    text = (
        "Trong quá trình thực hiện có phát sinh khó khăn, vướng mắc thì kịp thời phản ánh về Sở Nông nghiệp và "
        "Môi trường để tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, quyết định.\n"
    )
    assert _bodies(_run(text)) == ["Sở Nông nghiệp và Môi trường"]
    # 270_qd-98-ubnd-quang-ninh: what is sent to the issuer itself tasks nobody
    text = (
        "3. Trong quá trình tổ chức thực hiện, nếu có phát sinh vướng mắc, các cơ quan, tổ chức, đơn vị phản ánh "
        "về Ủy ban nhân dân tỉnh (thông qua Sở Tài chính) để xem xét, giải quyết theo quy định.\n"
    )
    facts = find_assignments(text, DocumentContext(issuer="UBND tỉnh Quảng Ninh", header_read=True))
    assert "Ủy ban nhân dân tỉnh" not in _bodies(facts)


def test_a_body_stressed_after_the_list_is_tasked_too():
    # 309_tb-627-vpcp: "…, nhất là ACV cần khẩn trương …" (an acronym the registry does not know)
    text = (
        "Với vai trò, ý nghĩa đặc biệt quan trọng của Dự án, yêu cầu các bộ, ngành, cơ quan chủ quản, nhất là ACV "
        "cần khẩn trương có giải pháp phù hợp để đẩy nhanh tiến độ.\n"
    )
    assert _bodies(_run(text)) == ["các bộ, ngành, cơ quan chủ quản", "ACV"]


def test_a_dossier_proposing_to_an_authority_tasks_nobody():
    # 325_kh-0125-ubnd-dak-lak: "Hồ sơ trình, đề nghị …" names what the dossier asks for
    text = (
        "**2. Thời gian trình khen thưởng: **Hồ sơ trình, đề nghị Thủ tướng Chính phủ, Chủ tịch UBND tỉnh xem "
        "xét tặng Bằng khen cho các tập thể, cá nhân gửi về Sở Nội vụ (qua Phòng Xây dựng chính quyền) trước "
        "ngày 31/3/2026.\n"
    )
    assert _run(text) == []


def test_a_request_inside_a_bodys_own_task_is_how_it_does_the_task():
    # 334_kh-624-ubnd-ha-tinh: under "6. Sở Xây dựng", "có biện pháp yêu cầu các chủ đầu
    # tư …" is the Sở's method; the investors are not tasked by the plan
    text = (
        "**III. TỔ CHỨC THỰC HIỆN**\n\n6. Sở Xây dựng\n\na) Tăng cường công tác chỉ đạo,\nrà soát, kiểm tra các "
        "dự án khu đô thị mới, có biện pháp yêu cầu các chủ đầu tư\nlập và phê duyệt nhiệm vụ, đồ án quy hoạch "
        "chung xây dựng các công trình dịch vụ,\ntiện ích công cộng cho công nhân.\n\nb) Hướng dẫn các địa "
        "phương bố trí quỹ đất xây dựng trường mầm non.\n"
    )
    assert _bodies(_run(text)) == ["Sở Xây dựng"]


def test_a_rule_applied_to_a_company_in_a_tax_letter_is_no_task():
    # 307_cv-1539-thue-vinh-long: the answer states when the rule applies ("nếu … thì …")
    text = (
        "Thuế tỉnh Vĩnh Long có ý kiến\nnhư sau:\n\nThuế tỉnh Vĩnh\nLong trả lời theo nguyên tắc sau:\n\nCÔNG\n"
        "TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE vay tiền của cổ đông nếu cổ đông là cá\nnhân điều hành, kiểm soát doanh "
        "nghiệp hoặc cá nhân thuộc trong một các mối\nquan hệ theo quy định tại điểm g khoản 2 Điều 5 Nghị định "
        "số 132/2020/NĐ-CP\nngày 05/11/2020 của Chính phủ với số tiền vay ít nhất 10% vốn góp của chủ sở hữu\ntại "
        "thời điểm phát sinh giao dịch trong kỳ tính thuế thì được xác định có quan\nhệ liên kết. Khi đó giao "
        "dịch vay tiền với mức lãi suất 0% giữa Công ty và cổ\nđông là giao dịch liên kết.\n"
    )
    assert "CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE" not in _bodies(_run(text))


def test_an_alias_bracket_closes_the_description_of_the_bodies():
    # 350_nq-380-cp: "… thành phố bị ảnh hưởng bởi thiên tai (sau đây gọi tắt là …)"
    text = (
        "Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ\nquan thuộc Chính phủ, các cơ quan khác "
        "ở trung ương, Chủ tịch Ủy ban nhân dân\ncác tỉnh, thành phố bị ảnh hưởng bởi thiên tai (sau đây gọi tắt "
        "là các bộ, cơ\nquan, địa phương), căn cứ theo chức năng, nhiệm vụ, quyền hạn được giao, thực\nhiện "
        "nghiêm túc các nhiệm vụ sau.\n"
    )
    assert _bodies(_run(text))[0].endswith(
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố bị ảnh hưởng bởi thiên tai"
    )


def test_notes_of_a_plan_task_the_bodies_they_open_with():
    # 326_kh-0129-ubnd-dak-lak: "Lưu ý:" opens instructions like any directive cue
    text = (
        "*Lưu ý:*\n\n- Việc triển khai cứu trợ\nvà cấp phát nhu yếu phẩm được thực hiện theo phương châm “4 tại "
        "chỗ”.\n\n- UBND xã, phường thực hiện\ntrực ban phòng chống thiên tai 24/24, duy trì thông tin liên lạc "
        "thông suốt với\ncơ quan chỉ huy của tỉnh.\n"
    )
    assert _bodies(_run(text)) == ["UBND xã, phường"]


def test_a_stressing_tail_is_no_part_of_a_body_heading():
    # 373_cd-234-ttg: "…, trong đó trọng tâm là các tỉnh: Đắk Lắk, …:" over the body's tasks
    text = (
        "Thủ\ntướng Chính phủ yêu cầu:\n1. Chủ tịch Ủy ban nhân\ndân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, "
        "trong đó trọng tâm là các tỉnh:\nĐắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:\na) Tổ chức xây dựng kế "
        "hoạch\ncụ thể, phát động và triển khai ngay chiến dịch hỗ trợ người dân.\nb) Hoàn thành việc sửa chữa "
        "nhà ở trước ngày 31 tháng 12 năm 2025.\n"
    )
    assert (
        _bodies(_run(text, "2025-12-01"))[0]
        == "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"
    )


def test_a_short_umbrella_request_follows_the_same_convention():
    # the convention does not depend on the request's length: its bodies tasked again
    # below by name make it an introduction (365_cd-217-ttg, shortened)
    text = (
        "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên tập trung một số "
        "nhiệm vụ sau:\n\n1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:\n\n"
        "a) Tổ chức theo dõi chặt chẽ, cập nhật đầy đủ, thông tin kịp thời về tình hình mưa lũ.\n"
    )
    assert _bodies(_run(text)) == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa"]


def test_bodies_told_to_send_their_reports_are_tasked():
    # 338_kh-174-ubnd-hcm: "gửi báo cáo" is a task although "gửi" alone opens no verb ("Kính gửi")
    text = (
        "**VI. TỔ CHỨC THỰC HIỆN**\n\n**VII. CHẾ\nĐỘ BÁO CÁO**\n\nCác sở, ban, ngành, đoàn thể\nThành phố, Ủy ban "
        "nhân dân phường, xã, đặc khu gửi báo cáo công tác Bình đẳng\ngiới năm 2025 và báo cáo kết quả thực hiện "
        "Tháng hành động năm 2025 về Sở Nội vụ\ntrước ngày 16 tháng 12 năm 2025 để tổng hợp báo cáo Bộ Nội vụ, Ủy "
        "ban nhân dân\nThành phố theo quy định./.\n"
    )
    facts = _run(text, "2025-11-01")
    assert _bodies(facts)[0] == "Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu"
    assert facts[0].deadline == "2025-12-16"


def test_a_bracket_listing_the_members_of_a_generic_body_names_them():
    # 345_ct-010-ubnd-dak-lak: "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý …):"
    text = (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú "
        "Yên, Ban Quản lý các Khu công nghiệp tỉnh):**\n\na) Là đầu mối chủ trì, tiếp nhận hồ sơ, tổ chức lấy ý "
        "kiến thẩm định.\n\nb) Chịu trách nhiệm tiếp nhận hồ sơ, kiểm tra tính đầy đủ và hợp lệ của hồ sơ.\n"
    )
    assert _bodies(_run(text))[0] == (
        "Các cơ quan đăng ký đầu tư: Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên, Ban Quản lý các Khu công "
        "nghiệp tỉnh"
    )


def test_an_article_that_opens_with_phan_cong_tasks_its_object():
    # 349_nq-377-cp: "Điều 3. Phân công Phó Thủ tướng … chỉ đạo …" assigns like "Giao"
    text = (
        "**Điều 3. **Phân công Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chỉ đạo Bộ Công an và các "
        "bộ, cơ quan liên quan trong quá trình chỉnh lý, hoàn thiện dự án Pháp lệnh này.\n"
    )
    assert _bodies(_run(text)) == ["Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình"]


def test_phan_cong_inside_a_clause_is_its_subjects_own_act():
    # 299_cv-5363-cuc-thue: the province assigns its units; the letter tasks the province
    text = (
        "Đề nghị Ủy ban nhân dân tỉnh chủ động phân công các đơn vị trực thuộc xây dựng và trình UBND tỉnh ban "
        "hành quy chế.\n"
    )
    assert _bodies(_run(text)) == ["Ủy ban nhân dân tỉnh"]


def test_a_body_that_phan_cong_in_the_directive_part_is_tasked():
    # 340_kh-982-ubnd-nghe-an: "Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm …"
    text = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n- Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm các "
        "thành viên trong quá trình chỉ đạo, tổ chức thực hiện Đợt thi đua.\n"
    )
    assert _bodies(_run(text)) == ["Hội đồng Thi đua - Khen thưởng các cấp"]


def test_trực_thuộc_after_a_body_is_no_verb():
    # "trực thuộc" ties a body to its owner; it tasks nobody
    text = "**III. TỔ CHỨC THỰC HIỆN**\n\nSở Y tế trực thuộc Ủy ban nhân dân tỉnh.\n"
    assert _run(text) == []


def test_a_numbered_umbrella_ends_at_its_next_sibling():
    # 230_qd-63-ubnd-dong-nai: item 2 tasks the same body as the umbrella of item 1, but it
    # is the next item, not one of item 1's cases below it
    text = (
        "**Điều 3. Nội dung phân cấp**\n\n1. Ủy ban nhân dân tỉnh giao Sở Tư pháp tỉnh Đồng Nai ký Quyết định "
        "việc nuôi con nuôi có yếu tố nước ngoài đối với các trường hợp sau:\n\na) Quyết định việc nuôi con nuôi "
        "có yếu tố nước ngoài đối với trẻ em sống ở cơ sở nuôi dưỡng.\n\n2. Ủy ban nhân dân tỉnh giao Sở Tư pháp "
        "tỉnh Đồng Nai có ý kiến và ký văn bản đồng ý việc cho con nuôi nước ngoài.\n"
    )
    assert _bodies(_run(text)) == ["Sở Tư pháp tỉnh Đồng Nai", "Sở Tư pháp tỉnh Đồng Nai"]


def test_a_plain_body_line_ending_with_a_colon_heads_the_items_below_it():
    # 350_nq-380-cp: no marker nor bold, but the line names a body and its items follow
    text = (
        "**QUYẾT NGHỊ:**\n\n1.2. Hỗ trợ khẩn cấp về nhà ở\n\nỦy ban nhân dân các tỉnh, thành\nphố:\n\na) Huy động "
        "và sử dụng hiệu quả các nguồn lực ngân sách địa phương.\n\nb) Rà soát, thống kê các hộ có nhà ở bị sập "
        "đổ.\n\n1.3. Khôi phục sản xuất\n"
    )
    facts = _run(text)
    assert _bodies(facts) == ["Ủy ban nhân dân các tỉnh, thành phố"]
    assert facts[0].text == "Ủy ban nhân dân các tỉnh, thành\nphố:"


def test_a_plain_line_with_a_clause_after_its_body_is_no_heading():
    # 350_nq-380-cp: "Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:" tasks Bộ Tài chính
    text = (
        "**QUYẾT NGHỊ:**\n\nBộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:\n\n- Bảo đảm kinh phí khám bệnh, chữa "
        "bệnh cho người dân.\n"
    )
    assert _bodies(_run(text)) == ["Bộ Tài chính"]


def test_a_body_tasked_again_in_the_next_clause_of_its_sentence_is_one_assignment():
    # 349_nq-377-cp: the second clause says how Bộ Công an does the task it was just given
    text = (
        "**Điều 2.** Giao Bộ Công an chủ trì, phối hợp với các bộ, cơ quan ngang bộ nghiên cứu, tiếp thu tối đa "
        "ý kiến Thành viên Chính phủ; Bộ Công an chịu trách nhiệm toàn diện về các nội dung tiếp thu, giải trình, "
        "khẩn trương hoàn thiện hồ sơ dự án Pháp lệnh theo đúng quy định.\n"
    )
    assert _bodies(_run(text)) == ["Bộ Công an"]
    # two bodies in the two clauses are two assignments
    other = text.replace("; Bộ Công an chịu", "; Bộ Tư pháp chịu")
    assert _bodies(_run(other)) == ["Bộ Công an", "Bộ Tư pháp"]


def test_a_generic_body_named_by_its_role_before_its_duty_is_tasked():
    # 345_ct-010-ubnd-dak-lak: "Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản …"
    text = (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**4.** Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản, nêu rõ quan "
        "điểm khi được cơ quan chủ trì lấy ý kiến.\n"
    )
    assert _bodies(_run(text)) == ["Cơ quan phối hợp"]
    # a named body's "phối hợp" is its role, not a part of its name
    named = text.replace("Cơ quan phối hợp có trách nhiệm", "Sở Tư pháp phối hợp với Sở Nội vụ")
    assert _bodies(_run(named)) == ["Sở Tư pháp"]


def test_a_second_plural_subject_with_a_duty_after_a_comma_is_tasked():
    # 337_kh-172-ubnd-hcm: two subjects in one sentence, each with its duty
    text = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n2. Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ "
        "được phân công, bảo đảm tiến độ và nội dung công việc, các cơ quan phối hợp có trách nhiệm phối hợp với "
        "cơ quan chủ trì thực hiện các nhiệm vụ được giao.\n"
    )
    assert _bodies(_run(text)) == ["Các cơ quan, đơn vị được giao chủ trì", "các cơ quan phối hợp"]


def test_a_plural_after_a_comma_in_a_list_of_requested_bodies_is_no_second_subject():
    # 309_tb-627-vpcp: the plural after the comma is one more item of the request's list
    text = (
        "**II. MỘT SỐ YÊU CẦU**\n\na) Yêu cầu các bộ, ngành, địa phương, các thành viên của Ban Chỉ đạo phải tiếp "
        "tục nâng cao hơn nữa, quyết liệt hơn nữa để hoàn thành mục tiêu.\n"
    )
    assert "các thành viên của Ban Chỉ đạo" not in _bodies(_run(text))


def test_clauses_after_praise_in_their_sentence_task_nobody():
    # a conclusion's praise lists what bodies did well, clause by clause (shape of the
    # VPCP notices: "Thủ tướng Chính phủ ghi nhận, biểu dương, đánh giá cao …")
    text = (
        "Thủ tướng Chính phủ kết luận như sau:\n\n1. Thủ tướng Chính phủ ghi nhận, biểu dương các lực lượng: Bộ "
        "Quốc phòng huy động hàng nghìn cán bộ, chiến sĩ hỗ trợ Nhân dân; Bộ Công an bảo đảm an ninh, trật tự; "
        "các địa phương chủ động di dời người dân khỏi vùng nguy hiểm.\n"
    )
    assert _run(text) == []
    # the same clauses, with no praise before them, are tasks of the directive part
    tasked = text.replace("Thủ tướng Chính phủ ghi nhận, biểu dương các lực lượng: ", "")
    assert _bodies(_run(tasked)) == ["Bộ Quốc phòng", "Bộ Công an", "các địa phương"]


def test_bo_nganh_written_without_a_comma_is_one_generic_body():
    # 309_tb-627-vpcp: "các bộ ngành cũng đã tích cực triển khai" reports, "ngành" is no verb
    text = (
        "**II. MỘT SỐ YÊU CẦU**\n\nThời gian qua, các bộ ngành cũng đã tích cực triển khai, đã hoàn thành 08 "
        "nhiệm vụ đúng thời hạn yêu cầu.\n"
    )
    assert _run(text) == []


def test_an_introductory_request_opening_with_its_bodies_and_a_plain_verb_is_theirs():
    # 345_ct-010-ubnd-dak-lak: the umbrella names its bodies as the subject, not after "yêu cầu"
    text = (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**5.** Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư,\ntăng "
        "cường công tác đánh giá, kiểm tra và giám sát các dự án đầu tư, các Sở,\nngành, UBND cấp xã và các đơn "
        "vị có liên quan theo chức năng, nhiệm vụ, thẩm\nquyền quy định triển khai thực hiện những nội dung sau:\n\n"
        "a) Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư.\n"
    )
    assert _bodies(_run(text)) == ["các Sở, ngành, UBND cấp xã và các đơn vị có liên quan"]
    # the issuer stating what it does introduces a list it does not take on itself
    issuer = (
        "**II. TỔ CHỨC THỰC HIỆN**\n\nĐể nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư, tăng cường công "
        "tác đánh giá, kiểm tra và giám sát các dự án đầu tư, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu thực hiện "
        "những nội dung sau:\n\na) Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư.\n"
    )
    assert _run(issuer) == []


def test_a_body_with_its_role_after_a_colon_inside_a_sentence_is_tasked():
    # 314_tb-641-vpcp: a long topic ("1. Về đề nghị …; hoàn thiện …:") then the answer's subject
    text = (
        "**II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ**\n\n1. Về đề nghị các bộ, ngành quan tâm sớm rà soát, kịp thời ban hành các "
        "văn bản hướng dẫn chi tiết về chuyên môn, nghiệp vụ, chuyên ngành, bảo đảm thống nhất, đồng bộ, tránh "
        "chồng chéo về thẩm quyền; hoàn thiện quy trình pháp lý về đất đai, tài sản công để cắt giảm quy trình, "
        "đẩy nhanh tiến độ, tạo sự linh hoạt trong việc bố trí, xử lý trụ sở, cơ sở nhà đất dôi dư của địa "
        "phương: Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát các nội dung về phân cấp, phân quyền.\n"
    )
    assert "Ủy ban nhân dân thành phố Đà Nẵng" in _bodies(_run(text))
    # a list after a colon names members, it tasks none by itself
    members = (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n1. Thành lập Tổ công tác, gồm: Sở Y tế, Sở Nội vụ và Sở Tài chính.\n"
    )
    assert _run(members) == []


def test_a_proposal_in_a_task_below_a_body_heading_tasks_nobody_else():
    # 342_kh-1026-ubnd-nghe-an: the heading's body proposes to the other bodies
    text = (
        "**III. TỔ CHỨC THỰC HIỆN**\n\n**5.** Các sở, ban, ngành, địa phương\n\n- Thực hiện nghiêm túc quy trình "
        "công tác bảo vệ bí mật nhà nước.\n\n- Đề xuất với các cơ quan chức năng kiểm định, kiểm tra an toàn thiết "
        "bị, phương tiện điện tử trước khi đưa vào sử dụng.\n"
    )
    assert _bodies(_run(text)) == ["Các sở, ban, ngành, địa phương"]


def test_a_body_after_a_semicolon_in_a_labelled_item_is_one_more_object():
    # 325_kh-0125-ubnd-dak-lak: "6. Sở Nội vụ: …" — all its clauses are Sở Nội vụ's tasks
    text = (
        "**III. TỔ CHỨC THỰC HIỆN**\n\n**6. Sở Nội vụ: **Tham mưu UBND\ntỉnh theo dõi, đôn đốc, hướng dẫn Sở, ban, "
        "ngành, Ủy ban Mặt trận Tổ quốc Việt\nNam tỉnh và các tổ chức chính trị - xã hội tỉnh; các xã, phường và "
        "đơn vị thuộc\ntỉnh tổ chức triển khai thực hiện tốt Phong trào thi đua; thẩm định, đề xuất khen thưởng.\n"
    )
    assert _bodies(_run(text)) == ["Sở Nội vụ"]
    # a body with its own role verb there is tasked all the same
    role = text.replace(
        "; các xã, phường và đơn vị thuộc\ntỉnh tổ chức", "; Sở Tài chính có trách nhiệm tổ chức"
    )
    assert _bodies(_run(role)) == ["Sở Nội vụ", "Sở Tài chính"]


def test_an_aside_between_a_body_and_its_verb_in_the_directive_part():
    # 314_tb-641-vpcp: "trên cơ sở …," stands between the body and its verb (its "được giao"
    # is the aside's, no passive of the verb)
    text = (
        "Thủ tướng Chính phủ kết luận như sau:\n\n3. Các bộ, ngành trên cơ sở nhiệm vụ được giao tại các văn bản "
        "nêu trên, hoàn thiện cơ sở dữ liệu quốc gia trong ngành, lĩnh vực thuộc phạm vi quản lý.\n"
    )
    assert _bodies(_run(text)) == ["Các bộ, ngành"]
    # a report of the past after the aside is no task
    past = text.replace("nêu trên, hoàn thiện", "nêu trên, đã hoàn thiện")
    assert _run(past) == []


def test_a_heading_body_qualified_by_a_short_passive_is_a_heading():
    # 294_cv-6225-bvhttdl: "1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" over its tasks
    text = (
        "Trước tình hình đó, Bộ Văn hóa, Thể thao và Du lịch yêu cầu:\n\n**1. Thủ trưởng các cơ quan, đơn vị được "
        "giao nhiệm vụ**\n\n- Chịu trách nhiệm toàn diện trước Bộ trưởng về tiến độ, chất lượng.\n"
    )
    assert _bodies(_run(text)) == ["Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"]
    # a heading that goes on to state what is done is a sentence, no body heading
    sentence = text.replace('được "\n', "").replace("được giao nhiệm vụ**", "thực hiện các nhiệm vụ sau**")
    assert "Thủ trưởng các cơ quan, đơn vị thực hiện các nhiệm vụ sau" not in _bodies(_run(sentence))


def test_the_last_plural_of_a_list_is_described_up_to_the_manner_of_its_duty():
    # 345_ct-010-ubnd-dak-lak: "… và các Sở, ban, ngành quản lý quy hoạch theo chức năng, nhiệm
    # vụ được giao có trách nhiệm …": the description names which of them, the aside how
    text = (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**1. **Sở Tài chính, Sở Xây dựng, UBND cấp xã và các Sở, ban, ngành quản lý "
        "quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp công bố đầy đủ, công khai thông "
        "tin về quy hoạch.\n"
    )
    assert _bodies(_run(text)) == [
        "Sở Tài chính, Sở Xây dựng, UBND cấp xã và các Sở, ban, ngành quản lý quy hoạch"
    ]
    # a clause between the description and the duty is no description
    clause = text.replace("theo chức năng, nhiệm vụ được giao có", "theo chức năng, sau đó tổ chức họp và có")
    assert "quản lý quy hoạch" not in " ".join(_bodies(_run(clause)))


def test_the_formula_of_a_chi_thi_opens_its_directive_part():
    # a Chỉ thị states its tasks after "… Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"
    text = (
        "Để chủ động phòng, chống thiên tai, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n\n1. Sở Nông nghiệp và Môi "
        "trường hướng dẫn các địa phương rà soát phương án ứng phó.\n"
    )
    assert _bodies(_run(text)) == ["Sở Nông nghiệp và Môi trường"]
    # without the formula the item reads as a report
    assert _run(text.replace(" chỉ thị:", " đã họp.")) == []


def test_a_tense_word_in_an_introductory_phrase_does_not_make_the_request_a_report():
    # 344_ct-09-ubnd-can-tho: "đang" belongs to the purpose before the comma
    text = (
        "Để bảo vệ sức khỏe cho người dân trước tình trạng nguồn nước mặt đang chịu tác động tiêu cực của biến "
        "đổi khí hậu, Chủ tịch Ủy ban nhân dân thành phố yêu cầu Giám đốc Sở Nông nghiệp và Môi trường tập "
        "trung rà soát các giếng khai thác nước dưới đất.\n"
    )
    assert _bodies(_run(text)) == ["Giám đốc Sở Nông nghiệp và Môi trường"]
    # the subject's own tense still makes a report
    assert _run(text.replace("thành phố yêu cầu", "thành phố đã yêu cầu")) == []


def test_the_closing_demand_of_a_chi_thi_does_not_retask_the_umbrella():
    # 344_ct-09-ubnd-can-tho: the closing paragraph names the umbrella's bodies again, but
    # it is no item of the list the umbrella introduces
    text = (
        "Chủ tịch Ủy ban nhân dân thành phố yêu cầu Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban "
        "nhân dân xã, phường và các đơn vị liên quan tập trung thực hiện các nhiệm vụ trọng tâm, cụ thể như "
        "sau:\n\n1. Tăng cường kiểm tra việc khai thác nước dưới đất.\n\n2. Rà soát các giếng khai thác không "
        "phép.\n\nGiám đốc sở, Thủ trưởng cơ quan, ban, ngành thành phố, Chủ tịch Ủy ban nhân dân xã, phường có "
        "trách nhiệm tổ chức triển khai thực hiện nghiêm túc Chỉ thị này.\n"
    )
    assert _bodies(_run(text))[0] == (
        "Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các đơn vị liên quan"
    )


def test_the_last_adverb_before_a_comma_is_the_verb_itself():
    # 366_cd-223-ttg: "… theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập trung, quyết liệt hơn nữa …"
    text = (
        "Thủ tướng Chính phủ yêu cầu:\n1. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh "
        "đạo các Bộ, ngành theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập trung, quyết liệt hơn nữa trong lãnh "
        "đạo, chỉ đạo ứng phó với mưa lũ.\n"
    )
    assert _bodies(_run(text)) == [
        "Chủ tịch Ủy ban nhân dân các tỉnh Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành"
    ]


def test_the_closing_articles_of_an_hdnd_resolution():
    # the usual Điều "Tổ chức thực hiện" of a Nghị quyết of an HĐND
    text = (
        "QUYẾT NGHỊ:\n\nĐiều 2. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết "
        "này.\n\n2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu "
        "và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\n\n3. Đề nghị Ban Thường "
        "trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tham gia giám sát.\n"
    )
    assert _bodies(_run(text)) == [
        "Ủy ban nhân dân tỉnh",
        "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội "
        "đồng nhân dân tỉnh",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
    ]


def test_a_heading_naming_a_bodys_duties_heads_the_items_below_it():
    # "Điều 5. Trách nhiệm của Sở Tài chính" (a regulation's articles) and "2. Nhiệm vụ của …"
    text = (
        "Điều 5. Trách nhiệm của Sở Tài chính\n\n1. Hướng dẫn các cơ quan, đơn vị thực hiện Quy định này.\n\n2. "
        "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 năm 2025.\n\nĐiều 6. "
        "Trách nhiệm của Ủy ban nhân dân cấp xã\n\nTổ chức triển khai thực hiện Quy định này trên địa bàn.\n"
    )
    facts = _run(text, "2025-11-01")
    assert _bodies(facts) == ["Sở Tài chính", "Ủy ban nhân dân cấp xã"]
    assert facts[0].text == "Điều 5. Trách nhiệm của Sở Tài chính"
    # an article on the duty of enforcing names no body in its heading
    assert _run("Điều 4. Trách nhiệm thi hành\n\nQuyết định này có hiệu lực kể từ ngày ký.\n") == []


def test_a_body_heading_may_end_with_the_manner_of_its_tasks():
    # Công điện items: "Bộ trưởng các Bộ: … theo chức năng, nhiệm vụ được giao:" over its tasks
    text = (
        "Thủ tướng Chính phủ yêu cầu:\n\n3. Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường theo "
        "chức năng, nhiệm vụ được giao:\n\na) Chỉ đạo lực lượng hỗ trợ người dân.\n"
    )
    assert _bodies(_run(text)) == ["Bộ trưởng các Bộ Quốc phòng, Công an, Nông nghiệp và Môi trường"]


def test_a_heading_over_a_list_of_member_bodies_with_quotas_tasks_nobody():
    # 325_kh-0125-ubnd-dak-lak: award quotas per body, no tasks
    text = (
        "QUYẾT ĐỊNH:\n\n**2. Bằng khen của Chủ tịch Ủy\nban nhân dân tỉnh**\n\na) Các cơ quan, đơn vị cấp tỉnh\ncó "
        "liên quan đến công tác bầu cử:\n\n- Ban Chỉ đạo bầu cử của tỉnh:\nKhông quá 05 cá nhân;\n\n- Tổ giúp "
        "việc Ban Chỉ đạo bầu\ncử của tỉnh: Không quá 05 cá nhân;\n"
    )
    assert _run(text) == []
    # the same heading over tasks heads them
    tasks = text.replace(
        "- Ban Chỉ đạo bầu cử của tỉnh:\nKhông quá 05 cá nhân;", "- Rà soát, đề xuất khen thưởng."
    )
    assert _bodies(_run(tasks))[0] == "Các cơ quan, đơn vị cấp tỉnh có liên quan đến công tác bầu cử"


def test_a_body_item_with_a_quota_after_its_colon_is_no_task():
    text = "QUYẾT ĐỊNH:\n\n1. Sở Nội vụ: Không quá 03 tập thể và 05 cá nhân.\n\n2. Sở Y tế: Rà soát hồ sơ.\n"
    assert _bodies(_run(text)) == ["Sở Y tế"]


def test_a_heading_over_a_paragraph_tasking_another_body_names_a_topic():
    # 345_ct-010-ubnd-dak-lak: "h) Các đơn vị khác" over a duty of the registration office
    text = (
        "**II. TỔ CHỨC THỰC HIỆN**\n\nh) Các đơn vị khác\n\nCơ quan đăng ký đầu tư có\ntrách nhiệm lấy ý kiến cụ "
        "thể nội dung liên quan đến lĩnh vực đầu tư của dự án.\n"
    )
    assert _bodies(_run(text)) == ["Cơ quan đăng ký đầu tư"]
    # over a paragraph with no subject of its own, the heading's body is tasked
    own = text.replace("Cơ quan đăng ký đầu tư có\ntrách nhiệm lấy", "Có ý kiến về")
    assert _bodies(_run(own)) == ["Các đơn vị khác"]


def test_a_labelled_list_of_bodies_goes_on_after_the_manner_of_the_first():
    # 337_kh-172-ubnd-hcm
    text = (
        "**II. NHIỆM VỤ CỤ THỂ**\n\n1. Rà soát các văn bản quy phạm pháp luật quy định chi tiết, hướng dẫn thi hành"
        "\n\n- Cơ quan thực hiện: Sở Nội vụ,\ncác sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của "
        "mình và các\ncơ quan, tổ chức khác có liên quan.\n\n- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.\n"
    )
    assert _bodies(_run(text)) == [
        "Sở Nội vụ, các sở, ban, ngành Thành phố và các cơ quan, tổ chức khác có liên quan"
    ]


def test_an_office_that_introduces_the_tasks_speaks_it_is_not_tasked():
    # 003_cv-4001-ubnd-dt-hcm (shared/corpus/real): "Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:"
    text = (
        "Kính gửi: Sở Nông nghiệp và Môi trường.\n\nVề việc này, Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ "
        "đạo như sau:\n\nChủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:\n\n1. Giao Sở Tài chính rà soát, "
        "tham mưu bố trí kinh phí.\n"
    )
    assert _bodies(_run(text)) == ["Sở Tài chính"]
    # an office with a task after its verb is tasked
    tasked = text.replace("Thành phố chỉ đạo như sau:\n\n1.", "Thành phố chỉ đạo các sở xử lý.\n\n1.")
    assert "Chủ tịch Ủy ban nhân dân Thành phố" in _bodies(_run(tasked))


def test_a_request_to_the_company_a_letter_is_addressed_to_names_it():
    # 297_cv-39365-chq: "Kính gửi: Công ty TNHH Tokokosen." … "Đề nghị Công ty căn cứ … để thực hiện."
    text = (
        "**Kính\ngửi:** Công ty TNHH\nTokokosen.\n*(Địa chỉ: Phòng 11.05, thành phố Hà Nội)*\nTrả lời công văn số "
        "01-10/2025/CV-TKV của Công ty, Cục Hải quan có ý kiến như sau:\n\nĐề nghị Công ty căn cứ các quy định nêu "
        "trên để thực hiện.\n"
    )
    assert _bodies(_run(text)) == ["Công ty TNHH Tokokosen"]
    # a letter to several addressees leaves "Công ty" unresolved (no body named)
    several = text.replace("Công ty TNHH\nTokokosen.", "Công ty TNHH Tokokosen, Công ty cổ phần An Phát.")
    assert _run(several) == []


def test_holding_a_body_responsible_tasks_it():
    # 335_kh-308-ubnd-hanoi, a "Yêu cầu" bullet of a plan: "Gắn trách nhiệm người đứng đầu …"
    text = (
        "**2. Yêu cầu**\n\na) Bám sát các mục tiêu, nhiệm vụ, chỉ tiêu được giao.\n\nb) Gắn trách nhiệm người đứng "
        "đầu\ncơ quan, đơn vị trong triển khai nhiệm vụ.\n"
    )
    assert _bodies(_run(text)) == ["người đứng đầu cơ quan, đơn vị"]


def _text(fact: dict) -> str:
    """A fact's text with its line breaks and runs of spaces read as one space."""
    return " ".join(fact["text"].split())


def _opens(facts: list[dict], opening: str, body: str) -> bool:
    """Is ``body`` tasked by a fact whose text opens with ``opening``?"""
    return any(f["body"] == body and _text(f).startswith(opening) for f in facts)


def _document_facts(name: str) -> list[dict]:
    from tests.conftest import document_path
    from vanban.pipeline.ingest import extract_file

    record = extract_file(str(document_path(name)), with_text=True)
    facts = record["facts"] if isinstance(record, dict) else record.extraction["facts"]
    return [f for f in facts if f["kind"] == "assignment"]


def test_a_task_table_is_read_row_by_row_between_its_empty_cells():
    """QĐ 2820/QĐ-UBND's appendix: "**Nhiệm vụ**" and "**Cơ quan chủ trì**" in bold;
    rows close with an empty cell; a row whose last cell was merged into the row
    above (row 2 has no "Nguồn kinh phí") keeps its columns, and so do the rows
    after it; a period is due by its end ("Năm 2025 - 2026")."""
    rows = [f for f in _document_facts("245_qd-2820-ubnd-hcm.txt") if f["assignment_kind"] == "table_row"]

    def by_task(opening: str) -> dict:
        (fact,) = [f for f in rows if _text(f).startswith(opening)]
        return fact

    first = by_task("Phối hợp rà soát, sửa đổi Luật Quy hoạch")
    assert (first["body"], first["deadline"]) == ("Sở Tài chính", "2025-Q4")
    # (the partners' cell read by the grammar of names: a generic group and the communes)
    assert first["partners"] == ["Các sở, ngành", "UBND xã, phường, đặc khu"]
    merged = by_task("Phối hợp xây dựng nội dung quy định")
    assert (merged["body"], merged["deadline"]) == ("Sở Tài chính", "2026")
    after = by_task("Tham gia rà soát, đơn giản hóa các thủ tục")
    assert (after["body"], after["deadline"]) == ("Các sở, ngành, UBND xã, phường, đặc khu", "2027-Q2")
    # (the section rows "| I | Hoàn thiện thể chế … |" are no tasks)
    assert not any(f["text"].startswith(("Hoàn", "**Hoàn")) for f in rows)
    assert len(rows) >= 25


def test_a_table_of_proposals_and_the_ministry_in_charge():
    """CV 174/CV-BCĐ: "Thông tin đề xuất" and "Bộ phụ trách tiếp nhận, xử lý"."""
    rows = [f for f in _document_facts("285_cv-174-bcd-dvhc.txt") if f["assignment_kind"] == "table_row"]
    assert len(rows) >= 45
    assert rows[0]["body"] == "Bộ Tài chính" and rows[0]["text"].startswith(
        "Đề nghị Chính phủ và các Bộ ngành"
    )
    assert rows[1]["body"] == "Bộ Nội vụ"
    # (the "Tỉnh kiến nghị" column names who proposes, not who is tasked)
    assert not any(f["body"].startswith(("Lào Cai", "Hà Tĩnh")) for f in rows)


def test_a_bold_heading_ends_with_its_bold_and_names_its_body_whole():
    """CV 6278/BVHTTDL-PC: "**6. Cục\\nThể dục thể thao Việt Nam**" over a paragraph
    that opens with a capital; the heading's whole line is the body, a one-word
    head inside a name is one of its syllables ("Cục Báo chí")."""
    facts = _document_facts("295_cv-6278-bvhttdl.txt")
    headed = {f["body"]: f for f in facts}
    for body, deadline in [
        ("Cục Điện ảnh, Cục Du lịch Quốc gia Việt Nam", "2026"),
        ("Cục Thể dục thể thao Việt Nam", "2025"),
        ("Cục Hợp tác quốc tế", "2025-12-15"),
        ("Cục Báo chí", "2025"),
    ]:
        assert body in headed, body
        assert headed[body]["deadline"] == deadline, body
    assert "Cục Thể dục" not in headed and "Cục Hợp tác" not in headed


def test_the_articles_of_a_resolution_task_the_bodies_they_give_duties():
    """NQ 70/2025/NQ-HĐND Hà Nội: "Ủy ban nhân dân Thành phố ban hành Quyết định ủy
    thác …" (HĐND issues, so "ban hành" is the council's task for the UBND), "Quỹ đầu
    tư phát triển Thành phố có trách nhiệm:"; the bodies named in "Điều 2. Đối tượng
    áp dụng" are in scope, not tasked."""
    facts = _document_facts("355_nq-70-hdnd-hanoi.txt")

    def body_of(phrase: str) -> list[str]:
        return [f["body"] for f in facts if phrase in _text(f)]

    assert body_of("Thành phố ban hành Quyết định ủy thác") == ["Ủy ban nhân dân Thành phố"]
    assert body_of("Thành phố ban hành quy định chi tiết") == ["Ủy ban nhân dân Thành phố"]
    assert "Quỹ đầu tư phát triển Thành phố" in {f["body"] for f in facts}
    assert not any(f["body"].startswith("Các chủ đầu tư") for f in facts)


def test_a_delegation_of_powers_tasks_the_delegatee():
    """QĐ 63/2025/QĐ-UBND Đồng Nai: "Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở Tư
    pháp tỉnh Đồng Nai ký Quyết định …"; the title's "PHÂN CẤP CHO" tasks nobody."""
    facts = _document_facts("230_qd-63-ubnd-dong-nai.txt")
    delegated = [f for f in facts if "phân cấp thẩm quyền cho" in f["text"]]
    assert [f["body"] for f in delegated] == ["Sở Tư pháp tỉnh Đồng Nai"] * 2
    assert not any(f["text"].isupper() for f in facts)


def test_labels_name_who_makes_appraises_and_approves_a_plan():
    """NQ 71/2025/NQ-HĐND Hà Nội: "a) Cơ quan tổ chức lập quy hoạch: …", "b) Cơ quan
    thẩm định: Sở Quy hoạch - Kiến trúc Hà Nội" (a dashed name closed by its place),
    "c) Cơ quan phê duyệt: Ủy ban nhân dân thành phố Hà Nội."; scope articles task nobody."""
    facts = _document_facts("356_nq-71-hdnd-hanoi.txt")
    labelled = collections.Counter(
        f["body"]
        for f in facts
        if regex.match(r"(?:\w\)|\d\.)?\s*Cơ quan (?:thẩm định|phê duyệt)", f["text"])
    )
    assert labelled["Sở Quy hoạch - Kiến trúc Hà Nội"] == 3
    assert labelled["Ủy ban nhân dân thành phố Hà Nội"] >= 2
    assert not any(f["body"] == "Các cơ quan, tổ chức, cá nhân" for f in facts)


def test_a_regulation_s_office_holder_and_a_form_to_fill():
    """QĐ 1760/QĐ-KTNN's regulation: "Tổng Kiểm toán nhà nước quyết định …" tasks the
    office holder; the appended form's "Kính đề nghị Tổng Kiểm toán nhà nước, …,
    lãnh đạo…….……. xem xét" has a blank to fill and tasks nobody."""
    facts = _document_facts("202_qd-1760-ktnn.txt")
    tasks = [_text(f) for f in facts if f["body"] == "Tổng Kiểm toán nhà nước"]
    for opening in ("quyết định việc cấp mới", "quyết định thu hồi", "quyết định tạm đình chỉ"):
        assert any(t.startswith("Tổng Kiểm toán nhà nước " + opening) for t in tasks), opening
    # "… xem xét và đề xuất với Tổng Kiểm toán nhà nước …": the subject proposes, nobody is tasked
    assert not any("đề xuất với Tổng" in t for t in tasks)
    assert not any("Kính đề nghị" in f["text"] for f in facts)


def test_a_closing_paragraph_after_a_headings_items_is_read_on_its_own():
    """KH 157/KH-UBND (Cần Thơ): "**6. Đề nghị các tổ chức cung cấp dịch vụ chi trả**"
    over "a) …", "c) …", then the unmarked closing "Trên đây là Kế hoạch … Trong quá
    trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo
    cáo về Sở Y tế …": the closing is no item of the heading, its subject is tasked."""
    facts = _document_facts("321_kh-157-ubnd-can-tho.txt")
    closing = [f for f in facts if "Trong quá trình thực hiện nếu có" in _text(f)]
    assert [f["body"] for f in closing] == ["các cơ quan, đơn vị, địa phương"]


def test_a_subject_after_an_opening_grounded_on_something():
    """KH 157/KH-UBND: "Căn cứ vào kết quả kiểm tra và thực hiện phong trào thi đua ở
    địa phương, Ủy ban nhân dân cấp xã quyết định khen thưởng …" — the opening says
    on what ground, the body after its comma acts; a body that only has a problem
    ("Căn cứ các quy định nêu trên, CÔNG TY … vướng mắc về chính sách thuế …", CV
    1539/TVLO-QLDN1) is not tasked."""
    facts = _document_facts("321_kh-157-ubnd-can-tho.txt")
    grounded = [f for f in facts if f["text"].startswith("Căn cứ vào kết quả kiểm tra")]
    assert [f["body"] for f in grounded] == ["Ủy ban nhân dân cấp xã"]
    letter = _document_facts("307_cv-1539-thue-vinh-long.txt")
    assert not any(f["text"].startswith("Căn cứ các quy định nêu trên") for f in letter)


# QĐ 1627/QĐ-UBND (268_qd-1627-ubnd-quang-ngai): TVPL wraps the line after a list
# marker ("*1.2." / "Sở Tài chính …*", "-" / "Tuyên truyền …"), and the duties of
# each body follow its heading, each item with its time below it.
_KIEM_KE = (
    "**IV. NHIỆM VỤ CỤ THỂ**\n\n**1.\nNhiệm vụ của thành viên Ban Chỉ đạo**\n\n*1.1.\nTrưởng Ban Chỉ đạo*\n\n- Phụ\n"
    "trách chung, trực tiếp điều hành, chỉ đạo thực hiện tổng kiểm kê.\n\n*1.2.\nSở Tài chính - Cơ quan thường "
    "trực Ban Chỉ đạo*\n\n-\nTuyên truyền, phổ biến các quy định về quản lý, sử dụng tài sản công.\n\nThời\ngian "
    "hoàn thành: Tháng 11 - 12/2025.\n\n- Tổng\nhợp kết quả kiểm kê, báo cáo Bộ Tài chính. Thời gian hoàn\nthành: "
    "Trước ngày 31/5/2026.\n\n*1.3.\nCác cơ quan quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, "
    "Công Thương)*\n\n- Phối\nhợp hướng dẫn thực hiện kiểm kê. Trong đó:\n\n+ Sở\nXây dựng: hướng dẫn các cơ "
    "quan, tổ chức, đơn vị thực hiện kiểm kê tài sản kết cấu hạ tầng giao thông.\n\n+ Sở\nCông Thương: hướng dẫn "
    "các cơ quan, tổ chức, đơn vị thực hiện kiểm kê tài sản kết cấu hạ tầng thương mại.\n\n*1.4.\nỦy ban nhân "
    "dân các phường, xã, đặc khu*\n\n- Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã.\n\nThời\ngian hoàn "
    "thành: Trước ngày 15/11/2025.\n\n- Tổng\nhợp, báo cáo kết quả kiểm kê.\n\nThời\ngian hoàn thành: Trước ngày "
    "15/4/2026.\n\n*1.5.\nTrách nhiệm của đối tượng thực hiện kiểm kê:*\n\n-\nThành lập Tổ kiểm kê.\n\nThời\nhạn "
    "hoàn thành: Trước ngày 30/11/2025.\n\n**V. KINH PHÍ THỰC HIỆN**\n"
)


def test_the_bodies_of_a_plans_headings_and_list_items():
    facts = _run(_KIEM_KE, "2025-10-30")
    assert _bodies(facts) == [
        # an office title heads its duties
        "Trưởng Ban Chỉ đạo",
        # an appositive after a dash is no part of the body's name
        "Sở Tài chính",
        # a generic body and its description, closing without a colon (a syllable typed twice once)
        "Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở Xây dựng, Công Thương)",
        # an item that opens with its body and, after a colon, its task in lower case
        "Sở Xây dựng",
        "Sở Công Thương",
        # a list marker alone on its line
        "Ủy ban nhân dân các phường, xã, đặc khu",
        # a heading that names whose duties follow, a body the registry does not know
        "đối tượng thực hiện kiểm kê",
    ]
    by_body = {f.body: f for f in facts}
    assert by_body["Sở Tài chính"].text == "1.2.\nSở Tài chính - Cơ quan thường trực Ban Chỉ đạo"
    # a heading's items each have their time: its tasks are done by the last
    assert by_body["Sở Tài chính"].deadline == "2026-05-31"
    assert by_body["Ủy ban nhân dân các phường, xã, đặc khu"].deadline == "2026-04-15"
    assert by_body["đối tượng thực hiện kiểm kê"].deadline == "2025-11-30"
    # (the section over the bodies' headings, "1. Nhiệm vụ của thành viên Ban Chỉ đạo", tasks nobody)
    assert "thành viên Ban Chỉ đạo" not in by_body


def test_a_list_item_naming_a_body_and_after_its_colon_no_verb_is_no_task():
    text = "QUYẾT ĐỊNH:\n\n- Sở Nội vụ: không quá 03 cá nhân;\n\n- Sở Y tế: hướng dẫn các cơ sở y tế.\n"
    assert _bodies(_run(text)) == ["Sở Y tế"]
    # a bare list of generic nouns before the colon names its bodies too (326_kh-0129-ubnd-dak-lak)
    bare = (
        "QUYẾT ĐỊNH:\n\n**14.\nDoanh nghiệp, cộng đồng, tổ chức, cá nhân:**** **Quan tâm, đăng ký hỗ trợ.\n"
    )
    assert _bodies(_run(bare)) == ["Doanh nghiệp, cộng đồng, tổ chức, cá nhân"]
    # a bare generic noun alone before a colon is a label ("Đơn vị: triệu đồng")
    assert _run("QUYẾT ĐỊNH:\n\n- Đơn vị: triệu đồng.\n") == []


def test_a_heading_naming_two_bodies_over_a_paragraph_of_one_of_them():
    # 245_qd-2820-ubnd-hcm: the heading lists both; the paragraph's subject is one of them
    text = (
        "**VI. TỔ CHỨC THỰC HIỆN**\n\n**2. Sở Khoa học và Công nghệ, Sở Nội vụ**\n\nSở Khoa học và Công nghệ chủ\n"
        "trì, phối hợp với Sở Nội vụ tổ chức đào tạo, tập huấn cho cán bộ, công chức.\n\n**3.\nCông An Thành phố, "
        "Bộ Tư lệnh Thành phố**\n\nCông an Thành phố chủ trì phối\nhợp với Bộ Tư lệnh Thành phố định kỳ kiểm tra, "
        "đánh giá an toàn hệ thống.\n"
    )
    assert _bodies(_run(text)) == [
        "Sở Khoa học và Công nghệ, Sở Nội vụ",
        "Công An Thành phố, Bộ Tư lệnh Thành phố",
    ]
    # a paragraph whose subject is another body still makes the heading a topic
    other = text.replace("Sở Khoa học và Công nghệ chủ\ntrì", "Sở Tư pháp chủ\ntrì")
    assert _bodies(_run(other))[0] == "Sở Tư pháp"


def test_a_generic_body_and_its_description_in_a_heading():
    # 323_kh-160-ubnd-can-tho, 345_ct-010-ubnd-dak-lak
    text = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n**2. Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án, tiểu dự "
        "án thuộc Chương trình**\n\n- Phê duyệt kế hoạch giám sát, đánh giá.\n\n**3. **Cơ quan chủ trì giải quyết "
        "thủ tục đầu tư dự án\n\na) Hướng dẫn và tạo điều kiện giải quyết nhanh các thủ tục.\n"
    )
    assert _bodies(_run(text)) == [
        "Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án, tiểu dự án thuộc Chương trình",
        "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án",
    ]
    # without "các" a generic noun that opens with a verb's sense names no body
    topics = (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n8. Tổ chức hội nghị, hội thảo trong công tác xây dựng pháp luật\n\n- Tổ "
        "chức hội nghị trao đổi nghiệp vụ.\n\nb) Phòng chống bệnh đường ruột\n\n- Tuyên truyền rửa tay.\n"
    )
    assert _run(topics) == []


def test_a_role_label_names_who_acts_in_a_procedure():
    # 356_nq-71-hdnd-hanoi: "Cơ quan thẩm định: …" (the partners of a lead's task are no role label)
    text = (
        "**Điều 6. Lập quy hoạch**\n\n5. Trách nhiệm tổ chức lập, thẩm định, phê duyệt quy hoạch phân khu:\n\na) Cơ "
        "quan tổ chức lập quy hoạch: Ban Quản lý đường\nsắt đô thị Hà Nội;\n\nb) Cơ quan thẩm định: Sở Quy hoạch - "
        "Kiến trúc Hà Nội;\n\nc) Cơ quan phê duyệt: Ủy ban nhân dân thành phố Hà\nNội hoặc cơ quan được Ủy ban "
        "nhân dân thành phố ủy quyền.\n\nd) Cơ quan phối hợp: Sở Xây dựng.\n"
    )
    assert _bodies(_run(text)) == [
        "Ban Quản lý đường sắt đô thị Hà Nội",
        "Sở Quy hoạch - Kiến trúc Hà Nội",
        "Ủy ban nhân dân thành phố Hà Nội hoặc cơ quan được Ủy ban nhân dân thành phố ủy quyền",
    ]


def test_a_letter_that_runs_on_below_its_addressee_line():
    # 285_cv-174-bcd-dvhc: no blank line after "Kính gửi: …"; the request below it opens
    # the directive part, and its items end where the list does
    text = (
        "**Kính gửi:** Các\nđồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ\nThực hiện Kết luận số 192-KL/TW "
        "của Bộ Chính trị, Ban Chỉ đạo yêu cầu các đồng chí Bộ trưởng, Thủ trưởng cơ\nquan ngang Bộ khẩn trương "
        "chỉ đạo thực hiện các nội dung sau:\n*2.1.* Các Bộ, cơ quan ngang Bộ tiếp tục\nphối hợp với Bộ Tư pháp rà "
        "soát toàn bộ hệ thống văn bản quy phạm pháp luật.\nTrên đây là một số nội dung trọng tâm, Ban Chỉ đạo đề "
        "nghị các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ quan tâm chỉ đạo thực hiện, kịp thời tháo gỡ khó "
        "khăn, vướng mắc cho địa phương./.\n"
    )
    assert _bodies(_run(text)) == [
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ",
        "Các Bộ, cơ quan ngang Bộ",
        "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ",
    ]


def test_a_plans_horizon_is_no_deadline():
    text = (
        "QUYẾT ĐỊNH:\n\n1. Sở Xây dựng rà soát quy hoạch theo Quy hoạch chung Thủ đô thời kỳ 2021-2030, tầm\nnhìn "
        "đến năm 2065.\n"
    )
    (fact,) = _run(text, "2025-10-01")
    assert fact.deadline is None


def test_an_amended_article_s_new_wording_is_the_document_s_own_text():
    """NQ 37/2025/NQ-HĐND (Huế) amends a procedure: "Sửa đổi, bổ sung Điều 6 như sau:
    “Điều 6. … 2. Cơ quan Bảo hiểm xã hội … 3. Sở Tài chính thẩm định hồ sơ, …”".
    The quotation is the resolution's own wording, whose steps task their bodies,
    given as alternatives ("Ủy ban nhân dân xã/phường"); a regulation quoted in a
    letter still tasks nobody (test_a_regulation_quoted_in_a_letter_tasks_nobody)."""
    facts = _document_facts("363_nq-37-hdnd-hue.txt")
    bodies = collections.Counter(f["body"] for f in facts)
    assert bodies["Sở Tài chính"] >= 2
    assert bodies["Chủ tịch Ủy ban nhân dân xã/phường"] >= 1
    assert "Chủ tịch Ủy ban nhân dân xã" not in bodies  # the alternative is part of the name
    steps = [_text(f) for f in facts if f["body"] == "Sở Tài chính"]
    assert any(s.startswith("Sở Tài chính thẩm định hồ sơ, tham mưu") for s in steps)


def test_a_procedure_step_named_nơi_nhận_kết_quả_does_not_end_the_running_text():
    """QĐ 125/QĐ-UBND (Huế): each procedure lists "Nơi nhận kết quả." (where the
    applicant receives the result) before the next chapter's steps; only the
    recipients label ("Nơi nhận:", or alone on its line) ends the running text."""
    facts = _document_facts("249_qd-125-ubnd-hue.txt")
    steps = [_text(f) for f in facts if f["body"] == "Phòng Văn hoá - Xã hội"]
    assert any("Phòng Văn hoá - Xã hội tiến hành thẩm tra danh sách" in s for s in steps)
    end = assignments._RECIPIENTS.search  # the label itself, with and without its colon
    assert end("Nơi nhận kết quả.\n") is None
    assert end("Nơi nhận:\n- Như Điều 3;") is not None
    assert end("Nơi nhận\n- Như Điều 3;") is not None


def test_a_form_s_recipients_and_signature_do_not_end_the_running_text():
    """QĐ 2926/QĐ-UBND (Lai Châu): a procedure's cell prints Mẫu số 12, an order form
    with its own "Nơi nhận:" and a signature to fill ("ngày...tháng...năm...", "(Ký, ghi
    rõ họ tên …)"); the procedures after it (thủ tục 3, 4: "**Bước 2:** Sau khi nhận được
    hồ sơ, Sở Y tế trả …") are still read.  A form's field whose value is a blank line
    ("- Trưởng Ban kiểm phiếu:" / "……") tasks nobody (QĐ 3621/QĐ-BYT)."""
    facts = _document_facts("252_qd-2926-ubnd-lai-chau.txt")
    steps = [_text(f) for f in facts if f["body"] == "Ủy ban nhân dân cấp tỉnh"]
    assert any("Ủy ban nhân dân cấp tỉnh cấp phép xuất khẩu trong thời hạn 07 ngày" in s for s in steps)
    assert any("Sở Y tế trả cho tổ chức, cá nhân đề nghị Phiếu tiếp nhận" in _text(f) for f in facts)
    assert not [f for f in _document_facts("210_qd-3621-byt.txt") if f["body"] == "Trưởng Ban"]
    form = "Kính gửi: ............\n|\n*Nơi nhận:*\n- Như trên;\n|\n.......,\nngày...tháng...năm...\n"
    assert assignments._zone_end(form) == len(form)
    signed = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n"
    assert assignments._zone_end("Văn bản.\n" + signed) == len("Văn bản.\n")


def test_a_cell_of_steps_opened_by_the_case_each_is_for():
    """QĐ 2487/QĐ-UBND (Lạng Sơn), thủ tục 14: "- Đối với trường hợp sửa đổi / hợp đồng:
    Trong thời hạn 15 ngày kể từ ngày nhận ý kiến của chuyên gia, các bên liên quan (nếu
    có), cơ quan quản lý nhiệm vụ đổi mới sáng tạo quyết định phê duyệt …": the cell
    lists steps by case, the authority after the owners of the opening phrase decides."""
    facts = _document_facts("254_qd-2487-ubnd-lang-son.txt")
    steps = [_text(f) for f in facts if f["body"] == "cơ quan quản lý nhiệm vụ đổi mới sáng tạo"]
    assert any("sáng tạo quyết định phê duyệt nội dung sửa đổi" in s for s in steps)
    assert any("sáng tạo quyết định chấm dứt việc thực hiện nhiệm vụ" in s for s in steps)
    assert assignments._STEP_MARKER.match("- Đối với trường hợp sửa đổi\nhợp đồng: Trong thời hạn 15 ngày")
    assert not assignments._STEP_MARKER.match("- Đối với trường hợp sửa đổi hợp đồng: Cơ quan quản lý")


def test_a_procedure_s_table_of_steps_printed_without_its_header_row():
    """QĐ 3621/QĐ-BYT: "7. Quy trình xử lý công việc" prints its rows with no header row
    (``| 2 | Duyệt hồ sơ, chuyển cho … | Lãnh đạo đơn vị | 01 ngày | |``): who takes each
    step is the column that opens with a body in more rows, and a cell listing bodies
    on lines of their own after a dash names each ("- Văn phòng Cục Quản lý YDCT" /
    "- Công chức thụ lý hồ sơ")."""
    steps = {(f["body"], _text(f)[:30]) for f in _document_facts("210_qd-3621-byt.txt")}
    assert ("Lãnh đạo đơn vị", "Duyệt hồ sơ, chuyển cho phòng ") in steps
    assert ("Hội đồng cấp cơ sở", "Tổng hợp, trình kết quả lên Hộ") in steps
    assert ("Văn phòng Cục Quản lý YDCT; Công chức thụ lý hồ sơ", "Lập hồ sơ trình Bộ Y tế ký Quy") in steps


def test_bodies_given_as_alternatives_are_one_name():
    # "/" between two bodies names either of them: one body, as "xã/phường" is one level
    (fact,) = _run("Giao Sở Y tế/Sở Giáo dục và Đào tạo rà soát hồ sơ.", "2025-11-18")
    assert fact.body == "Sở Y tế/Sở Giáo dục và Đào tạo"


def test_an_article_number_wrapped_below_its_word_still_heads_the_article():
    """QĐ 144/QĐ-CTUBND (Đồng Tháp): TVPL wraps "**Điều" / "15. Trách nhiệm của cơ
    quan, tổ chức quản lý trực tiếp**" — the article heads its numbered clauses,
    whatever body it names (one the registry does not know included)."""
    facts = _document_facts("213_qd-144-ctubnd-dong-thap.txt")
    headings = {f["body"]: _text(f) for f in facts if "Trách nhiệm của" in f["text"]}
    assert headings["cơ quan, tổ chức quản lý trực tiếp"] == (
        "Điều 15. Trách nhiệm của cơ quan, tổ chức quản lý trực tiếp"
    )
    assert "Văn thư cơ quan" in headings
    assert "Sở Khoa học và Công nghệ" in headings


def test_an_actor_outside_the_registry_is_the_subject_of_its_duty():
    """QĐ 161/QĐ-UBND (Ninh Bình), a regulation: actors no registry names, each
    followed by its duty ("Người chủ trì soạn thảo văn bản đi có trách nhiệm …",
    "Lưu trữ hiện hành có trách nhiệm …"); the same nouns before "phải" in a rule on
    conduct task nobody ("Cán bộ, công chức sử dụng Hệ thống … phải bảo vệ mật khẩu")."""
    facts = _document_facts("258_qd-161-ubnd-ninh-binh.txt")
    bodies = {f["body"] for f in facts}
    assert {
        "Người chủ trì soạn thảo văn bản đi",
        "Lưu trữ hiện hành",
        "Văn thư cơ quan, đơn vị gửi văn bản",
    } <= bodies
    assert not any(b.startswith("Cán bộ, công chức sử dụng") for b in bodies)


@pytest.mark.parametrize(
    "text, bodies",
    [
        # the name ends before an appositive ("là …") and an aside ("căn cứ vào …")
        (
            "Điều 5. Văn thư\n\n1. Văn thư cơ quan là người được lãnh đạo cơ quan giao quản lý con dấu, "
            "có trách nhiệm quản lý con dấu theo quy định.",
            ["Văn thư cơ quan"],
        ),
        (
            "3. Cá nhân được giao nhiệm vụ giải quyết công việc căn cứ vào Danh mục hồ sơ của cơ quan, "
            "có trách nhiệm nộp lưu hồ sơ vào Lưu trữ cơ quan.",
            ["Cá nhân được giao nhiệm vụ giải quyết công việc"],
        ),
        # "Trường hợp …," opens a condition (no actor), the subject follows it
        ("Điều 7. Hồ sơ\n\nTrường hợp hồ sơ không hợp lệ, đơn vị chịu trách nhiệm giải trình.", ["đơn vị"]),
        # a modal before the duty makes a rule on conduct; no duty, no subject
        ("Điều 8. Thẻ\n\nCông chức làm mất thẻ phải báo cáo bằng văn bản.", []),
        ("Điều 9. Quyền\n\nTổ chức kiểm định được thu phí theo quy định.", []),
        # accountable to someone is no task; a duty after a list of verbs is the same subject's
        ("Điều 10. Quỹ\n\nQuỹ chịu trách nhiệm toàn diện trước pháp luật về hoạt động của Quỹ.", []),
        ("Điều 11. Hộp thư\n\nCá nhân truy cập hộp thư thường xuyên và chịu trách nhiệm về nội dung.", []),
    ],
)
def test_actor_subjects(text, bodies):
    # (a regulation's article: the enacting formula opens its articles)
    assert _bodies(_run(text, "2025-11-18")) == bodies


@pytest.mark.parametrize(
    "sentence, body",
    [
        # a procedure's steps open with their time or condition, then the body and its task
        (
            "Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã lập danh sách gửi Sở Tài chính.",
            "Ủy ban nhân dân xã",
        ),
        (
            "Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm báo cáo.",
            "Ủy ban nhân dân cấp xã",
        ),
        (
            "Trường hợp có khiếu nại, trong thời hạn 07 ngày làm việc, kể từ ngày nhận được khiếu nại, "
            "Chủ tịch Ủy ban nhân dân xã xem xét, giải quyết.",
            "Chủ tịch Ủy ban nhân dân xã",
        ),
        # (QĐ 170/QĐ-BCĐNN: the members of the condition are not the clause's actors)
        (
            "Khi các thành viên Ban Chỉ đạo có sự thay đổi về nhân sự, cơ quan cử nhân sự có trách"
            " nhiệm báo cáo Trưởng Ban Chỉ đạo.",
            "cơ quan cử nhân sự",
        ),
        ("Trường hợp Sở Y tế không thống nhất, Sở Tư pháp có trách nhiệm tổng hợp ý kiến.", "Sở Tư pháp"),
        # (a proposal's owner, seven words: more than a phrase with no introducer may hold)
        ("Theo đề nghị của Sở Tài chính, Sở Nội vụ tham mưu bổ sung thành viên Ban Chỉ đạo.", "Sở Nội vụ"),
    ],
)
def test_a_procedure_step_after_its_time_or_condition(sentence, body):
    text = "QUYẾT NGHỊ:\n\nĐiều 6. Trình tự thực hiện\n\n1. " + sentence
    assert _bodies(_run(text, "2025-11-18")) == [body]


def test_a_regulation_issued_with_a_decision_tasks_in_its_articles():
    """QĐ 161/QĐ-UBND (Ninh Bình) issues a Quy chế printed after its signature: the
    regulation's articles are its own directive text, as a decision's articles are
    after "QUYẾT ĐỊNH:" — a body with a plain verb there is tasked ("Các cơ quan, đơn
    vị phân công cán bộ phụ trách an toàn thông tin …")."""
    facts = _document_facts("258_qd-161-ubnd-ninh-binh.txt")
    texts = {_text(f): f["body"] for f in facts}
    assert any(
        t.startswith("Các cơ quan, đơn vị phân công cán bộ phụ trách an toàn thông tin")
        and b == "Các cơ quan, đơn vị"
        for t, b in texts.items()
    )


def test_a_report_of_problems_without_a_subject_is_due_from_those_just_tasked():
    """CT 09/CT-UBND (Cần Thơ) closes: "… có trách nhiệm tổ chức triển khai thực hiện
    nghiêm túc Chỉ thị này. Trong quá trình thực hiện có phát sinh khó khăn, vướng mắc
    thì kịp thời phản ánh về Sở Nông nghiệp và Môi trường …./." — no subject: the
    bodies the sentence before tasks report; the Sở is where the reports go."""
    facts = _document_facts("344_ct-09-ubnd-can-tho.txt")
    (report,) = [f for f in facts if _text(f).startswith("Trong quá trình thực hiện có phát sinh")]
    assert report["body"].startswith("Giám đốc sở, Thủ trưởng cơ quan, ban, ngành thành phố")


def test_an_opening_phrase_that_names_a_body_is_no_elided_subject():
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 3. Sở Xây dựng có trách nhiệm hướng dẫn thực hiện Quyết định này.\n\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh về Sở Tài chính để tổng hợp.\n\n"
        "Trong quá trình thực hiện, nếu Sở Y tế có vướng mắc, kịp thời phản ánh về Sở Tài chính để tổng hợp."
    )
    reports = [f for f in _run(text, "2025-11-18") if f.text.startswith("Trong quá trình")]
    assert [(f.body, f.text.split(",")[1].strip()) for f in reports] == [("Sở Xây dựng", "nếu có vướng mắc")]


def test_a_circular_s_execution_clause_names_every_addressee():
    """TT 33/2025/TT-BKHCN closes "Chánh Văn phòng, Cục trưởng Cục Công nghiệp công
    nghệ thông tin, Thủ trưởng các cơ quan, … chịu trách nhiệm thi hành Thông tư
    này." — a Thông tư's (and a Nghị định's) execution clause, as a Quyết định's."""
    (clause,) = [
        f for f in _document_facts("385_tt-33-bkhcn.txt") if f["assignment_kind"] == "execution_clause"
    ]
    assert clause["body"] == (
        "Chánh Văn phòng; Cục trưởng Cục Công nghiệp công nghệ thông tin; "
        "Thủ trưởng các cơ quan, tổ chức, doanh nghiệp và cá nhân có liên quan"
    )


def test_an_execution_clause_addressed_to_officials_by_a_courtesy():
    """QĐ 3574/QĐ-BYT: "Điều 3. Các ông, bà: Chánh Văn phòng Bộ; Vụ trưởng Vụ Tổ chức
    cán bộ; … chịu trách nhiệm thi hành Quyết định này" — the courtesy is whom the
    clause addresses, no body; TT 111/2025/TT-BTC's clause opens with a Vụ trưởng."""
    (clause,) = [
        f for f in _document_facts("209_qd-3574-byt.txt") if f["assignment_kind"] == "execution_clause"
    ]
    assert clause["body"].startswith(
        "Chánh Văn phòng Bộ; Vụ trưởng Vụ Tổ chức cán bộ; Cục trưởng Cục Quản lý Khám"
    )
    (clause,) = [
        f for f in _document_facts("388_tt-111-btc.txt") if f["assignment_kind"] == "execution_clause"
    ]
    assert clause["body"].startswith("Vụ trưởng Vụ Tài chính - Kinh tế ngành")


@pytest.mark.parametrize(
    "sentence, body",
    [
        # a provincial statistics office named as a provincial tax office is (Thống kê tỉnh)
        ("Giao Thống kê tỉnh, thành phố chủ trì rà soát số liệu.", "Thống kê tỉnh, thành phố"),
        # "các cấp" is every level's authorities, a plural as "các ngành" is
        ("Các cấp, các ngành tổ chức quán triệt Nghị quyết.", "Các cấp, các ngành"),
        # "Ngoài việc …," opens a phrase, the subject follows it
        (
            "Ngoài việc thực hiện các quy định tại Nghị quyết này, các cơ sở giáo dục có trách nhiệm báo cáo.",
            "các cơ sở giáo dục",
        ),
    ],
)
def test_more_subjects_of_directive_sentences(sentence, body):
    assert _bodies(_run("QUYẾT ĐỊNH:\n\nĐiều 2. Tổ chức thực hiện\n\n1. " + sentence, "2025-11-18")) == [body]


def test_a_heading_s_body_ends_at_its_appositive():
    """QĐ 2853/QĐ-UBND (TP HCM): "1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu
    mối, chủ trì, …; tổ chức thực hiện các nhiệm vụ sau:" — the body is the Sở; the
    piece after ";" in lower case is its task, no second body."""
    facts = _document_facts("247_qd-2853-ubnd-hcm.txt")
    opening = [f for f in facts if _text(f).startswith("1. Giao Sở Nông nghiệp và Môi trường là")]
    assert [f["body"] for f in opening] == ["Sở Nông nghiệp và Môi trường"]


def test_an_item_under_a_heading_that_opens_with_another_body_tasks_it():
    """KH 182/KH-UBND (Đồng Nai): under "2.3. Công an tỉnh", item b) lists bullets
    "- Sở Xây dựng, Sở Tài chính tổ chức rà soát cơ sở vật chất …" — an item that
    opens with another body and its task verb tasks that body; a member list's
    label ("- Ban Chỉ đạo bầu cử của tỉnh:") is no task."""
    facts = _document_facts("329_kh-182-ubnd-dong-nai.txt")
    assert _opens(facts, "Sở Xây dựng, Sở Tài chính tổ chức rà soát", "Sở Xây dựng, Sở Tài chính")
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 2. Thành phần\n\n**1. Ủy ban nhân dân tỉnh:**\n\n"
        "- Ban Chỉ đạo bầu cử của tỉnh:\n\nKhông quá 05 cá nhân."
    )
    assert "Ban Chỉ đạo" not in _bodies(_run(text, "2025-11-18"))


def test_a_numbered_heading_whose_number_is_bold():
    # "**1**. Các sở, …:" (KH 153/KH-UBND Cần Thơ): the bold closes before the marker's dot
    text = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n**1**. Các sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường:\n\n"
        "a) Căn cứ chức năng và nhiệm vụ được giao tại Kế hoạch này, xây dựng kế hoạch.\n\nb) Báo cáo kết quả."
    )
    assert _bodies(_run(text, "2025-11-18")) == ["Các sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường"]


def test_a_letter_to_one_plural_addressee_running_on_below_its_kinh_gui():
    """CV 17809/BTC-CTK: "Kính gửi: Ủy / ban nhân dân các tỉnh, thành phố trực thuộc
    trung ương / Thực hiện Nghị định …, Bộ Tài chính đề nghị Ủy ban nhân dân các
    tỉnh, thành phố trực thuộc trung ương:" — the request introduces the tasks below
    it; "Quý Ủy ban" later is that one addressee (a plural of one kind, no list)."""
    facts = _document_facts("291_cv-17809-btc.txt")
    umbrella = [f for f in facts if _text(f).endswith("trực thuộc trung ương:")]
    assert [f["body"] for f in umbrella] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    (report,) = [f for f in facts if "Quý Ủy ban gửi báo cáo" in _text(f)]
    assert report["body"] == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    assert report["deadline"] == "2025-11-22"


def test_a_table_of_targets_and_the_bodies_in_charge():
    """KH 144/KH-UBND (Bắc Ninh), appendix "| TT | Chỉ tiêu | Chủ trì |": one target per
    row, its lead the bodies the cell opens with ("Sở Khoa học và Công nghệ thúc đẩy,
    theo dõi, báo cáo chỉ tiêu"; "Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành,
    UBND cấp xã thực hiện công bố …"), not the task the cell goes on with."""
    rows = [f for f in _document_facts("318_kh-144-ubnd-bac-ninh.txt") if f["assignment_kind"] == "table_row"]
    by_task = {_text(f): f["body"] for f in rows}
    assert by_task["Kinh tế số chiếm 45% GRDP tỉnh."] == "Sở Tài chính"
    assert (
        by_task["Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60%"]
        == "Sở Khoa học và Công nghệ"
    )
    assert any(b == "Sở KH&CN; Các sở, ngành, UBND cấp xã" for b in by_task.values())
    assert len(rows) >= 15


def test_a_duty_after_a_long_condition_and_a_wrapped_reference():
    """QĐ 2830/QĐ-UBND (Đồng Nai): "2. Trong thời gian …, nếu các quy định … tại" /
    "Điều 1 Quyết định này khác với … thì Giám đốc Sở Y tế có trách nhiệm chủ trì …" —
    a reference wrapped to a line's start opens no article, and "thì" opens the
    main clause after the condition."""
    facts = _document_facts("231_qd-2830-ubnd-dong-nai.txt")
    assert _opens(facts, "Trong thời gian Quyết định", "Giám đốc Sở Y tế")


def test_office_holders_named_by_their_title_alone():
    """TT 23/2025/TT-BTP delegates powers inside the ministry: "Cục trưởng quyết định
    bổ nhiệm …", "Chánh Văn phòng Bộ, Vụ trưởng, Cục trưởng quyết định giao biên chế
    …" — a title alone stands for its office (of the issuing body); not a courtesy
    (Đồng chí), nor a title whose body must follow (Người đứng đầu …)."""
    facts = _document_facts("389_tt-23-btp.txt")
    bodies = [f["body"] for f in facts]
    assert bodies.count("Cục trưởng") >= 4
    assert "Chánh Văn phòng Bộ, Vụ trưởng, Cục trưởng" in bodies
    text = "QUYẾT ĐỊNH:\n\nĐiều 2. Tổ chức thực hiện\n\n1. Lãnh đạo quyết định theo thẩm quyền."
    assert _bodies(_run(text, "2025-11-18")) == []


def test_a_procedure_step_after_a_time_limit_that_names_a_request():
    """QĐ 79/2025/QĐ-UBND (Bắc Ninh), a Quy chế: "3. Trong thời hạn 02 ngày làm việc
    kể từ khi nhận được nội dung yêu cầu, Sở Khoa học và Công nghệ thực hiện phân
    loại, xử lý yêu cầu …" — "nội dung yêu cầu" is a noun, no request in the opening
    phrase; an office that introduces the tasks (CV 4240: "…, Chủ tịch Ủy ban nhân
    dân Thành phố có ý kiến chỉ đạo như sau:") still speaks, it is not tasked."""
    facts = _document_facts("218_qd-79-ubnd-bac-ninh.txt")
    assert _opens(
        facts, "Trong thời hạn 02 ngày làm việc kể từ khi nhận được nội dung", "Sở Khoa học và Công nghệ"
    )
    text = (
        "Để hoàn thành việc cập nhật cơ sở dữ liệu theo yêu cầu của Bộ Nội vụ, Chủ tịch Ủy ban nhân dân "
        "Thành phố có ý kiến chỉ đạo như sau:\n\n**1. Giao Sở Nội vụ** rà soát dữ liệu."
    )
    assert "Chủ tịch Ủy ban nhân dân Thành phố" not in _bodies(_run(text, "2025-11-25"))


def test_a_time_limit_counted_from_a_written_request_opens_a_step():
    """QĐ 79/2025/QĐ-UBND (Bắc Ninh): "Trong thời hạn 02 ngày làm việc, kể từ ngày nhận
    được văn bản đề nghị, Sở Khoa học và Công nghệ sẽ thực hiện chấm dứt …" — "văn bản
    đề nghị" (like "hồ sơ đề nghị") names a document: no request in the opening phrase,
    whose words before a verb are read as a whole phrase, not only the last word."""
    facts = _document_facts("218_qd-79-ubnd-bac-ninh.txt")
    assert _opens(
        facts,
        "Trong thời hạn 02 ngày làm việc, kể từ ngày nhận được văn bản đề nghị",
        "Sở Khoa học và Công nghệ",
    )


def test_the_enacting_formula_tasks_nobody():
    """QĐ 145/QĐ-UBND (Thanh Hóa) and QĐ 52/QĐ-CTUBND (Cao Bằng) open their articles
    with "Ủy ban nhân dân ban hành Quyết định ủy quyền cho Giám đốc Sở Khoa học và Công
    nghệ …", "Chủ tịch Ủy ban nhân dân ban hành Quyết định quy định phân cấp cho Sở …":
    the formula enacts the document, the tasks are in the articles below it."""
    for name, enacting in (
        ("280_qd-145-ubnd-thanh-hoa.txt", "Ủy ban nhân dân ban hành Quyết định"),
        ("222_qd-52-ubnd-cao-bang.txt", "Chủ tịch Ủy ban nhân dân ban hành Quyết định"),
    ):
        facts = _document_facts(name)
        assert facts, name
        assert not [f for f in facts if _text(f).startswith(enacting)], name


def test_a_body_of_the_issuer_s_own_and_its_group():
    """TT 23/2025/TT-BTP: "Người đứng đầu đơn vị sự nghiệp thuộc Bộ nhóm 1, nhóm 2 quyết
    định bổ nhiệm …" — the owner written as the issuer writes itself (``thuộc Bộ``, a
    head word alone) and the groups the units are ranked in belong to the body; a unit
    the regulation only defines ("Đơn vị sự nghiệp thuộc Bộ tự bảo đảm chi thường xuyên
    (sau đây gọi là đơn vị nhóm 2)") is tasked with nothing."""
    facts = _document_facts("389_tt-23-btp.txt")
    bodies = [f["body"] for f in facts]
    assert bodies.count("Người đứng đầu đơn vị sự nghiệp thuộc Bộ nhóm 1, nhóm 2") >= 4
    assert "Người đứng đầu đơn vị sự nghiệp thuộc Bộ nhóm 3, nhóm 4" in bodies
    assert "Người đứng đầu đơn vị sự nghiệp thuộc Bộ" in bodies
    assert not [b for b in bodies if b.startswith("Đơn vị sự nghiệp")]
    # a named owner is read whole, not cut at a tail that ends in its head word
    text = "QUYẾT ĐỊNH:\n\nĐiều 2. Tổ chức thực hiện\n\n1. Các đơn vị thuộc Sở Y tế có trách nhiệm báo cáo."
    assert _bodies(_run(text, "2025-11-18")) == ["Các đơn vị thuộc Sở Y tế"]


def test_an_article_heading_naming_a_body_over_its_numbered_powers():
    """QĐ 52/QĐ-CTUBND (Cao Bằng): "**Điều 2. Sở Giáo dục và\\nĐào tạo**" over "1. Quyết
    định việc nâng bậc lương …" — the list number on the next line is no syllable of the
    name (as "Quân khu 4" would be), so the article names its body."""
    facts = _document_facts("222_qd-52-ubnd-cao-bang.txt")
    assert any(
        f["body"] == "Sở Giáo dục và Đào tạo" and _text(f) == "Điều 2. Sở Giáo dục và Đào tạo" for f in facts
    )


def test_a_table_of_who_answers_for_each_row():
    """QĐ 1383/QĐ-BNV: a schedule "STT | Tên thông tin thống kê | … | Thời gian phổ biến
    | … | Đơn vị chịu trách nhiệm phổ biến" tasks the unit of each numbered row, and a
    row whose last cells were merged into the row above (a rowspan: "| 2 | Số đại biểu
    Hội đồng nhân dân | Chính thức |") takes them from it.  Beside a "Cơ quan chủ trì"
    column (CV 6225/BVHTTDL-VP) the head who answers is no lead: the body in charge is."""
    facts = [f for f in _document_facts("204_qd-1383-bnv.txt") if f.get("assignment_kind") == "table_row"]
    rows = {_text(f): (f["body"], f["deadline"]) for f in facts}
    assert rows["Số đơn vị hành chính"] == ("Vụ Chính quyền địa phương", "2025-06")
    assert rows["Số đại biểu Hội đồng nhân dân"] == ("Vụ Chính quyền địa phương", "2025-06")
    assert len(facts) >= 25
    lead = [
        f["body"]
        for f in _document_facts("294_cv-6225-bvhttdl.txt")
        if f.get("assignment_kind") == "table_row"
    ]
    assert lead and not [b for b in lead if b.startswith(("Cục trưởng", "Giám đốc"))]


def test_a_procedure_s_steps_and_who_does_each():
    """QĐ 2682/QĐ-UBND (Vĩnh Long), an internal procedure: "STT | Nội dung công việc |
    Phân công nhiệm vụ | Thời gian thực hiện" over "Bước 1 | Hướng dẫn, tiếp nhận … |
    Trung tâm Phục vụ hành chính công cấp tỉnh/cấp xã | 0,25 ngày làm việc" — one
    assignment per step.  In its Điều 3, "Giao Giám đốc Công an tỉnh thực hiện các nhiệm
    vụ sau:" stays the umbrella of its items (the execution clause naming the Giám đốc
    again retasks nobody), and in "c) Phối hợp với Chánh Văn phòng …; Chủ tịch Ủy ban
    nhân dân các xã, phường tổ chức niêm yết …" the body after ";" is one more partner."""
    facts = _document_facts("282_qd-2682-ubnd-vinh-long.txt")
    steps = [f["body"] for f in facts if f.get("assignment_kind") == "table_row"]
    assert "Lãnh đạo Ủy ban nhân dân cấp xã" in steps and "Chỉ huy Công an cấp xã" in steps
    assert len(steps) == 6
    bodies = [f["body"] for f in facts if f.get("assignment_kind") != "table_row"]
    assert "Giám đốc Công an tỉnh" in bodies
    assert "Chủ tịch Ủy ban nhân dân các xã, phường" not in bodies


def test_a_unit_named_by_whom_it_manages_and_a_step_after_a_time_or_a_case():
    """QĐ 1760/QĐ-KTNN: "Hết thời hạn tạm đình chỉ …, Thủ trưởng đơn vị trực tiếp quản
    lý công chức có văn bản đề nghị …" — the unit that manages someone directly is named
    by that description; QĐ 79/2025/QĐ-UBND (Bắc Ninh): "Đối với trường hợp yêu cầu cấp
    lại mật khẩu, Sở Khoa học và Công nghệ thực hiện …" — "trường hợp yêu cầu" is a case,
    no request; QĐ 161/QĐ-UBND (Ninh Bình): "**Điều 22." / "Trách nhiệm của Sở Nội vụ**"
    is one article heading wrapped below its number."""
    ktnn = _document_facts("202_qd-1760-ktnn.txt")
    managing = [f for f in ktnn if f["body"] == "Thủ trưởng đơn vị trực tiếp quản lý công chức"]
    assert any(_text(f).startswith("Hết thời hạn tạm đình chỉ") for f in managing)
    assert len(managing) >= 3
    bac_ninh = _document_facts("218_qd-79-ubnd-bac-ninh.txt")
    assert _opens(bac_ninh, "Đối với trường hợp yêu cầu cấp lại mật khẩu", "Sở Khoa học và Công nghệ")
    ninh_binh = _document_facts("258_qd-161-ubnd-ninh-binh.txt")
    assert any(
        f["body"] == "Sở Nội vụ" and _text(f) == "Điều 22. Trách nhiệm của Sở Nội vụ" for f in ninh_binh
    )


def test_a_decree_s_articles_and_the_actor_it_defines():
    """NĐ 302/2025/NĐ-CP: its enacting formula wraps after its first word ("*Chính" /
    "phủ ban hành Nghị định …"), and its articles task: "Ủy ban nhân dân cấp tỉnh thành
    lập và quản lý Quỹ nhà ở địa phương."; it names its actor for short ("Quỹ nhà ở
    quốc gia (sau đây gọi là Quỹ)"), so "Quỹ mở tài khoản tại ngân hàng thương mại …"
    tasks the Quỹ, while "Quỹ nhà ở địa phương được thành lập mới là …" (the full name,
    then no verb) tasks nobody.  Its director before a verb of "có" ("Giám đốc Quỹ có
    văn bản quyết định …") is tasked as the Quỹ is.  A letter's report of another document ("Ngày 30/6/2025,
    Chính phủ ban hành Nghị định số 175/…") is no enacting formula."""
    facts = _document_facts("380_nd-302-cp.txt")
    texts = [(_text(f), f["body"]) for f in facts]
    assert any(t.startswith("Ủy ban nhân dân cấp tỉnh thành lập và quản lý Quỹ") for t, _ in texts)
    assert any(t.startswith("Quỹ mở tài khoản tại ngân hàng thương mại") and b == "Quỹ" for t, b in texts)
    assert not any(t.startswith("Quỹ nhà ở địa phương được thành lập mới") for t, _ in texts)
    # (its title over it, and a verb of "có": "…, Giám đốc Quỹ có văn bản quyết định tiếp nhận …")
    assert [b for t, b in texts if "Giám đốc Quỹ có văn bản quyết định tiếp nhận" in t] == ["Giám đốc Quỹ"]
    letter = _document_facts("299_cv-5363-cuc-thue.txt")
    assert not any(_text(f).startswith("Ngày 01/7/2025, Bộ Tài chính ban hành") for f in letter)


def test_an_actor_defined_in_quotes_in_lower_case():
    """NQ 73/2025/NQ-HĐND (Hà Nội) defines its applicant in quotes and in lower case
    ("Cơ quan, tổ chức, doanh nghiệp sử dụng lao động (sau đây gọi tắt là “đơn vị”)"),
    then opens each procedure with it: "a) Đơn vị lập 01 bộ hồ sơ cấp đổi thẻ …" tasks
    that actor.  In lower case inside a clause it still opens a longer generic name
    ("…, đơn vị đề nghị hỗ trợ có trách nhiệm hoàn thiện …"); a short name defined in
    lower case without quotes names a class as often ("(sau đây gọi tắt là cá nhân)",
    QĐ 99/2025/QĐ-UBND Nghệ An: "cá nhân chỉ cần nhập tên …" is an instruction)."""
    texts = [(_text(f), f["body"]) for f in _document_facts("357_nq-73-hdnd-hanoi.txt")]
    renewed = [b for t, b in texts if t.startswith("Đơn vị lập 01 bộ hồ sơ")]
    assert len(renewed) == 5 and set(renewed) == {"Đơn vị"}
    assert "đơn vị đề nghị hỗ trợ" in [b for t, b in texts if "có trách nhiệm hoàn thiện, bổ sung hồ sơ" in t]
    instructions = _document_facts("257_qd-99-ubnd-nghe-an.txt")
    assert not [f for f in instructions if f["body"] == "cá nhân"]


def test_a_body_named_again_by_its_head_word():
    """QĐ 86/2025/QĐ-UBND (Bắc Ninh) names "Hội đồng Thi đua - Khen thưởng tỉnh" in
    full, then "Chủ tịch Hội đồng chủ trì …", "Thường trực Hội đồng thường xuyên …": the
    head word alone (with its title) stands for the body named last with it; never a
    word that opens with a head ("Ban hành kèm theo …", "Trường hợp …")."""
    facts = _document_facts("220_qd-86-ubnd-bac-ninh.txt")
    texts = [(_text(f), f["body"]) for f in facts]
    assert any(
        t.startswith("Chủ tịch Hội đồng chủ trì") and b == "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"
        for t, b in texts
    )
    assert not [b for _, b in texts if b in ("Chủ tịch Hội", "Phó Chủ tịch Hội")]
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban Chỉ đạo tỉnh gồm các thành viên sau.\n\n"
        "Điều 2. Ban hành kèm theo Quyết định này Quy chế hoạt động.\n\nTrường hợp cần thiết, Ban họp đột xuất."
    )
    assert _bodies(_run(text, "2025-11-18")) == ["Ban Chỉ đạo tỉnh"]


def test_an_inspection_team_and_a_managing_agency_in_a_procedure():
    """TT 56/2025/TT-BCT: "Trưởng Đoàn kiểm tra tổ chức cuộc họp của Đoàn kiểm tra …" —
    a team named by its head and its work (Đoàn kiểm tra, Tổ công tác) and its leader's
    title; QĐ 165/2025/QĐ-UBND (Ninh Bình): "Cơ quan, tổ chức quản lý trực tiếp có văn
    bản ký số đề nghị …" — generic nouns named by whom they manage act in any verb."""
    inspection = [f["body"] for f in _document_facts("383_tt-56-bct.txt")]
    assert inspection.count("Trưởng Đoàn kiểm tra") >= 4
    managing = [f["body"] for f in _document_facts("260_qd-165-ubnd-ninh-binh.txt")]
    assert managing.count("Cơ quan, tổ chức quản lý trực tiếp") >= 4


def test_the_members_a_body_is_composed_of_are_no_tasks():
    """QĐ 2641/QĐ-UBND (Đà Nẵng) sets up a centre: "b) Các phòng chuyên môn, nghiệp vụ
    gồm:" over "Phòng Nghiên cứu khoa học", "Phòng Hướng dẫn tham quan" — names of its
    parts, not bodies and their verbs ("khoa học", "tham quan"); "Ủy ban nhân dân cấp xã
    bao gồm: …" (QĐ 211/2025/QĐ-UBND, Hải Phòng) lists its people."""
    bodies = [f["body"] for f in _document_facts("228_qd-2641-ubnd-da-nang.txt")]
    assert not [b for b in bodies if b.startswith(("Phòng ", "Các phòng"))]
    hai_phong = _document_facts("239_qd-211-ubnd-hai-phong.txt")
    assert not [f for f in hai_phong if _text(f).startswith("Ủy ban nhân dân cấp xã bao gồm")]


def test_a_generic_body_given_a_power_to_decide():
    """QĐ 44/2025/QĐ-UBND (Quảng Ngãi) delegates: "Cơ quan, tổ chức, đơn vị quyết định
    tiêu chuẩn, định mức sử dụng máy móc, thiết bị …" — a generic body without "các"
    is a subject before a power to decide or approve, as before a duty."""
    facts = _document_facts("265_qd-44-ubnd-quang-ngai.txt")
    assert [f["body"] for f in facts].count("Cơ quan, tổ chức, đơn vị") >= 2


def test_every_level_of_the_issuer_s_own_place():
    """NQ 57/2025/NQ-HĐND (Hà Nội) closes: "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam
    các cấp Thành phố phối hợp tuyên truyền …" — every level of the city, a capitalised
    level word alone standing for the issuer's place, is part of the name."""
    facts = _document_facts("352_nq-57-hdnd-hanoi.txt")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố" in [f["body"] for f in facts]


def test_a_plan_printed_below_the_decision_without_a_kem_theo_line():
    """QĐ 2954/QĐ-UBND (Sơn La): the plan it issues is printed right below its signature,
    opening at "**KẾ HOẠCH**" with no "(Ban hành kèm theo …)" line; its part "V. TỔ CHỨC
    THỰC HIỆN" tasks "**1. Sở Công Thương**", "**5. Công an tỉnh**" …"""
    bodies = [f["body"] for f in _document_facts("276_qd-2954-ubnd-son-la.txt")]
    assert "Sở Công Thương" in bodies and "Công an tỉnh" in bodies
    assert "Ủy ban nhân dân các xã, phường" in bodies


def test_members_of_a_steering_committee_and_a_union_of_associations():
    """QĐ 170/QĐ-BCĐNN (a steering committee's rules): "Thành viên Ban Chỉ đạo có trách
    nhiệm tham gia …", "Ủy viên Thường trực Ban Chỉ đạo điều hành …" — members and
    standing members are titles over their body; QĐ 81/2025/QĐ-UBND (Bắc Ninh): "Liên
    hiệp các hội Khoa học và Kỹ thuật tỉnh có trách nhiệm …", its name with "hội" in
    lower case."""
    committee = [f["body"] for f in _document_facts("201_qd-170-bcdnn-du-lich.txt")]
    assert "Thành viên Ban Chỉ đạo" in committee and "Ủy viên Thường trực Ban Chỉ đạo" in committee
    union = [f["body"] for f in _document_facts("219_qd-81-ubnd-bac-ninh.txt")]
    assert union.count("Liên hiệp các hội Khoa học và Kỹ thuật tỉnh") >= 3


def test_a_power_stated_by_its_agent():
    """NĐ 302/2025/NĐ-CP: "Giám đốc, Phó Giám đốc Quỹ nhà ở trung ương do Bộ trưởng Bộ Xây
    dựng bổ nhiệm, miễn nhiệm" — the body after "do" holds the power; QĐ 170/QĐ-BCĐNN:
    "Thành phần các phiên họp mở rộng do Trưởng Ban Chỉ đạo quyết định."; not a document
    described by its issuer ("văn bản quy phạm pháp luật khác do Bộ trưởng Bộ Công Thương
    ban hành")."""
    decree = _document_facts("380_nd-302-cp.txt")
    assert _opens(decree, "Giám đốc, Phó Giám đốc Quỹ", "Bộ trưởng Bộ Xây dựng")
    committee = _document_facts("201_qd-170-bcdnn-du-lich.txt")
    assert _opens(committee, "Thành phần các phiên họp mở rộng", "Trưởng Ban Chỉ đạo")
    circular = _document_facts("383_tt-56-bct.txt")
    assert not [f for f in circular if _text(f).startswith("Trường hợp giữa Thông tư này")]


def test_the_offices_of_a_board_its_members_and_their_standing_rank():
    """The probe's Ban Chỉ đạo decisions (bp02, av01, br02): "Các ủy viên thực hiện …"
    in lower case is the board's members as "Các Ủy viên" is; "Phó Trưởng ban thường
    trực giúp …" is one office, its task opening after its rank; "4. Các uỷ viên: Giám
    đốc Sở Tài chính; …" lists the offices that hold a seat, no task."""
    text = (
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Ban Chỉ đạo Tổng điều tra kinh tế năm 2026 tỉnh Đắk Lắk (sau đây gọi tắt là "
        "Ban Chỉ đạo), gồm:\n"
        "1. Trưởng ban: Chủ tịch UBND tỉnh.\n"
        "2. Phó Trưởng ban: Giám đốc Sở Nông nghiệp và Môi trường.\n"
        "3. Các Ủy viên: Giám đốc Sở Tài chính; Giám đốc Sở Tư pháp; Giám đốc Sở Nội vụ.\n"
        "Điều 2. Nhiệm vụ của các thành viên Ban Chỉ đạo\n"
        "1. Trưởng ban chịu trách nhiệm chung về hoạt động của Ban Chỉ đạo.\n"
        "2. Phó Trưởng ban thường trực giúp Trưởng ban điều hành các hoạt động thường xuyên của Ban Chỉ đạo.\n"
        "3. Các ủy viên thực hiện nhiệm vụ do Trưởng ban phân công; chỉ đạo cơ quan, đơn vị mình cung cấp "
        "danh sách cơ sở kinh tế thuộc phạm vi quản lý.\n"
    )
    facts = _run(text, "2025-11-20")
    assert _bodies(facts) == [
        "Trưởng Ban Chỉ đạo",
        "Phó Trưởng ban thường trực Ban Chỉ đạo",
        "Các ủy viên Ban Chỉ đạo",
    ]
    assert facts[1].task.startswith("giúp Trưởng ban") and facts[2].task.startswith("thực hiện nhiệm vụ")


def test_an_opening_phrase_about_a_petition_names_no_request():
    """QĐ 98/2025/QĐ-UBND (Nghệ An): "Đối với kiến nghị có nội dung liên quan đến nhiều
    ngành, lĩnh vực, Văn phòng UBND tỉnh chủ trì tham mưu …" — "kiến nghị" here is the
    petition the phrase is about (no body follows it), so the subject after the comma is
    read."""
    facts = _document_facts("256_qd-98-ubnd-nghe-an.txt")
    assert _opens(facts, "Đối với kiến nghị có nội dung liên quan đến nhiều ngành", "Văn phòng UBND tỉnh")


def test_a_table_right_after_another_is_read_with_its_own_columns():
    """TB 624/TB-VPCP: Phụ lục I (STT | Nhiệm vụ | Căn cứ | Cơ quan chủ trì | Thời
    hạn) ends in its caption of Phụ lục II and Phụ lục II's header with no empty cell
    between them; Phụ lục II (STT | Tên nhiệm vụ | Đơn vị chủ trì | Thời hạn | …) puts
    its body one column further left, so read with Phụ lục I's columns its dates were
    taken for bodies."""
    rows = [f for f in _document_facts("060_tb-624-vpcp.txt") if f["assignment_kind"] == "table_row"]
    assert not [f["body"] for f in rows if regex.match(r"\d", f["body"])]
    assert any(
        _opens([f], "Chủ trì, làm việc với các bộ, cơ quan: Công an", "Bộ Khoa học và Công nghệ")
        for f in rows
    )
    (deadline,) = [
        f["deadline"] for f in rows if _text(f).startswith("Chủ trì, làm việc với các bộ, cơ quan")
    ]
    assert deadline == "2025-10-10"
    # (Phụ lục I's last row still read, with its own columns)
    assert _opens(rows, "Xây dựng Nghị định quy định chính sách học bổng", "Bộ Giáo dục và Đào tạo")


def test_a_list_written_inside_a_paragraph_gives_one_task_per_item():
    """TB 624/TB-VPCP: "a) Bộ Khoa học và Công nghệ: **(1)** trình …; **(2)** chủ
    trì …; … **(7)** …": each numbered item is a task of the label's body, with its
    own deadline; the list nested in an item ("(5) Phát triển VNeID … với 05 chức
    năng chính: (i) Lưu trữ …") is that item's, no tasks of its own; under a topic
    ("3. Khẩn trương xây dựng …: (1) Thanh tra Chính phủ ban hành …; (2) Bộ Công an
    chủ trì …") each item names its own body."""
    facts = _document_facts("060_tb-624-vpcp.txt")
    science = [
        f for f in facts if f["body"] == "Bộ Khoa học và Công nghệ" and f["assignment_kind"] != "table_row"
    ]
    items = [f for f in science if not _text(f).startswith("Bộ Khoa học")]
    assert len(items) == 7
    assert _text(items[0]).startswith("trình Thủ tướng Chính phủ Chương trình quốc gia")
    assert items[0]["deadline"] == "2025-11"
    assert items[1]["deadline"] == "2025-12-10"
    police = [_text(f) for f in facts if f["body"] == "Bộ Công an" and f["assignment_kind"] != "table_row"]
    assert any(t.startswith("Phát triển VNeID") for t in police)
    assert not any(t.startswith(("Lưu trữ", "Định danh", "Ví điện tử")) for t in police)
    assert _opens(
        facts, "Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025", "Thanh tra Chính phủ"
    )


def test_a_task_to_have_a_document_issued_is_no_enacting_formula():
    """ "(4) Tham mưu ban hành Nghị quyết quy phạm pháp luật của Chính phủ về phát
    triển công dân số; …" reads like "Chính phủ ban hành Nghị quyết …", but no
    article follows it: the item is a task (a formula's span tasks nobody)."""
    facts = _document_facts("060_tb-624-vpcp.txt")
    assert _opens(
        facts, "Tham mưu ban hành Nghị quyết quy phạm pháp luật của Chính phủ về phát", "Bộ Công an"
    )


def test_a_body_tasked_again_after_another_bodys_clause_is_a_next_step():
    """ "(2) Bộ Công an chủ trì … ban hành hướng dẫn …; Các bộ, ngành, địa phương …
    gửi kết quả về Bộ Công an …; Bộ Công an tổng hợp, thẩm định …": Bộ Công an's
    second clause is another task, not the first one said twice."""
    facts = _document_facts("060_tb-624-vpcp.txt")
    assert _opens(facts, "Bộ Công an chủ trì, phối hợp các bộ, cơ quan liên quan", "Bộ Công an")
    assert _opens(facts, "Bộ Công an tổng hợp, thẩm định, đánh giá lại", "Bộ Công an")


def test_a_bare_level_word_in_a_notice_stands_for_the_place_visited():
    """TB 648/TB-VPCP (a Deputy Prime Minister's conclusions at tỉnh Điện Biên):
    "Trong thời gian tới, Tỉnh tổ chức thực hiện …", "…: Tỉnh căn cứ các quy định …"
    task the province named in full before; its past achievements ("Tỉnh đã hoàn
    thành …") task nobody."""
    facts = _document_facts("032_tb-648-vpcp.txt")
    assert _opens(facts, "Trong thời gian tới, Tỉnh tổ chức thực hiện", "tỉnh Điện Biên")
    assert any(
        f["body"] == "tỉnh Điện Biên" and "Tỉnh căn cứ các quy định hiện hành" in _text(f) for f in facts
    )
    assert not any(_text(f).startswith("Tỉnh đã") for f in facts)


def test_a_task_with_no_subject_goes_on_with_the_last_tasked_subject_of_its_paragraph():
    """TB 648/TB-VPCP: "Trong thời gian tới, Tỉnh tổ chức thực hiện … . Tập trung ưu
    tiên đầu tư … . Đồng thời, tổ chức lại mô hình … . Tỉnh xem xét, khảo sát …": the
    sentences with no subject that open with a task (after a connective or not) are
    the province's; a plan ("…, nếu không tốt sẽ thanh lọc dần") is no task, but a
    task that mentions what was done ("… các nhiệm vụ đã được giao") is one."""
    facts = _document_facts("032_tb-648-vpcp.txt")
    for opening in (
        "Tập trung ưu tiên đầu tư các lĩnh vực",
        "Đồng thời, tổ chức lại mô hình",
        "Tỉnh xem xét, khảo sát",
    ):
        assert _opens(facts, opening, "tỉnh Điện Biên"), opening
    text = (
        "ỦY BAN NHÂN DÂN HUYỆN\n\nTHÔNG BÁO\n\nKết luận của Phó Chủ tịch UBND huyện\n\n"
        "Phó Chủ tịch UBND huyện kết luận như sau:\n\n"
        "Giao Phòng Nội vụ tham mưu cho UBND huyện bố trí, tuyển dụng đủ cán bộ dân số của huyện theo "
        "quy định. Theo dõi sát việc đánh giá cán bộ dân số hàng năm, nếu không tốt sẽ thanh lọc dần.\n"
    )
    assert [f.text.split(".")[0] for f in _run(text)] == [
        "Giao Phòng Nội vụ tham mưu cho UBND huyện bố trí, tuyển dụng đủ cán bộ dân số của huyện theo quy định"
    ]
    done = text.replace("nếu không tốt sẽ thanh lọc dần", "hoàn thành các nhiệm vụ đã được giao")
    assert [f.body for f in _run(done)] == ["Phòng Nội vụ", "Phòng Nội vụ"]


def test_a_bare_level_word_in_a_citys_own_resolution_is_its_policy():
    """In a resolution of the city itself, "Thành phố hỗ trợ 50% thuế …" states a
    policy: no task for the city named in full before."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\nNGHỊ QUYẾT\n\nQuy định chính sách của thành phố Hà Nội.\n\n"
        "QUYẾT NGHỊ:\n\nĐiều 1. Chính sách\n\n1. Thành phố hỗ trợ 50% thuế thu nhập cá nhân đối với chuyên gia.\n"
    )
    assert not [f for f in _run(text) if f.body == "thành phố Hà Nội"]


def test_a_body_after_a_bold_topic_and_its_colon_is_tasked_by_its_verb():
    """TB 624/TB-VPCP: "**2. Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế
    chính sách:** Các bộ khẩn trương trình Chính phủ …": the topic names no body;
    the body after its colon, with a plain verb, is tasked."""
    facts = _document_facts("060_tb-624-vpcp.txt")
    assert _opens(facts, "Các bộ khẩn trương trình Chính phủ ban hành các Nghị định", "Các bộ")


def test_a_courtesy_before_the_offices_that_open_a_clause_is_no_part_of_them():
    """TB 624/TB-VPCP: "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, … Chủ
    tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương phải phát huy …"."""
    facts = _document_facts("060_tb-624-vpcp.txt")
    (fact,) = [f for f in facts if _text(f).startswith("Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ")]
    assert fact["body"].startswith("Bộ trưởng, Thủ trưởng cơ quan ngang bộ")


def test_a_report_without_a_subject_may_name_its_addressee_right_after_the_verb():
    """NQ 78/NQ-HĐND (Hà Nội), Điều 7: "Giao Ủy ban nhân dân Thành phố tổ chức triển
    khai thực hiện Nghị quyết … Nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo
    cáo Hội đồng nhân dân Thành phố …": the report is due from the body just tasked."""
    facts = _document_facts("008_nq-78-hdnd-hanoi.txt")
    assert _opens(
        facts, "Nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo", "Ủy ban nhân dân Thành phố"
    )


def test_a_procedure_table_numbered_by_its_steps_reads_only_its_steps():
    """QĐ 3760/QĐ-UBND (Nghệ An): each procedure's table is headed "Thứ tự công
    việc | Đơn vị/người thực hiện | Nội dung công việc | …" and its rows "Bước 1",
    "Bước 2" …; the total-time row ("Tổng thời gian giải quyết TTHC | Theo quy định
    …") and the next procedure's title, with no empty cell between them, are no step."""
    rows = [f for f in _document_facts("022_qd-3760-ubnd-nghe-an.txt") if f["assignment_kind"] == "table_row"]
    assert rows and not [f for f in rows if f["body"].startswith("Theo quy định")]
    assert len(rows) == 35  # 5 procedures of 7 steps


def test_joint_stock_commercial_banks_are_named_whole():
    """TB 624/TB-VPCP: "Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại cổ
    phần quyết liệt triển khai …"."""
    facts = _document_facts("060_tb-624-vpcp.txt")
    assert any(f["body"] == "Ngân hàng Nhà nước Việt Nam và các ngân hàng thương mại cổ phần" for f in facts)


def test_a_procedures_steps_numbered_b1_b2_are_its_rows():
    """QĐ 2969/QĐ-UBND (Sơn La), Phụ lục II: "TT | Trình tự thực hiện | Trách nhiệm
    thực hiện | …" over rows "B1", "B2" …; a row whose responsibility cell is merged
    away ("B5 | Liên thông UBND tỉnh … | 1/4 ngày") names no body by its time."""
    rows = [f for f in _document_facts("024_qd-2969-ubnd-son-la.txt") if f["assignment_kind"] == "table_row"]
    assert _opens(
        rows,
        "Tiếp nhận và bàn giao hồ sơ về phòng chuyên môn",
        "Bộ phận tiếp nhận và trả kết quả của Sở Văn hóa, Thể thao và Du lịch tại Trung tâm Phục vụ hành chính công tỉnh",
    )
    assert _opens(rows, "Xem xét, phê duyệt", "Lãnh đạo Sở")
    assert not [f for f in rows if f["body"][:1].isdigit()]


def test_a_line_of_bodies_over_their_task_on_the_next_line():
    """CĐ 220/CĐ-TTg: "2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, / Chủ tịch
    Ủy ban nhân dân các tỉnh, thành phố / Khẩn trương rà soát, sửa đổi …": the task
    opens the next line in capitals; "Khẩn" is no city."""
    facts = _document_facts("033_cd-220-ttg.txt")
    bodies = [f["body"] for f in facts]
    assert not [b for b in bodies if b.endswith("Khẩn")]
    assert (
        "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"
        in bodies
    )


def test_bodies_in_the_old_tone_placement_are_read_as_in_the_new():
    """TB 432-TB/VPTW writes "cấp uỷ", "Đảng uỷ": "yêu cầu cấp uỷ, tổ chức đảng, chính
    quyền, đoàn thể các cấp …" names the whole group, kept as written."""
    facts = _document_facts("061_tb-432-vptw.txt")
    assert any(f["body"] == "cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp" for f in facts)


def test_party_committees_in_the_plural_are_one_generic_body():
    """HD 37-HD/BTGDVTW: "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể
    hóa hướng dẫn này …"; a committee named by its place stays a body of its own."""
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nHƯỚNG DẪN\n\nI. TỔ CHỨC THỰC HIỆN\n\n"
        "2. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa hướng dẫn này phù hợp "
        "với thực tiễn địa phương.\n\n3. Tỉnh ủy Thanh Hóa chỉ đạo các cơ quan triển khai.\n"
    )
    assert _bodies(_run(text)) == [
        "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
        "Tỉnh ủy Thanh Hóa",
    ]


def test_an_opening_phrase_may_list_its_owners_before_the_named_subject():
    """QĐ 162/QĐ-UBND (Ninh Bình): "Trong thời hạn 03 ngày làm việc kể từ khi nhận được
    văn bản đề nghị của các cơ quan, đơn vị, Sở Khoa học và Công nghệ thực hiện phân
    loại …": the owners run over commas, the subject is the named body after them; NĐ
    302/2025/NĐ-CP: "Trường hợp nhà ở, nhà ở xã hội của Quỹ nhà ở trung ương, Quỹ nhà ở
    địa phương chưa cho thuê được thì Bộ Xây dựng và Ủy ban nhân dân cấp tỉnh quyết định …"."""
    facts = _document_facts("259_qd-162-ubnd-ninh-binh.txt")
    assert any(
        f["body"] == "Sở Khoa học và Công nghệ" and _text(f).startswith("Trong thời hạn 03 ngày")
        for f in facts
    )
    facts = _document_facts("380_nd-302-cp.txt")
    assert any(
        "Bộ Xây dựng" in f["body"] and "Ủy ban nhân dân cấp tỉnh" in f["body"] and "chưa cho" in _text(f)
        for f in facts
    )


@pytest.mark.parametrize(
    ("name", "issuer"),
    [("325_kh-0125-ubnd-dak-lak.txt", None), ("335_kh-308-ubnd-hanoi.txt", "UBND thành phố Hà Nội")],
)
def test_a_copy_without_its_header_knows_its_issuer_from_the_clause_that_issues_it(name, issuer):
    """A portal copy of a plan opens at its type line and is signed ``KT. CHỦ TỊCH``:
    no header names its issuer.  "UBND tỉnh ban hành Kế hoạch phát động …" issues the
    document itself: the issuer's own statement, no task — and the copy's tasks are
    those of the whole document.  The header infers the issuer where the copy names its
    place (335: "thành phố Hà Nội", its "Ủy ban nhân dân Thành phố" signing); 325 names
    none."""
    from tests.conftest import document_path
    from vanban.pipeline.extraction import extract_text
    from vanban.pipeline.ingest import extract_file

    record = extract_file(str(document_path(name)), with_text=True)
    text = record["text"]
    copy = text[regex.search(r"(?m)^\**KẾ HOẠCH\**\s*$", text).start() :]
    header = extract_text(copy).to_dict()
    assert header["header"]["issuer"] == issuer
    facts = [f for f in header["facts"] if f["kind"] == "assignment"]
    assert not [f for f in facts if "ban hành Kế hoạch" in _text(f)[:80]]
    whole = [(f["body"], _text(f)) for f in record["facts"] if f["kind"] == "assignment"]
    assert sorted((f["body"], _text(f)) for f in facts) == sorted(whole)


def test_the_offices_of_party_committees_in_the_plural_are_one_generic_body():
    """KL 07-KL/VPTW: "Các văn phòng tiếp tục nâng cao …", "… thì các văn phòng tỉnh
    uỷ, thành uỷ, cơ quan đảng ở Trung ương kịp thời báo cáo …": the offices are
    tasked, not the committees whose offices they are."""
    facts = _document_facts("375_kl-07-vptw.txt")
    bodies = [f["body"] for f in facts]
    assert "Các văn phòng" in bodies
    assert "các văn phòng tỉnh uỷ, thành uỷ, cơ quan đảng ở Trung ương" in bodies
    assert not [b for b in bodies if b.casefold() in ("tỉnh uỷ", "thành uỷ")]


def test_a_letters_one_addressee_may_be_a_plural_of_places_and_run_into_the_text():
    """CV 5155/SGDĐT (TP HCM): "Kính gửi: Ủy ban nhân dân phường, xã và đặc khu" with
    the letter going on at once on the next line ("Căn cứ Luật Giáo dục …"); its
    "kính đề nghị Quý cơ quan liên hệ …" asks that addressee.  A name wrapped over
    two lines ("Kính gửi: Công ty TNHH" / "Tokokosen.") stays whole."""
    facts = _document_facts("005_cv-5155-sgddt-hcm.txt")
    assert any(
        f["body"] == "Ủy ban nhân dân phường, xã và đặc khu" and "kính đề nghị Quý cơ quan" in _text(f)
        for f in facts
    )
    from vanban.extractors.assignments import _single_addressee
    from vanban.extractors.bodies.tokens import mask

    wrapped = "Kính gửi: Công ty TNHH\nTokokosen.\n\nCục Thuế nhận được công văn."
    assert _single_addressee(wrapped, mask(wrapped)) == "Công ty TNHH Tokokosen"


def test_a_decentralisation_phan_cap_cho_tasks_the_body_it_delegates_to():
    """QĐ 223/QĐ-UBND (Hải Phòng): "2. Phân cấp cho Ủy ban nhân dân các phường thực
    hiện nhiệm vụ, quyền hạn của chủ sở hữu …" (a delegation: ANNOTATION.md counts
    it); a decision's title "… PHÂN CẤP CHO SỞ GIÁO DỤC VÀ ĐÀO TẠO …" (52/QĐ-UBND,
    Cao Bằng) tasks nobody."""
    facts = _document_facts("243_qd-223-ubnd-hai-phong.txt")
    assert _opens(facts, "2. Phân cấp cho Ủy ban nhân dân các phường thực hiện", "Ủy ban nhân dân các phường")
    assert _opens(
        facts, "4. Phân cấp cho Ủy ban nhân dân các đặc khu thực hiện", "Ủy ban nhân dân các đặc khu"
    )
    titled = _document_facts("222_qd-52-ubnd-cao-bang.txt")
    assert not [f for f in titled if f["body"].isupper()]


def test_command_boards_and_an_opening_phrase_that_goes_on_after_truong_hop():
    """QĐ 96/2025/QĐ-UBND (Quảng Ninh) tasks the command boards of the two-level local
    government: "Ban Chỉ huy cấp xã tham mưu …", "Ban chỉ huy cấp xã lập báo cáo …",
    "Ban Chỉ huy phòng thủ dân sự cấp xã báo cáo …", a numbered heading "3. Bộ Chỉ huy
    quân sự tỉnh"; its closing asks "các sở, ban, ngành và Ủy ban nhân dân các địa
    phương, …" to report problems.  QĐ 44/QĐ-CTUBND (Gia Lai): "Trong quá trình …,
    trường hợp phát sinh những khó khăn, vướng mắc hoặc bất cập, các cơ quan, tổ
    chức, đơn vị kịp thời phản ánh …": "trường hợp" goes on with the opening phrase,
    the subject is after its last comma."""
    facts = _document_facts("269_qd-96-ubnd-quang-ninh.txt")
    assert _opens(facts, "Ban Chỉ huy cấp xã tham mưu, tổ chức lực lượng canh phòng", "Ban Chỉ huy cấp xã")
    assert any(
        f["body"] == "Ban chỉ huy cấp xã" and "Ban chỉ huy cấp xã lập báo cáo" in _text(f) for f in facts
    )
    assert any(f["body"] == "Ban Chỉ huy phòng thủ dân sự cấp xã" for f in facts)
    assert _opens(facts, "3. Bộ Chỉ huy quân sự tỉnh", "Bộ Chỉ huy quân sự tỉnh")
    assert any("Ủy ban nhân dân các địa phương" in f["body"] for f in facts)
    closing = _document_facts("214_qd-44-ctubnd-gia-lai.txt")
    assert _opens(
        closing,
        "Trong quá trình tổ chức triển khai thực hiện, trường hợp phát sinh",
        "các cơ quan, tổ chức, đơn vị",
    )


def test_names_of_command_boards_hold_their_commas_and_lower_case_words():
    """Names as Công điện on storms and floods write them: the comma of "Phòng, chống"
    and the lower-case words of a command board's field are the name's."""

    for name in (
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh",
        "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh",
        "Ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp",
        "Bộ Chỉ huy quân sự tỉnh",
        "Ban chỉ huy quân sự cấp xã",
    ):
        assert [b[2] for b in find_bodies(name + " theo dõi chặt chẽ diễn biến.")] == [name]


def test_owners_are_generic_bodies():
    """QĐ 96/2025/QĐ-UBND (Quảng Ninh): "c) Các chủ rừng phải thường xuyên canh phòng
    …": an owner (of a forest, a work, a reservoir) acts as a body does."""
    facts = _document_facts("269_qd-96-ubnd-quang-ninh.txt")
    assert _opens(facts, "Các chủ rừng phải thường xuyên canh phòng", "Các chủ rừng")


def test_a_content_heading_names_a_body_with_its_role_and_notice_is_a_step():
    """QĐ 26/2025/QĐ-UBND (Thái Nguyên): "Điều 6. Nội dung Công an tỉnh có trách nhiệm
    chủ trì" over the items of its duties heads them for that body ("Điều 4. Nội
    dung phối hợp chung" names a topic, nobody).  NQ 37/2025/NQ-HĐND (Huế): in a
    procedure "Trường hợp không phê duyệt, Ủy ban nhân dân thành phố thông báo bằng
    văn bản …" is a step of the body in charge."""
    facts = _document_facts("277_qd-26-ubnd-thai-nguyen.txt")
    for body in ("Công an tỉnh", "Sở Xây dựng", "Ủy ban nhân dân cấp xã", "các cơ quan, đơn vị khác"):
        assert any(
            f["body"] == body and _text(f).endswith("Nội dung " + body + " có trách nhiệm chủ trì")
            for f in facts
        )
    assert not [f for f in facts if _text(f).startswith("Điều 4. Nội dung phối hợp")]
    steps = _document_facts("363_nq-37-hdnd-hue.txt")
    assert any(
        f["body"] == "Ủy ban nhân dân thành phố"
        and "Ủy ban nhân dân thành phố thông báo bằng văn bản" in _text(f)
        for f in steps
    )


def test_forces_and_forest_rangers_are_bodies():
    """QĐ 213/QĐ-UBND (Hải Phòng) on forest fires: "Lực lượng Công an phối hợp với lực
    lượng Kiểm lâm …", "Cơ quan Kiểm lâm chủ trì …", "Lực lượng Kiểm lâm, Công an,
    Quân đội, chính quyền địa phương và chủ rừng thường xuyên kiểm tra …" (a list
    of five, its first a force named by its service)."""
    facts = _document_facts("241_qd-213-ubnd-hai-phong.txt")
    assert _opens(facts, "Lực lượng Công an phối hợp với lực", "Lực lượng Công an")
    assert _opens(facts, "Cơ quan Kiểm lâm chủ trì", "Cơ quan Kiểm lâm")
    assert any(
        _text(f).startswith("Lực lượng Kiểm lâm, Công an, Quân đội")
        and f["body"].startswith("Lực lượng Kiểm lâm")
        for f in facts
    )
    from vanban.extractors.bodies.names import find_bodies

    for name in ("Lực lượng Cảnh sát phòng cháy, chữa cháy tỉnh", "Kiểm lâm sở tại"):
        assert [b[2] for b in find_bodies(name + " hướng dẫn, đôn đốc.")] == [name]
    assert (
        find_bodies("Lực lượng phòng cháy, chữa cháy rừng cấp tỉnh") == []
    )  # (a force named by its work: no body)
    assert [b[2] for b in find_bodies("Các chủ rừng và lực lượng Kiểm lâm có trách nhiệm")] == [
        "Các chủ rừng",
        "lực lượng Kiểm lâm",
    ]


def test_members_of_a_body_and_a_periodic_duty():
    """QĐ 170/QĐ-BCĐNN (Ban Chỉ đạo Nhà nước về du lịch): "Các thành viên Ban Chỉ đạo có
    trách nhiệm tham gia …" (members of a body, not a generic group and the body
    beside it); "1. Thành viên Ban Chỉ đạo định kỳ 06 tháng (trước / ngày 20 tháng 6
    hằng năm) và 01 năm (…) báo cáo Ban Chỉ đạo …": how often, then the verb."""
    facts = _document_facts("201_qd-170-bcdnn-du-lich.txt")
    assert _opens(facts, "Các thành viên Ban Chỉ đạo có trách nhiệm tham gia", "Các thành viên Ban Chỉ đạo")
    assert _opens(facts, "Thành viên Ban Chỉ đạo định kỳ 06 tháng", "Thành viên Ban Chỉ đạo")
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 1. Sở Tài chính định kỳ hằng quý hoặc đột xuất báo cáo Ủy ban nhân dân tỉnh.\n"
    )
    assert _bodies(_run(text)) == ["Sở Tài chính"]


def test_a_duty_article_over_the_headings_of_its_bodies_tasks_nobody_itself():
    """QĐ 27/2025/QĐ-UBND (Thái Nguyên): "Điều 4. Trách nhiệm của các sở, ban, ngành
    thuộc tỉnh" over "1. Sở Công Thương", "2. …": a section over the headings of the
    bodies it names in the plural; each heading below tasks its own body."""
    facts = _document_facts("278_qd-27-ubnd-thai-nguyen.txt")
    assert not [f for f in facts if _text(f).startswith("Điều 4. Trách nhiệm của các sở")]
    assert not [f for f in facts if _text(f).startswith("Điều 8. Trách nhiệm của các sở")]
    assert any(f["body"] == "Sở Công Thương" for f in facts)


@pytest.mark.slow
def test_copies_cut_at_their_type_line_keep_the_documents_tasks():
    """Every document of corpus/tvpl with a type line below its header table, cut to
    open at that line as a portal copy does: the copy's assignments are the whole
    document's (measured in the twelfth session: 2 more in the copies, both the
    issuer's own statements with no verb of issuing, and 5 fewer, all in QĐ
    1760/QĐ-KTNN, whose head office then reads as its issuer; 18 more and 7 fewer
    before the issuer was read from the clause that issues the document)."""
    from vanban.pipeline.extraction import extract_text
    from vanban.pipeline.ingest import extract_file

    type_line = regex.compile(
        r"(?m)^\**(?:QUYẾT ĐỊNH|KẾ HOẠCH|CÔNG ĐIỆN|THÔNG BÁO|NGHỊ QUYẾT|CHỈ THỊ|HƯỚNG DẪN|QUY ĐỊNH|"
        r"THÔNG TƯ|NGHỊ ĐỊNH|BÁO CÁO)\**\s*$"
    )
    more = fewer = copies = 0
    for path in sorted((ROOT / "corpus" / "tvpl").glob("*.txt")):
        record = extract_file(str(path), with_text=True)
        text = record["text"]
        found = type_line.search(text, 0, 4000)
        if found is None or found.start() < 50:
            continue
        copies += 1
        whole = collections.Counter(
            (f["body"], _text(f)) for f in record["facts"] if f["kind"] == "assignment"
        )
        cut = collections.Counter(
            (f["body"], _text(f))
            for f in extract_text(text[found.start() :]).to_dict()["facts"]
            if f["kind"] == "assignment"
        )
        more += sum((cut - whole).values())
        fewer += sum((whole - cut).values())
    assert copies > 150
    assert more <= 2 and fewer <= 5


def test_a_body_that_has_the_duty_to_act_is_tasked():
    """QĐ 27/QĐ-UBND (Thái Nguyên), its article on implementation: "có nhiệm vụ"
    (has the duty to) tasks its body as "có trách nhiệm" does, the line wrapped
    after it."""
    facts = _document_facts("278_qd-27-ubnd-thai-nguyen.txt")
    assert _opens(facts, "Sở Công Thương có nhiệm vụ phối hợp với các sở, ban, ngành", "Sở Công Thương")
    # (and outside an article, where only a duty or a modal tasks a body)
    text = "Trong năm 2026, Sở Tài chính có nhiệm vụ bố trí kinh phí cho các xã.\n"
    assert _bodies(_run(text)) == ["Sở Tài chính"]


def test_an_item_naming_again_the_body_of_a_duty_article_is_its_own_task():
    """QĐ 223/QĐ-UBND (Hải Phòng), a regulation: "Điều 24. Trách nhiệm của Công an
    thành phố" over "1. Công an thành phố xem xét …" — the article and the clause
    that names its body again are both counted; under a heading that is only a
    body's name ("2. Sở Khoa học và Công nghệ, Sở Nội vụ", a plan's) the paragraph
    stays the heading's task (test above)."""
    facts = _document_facts("243_qd-223-ubnd-hai-phong.txt")
    assert _opens(facts, "Điều 24. Trách nhiệm của Công an thành phố", "Công an thành phố")
    assert _opens(facts, "Công an thành phố xem xét đề xuất thời gian vận chuyển", "Công an thành phố")


def test_party_units_and_the_level_that_qualifies_a_generic_body():
    """The Party Charter (../shared only: Party documents are not bundled): "chi bộ"
    and "đảng bộ" are generic bodies as "cấp ủy" is, and "cấp trên trực tiếp" closes
    one ("Cấp uỷ cấp trên trực tiếp quyết định …"); its articles are its directive
    text though no enacting formula opens them."""
    facts = _document_facts("393_dl-2011-dhdb-xi.txt")
    assert _opens(
        facts, "Cấp uỷ cấp trên trực tiếp quyết định lập hoặc giải thể đảng bộ", "Cấp uỷ cấp trên trực tiếp"
    )
    assert _opens(facts, "Chi bộ quyết định khiển trách, cảnh cáo đảng viên", "Chi bộ")
    # "có thẩm quyền" takes a complement: no closing qualifier (TT 56/2025/TT-BCT)
    assert all(
        f["body"] != "Thủ trưởng các đơn vị có thẩm quyền" for f in _document_facts("383_tt-56-bct.txt")
    )


def test_how_a_body_works_is_no_task():
    """QĐ 2696/QĐ-UBND (Quảng Trị), the charter of a fund: "Hội đồng Quản lý Quỹ làm
    việc theo chế độ kiêm nhiệm …", "Các thành viên Ban Kiểm soát hoạt động theo chế
    độ kiêm nhiệm …" say how a body works, not what it must do; its duties in the
    same charter are still read."""
    facts = _document_facts("273_qd-2696-ubnd-quang-tri.txt")
    assert not any(
        _text(f).startswith(
            ("Hội đồng Quản lý Quỹ làm việc theo", "Các thành viên Ban Kiểm soát hoạt động theo")
        )
        for f in facts
    )
    assert _opens(facts, "Quỹ Bảo vệ môi trường tổ chức kiểm toán nội bộ", "Quỹ Bảo vệ môi trường")
    # nor does what it may do ("chỉ được": a limit of its powers)
    assert not any(_text(f).startswith("Quỹ Bảo vệ môi trường chỉ được sử dụng") for f in facts)


def test_the_subject_after_a_condition_closed_by_thi():
    """QĐ 98/QĐ-UBND (Nghệ An), a regulation on voters' petitions: after a condition
    closed by "thì" — with an introducer or without one — the clause's subject
    follows, and a generic body written without "các" is tasked by its modal there
    (alone, "X phải …" may state a principle)."""
    facts = _document_facts("256_qd-98-ubnd-nghe-an.txt")
    assert _opens(
        facts, "Kiến nghị của cử tri có nội dung liên quan thông tin được tiếp cận", "các cơ quan, đơn vị"
    )
    assert _opens(
        facts,
        "Trong 05 ngày làm việc, kể từ ngày nhận được đề nghị phối hợp thì",
        "cơ quan, đơn vị có liên quan",
    )


def test_a_body_an_opening_phrase_receives_from_is_no_actor_in_it():
    """QĐ 125/QĐ-UBND (Huế), a procedure's steps: "Trong vòng 02 (hai) ngày làm việc,
    sau khi nhận được kết quả thẩm định từ Phòng Văn hoá - Xã hội, Ủy ban nhân dân cấp
    xã ban hành quyết định …" — what the step receives from a body, as what it
    receives "của" one, leaves the subject after the phrase."""
    facts = _document_facts("249_qd-125-ubnd-hue.txt")
    assert any(
        f["body"] == "Ủy ban nhân dân cấp xã" and "nhận được kết quả thẩm định từ Phòng Văn hoá" in _text(f)
        for f in facts
    )


def test_the_doing_of_a_task_names_who_does_it():
    """QĐ 212/QĐ-UBND (Hải Phòng) and QĐ 223/QĐ-UBND: "Việc đánh giá, xếp loại chất
    lượng người đứng đầu … do người đứng đầu cơ quan cấp trên quản lý trực tiếp thực
    hiện." — a sentence about the doing of something ("Việc …") tasks whom "do"
    names, with any verb and a generic body too (elsewhere only a power stated by
    its agent does: "Giám đốc Quỹ do Chủ tịch UBND tỉnh bổ nhiệm")."""
    facts = _document_facts("240_qd-212-ubnd-hai-phong.txt")
    assert _opens(
        facts,
        "Việc đánh giá, xếp loại chất lượng người đứng đầu cơ quan",
        "người đứng đầu cơ quan cấp trên quản lý trực tiếp",
    )
    facts = _document_facts("243_qd-223-ubnd-hai-phong.txt")
    assert _opens(
        facts, "Việc điều tiết mực nước của các công trình thoát nước", "Sở Nông nghiệp và Môi trường"
    )


def test_a_name_the_grammar_reads_in_part_is_no_clause():
    """QĐ 2979/QĐ-UBND (Hà Tĩnh), the structure of a Sở: "2.2. Phòng chuyên môn, nghiệp
    vụ:" over "Phòng Xây dựng pháp luật;", "Phòng Công chứng số 2" — when the grammar
    reads only part of a name, the words it leaves are no verb and its task."""
    facts = _document_facts("238_qd-2979-ubnd-ha-tinh.txt")
    assert not any(_text(f).startswith(("Phòng Xây dựng pháp luật", "Phòng Công chứng số")) for f in facts)
    # a short clause whose verb opens as verbs do is still one
    assert _bodies(_run("QUYẾT ĐỊNH:\n\nĐiều 3. Sở Tư pháp hướng dẫn thực hiện.\n")) == ["Sở Tư pháp"]


def test_a_power_to_approve_is_a_task_as_a_power_to_decide_is():
    """QĐ 123/QĐ-CTUBND (Huế), a decentralisation: "Sở Tài chính phê duyệt phương án xử
    lý tài sản …" gives the Sở a power, counted as "… quyết định …" is; the issuer's
    own approvals stay no task."""
    facts = _document_facts("215_qd-123-ctubnd-hue.txt")
    assert _opens(facts, "Sở Tài chính phê duyệt phương án xử lý tài sản", "Sở Tài chính")
    own = "QUYẾT ĐỊNH:\n\nĐiều 2. Ủy ban nhân dân tỉnh phê duyệt danh mục dự án năm 2026.\n"
    context = DocumentContext(issuer="UBND tỉnh Quảng Ninh", header_read=True)
    assert find_assignments(own, context) == []


def test_a_role_verb_in_a_part_issued_with_the_document_states_a_duty():
    """QĐ 2682/QĐ-UBND (Vĩnh Long), its appended list of procedures: "- Công an cấp xã
    tham mưu Chủ tịch Ủy ban nhân dân cấp xã bố trí địa điểm …" — outside the directive
    part only a duty or a modal tasks a body (a report may tell of who chaired a
    meeting), but in a part issued with the document a role verb states a duty."""
    facts = _document_facts("282_qd-2682-ubnd-vinh-long.txt")
    assert _opens(facts, "Công an cấp xã tham mưu Chủ tịch Ủy ban nhân dân cấp xã bố trí", "Công an cấp xã")


def test_a_charge_given_to_the_clauses_own_subject_is_a_task():
    """QĐ 163/QĐ-UBND (Ninh Bình), a regulation on the province's procedures system:
    "Công an tỉnh được giao quản lý tài khoản …" (is charged with managing) tasks its
    subject; after an opening phrase the body may only own the passive's subject, and
    before a duty a plural generic body's charge describes it."""
    facts = _document_facts("216_qd-163-ctubnd-ninh-binh.txt")
    assert _opens(facts, "Công an tỉnh được giao quản lý tài khoản", "Công an tỉnh")
    assert _opens(facts, "Các sở, ban, ngành được giao quản lý, sử dụng tài khoản", "Các sở, ban, ngành")
    owned = (
        "Điều 5. Nộp lưu\n\nTrong thời hạn 30 năm, tính từ năm nộp hồ sơ, tài liệu vào lưu trữ hiện hành "
        "thì hồ sơ, tài liệu lưu trữ vĩnh viễn của Quân ủy Trung ương, Đảng ủy Công an Trung ương được "
        "giao nộp vào lưu trữ lịch sử của Đảng ở Trung ương.\n"
    )
    assert _bodies(_run(owned)) == []
    described = (
        "Điều 9. Trách nhiệm\n\nCác cơ quan, đơn vị được giao quản lý các sông, hồ, kênh, mương có liên "
        "quan đến việc thoát nước có trách nhiệm phối hợp với đơn vị thoát nước.\n"
    )
    assert "Các cơ quan, đơn vị" not in _bodies(_run(described))


def test_a_title_that_is_a_generic_noun_too_stands_for_its_office():
    """NĐ 303/2025/NĐ-CP: "Căn cứ vào tiêu chí …, Bộ trưởng xác định tổng số lượng cấp
    phó …" — "Bộ trưởng" is a generic noun too ("các Bộ trưởng"), and where that
    reading finds no verb it is the title of an office alone, as "Cục trưởng" is; a
    generic "Cơ quan" keeps its description ("Cơ quan lập đề án có trách nhiệm …")."""
    facts = _document_facts("381_nd-303-cp.txt")
    assert any(f["body"] == "Bộ trưởng" and _text(f).startswith("Căn cứ vào tiêu chí") for f in facts)
    text = "Điều 5. Trình tự\n\n1. Bộ trưởng xác định tổng số cấp phó.\n\n2. Cơ quan lập đề án có trách nhiệm công bố.\n"
    assert _bodies(_run(text)) == ["Bộ trưởng", "Cơ quan lập đề án"]


def test_a_body_singled_out_or_marked_as_the_topic_of_its_task():
    """A body singled out of those just tasked ("…, trong đó Sở Y tế chủ trì …") is
    tasked by its role, as after a colon; after "Đối với X:" a task in lower case is
    X's (QĐ 163/QĐ-UBND, Ninh Bình: "Đối với UBND cấp xã: được giao quản lý, sử dụng tài
    khoản …"), a rule in capitals is not ("Đối với các xã, phường: Nếu có …")."""
    intro = "Ủy ban nhân dân tỉnh yêu cầu:\n\n"
    among = intro + "1. Các cơ quan, đơn vị tăng cường kiểm tra, trong đó Sở Y tế chủ trì kiểm tra vệ sinh.\n"
    assert sorted(_bodies(_run(among))) == ["Các cơ quan, đơn vị", "Sở Y tế"]
    assert _bodies(_run(intro + "1. Đối với Sở Y tế: tăng cường giám sát dịch bệnh tại cơ sở.\n")) == [
        "Sở Y tế"
    ]
    assert (
        _bodies(
            _run(intro + "1. Đối với các xã, phường: Nếu có hai địa phương bằng điểm thì xét theo thứ tự.\n")
        )
        == []
    )
    facts = _document_facts("216_qd-163-ctubnd-ninh-binh.txt")
    assert _opens(facts, "Đối với UBND cấp xã: được giao quản lý", "UBND cấp xã")


@pytest.mark.parametrize(
    "name",
    [
        "Đại học Quốc gia Hà Nội",
        "Ủy ban Dân tộc",
        "Tổng Liên đoàn Lao động Việt Nam",
        "Trung ương Đoàn",
        "Đội Quản lý thị trường",
        "Ủy ban Cạnh tranh Quốc gia",
        "Cục Thi hành án dân sự tỉnh",
        "Ủy ban mặt trận Tổ quốc tỉnh",
        "Lực lượng Dân quân tự vệ",
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
        "Chi cục Hải quan cửa khẩu Cầu Treo",
    ],
)
def test_heads_of_central_bodies_and_units(name):
    """Head words of bodies beyond a province's offices: a university, a committee of
    the Government or of the National Assembly (Ủy ban + its name, beside Ủy ban nhân
    dân), the trade unions' and the youth union's central bodies, a market-control team,
    the civil judgment enforcement offices, the Front written in lower case, the militia,
    a project board named by up to ten lower-case syllables before its level."""
    text = f"Ủy ban nhân dân tỉnh yêu cầu:\n\n1. {name} khẩn trương rà soát, báo cáo kết quả trước ngày 30/6/2025.\n"
    assert _bodies(_run(text)) == [name]


def _bar_table_rows(text: str, header_word: str, count: int) -> list[list[str]]:
    """The header (from its "STT") and the first ``count`` rows of the table whose
    header holds ``header_word``, in a TVPL text (one cell per line block between "|" lines, each
    row closed by an empty cell)."""
    cells, current = [], None
    for line in text.split("\n"):
        if line.strip() == "|":
            if current is not None:
                cells.append(" ".join(" ".join(current).replace("**", " ").split()))
            current = []
        elif current is not None:
            current.append(line)
    first = next(k for k, cell in enumerate(cells) if header_word in cell)
    while cells[first] != "STT":
        first -= 1
    rows, row = [], []
    for cell in cells[first:]:
        if cell:
            row.append(cell)
        elif row:
            rows.append(row)
            row = []
        if len(rows) == count + 1:
            break
    return rows


def _task_table_docx(header: list[str], rows: list[list[str]]) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Phụ lục I")
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for r, row in enumerate([header, *rows]):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("layout", ["docx", "web page", "pdf rows", "printed pdf", "markdown"])
def test_a_task_table_written_a_row_per_line_is_read_as_a_tvpl_table_is(layout, tmp_path):
    """TB 624/TB-VPCP's Phụ lục I, its header and first three rows, laid out as a Word
    table with borders (read row by row, cells joined by tabs), as a web page's table
    (the same), as a ruled PDF table (cells joined by " | "; also the Word table printed
    to PDF by LibreOffice and read back by the PDF reader, its cells wrapped) and as a
    Markdown table: each row tasks its lead cell's body with the row's task and its
    deadline, as on the TVPL page."""
    from tests.conftest import document_path
    from vanban.pipeline.extraction import extract_text
    from vanban.pipeline.readers import read_bytes

    header, *rows = _bar_table_rows(
        document_path("060_tb-624-vpcp.txt").read_text(encoding="utf-8"), "Cơ quan chủ trì", 3
    )
    assert header[3].startswith("Cơ quan chủ trì") and [row[0] for row in rows] == ["1.", "2.", "3."]
    if layout == "docx":
        text = read_bytes(_task_table_docx(header, rows), Path("phu-luc.docx")).text
        assert "\t" in text
    elif layout == "printed pdf":
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            pytest.skip("LibreOffice is not installed (Debian package libreoffice-writer-nogui)")
        (tmp_path / "phu-luc.docx").write_bytes(_task_table_docx(header, rows))
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"]
            + ["--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "phu-luc.docx")],
            check=True,
            capture_output=True,
            timeout=120,
        )
        text = read_bytes((tmp_path / "phu-luc.pdf").read_bytes(), Path("phu-luc.pdf")).text
        assert " | " in text
    elif layout == "web page":
        cells = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in [header, *rows]
        )
        # (the page holds the notice's opening too, as a portal's copy does: a table alone
        # would make its longest cell the article)
        source = document_path("060_tb-624-vpcp.txt").read_text(encoding="utf-8")
        opening = source[source.index("Ngày 15 tháng 11") : source.index("**I. VỀ")].split("Sau khi nghe")
        paragraphs = "".join(f"<p>{' '.join(p.split())}</p>" for p in opening)
        page = f"<html><body><article>{paragraphs}<p>Phụ lục I</p><table border=1>{cells}</table></article></body></html>"
        text = read_bytes(page.encode("utf-8"), Path("phu-luc.html")).text
    elif layout == "pdf rows":
        text = "Phụ lục I\n" + "\n".join(" | ".join(row) for row in [header, *rows]) + "\n"
    else:
        lines = ["| " + " | ".join(row) + " |" for row in [header, *rows]]
        text = "Phụ lục I\n\n" + "\n".join([lines[0], "|" + "---|" * len(header)] + lines[1:]) + "\n"
    facts = [f for f in extract_text(text).to_dict()["facts"] if f["kind"] == "assignment"]
    assert [(f["body"], f["deadline"]) for f in facts] == [
        ("Các cơ quan Trung ương và địa phương", "2025-10-18"),
        ("Các bộ, ngành", "2025-06-30"),
        ("Bộ Tài chính", "2025-05-31"),
    ]
    tasks = [" ".join(text[f["start"] : f["end"]].split()) for f in facts]
    if layout == "printed pdf":  # (a printed cell wraps, and its text breaks at the wraps)
        assert [task[:40] for task in tasks] == [row[1][:40] for row in rows]
    else:
        assert tasks == [row[1] for row in rows]


def test_a_note_after_a_body_and_the_issuer_of_a_notice_of_conclusions():
    """A note in brackets between a body and its verb ("Sở Nông nghiệp và Môi trường
    (Chi cục Kiểm lâm) tổ chức dự báo …", QĐ 96/QĐ-UBND of Quảng Ninh) is read over,
    as before a role; a notice conveys a leader's conclusions, which may task its
    issuer as any body ("Văn phòng Chính phủ theo dõi, đôn đốc …"), though not in its
    announcing ("Cục Hải quan thông báo kết quả … như sau:")."""
    facts = _document_facts("269_qd-96-ubnd-quang-ninh.txt")
    assert _opens(
        facts,
        "Sở Nông nghiệp và Môi trường (Chi cục Kiểm lâm) tổ chức dự báo",
        "Sở Nông nghiệp và Môi trường",
    )
    notice = (
        "THÔNG BÁO\n\nKết luận của Thủ tướng Chính phủ tại cuộc họp\n\nThủ tướng Chính phủ kết luận như sau:\n\n"
        "1. Các Phó Thủ tướng Chính phủ theo lĩnh vực được phân công trực tiếp chỉ đạo, kiểm tra.\n\n"
        "2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện các nhiệm vụ nêu trên.\n"
    )
    context = DocumentContext(issue_date="2025-11-16", issuer="Văn phòng Chính phủ", header_read=True)
    assert _bodies(find_assignments(notice, context)) == [
        "Các Phó Thủ tướng Chính phủ",
        "Văn phòng Chính phủ",
    ]
    assert not any(
        _text(f).startswith("Cục Hải quan thông báo") for f in _document_facts("316_tb-37692-chq.txt")
    )


def test_a_transfer_is_no_request():
    """QĐ 123/QĐ-UBND (Huế): "… quyết định xác lập quyền sở hữu toàn dân đối với tài sản
    chuyển giao cho cơ quan, tổ chức, đơn vị …" — "chuyển giao cho" (transfer to) and
    "bàn giao cho" (hand over to) hold the verb "giao cho" but ask nothing of whom
    they name."""
    facts = _document_facts("215_qd-123-ctubnd-hue.txt")
    assert not any(_text(f).startswith("tài sản chuyển giao cho") for f in facts)
    text = "Ủy ban nhân dân tỉnh yêu cầu:\n\n1. Sở Xây dựng bàn giao cho Ủy ban nhân dân cấp xã hồ sơ công trình.\n"
    assert _bodies(_run(text)) == ["Sở Xây dựng"]


def test_an_opening_phrase_whose_comma_was_left_out():
    """QĐ 2682/QĐ-UBND (Vĩnh Long): "Trong thời hạn 03 ngày làm việc kể từ ngày tiếp
    nhận đăng ký cai nghiện tự nguyện Công an cấp xã có trách nhiệm …" — the phrase's
    comma left out, the body with its duty (or an adverb of manner and a verb) opens
    the clause; not a body the phrase holds as an object, an owner or the subject of a
    condition, nor one with a plain verb."""
    facts = _document_facts("282_qd-2682-ubnd-vinh-long.txt")
    assert any(
        f["body"] == "Công an cấp xã" and _text(f).startswith("Trong thời hạn 03 ngày làm việc")
        for f in facts
    )
    intro = "Điều 5. Tổ chức thực hiện\n\n"
    manner = (
        intro
        + "Trong quá trình tổ chức thực hiện các tổ chức, cá nhân có liên quan thường xuyên rà soát các quy định.\n"
    )
    assert _bodies(_run(manner)) == ["các tổ chức, cá nhân có liên quan"]
    for sentence in (
        "Trong quá trình Sở Y tế triển khai kế hoạch cần bảo đảm an toàn.",
        "Trường hợp các cơ quan phối hợp thẩm định có ý kiến khác nhau thì báo cáo Ủy ban nhân dân tỉnh.",
    ):
        assert _bodies(_run(intro + sentence + "\n")) == [], sentence


def test_the_steps_of_a_procedure_in_an_appendix_cell_are_read_as_text():
    """QĐ 2926/QĐ-UBND (Lai Châu) publishes procedures: each one's "Trình tự thực hiện"
    is a table cell of steps ("*Bước 2:* Sau khi nhận được hồ sơ, Sở Y tế trả cho cơ
    sở đề nghị Phiếu tiếp nhận hồ sơ …"), read as text where the appendix's other
    cells are not; the applicant's own step is no assignment."""
    facts = _document_facts("252_qd-2926-ubnd-lai-chau.txt")
    assert _opens(facts, "Sau khi nhận được hồ sơ, Sở Y tế trả cho cơ sở đề nghị", "Sở Y tế")
    assert not any(_text(f).startswith("Cơ sở đề nghị cấp phép nhập") for f in facts)


def test_a_name_runs_to_its_level_but_not_over_a_verb():
    """The lower-case syllables of a name run to the level word that closes it, ten at
    most; "tổng" (tổng hợp) opens a verb and "vào" breaks the run, so "Sở Tài chính tổng
    hợp vào kế hoạch ngân sách tỉnh …" names Sở Tài chính (QĐ 81/QĐ-UBND, Bắc Ninh)."""
    text = "Điều 5. Tổ chức thực hiện\n\nSở Tài chính tổng hợp vào kế hoạch ngân sách tỉnh hằng năm.\n"
    assert _bodies(_run(text)) == ["Sở Tài chính"]


PROBE = ROOT / "tests" / "gold" / "probe" / "docs"


def test_a_name_takes_its_own_lower_case_words_when_the_document_writes_them_again():
    # probe s10 (written for the project): "Cục Di sản văn hóa" five times; the grammar reads a
    # name word with one lower-case syllable ("Di sản") and stopped there
    text = (PROBE / "s10_kh-bo.txt").read_text(encoding="utf-8")
    facts = [f for f in _run(text, "2025-01-20") if f.text.startswith(("Cục Di sản", "Giao Cục Di sản"))]
    assert len(facts) >= 2
    for fact in facts:
        if "chủ trì" in fact.text[:40]:
            assert fact.body == "Cục Di sản văn hóa"
            assert fact.task.startswith("chủ trì")
    # said once, the words after a name are its field when a verb start of the data closes
    # them ("văn hóa" + "kiểm kê", body grammar 1.74), the verb's when none does ("thống kê
    # số liệu báo cáo": "thống kê" opens no verb in the data, the words run on past three)
    once = "Giao:\n1. Cục Di sản văn hóa kiểm kê di tích.\n2. Sở Nội vụ thống kê số liệu báo cáo UBND tỉnh."
    bodies = _bodies(_run(once))
    assert "Sở Nội vụ" in bodies and "Cục Di sản văn hóa" in bodies
    assert "Cục Di sản văn hóa" in _bodies(_run("Giao:\n1. Cục Di sản văn hóa chủ trì tổng kết.\n"))


def test_a_body_named_with_its_ministry_after_a_dash():
    text = (
        "Kính gửi: các đơn vị.\n"
        "Giao Phòng Nghiệp vụ Dược - Sở Y tế làm đầu mối theo dõi tình hình cung ứng thuốc tại các đơn vị.\n"
        "Giao Bộ Tài chính - Cơ quan Thường trực Ban Chỉ đạo đôn đốc các bộ, ngành.\n"
    )
    bodies = _bodies(_run(text))
    assert "Phòng Nghiệp vụ Dược - Sở Y tế" in bodies
    # an appositive after the dash (a role, "Cơ quan Thường trực …") is no parent
    assert "Bộ Tài chính" in bodies


def test_a_department_whose_name_holds_a_comma():
    text = "Giao:\n2. Vụ Kế hoạch, Tài chính chủ trì, hướng dẫn các đơn vị lập dự toán kinh phí thực hiện Kế hoạch.\n"
    assert _bodies(_run(text)) == ["Vụ Kế hoạch, Tài chính"]


def test_how_a_body_works_then_its_duty():
    # "làm việc theo …" says how the body works (no task), the duty after it is one;
    # "chịu trách nhiệm trước …" says to whom it answers (no task)
    text = (
        "Điều 2. Nhiệm vụ\n"
        "2. Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm, có trách nhiệm chỉ đạo cơ quan, "
        "đơn vị mình phối hợp với Thống kê tỉnh thực hiện các nhiệm vụ được phân công.\n"
        "3. Hội đồng Quản lý Quỹ làm việc theo chế độ kiêm nhiệm.\n"
        "4. Chi cục trưởng là người đứng đầu Chi cục, chịu trách nhiệm trước Giám đốc Sở Nông nghiệp và Môi "
        "trường về toàn bộ hoạt động của Chi cục.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == ["Các thành viên Ban Chỉ đạo"]
    assert "có trách nhiệm chỉ đạo cơ quan" in facts[0].task


def test_names_whose_lower_case_words_open_verbs_elsewhere():
    # "vận tải" (vận động), "thực vật" (thực hiện), "Giao thông" (Giao …: a clause's verb)
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Sở Giao thông vận tải rà soát, bổ sung hệ thống biển báo tại các trường học.\n"
        "2. Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn các địa phương biện pháp bảo vệ sản xuất.\n"
        "3. Chi cục Kiểm tra sau thông quan có trách nhiệm rà soát dữ liệu.\n"
        "4. Sở Y tế\nGiao Sở Tài chính bố trí kinh phí.\n"
    )
    assert _bodies(_run(text)) == [
        "Sở Giao thông vận tải",
        "Chi cục Trồng trọt và Bảo vệ thực vật",
        "Chi cục Kiểm tra sau thông quan",
        "Sở Tài chính",
    ]


def test_officials_by_title_and_a_purpose_opening():
    text = (
        "Thủ tướng Chính phủ yêu cầu:\n"
        "5. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng cân đối nguồn vốn.\n"
        "6. Nhằm tạo không khí vui tươi, Trung tâm VH-TT xây dựng chương trình văn nghệ, hoàn thành "
        "trước ngày 15/01/2026.\n"
        "7. Chủ nhiệm Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.\n"
    )
    facts = _run(text, "2025-12-01")
    assert _bodies(facts) == [
        "Thống đốc Ngân hàng Nhà nước Việt Nam",
        "Trung tâm VH-TT",
        "Chủ nhiệm Văn phòng Chính phủ",
    ]
    assert facts[1].deadline == "2026-01-15"


def test_a_legal_basis_and_a_list_of_members_task_nobody():
    text = (
        "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ "
        "hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Ban Chỉ đạo, gồm các ông, bà có tên sau:\n"
        "1. Trưởng ban: Ông Trần Văn Phúc, Phó Chủ tịch Ủy ban nhân dân tỉnh.\n"
        "2. Phó Trưởng ban thường trực: Ông Nguyễn Hữu Thành, Trưởng Thống kê tỉnh.\n"
        "3. Các Ủy viên:\n- Ông Phạm Minh Tâm, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh.\n"
        "Điều 2. Căn cứ Kế hoạch này, các sở, ban, ngành triển khai thực hiện.\n"
    )
    assert _bodies(_run(text)) == ["các sở, ban, ngành"]


def test_answering_for_a_failure_is_no_task():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy "
        "ra cháy lớn gây thiệt hại nghiêm trọng do buông lỏng quản lý.\n"
        "2. Nếu để xảy ra tình trạng thiếu thông tin, Thủ trưởng cơ quan, đơn vị phải chịu trách nhiệm.\n"
        "3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc theo dõi, "
        "đôn đốc thực hiện.\n"
    )
    # (answering to someone for carrying a task out is a task: the third)
    assert _bodies(_run(text)) == ["Chánh Văn phòng Ủy ban nhân dân tỉnh"]


def test_a_news_paragraph_reads_on_after_a_request():
    text = (
        "Chủ tịch UBND tỉnh kiểm tra công trình\n"
        "(nghean.gov.vn) - Sáng 24/11, Chủ tịch UBND tỉnh đã kiểm tra tiến độ dự án. Sở Tài chính báo cáo "
        "tình hình giải ngân.\n"
        "Chủ tịch UBND tỉnh giao Sở Xây dựng phối hợp với UBND các xã tập trung khắc phục các điểm sạt lở. "
        "Kịp thời cắm biển cảnh báo, bố trí lực lượng phân luồng giao thông. Sở Tài chính tham mưu bố trí kinh "
        "phí hỗ trợ các hộ dân bị ảnh hưởng.\n"
    )
    facts = _run(text, "2025-11-24")
    # (the report of what Sở Tài chính did, before any request, tasks nobody)
    assert _bodies(facts) == ["Sở Xây dựng", "Sở Xây dựng", "Sở Tài chính"]
    assert facts[1].text.startswith("Kịp thời cắm biển")
    # (a paragraph that tasks a body by a duty reads on as well: the probe's v20_news)
    text = (
        "Chủ tịch UBND tỉnh kiểm tra tiến độ giải ngân\n"
        "(baonghean.vn) - Sáng 1/12, Chủ tịch UBND tỉnh đã kiểm tra tiến độ giải ngân vốn đầu tư công.\n"
        "Chủ tịch UBND các xã, phường phải trực tiếp chỉ đạo công tác bồi thường, giải phóng mặt bằng trên "
        "địa bàn. Công an tỉnh phối hợp với địa phương bảo đảm an ninh, trật tự trong quá trình cưỡng chế thu "
        "hồi đất (nếu có).\n"
        "Sở Tài chính đã báo cáo tình hình giải ngân. Công an tỉnh bảo đảm an ninh tại buổi làm việc.\n"
    )
    assert _bodies(_run(text, "2025-12-01")) == ["Chủ tịch UBND các xã, phường", "Công an tỉnh"]


def test_a_request_to_one_generic_body_written_without_cac():
    text = (
        "Chủ tịch UBND tỉnh yêu cầu chính quyền địa phương tiếp tục rà soát các khu dân cư có nguy cơ sạt lở.\n"
        "Đề nghị cơ quan chuyên môn khẩn trương hoàn thiện hồ sơ.\n"
        "Chất thải thực phẩm phải được phân loại riêng để giao cho cơ sở thực hiện dịch vụ thu gom.\n"
        "Yêu cầu tổ chức kiểm tra, đánh giá kết quả.\n"
    )
    assert _bodies(_run(text)) == ["chính quyền địa phương", "cơ quan chuyên môn"]


def test_a_task_whose_lead_body_stands_in_a_closing_bracket():
    text = (
        "III. NHIỆM VỤ VÀ GIẢI PHÁP\n"
        "- Tổ chức tập huấn đổi mới phương pháp dạy học cho giáo viên dạy lớp 12 (Phòng Giáo dục Trung học chủ "
        "trì; thời gian: tháng 3/2026).\n"
        "- Xây dựng ngân hàng câu hỏi theo định dạng đề thi mới (Phòng Quản lý chất lượng chủ trì, phối hợp với "
        "Trường THPT chuyên Phan Bội Châu; hoàn thành trước ngày 30/4/2026).\n"
        "- Rà soát cơ sở vật chất tại các điểm thi (theo hướng dẫn của Bộ Giáo dục và Đào tạo).\n"
    )
    facts = _run(text, "2026-01-05")
    assert _bodies(facts) == ["Phòng Giáo dục Trung học", "Phòng Quản lý chất lượng"]
    assert facts[0].task.startswith("Tổ chức tập huấn") and "(" not in facts[0].task
    assert facts[1].deadline == "2026-04-30"


def test_a_body_named_by_the_short_name_the_document_gave_it():
    text = (
        "Phó Thủ tướng kết luận:\n"
        "1. Giao Tập đoàn Điện lực Việt Nam (EVN) chủ trì hoàn thiện hồ sơ điều chỉnh Dự án.\n"
        "2. Về thu xếp vốn: EVN khẩn trương làm việc với các tổ chức tín dụng. EVN có trách nhiệm phối hợp "
        "với địa phương nộp tiền trồng rừng thay thế.Trong quá trình thực hiện, nếu có vướng mắc, EVN kịp thời "
        "báo cáo Bộ Công Thương.\n"
        "3. VEC khẩn trương hoàn thành hồ sơ.\n"
    )
    facts = _run(text)
    assert [f.body for f in facts[1:]] == ["Tập đoàn Điện lực Việt Nam (EVN)"] * 3
    # (a short name the document never gave is nobody's: VEC)
    assert len(facts) == 4
    assert facts[3].text.startswith("Trong quá trình thực hiện")


def test_numbered_units_and_trade_names_over_common_nouns():
    text = (
        "UBND tỉnh yêu cầu:\n"
        "1. Đội QLTT số 5 và Đội Quản lý thị trường số 3 tăng cường kiểm tra.\n"
        "2. Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi chủ động vận hành hồ chứa.\n"
        "3. Đề nghị Công ty TNHH MTV Môi trường đô thị Hải Phòng bố trí lực lượng.\n"
        "4. Công ty TNHH Sông Đà hướng dẫn Công ty Cổ phần XYZ lập hồ sơ.\n"
    )
    assert _bodies(_run(text)) == [
        "Đội QLTT số 5 và Đội Quản lý thị trường số 3",
        "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi",
        "Công ty TNHH MTV Môi trường đô thị Hải Phòng",
        "Công ty TNHH Sông Đà",
    ]


def test_a_central_bodys_notice_names_the_province_it_is_about():
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 571/TB-VPCP\n\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với "
        "lãnh đạo tỉnh Gia Lai\n\nNgày 10/10/2025, Phó Thủ tướng làm việc với tỉnh Gia Lai. Tỉnh Gia Lai có tiềm năng "
        "lớn.\nPhó Thủ tướng kết luận:\n1. Tỉnh chủ động hoàn thiện hồ sơ chuẩn bị đầu tư.\n"
        "2. Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo.\n3. Ủy ban nhân dân Tỉnh khẩn trương rà soát.\n"
    )
    assert _bodies(_run(text)) == [
        "tỉnh Gia Lai",
        "Thường trực Tỉnh ủy Gia Lai",
        "Ủy ban nhân dân tỉnh Gia Lai",
    ]
    # a province's own document calls it "Tỉnh": kept as written
    own = text.replace("VĂN PHÒNG CHÍNH PHỦ", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI").replace(
        "571/TB-VPCP", "71/TB-UBND"
    )
    assert _bodies(_run(own))[0] == "Tỉnh"


def test_a_colon_list_of_names_separated_by_semicolons():
    # 285/CV-BCĐ: "yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ …"
    text = (
        "Ban Chỉ đạo yêu cầu:\n1.2. Đối với 10 nhiệm vụ cần điều chỉnh thẩm quyền, yêu cầu các Bộ: Nông nghiệp và "
        "Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng phương án, báo cáo trước ngày 15/12/2025.\n"
        "2. Bộ trưởng các Bộ: Quốc phòng, Y tế; Chủ tịch Ủy ban nhân dân các tỉnh ven biển theo dõi sát diễn biến.\n"
    )
    assert _bodies(_run(text, "2025-12-01")) == [
        "các Bộ Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ",
        # (a title after the semicolon opens the next group)
        "Bộ trưởng các Bộ Quốc phòng, Y tế",
        "Chủ tịch Ủy ban nhân dân các tỉnh ven biển",
    ]


def test_a_notice_names_the_province_it_is_about_by_its_name_alone():
    # 634/TB-VPCP: "Bên cạnh những kết quả tích cực đã đạt được, Thanh / Hóa cần tiếp tục …"
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 634/TB-VPCP\n\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại buổi làm việc "
        "với tỉnh Thanh Hóa\n\nNgày 01/11/2025, Thủ tướng làm việc với tỉnh Thanh Hóa.\n3. Một số tồn tại, hạn chế:\n"
        "Bên cạnh những kết quả tích cực đã đạt được, Thanh\nHóa cần tiếp tục có những giải pháp quyết liệt.\n"
        "Tỉnh Thanh Hóa có tiềm năng lớn.\n"
    )
    assert _bodies(_run(text)) == ["tỉnh Thanh Hóa"]


def test_each_of_a_plural_is_tasked_as_all_of_it():
    # 182/KH-UBND Đồng Nai: "… từng địa phương phải đăng ký chỉ tiêu …"
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n1. Từng địa phương phải đăng ký chỉ tiêu xây dựng xã không ma túy.\n"
        "2. Yêu cầu từng bộ, ngành, địa phương tích cực đổi mới tư duy.\n3. Kiểm tra từng hồ sơ đề nghị.\n"
    )
    assert _bodies(_run(text)) == ["Từng địa phương", "từng bộ, ngành, địa phương"]


# --------------------------------------------------------------------------
# Line breaks are layout, not text (tools/relayout.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev 026_qd-2284-ubnd-lam-dong wrapped at 60 columns: the line breaks after the
        # colon of "các Sở:", whose members open the next line
        (
            "**Điều 3.** Tổ chức thực hiện\n"
            "2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở:\n"
            "Dân tộc và Tôn giáo, Nội vụ và các sở, ban, ngành; Chủ tịch\n"
            "Ủy ban nhân dân các xã, phường, đặc khu; Thủ trưởng các cơ\n"
            "quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết\n"
            "định này./.\n",
            1,
        ),
        # probe w04_cd-ttg as written: the places a plural's colon lists, on the next line
        (
            "**Thủ tướng Chính phủ yêu cầu:**\n"
            "**1.** Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:\n"
            "Quảng Trị, Huế, Đà Nẵng khẩn trương sơ tán dân khỏi khu vực nguy hiểm.\n",
            1,
        ),
    ],
)
def test_a_line_wrapped_after_a_plurals_colon_goes_on(text, expected):
    facts = _run(text)
    assert len(facts) == expected, [(f.body, f.text) for f in facts]
    assert "\n" in facts[0].text  # the whole clause, across the line break


def test_a_plurals_colon_over_its_tasks_still_ends_the_line():
    """Negative: ``… các xã, phường:`` over a line that opens with a verb labels the
    tasks below it; those are the plural's, one assignment each."""
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "1. Chủ tịch Ủy ban nhân dân các xã, phường:\n"
        "Tăng cường kiểm tra, giám sát các hồ chứa nước.\n"
        "2. Sở Y tế chủ trì bảo đảm thuốc men.\n"
    )
    bodies = _bodies(_run(text))
    assert "Chủ tịch Ủy ban nhân dân các xã, phường" in bodies and "Sở Y tế" in bodies


def test_a_name_wrapped_over_its_lines_is_one_name():
    """Probe documents re-wrapped by tools/relayout.py: a name's own lower-case words
    on the next line (v11: ``Cục Quản lý ngân sách`` / ``nhà nước``), a dashed name
    cut at its dash (t18: ``Vụ Kế hoạch -`` / ``Tài chính``), a note after the name
    over a line break (x06)."""
    wrapped_tail = (
        "4. Giao Kho bạc Nhà nước tổng hợp, gửi Bộ Tài chính (qua Cục Quản lý ngân sách nhà nước).\n"
        "**5.** Giao Cục Quản lý ngân sách\nnhà nước chủ trì, phối hợp với Kho bạc Nhà nước thẩm định báo cáo.\n"
    )
    assert "Cục Quản lý ngân sách nhà nước" in _bodies(_run(wrapped_tail))
    dashed = "**Điều 7.** Trách nhiệm\n2. Vụ Kế hoạch -\nTài chính chủ trì, phối hợp với Vụ Pháp chế bố trí kinh phí.\n"
    assert _bodies(_run(dashed)) == ["Vụ Kế hoạch - Tài chính"]
    noted = (
        "Chủ tịch yêu cầu:\n2. Bộ Chỉ huy Quân sự tỉnh (cơ quan thường trực Ban Chỉ huy\n"
        "Phòng thủ dân sự tỉnh) chủ động bố trí lực lượng, phương tiện.\n"
    )
    assert _bodies(_run(noted)) == ["Bộ Chỉ huy Quân sự tỉnh"]
    # negative: a dash that opens a line is a bullet's, not half of a name
    bullets = (
        "Chủ tịch UBND xã yêu cầu:\n**1. Công an xã**\n- Tăng cường tuần tra, kiểm soát.\n"
        "**2. Phòng Kinh tế**\n- Phối hợp với các lực lượng chức năng kiểm tra thị trường.\n"
    )
    assert _bodies(_run(bullets)) == ["Công an xã", "Phòng Kinh tế"]
    # negative: the name with its tail is not "written whole elsewhere" by this mention
    # alone, which its line break closes (273_qd-2696: "Quỹ Bảo vệ môi trường tài trợ" / "cho …")
    alone = "Điều 5. Quỹ Bảo vệ môi trường tài trợ\ncho hoạt động bảo vệ môi trường cần thiết.\n"
    assert "Quỹ Bảo vệ môi trường tài trợ" not in _bodies(_run(alone))


def test_a_dash_that_opens_a_line_of_a_narrow_copy_goes_on_with_the_line_above():
    """A copy wrapped at 60 columns (tools/relayout.py, probe v09): ``… các tổ chức
    chính trị`` / ``- xã hội tăng cường …`` is the name's dash, wrapped; the width is
    the document's own, not the 80 columns of the portal copies.  A bold heading closed
    on its line stays a heading over its bullets (dev 002_cv-4240 unwrapped)."""
    filler = "".join(
        f"{i}. Sở Nội vụ theo dõi, đôn đốc việc thực hiện kế hoạch này tại cơ\nquan đơn vị mình.\n"
        for i in range(1, 12)
    )
    text = (
        "Chủ tịch UBND xã yêu cầu:\n"
        + filler
        + "12. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị\n"
        "- xã hội tăng cường giám sát việc giải quyết thủ tục hành chính.\n"
    )
    assert "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội" in _bodies(_run(text))
    heading = (
        "Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:\n"
        "**1. Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác,** **các đơn vị sự "
        "nghiệp công lập trực thuộc Ủy ban nhân dân Thành phố; Chủ tịch** **Ủy ban nhân dân các xã, "
        "phường và đặc khu**\n- Tiếp tục triển khai việc cập nhật cơ sở dữ liệu của toàn bộ cán bộ.\n"
    )
    assert all("Tiếp tục" not in f.text for f in _run(heading))


def test_a_colon_at_a_lines_end_goes_on_into_a_line_in_lower_case():
    """350_nq-380-cp wrapped at 60 columns (tools/relayout.py): ``d) Ngân hàng Nhà nước
    Việt Nam chỉ đạo các tổ chức tín dụng:`` / ``khẩn trương khắc phục …`` is one
    sentence; a line in lower case opens no heading or item."""
    from tools.relayout import relayout

    text = relayout(
        (ROOT / "corpus" / "tvpl" / "350_nq-380-cp.txt").read_text("utf-8"), 60, seed=7, early=False
    )
    assert "chỉ đạo các tổ chức tín dụng:\nkhẩn trương" in text
    facts = [f for f in _run(text) if "các tổ chức tín dụng:" in f.text]
    assert [f.body for f in facts] == ["Ngân hàng Nhà nước Việt Nam"]
    assert "khẩn trương khắc phục" in facts[0].text


def test_a_task_table_written_a_row_per_line_under_a_portal_header_table():
    """Probe y12 (batch 7, a plan copied from a portal): its header table is laid out a
    cell per line between ``|`` lines, its task table a row per line with section rows
    (``| I | NHIỆM VỤ CHUNG | | | |``); every row is read, the one after a section row too."""
    text = (
        "|\n**ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 4815/KH-UBND\n|\n"
        "*Lai Châu, ngày 20\ntháng 11 năm 2025*\n|\n**KẾ HOẠCH**\nChuyển đổi số năm 2026\n"
        "**II. NHIỆM VỤ**\n"
        "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
        "| I | NHIỆM VỤ CHUNG | | | |\n"
        "| 1 | Kiện toàn Ban Chỉ đạo chuyển đổi số cấp xã | UBND các xã, phường | Sở Khoa học và Công nghệ | Tháng 01/2026 |\n"
        "| II | HẠ TẦNG SỐ | | | |\n"
        "| 2 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | Công an tỉnh | Tháng 9/2026 |\n"
        "| 3 | Phủ sóng di động 4G/5G tại các thôn, bản | Viễn thông Lai Châu | UBND các xã, phường | Năm 2026 |\n"
        "|\nNơi nhận:\n- Như trên;\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Nguyễn Văn A**\n|\n"
    )
    rows = [(f.body, f.deadline) for f in _run(text, "2025-11-20") if f.assignment_kind == "table_row"]
    assert rows == [
        ("UBND các xã, phường", "2026-01"),
        ("Sở Khoa học và Công nghệ", "2026-09"),
        ("Viễn thông Lai Châu", "2026"),
    ]


def test_a_letters_company_is_the_one_company_among_its_addressees():
    """Probe y06 (a Cục Hải quan letter to its Chi cục and to one company): ``đề nghị
    Công ty …`` tasks the company the address list names, though the list holds two."""
    text = (
        "**Kính gửi:**\n|\n- Các Chi cục Hải quan khu vực;\n- Công ty TNHH Điện tử Vina Tech Bắc Ninh.\n|\n"
        "Cục Hải quan nhận được công văn của Công ty TNHH Điện tử Vina Tech Bắc Ninh. Về vấn đề này,\n"
        "Cục Hải quan có ý kiến như sau:\n"
        "1. Theo quy định, đề nghị Công ty căn cứ quy định nêu trên để thực hiện thủ tục hải quan.\n"
    )
    assert _bodies(_run(text)) == ["Công ty TNHH Điện tử Vina Tech Bắc Ninh"]
    # negative: two companies listed, the text's "Công ty" stands for neither alone
    two = text.replace("- Các Chi cục Hải quan khu vực;", "- Công ty TNHH Thép Việt;")
    assert "Công ty TNHH Điện tử Vina Tech Bắc Ninh" not in _bodies(_run(two))


def test_youth_unions_and_key_traders_in_a_list_of_bodies():
    """Probe y14 and y04: ``Tỉnh Đoàn`` (capital Đ as often as not) is a body of the list,
    and ``các thương nhân đầu mối`` (the licensed key traders of petroleum) a group."""
    union = (
        "Chủ tịch UBND tỉnh yêu cầu:\n8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh Đoàn, Hội "
        "Liên hiệp Phụ nữ tỉnh và các tổ chức chính trị - xã hội phối hợp tuyên truyền, vận động đoàn viên.\n"
    )
    assert _bodies(_run(union)) == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh và các tổ chức chính trị - xã hội"
    ]
    traders = (
        "Thủ tướng yêu cầu:\n7. Tập đoàn Xăng dầu Việt Nam và các thương nhân đầu mối kinh doanh xăng dầu "
        "có trách nhiệm bảo đảm nguồn cung xăng dầu.\n"
    )
    assert _bodies(_run(traders)) == [
        "Tập đoàn Xăng dầu Việt Nam và các thương nhân đầu mối kinh doanh xăng dầu"
    ]


def test_an_unnumbered_request_under_a_section_heading_ends_with_its_section():
    """Probe y07 (a VPCP notice): ``**II. NHIỆM VỤ THỜI GIAN TỚI**`` / ``Đề nghị Tỉnh ủy,
    Ủy ban nhân dân tỉnh Lào Cai … một số nhiệm vụ trọng tâm sau:`` / ``1. …`` is the
    request's assignment; the province's UBND tasked again under ``**III. …**`` is no
    item of that list, so the request stays."""
    text = (
        "Phó Thủ tướng Chính phủ kết luận như sau:\n**I. ĐÁNH GIÁ CHUNG**\nTỉnh đã đạt nhiều kết quả.\n"
        "**II. NHIỆM VỤ THỜI GIAN TỚI**\nĐề nghị Tỉnh ủy, Ủy ban\nnhân dân tỉnh Lào Cai tiếp tục phát huy "
        "kết quả đạt được, tập trung thực hiện\ntốt một số nhiệm vụ trọng tâm sau:\n"
        "1. Quyết liệt thực hiện các giải pháp hoàn thành các chỉ tiêu năm 2025.\n"
        "2. Đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n"
        "**III. VỀ KIẾN NGHỊ CỦA TỈNH**\n1. Giao Bộ Tài chính chủ trì xem xét đề nghị của Tỉnh.\n"
        "2. Đối với các kiến nghị khác: Ủy ban nhân dân tỉnh Lào Cai làm việc cụ thể với các Bộ.\n"
    )
    bodies = _bodies(_run(text))
    assert bodies[0] == "Tỉnh ủy, Ủy ban nhân dân tỉnh Lào Cai"
    assert "Bộ Tài chính" in bodies and "Ủy ban nhân dân tỉnh Lào Cai" in bodies


def test_the_bare_province_of_a_notice_is_the_province_it_is_about():
    """Probe w01 (a VPCP notice of a visit to Quảng Ngãi): ``Tỉnh cần …`` is Quảng Ngãi,
    not the place named last before it (``… hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum``)
    nor a plural's (``các tỉnh Nam Lào``)."""
    text = (
        "**THÔNG BÁO**\nKết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với tỉnh Quảng Ngãi.\n"
        "Ngày 10 tháng 11 năm 2025, Phó Thủ tướng Chính phủ làm việc với lãnh đạo tỉnh Quảng Ngãi.\n"
        "Phó Thủ tướng đánh giá cao tỉnh Quảng Ngãi, được thành lập trên cơ sở hợp nhất tỉnh Quảng Ngãi và\n"
        "tỉnh Kon Tum, có cửa khẩu quốc tế giáp các tỉnh Nam Lào.\n"
        "Phó Thủ tướng kết luận như sau:\n"
        "1. Thời gian tới, Tỉnh cần tập trung thực hiện tốt các nhiệm vụ phát triển kinh tế - xã hội của tỉnh Quảng Ngãi.\n"
        "2. Giao Bộ Tài chính hướng dẫn tỉnh Quảng Ngãi lồng ghép các nguồn vốn.\n"
    )
    facts = find_assignments(text, DocumentContext(issuer="Văn phòng Chính phủ", header_read=True))
    assert [f.body for f in facts][:1] == ["tỉnh Quảng Ngãi"]


def test_singled_out_bodies_and_old_department_names():
    """Probe batch 8 (long documents): a body singled out after ``; trong đó`` or
    ``Riêng`` has a task of its own, by any verb in the directive part; a council's
    committee is named with its council; the department of ``Nông nghiệp và Phát
    triển nông thôn`` (before 2025) is one name, though ``triển`` opens ``triển khai``."""
    text = (
        "Hội đồng nhân dân tỉnh quyết nghị:\n**Điều 3.** Tổ chức thực hiện\n"
        "2. Giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết; trong đó, Ban "
        "Kinh tế - Ngân sách Hội đồng nhân dân tỉnh tổ chức giám sát chuyên đề về giải ngân vốn đầu tư công.\n"
    )
    assert _bodies(_run(text)) == [
        "Thường trực Hội đồng nhân dân tỉnh",
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh",
    ]
    storm = (
        "Chủ tịch UBND tỉnh yêu cầu:\n3. Chủ tịch UBND các xã ven biển tổ chức sơ tán dân. Riêng đặc khu "
        "Lý Sơn chủ động dự trữ lương thực, thực phẩm, nhu yếu phẩm.\n"
    )
    assert _bodies(_run(storm)) == ["Chủ tịch UBND các xã ven biển", "đặc khu Lý Sơn"]
    old_name = (
        "UBND thành phố yêu cầu:\n2. Sở Nông nghiệp và Phát triển nông thôn hướng dẫn, giám sát việc "
        "sử dụng thuốc bảo vệ thực vật.\n"
    )
    assert _bodies(_run(old_name)) == ["Sở Nông nghiệp và Phát triển nông thôn"]


def test_a_bold_heading_names_its_body_up_to_its_line_end():
    """Probe z01 and z03: ``**2. Sở Tài chính**`` over ``Trên cơ sở đề xuất …, tham mưu …``:
    the name is read up to the heading's end (the grammar, which does not see the bold,
    would run it on into ``Trên``) and the heading tasks it."""
    text = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n**1. Sở Văn hóa, Thể thao và Du lịch**\nChủ trì triển khai Đề án.\n"
        "**2. Sở Tài chính**\nTrên cơ sở đề xuất của các cơ quan, đơn vị, tham mưu Ủy ban nhân dân tỉnh bố "
        "trí kinh phí thực hiện Đề án.\n"
    )
    assert _bodies(_run(text)) == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính"]


def _laid_one_line_a_paragraph(text: str) -> str:
    """``text`` as a Word document or a web page gives it: each paragraph (a TVPL
    copy's run of lines between blank lines) on one line, no blank line between
    them, no bold (only whitespace and ``**`` change)."""
    return "\n".join(" ".join(run.split()) for run in text.replace("**", "").split("\n\n") if run.strip())


def test_an_articles_title_ends_with_its_line_in_a_text_written_one_line_a_paragraph():
    """QĐ 211/QĐ-UBND (Hải Phòng, corpus/tvpl 239, train) laid out one line a paragraph
    with no blank line: ``Điều 17. Trách nhiệm của Sở Nông nghiệp và Môi trường`` over
    ``Phối hợp thực hiện …`` is still the article's title over its duties, one
    assignment of the Sở's (the probe's ab03 is written so)."""
    text = _laid_one_line_a_paragraph(
        (ROOT / "corpus" / "tvpl" / "239_qd-211-ubnd-hai-phong.txt").read_text(encoding="utf-8")
    )
    assert assignments._one_line_a_paragraph(assignments.readable(text))
    titled = [f for f in _run(text) if f.text.startswith("Điều 17.")]
    assert [(f.body, f.text) for f in titled] == [
        ("Sở Nông nghiệp và Môi trường", "Điều 17. Trách nhiệm của Sở Nông nghiệp và Môi trường")
    ]


def test_a_hard_wrapped_text_is_not_one_line_a_paragraph():
    """Negative: TVPL copies wrap near 80 columns, so a short line followed by a
    capital may be a name broken across lines (``Giám đốc Sở`` / ``Tài chính``)."""
    text = (ROOT / "corpus" / "tvpl" / "239_qd-211-ubnd-hai-phong.txt").read_text(encoding="utf-8")
    assert not assignments._one_line_a_paragraph(assignments.readable(text))
    broken = (
        "QUYẾT ĐỊNH:\n"
        + "Điều 1. "
        + "Giao nhiệm vụ cụ thể cho các cơ quan, đơn vị trên địa bàn tỉnh như sau. " * 3
        + "\n"
        "2. Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Sở\n"
        "Tài chính theo chức năng, nhiệm vụ được giao có trách nhiệm hướng dẫn UBND xã xác định giá đất cụ thể.\n"
    )
    assert "Giám đốc Sở Nông nghiệp và Môi trường; Giám đốc Sở Tài chính" in [
        "; ".join(b.strip() for b in f.body.split(",")) for f in _run(broken)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe ab03 (a fund's regulation): the office holder of an actor noun before its duty
        (
            "Điều 11. Tổ chức thực hiện\n1. Giám đốc Quỹ có trách nhiệm ban hành quy trình nghiệp vụ cho vay.\n",
            ["Giám đốc Quỹ"],
        ),
        (
            "Điều 11. Tổ chức thực hiện\n1. Thủ trưởng cơ quan, đơn vị có trách nhiệm bố trí kinh phí.\n",
            ["Thủ trưởng cơ quan, đơn vị"],
        ),
        # negative: without a duty the same words task nobody
        ("Điều 4. Hồ sơ\n1. Giám đốc Quỹ ký hợp đồng tín dụng theo mẫu.\n", []),
    ],
)
def test_an_office_holder_of_an_actor_before_its_duty(text, expected):
    assert _bodies(_run(text)) == expected


def test_lower_case_words_of_a_name_confirmed_by_the_duty_after_them():
    """QĐ 223/QĐ-UBND (Hải Phòng, corpus/tvpl 243, train) as wrapped: ``Thủ trưởng
    các đơn vị`` + ``thoát nước`` + ``có trách nhiệm``: the words between a name and
    its duty are the name's (at most three, no adverb); a verb after them confirms
    nothing by itself (``Sở Y tế thống kê số liệu gửi …``)."""
    text = (
        "Điều 10. Tổ chức thực hiện\n"
        "Giám đốc các Ban, Sở,\n"
        "ngành có liên quan; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu và Thủ trưởng\n"
        "các đơn vị thoát nước có trách nhiệm tổ chức, triển khai thực hiện quy định\n"
        "này.\n"
    )
    assert any(b.endswith("Thủ trưởng các đơn vị thoát nước") for b in _bodies(_run(text)))
    negative = "QUYẾT ĐỊNH:\nĐiều 2. Sở Y tế thống kê số liệu gửi Sở Tài chính.\n"
    assert "Sở Y tế thống kê số liệu" not in " ".join(_bodies(_run(negative)))


def test_a_body_that_sends_in_a_regulations_article_is_tasked():
    """Probe aa01 (a regulation issued with a decision, portal layout): ``các sở, ban,
    ngành và Ủy ban nhân dân cấp xã gửi dự kiến kế hoạch … về Thanh tra tỉnh`` tasks
    the senders ("gửi" is a verb like "lập"; "Kính gửi" is no body's verb)."""
    text = (PROBE / "aa01.txt").read_text(encoding="utf-8")
    facts = _run(text, "2025-10-16")
    assert any(
        f.body == "các sở, ban, ngành và Ủy ban nhân dân cấp xã" and "gửi dự kiến kế hoạch" in f.text
        for f in facts
    )
    letter = "Kính gửi: Sở Tài chính\n\nỦy ban nhân dân tỉnh đề nghị Sở Tài chính rà soát kinh phí.\n"
    assert _bodies(_run(letter)) == ["Sở Tài chính"]


def test_places_named_above_are_written_out():
    """Probe ac05 (a Công điện of the Prime Minister): its addressees list "Chủ tịch Ủy
    ban nhân dân các tỉnh, thành phố: Quảng Trị, Huế, …" and its items task "Chủ tịch
    Ủy ban nhân dân các tỉnh, thành phố nêu trên": the body is written out with the
    places listed, so that each province is linked; with no list above, as written."""
    facts = _run((PROBE / "ac05.txt").read_text(encoding="utf-8"), "2025-11-25")
    listed = "các tỉnh, thành phố: Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng"
    assert f"Chủ tịch Ủy ban nhân dân {listed}" in _bodies(facts)
    assert f"Ủy ban nhân dân {listed}" in _bodies(facts)
    assert not any("nêu trên" in body for body in _bodies(facts))
    alone = "Thủ tướng Chính phủ yêu cầu:\n1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên khẩn trương sơ tán dân.\n"
    assert _bodies(_run(alone)) == ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên"]


def test_a_headings_bodies_end_before_the_bracket_that_names_them_for_short():
    """Probe ac04 (a VPCP letter), wrapped as written: ``2. Yêu cầu Bộ trưởng các Bộ, …,
    Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương (sau đây gọi`` /
    ``là các Bộ, cơ quan, địa phương):`` — the ``là`` of the short name is no appositive."""
    text = (
        "Thủ tướng Chính phủ có ý kiến như sau:\n\n1. Ghi nhận kết quả.\n\n"
        "2. Yêu cầu Bộ trưởng các Bộ, Thủ trưởng\ncơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan khác ở trung ương, Chủ\n"
        "tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương (sau đây gọi\n"
        "là các Bộ, cơ quan, địa phương):\na) Khẩn trương rà soát kế hoạch vốn.\n"
    )
    assert _bodies(_run(text)) == [
        "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan khác ở trung ương, "
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
    ]


def test_a_short_name_the_document_gave_a_body_takes_any_verb_in_the_directive_part():
    """Probe ad05 (a Công điện): ``… chỉ đạo Tập đoàn Điện lực Việt Nam (EVN) … ; EVN
    chuẩn bị sẵn sàng lực lượng …`` tasks EVN by its full name ("chuẩn bị" is no verb
    start of the data, any verb will do, as after a full name)."""
    text = (
        "CÔNG ĐIỆN\n\nThủ tướng Chính phủ yêu cầu:\n\n4. Bộ trưởng Bộ Công Thương chỉ đạo Tập đoàn Điện lực "
        "Việt Nam (EVN) vận hành hồ chứa an toàn; EVN chuẩn bị sẵn sàng lực lượng, vật tư.\n"
    )
    assert _bodies(_run(text)) == ["Bộ trưởng Bộ Công Thương", "Tập đoàn Điện lực Việt Nam (EVN)"]


def test_a_bold_heading_over_two_lines_closes_before_a_dash():
    """Probe af07 (a VPCP notice, portal layout): ``**2. Ủy ban nhân dân các tỉnh,`` /
    ``thành phố: Huế, …, Lâm Đồng**`` / ``- Khẩn trương rà soát …``: the second line runs
    to the wrap width, but the bold closed there ends the heading; the dash opens its
    first item (not a name wrapped at its dash)."""
    text = (PROBE / "af07.txt").read_text(encoding="utf-8")
    facts = [f for f in _run(text, "2025-12-02") if "Huế" in f.body]
    assert len(facts) == 1
    assert facts[0].text.startswith("2. Ủy ban nhân dân các tỉnh,\nthành phố: Huế")
    assert facts[0].deadline == "2026-01-31"


def test_an_articles_title_ends_before_a_line_that_opens_a_clause_in_a_wrapped_text():
    """Probe aa02 re-laid out at 60 columns (tools/relayout.py): ``Điều 8. Điều khoản thi
    hành`` / ``Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị
    phản ánh …`` — no title goes on with an opening phrase, so the clause tasks its bodies
    as it does in the copy written one line a paragraph."""
    from tools.relayout import relayout

    written = (PROBE / "aa02.txt").read_text(encoding="utf-8")
    wrapped = relayout(written, 60)
    assert "Điều 8. Điều khoản thi hành\nTrong quá trình thực hiện," in wrapped
    assert not assignments._one_line_a_paragraph(assignments.readable(wrapped))

    def reporters(text: str) -> list[str]:
        return [
            f.body
            for f in _run(text, "2024-08-12")
            if f.text.startswith("Trong quá trình thực hiện, nếu có khó khăn")
        ]

    assert reporters(wrapped) == reporters(written) == ["các cơ quan, đơn vị"]


def test_a_body_named_again_by_its_head_stands_for_its_fullest_writing():
    """QĐ 2696/QĐ-UBND Quảng Trị's Điều lệ: ``Giám đốc Quỹ đề xuất …`` names the Fund by its
    head word; the last full mention before it is ``Quỹ Bảo vệ môi trường`` (``… sử dụng Quỹ
    Bảo vệ môi trường đúng quy định``), but the document writes the name in full as ``Quỹ Bảo
    vệ môi trường tỉnh Quảng Trị``: the office holder is that Fund's director."""
    text = (ROOT / "corpus" / "tvpl" / "273_qd-2696-ubnd-quang-tri.txt").read_text(encoding="utf-8")
    facts = [f for f in _run(text, "2025-10-09") if f.text.startswith("Giám đốc Quỹ đề xuất")]
    assert [f.body for f in facts] == ["Giám đốc Quỹ Bảo vệ môi trường tỉnh Quảng Trị"]


def test_a_procedure_printed_with_the_document_is_directive_from_its_first_line():
    """NQ 73/2025/NQ-HĐND Hà Nội, PHỤ LỤC I ``TRÌNH TỰ, THỦ TỤC, TRIỂN KHAI CÁC CHÍNH SÁCH …``
    (kèm theo the resolution, after its signature): its steps task their actors as a
    regulation's articles do — ``b) Trong thời hạn 10 ngày làm việc …, Ban Quản lý tổ chức
    đánh giá …``, the Ban by the fullest writing of the name it was given for short."""
    text = (ROOT / "corpus" / "tvpl" / "357_nq-73-hdnd-hanoi.txt").read_text(encoding="utf-8")
    appendix = text.index("**PHỤ LỤC I**")
    facts = [f for f in _run(text, "2025-11-27") if f.start > appendix]
    bodies = collections.Counter(f.body for f in facts)
    assert bodies["Ban Quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội"] >= 10
    assert "Trung tâm Đổi mới sáng tạo Hà Nội" in bodies
    steps = [
        f
        for f in facts
        if f.text.startswith("Trong thời hạn 10 ngày làm việc kể từ ngày tiếp\nnhận hồ sơ, Ban")
    ]
    assert len(steps) == 2  # (cấp mới and nâng hạng)
    # the same steps without the appendix's procedure title task nobody: a plain appendix
    # opens no directive part by itself
    plain = text[:appendix] + text[appendix:].replace(
        "TRÌNH TỰ, THỦ TỤC, TRIỂN KHAI", "NỘI DUNG TRIỂN KHAI", 1
    )
    assert not [f for f in _run(plain, "2025-11-27") if f.start > appendix and "Ban Quản lý" in f.body]


def test_bodies_of_a_district_and_a_commune():
    """Probe batch 12 (district, commune and Sở level): a commune's civil servants named
    by their field (``Công chức Tài chính - Kế toán``), the chief of its hamlets (``Trưởng
    các ấp``), a team leader (``Tổ trưởng Tổ kiểm tra``), the power company's branch
    (``Điện lực Bảo Lộc``), the 2025 names with a comma (``Phòng Văn hóa, Khoa học và
    Thông tin``), a centre's lower-case field (``Trung tâm Quan trắc tài nguyên và môi
    trường``); the bodies an opening phrase names as its topic (``Đối với các xã, phường
    có ổ dịch …,``) or as the agent of a passive (``hồ sơ do Ban Quản lý dự án … trình,``)
    leave the subject after it standing."""

    def bodies(name: str, issued: str) -> list[str]:
        return _bodies(_run((PROBE / name).read_text(encoding="utf-8"), issued))

    ag04 = bodies("ag04.txt", "2025-03-21")
    assert {"Công chức Tư pháp - Hộ tịch", "Công chức Tài chính - Kế toán", "Tổ trưởng Tổ kiểm tra"} <= set(
        ag04
    )
    # (a member's role after a dash is no half of a name: "Bà …, công chức Địa chính - Xây dựng - Tổ viên")
    assert not [b for b in ag04 if "Tổ viên" in b]
    ah03 = bodies("ah03.txt", "2025-03-14")
    assert "Trưởng các ấp" in ah03
    ah02 = bodies("ah02.txt", "2025-05-12")
    assert "Phòng Văn hóa, Khoa học và Thông tin" in ah02
    assert "Điện lực Nghi Sơn, Trung tâm Viễn thông Nghi Sơn" in ah02
    ah04 = _run((PROBE / "ah04.txt").read_text(encoding="utf-8"), "2025-04-22")
    assert "Điện lực Bảo Lộc" in _bodies(ah04)
    passive = [f for f in ah04 if f.text.startswith("Trên cơ sở hồ sơ do Ban Quản lý")]
    assert [f.body for f in passive] == ["Phòng Kinh tế, Hạ tầng và Đô thị"]
    ah05 = _run((PROBE / "ah05.txt").read_text(encoding="utf-8"), "2025-07-28")
    assert "Trung tâm Quan trắc tài nguyên và môi trường" in _bodies(ah05)
    topic = [f for f in ah05 if f.text.startswith("Đối với các xã, phường có ổ dịch")]
    assert [f.body for f in topic] == ["Chi cục Chăn nuôi và Thú y"]


def test_a_head_word_of_a_commune_office_holder_opens_no_subject_in_lower_case():
    """240_qd-212-ubnd-hai-phong: ``Đối với cán bộ, công chức, viên chức chuyển công tác
    thì cơ quan, tổ chức, đơn vị mới có trách nhiệm …`` — ``công chức`` in lower case is
    the civil servants the condition is about, not a head word (``Công chức Văn hóa - Xã
    hội``); the subject is after ``thì``."""
    text = (ROOT / "corpus" / "tvpl" / "240_qd-212-ubnd-hai-phong.txt").read_text(encoding="utf-8")
    facts = [f for f in _run(text, "2025-10-01") if "chuyển công tác thì" in f.text]
    assert [f.body for f in facts] == ["cơ quan, tổ chức, đơn vị mới"]


def test_a_topic_heading_names_the_body_its_items_are_for_but_not_under_criteria():
    """Probe ag05 (a Sở's letter): ``**1. Đối với UBND các huyện,`` / ``thành phố, thị xã**``
    over dashed items tasks that plural, its deadline the items' (05/6/2025).  KH
    0124/KH-UBND Đắk Lắk: ``**2. Tiêu chí thi đua**`` / ``a) Đối với các sở, ban, ngành,
    UBND các xã, phường`` / ``- Hoàn thành vượt mức …`` lists criteria, no tasks."""
    text = (PROBE / "ag05.txt").read_text(encoding="utf-8")
    facts = [f for f in _run(text, "2025-04-22") if f.text.startswith("1. Đối với UBND các huyện")]
    assert [(f.body, f.deadline) for f in facts] == [("UBND các huyện, thành phố, thị xã", "2025-06-05")]
    criteria = (ROOT / "corpus" / "tvpl" / "324_kh-0124-ubnd-dak-lak.txt").read_text(encoding="utf-8")
    assert not [f for f in _run(criteria, "2025-10-20") if "Đối với" in f.text[:12]]


def test_names_wrapped_or_closed_by_a_list_number_and_plural_school_levels():
    """Probe batch 12: ``Điều 7. Trách nhiệm của Phòng Tài chính - Kế hoạch`` / ``1. …``
    (the list number below closes the dashed name, no capitalised word going on with it);
    ``Đề nghị Đội Quản lý thị trường`` / ``số 8 tăng cường …`` (a unit's number wrapped to
    the next line); ``Các trường mầm`` / ``non, tiểu học, trung học cơ sở trên địa bàn
    phường …`` (school levels listed after one "trường"); ``các bộ phận, ban, ngành …``
    (no "các bộ" cut from "bộ phận")."""

    def bodies(name: str, issued: str) -> list[str]:
        return _bodies(_run((PROBE / name).read_text(encoding="utf-8"), issued))

    assert "Phòng Tài chính - Kế hoạch" in bodies("ah06.txt", "2025-03-10")
    assert "Đội Quản lý thị trường số 8" in bodies("ah07.txt", "2025-05-19")
    ag07 = bodies("ag07.txt", "2025-04-11")
    assert "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường" in ag07
    assert "các bộ" not in ag07
    # (ag07 writes that group in its closing formula, which tasks no one: its words here)
    text = "Yêu cầu các bộ phận, ban, ngành, đoàn thể và các tổ dân phố rà soát danh sách hộ nghèo.\n"
    assert _bodies(_run(text)) == ["các bộ phận, ban, ngành, đoàn thể và các tổ dân phố"]


def test_a_short_label_that_opens_an_item_before_its_colon_is_a_topic():
    """Probe ag06: ``1. Giai đoạn 1 (từ ngày 10/4/2025 đến ngày 30/4/2025): UBND các xã,
    thị trấn hoàn thành rà soát …`` — in the directive part, the body after a short label
    takes its plain verb, as after a bold topic; a label of whom the item concerns
    (``Đối tượng áp dụng:``, ``Cơ quan phối hợp:``) is no topic."""
    text = (PROBE / "ag06.txt").read_text(encoding="utf-8")
    facts = [
        f for f in _run(text, "2025-04-08") if f.text.startswith("UBND các xã, thị trấn hoàn thành rà soát")
    ]
    assert [f.body for f in facts] == ["UBND các xã, thị trấn"]
    # 218_qd-79-ubnd-bac-ninh: "2. Đối tượng áp dụng: Các cơ" / "quan nhà nước; công chức, …"
    text = (ROOT / "corpus" / "tvpl" / "218_qd-79-ubnd-bac-ninh.txt").read_text(encoding="utf-8")
    scope = text.index("2. Đối tượng áp dụng:")
    assert not [f for f in _run(text, "2025-11-01") if scope - 10 < f.start < scope + 400]


def test_a_task_tables_column_of_who_carries_out_each_row():
    """Probe ai06 (a Markdown table ``TT | Nội dung công việc | Đơn vị thực hiện | Kết
    quả/sản phẩm | Thời gian``) and aj05 (a portal copy, each cell on its own line): the
    ``Đơn vị thực hiện`` column is the lead when no column names one.  A list of
    administrative procedures (209_qd-3574-byt: ``Tên thủ tục hành chính | … | Lĩnh vực |
    Cơ quan thực hiện``) has such a column too, and tasks nobody."""
    ai06 = _run((PROBE / "ai06.txt").read_text(encoding="utf-8"), "2025-12-05")
    rows = [f for f in ai06 if f.text.startswith("Ban hành Kế hoạch kiểm tra công tác cải cách hành chính")]
    assert [(f.body, f.deadline) for f in rows] == [("Sở Nội vụ", "2026-01")]
    aj05 = _run((PROBE / "aj05.txt").read_text(encoding="utf-8"), "2025-10-08")
    assert len([f for f in aj05 if f.body == "Trung tâm Kiểm soát bệnh tật tỉnh"]) >= 3
    procedures = (ROOT / "corpus" / "tvpl" / "209_qd-3574-byt.txt").read_text(encoding="utf-8")
    assert not [f for f in _run(procedures, "2025-11-14") if "Cơ quan chuyên môn y tế" in f.body]


def test_bodies_of_provincial_notices_and_plans_of_2025():
    """Probe batch 13: the telecom and postal branches (``Viettel Đồng Nai, VNPT Đồng Nai,
    Bưu điện tỉnh Đồng Nai``), the 2025 ``Chi cục Chăn nuôi, Thú y và Thủy sản``; a line of
    bodies over its task after the basis it is done on (``4. Các sở, ban, ngành tỉnh; UBND
    các xã, phường`` / ``Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động …``); a plural with
    the description that says which of them are meant (``UBND các xã, phường có rừng``,
    ``Chủ tịch UBND các xã, phường nơi có dự án``), not a verb of its own (``có trách
    nhiệm``)."""

    def bodies(name: str, issued: str) -> list[str]:
        return _bodies(_run((PROBE / name).read_text(encoding="utf-8"), issued))

    assert "Viettel Đồng Nai, VNPT Đồng Nai, Bưu điện tỉnh Đồng Nai" in bodies("ai03.txt", "2025-11-21")
    assert "Chi cục Chăn nuôi, Thú y và Thủy sản" in bodies("ai07.txt", "2025-12-02")
    aj04 = bodies("aj04.txt", "2025-09-15")
    assert {"Các sở, ban, ngành tỉnh", "UBND các xã, phường"} <= set(aj04)
    assert "UBND các xã, phường có rừng" in bodies("aj06.txt", "2025-11-28")
    assert "Chủ tịch UBND các xã, phường nơi có dự án" in bodies("ai04.txt", "2025-12-04")
    duty = "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n1. UBND các xã, phường có trách nhiệm kiểm tra các hộ.\n"
    assert _bodies(_run(duty)) == ["UBND các xã, phường"]


def test_bodies_of_regulations_ministries_letters_and_directives():
    """Probe batch 14: long lower-case names (``Viện Vệ sinh dịch tễ Trung ương``, ``Phòng
    Cảnh sát quản lý hành chính về trật tự xã hội``, a management board whose object runs
    over ``các công trình giao thông và hạ tầng kỹ thuật``, ``Phòng Quản lý kết cấu hạ tầng
    đường bộ`` before ``thành lập``), the road authority's regional units (``Các Khu Quản
    lý đường bộ``), a plural's ``chức năng``; a heading's bodies before what they are asked
    to do over its items (``1. Đề nghị Ủy ban nhân dân các tỉnh, … chỉ đạo:``); where the
    bodies are (``Chủ tịch Ủy ban nhân dân phường, xã nơi bảo quản tài sản``)."""

    def bodies(name: str, issued: str) -> list[str]:
        return _bodies(_run((PROBE / name).read_text(encoding="utf-8"), issued))

    assert any(
        b.startswith("Viện Vệ sinh dịch tễ Trung ương, Viện Pasteur")
        for b in bodies("ak04.txt", "2025-09-22")
    )
    assert "Phòng Cảnh sát quản lý hành chính về trật tự xã hội" in bodies("ak02.txt", "2025-02-17")
    al07 = bodies("al07.txt", "2025-11-20")
    assert any(
        b.startswith(
            "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và hạ tầng kỹ thuật thành phố,"
        )
        for b in al07
    )
    assert "Phòng Quản lý kết cấu hạ tầng đường bộ" in bodies("al05.txt", "2025-12-10")
    assert any(b.startswith("Các Khu Quản lý đường bộ") for b in bodies("ak05.txt", "2025-12-08"))
    al04 = bodies("al04.txt", "2025-12-02")
    assert "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương" in al04
    assert "Các sở, ngành chức năng và Ủy ban nhân dân các xã, phường" in al04
    text = (ROOT / "corpus" / "tvpl" / "215_qd-123-ctubnd-hue.txt").read_text(encoding="utf-8")
    assert "Chủ tịch Ủy ban nhân dân phường, xã nơi bảo quản tài sản" in _bodies(_run(text, "2025-11-24"))


def test_a_heading_that_lists_bodies_over_a_clause_of_each_is_a_section():
    """Probe ak02: ``Điều 9. Sở Kế hoạch và Đầu tư, Sở Tài chính`` over ``1. Sở Kế hoạch và
    Đầu tư chủ trì …`` and ``2. Sở Tài chính tham mưu …``: each item tasks its own body,
    the heading is no task of both (over one paragraph of one of them it still is)."""
    facts = _run((PROBE / "ak02.txt").read_text(encoding="utf-8"), "2025-02-17")
    section = [f for f in facts if "Sở Kế hoạch và Đầu tư" in f.body or f.body == "Sở Tài chính"]
    assert sorted(f.body for f in section) == ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"]
    assert not [f for f in facts if f.text.startswith("Điều 9.")]
    # (probe an01: the same with a duty and a plain verb, "1. Sở Xây dựng có trách nhiệm
    # kiểm tra …", "2. Sở Công Thương theo dõi, kiểm tra …")
    an01 = _run((PROBE / "an01.txt").read_text(encoding="utf-8"), "2025-10-21")
    assert not [f for f in an01 if "Điều 6." in f.text[:12]]
    assert {"Sở Xây dựng", "Sở Công Thương"} <= set(_bodies(an01))


def test_a_numbered_topic_on_its_own_line_ends_there_in_a_text_written_a_paragraph_a_line():
    """Probe ap01 (a VPCP notice written one paragraph a line): "2. Về bổ sung vốn đầu
    tư …" over "Bộ Tài chính tổng hợp …" — the topic's opening phrase ("Về …") ran on
    into the next line and hid its subject; the topic ends with its line now."""
    text = (PROBE / "ap01.txt").read_text(encoding="utf-8")
    facts = _run(text, "2025-09-05")
    opening = {f.body: f.text[:40] for f in facts}
    assert opening["Bộ Tài chính"].startswith("Bộ Tài chính tổng hợp đề xuất")
    assert opening["Bộ Nông nghiệp và Môi trường"].startswith("Bộ Nông nghiệp và Môi trường hướng dẫn")
    assert opening["Bộ Y tế"].startswith("Bộ Y tế chủ trì")
    # the same lines hard-wrapped are not a paragraph a line: a topic line there may
    # still run on ("1. Về việc …" / "triển khai …" is one wrapped sentence)
    wrapped = "1. Về việc tổ chức\ntriển khai Kế hoạch, Sở Y tế chủ trì thực hiện."
    assert _bodies(_run("QUYẾT ĐỊNH:\n" + wrapped)) == ["Sở Y tế"]


def test_a_topic_heading_over_items_that_task_bodies_of_their_own_is_a_section():
    """Probe ao07 and ap04: "5. Đối với các Bộ, cơ quan thành viên Ban Chỉ đạo" over
    "a) Bộ Nội vụ - Cơ quan thường trực Ban Chỉ đạo chủ trì …", "b) Bộ Tài chính hướng
    dẫn …"; "3. Đối với các đơn vị thuộc Chi cục" over "Giao Đội Nghiệp vụ …": the items
    are counted, the topic heading tasks nobody (not even as a clause of its own)."""
    for name, heading in (
        ("ao07.txt", "các Bộ, cơ quan thành viên Ban Chỉ đạo"),
        ("ap04.txt", "các đơn vị thuộc Chi cục"),
    ):
        facts = _run((PROBE / name).read_text(encoding="utf-8"), "2025-08-01")
        assert not any(f.text.lstrip("*0123456789. ").startswith("Đối với") for f in facts), name
        assert heading not in _bodies(facts)
    facts = _run((PROBE / "ao07.txt").read_text(encoding="utf-8"), "2025-08-01")
    assert {"Bộ Tài chính", "Bộ Khoa học và Công nghệ"} <= set(_bodies(facts))
    # a topic heading over items that name no body of their own still heads them
    text = (
        "QUYẾT ĐỊNH:\n**1. Đối với Ủy ban nhân dân các huyện, thị xã**\n"
        "a) Rà soát các hộ dân ở khu vực nguy cơ sạt lở.\nb) Báo cáo kết quả trước ngày 15/12/2025.\n"
    )
    assert _bodies(_run(text)) == ["Ủy ban nhân dân các huyện, thị xã"]


def test_a_letters_word_for_its_addressee_as_a_clauses_subject_is_the_addressee():
    """Probe ap04, a Chi cục Hải quan's letter to one company: "Công ty có trách nhiệm
    sử dụng hàng hóa …" tasks the company of the Kính gửi line, as "Đề nghị Công ty …"
    does; in a letter to a People's Committee the word stays what it says."""
    facts = _run((PROBE / "ap04.txt").read_text(encoding="utf-8"), "2025-08-01")
    duty = [f for f in facts if f.text.startswith("Công ty có trách")]
    assert [f.body for f in duty] == ["Công ty TNHH Công nghệ Chính xác Minh Phát Việt Nam"]
    assert "Công ty" not in _bodies(facts)
    letter = (
        "Kính gửi: Ủy ban nhân dân tỉnh Bắc Ninh.\n\n"
        "Công ty có trách nhiệm sử dụng hàng hóa đã được miễn thuế đúng mục đích.\n"
    )
    assert "Ủy ban nhân dân tỉnh Bắc Ninh" not in _bodies(_run(letter))


@pytest.mark.parametrize(
    "sentence, body",
    [
        # probe ao02: the place the clause is about completes a body named by its level alone
        (
            "Riêng đối với Thành phố Hồ Chí Minh, Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo đẩy nhanh "
            "tiến độ Dự án đường Vành đai 3.",
            "Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh",
        ),
        (
            "Đối với tỉnh Lâm Đồng, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo đẩy nhanh tiến độ Dự án.",
            "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng",
        ),
        # a body named in full keeps its name; the place is no body of the clause
        ("Đối với tỉnh Lâm Đồng, Bộ Xây dựng chủ trì hướng dẫn hồ sơ.", "Bộ Xây dựng"),
        # "Riêng" before an introducer's phrase, as before a subject
        ("Riêng trong năm 2025, Sở Tài chính khẩn trương bố trí vốn.", "Sở Tài chính"),
    ],
)
def test_a_place_the_clause_is_about_stands_before_its_subject(sentence, body):
    text = "THÔNG BÁO\nKết luận của Phó Thủ tướng\n\nPhó Thủ tướng kết luận như sau:\n" + sentence + "\n"
    assert _bodies(_run(text)) == [body]


@pytest.mark.parametrize(
    "text, bodies",
    [
        # probe ap02: a company's brand given in a bracket, then named by it alone
        (
            "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam (Petrovietnam) tối ưu hóa việc khai thác "
            "khí. Petrovietnam khẩn trương hoàn thành đàm phán hợp đồng mua bán điện.",
            [
                "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",
                "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam (Petrovietnam)",
            ],
        ),
        # a capitalised word the document gave no body in a bracket is no subject
        ("Petrovietnam khẩn trương hoàn thành đàm phán hợp đồng mua bán điện.", []),
        # probe ap02: the members a plural stresses, over their commas, before its verb
        (
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, trọng tâm là các địa phương có "
            "phụ tải lớn: Hà Nội, Hải Phòng, Quảng Ninh, đẩy mạnh tuyên truyền sử dụng điện tiết kiệm.",
            ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
        ),
        (
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố, đặc biệt là các tỉnh ven biển từ Quảng Ninh "
            "đến Khánh Hòa, chủ động sơ tán dân.",
            ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố"],
        ),
    ],
)
def test_a_brand_in_a_bracket_and_a_stressed_tail_before_the_verb(text, bodies):
    notice = "THÔNG BÁO\nKết luận của Phó Thủ tướng\n\nPhó Thủ tướng kết luận như sau:\n" + text + "\n"
    assert _bodies(_run(notice)) == bodies


def test_the_tense_of_the_clause_before_a_semicolon_does_not_block_a_request():
    """Probe ap01: "Thủ tướng Chính phủ cơ bản đồng ý với các mục tiêu, nhiệm vụ, giải
    pháp tỉnh đã đề ra; yêu cầu tỉnh Tuyên Quang … tập trung thực hiện …": "đã" is the
    tense of the clause before the semicolon, not of the request."""
    head = "THÔNG BÁO\nKết luận của Thủ tướng\n\nThủ tướng kết luận như sau:\n"
    text = (
        "Thủ tướng Chính phủ đồng ý với các mục tiêu, nhiệm vụ, giải pháp tỉnh đã đề ra; yêu cầu "
        "tỉnh Tuyên Quang tập trung thực hiện một số nhiệm vụ trọng tâm sau:\n1. Tiếp tục kiện toàn bộ máy.\n"
    )
    assert _bodies(_run(head + text)) == ["tỉnh Tuyên Quang"]
    # the request's own tense still blocks it: a past request is background
    past = "Thủ tướng Chính phủ đã yêu cầu tỉnh Tuyên Quang tập trung thực hiện các nhiệm vụ.\n"
    assert _bodies(_run(head + past)) == []


@pytest.mark.parametrize(
    "item, bodies",
    [
        # probe ar05: the bodies alone in the closing bracket, then the task's time
        (
            "- Đưa chỉ tiêu phòng, chống bệnh truyền nhiễm vào kế hoạch phát triển kinh tế - xã hội năm "
            "2026 của địa phương (Ủy ban nhân dân các xã, phường, đặc khu; thời gian: tháng 01/2026).",
            ["Ủy ban nhân dân các xã, phường, đặc khu"],
        ),
        (
            "- Xử lý triệt để ổ dịch sốt xuất huyết, tay chân miệng, sởi trong vòng 48 giờ kể từ khi phát "
            "hiện (Trung tâm Kiểm soát bệnh tật tỉnh, Trạm Y tế các xã, phường; thời gian: khi phát hiện ổ dịch).",
            ["Trung tâm Kiểm soát bệnh tật tỉnh, Trạm Y tế các xã, phường"],  # (one fact, listing both)
        ),
        # a bracket that only names a body, with no role and no time, is a note
        ("- Thực hiện theo hướng dẫn của cơ quan chuyên môn về phòng, chống dịch (Sở Y tế).", []),
    ],
)
def test_a_task_whose_bodies_stand_alone_in_its_closing_bracket_before_its_time(item, bodies):
    text = "KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2026\n\nIII. NHIỆM VỤ VÀ GIẢI PHÁP\n" + item + "\n"
    assert _bodies(_run(text, "2025-12-20")) == bodies


def test_what_a_heading_body_is_to_do_over_its_items_is_no_part_of_its_name():
    """Probe aq06 (a Công điện): "4. Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo:" over
    its items: the minister is the body; a name that goes on after "và" stays whole."""
    facts = _run((PROBE / "aq06.txt").read_text(encoding="utf-8"), "2025-04-25")
    assert "Bộ trưởng Bộ Nông nghiệp và Môi trường" in _bodies(facts)
    assert not any(b.endswith("chỉ đạo") for b in _bodies(facts))
    text = "Điều 5. Nhiệm vụ\n2. Giám đốc, Phó Giám đốc và Kế toán:\na) Lập kế hoạch thu chi.\nb) Báo cáo tài chính.\n"
    assert _bodies(_run(text)) == ["Giám đốc, Phó Giám đốc và Kế toán"]


@pytest.mark.parametrize(
    "sentence, bodies",
    [
        # probe ao03, z01: which of a plural are meant, by what befell them or where they are
        (
            "Ủy ban nhân dân các tỉnh, thành phố bị ảnh\nhưởng huy động lực lượng hỗ trợ người dân.",
            ["Ủy ban nhân dân các tỉnh, thành phố bị ảnh hưởng"],
        ),
        (
            "Ủy ban nhân dân các xã thuộc khu vực Pù Luông ưu tiên hoàn thành quy hoạch chi tiết.",
            ["Ủy ban nhân dân các xã thuộc khu vực Pù Luông"],
        ),
        # a noun whose second syllable opens a verb ("công trình") goes on with the description
        (
            "Các doanh nghiệp có công trình hạ tầng chủ động di dời.",
            ["Các doanh nghiệp có công trình hạ tầng"],
        ),
        # probe ah05: a marked topic closed by a comma before the clause's own subject
        (
            "Đối với các xã, phường có ổ dịch mới phát sinh, Chi cục Chăn nuôi và Thú y cử cán bộ "
            "kỹ thuật trực tiếp bám địa bàn.",
            ["Chi cục Chăn nuôi và Thú y"],
        ),
        # ... and a marked subject with its own verb and no comma stays the subject
        (
            "Riêng các chủ đầu tư có dự án trọng điểm khẩn trương hoàn thiện hồ sơ, báo cáo kết quả.",
            ["các chủ đầu tư có dự án trọng điểm"],
        ),
    ],
)
def test_which_of_a_plural_are_meant_and_a_marked_topic(sentence, bodies):
    text = "QUYẾT ĐỊNH:\nĐiều 1. Giao nhiệm vụ.\n5. " + sentence + "\n"
    assert _bodies(_run(text)) == bodies


def test_a_name_ends_at_its_bold_and_takes_its_own_noun_before_an_appositive():
    """Probe as05: "**4. Phòng Kiểm tra nội bộ** xây dựng kế hoạch …" — the bold closes
    the name before its verb; probe as04: "giao Cục Quản lý và Xây dựng công trình thủy
    lợi là đơn vị đầu mối" — the name's own lower-case words ("công trình" a noun, though
    "trình" opens a verb), written whole elsewhere, run to the appositive "là"."""
    text = "**4. Phòng Kiểm tra nội bộ** xây dựng kế hoạch kiểm tra việc triển khai tại các Thuế cơ sở.\n"
    assert _bodies(_run("KẾ HOẠCH\nChuyển đổi thuế khoán\n\nIII. TỔ CHỨC THỰC HIỆN\n" + text)) == [
        "Phòng Kiểm tra nội bộ"
    ]
    facts = _run((PROBE / "as04.txt").read_text(encoding="utf-8"), "2025-11-20")
    assert "Cục Quản lý và Xây dựng công trình thủy lợi" in _bodies(facts)
    assert "Cục Quản lý và Xây dựng" not in _bodies(facts)


def test_a_tense_word_of_the_sentence_before_does_not_block_a_request():
    """Probe au01: "… tại khu vực đã di dời." / "**6.** Giao Báo và Phát thanh, Truyền
    hình Lào Cai tăng cường …": "đã" closes the sentence before; the request stands."""
    facts = _run((PROBE / "au01.txt").read_text(encoding="utf-8"), "2025-10-01")
    assert "Báo và Phát thanh, Truyền hình Lào Cai" in _bodies(facts)
    text = (
        "QUYẾT ĐỊNH:\nĐiều 2.\n5. Không để người dân quay lại khu vực đã di dời.\n6. Giao Sở Y tế kiểm tra.\n"
    )
    assert _bodies(_run(text)) == ["Sở Y tế"]


def test_a_branch_in_a_place_after_a_dash_is_part_of_the_name():
    """Probe au05: "… và Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi /
    nhánh tỉnh Đồng Tháp tạo điều kiện …": the bank's branch, named by its place."""
    text = (
        "KẾ HOẠCH\nOCOP\n\nIII. TỔ CHỨC THỰC HIỆN\n7. Đề nghị Ngân hàng Nông nghiệp và Phát triển nông thôn "
        "Việt Nam - Chi\nnhánh tỉnh Đồng Tháp tạo điều kiện cho các chủ thể OCOP tiếp cận vốn vay.\n"
    )
    assert _bodies(_run(text)) == [
        "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Đồng Tháp"
    ]


def test_a_heading_whose_note_in_brackets_wraps_onto_its_own_line():
    """Probe ay04 (a ward's plan): the bold heading's bracketed note stands on its own
    line, so that what follows the body in the heading is a line break alone — read as
    the heading's body over its items, not a crash that loses the document's facts."""
    text = (
        "**III. TỔ CHỨC THỰC HIỆN**\n"
        "**1. Phòng Kinh tế, Hạ tầng và Đô thị\n"
        "(cơ quan thường trực Ban Chỉ huy Phòng thủ dân sự phường)**\n"
        "- Tham mưu UBND phường ban hành Phương án ứng phó với\n"
        "bão mạnh, siêu bão trên địa bàn phường, trình trước ngày 25/9/2025.\n"
        "- Phối hợp với các đơn vị quản lý hạ tầng kiểm tra hệ thống thoát nước.\n"
        "**2. Công an phường**\n"
        "- Bảo đảm an ninh, trật tự trong mưa bão.\n"
    )
    # (its note kept in its name, as written; the scorer reads past notes in brackets)
    assert _bodies(_run(text)) == [
        "Phòng Kinh tế, Hạ tầng và Đô thị (cơ quan thường trực Ban Chỉ huy Phòng thủ dân sự phường)",
        "Công an phường",
    ]


def test_an_items_label_is_a_name_to_its_colon():
    """Probe az07 (a Cục's letter): ``- Phòng Dịch tễ thú y: Theo dõi …`` — the words in
    lower case after the name as the grammar reads it (``Phòng Dịch tễ``) run to the
    label's colon with no verb among them: they are the name's."""
    text = (
        "2. Nhiệm vụ cụ thể\n"
        "- Phòng Dịch tễ thú y: Theo dõi, tổng hợp diễn biến dịch bệnh; tham mưu Lãnh đạo Cục.\n"
        "- Sở Y tế chủ trì: tổ chức tiêm phòng.\n"
    )
    assert _bodies(_run(text)) == ["Phòng Dịch tễ thú y", "Sở Y tế"]
    # Negative: members after "bao gồm" are no part of a name (239_qd-211-ubnd-hai-phong)
    members = (
        "QUYẾT ĐỊNH:\n**Điều 6. Cấp, quản lý, sử dụng tài khoản**\n\n"
        "2. Đối tượng được cấp tài khoản sử dụng:\n\n"
        "a) Lãnh đạo Sở Tư pháp phụ trách lĩnh vực công chứng, chứng thực;\n\n"
        "c) Ủy ban nhân dân cấp xã bao gồm: Lãnh đạo Ủy ban\nnhân dân, công chức tham mưu thực hiện chứng thực;\n"
    )
    assert not any("gồm" in body for body in _bodies(_run(members)))


def test_a_residents_board_is_a_body_not_a_board_named_before():
    """Probe ay04 (a ward's plan): ``**8. Ban điều hành các tổ dân phố**`` over its items
    is the board that runs the residents' groups (bodies.json: ``Ban điều hành``), not
    ``Ban`` named again before the verb ``điều hành`` — which linked its tasks to the
    ``Ban Chỉ huy Quân sự phường`` of item 3."""
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "**3. Ban Chỉ huy Quân sự phường** xây dựng kế hoạch huy động lực lượng dân quân.\n"
        "**8. Ban điều hành các tổ dân phố**\n"
        "- Nắm chắc số hộ, số nhân khẩu cần sơ tán trên địa bàn; lập danh sách.\n"
        "- Phối hợp với Công an phường bảo đảm an ninh.\n"
    )
    assert _bodies(_run(text)) == ["Ban Chỉ huy Quân sự phường", "Ban điều hành các tổ dân phố"]


def test_a_bold_label_is_a_name_to_its_bold():
    """Probe x12: a bold item label ``**3. Tập đoàn …, Tổng công ty Dầu Việt Nam và các
    thương nhân đầu mối kinh doanh xăng dầu** bảo đảm …`` — the plural's description in
    lower case runs to the bold's end, before the task; a verb inside it would end the
    name (``**5. Các cơ sở y tế tổ chức** …`` is no label of a name)."""
    text = (
        "Để chủ động bảo đảm cân đối cung cầu, Bộ trưởng Bộ Công Thương yêu cầu Thủ trưởng các đơn vị "
        "thuộc Bộ tập trung thực hiện các nhiệm vụ sau đây:\n\n"
        "**3. Tập đoàn Xăng dầu Việt Nam, Tổng công ty Dầu Việt Nam và các thương nhân đầu mối kinh doanh "
        "xăng dầu** bảo đảm nguồn cung xăng dầu cho thị trường.\n"
    )
    assert _bodies(_run(text))[-1] == (
        "Tập đoàn Xăng dầu Việt Nam, Tổng công ty Dầu Việt Nam và các thương nhân đầu mối kinh doanh xăng dầu"
    )


def test_a_plural_of_a_bodys_units_over_its_members_items_is_a_section():
    """Probe ay01 (a ministry's letter): ``**5. Các đơn vị thuộc Bộ**`` over ``a) Cục Chăn
    nuôi và Thú y chủ trì …``, ``b) Trung tâm Khuyến nông quốc gia phối hợp …``: the
    items task the units by name, each in its own right; the heading is no task of
    its own, as a topic over such items is not."""
    text = (
        "Bộ Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện các nội dung sau:\n"
        "**5. Các đơn vị thuộc Bộ**\n"
        "a) Cục Chăn nuôi và Thú y chủ trì theo dõi chặt chẽ diễn biến dịch bệnh, báo cáo Lãnh đạo Bộ "
        "trước ngày 25/9/2025.\n"
        "b) Trung tâm Khuyến nông quốc gia đẩy mạnh tuyên truyền, hướng dẫn người chăn nuôi.\n"
    )
    # (the opening request's bodies are its own fact)
    assert _bodies(_run(text)) == ["các đơn vị", "Cục Chăn nuôi và Thú y", "Trung tâm Khuyến nông quốc gia"]


def test_a_body_that_is_to_require_others_is_the_one_tasked():
    """Probe ba06, w05, aw05: in a directive's items, ``**7. Ban Quản lý Khu kinh tế Nghi
    Sơn** yêu cầu các chủ đầu tư …`` tasks the Ban (it is to require them), as ``Sở Xây
    dựng chỉ đạo …`` tasks the Sở; the issuer's own request, or its head's, still tasks
    whom it names (``Chủ tịch UBND tỉnh yêu cầu: …``)."""
    text = (
        "Chủ tịch UBND tỉnh yêu cầu:\n"
        "7. Ban Quản lý Khu kinh tế Nghi Sơn yêu cầu các chủ đầu tư dự án rà soát phương án phòng, chống "
        "đuối nước.\n"
        "8. Chủ tịch UBND tỉnh yêu cầu Sở Y tế chuẩn bị giường bệnh.\n"
    )
    assert _bodies(_run(text)) == ["Ban Quản lý Khu kinh tế Nghi Sơn", "Sở Y tế"]


def test_a_plural_described_up_to_its_duty():
    """Probe ba01, ai01, at06, w11: which of a plural are meant, said before its duty,
    passives and longer descriptions too (``Các cơ quan, đơn vị được điều chuyển, tiếp
    nhận tài sản có trách nhiệm …``, ``Các chủ đầu tư có tỷ lệ giải ngân dưới mức bình
    quân chung của tỉnh có trách nhiệm …``, ``… thị xã nơi có dự án có trách nhiệm …``):
    the duty closes the description, which is the body's; a comma before another body
    of a list closes the bodies, not the description."""
    plan = "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n"
    text = (
        plan + "1. Các cơ quan, đơn vị được điều chuyển, tiếp nhận tài sản có trách nhiệm hạch toán tăng, "
        "giảm tài sản.\n"
        "2. Các chủ đầu tư có tỷ lệ giải ngân dưới mức bình quân chung của tỉnh có trách nhiệm báo cáo "
        "nguyên nhân.\n"
        "3. Uỷ ban nhân dân các huyện, thành phố, thị xã nơi có dự án có trách nhiệm hỗ trợ nhà đầu tư.\n"
    )
    assert _bodies(_run(text)) == [
        "Các cơ quan, đơn vị được điều chuyển, tiếp nhận tài sản",
        "Các chủ đầu tư có tỷ lệ giải ngân dưới mức bình quân chung của tỉnh",
        "Uỷ ban nhân dân các huyện, thành phố, thị xã nơi có dự án",
    ]
    listed = plan + "1. UBND các xã có rừng, các chủ rừng phải bố trí lực lượng canh gác.\n"
    assert "UBND các xã có rừng, các chủ rừng" not in _bodies(_run(listed))


def test_a_body_named_again_is_the_last_that_acted():
    """Probe bf01, be01 (notices of the Government Office): ``Bộ Nông nghiệp và Môi
    trường chủ trì, phối hợp với Bộ Tài chính xem xét … . Bộ hướng dẫn Tỉnh …``: the
    ministry named again by its head word is the one that acted last nearby, not the
    partner named after it; the head may wrap over a line and a period stand before the
    verb (``… năm 2026. Tập`` / ``đoàn định kỳ hằng tháng báo cáo …``)."""
    text = (
        "THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ\n"
        "II. KẾT LUẬN\n"
        "1. Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tài chính xem xét đề nghị của "
        "Tỉnh về hỗ trợ kinh phí. Bộ hướng dẫn Tỉnh rà soát các dự án phòng, chống sạt lở.\n"
        "2. Tập đoàn Điện lực Việt Nam đẩy nhanh tiến độ đầu tư trạm biến áp trong năm 2026. Tập\n"
        "đoàn định kỳ hằng tháng báo cáo tiến độ thực hiện về Bộ Công Thương.\n"
    )
    facts = _run(text, "2025-11-21")
    guided = [f.body for f in facts if f.text.startswith("Bộ hướng dẫn")]
    assert guided == ["Bộ Nông nghiệp và Môi trường"]
    reports = [f.body for f in facts if f.text.startswith("Tập\nđoàn định kỳ")]
    assert reports == ["Tập đoàn Điện lực Việt Nam"]


def test_a_request_to_the_province_a_notice_is_about():
    """Probe v02, ad01, be01, bf01: in a notice of a visit to a province, ``Đề nghị Tỉnh
    tập trung …`` asks that province, as ``Tỉnh khẩn trương …`` tasks it."""
    text = (
        "THÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Gia Lai\n"
        "Ngày 10 tháng 10 năm 2025, Thủ tướng Chính phủ đã làm việc với lãnh đạo tỉnh Gia Lai.\n"
        "II. KẾT LUẬN\n"
        "1. Đề nghị Tỉnh tập trung hoàn thiện hồ sơ dự án đường cao tốc, gửi Bộ Xây dựng.\n"
    )
    assert _bodies(_run(text, "2025-10-15")) == ["tỉnh Gia Lai"]


def test_a_list_of_named_and_plural_bodies_before_its_duty_is_one_subject():
    """Probe bf06, be06: the bodies of one list before its duty, ``các công ty lâm
    nghiệp`` a plural as ``các doanh nghiệp`` is, are the subject of one clause, not
    a second one opened at a comma inside the list; a plural's place (``ven sông``)
    and a heading's colon close its description (``6. Ủy ban nhân dân các xã, phường
    có rừng:``); a letter's ``Công ty`` alone is still its addressee's word."""
    decision = "QUYẾT ĐỊNH\nĐiều 2. Tổ chức thực hiện\n"
    text = (
        decision
        + "7. Vườn quốc gia Kon Ka Kinh, các công ty lâm nghiệp và chủ rừng khác có trách nhiệm xây dựng "
        "phương án phòng cháy, chữa cháy rừng.\n"
        "8. UBND các xã, phường ven sông có trách nhiệm quản lý chặt chẽ hoạt động khai thác cát.\n"
        "9. Ủy ban nhân dân các xã, phường có rừng:\n"
        "a) Xây dựng phương án phòng cháy, chữa cháy rừng.\n"
    )
    bodies = _bodies(_run(text))
    assert bodies[:3] == [
        "Vườn quốc gia Kon Ka Kinh, các công ty lâm nghiệp và chủ rừng khác",
        "UBND các xã, phường ven sông",
        "Ủy ban nhân dân các xã, phường có rừng",
    ]
    letter = (
        "Kính gửi: Công ty TNHH Tokokosen Việt Nam.\n"
        "Cục Thuế nhận được văn bản của Công ty hỏi về chính sách thuế. Về vấn đề này, Cục Thuế có ý kiến "
        "như sau:\nCông ty có trách nhiệm kê khai, nộp thuế theo quy định.\n"
    )
    assert _bodies(_run(letter)) == ["Công ty TNHH Tokokosen Việt Nam"]


def test_shapes_of_the_twenty_fifth_probe_batch():
    """Probe batch 25 (bh01, bh03, bg02, bg07, bh07) and an06: a body's plan or measure to
    have is its task (``Ủy ban nhân dân … có phương án phân luồng …``); a role closes a
    plural's description (``UBND các xã, phường có dự án được điều chỉnh vốn chủ trì
    …``); border places (``Các tỉnh biên giới``, ``… các xã, phường khu vực biên
    giới``), cooperatives and farms in a plural, ``giao thông`` in a name (``Ủy ban An
    toàn giao thông Quốc gia``); what was handed over and done is no request (``…
    công trình giao cho doanh nghiệp, hợp tác xã đã phát huy hiệu quả``)."""
    text = (
        "CÔNG ĐIỆN\nThủ tướng Chính phủ yêu cầu:\n"
        "1. Ủy ban An toàn giao thông Quốc gia chủ trì, phối hợp với các bộ, ngành kiểm tra công tác bảo đảm "
        "an toàn giao thông.\n"
        "2. Ủy ban nhân dân Thành phố Hồ Chí Minh, thành phố Đà Nẵng có phương án phân luồng giao thông từ xa.\n"
        "3. UBND các xã, phường có dự án được điều chỉnh vốn chủ trì, phối hợp với chủ đầu tư giải phóng mặt "
        "bằng.\n"
        "4. Các tỉnh biên giới định kỳ hằng quý báo cáo kết quả thực hiện.\n"
        "5. Các doanh nghiệp, hợp tác xã, trang trại chăn nuôi có trách nhiệm thực hiện nghiêm các biện pháp "
        "an toàn sinh học.\n"
    )
    assert _bodies(_run(text)) == [
        "Ủy ban An toàn giao thông Quốc gia",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh, thành phố Đà Nẵng",
        "UBND các xã, phường có dự án được điều chỉnh vốn",
        "Các tỉnh biên giới",
        "Các doanh nghiệp, hợp tác xã, trang trại chăn nuôi",
    ]
    report = (
        "KẾ HOẠCH\nI. KẾT QUẢ THỰC HIỆN\nCông tác quản lý, vận hành một số công trình giao cho doanh nghiệp, "
        "hợp tác xã đã phát huy hiệu quả, bảo đảm cấp nước ổn định.\n"
    )
    assert _bodies(_run(report)) == []


def test_a_semicolon_inside_a_bracket_opens_no_clause():
    """Probe bi03 (the final check of the twenty-second session): ``8. Các chủ rừng là tổ
    chức (Ban Quản lý rừng đặc dụng, phòng hộ; các công ty lâm nghiệp; đơn vị vũ trang
    được giao rừng) có trách nhiệm …`` under items of the directive part: the semicolons
    separate what the bracket lists, no clause of its own opens at them."""
    text = (
        "CHỈ THỊ\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tập trung thực hiện tốt các nhiệm "
        "vụ sau:\n**1. Giám đốc Sở Nông nghiệp và Môi trường**\na) Tham mưu Uỷ ban nhân dân tỉnh kiện toàn Ban "
        "Chỉ đạo.\n8. Các chủ rừng là tổ chức (Ban Quản lý rừng đặc dụng,\nphòng hộ; các công ty lâm nghiệp; đơn "
        "vị vũ trang được giao rừng) có trách nhiệm\nxây dựng phương án phòng cháy, chữa cháy rừng của đơn vị.\n"
    )
    bodies = _bodies(_run(text))
    assert not [b for b in bodies if b.startswith(("các công ty", "đơn vị vũ trang"))]


def test_a_role_verb_before_a_level_is_no_part_of_a_name():
    """Train 327 (a province's plan): ``- Các Trung tâm y tế giám`` / ``sát tuyến xã và báo
    cáo hằng ngày.``: a name's lower-case run does not cross a verb such as ``giám sát`` or
    ``chủ trì`` to reach a level word (``xã``), which is its object's; a name that holds
    verbs' syllables still runs to its level (``Ban Quản lý dự án đầu tư xây dựng công
    trình giao thông tỉnh``)."""
    text = (
        "KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n**7. Công tác giám sát, kiểm tra, báo cáo**\n"
        "- Sở Y tế chủ trì kiểm\ntra, đôn đốc thực hiện kế hoạch.\n"
        "- Các Trung tâm y tế giám\nsát tuyến xã và báo cáo hằng ngày.\n"
        "- Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh chủ trì rà soát các công trình.\n"
    )
    assert _bodies(_run(text)) == [
        "Sở Y tế",
        "Các Trung tâm y tế",
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh",
    ]


def test_a_body_that_is_to_require_others_after_an_opening_phrase():
    """Train 383 (a Thông tư on inspections): ``4. Trường hợp cần thiết, Trưởng Đoàn kiểm tra
    yêu cầu / đối tượng kiểm tra cung cấp thông tin …``: after an opening phrase as at an
    item's start, a body other than the issuer that ``yêu cầu`` others is the one tasked."""
    text = (
        "THÔNG TƯ\nĐiều 8. Tiến hành kiểm tra\n"
        "3. Trưởng Đoàn kiểm tra tổ chức cuộc họp của Đoàn\nkiểm tra để phổ biến nội dung của kế hoạch.\n\n"
        "4. Trường hợp cần thiết, Trưởng Đoàn kiểm tra yêu cầu\nđối tượng kiểm tra cung cấp thông tin có liên "
        "quan đến nội dung kiểm tra bằng\nvăn bản.\n"
    )
    facts = _run(text)
    assert [f.body for f in facts if f.text.startswith("Trường hợp cần thiết")] == ["Trưởng Đoàn kiểm tra"]


def test_the_members_of_a_board_set_up_task_nobody():
    """Probe bl02, bk02 (decisions setting up a Ban Chỉ đạo): ``Điều 1. Thành lập Ban Chỉ
    đạo … (sau đây gọi tắt là Ban Chỉ đạo), gồm các thành viên sau:`` (or ``gồm các ông, bà
    có tên sau:``) over ``1. Trưởng ban: Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh
    vực văn hóa - xã hội.``, ``3. Phó Trưởng ban:``, ``4. Các Ủy viên:`` and their members:
    who sits on the board, no task; the duties of its members below are tasks."""
    text = (
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Ban Chỉ đạo phát triển du lịch tỉnh Đắk Lắk (sau đây gọi tắt là Ban Chỉ đạo), "
        "gồm các thành viên sau: \n"
        "1. Trưởng ban: Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực văn hóa - xã hội.\n"
        "2. Phó Trưởng ban Thường trực: Giám đốc Sở Văn hóa, Thể thao và Du lịch.\n"
        "3. Phó Trưởng ban:\n- Giám đốc Sở Tài chính.\n"
        "4. Các Ủy viên:\n"
        "- Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch phụ trách lĩnh vực du lịch;\n"
        "- Chủ tịch UBND các xã biên giới đất liền được lựa chọn đầu tư xây dựng trường.\n"
        "Điều 2. Trách nhiệm của các thành viên\n"
        "1. Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, có trách nhiệm tham mưu Ban Chỉ đạo xây "
        "dựng kế hoạch hoạt động.\n"
    )
    assert _bodies(_run(text)) == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_a_boards_member_by_the_body_whose_leader_sits_on_it():
    """Probe bm02, z12 (decisions setting up a Ban Chỉ đạo): ``Uỷ viên là lãnh đạo Công an
    tỉnh chỉ đạo bảo đảm an ninh, trật tự …``: a member named by the body whose leader sits
    on the board is tasked as that seat; how the board lives (``Ban Chỉ đạo tự giải thể
    …``, ``Thống kê tỉnh sử dụng con dấu của mình …``) tasks nobody."""
    text = (
        "QUYẾT ĐỊNH:\nĐiều 3. Tổ chức thực hiện\n"
        "1. Uỷ viên là lãnh đạo Công an tỉnh chỉ đạo bảo đảm an ninh, trật tự trong quá trình điều tra.\n"
        "2. Uỷ viên là lãnh đạo Thuế tỉnh Thái Nguyên chỉ đạo cung cấp danh sách doanh nghiệp.\n"
        "Điều 4. Thống kê tỉnh Thái Nguyên sử dụng con dấu của mình để giao dịch, điều hành công việc. "
        "Ban Chỉ đạo tự giải thể sau khi hoàn thành nhiệm vụ.\n"
    )
    assert _bodies(_run(text)) == [
        "Uỷ viên là lãnh đạo Công an tỉnh",
        "Uỷ viên là lãnh đạo Thuế tỉnh Thái Nguyên",
    ]


def test_a_boards_officer_named_by_title_alone_is_the_boards():
    """Probe bo02, bp02, bq02 (decisions setting up a Ban Chỉ đạo or a Tổ công tác):
    ``Trưởng ban chịu trách nhiệm chung …``, ``Phó Trưởng ban thường trực giúp Trưởng ban
    …``, ``Tổ phó thường trực giúp Tổ trưởng …``: the office of the board the article is
    about, its standing rank kept (train writes ``Trưởng Ban Chỉ đạo``, ``Ủy viên thường
    trực Ban Chỉ đạo``)."""
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban Chỉ đạo Tổng điều tra kinh tế năm 2026 tỉnh Đắk Lắk.\n"
        "Điều 3. Nhiệm vụ của các thành viên Ban Chỉ đạo\n"
        "1. Trưởng ban chịu trách nhiệm chung về hoạt động của Ban Chỉ đạo; phân công nhiệm vụ cụ thể "
        "cho các thành viên.\n"
        "2. Phó Trưởng ban thường trực giúp Trưởng ban điều hành các hoạt động thường xuyên của Ban Chỉ "
        "đạo.\n"
        "Điều 4. Thành lập Tổ công tác giúp việc Ban Chỉ đạo.\n"
        "1. Tổ phó thường trực giúp Tổ trưởng điều hành công việc thường xuyên của Tổ công tác.\n"
    )
    assert _bodies(_run(text)) == [
        "Trưởng Ban Chỉ đạo",
        "Phó Trưởng ban thường trực Ban Chỉ đạo",
        "Tổ phó thường trực Tổ công tác",
    ]


def test_a_generic_plural_described_by_a_relative_clause_up_to_its_duty():
    """Probe bp05, bq05 (letters of the Cục Thuế): ``Các tổ chức cung cấp dịch vụ hóa đơn
    điện tử có trách nhiệm …``: a bare generic plural names no one until described, and
    its duty closes the description, whatever verb opens it; not an aside (``Các cấp
    ủy, … căn cứ quy trình nêu trên, có trách nhiệm``), nor a clause that ``phải`` closes."""
    text = (
        "3. Các tổ chức cung cấp dịch vụ hóa đơn điện tử có trách nhiệm xây dựng gói dịch vụ có chi phí "
        "hợp lý dành cho hộ, cá nhân kinh doanh.\n"
        "4. Các doanh nghiệp cung cấp giải pháp phần mềm phải cập nhật tính năng lập sổ kế toán.\n"
    )
    assert _bodies(_run(text)) == ["Các tổ chức cung cấp dịch vụ hóa đơn điện tử"]


def test_a_topic_heading_after_a_siblings_items_heads_its_own():
    """Probe bo05 (a letter of the Cục Hải quan): ``**3. Đối với các doanh nghiệp kinh
    doanh cảng, kho, bãi**`` over its items, after heading 2's item ``c) Phối hợp … rà soát
    điều kiện kết nối …``: an item of a sibling is no heading of criteria above it."""
    text = (
        "**2. Đối với các Chi cục Hải quan khu vực**\n"
        "a) Thành lập Tổ triển khai, hoàn thành trước ngày 15 tháng 11 năm 2025.\n"
        "b) Phối hợp với doanh nghiệp kinh doanh cảng rà soát điều kiện kết nối, trao đổi thông tin.\n"
        "**3. Đối với các doanh nghiệp kinh doanh cảng, kho, bãi**\n"
        "a) Hoàn thành nâng cấp phần mềm quản lý khai thác cảng trước ngày 25 tháng 11 năm 2025.\n"
        "b) Cập nhật đầy đủ, chính xác, kịp thời thông tin hàng hóa.\n"
    )
    assert _bodies(_run(text)) == [
        "các Chi cục Hải quan khu vực",
        "các doanh nghiệp kinh doanh cảng, kho, bãi",
    ]


def test_the_recipients_list_after_a_table_cell_bar_tasks_nobody():
    """Probe bs03, bt03 (resolutions copied with the signature table's cell bar on the
    label's line): ``|Nơi nhận:`` opens the list of recipients as ``Nơi nhận:`` does;
    ``- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;`` in it is
    no task."""
    text = (
        "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n\n"
        "|Nơi nhận:\n- Ủy ban Thường vụ Quốc hội;\n- Chính phủ;\n"
        "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;\n- Lưu: VT.|CHỦ TỊCH\n"
    )
    assert _bodies(_run(text)) == ["Ủy ban nhân dân tỉnh"]


def test_a_generic_body_without_a_plural_is_described_up_to_its_duty():
    """Probe bv03 (an HĐND resolution), train 204 and 259: ``Chủ đầu tư nhà lưu trú, nhà ở
    xã hội được hỗ trợ có trách nhiệm …``, ``Thủ trưởng cơ quan, đơn vị nơi phát hiện tài
    liệu mật phải thông báo …``: a generic noun written without ``các`` names no one
    until described either; its duty closes the description."""
    text = (
        "Điều 3. Tổ chức thực hiện\n"
        "2. Chủ đầu tư nhà lưu trú, nhà ở xã hội được hỗ trợ có trách nhiệm sử dụng công trình đúng mục đích.\n"
    )
    assert _bodies(_run(text)) == ["Chủ đầu tư nhà lưu trú, nhà ở xã hội được hỗ trợ"]


def test_the_issuer_named_whole_speaks_though_its_name_holds_lower_case_words():
    """Probe bx06, bq06 (letters of a Government Ban Chỉ đạo): ``Ban Chỉ đạo cải cách hành
    chính của Chính phủ đề nghị các bộ, cơ quan, địa phương quan tâm, chỉ đạo thực
    hiện.``: the issuer's whole name, which the grammar would cut at ``cải cách``, is the
    speaker, no body tasked with ``cải cách hành chính``."""
    text = (ROOT / "tests" / "gold" / "probe" / "docs" / "bx06.txt").read_text(encoding="utf-8")
    bodies = _bodies(_run(text))
    assert "Ban Chỉ đạo" not in bodies
    assert "Bộ Nội vụ" in bodies


def test_a_heading_that_says_its_items_detail_the_task_names_only_its_body():
    """Probe bx03, bd01: ``1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này,
    trong đó:`` over ``a) …``, ``b) …``: what the body is asked to do, the items detailing
    it, is no part of its name; and in the council's own resolution ``mức bố trí hằng năm
    do Hội đồng nhân dân tỉnh quyết định`` is the issuer's power, no task."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ THỌ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 47/2025/NQ-HĐND\nPhú Thọ, ngày 09 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nQuy định chính sách hỗ trợ\n\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ\n\nQUYẾT NGHỊ:\n"
        "Điều 4. Kinh phí\n3. Tổng kinh phí dự kiến khoảng 1.250 tỷ đồng; mức bố trí cụ thể hằng năm do Hội đồng nhân "
        "dân tỉnh quyết định khi giao dự toán ngân sách.\n"
        "Điều 5. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này, trong đó:\n"
        "a) Ban hành hướng dẫn về trình tự, thủ tục hỗ trợ trước ngày 31 tháng 3 năm 2026.\n"
        "b) Bố trí kinh phí trong dự toán ngân sách hằng năm.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == ["Ủy ban nhân dân tỉnh"]


def test_a_boards_members_by_their_seats_and_a_duty_after_how_they_work():
    """Probe bw02 (a decision setting up a Ban Chỉ đạo): ``Các thành viên Ban Chỉ đạo là
    lãnh đạo các sở, ngành theo dõi, chỉ đạo …`` names the members by the bodies whose
    leaders sit on the board; ``Thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm; có
    trách nhiệm tham dự …`` is how they work, then their duty, after a semicolon too."""
    text = (
        "Điều 2. Nhiệm vụ của Ban Chỉ đạo\n"
        "3. Các thành viên Ban Chỉ đạo là lãnh đạo các sở, ngành theo dõi, chỉ đạo thực hiện các nội dung "
        "thuộc lĩnh vực phụ trách.\n"
        "5. Thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm; có trách nhiệm tham dự đầy đủ các cuộc "
        "họp, báo cáo kết quả về cơ quan thường trực trước ngày 10 tháng 12 hằng năm.\n"
    )
    assert _bodies(_run(text))[-2:] == [
        "Các thành viên Ban Chỉ đạo là lãnh đạo các sở, ngành",
        "Thành viên Ban Chỉ đạo",
    ]


def test_several_courtesy_names_of_the_addressees_name_each():
    """Probe by04 (a letter of the Bộ Tài chính to ministries and provinces): ``Đề nghị Quý
    Bộ, Quý Ủy ban cử 01 lãnh đạo …`` asks each addressee the ``Kính gửi`` list names,
    ``Quý Bộ`` the ministries (``Các Bộ, cơ quan ngang Bộ, …``, after ``các``)."""
    text = (
        "BỘ TÀI CHÍNH\n\nSố: 16020/BTC-CT\nV/v hoàn thuế giá trị gia tăng\n\nKính gửi:\n"
        "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;\n"
        "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
        "Để đẩy nhanh tiến độ hoàn thuế, Bộ Tài chính đề nghị:\n"
        "1. Đề nghị Quý Bộ, Quý Ủy ban cử 01 lãnh đạo làm đầu mối phối hợp, gửi thông tin về Bộ Tài chính "
        "trước ngày 15/12/2025.\n"
    )
    assert _bodies(_run(text)) == [
        "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ]


def test_the_issuer_named_by_the_start_of_its_header_name_speaks():
    """Probe bz06: the header names ``Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc
    gia giai đoạn 2021-2025``, the text ``Ban Chỉ đạo Trung ương các chương trình mục tiêu
    quốc gia đề nghị các bộ, …``: the issuer speaking, by the first words of its name."""
    text = (ROOT / "tests" / "gold" / "probe" / "docs" / "bz06.txt").read_text(encoding="utf-8")
    assert "Ban Chỉ đạo Trung ương" not in _bodies(_run(text))


def test_a_topic_before_a_request_and_the_body_the_requested_body_assigns():
    """Probe ca04 (a letter of the Bộ Tài chính): ``Đối với các địa phương, đề nghị Ủy ban
    nhân dân các tỉnh, thành phố trực thuộc Trung ương giao Sở Tài chính làm đầu mối …``:
    the localities are the topic, the provinces' committees are asked, and the Sở they
    are to assign is how they do it — one assignment."""
    text = (
        "Bộ Tài chính đề nghị Quý Bộ, Quý Ủy ban quan tâm chỉ đạo thực hiện một số nội dung sau:\n"
        "Đối với các địa phương, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương giao Sở Tài "
        "chính làm đầu mối tham mưu quản lý nhà nước về viện trợ.\n"
    )
    assert _bodies(_run(text)) == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_an_address_after_a_contact_label_is_no_body_tasked():
    """Probe bo07 and bs07, letters of ministries, close with where to call or write:
    ``Thông tin chi tiết xin liên hệ: Phòng Quản lý di tích, Cục Di sản văn hoá, điện
    thoại: …`` and ``Địa chỉ nhận báo cáo: Vụ Giáo dục Thể chất, Bộ Giáo dục và Đào tạo,
    số 35 Đại Cồ Việt, …``.  After a colon a body opens a clause only as its subject; after
    a contact label it is the address, and the phone number or street no task."""
    for name, issued, office in (
        ("bo07.txt", "2025-11-20", "Phòng Quản lý di tích"),
        ("bs07.txt", "2025-11-10", "Vụ Giáo dục Thể chất"),
    ):
        facts = _run((PROBE / name).read_text(encoding="utf-8"), issued)
        assert not [f for f in facts if f.body.startswith(office)], name
        assert facts  # (the letters' own tasks are still read)
    # Negative: after a label that names no contact, the same office opens a clause tasked
    tasked = _run("Về báo cáo kết quả: Vụ Giáo dục Thể chất chủ trì tổng hợp, báo cáo Bộ trưởng.")
    assert [f.body for f in tasked] == ["Vụ Giáo dục Thể chất"]


def test_a_headings_last_body_is_not_read_on_into_the_paragraph_below():
    """Probe ce05, a Chỉ thị on drowning: ``**1. Các sở, ban, ngành, đoàn thể cấp tỉnh;
    Ủy ban nhân dân các huyện, thị xã, thành phố**`` over a paragraph that opens
    ``Xác định phòng, chống đuối nước …``.  The list's last body ends with the heading's
    line, not as ``thành phố Xác Định`` in the paragraph below: both bodies head the
    paragraph's tasks."""
    text = (PROBE / "ce05.txt").read_text(encoding="utf-8")
    heading = "Các sở, ban, ngành, đoàn thể cấp tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố"
    assert heading in text
    start = text.index(heading)
    under = [f for f in _run(text, "2025-05-20") if f.start <= start < f.end or f.start == start]
    assert {f.body for f in under} >= {
        "Các sở, ban, ngành, đoàn thể cấp tỉnh",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    }
    # the same heading over a bullet was read so already
    bullet = text.replace("\nXác định phòng, chống", "\n- Xác định phòng, chống", 1)
    assert "Ủy ban nhân dân các huyện, thị xã, thành phố" in {f.body for f in _run(bullet, "2025-05-20")}


def test_a_responsible_cell_written_as_a_sentence_names_the_bodies_it_opens_with():
    """QĐ 2022/QĐ-UBND (Cao Bằng), a procedure whose "Trách nhiệm thực hiện" cells are
    sentences ("Nơi tiếp nhận thông tin có trách nhiệm ghi chép …", "Sở Y tế, cơ quan Công
    an các cấp, Ủy ban nhân dân cấp xã nơi xảy ra vụ việc hoặc nơi trẻ em cư trú thực hiện
    việc kiểm tra …"): each row's body is the name up to its verb or duty, without a
    condition ("… cá nhân nếu phát hiện … có trách nhiệm thông báo …"), not the whole cell."""
    rows = [
        (" ".join(_text(f).split()), " ".join(f["body"].split()))
        for f in _document_facts("225_qd-2022-ubnd-cao-bang.txt")
        if f["assignment_kind"] == "table_row"
    ]
    assert ("Phân công thụ lý hồ sơ", "Nơi tiếp nhận thông tin") in rows
    assert (
        "Xem xét, chỉ đạo thực hiện đánh giá mức độ",
        "Chủ tịch Ủy ban nhân dân cấp xã nơi xảy ra vụ việc",
    ) in rows
    assert (
        "Thụ lý giải quyết",
        "Sở Y tế , cơ quan Công an các cấp, Ủy ban nhân dân cấp xã nơi xảy ra vụ việc hoặc nơi trẻ em cư trú",
    ) in rows
    assert [body for text, body in rows if text.startswith("Kiểm tra, tiếp nhận thông tin về hành vi")] == [
        "Các cơ quan, tổ chức, cơ sở giáo dục, gia đình, cá nhân"
    ]
    assert not [body for _, body in rows if regex.search(r"\b(?:nếu|có trách nhiệm|thực hiện)\b", body)]


def test_forces_and_accountants_of_a_regulation_are_actors_before_their_duty():
    """A regulation's generic actors the registry does not name: "Lực lượng kiểm lâm có
    trách nhiệm cung cấp thông tin …" (QĐ 96/QĐ-UBND, Quảng Ninh), "Kế toán Quỹ chịu
    trách nhiệm theo dõi …" (QĐ 2696/QĐ-UBND, Quảng Trị)."""
    text = (
        "Điều 5. Trách nhiệm của các lực lượng\n"
        "1. Lực lượng kiểm lâm có trách nhiệm cung cấp thông tin hàng ngày cho Ban chỉ huy cấp xã.\n"
        "2. Kế toán Quỹ chịu trách nhiệm theo dõi, quản lý công tác tài chính của Quỹ.\n"
        "3. Chủ rừng có trách nhiệm tổ chức lực lượng canh phòng.\n"
    )
    assert _bodies(_run(text)) == ["Lực lượng kiểm lâm", "Kế toán Quỹ", "Chủ rừng"]


@pytest.mark.parametrize(
    "clause, body",
    [
        # the words that narrow a generic body are its own, up to the task's opener
        ("Các doanh nghiệp xuất khẩu gạo chủ động đa dạng hóa thị trường.", "Các doanh nghiệp xuất khẩu gạo"),
        (
            "Các đơn vị sử dụng ngân sách phối hợp với Kho bạc Nhà nước đối chiếu số liệu.",
            "Các đơn vị sử dụng ngân sách",
        ),
        (
            "Các đơn vị y tế trên địa bàn tỉnh chủ động xây dựng phương án.",
            "Các đơn vị y tế trên địa bàn tỉnh",
        ),
        (
            "Các cơ quan, đơn vị có nhu cầu thu hút rà soát vị trí việc làm.",
            "Các cơ quan, đơn vị có nhu cầu thu hút",
        ),
        # an unknown verb after the body is its task, not a qualifier
        ("Các cơ quan, đơn vị phản ánh kịp thời về Sở Tài chính để tổng hợp.", "Các cơ quan, đơn vị"),
        ("Các địa phương quan tâm chỉ đạo thực hiện.", "Các địa phương"),
    ],
)
def test_a_generic_bodys_qualifier_is_read_up_to_its_task(clause, body):
    """A plural or generic body narrowed by the words after it (probe notices: "Các doanh
    nghiệp xuất khẩu gạo chủ động …", "các đơn vị sử dụng ngân sách phối hợp …"): the
    words are the body's when a task opener of the data follows them on the line and
    they hold no verb of the task; otherwise the body stays as the grammar read it."""
    facts = _run("Điều 2. Tổ chức thực hiện\n1. " + clause + "\n")
    assert [" ".join(f.body.split()) for f in facts][:1] == [body]


@pytest.mark.parametrize(
    "clause, not_named",
    [
        # a power ("có thẩm quyền") is no qualifier
        ("Thủ trưởng các đơn vị có thẩm quyền kiểm tra chuyên ngành.", "có thẩm quyền"),
        # nor is the verb that opens a bare generic noun's clause
        ("Tổ chức tiêm phòng tập trung vào tháng 3.", "Tổ chức tiêm phòng"),
    ],
)
def test_a_power_or_a_verb_is_no_generic_qualifier(clause, not_named):
    facts = _run("Điều 2. Tổ chức thực hiện\n1. " + clause + "\n")
    assert not [f.body for f in facts if not_named in " ".join(f.body.split())]


def test_inspection_teams_and_their_heads_are_actors_before_their_duty():
    """Notices that set up an inspection: "Trưởng Đoàn kiểm tra có trách nhiệm xây dựng
    kế hoạch …", "Tổ giúp việc Ban Chỉ đạo có trách nhiệm theo dõi …" (actor_heads)."""
    text = (
        "Điều 2. Tổ chức thực hiện\n"
        "1. Trưởng Đoàn kiểm tra có trách nhiệm xây dựng kế hoạch kiểm tra chi tiết.\n"
        "2. Tổ giúp việc Ban Chỉ đạo có trách nhiệm theo dõi, đôn đốc các cơ quan thực hiện.\n"
        "3. Nhà trường có trách nhiệm bố trí tiết đọc thư viện.\n"
    )
    assert _bodies(_run(text)) == ["Trưởng Đoàn kiểm tra", "Tổ giúp việc Ban Chỉ đạo", "Nhà trường"]


def test_an_actor_heading_heads_its_items():
    """A regulation's item headed by an actor the registry does not name ("8. Chủ rừng",
    QĐ 96/QĐ-UBND, Quảng Ninh) over its tasks; a section title that opens with a noun
    of the same kind ("Tổ chức thực hiện") heads none."""
    text = (
        "Điều 3. Trách nhiệm thực hiện\n"
        "1. Chủ rừng\n"
        "a) Xây dựng phương án phòng cháy, chữa cháy rừng.\n"
        "b) Bố trí lực lượng canh phòng.\n"
        "2. Các lực lượng chức năng\n"
        "a) Phối hợp tuần tra, kiểm soát.\n"
        "Điều 4. Tổ chức thực hiện\n"
        "Giao Sở Nông nghiệp và Môi trường theo dõi, kiểm tra.\n"
    )
    assert _bodies(_run(text)) == ["Chủ rừng", "Các lực lượng chức năng", "Sở Nông nghiệp và Môi trường"]


def test_a_body_that_requires_others_after_a_condition_is_tasked_in_a_procedure():
    """A procedure's step in an unnumbered paragraph (NQ 73/2025/NQ-HĐND, Hà Nội): "Trường
    hợp cần bổ sung …, Ban Quản lý yêu cầu đơn vị bổ sung …" tasks the body the
    resolution named "Ban Quản lý" for short, as at a numbered item's start; a body
    that "yêu cầu" over the list of tasks below it speaks, it is not tasked."""
    text = (
        "Điều 6. Trình tự cấp thẻ\n"
        "1. Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố Hà Nội (sau đây"
        " gọi tắt là Ban Quản lý) tiếp nhận hồ sơ cấp mới thẻ nhân lực công nghệ cao.\n\n"
        "Trường hợp cần bổ sung, làm rõ hoặc giải trình hồ sơ cấp mới thẻ nhân lực công nghệ"
        " cao, Ban Quản lý yêu cầu đơn vị bổ sung, giải trình nội dung đề nghị và các tài"
        " liệu có liên quan (nếu có);\n"
    )
    facts = _run(text)
    requested = [f for f in facts if f.task.startswith("yêu cầu đơn vị bổ sung")]
    assert [f.body for f in requested] == [
        "Ban Quản lý các khu công nghệ cao và khu công nghiệp Thành phố Hà Nội"
    ]
    umbrella = (
        "Điều 2. Tổ chức thực hiện\n"
        "Để bảo đảm chính quyền địa phương cấp xã mới đi vào hoạt động thông suốt, Ban Chỉ"
        " đạo tỉnh yêu cầu triển khai thực hiện tốt các nội dung sau:\n"
        "1. Sở Nội vụ rà soát, sắp xếp cán bộ, công chức cấp xã.\n"
    )
    assert "Ban Chỉ đạo tỉnh" not in _bodies(_run(umbrella))


def test_a_name_that_goes_on_in_lower_case_with_a_verb_syllable():
    """``Cục Người có công`` (Bộ Nội vụ) is whole: "có công" goes on with its name
    (bodies.json name_continuations), though "có" opens verbs; the same words in a task
    ("rà soát người có công") stay the task's."""
    text = (
        "Điều 3. Tổ chức thực hiện\n"
        "1. Cục Người có công chủ trì, phối hợp với các đơn vị liên quan hướng dẫn thực hiện.\n"
        "2. Sở Nội vụ có trách nhiệm rà soát người có công với cách mạng.\n"
    )
    assert _bodies(_run(text)) == ["Cục Người có công", "Sở Nội vụ"]


def test_a_body_inside_an_owners_name_is_no_actor_of_the_opening_phrase():
    """A procedure's step (QĐ 1760/QĐ-KTNN): in "Căn cứ hồ sơ đề nghị của Thủ trưởng các
    đơn vị, Vụ Tổ chức cán bộ lập hồ sơ …" the units are part of the owner the phrase
    names ("Thủ trưởng các đơn vị"), not an actor of it, so the body after the comma is
    the subject; a short phrase "phối hợp với Bộ Công an, Bộ Quốc phòng và …" goes on
    with the partners after its comma, and opens no subject there."""
    text = (
        "Điều 7. Cấp thẻ\n\n"
        "3. Trình tự, thủ tục cấp mới thẻ, đổi thẻ:\n\n"
        "c) Căn cứ hồ sơ đề nghị của Thủ trưởng các đơn\n"
        "vị, Vụ Tổ chức cán bộ lập hồ sơ trình Tổng Kiểm toán nhà nước xem xét quyết\n"
        "định cấp mới, đổi thẻ Kiểm toán viên nhà nước cho những trường hợp đủ điều kiện\n"
        "theo quy định.\n"
    )
    assert [(f.body, f.task[:12]) for f in _run(text)] == [("Vụ Tổ chức cán bộ", "lập hồ sơ tr")]
    partners = (
        "5. Tổng công ty Cảng hàng không Việt Nam - CTCP khẩn trương hoàn thành các gói"
        " thầu thuộc Dự án thành phần 3; phối hợp với Bộ Công an,\n"
        "Bộ Quốc phòng và các cơ quan liên quan hoàn thiện phương án bảo đảm an ninh, an\n"
        "toàn hàng không.\n"
    )
    assert "Bộ Quốc phòng và các cơ quan liên quan" not in _bodies(_run(partners))


def test_a_generic_body_asked_by_a_verb_keeps_the_words_that_describe_it():
    """A generic body after "Yêu cầu" / "Đề nghị" is described as one that opens its
    clause is: "các chủ đầu tư" + "dự án nhà ở xã hội" + "khẩn trương …", "các doanh
    nghiệp" + "chuyển phát nhanh" + "phối hợp …"; an activity that needs an object and
    has none before a task verb is the body's own verb ("… các tổ chức chính trị - xã
    hội tham gia tuyên truyền …")."""
    text = (
        "Điều 2. Tổ chức thực hiện\n\n"
        "1. Yêu cầu các chủ đầu tư dự án nhà ở xã hội khẩn trương hoàn thiện thủ tục, đẩy"
        " nhanh tiến độ thi công.\n"
        "2. Đề nghị các doanh nghiệp chuyển phát nhanh phối hợp với các sàn giao dịch"
        " thương mại điện tử cung cấp thông tin đơn hàng.\n"
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội"
        " tham gia tuyên truyền, vận động và giám sát việc thực hiện Nghị quyết.\n"
    )
    assert [(f.body, f.task.split()[0]) for f in _run(text)] == [
        ("các chủ đầu tư dự án nhà ở xã hội", "khẩn"),
        ("các doanh nghiệp chuyển phát nhanh", "phối"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội", "tham"),
    ]


def test_a_charge_given_to_the_bodies_may_say_where_their_tasks_are_listed():
    """A charge between the bodies and their duty is part of their name, also when it
    says where the tasks are listed ("… được giao chủ trì nhiệm vụ tại Phụ lục có trách
    nhiệm …"): "tại" breaks a qualifier ("Sở Y tế tại …" names a place), not a charge."""
    text = (
        "Điều 2. Tổ chức thực hiện\n\n"
        "1. Thủ trưởng các sở, ban, ngành, Chủ tịch Uỷ ban nhân dân các xã, phường, đặc khu được"
        " giao chủ trì nhiệm vụ tại Phụ lục có trách nhiệm tập trung chỉ đạo triển khai, bảo đảm"
        " tiến độ, chất lượng.\n"
        "2. Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục có trách nhiệm"
        " chủ động tổ chức thực hiện.\n"
    )
    assert [(f.body, f.task.split()[0]) for f in _run(text)] == [
        (
            "Thủ trưởng các sở, ban, ngành, Chủ tịch Uỷ ban nhân dân các xã, phường, đặc khu được giao"
            " chủ trì nhiệm vụ tại Phụ lục",
            "có",
        ),
        ("Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục", "có"),
    ]


def test_a_units_name_holding_a_comma_is_read_whole_where_the_document_writes_it_so():
    """A unit named by two of its fields holds a comma (``Phòng Quản lý, bảo trì đường
    bộ``, ``Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý``): the words after
    the comma are its name's when the document writes the name with them as a whole
    item elsewhere (``(qua Phòng Quản lý, bảo trì đường bộ)``) and a verb, a qualifier or
    a note follows them here; with no such item, the comma ends the name (probe ak05,
    bc03)."""
    text = (
        "Điều 2. Tổ chức thực hiện\n\n"
        "1. Các đơn vị báo cáo về Cục Đường bộ Việt Nam (qua Phòng Quản lý, bảo trì đường bộ)"
        " trước ngày 05/3/2026.\n"
        "2. Phòng Quản lý, bảo trì đường bộ chủ trì theo dõi, đôn đốc các đơn vị thực hiện.\n"
        "3. Giao Phòng Phổ biến, giáo dục pháp luật\nvà Trợ giúp pháp lý thuộc Sở theo dõi, đôn đốc"
        " việc thực hiện.\n"
        "4. Các xã gửi danh sách về Sở Tư pháp (qua Phòng Phổ biến, giáo dục pháp luật và Trợ giúp"
        " pháp lý) trước ngày 31/10/2025.\n"
    )
    bodies = _bodies(_run(text))
    assert "Phòng Quản lý, bảo trì đường bộ" in bodies
    assert "Phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý" in bodies
    alone = text.replace("(qua Phòng Quản lý, bảo trì đường bộ)", "(qua Văn phòng Cục)")
    assert "Phòng Quản lý" in _bodies(_run(alone))


def test_a_heading_body_acting_through_another_over_items_is_the_heading_body():
    """``2. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:`` over lettered items: the
    ministry is asked to direct the agency in each item, as under ``… chỉ đạo:``; the
    verb and its object are no part of the ministry's name (probe am03)."""
    text = (
        "Điều 1. Nhiệm vụ\n\n"
        "1. Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính rà soát các quy định.\n"
        "2. Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam:\n"
        "a) Tập trung các giải pháp đôn đốc thu, phấn đấu hoàn thành vượt mức kế hoạch thu được"
        " giao.\n"
        "b) Đẩy mạnh kết nối, chia sẻ dữ liệu với cơ quan thuế để rà soát.\n"
        "3. Bộ Y tế phối hợp với Bộ Tài chính hướng dẫn các địa phương.\n"
    )
    bodies = _bodies(_run(text))
    assert "Bộ Tài chính" in bodies
    assert not any("chỉ đạo" in body for body in bodies)


def test_the_manner_of_a_charge_is_read_by_its_grammar_between_a_body_and_its_verb():
    """``theo chức năng, nhiệm vụ, quyền hạn của mình``, ``trong phạm vi nhiệm vụ, quyền
    hạn của mình``, ``theo lĩnh vực, địa bàn được phân công``: an opener, the fields of
    the charge and what makes them the body's own stand between the body and its verb,
    whatever fields a document lists (train 235, probe bt03, ah07)."""
    text = (
        "Điều 3. Tổ chức thực hiện\n\n"
        "1. Ủy ban nhân dân các cấp, thủ trưởng các cơ quan, đơn vị có liên quan theo chức năng,"
        " nhiệm vụ, quyền hạn của mình tổ chức kiểm tra, xử lý kịp thời các vi phạm.\n"
        "2. Các Tổ đại biểu Hội đồng nhân dân tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình"
        " giám sát việc thực hiện Nghị quyết.\n"
        "3. Các thành viên Ban Chỉ đạo theo lĩnh vực, địa bàn được phân công chỉ đạo lực lượng"
        " chức năng mở đợt cao điểm.\n"
    )
    assert [(f.body, f.task.split()[0]) for f in _run(text)] == [
        ("Ủy ban nhân dân các cấp, thủ trưởng các cơ quan, đơn vị có liên quan", "theo"),
        ("Các Tổ đại biểu Hội đồng nhân dân tỉnh", "trong"),
        ("Các thành viên Ban Chỉ đạo", "theo"),
    ]


def test_a_body_that_is_the_focal_point_of_a_task_is_tasked():
    """``X là đầu mối tiếp nhận, giải đáp …``: being the focal point of a task is a duty,
    as ``X là cơ quan đầu mối, chủ trì …`` is (probe bv05, x16)."""
    text = (
        "Điều 3. Tổ chức thực hiện\n\n"
        "1. Ban Chính sách, Thuế quốc tế là đầu mối tiếp nhận, giải đáp vướng mắc về chính sách"
        " của các Chi cục Thuế khu vực.\n"
        "2. Văn phòng Sở là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Thông báo này.\n"
        "3. Sở Tư pháp là cơ quan đầu mối, chủ trì hướng dẫn các đơn vị.\n"
    )
    assert [(f.body, f.role) for f in _run(text)] == [
        ("Ban Chính sách, Thuế quốc tế", "execute"),
        ("Văn phòng Sở", "execute"),
        ("Sở Tư pháp", "lead"),
    ]


def test_a_generic_body_takes_its_owner_named_by_its_head_alone_after_any_link():
    """``Các bệnh viện trực thuộc Bộ``, ``các đơn vị thuộc, trực thuộc Bộ``: the owner the
    ministry's own letters name by its head, after ``trực thuộc`` (no mere tail) and after
    both links written together, as after ``thuộc`` (probe ak04)."""
    text = (
        "Bộ Y tế yêu cầu các đơn vị thuộc, trực thuộc Bộ triển khai các nhiệm vụ sau:\n"
        "1. Cục Phòng bệnh chủ trì theo dõi sát diễn biến tình hình dịch bệnh.\n"
        "2. Các bệnh viện trực thuộc Bộ chuẩn bị sẵn sàng giường bệnh, thuốc.\n"
    )
    assert [f.body for f in _run(text)] == [
        "các đơn vị thuộc, trực thuộc Bộ",
        "Cục Phòng bệnh",
        "Các bệnh viện trực thuộc Bộ",
    ]


def test_a_charge_in_a_plural_bodys_description_is_passive_but_not_before_its_object():
    """``Thủ trưởng các đơn vị được giao nhiệm vụ phổ biến thông tin thống kê chịu trách
    nhiệm …``: the charge describes which units are meant, up to their duty (train 204,
    probe bw01); in ``Các đơn vị được giao chủ trì …`` the ``chủ trì`` is what they were
    charged with, no duty closing a description."""
    text = (
        "Điều 3. Tổ chức thực hiện\n\n"
        "1. Thủ trưởng các đơn vị được giao nhiệm vụ phổ biến thông tin thống kê chịu trách"
        " nhiệm xây dựng kế hoạch.\n"
        "2. Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách"
        " nhiệm lập dự toán.\n"
    )
    assert [f.body for f in _run(text)] == [
        "Thủ trưởng các đơn vị được giao nhiệm vụ phổ biến thông tin thống kê",
        "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch",
    ]


def test_common_task_verbs_close_a_description_and_a_level():
    """``xác định``, ``phản ánh``, ``chuẩn bị`` … open the task after a body: the
    description ``được giao kế hoạch vốn`` ends there, and ``phường`` is no place named
    ``Xác định`` (probe ah04, az04)."""
    text = (
        "Điều 3. Tổ chức thực hiện\n\n"
        "1. Yêu cầu Thủ trưởng các cơ quan, đơn vị được giao kế hoạch vốn xác định giải ngân"
        " vốn đầu tư công là nhiệm vụ chính trị trọng tâm.\n"
        "2. Các cơ quan, đơn vị thuộc phường xác định triển khai phong trào là nhiệm vụ trọng tâm.\n"
    )
    assert [(f.body, f.task.split()[0]) for f in _run(text)] == [
        ("Thủ trưởng các cơ quan, đơn vị được giao kế hoạch vốn", "xác"),
        ("Các cơ quan, đơn vị thuộc phường", "xác"),
    ]


def test_a_units_name_goes_on_after_a_comma_with_capitalised_fields():
    """``Cục Khoa học, Công nghệ và Thông tin``, ``Ban Chính sách, Pháp chế``: a unit named
    by its fields, capitalised after the comma, before its verb or duty (probe ch04,
    bz05); not two Sở sharing their head where the document writes the second whole
    (``Sở Y tế, Tài chính`` beside ``Sở Tài chính``), nor a list of bodies or office
    holders."""
    text = (
        "Điều 3. Tổ chức thực hiện\n\n"
        "1. Cục Khoa học, Công nghệ và Thông tin chủ trì xây dựng nền tảng thư viện số.\n"
        "2. Ban Chính sách, Pháp chế có trách nhiệm giải đáp vướng mắc.\n"
        "3. Sở Y tế, Tài chính phối hợp thực hiện.\n"
        "4. Sở Tài chính bố trí kinh phí.\n"
        "5. Hội đồng Quản lý, Ban Kiểm soát, Cơ quan điều hành nghiệp vụ của Quỹ.\n"
    )
    assert [f.body for f in _run(text)] == [
        "Cục Khoa học, Công nghệ và Thông tin",
        "Ban Chính sách, Pháp chế",
        "Sở Tài chính",
    ]


def test_a_competent_authority_named_by_its_power_takes_each_step():
    """A list of procedures (QĐ 2487/QĐ-UBND of Lạng Sơn): its "Thời hạn giải quyết"
    cells list the steps by their time limits, read as text as a cell of "Bước 1:" is,
    and each step tasks the authority it names by its power ("cơ quan có thẩm quyền
    công nhận", its words up to the step's verb), after its time limit with a comma or
    with none; so does a rule of assessment (QĐ 212/QĐ-UBND of Hải Phòng). The power's
    words do not run past a word no power holds ("… thông báo cho cấp ủy …")."""
    facts = _document_facts("254_qd-2487-ubnd-lang-son.txt")
    authority = "cơ quan có thẩm quyền công nhận"
    assert _opens(facts, "Trong thời hạn 05 ngày làm việc cơ quan có thẩm quyền công nhận trả lời", authority)
    assert _opens(facts, "Trong trường hợp cần thiết, cơ quan có thẩm quyền công nhận thành lập", authority)
    assert _opens(
        facts,
        "Trong thời hạn 10 ngày cơ quan quản lý nhiệm vụ đổi mới sáng tạo tổ chức thẩm định",
        "cơ quan quản lý nhiệm vụ đổi mới sáng tạo",
    )
    assert sum(f["body"] == authority for f in facts) >= 20
    # (its seventh procedure's table of steps names the column of who takes each
    # "Trách nhiệm" alone: "Số TT | Trình tự | Trách nhiệm | Thời gian thực hiện")
    assert _opens(facts, "Phân công xử lý hồ sơ", "Lãnh đạo Phòng QLKH")
    facts = _document_facts("240_qd-212-ubnd-hai-phong.txt")
    assert _opens(
        facts, "Cấp có thẩm quyền quản lý cán bộ thực hiện việc", "Cấp có thẩm quyền quản lý cán bộ"
    )
    assert _opens(facts, "Cấp có thẩm quyền đánh giá thông báo", "Cấp có thẩm quyền đánh giá")
    assert not any(f["body"].startswith("cơ quan có thẩm quyền thông báo") for f in facts)


def test_a_cooperative_named_by_its_trade_and_a_plural_narrowed_before_tổ_chức():
    """QĐ 36/QĐ-UBND of Quảng Trị: a cooperative's name opens with its trade in lower
    case ("Hợp tác xã dịch vụ điện Quảng Phú"), and the last plural of the list is
    narrowed by what its members do, up to "tổ chức", the verb of their task."""
    facts = _document_facts("271_qd-36-ubnd-quang-tri.txt")
    assert _opens(
        facts,
        "Công ty Điện lực Quảng Trị, Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị bán lẻ điện tổ chức",
        "Công ty Điện lực Quảng Trị, Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị bán lẻ điện",
    )
    # after a bare head, lower-case words before a capital are its verb or a time, no trade
    assert find_bodies("Hợp tác xã thông báo cho Ủy ban nhân dân xã") == [(25, 43, "Ủy ban nhân dân xã")]
    assert find_bodies("Hợp tác xã năm 2023 thực hiện chế độ báo cáo") == []
    assert find_bodies("Công ty thông báo Danh mục miễn thuế") == []


def test_a_plural_narrowed_over_a_wrapped_line():
    """QĐ 223/QĐ-UBND of Hải Phòng, wrapped at 80 characters: the words narrowing the
    plural go on over the line break ("Các chủ đầu tư, đơn vị điều" / "hành dự án tổ
    chức quản lý …"), as on one line; a break before a capital ends them."""
    facts = _document_facts("243_qd-223-ubnd-hai-phong.txt")
    assert _opens(facts, "Các chủ đầu tư, đơn vị điều", "Các chủ đầu tư, đơn vị điều hành dự án")
    text = "Điều 3. Trách nhiệm\n1. Các đơn vị điều\nhành dự án tổ chức quản lý hệ thống thoát nước.\n"
    assert [f.body for f in find_assignments(text)] == ["Các đơn vị điều hành dự án"]


def test_a_basis_that_lists_its_owners_and_a_topic_over_an_opening_phrase():
    """probe cy02 and cx02 (written for the project, one paragraph a line): the basis
    below a body's heading lists its owners over commas before the task ("7. Sở Tài
    chính" / "Trên cơ sở đề xuất của Sở Y tế và các cơ quan, đơn vị, tham mưu …"); a
    numbered topic ends with its line when the next opens with an opening phrase ("9.
    Chế độ báo cáo" / "Trên cơ sở Kế hoạch này, các sở, ngành, UBND các xã, phường xây
    dựng …"), whose subject follows its comma."""
    facts = find_assignments((PROBE / "cy02.txt").read_text(encoding="utf-8"))
    assert any(
        f.body == "Sở Tài chính" and f.task.startswith("Trên cơ sở đề xuất của Sở Y tế") for f in facts
    )
    facts = find_assignments((PROBE / "cx02.txt").read_text(encoding="utf-8"))
    assert any(
        f.body == "các sở, ngành, UBND các xã, phường"
        and f.task.startswith("xây dựng kế hoạch cụ thể")
        and f.deadline == "2025-09-05"
        for f in facts
    )


def test_a_unit_s_comma_name_a_long_topic_before_a_request_and_a_contact_line():
    """probe cz03 and da03 (written for the project; ministries' letters of 2025): a
    unit's name with "cơ sở" and comma fields ("Cục Văn hóa cơ sở, Gia đình và Thư
    viện"); a topic before a comma and a request of a body names nobody, however
    long ("Đối với các địa phương có nhiều phản ánh của Nhân dân trong thời gian qua,
    đề nghị Uỷ ban nhân dân thành phố Hà Nội, …"); an address on the line after a
    contact label ("Thông tin chi tiết liên hệ:" / "Phòng Liệt sĩ và Công trình ghi
    công, …, điện thoại: …") tasks nobody; the grassroots information system is a
    generic body of a list (cz06)."""
    facts = find_assignments((PROBE / "cz03.txt").read_text(encoding="utf-8"))
    bodies = [f.body for f in facts]
    assert "Cục Văn hóa cơ sở, Gia đình và Thư viện" in bodies
    assert not any(body.startswith("các địa phương") for body in bodies)
    assert any(body.startswith("Uỷ ban nhân dân thành phố Hà Nội") for body in bodies)
    facts = find_assignments((PROBE / "da03.txt").read_text(encoding="utf-8"))
    assert not any(f.body.startswith("Phòng Liệt sĩ") for f in facts)
    text = "Điều 3. Tổ chức thực hiện\nĐề nghị các đơn vị báo cáo. Thông tin chi tiết liên hệ:\nPhòng Tổng hợp, Sở Y tế, điện thoại: 024.3822.\n"
    assert [f.body for f in find_assignments(text)] == ["các đơn vị"]
    # cz06: the grassroots loudspeakers and boards are told to act, as the press is
    facts = find_assignments(
        "CHỈ THỊ\nChủ tịch UBND tỉnh chỉ thị:\n7. Báo và Phát thanh, Truyền hình Bắc Ninh, Cổng Thông tin "
        "điện tử tỉnh và hệ thống thông tin cơ sở tăng cường tuyên truyền.\n"
    )
    assert [f.body for f in facts] == [
        "Báo và Phát thanh, Truyền hình Bắc Ninh, Cổng Thông tin điện tử tỉnh và hệ thống thông tin cơ sở"
    ]


def test_a_connective_opens_a_clause_of_another_subject():
    """probe ap01 and ap02 (written for the project): after ";", "đồng thời" and the
    next subject with no comma between them; a company named by a transitive name
    word after the abbreviations of its legal form takes that word's object
    ("Công ty TNHH MTV Vận hành hệ thống điện …")."""
    text = (PROBE / "ap01.txt").read_text(encoding="utf-8")
    facts = find_assignments(text)
    assert any(
        f.body == "Bộ trưởng Bộ Tài chính"
        and f.task.startswith("chỉ đạo xem xét")
        and f.deadline == "2025-09-20"
        for f in facts
    )
    # (the clause before keeps its own body and no deadline of the next one)
    assert any(
        f.body == "Bộ Tài chính" and f.task.startswith("tổng hợp đề xuất") and f.deadline is None
        for f in facts
    )
    text = (PROBE / "ap02.txt").read_text(encoding="utf-8")
    assert "Công ty TNHH MTV Vận hành hệ thống điện và thị trường điện quốc gia" in _bodies(
        find_assignments(text)
    )


def test_the_authors_own_directions_before_a_colon_task_nobody():
    # (probe cj05, af02, ag03: the issuer speaks; the items below task the bodies)
    text = (
        "CHỈ THỊ\n"
        "Về việc bảo đảm cung ứng điện mùa nắng nóng năm 2025\n"
        "Theo dự báo của Đài Khí tượng Thủy văn khu vực Bắc Trung Bộ, mùa hè năm 2025 nắng nóng có khả năng "
        "xuất hiện sớm, với cường độ gay gắt và kéo dài hơn trung bình nhiều năm; nhu cầu sử dụng điện trên địa "
        "bàn tỉnh dự kiến tăng 10 - 12% so với cùng kỳ. Để chủ động ứng phó, bảo đảm cung ứng điện ổn định, an "
        "toàn cho sản xuất, kinh doanh và sinh hoạt, Chủ tịch Uỷ ban nhân dân tỉnh chỉ thị:\n"
        "**1. Các sở, ban, ngành cấp tỉnh:**\n"
        "a) Quán triệt đến toàn thể cán bộ, công chức thực hiện nghiêm các giải pháp tiết kiệm điện.\n"
        "2. Sở Công Thương chủ trì theo dõi sát tình hình cung ứng điện.\n"
    )
    assert _bodies(_run(text)) == ["Các sở, ban, ngành cấp tỉnh", "Sở Công Thương"]
    text = (
        "THÔNG BÁO\n"
        "Kết luận của Chủ tịch UBND huyện tại cuộc họp về giải ngân vốn đầu tư công\n"
        "Để phấn đấu giải ngân 100% kế hoạch vốn năm 2025, Chủ tịch UBND huyện kết luận, chỉ đạo một số nội "
        "dung sau:\n"
        "1. Phòng Tài chính - Kế hoạch chủ trì theo dõi tiến độ giải ngân.\n"
    )
    assert _bodies(_run(text)) == ["Phòng Tài chính - Kế hoạch"]
    # (a body asked to direct what follows is tasked: "Giao …" names it, the items are its own)
    text = (
        "Điều 2. Tổ chức thực hiện\nGiao Sở Công Thương chỉ đạo các đơn vị điện lực bảo đảm cung ứng điện.\n"
    )
    assert _bodies(_run(text)) == ["Sở Công Thương"]


def test_a_list_of_departments_wrapped_after_the_plurals_colon():
    # (probe cj04, bz01: "Xây dựng" opens a verb elsewhere; here it is the first name of a list)
    text = (
        "Điều 2. Giao Sở Xây dựng hướng dẫn các xã lập kế hoạch bảo trì đường giao thông nông thôn.\n"
        "**Điều 3.** Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở:\n"
        "Xây dựng, Tài chính, Nông nghiệp và Môi trường; Chủ tịch Ủy ban nhân dân các xã\n"
        "có tên tại Điều 1; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm\n"
        "thi hành Quyết định này./.\n"
    )
    facts = _run(text)
    assert _bodies(facts)[1].startswith(
        "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở Xây dựng, Tài chính"
    )
    assert len(facts) == 2


def test_a_topic_heading_names_a_described_generic_body_to_its_colon():
    # (probe ci03: the topic's colon closes the description, the items below are the tasks)
    text = (
        "Bộ Khoa học và Công nghệ đề nghị như sau:\n"
        "1. Đối với Ủy ban nhân dân các tỉnh:\n"
        "a) Chỉ đạo Sở Khoa học và Công nghệ chủ trì triển khai.\n"
        "2. Đối với các tổ chức cung cấp dịch vụ chứng\n"
        "thực chữ ký số công cộng:\n"
        "a) Phối hợp với các địa phương tổ chức các đợt cấp chữ ký số cá nhân.\n"
        "b) Bảo đảm chất lượng dịch vụ.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == [
        "Ủy ban nhân dân các tỉnh",
        "các tổ chức cung cấp dịch vụ chứng thực chữ ký số công cộng",
    ]
    assert facts[1].task.startswith("Phối hợp với các địa phương")


def test_a_heading_body_over_its_appositive_on_the_next_line():
    # (probe ci02, cj02: a plan's body heading with no colon, the next line opening
    # "Là cơ quan thường trực, chủ trì, …" in capitals; a wrapped text never opens a
    # line with a capital "Là" inside a sentence)
    text = (
        "V. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Kinh tế\n"
        "Là cơ quan thường trực, chủ trì, phối hợp với Trung tâm Dịch vụ tổng hợp xã tham mưu "
        "UBND xã tổ chức triển khai Kế hoạch; hoàn thành trước ngày 15/02/2026.\n"
        "2. Trạm Y tế xã\n"
        "- Tổ chức tư vấn, xử lý vết thương cho người bị chó, mèo cắn.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == ["Phòng Kinh tế", "Trạm Y tế xã"]
    assert facts[0].role == "lead"
    assert facts[0].deadline == "2026-02-15"


def test_a_long_heading_over_dashed_items_in_a_text_written_one_line_a_paragraph():
    # (probe be02, ci02: a body heading that runs past the wrap width, over items opened by
    # "- ": in a text written one line a paragraph no line is wrapped, so the dash opens an
    # item, not the rest of a name broken at it)
    background = (
        "Năm 2025, được sự quan tâm lãnh đạo, chỉ đạo của Ủy ban nhân dân tỉnh, sự vào cuộc của các cấp, "
        "các ngành và Nhân dân, tình hình trật tự, an toàn giao thông trên địa bàn tỉnh cơ bản ổn định.\n"
    )
    text = (
        "CHỈ THỊ\nVề việc bảo đảm trật tự, an toàn giao thông dịp Tết Nguyên đán\n"
        + background * 4
        + "Để bảo đảm trật tự, an toàn giao thông, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường\n"
        "- Quán triệt, triển khai nghiêm túc Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư.\n"
        "- Tổ chức tuyên truyền, phổ biến tới cán bộ, công chức chấp hành nghiêm quy định.\n"
        "2. Các trường mầm non, tiểu học, PTDTBT Tiểu học và THCS, PTDTBT THCS trên địa bàn xã\n"
        "- Rà soát, lập danh sách học sinh có nguy cơ bỏ học, hoàn thành trước ngày 15/10/2025.\n"
    )
    assert assignments._one_line_a_paragraph(assignments.readable(text))
    facts = _run(text)
    assert _bodies(facts) == [
        "Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
        "Các trường mầm non, tiểu học, PTDTBT Tiểu học và THCS, PTDTBT THCS trên địa bàn xã",
    ]
    assert facts[0].task.startswith("Quán triệt, triển khai nghiêm túc")
    assert facts[2].deadline == "2025-10-15"


def test_a_request_later_in_the_sentence_of_a_body_that_acts_is_its_own_task():
    # (probe ax06, ce05, z09, an07: the body that opens an item and acts makes the request;
    # whom it requires is not tasked by the document)
    text = (
        "Chủ tịch Ủy ban nhân dân Thành phố yêu cầu:\n"
        "**11.** Ban Quản lý các khu công nghiệp và chế\n"
        "xuất Hà Nội kiểm tra, giám sát việc vận hành hệ thống xử lý khí thải của các\n"
        "doanh nghiệp trong khu công nghiệp; yêu cầu các doanh nghiệp thuộc\n"
        "đối tượng phải quan trắc khí thải tự động trước ngày 31/3/2026.\n"
        "**12.** Đối với các moong, hồ lắng sau khai thác khoáng sản, Sở Nông nghiệp và Môi trường "
        "chủ trì, phối hợp với Sở Công Thương rà soát, yêu cầu tổ chức, cá nhân khai thác khoáng sản "
        "lắp đặt rào chắn, biển cảnh báo.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == [
        "Ban Quản lý các khu công nghiệp và chế xuất Hà Nội",
        "Sở Nông nghiệp và Môi trường",
    ]
    assert facts[0].deadline == "2026-03-31"


def test_a_request_later_in_the_sentence_of_the_issuer_or_of_no_body_tasks_whom_it_names():
    # negative: the issuer's own request, and a request after a "Giao" that opens the item
    text = (
        "Điều 2. Tổ chức thực hiện\n"
        "1. Giao Sở Xây dựng kiểm tra các công trình; yêu cầu các chủ đầu tư khắc phục ngay tồn tại.\n"
        "2. Ủy ban nhân dân tỉnh giao Sở Tài chính bố trí kinh phí, yêu cầu các xã báo cáo trước ngày 10/12/2025.\n"
    )
    bodies = _bodies(_run(text))
    assert "các chủ đầu tư" in bodies
    assert "các xã" in bodies


def test_a_branch_after_a_dash_that_ends_a_wrapped_line():
    # (probe aw06: "… Việt Nam -" / "Chi nhánh tỉnh Lào Cai tạo điều kiện …")
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "17. Đề nghị Ngân hàng Chính sách xã hội\n"
        "chi nhánh tỉnh Lào Cai, Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam -\n"
        "Chi nhánh tỉnh Lào Cai tạo điều kiện cho hộ gia đình vay vốn cải tạo chuồng\n"
        "trại, dự trữ thức ăn và khôi phục sản xuất sau thiệt hại.\n"
    )
    facts = _run(text)
    assert _bodies(facts)[-1].endswith("Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Lào Cai")
    assert facts[-1].task.startswith("tạo điều kiện")


def test_a_heading_body_over_a_basis_and_a_task_verb_in_lower_case():
    # (probe cl02: "5. Uỷ ban nhân dân các xã, phường" / "Căn cứ …, xây dựng, ban hành …")
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n5. Uỷ ban nhân dân các xã, phường\n"
        "Căn cứ Kế hoạch này và hướng dẫn của Sở Nông nghiệp và Môi trường, xây dựng, ban hành kế hoạch "
        "chuyển đổi cơ cấu cây trồng của địa phương trước ngày 30/11/2025.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == ["Uỷ ban nhân dân các xã, phường"]
    assert facts[0].deadline == "2025-11-30"


def test_the_owners_listed_in_an_opening_phrase_are_no_actors_of_it():
    # (probe cm02: "do Sở Y tế và Sở Giáo dục và Đào tạo xây dựng" is who made the estimate;
    # train 256, 265: the clause's subject after such a phrase)
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì triển khai Kế hoạch.\n"
        "2. Trên cơ sở dự toán do Sở Y tế và Sở Giáo dục và Đào tạo xây dựng, Sở Tài chính tham mưu "
        "Uỷ ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch.\n"
    )
    assert _bodies(_run(text)) == ["Sở Y tế", "Sở Tài chính"]


def test_an_activity_named_like_a_body_heads_no_items():
    # (probe cm02, z02; train 257, 262: "4. Thanh tra, kiểm tra, giám sát" is what the items do)
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì triển khai Kế hoạch.\n"
        "2. Thanh tra, kiểm tra, giám sát\n"
        "- Tổ chức kiểm tra định kỳ và đột xuất đối với bếp ăn tập thể.\n"
        "3. Thanh tra tỉnh\n- Thanh tra việc chấp hành quy định về an toàn thực phẩm.\n"
    )
    assert _bodies(_run(text)) == ["Sở Y tế", "Thanh tra tỉnh"]


def test_a_numbered_item_on_whom_a_resolution_applies_tasks_nobody():
    # (probe cl07: "2. Đối tượng áp dụng" inside Điều 1 of an HĐND resolution; its items
    # list whom the support applies to; Điều 3's tasks are read)
    text = (
        "# NGHỊ QUYẾT\n**HỘI ĐỒNG NHÂN DÂN TỈNH CÀ MAU**\n# QUYẾT NGHỊ:\n"
        "**Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng**\n"
        "1. Phạm vi điều chỉnh\nNghị quyết này quy định chính sách hỗ trợ bảo vệ rừng ngập mặn.\n"
        "2. Đối tượng áp dụng\n"
        "a) Hộ gia đình, cá nhân, cộng đồng dân cư được\ngiao, nhận khoán bảo vệ rừng ngập mặn ven biển.\n"
        "b) Ban quản lý rừng phòng hộ, Vườn quốc gia Mũi Cà Mau,\n"
        "công ty lâm nghiệp, tổ chức kinh tế được Nhà nước giao đất, giao rừng ngập mặn.\n"
        "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n"
    )
    assert _bodies(_run(text)) == ["Ủy ban nhân dân tỉnh"]


def test_a_giao_heading_whose_items_detail_what_it_directs():
    # (probe cn07: "1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai …, trong đó chỉ đạo:")
    text = (
        "# QUYẾT NGHỊ:\n**Điều 3. Tổ chức thực hiện**\n"
        "1. Giao Ủy ban nhân dân tỉnh tổ chức triển\nkhai thực hiện Nghị quyết này, trong đó chỉ đạo:\n"
        "a) Sở Y tế chủ trì, phối hợp với Sở Nội vụ hướng dẫn việc rà soát, hoàn thành trước ngày 31/3/2026.\n"
        "b) Sở Tài chính tham mưu bố trí kinh phí thực hiện Nghị quyết.\n"
    )
    assert _bodies(_run(text)) == ["Ủy ban nhân dân tỉnh", "Sở Y tế", "Sở Tài chính"]


def test_a_later_request_under_a_heading_body_is_its_own_task():
    # (probe cn01, ah02, bc01, al05, w10: "- Giao …; yêu cầu các đơn vị …" under a body's
    # heading; the issuer's request under a topic heading still tasks, y06)
    text = (
        "Phó Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "**6. Ủy ban nhân dân các phường: Nha Trang, Bắc Nha Trang:**\n"
        "- Khẩn trương sửa chữa các nhà vệ sinh công cộng, hoàn thành trước ngày 20/12/2025.\n"
        "- Giao trách nhiệm quản lý, vận hành từng nhà vệ sinh cho tổ chức, cá nhân cụ thể; yêu cầu các đơn vị "
        "được giao quản lý niêm yết công khai giá dịch vụ.\n"
        "**7. Đối với các Chi cục Hải quan khu vực**\n"
        "Cục Hải quan yêu cầu các Chi cục Hải quan khu vực:\n"
        "a) Hướng dẫn doanh nghiệp thực hiện đúng quy định.\n"
    )
    bodies = _bodies(_run(text))
    assert not [b for b in bodies if b.startswith("các đơn vị")]
    assert "các Chi cục Hải quan khu vực" in bodies


def test_a_plural_described_by_a_part_of_the_document_or_by_its_class():
    # (probe bt01, cb02, bc06, ad06; train 258, 269: "tại Điều 1" points into the document,
    # "là tổ chức" says which of the owners, a long note lists them before the duty)
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Ủy ban nhân dân các xã có khu vực khoáng sản tại Điều 1 có trách nhiệm quản lý, bảo vệ khoáng sản "
        "chưa khai thác.\n"
        "2. Uỷ ban nhân dân các xã, phường có tên tại Điều 1 cử công chức đầu mối theo dõi lĩnh vực du lịch.\n"
        "3. Các chủ rừng là tổ chức (Ban Quản lý Khu bảo tồn thiên nhiên Mường Nhé, Ban Quản lý rừng đặc dụng "
        "Mường Phăng) có trách nhiệm xây dựng phương án phòng cháy, chữa cháy rừng.\n"
        "4. Các chủ rừng (các công ty lâm nghiệp, Ban Quản lý rừng phòng hộ, Ban Quản lý rừng đặc dụng, Vườn "
        "quốc gia Bidoup - Núi Bà, Vườn quốc gia Tà Đùng) có trách nhiệm bố trí lực lượng trực 24/24 giờ.\n"
        "5. Sở Y tế tại buổi làm việc đã báo cáo kết quả.\n"
    )
    assert _bodies(_run(text)) == [
        "Ủy ban nhân dân các xã có khu vực khoáng sản tại Điều 1",
        "Uỷ ban nhân dân các xã, phường có tên tại Điều 1",
        "Các chủ rừng là tổ chức",
        "Các chủ rừng",
    ]


def test_a_kind_of_school_and_a_manner_whose_range_opens_with_a_comma():
    # (train 233: "Hiệu trưởng các trường phổ thông dân tộc nội trú"; train 243: "trong phạm
    # vi, quyền hạn, nhiệm vụ của mình" between the bodies and their duty)
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Hiệu trưởng các trường phổ thông dân tộc nội trú chịu trách nhiệm mua và cung cấp đồ dùng cá nhân.\n"
        "2. Các Sở, ban, ngành có liên quan trong phạm vi, quyền hạn, nhiệm vụ của mình có trách nhiệm phối hợp "
        "với Sở Xây dựng.\n"
    )
    assert _bodies(_run(text)) == [
        "Hiệu trưởng các trường phổ thông dân tộc nội trú",
        "Các Sở, ban, ngành có liên quan",
    ]


def test_a_delegation_of_the_national_assembly():
    # (probe z05: "Đề nghị Đoàn đại biểu Quốc hội tỉnh tiếp tục kiến nghị …")
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Công an tỉnh chủ trì kiểm tra.\n"
        "2. Đề nghị Đoàn đại biểu Quốc hội tỉnh tiếp tục kiến nghị Quốc hội, Chính phủ quan tâm bố trí nguồn "
        "lực.\n"
    )
    assert _bodies(_run(text)) == ["Công an tỉnh", "Đoàn đại biểu Quốc hội tỉnh"]


def test_a_numbered_task_table_whose_first_row_number_is_short():
    # (probe cs06: "| TT | Nội dung công việc | Cơ quan chủ trì | … | Thời gian hoàn thành |"
    # then "| 1 | …": the row's number is no header cell, or every other row is lost)
    cells = [
        "TT",
        "Nội dung công việc",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "1",
        "Tổ chức tuyên truyền trên hệ thống loa truyền thanh về quy định cấm thả rông gia súc",
        "Phòng Văn hóa - Xã hội",
        "Ủy ban MTTQ Việt Nam xã",
        "Tháng 10/2025",
        "2",
        "Tham mưu ban hành Quyết định thành lập Tổ công tác liên ngành xử lý gia súc thả rông",
        "Phòng Kinh tế",
        "Công an xã",
        "Trước ngày 15/10/2025",
        "3",
        "Rà soát, thống kê số hộ, số lượng gia súc; tổ chức cho 100% hộ chăn nuôi ký cam kết",
        "Trưởng các thôn, làng",
        "Phòng Kinh tế; Công an xã",
        "Trước ngày 25/10/2025",
    ]
    text = "KẾ HOẠCH\n2. Các nhiệm vụ cụ thể\n|\n" + "\n|\n".join(cells) + "\n|\n"
    rows = [f for f in _run(text) if f.assignment_kind == "table_row"]
    assert [(f.body, f.deadline) for f in rows] == [
        ("Phòng Văn hóa - Xã hội", "2025-10"),
        ("Phòng Kinh tế", "2025-10-15"),
        ("Trưởng các thôn, làng", "2025-10-25"),
    ]


def test_vocational_schools_and_public_or_private_kinds():
    # (probe cr05, cr02, az03, ck02: "Trường Trung cấp nghề Quảng Ngãi … đã miễn học phí" is
    # past, "các trường mầm non công lập", "… chữa bệnh ngoài công lập")
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Hiệu trưởng các trường mầm non công lập hỗ trợ chuyên môn cho các nhóm, lớp độc lập.\n"
        "2. Các cơ sở khám bệnh, chữa bệnh ngoài công lập thực hiện nghiêm việc khai báo ca bệnh.\n"
        "3. Trường Trung cấp nghề Quảng Ngãi đã miễn học phí cho học viên là người khuyết tật.\n"
    )
    assert _bodies(_run(text)) == [
        "Hiệu trưởng các trường mầm non công lập",
        "Các cơ sở khám bệnh, chữa bệnh ngoài công lập",
    ]


def test_a_past_request_after_its_subjects_comma_and_organising_after_a_case():
    # (probe cp03: "Bộ Y tế đã có văn bản cảnh báo, đề nghị các cơ sở …" is what was done;
    # cq03: "Khi phát hiện ổ dịch, tổ chức xử lý …" organises, names no body; cp03:
    # "Viện Kiểm nghiệm thuốc Trung ương" whole)
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n1. Sở Y tế chủ trì kiểm tra.\n"
        "2. Bộ Y tế đã có văn bản cảnh báo, đề nghị các cơ sở khám bệnh, chữa bệnh tăng cường phát hiện, "
        "điều trị ngộ độc chì.\n"
        "3. Khi phát hiện ổ dịch, tổ chức xử lý triệt để theo quy định; tiêm phòng bao vây ổ dịch.\n"
        "4. Viện Kiểm nghiệm thuốc Trung ương có trách nhiệm ưu tiên tiếp nhận, kiểm nghiệm các mẫu.\n"
        "5. Để bảo đảm nguồn nước đang bị ô nhiễm, yêu cầu Sở Xây dựng kiểm tra.\n"
    )
    assert _bodies(_run(text)) == ["Sở Y tế", "Viện Kiểm nghiệm thuốc Trung ương", "Sở Xây dựng"]


def test_a_footnote_mark_glued_to_a_body_stands_neither_in_its_name_nor_in_its_task():
    """Train 392_vbhn-92-bqp (a consolidated text, whose footnotes name the acts that
    changed it): ``Bộ Nội vụ[6] chịu trách nhiệm …`` tasks Bộ Nội vụ, its task from the
    verb on, as the same sentence without the mark would."""
    text = (
        "Điều 5. Trách nhiệm thi hành\n\n"
        "Bộ Nội vụ[6] chịu trách nhiệm chỉ đạo tiếp nhận, quản lý và chi trả chế độ trợ cấp hàng tháng "
        "đối với đối tượng theo quy định.\n"
    )
    facts = _run(text)
    assert [(f.body, f.role) for f in facts] == [("Bộ Nội vụ", "execute")]
    assert facts[0].task.startswith("chịu trách nhiệm chỉ đạo tiếp nhận")


def test_what_a_body_has_not_done_in_an_opening_phrase_leaves_the_subject_after_it():
    """Train 361_nq-35-hdnd-hue: ``c) Đối với các công trình do Ủy ban nhân dân cấp xã làm
    chủ đầu tư nhưng Uỷ ban nhân dân cấp huyện chưa bố trí đủ phần đối ứng …, Ủy ban nhân
    dân thành phố xem xét, hỗ trợ …``: the phrase tells of a body that has not acted, no
    actor of the clause, whose subject follows the comma."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\n\nQUYẾT NGHỊ:\n\nĐiều 2. Nguyên tắc hỗ trợ\n\n"
        "c) Đối với các công trình do Ủy ban nhân dân cấp xã làm chủ đầu tư nhưng Uỷ ban nhân dân "
        "cấp huyện chưa bố trí đủ phần đối ứng của ngân sách cấp huyện trước khi thực hiện sắp xếp "
        "bộ máy, Ủy ban nhân dân thành phố xem xét, hỗ trợ bổ sung có mục tiêu cho ngân sách cấp xã.\n"
    )
    assert _bodies(_run(text)) == ["Ủy ban nhân dân thành phố"]


def test_the_tasks_another_body_gave_are_named_no_request_of_this_document():
    """Probe ct04, cu04, ah01 (a ministry's or a Sở's plan restating a resolution): ``Cụ thể
    hóa các nhiệm vụ Chính phủ giao cho Bộ Tài chính tại Nghị quyết …``, ``… các nhiệm vụ, giải
    pháp được Chính phủ giao cho Bộ Công Thương …``: the agent of a passive, or of a clause
    that says which tasks, stands before ``giao``; nobody is tasked here.  A heading in
    capitals before a request is no such agent (``II. NHIỆM VỤ TRONG THỜI GIAN TỚI`` /
    ``Đề nghị tỉnh Đắk Lắk …``)."""
    text = (
        "Bộ Tài chính ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
        "- Cụ thể hóa các nhiệm vụ Chính phủ giao cho Bộ Tài chính tại Nghị quyết số 118/NQ-CP.\n"
        "- Triển khai các nhiệm vụ, giải pháp được Chính phủ giao cho Bộ Công Thương tại Nghị quyết "
        "số 88/NQ-CP.\n\n"
        "II. NHIỆM VỤ TRONG THỜI GIAN TỚI\n\nĐề nghị tỉnh Đắk Lắk phát huy kết quả đạt được.\n"
    )
    assert _bodies(_run(text)) == ["tỉnh Đắk Lắk"]


def test_a_heading_body_s_role_in_the_work_is_no_part_of_its_name():
    """Probe cu07 (a Sở director's decision): ``Điều 5. Ban Quản lý dự án đầu tư xây dựng
    công trình giao thông, với vai trò chủ đầu tư:`` over its items: the body is the Ban,
    the role it takes in this work an appositive."""
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 5. Ban Quản lý dự án đầu tư xây dựng công trình giao thông, với vai trò "
        "chủ đầu tư:\n\na) Rà soát biện pháp thi công trước ngày 31/10/2025.\n"
    )
    assert _bodies(_run(text)) == ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông"]


def test_a_plural_is_described_by_the_tasks_this_document_gave_it():
    """Probe cu07: ``Các phòng, đơn vị được giao nhiệm vụ tại Quyết định này báo cáo kết quả
    …``: "tại Quyết định này" points to the document, one more word of the description
    (written without "này", as "… tại Kế hoạch" is), and the verb after it closes it."""
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 8. Các phòng, đơn vị được giao nhiệm vụ tại Quyết định này báo cáo kết "
        "quả thực hiện về Phòng Quản lý chất lượng công trình xây dựng trước ngày 18/12/2025.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == ["Các phòng, đơn vị được giao nhiệm vụ tại Quyết định"]
    assert facts[0].task.startswith("báo cáo kết quả")


def test_a_task_heading_names_its_bodies_in_the_bracket_that_closes_it():
    """Probe cw05, cv05 (a Chairman's Chỉ thị): ``**5. Thông tin, tuyên truyền (Báo và
    Phát thanh, Truyền hình Bắc Ninh; Cổng Thông tin điện tử tỉnh)**`` over its items: the
    heading is a task's, its bodies the bracket's, the items below their tasks; a
    lower-case qualifier closes the last body (``… và các xã, đặc khu có hoạt động du
    lịch``). A bracket that is no list of bodies names nobody."""
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
        "**5. Thông tin, tuyên truyền (Báo và Phát thanh, Truyền hình Bắc Ninh; Cổng Thông tin "
        "điện tử tỉnh)**\n\n- Mở chuyên mục tuyên truyền về quy định giờ hát karaoke.\n\n"
        "**6. Kiểm tra, chấn chỉnh hoạt động bán tour (Ủy ban nhân dân các phường Nha Trang, "
        "Cam Ranh và các xã, đặc khu có hoạt động du lịch):**\n\n- Tổ chức kiểm tra tình trạng "
        "cò mồi.\n\n**7. Tăng cường kiểm tra (từ tháng 6 đến tháng 9 năm 2025)**\n\n"
        "- Kiểm tra các cơ sở lưu trú.\n"
    )
    facts = _run(text)
    assert _bodies(facts) == [
        "Báo và Phát thanh, Truyền hình Bắc Ninh",
        "Cổng Thông tin điện tử tỉnh",
        "Ủy ban nhân dân các phường Nha Trang, Cam Ranh và các xã, đặc khu có hoạt động du lịch",
    ]
    assert facts[0].task.startswith("Mở chuyên mục")


def test_a_regulation_s_glossary_defines_the_actors_its_clauses_open_with():
    """probe db01 and dc01 (written for the project; decisions issuing a Quy chế phối
    hợp): "Điều 3. Giải thích từ ngữ" defines its actors item by item ("3. Tổ tuần tra
    liên ngành là tổ công tác do Giám đốc Công an tỉnh quyết định thành lập, …"); the
    clauses that open with such a term task it, whatever their verb ("Tổ tuần tra liên
    ngành tổ chức tuần tra …", "Cơ quan chủ trì hướng dẫn …"), while the definition
    itself tasks nobody, though the article's text is wrapped and a line of it opens
    with a reference ("Chương III của Quy chế này.")."""
    facts = find_assignments((PROBE / "db01.txt").read_text(encoding="utf-8"))
    assert any(
        f.body == "Tổ tuần tra liên ngành" and f.task.startswith("tổ chức tuần tra đột xuất") for f in facts
    )
    assert not any(f.body == "Giám đốc Công an tỉnh" and "tổ công tác do" in f.text for f in facts)
    facts = find_assignments((PROBE / "dc01.txt").read_text(encoding="utf-8"))
    assert any(
        f.body == "Cơ quan chủ trì" and f.task.startswith("hướng dẫn Ủy ban nhân dân các xã") for f in facts
    )
    assert any(f.body == "Đơn vị duy trì" and f.task.startswith("gắn biển số hiệu") for f in facts)
    # (a term that names a thing, "Cây cổ thụ là cây thân gỗ …", is no actor; nor is a
    # term outside a glossary article)
    text = (
        "Điều 5. Trách nhiệm\n1. Cây cổ thụ là cây thân gỗ lâu năm.\n2. Cơ quan chủ trì là Sở Xây dựng.\n"
        "3. Cơ quan chủ trì hướng dẫn các xã kiểm đếm cây.\n"
    )
    assert not any(f.body == "Cơ quan chủ trì" for f in find_assignments(text))
    glossary = text.replace("Điều 5. Trách nhiệm", "Điều 2. Giải thích từ ngữ").replace(
        "3. Cơ", "Điều 3. Phối hợp\n1. Cơ"
    )
    assert [f.body for f in find_assignments(glossary)] == ["Cơ quan chủ trì"]


def test_a_company_s_name_ends_before_a_verb_and_its_object():
    """probe db05 and db04 (written for the project): a company's name runs over its
    trade's lower-case words, not over a verb and its object to a capitalised document
    ("Đề nghị Công ty Cổ phần Giao thông thông minh Trí Nam hoàn thiện hồ sơ Đề án"); a
    plural named by its trade ("các đơn vị cấp nước trên địa bàn") keeps it."""
    facts = find_assignments((PROBE / "db05.txt").read_text(encoding="utf-8"))
    assert any(f.body == "Công ty Cổ phần Giao thông thông minh Trí Nam" for f in facts)
    assert not any("hoàn thiện" in f.body for f in facts)
    facts = find_assignments((PROBE / "db04.txt").read_text(encoding="utf-8"))
    assert any(
        f.body == "Công ty Cổ phần Cấp nước Thanh Hóa và các đơn vị cấp nước trên địa bàn"
        and f.task.startswith("ưu tiên đấu nối")
        for f in facts
    )


def test_an_official_named_by_the_decision_he_made_and_a_trade_before_a_manner():
    """probe dc03 (written for the project; a ministry's Quy định on seized timber): "Người
    ra quyết định tạm giữ có trách nhiệm …" is an official by his act, an actor before his
    duty; a plural named by its trade keeps it before a manner ("… nhà thầu thi công
    nghiêm túc chấp hành …", dc05)."""
    facts = find_assignments((PROBE / "dc03.txt").read_text(encoding="utf-8"))
    assert any(
        f.body == "Người ra quyết định tạm giữ" and f.task.startswith("có trách nhiệm tổ chức đo đếm")
        for f in facts
    )
    text = "CHỈ THỊ\nChủ tịch UBND tỉnh chỉ thị:\n1. Yêu cầu các chủ đầu tư, nhà thầu thi công nghiêm túc chấp hành quy định.\n"
    assert [f.body for f in find_assignments(text)] == ["các chủ đầu tư, nhà thầu thi công"]


def test_the_other_members_of_a_board_and_a_body_named_with_its_field():
    """probe av01, bk02, as06 (written for the project): "Các uỷ viên khác thực hiện …"
    are the other members of the board the text lists, written with it ("Các uỷ viên
    khác của Ban Chỉ đạo") though a member's task named another board ("thành lập Hội
    đồng bồi thường … cấp xã"); probe ad03: a Cục named with its field ("Cục Giám định
    nhà nước về chất lượng công trình xây dựng"), not "Bộ Tài chính về nội dung …"."""
    facts = find_assignments((PROBE / "av01.txt").read_text(encoding="utf-8"))
    assert any(f.body == "Các uỷ viên khác của Ban Chỉ đạo" for f in facts)
    text = (
        "CHỈ THỊ\nChủ tịch UBND tỉnh chỉ thị:\n1. Giao Cục Giám định nhà nước về chất lượng công trình xây "
        "dựng tăng cường kiểm tra công tác nghiệm thu.\n2. Đề nghị Bộ Tài chính về nội dung kiến nghị "
        "hướng dẫn địa phương.\n3. Các ủy viên khác của Ban Chỉ đạo kiểm tra tại địa bàn phụ trách.\n"
    )
    assert [f.body for f in find_assignments(text)] == [
        "Cục Giám định nhà nước về chất lượng công trình xây dựng",
        "Bộ Tài chính",
        "Các ủy viên khác của Ban Chỉ đạo",
    ]


def test_a_heading_asks_bodies_to_direct_others_and_a_list_goes_on_past_a_note():
    """probe dd02 (written for the project): "a) Đề nghị Ủy ban nhân dân các tỉnh … chỉ đạo
    Sở Công Thương, Công an tỉnh … thực hiện:" over its items asks the provinces, the bodies
    they direct no part of their name; probe av07, be04: a note in brackets after a member
    of a list ("Viễn thông Quảng Ngãi (VNPT), Viettel Quảng Ngãi …") does not end the list;
    a list in brackets after a topic does ("Đối với các xã, phường ven biển (Hải Thanh, …),
    UBND các xã, phường …")."""
    facts = find_assignments((PROBE / "dd02.txt").read_text(encoding="utf-8"))
    assert any(
        f.body == "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
        and f.task.startswith("Tổ chức đợt cao điểm")
        for f in facts
    )
    assert not any("chỉ đạo Sở Công Thương" in f.body for f in facts)
    text = (
        "CHỈ THỊ\nChủ tịch UBND tỉnh chỉ thị:\n1. Đề nghị Sở Tài chính (cơ quan thường trực), Sở Xây dựng phối hợp"
        " kiểm tra.\n2. Đối với các xã ven biển (Hải Thanh, Hải Bình), UBND các xã có trách nhiệm quản lý tàu"
        " thuyền.\n"
    )
    assert [(f.body, f.task) for f in find_assignments(text)] == [
        ("Sở Tài chính (cơ quan thường trực), Sở Xây dựng", "phối hợp kiểm tra"),
        ("UBND các xã", "có trách nhiệm quản lý tàu thuyền"),
    ]


def test_bodies_named_by_a_province_a_board_of_each_building_and_a_trade_with_giao_dich():
    """probe de03, aj01, bg04 (written for the project): VNPT's unit of a province is
    "Viễn thông Ninh Bình" (no body inside "Tập đoàn Công nghiệp - Viễn thông Quân đội");
    dd04: "Ban quản trị các nhà chung cư", the board of each; dd02: "sàn giao dịch" in the
    description of a plural is no "giao" that tasks; de06: "… kính báo cáo" is no part of
    the Sở's name."""
    text = (
        "CHỈ THỊ\nChủ tịch UBND tỉnh chỉ thị:\n1. Đề nghị Viễn thông Ninh Bình và Viettel Ninh\nBình hỗ trợ"
        " đường truyền.\n2. Đề nghị Tập đoàn Công nghiệp - Viễn thông Quân đội hỗ trợ.\n3. Yêu cầu Ban quản trị"
        " các nhà chung cư tổ chức hội nghị nhà chung cư.\n4. Các doanh nghiệp vận hành sàn giao dịch thương mại"
        " điện tử có trách nhiệm rà soát.\n"
    )
    assert [f.body for f in find_assignments(text)] == [
        "Viễn thông Ninh Bình và Viettel Ninh Bình",
        "Tập đoàn Công nghiệp - Viễn thông Quân đội",
        "Ban quản trị các nhà chung cư",
        "Các doanh nghiệp vận hành sàn giao dịch thương mại điện tử",
    ]
    report = "BÁO CÁO\nSở Nông nghiệp và Môi trường kính báo cáo Uỷ ban nhân dân tỉnh xem xét, chỉ đạo./.\n"
    assert not any("kính" in f.body for f in find_assignments(report))


def test_a_generic_body_described_before_a_manner_of_this_document_and_its_duty():
    """train 359 (a Hanoi council's resolution): "Các cơ quan, tổ chức, đơn vị, cá nhân
    thực hiện nhiệm vụ phục vụ công tác bầu cử theo quy định tại Nghị quyết này có trách
    nhiệm …" names the bodies by what they do; "theo quy định tại Nghị quyết này" is the
    manner, as "theo quy định" is, and no part of the name."""
    text = (
        "CHỈ THỊ\nChủ tịch UBND tỉnh chỉ thị:\n1. Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục"
        " vụ công tác bầu cử theo quy định tại Nghị quyết này có trách nhiệm thực hiện đúng định mức.\n"
        "2. Các cơ quan, đơn vị theo quy định của pháp luật có trách nhiệm báo cáo.\n"
    )
    assert [f.body for f in find_assignments(text)] == [
        "Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục vụ công tác bầu cử",
        "Các cơ quan, đơn vị",
    ]


def test_an_articles_title_over_clauses_that_name_whom_they_task():
    """probe dg06 (written for the project) and train's regulations: "Điều 8. Trách
    nhiệm của Sở Y tế" over "Sở Y tế có trách nhiệm …" is the article's title, the
    clause counted in its own right, and so over items that each name their body or
    request the heading's ("Điều 10. … Bảo hiểm xã hội tỉnh và Bưu điện tỉnh" over "1.
    Đề nghị Bảo hiểm xã hội tỉnh …", "2. Bưu điện tỉnh … có trách nhiệm …"); over items
    without a subject ("Điều 7. Trách nhiệm của Sở Nội vụ" over "1. Chỉ đạo, hướng dẫn
    …") the heading is the body tasked."""
    facts = find_assignments((PROBE / "dg06.txt").read_text(encoding="utf-8"))
    texts = {" ".join(f.text.split())[:40] for f in facts}
    assert not any(t.startswith(("Điều 8.", "Điều 10.")) for t in texts)
    assert "Điều 7. Trách nhiệm của Sở Nội vụ" in texts
    assert any(f.body == "Sở Y tế" and f.text.startswith("Sở Y tế có trách nhiệm") for f in facts)
    assert {"Bảo hiểm xã hội tỉnh", "Bưu điện tỉnh Phú Thọ"} <= {f.body for f in facts}


def test_an_articles_title_alone_on_its_line_in_a_hard_wrapped_text():
    """probe di03, di05, ch04 (written for the project), hard-wrapped: an article's
    title ends with its line when the next line opens with the verb that tasks ("Điều 2.
    Phân cấp cho Uỷ ban nhân dân cấp xã" / "Phân cấp cho Chủ tịch …"), when the title
    names nobody in capitals ("Điều 4. Trách nhiệm phối hợp" / "Công an tỉnh, Sở Y tế
    theo chức năng …") or when the next line repeats its words ("Điều 4. Trưởng Ban Chỉ
    đạo" / "Trưởng Ban Chỉ đạo (Chủ tịch UBND tỉnh) lãnh đạo …"); not after a link
    ("Điều 3. Thủ trưởng các cơ quan, đơn vị thuộc" / "UBND tỉnh; …")."""
    facts = find_assignments((PROBE / "di03.txt").read_text(encoding="utf-8"))
    assert any(
        f.body == "Chủ tịch Uỷ ban nhân dân các xã, phường" and f.text.startswith("Phân cấp cho")
        for f in facts
    )
    assert not any(f.text.startswith("Điều 2.") for f in facts)
    assert any(f.body == "Công an tỉnh, Sở Y tế" and f.text.startswith("Công an tỉnh") for f in facts)
    facts = find_assignments((PROBE / "di05.txt").read_text(encoding="utf-8"))
    assert any(f.text.startswith("Trưởng Ban Chỉ đạo (Chủ tịch UBND tỉnh) lãnh đạo") for f in facts)
    facts = find_assignments((PROBE / "ch04.txt").read_text(encoding="utf-8"))
    assert any(f.text.startswith("Ủy ban nhân dân cấp xã có trách nhiệm bảo đảm") for f in facts)
    # ("**Điều 3.** Các thành viên Ban Chỉ đạo, Tổ giúp việc" / "Ban Chỉ đạo và Thủ trưởng
    # …": the line does not open with the words the title ends with)
    facts = find_assignments((PROBE / "dh05.txt").read_text(encoding="utf-8"))
    assert any(f.text.startswith("Điều 3.** Các thành viên Ban Chỉ đạo") for f in facts)
    text = (
        "QUYẾT ĐỊNH\nĐiều 3. Thủ trưởng các cơ quan, đơn vị thuộc\n"
        "UBND tỉnh; Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    assert [f.text.split()[:3] for f in find_assignments(text)] == [["Điều", "3.", "Thủ"]]


def test_a_boards_office_with_its_holder_aside_and_a_procedures_card():
    """probe di05 (written for the project): a steering committee's lone office with an
    aside naming its holder opens the clause ("Phó Trưởng ban (Giám đốc Sở Ngoại vụ)
    giúp Trưởng ban …", the aside wrapped over a line too); probe dh02, di02: the card of
    an administrative procedure ("e) Cơ quan giải quyết thủ tục hành chính: Sở Công
    Thương tỉnh Gia Lai.") tasks nobody, as a label that describes."""
    facts = find_assignments((PROBE / "di05.txt").read_text(encoding="utf-8"))
    bodies = {f.body for f in facts}
    assert "Phó Trưởng ban (Giám đốc Sở Ngoại vụ)" in bodies
    assert any(f.text.startswith("Phó Trưởng ban Thường trực (Giám đốc\nCông an tỉnh) giúp") for f in facts)
    for name in ("dh02.txt", "di02.txt"):
        facts = find_assignments((PROBE / name).read_text(encoding="utf-8"))
        assert not any("Cơ quan giải quyết" in f.text for f in facts)
    text = "QUYẾT ĐỊNH\nĐiều 2.\nb) Cơ quan thẩm định: Sở Quy hoạch - Kiến trúc Hà Nội;\n"
    assert [f.body for f in find_assignments(text)] == ["Sở Quy hoạch - Kiến trúc Hà Nội"]


def test_no_document_asks_its_own_head_and_a_power_to_require_tasks_nobody():
    """corpus/tvpl 238 (a decision of UBND tỉnh Hà Tĩnh on its Sở Tư pháp's duties):
    "c) Đề nghị Chủ tịch Ủy ban nhân dân tỉnh quyết định thu hồi …" is the Sở's step,
    no request of the People's Committee to its own Chairman; probe dj06 (written for
    the project): "Tổ công tác được quyền yêu cầu các tổ chức, cá nhân …" is a power."""
    from vanban.pipeline.ingest import extract_file

    record = extract_file(str(ROOT / "corpus" / "tvpl" / "238_qd-2979-ubnd-ha-tinh.txt"))
    assert record["header"]["issuer"] == "UBND tỉnh Hà Tĩnh"
    asked = [f for f in record["facts"] if f["kind"] == "assignment" and "nghị Chủ tịch" in f["text"]]
    assert asked == []
    assert "Sở Tư pháp" in {f["body"] for f in record["facts"] if f["kind"] == "assignment"}
    facts = find_assignments((PROBE / "dj06.txt").read_text(encoding="utf-8"))
    assert not any("được quyền yêu cầu" in f.text for f in facts)
    assert not any("Đinh Công Toàn" in f.text for f in facts)  # (a member named at length)
    assert "Sở Khoa học và Công nghệ" in {f.body for f in facts}


def test_a_bodys_task_about_the_execution_is_no_execution_clause():
    """probe dj01, dk01 (ministries' Thông tư written for the project): "2. Vụ Pháp chế
    chủ trì, phối hợp với Cục … theo dõi, đôn đốc việc thi hành Thông tư này" tasks the
    Vụ, as any clause does; the closing clause still lists its addressees."""
    for name in ("dj01.txt", "dk01.txt"):
        facts = find_assignments((PROBE / name).read_text(encoding="utf-8"))
        legal = [f for f in facts if "Vụ Pháp chế chủ trì" in f.text]
        assert [(f.body, f.assignment_kind) for f in legal] == [("Vụ Pháp chế", "clause")]
    text = "QUYẾT ĐỊNH\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế thi hành Quyết định này./.\n"
    assert [f.assignment_kind for f in find_assignments(text)] == ["execution_clause"]


def test_a_numbered_topic_ends_at_its_line_over_a_whole_paragraph():
    """probe dk02 (a plan written one line a paragraph): "1. Tuyên truyền, tư vấn học
    nghề và việc làm" over "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp …": the
    topic ends with its line, so the paragraph opens with its body; probe u17: a name
    that runs on to the next line ("2. Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc
    Sở" / "Tài chính theo chức năng …") still does not break."""
    facts = find_assignments((PROBE / "dk02.txt").read_text(encoding="utf-8"))
    opened = {f.body for f in facts if f.assignment_kind == "clause"}
    for body in ("Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ"):
        assert body in opened
    assert any(f.text.startswith("Sở Nội vụ chủ trì, chỉ đạo Trung tâm") for f in facts)
    facts = find_assignments((PROBE / "u17_qd-ubnd.txt").read_text(encoding="utf-8"))
    assert not any(f.body.endswith("Giám đốc Sở") for f in facts)
    assert any("Giám đốc Sở Tài chính" in f.body for f in facts)


def test_a_state_reported_with_co_ban_tasks_nobody():
    """probe dj03 (a notice of conclusions written for the project): "các doanh nghiệp
    vận tải cơ bản chấp hành quy định …" says how far they comply, in the assessment;
    "doanh nghiệp vận tải" is one generic body, no verb "vận tải" after "doanh nghiệp"."""
    facts = find_assignments((PROBE / "dj03.txt").read_text(encoding="utf-8"))
    assert not any("cơ bản" in f.text for f in facts)
    assert "Công an tỉnh" in {f.body for f in facts}
    text = "CHỈ THỊ\nChủ tịch UBND tỉnh chỉ thị:\n1. Yêu cầu các doanh nghiệp vận tải niêm yết giá cước.\n"
    assert [f.body for f in find_assignments(text)] == ["các doanh nghiệp vận tải"]


def test_a_later_sentence_of_an_item_requiring_others_and_a_budget_allocated():
    """probe dl01 (a Công điện written for the project): "**7.** Sở Nội vụ hướng dẫn
    …. Sở Xây dựng yêu cầu các chủ đầu tư, nhà thầu …": the later sentence's subject is
    tasked, to require them; probe dm07: "Kinh phí … từ nguồn ngân sách nhà nước giao
    cho Sở Y tế năm 2026" allocates a budget and tasks nobody; probe dl07: "Phòng Giáo
    dục nghề nghiệp và Giáo dục thường xuyên" is one name."""
    facts = find_assignments((PROBE / "dl01.txt").read_text(encoding="utf-8"))
    required = [f for f in facts if "yêu cầu các chủ đầu tư" in f.text]
    assert [f.body for f in required] == ["Sở Xây dựng"]
    facts = find_assignments((PROBE / "dm07.txt").read_text(encoding="utf-8"))
    assert not any(f.text.startswith("Kinh phí") for f in facts)
    facts = find_assignments((PROBE / "dl07.txt").read_text(encoding="utf-8"))
    assert "Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên" in {f.body for f in facts}
    text = "CHỈ THỊ\nChủ tịch UBND tỉnh chỉ thị:\n1. Sở Y tế thường xuyên kiểm tra các cơ sở.\n"
    assert [f.body for f in find_assignments(text)] == ["Sở Y tế"]


def test_an_umbrella_to_a_generic_group_divided_among_named_items_only_introduces_them():
    # probe ab06 (written for the project): "Cục Hải quan yêu cầu các đơn vị và đề nghị các
    # doanh nghiệp thực hiện một số nội dung sau:" over items that each open with a body
    # (1. Đối với Chi cục Hải quan các khu vực / 2. Chi cục Điều tra chống buôn lậu … / 3.
    # Đề nghị các doanh nghiệp kinh doanh cảng …): the items are the assignments
    bodies = _bodies(_run((PROBE / "ab06.txt").read_text(encoding="utf-8"), "2025-11-12"))
    assert "các đơn vị" not in bodies and "các doanh nghiệp" not in bodies
    assert "Chi cục Hải quan các khu vực" in bodies
    assert "Chi cục Điều tra chống buôn lậu" in bodies
    # the same group over bare tasks: the umbrella is their assignment
    text = (
        "Để bảo đảm an toàn thực phẩm dịp Tết, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:\n"
        "1. Rà soát, kiểm tra các bếp ăn tập thể trên địa bàn.\n"
        "2. Tăng cường tuyên truyền về an toàn thực phẩm.\n"
        "3. Báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/12/2025.\n"
    )
    assert _bodies(_run(text)) == ["các đơn vị"]


def test_a_manner_with_its_own_complement_before_the_task_after_a_colon():
    # probe dq01 (written for the project): "3. Sở Nông nghiệp và Môi trường, Sở Công
    # Thương: theo chức năng quản lý công trình xây dựng chuyên ngành, kiểm tra …"
    facts = _run((PROBE / "dq01.txt").read_text(encoding="utf-8"), "2025-11-20")
    shared = [f for f in facts if "theo chức năng quản lý công trình" in f.text]
    assert [f.body for f in shared] == ["Sở Nông nghiệp và Môi trường, Sở Công Thương"]
    text = "Tổ chức thực hiện\n5. Sở Y tế: theo chức năng quản lý, kiểm tra an toàn thực phẩm.\n"
    assert _bodies(_run(text)) == ["Sở Y tế"]
    # a manner the adverbs read whole is theirs: the list goes on after it
    text = (
        "Tổ chức thực hiện\n- Cơ quan thực hiện: Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi "
        "chức năng, nhiệm vụ của mình và các cơ quan, tổ chức khác có liên quan.\n"
    )
    assert all("các cơ quan, tổ chức khác" in f.body for f in _run(text))


def test_a_head_or_title_in_lower_case_after_a_semicolon_goes_on_with_the_list():
    # probe dq01: "7. Sở Văn hóa, Thể thao và Du lịch; sở Khoa học và Công nghệ; Báo và
    # Phát thanh, Truyền hình Thanh Hóa: theo chức năng, nhiệm vụ được giao, phối hợp …"
    facts = _run((PROBE / "dq01.txt").read_text(encoding="utf-8"), "2025-11-20")
    assert [f.body for f in facts if "sở Khoa học và Công" in f.text] == [
        "Sở Văn hóa, Thể thao và Du lịch",
        "sở Khoa học và Công nghệ",
        "Báo và Phát thanh, Truyền hình Thanh Hóa",
    ]
    text = "Tổ chức thực hiện\n1. Sở Y tế; hiệu trưởng các trường THPT tổ chức tuyên truyền.\n"
    assert _bodies(_run(text)) == ["Sở Y tế", "hiệu trưởng các trường THPT"]
    text = "Tổ chức thực hiện\n2. Sở Dân tộc và Tôn giáo; ủy ban nhân dân các xã: lồng ghép nguồn vốn.\n"
    assert _bodies(_run(text)) == ["Sở Dân tộc và Tôn giáo", "ủy ban nhân dân các xã"]
    # a lower-case word that only looks like a head, with no name or level after it
    text = "Tổ chức thực hiện\n9. Lập đường dây nóng hỗ trợ kỹ thuật; thường trực tiếp nhận những đề xuất, góp ý.\n"
    assert _run(text) == []


def test_a_speakers_request_of_the_bodies_a_topic_names():
    # probe dp06, dq06 (news reports written for the project): "Đối với Bưu điện tỉnh, Phó
    # Chủ tịch UBND tỉnh đề nghị đơn vị sớm kiện toàn …", "Đối với các xã, phường, Phó Chủ
    # tịch UBND tỉnh lưu ý cần phân công …"
    facts = _run((PROBE / "dp06.txt").read_text(encoding="utf-8"), "2025-09-20")
    assert "Bưu điện tỉnh" in [f.body for f in facts if f.text.startswith("Đối với Bưu điện tỉnh")]
    facts = _run((PROBE / "dq06.txt").read_text(encoding="utf-8"), "2025-11-14")
    assert [f.body for f in facts if f.text.startswith("Đối với các xã, phường")] == ["các xã, phường"]
    text = (
        "Đối với Sở Nông nghiệp và Môi trường, đồng chí yêu cầu chủ trì, phối hợp với các địa phương "
        "hướng dẫn cơ cấu giống.\n"
        "Đối với các doanh nghiệp, chủ trang trại, đồng chí đề nghị chủ động đầu tư công nghệ.\n"
    )
    assert _bodies(_run(text)) == ["Sở Nông nghiệp và Môi trường", "các doanh nghiệp, chủ trang trại"]
    # a past request, a body as the verb's object, and a topic over items with bodies of their own
    assert _run("Đối với Sở Y tế, UBND tỉnh đã yêu cầu tăng cường kiểm tra.\n") == []
    text = "Đối với các xã Mường Nhé, Sín Thầu, đồng chí đề nghị UBND các xã chủ động rà soát.\n"
    assert _bodies(_run(text)) == ["UBND các xã"]
    text = (
        "Đối với các đơn vị sự nghiệp trực thuộc, Sở Y tế yêu cầu:\n"
        "- Các Trung tâm Y tế khu vực tiếp tục cử bác sĩ luân phiên hỗ trợ các Trạm Y tế.\n"
    )
    assert "các đơn vị sự nghiệp trực thuộc" not in _bodies(_run(text))


def test_a_request_opening_its_line_is_not_blocked_by_the_word_ending_the_line_above():
    # probe dq04: "Điều 10. Đề nghị phối hợp đối với các cơ quan trung ương đóng trên địa bàn"
    # / "Đề nghị Thuế tỉnh Tây Ninh và cơ quan hải quan …" ("bàn" of "bàn giao" ends the line
    # above); probe ao01: "**6. Về công tác chuẩn bị / đầu tư giai đoạn tiếp theo**" / "Giao
    # Bộ Xây dựng chủ trì …" ("theo" of "theo đề nghị")
    facts = _run((PROBE / "dq04.txt").read_text(encoding="utf-8"), "2025-11-10")
    assert [f.body for f in facts if f.text.startswith("Đề nghị Thuế tỉnh")] == [
        "Thuế tỉnh Tây Ninh và cơ quan hải quan trên địa bàn tỉnh"
    ]
    text = "QUYẾT ĐỊNH:\n**6. Về công tác chuẩn bị đầu tư giai đoạn tiếp theo**\nGiao Bộ Xây dựng chủ trì thẩm định.\n"
    assert _bodies(_run(text)) == ["Bộ Xây dựng"]
    # on one line the word before still makes a noun of it
    text = "QUYẾT ĐỊNH:\n1. Sở Tài chính thực hiện việc bàn giao cho Sở Xây dựng hồ sơ dự án.\n"
    assert "Sở Xây dựng" not in _bodies(_run(text))


def test_a_body_named_by_what_it_manages_ends_where_its_duty_starts():
    # probe do01: "Đối với các cầu …, Thủ trưởng đơn vị quản lý phải chủ động tổ chức …" was read
    # as "Thủ trưởng đơn vị quản lý phải chủ động" (the power's words ran to the step "tổ chức")
    facts = _run((PROBE / "do01.txt").read_text(encoding="utf-8"), "2025-10-20")
    assert [f.body for f in facts if "Thủ trưởng đơn vị quản lý" in f.text] == ["Thủ trưởng đơn vị quản lý"]
    text = "QUYẾT ĐỊNH:\n1. Cơ quan quản lý có trách nhiệm kiểm tra việc thực hiện.\n"
    assert _bodies(_run(text)) == ["Cơ quan quản lý"]


def test_a_trade_with_its_object_names_a_generic_body():
    # probe db06, bv05: "các doanh nghiệp" + "kinh doanh dịch vụ nghĩa trang, dịch vụ hỏa táng"
    # + "niêm yết …", "các tổ chức" + "quản lý nền tảng thương mại điện tử" + "thực hiện …"
    text = (
        "QUYẾT ĐỊNH:\n1. Yêu cầu các doanh nghiệp kinh doanh dịch vụ nghĩa trang, dịch vụ hỏa táng "
        "niêm yết công khai giá dịch vụ.\n"
        "2. Đề nghị các tổ chức quản lý nền tảng thương mại điện tử thực hiện khấu trừ thuế đối "
        "với từng giao dịch.\n"
    )
    assert _bodies(_run(text)) == [
        "các doanh nghiệp kinh doanh dịch vụ nghĩa trang, dịch vụ hỏa táng",
        "các tổ chức quản lý nền tảng thương mại điện tử",
    ]
    # (before "phải" too: a trade is no verb of the task)
    text = "QUYẾT ĐỊNH:\n1. Các tổ chức, cá nhân cung ứng dịch vụ thu gom rác phải thực hiện đúng hợp đồng.\n"
    assert _bodies(_run(text)) == ["Các tổ chức, cá nhân cung ứng dịch vụ thu gom rác"]
    # a verb listed before the next one is no trade: train 201 "Ủy viên Thường trực Ban Chỉ đạo
    # điều hành, tổ chức các đoàn kiểm tra …"
    text = (
        "QUYẾT ĐỊNH:\n1. Ủy viên Thường trực Ban Chỉ đạo điều hành, tổ chức các đoàn kiểm tra thường xuyên.\n"
    )
    assert _bodies(_run(text)) == ["Ủy viên Thường trực Ban Chỉ đạo"]


def test_a_class_of_levels_is_described_as_a_plural_is():
    # probe dr03, cj07: "Ủy ban nhân dân cấp xã nơi có di tích có trách nhiệm …" was no subject
    text = "QUYẾT ĐỊNH:\n1. Ủy ban nhân dân cấp xã nơi có di tích có trách nhiệm kiểm tra hiện trường.\n"
    assert _bodies(_run(text)) == ["Ủy ban nhân dân cấp xã nơi có di tích"]


def test_a_bare_generic_body_reports_difficulties_after_an_opening_phrase():
    # probe dr03, an03: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, cơ quan, tổ chức,
    # cá nhân phản ánh kịp thời về …" (no "các": the step verb tells the subject)
    text = (
        "QUYẾT ĐỊNH:\n2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, cơ quan, tổ chức, cá "
        "nhân phản ánh kịp thời về Bộ Tư pháp để xem xét, giải quyết.\n"
    )
    assert "cơ quan, tổ chức, cá nhân" in _bodies(_run(text))
    # an aspect word opens the step, no word narrowing the noun (probe ds03: "doanh nghiệp tạm")
    text = (
        "QUYẾT ĐỊNH:\n2. Sau 15 ngày mà chủ thuê bao không thực hiện, doanh nghiệp tạm dừng chiều gọi đi.\n"
    )
    assert "doanh nghiệp tạm" not in _bodies(_run(text))


def test_a_place_whose_first_syllable_is_a_stop_word_is_read_whole():
    # probe u15: "Đề nghị Chi cục Thuế khu vực Từ Sơn - Yên Phong cung cấp …" was cut at "khu vực"
    # ("Từ" opens clauses, never right after a level word on the same line)
    facts = _run((PROBE / "u15_cv-kinhgui.txt").read_text(encoding="utf-8"), "2025-01-20")
    assert "Chi cục Thuế khu vực Từ Sơn - Yên Phong" in _bodies(facts)
    assert "Chi cục Thuế khu vực" not in _bodies(facts)
    # after a line break the stop word may open the next clause
    text = "QUYẾT ĐỊNH:\n1. Giao Ủy ban nhân dân tỉnh\nTừ Sơn đến Yên Phong tổ chức kiểm tra.\n"
    assert "Ủy ban nhân dân tỉnh Từ Sơn" not in _bodies(_run(text))


def test_a_board_member_is_named_by_his_post_and_rank():
    # probe dt06, du06: "Đồng chí Phó Giám đốc Sở Công Thương - Phó Trưởng ban thường trực:
    # Giúp Trưởng ban …" (the rank after a dash is the label's, not a second name)
    facts = _run((PROBE / "dt06.txt").read_text(encoding="utf-8"), "2025-11-10")
    bodies = _bodies(facts)
    assert "Đồng chí Phó Giám đốc Sở Công Thương - Phó Trưởng ban thường trực" in bodies
    assert "Đồng chí Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh - Phó Trưởng ban" in bodies
    assert (
        "Đồng chí Phó Chi cục trưởng Chi cục Hải quan khu vực phụ trách địa bàn tỉnh - thành viên" in bodies
    )
    assert "Tổ giúp việc BCĐ 389 tỉnh" in bodies
    facts = _run((PROBE / "du06.txt").read_text(encoding="utf-8"), "2025-10-01")
    assert "Đồng chí Phó Giám đốc Công ty Điện lực Thái Nguyên - Phó Trưởng ban" in _bodies(facts)


def test_an_official_named_with_his_post_after_a_dash():
    # probe dt03, du03: "… đồng chí Nguyễn Thị Lan - Phó Chủ tịch Ủy ban nhân dân xã chỉ đạo …"
    text = (
        "QUYẾT ĐỊNH:\n1. Đồng chí Nguyễn Thị Lan - Phó Chủ tịch Ủy ban nhân dân xã chỉ đạo các bộ phận "
        "tu sửa nghĩa trang.\n"
    )
    assert _bodies(_run(text)) == ["Đồng chí Nguyễn Thị Lan - Phó Chủ tịch Ủy ban nhân dân xã"]
    # a commune's civil servant is named by his field, in lower case too
    facts = _run((PROBE / "dt03.txt").read_text(encoding="utf-8"), "2025-07-10")
    assert "công chức Tư pháp - Hộ tịch" in _bodies(facts)
    # people in general are no body: the condition's "thì" still gives the subject (train 240)
    text = (
        "QUYẾT ĐỊNH:\n1. Đối với cán bộ, công chức, viên chức chuyển công tác thì cơ quan, tổ chức, "
        "đơn vị mới có trách nhiệm đánh giá, xếp loại chất lượng.\n"
    )
    assert _bodies(_run(text)) == ["cơ quan, tổ chức, đơn vị mới"]


def test_a_body_under_its_own_heading_is_tasked_after_an_introducer():
    # train 243: "Điều 21. Trách nhiệm của Sở Tài chính" / "1. Trên cơ sở đề xuất của các đơn vị
    # …, Sở Tài chính thực hiện tổng hợp …" (the item's plain verb after an opening phrase)
    text = (
        "QUYẾT ĐỊNH:\nĐiều 21. Trách nhiệm của Sở Tài chính\n\n1. Trên cơ sở đề xuất của các đơn vị, "
        "Sở Tài chính thực hiện tổng hợp và báo cáo cấp có thẩm quyền.\n\n2. Bố trí đầy đủ kinh phí.\n"
    )
    assert [f.text.startswith("Trên cơ sở") for f in _run(text)] == [False, True]
    # not after a verb and its object (probe w02: "Chỉ đạo EVNNPT, Ban Quản lý dự án … huy động …")
    text = (
        "QUYẾT ĐỊNH:\n1. Tập đoàn Điện lực Việt Nam:\n- Chỉ đạo EVNNPT, Ban Quản lý dự án các công trình "
        "điện miền Bắc huy động tối đa nhân lực.\n"
    )
    assert "Ban Quản lý dự án các công trình điện miền Bắc" not in _bodies(_run(text))


def test_a_wrapped_name_before_its_quota_is_no_task():
    # train 325: "- Tổ giúp việc Ban Chỉ đạo bầu" / "cử của tỉnh: Không quá 05 cá nhân;" ("cử"
    # may open a verb, the colon and the quota tell a list of numbers)
    text = "KẾ HOẠCH\nQUYẾT ĐỊNH:\n- Tổ giúp việc Ban Chỉ đạo bầu\ncử của tỉnh: Không quá 05 cá nhân;\n"
    assert _run(text) == []
    # "ban hành" is a verb, no generic "ban" (probe cl02: under "5. Uỷ ban nhân dân các xã,
    # phường", "Căn cứ Kế hoạch này …, xây dựng, ban hành kế hoạch …")
    facts = _run((PROBE / "cl02.txt").read_text(encoding="utf-8"), "2025-10-15")
    assert "ban hành kế hoạch" not in _bodies(facts)
    assert "Uỷ ban nhân dân các xã, phường" in _bodies(facts)


def test_the_member_bodies_of_a_board_are_one_body():
    # probe dt06, cc06, di07: "Các cơ quan thành viên BCĐ 389 tỉnh phải phối hợp …", "các sở,
    # ngành là thành viên Ban Chỉ đạo …" (the members of the board, not a list of two bodies)
    text = (
        "QUYẾT ĐỊNH:\n1. Các cơ quan thành viên BCĐ 389 tỉnh phải phối hợp chặt chẽ.\n"
        "2. Đề nghị các sở, ngành là thành viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh "
        "hướng dẫn các xã.\n"
    )
    assert _bodies(_run(text)) == [
        "Các cơ quan thành viên BCĐ 389 tỉnh",
        "các sở, ngành là thành viên Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh",
    ]
    # the board's name: "Chương trình" is a noun ("trình" no verb of its own there)
    text = "QUYẾT ĐỊNH:\n1. Giao Ban Chỉ đạo Chương trình mục tiêu quốc gia tỉnh hướng dẫn các xã.\n"
    assert _bodies(_run(text)) == ["Ban Chỉ đạo Chương trình mục tiêu quốc gia tỉnh"]


def test_a_noun_whose_first_syllable_opens_a_verb_goes_on_with_a_charge():
    # probe du02: "Các cơ quan, đơn vị được giao quản lý an toàn thực phẩm theo phân cấp tăng cường
    # hậu kiểm …" was cut at "thực" (of "thực hiện")
    text = (
        "QUYẾT ĐỊNH:\n1. Các cơ quan, đơn vị được giao quản lý an toàn thực phẩm theo phân cấp tăng "
        "cường hậu kiểm các cơ sở nấu ăn lưu động.\n"
    )
    assert _bodies(_run(text)) == ["Các cơ quan, đơn vị được giao quản lý an toàn thực phẩm theo phân cấp"]
