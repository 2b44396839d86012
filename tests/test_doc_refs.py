"""Tests for the document-reference finder (extractors.doc_refs)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED
from vanban.extractors.context import EMPTY_CONTEXT, DocumentContext
from vanban.extractors.dates import find_dates
from vanban.extractors.doc_refs import VERSION, doc_type_for_number, find_doc_refs, normalize_number
from vanban.extractors.facts import DateFact, DocRefFact

DEV = SHARED / "eval" / "dev"
REAL = SHARED / "corpus" / "real"

# --------------------------------------------------------------------------
# Dates for the context.  The finder reads attached dates from
# context.dates; the dates extractor supplies them in production.  This tiny
# test-only builder covers "ngày d/m/yyyy" and "ngày d tháng m năm yyyy" so the
# finder can be tested on its own.
_SIMPLE_DATE = regex.compile(
    r"(?i:ngày)[\s*]+(\d{1,2})(?:[\s*]+(?i:tháng)[\s*]+(\d{1,2})[\s*]+(?i:năm)[\s*]+(\d{4})"
    r"|[ ]?[/.-][ ]?(\d{1,2})[ ]?[/.-][ ]?(\d{4}))"
)


def simple_dates(text: str) -> list[DateFact]:
    facts = []
    for m in _SIMPLE_DATE.finditer(text):
        day, month, year = int(m[1]), int(m[2] or m[4]), int(m[3] or m[5])
        # Worded dates include "ngày" in their span, numeric ones do not (gold convention).
        start = m.start() if m[2] else m.start(1)
        facts.append(
            DateFact(
                text=text[start : m.end()],
                start=start,
                end=m.end(),
                value=f"{year:04d}-{month:02d}-{day:02d}",
            )
        )
    return facts


def ctx(text: str) -> DocumentContext:
    return DocumentContext(dates=simple_dates(text))


def refs(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.text, f.number, f.doc_type, f.date) for f in find_doc_refs(text, ctx(text))]


def test_version_is_a_string():
    assert isinstance(VERSION, str) and VERSION


# --------------------------------------------------------------------------
# normalize_number / doc_type_for_number


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("48 /TB-UBND", "48/TB-UBND"),
        ("48 / TB-UBND", "48/TB-UBND"),
        ("68/TTr- SDTTG", "68/TTr-SDTTG"),
        ("01/2020/TT- BTP", "01/2020/TT-BTP"),
        ("174/UBND-DS KHHGD", "174/UBND-DS KHHGD"),
        ("58/2025/NÐ-CP", "58/2025/NĐ-CP"),
        ("21/2020/TT-\nBTTTT", "21/2020/TT-BTTTT"),
        ("12/QD-UBND", "12/QD-UBND"),  # spelling kept, as the gold writes it
        ("18-NQ/TW", "18-NQ/TW"),
        ("  30/2020/NĐ-CP ", "30/2020/NĐ-CP"),
    ],
)
def test_normalize_number(raw, expected):
    assert normalize_number(raw) == expected


@pytest.mark.parametrize(
    "number, expected",
    [
        ("48/TB-UBND", "Thông báo"),
        ("48 /TB-UBND", "Thông báo"),
        ("2284/QĐ-UBND", "Quyết định"),
        ("12/QD-UBND", "Quyết định"),
        ("1899/QĐ-TTG", "Quyết định"),
        ("30/2020/NĐ-CP", "Nghị định"),
        ("58/2025/ND-CP", "Nghị định"),
        ("58/2025/NÐ-CP", "Nghị định"),
        ("09/2023/TT-BTC", "Thông tư"),
        ("68/TTr- SDTTG", "Tờ trình"),
        ("1580/HD-HĐTĐKT", "Hướng dẫn"),
        ("15/HĐ-UBND", "Hợp đồng"),
        ("220/CĐ-TTg", "Công điện"),
        ("18-NQ/TW", "Nghị quyết"),
        ("127-QĐ/VPTW", "Quyết định"),
        ("15-KL/ĐU", "Kết luận"),
        ("66.4/2025/NQ-CP", "Nghị quyết"),
        ("174/UBND-DS KHHGD", None),
        ("05/BNV-VP", None),
        ("80/2015/QH13", None),
        ("", None),
        ("xyz", None),
    ],
)
def test_doc_type_for_number(number, expected):
    assert doc_type_for_number(number) == expected


def test_doc_type_for_number_type_word_wins():
    assert doc_type_for_number("174/UBND-DS KHHGD", type_word="công văn") == "Công văn"
    assert doc_type_for_number("05/BNV-VP", type_word="CÔNG VĂN") == "Công văn"
    assert doc_type_for_number("48/TB-UBND", type_word="not a type") == "Thông báo"


# --------------------------------------------------------------------------
# Forms from ANNOTATION.md and DOMAIN.md


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "thực hiện Chỉ thị số 11/CT-UBND ngày 31/8/2012 của Chủ tịch UBND tỉnh",
            [("Chỉ thị số 11/CT-UBND ngày 31/8/2012", "11/CT-UBND", "Chỉ thị", "2012-08-31")],
        ),
        (
            "Chỉ thị số 11/CT-UBND ngày\n31/8/2012 của Chủ tịch",
            [("Chỉ thị số 11/CT-UBND ngày\n31/8/2012", "11/CT-UBND", "Chỉ thị", "2012-08-31")],
        ),
        (
            "theo tinh thần công văn số 174/UBND-DS KHHGD ngày 13 tháng 02 năm 2014 của UBND huyện.",
            [
                (
                    "công văn số 174/UBND-DS KHHGD ngày 13 tháng 02 năm 2014",
                    "174/UBND-DS KHHGD",
                    "Công văn",
                    "2014-02-13",
                )
            ],
        ),
        (
            "tại Tờ trình số 68/TTr- SDTTG ngày 25 tháng 11 năm 2025.",
            [
                (
                    "Tờ trình số 68/TTr- SDTTG ngày 25 tháng 11 năm 2025",
                    "68/TTr-SDTTG",
                    "Tờ trình",
                    "2025-11-25",
                )
            ],
        ),
        (
            "Căn cứ Nghị định số 272/2025/NĐ-CP ngày 16 tháng\n10 năm 2025 của Chính phủ",
            [
                (
                    "Nghị định số 272/2025/NĐ-CP ngày 16 tháng\n10 năm 2025",
                    "272/2025/NĐ-CP",
                    "Nghị định",
                    "2025-10-16",
                )
            ],
        ),
        (
            "theo tinh thần Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành",
            [("Nghị quyết số 18-NQ/TW, ngày 25/10/2017", "18-NQ/TW", "Nghị quyết", "2017-10-25")],
        ),
        (
            "thực hiện Quy định số 127-QĐ/VPTW của Văn phòng Trung ương",
            [("Quy định số 127-QĐ/VPTW", "127-QĐ/VPTW", "Quy định", None)],
        ),
        (
            "V/v tháo gỡ khó khăn trong việc triển khai Nghị định\n136/2025/NĐ-CP*",
            [("Nghị định\n136/2025/NĐ-CP", "136/2025/NĐ-CP", "Nghị định", None)],
        ),
        (
            "nhận văn bản đề ngày 29 tháng 10 năm 2025 số\n16/CV-HHTACN của Hội",
            [
                (
                    "văn bản đề ngày 29 tháng 10 năm 2025 số\n16/CV-HHTACN",
                    "16/CV-HHTACN",
                    "Văn bản",
                    "2025-10-29",
                )
            ],
        ),
        (
            "Ủy ban Kiểm tra Trung ương ban hành Hướng dẫn số 15 sửa đổi một số điều",
            [("Hướng dẫn số 15", "15", "Hướng dẫn", None)],
        ),
        (
            "Căn cứ Luật Địa chất và khoáng sản số 54/2024/QH15 ngày 29/11/2024;",
            [
                (
                    "Luật Địa chất và khoáng sản số 54/2024/QH15 ngày 29/11/2024",
                    "54/2024/QH15",
                    "Luật",
                    "2024-11-29",
                )
            ],
        ),
        (
            "*Căn cứ Luật Tổ chức\nchính quyền địa phương số 72/2025/QH15;*",
            [("Luật Tổ chức\nchính quyền địa phương số 72/2025/QH15", "72/2025/QH15", "Luật", None)],
        ),
        (
            "được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;",
            [("Luật số 87/2025/QH15", "87/2025/QH15", "Luật", None)],
        ),
        (
            "SỬA ĐỔI QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG",
            [("QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025", "1899/QĐ-TTG", "Quyết định", "2025-09-04")],
        ),
        (
            "theo Nghị quyết 347/NQ-CP năm 2025 của Chính phủ",
            [("Nghị quyết 347/NQ-CP", "347/NQ-CP", "Nghị quyết", None)],
        ),
        (
            "Đơn đề nghị số LOR2025/01 ngày 10/10/2025 của Công ty",
            [("Đơn đề nghị số LOR2025/01 ngày 10/10/2025", "LOR2025/01", "Đơn đề nghị", "2025-10-10")],
        ),
        (
            "Căn cứ Nghị định số* *23/2015/NĐ-CP ngày* *16/6/2025;",
            [("Nghị định số* *23/2015/NĐ-CP ngày* *16/6/2025", "23/2015/NĐ-CP", "Nghị định", "2025-06-16")],
        ),
        (
            "Nghị định số 58/2025/NÐ-CP ngày 3/3/2025 của Chính phủ",
            [("Nghị định số 58/2025/NÐ-CP ngày 3/3/2025", "58/2025/NĐ-CP", "Nghị định", "2025-03-03")],
        ),
        (
            "Căn cứ Thông tư số 21/2020/TT-\nBTTTT ngày 07/9/2020",
            [("Thông tư số 21/2020/TT-\nBTTTT ngày 07/9/2020", "21/2020/TT-BTTTT", "Thông tư", "2020-09-07")],
        ),
        (
            "tại Thông báo kết luận số 624/TB-VPCP ngày 16/11/2025",
            [("Thông báo kết luận số 624/TB-VPCP ngày 16/11/2025", "624/TB-VPCP", "Thông báo", "2025-11-16")],
        ),
        (
            "theo Văn bản hợp nhất số 10/VBHN-BGDĐT",
            [("Văn bản hợp nhất số 10/VBHN-BGDĐT", "10/VBHN-BGDĐT", "Văn bản hợp nhất", None)],
        ),
    ],
)
def test_forms(text, expected):
    assert refs(text) == expected


def test_shared_type_word_each_number_its_own_item():
    text = (
        "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010; "
        "số 48/2013/NĐ-CP ngày 14/5/2013 về sửa đổi"
    )
    assert refs(text) == [
        ("63/2010/NĐ-CP ngày 08/6/2010", "63/2010/NĐ-CP", "Nghị định", "2010-06-08"),
        ("48/2013/NĐ-CP ngày 14/5/2013", "48/2013/NĐ-CP", "Nghị định", "2013-05-14"),
    ]


def test_list_after_typed_number_shares_its_type():
    text = "đáp ứng yêu cầu tại văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT; hoàn thành"
    assert refs(text) == [
        ("văn bản số 1552/BTTTT-TTH", "1552/BTTTT-TTH", "Văn bản", None),
        ("708/BTTTT-CATTT", "708/BTTTT-CATTT", "Văn bản", None),
    ]


def test_number_without_type_word():
    assert refs("| 137/GP-UBND ngày 13/07/2017 |") == [
        ("137/GP-UBND ngày 13/07/2017", "137/GP-UBND", None, "2017-07-13")
    ]


def test_caption_with_blank_date_has_no_date():
    text = "(Kèm theo Quyết định số 123/QĐ-UBND ngày tháng năm 2025 của UBND tỉnh)"
    assert refs(text) == [("Quyết định số 123/QĐ-UBND", "123/QĐ-UBND", "Quyết định", None)]


def test_date_comes_from_context_only():
    text = "Chỉ thị số 11/CT-UBND ngày 31/8/2012"
    (fact,) = find_doc_refs(text, EMPTY_CONTEXT)
    assert (fact.text, fact.date) == ("Chỉ thị số 11/CT-UBND", None)
    # A date fact that does not follow "ngày" right after the number is not attached.
    late = DateFact(text="31/8/2012", start=text.index("31"), end=len(text), value="2012-08-31")
    (fact,) = find_doc_refs(text + " x", DocumentContext(dates=[late]))
    assert fact.date == "2012-08-31"
    year_only = "Nghị quyết 347/NQ-CP năm 2025"
    year = DateFact(text="năm 2025", start=year_only.index("năm"), end=len(year_only), value="2025")
    (fact,) = find_doc_refs(year_only, DocumentContext(dates=[year]))
    assert (fact.text, fact.date) == ("Nghị quyết 347/NQ-CP", None)


@pytest.mark.parametrize(
    "text, issuer",
    [
        (
            "Chỉ thị số 11/CT-UBND ngày 31/8/2012 của Chủ tịch UBND tỉnh Bắc Giang; kết quả",
            "Chủ tịch UBND tỉnh Bắc Giang",
        ),
        (
            "Chỉ thị số 11/CT-UBND ngày 31/8/2012 của Chủ tịch UBND tỉnh Bắc Giang về việc",
            "Chủ tịch UBND tỉnh Bắc Giang",
        ),
        (
            "Thông tư số 09/2023/TT-BTC của Bộ trưởng Bộ Tài chính hướng\ndẫn thi hành",
            "Bộ trưởng Bộ Tài chính",
        ),
        (
            "Quyết định số 642/QĐ-BNNMT ngày 03/4/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường về",
            "Bộ trưởng Bộ Nông nghiệp và Môi trường",
        ),
        (
            "Nghị quyết số 22/2024/NQ-HĐND ngày 04/10/2024 của Hội đồng nhân dân thành phố Hà Nội quy định",
            "Hội đồng nhân dân thành phố Hà Nội",
        ),
        (
            "Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ và Nghị định số 67/2025/NĐ-CP",
            "Chính phủ",
        ),
        ("Nghị định số 136/2025/NĐ-CP ngày 12/6/2025 của\nChính phủ Quy định phân quyền", "Chính phủ"),
        ("QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC", "THỦ TƯỚNG CHÍNH PHỦ"),
        ("Công văn số 3280/UBND-VX về việc", None),
    ],
)
def test_issuer_does_not_extend_the_span(text, issuer):
    fact = find_doc_refs(text, ctx(text))[0]
    assert fact.issuer == issuer
    assert "của" not in fact.text.lower()


# --------------------------------------------------------------------------
# Traps


@pytest.mark.parametrize(
    "text",
    [
        "Số: 48 /TB-UBND\n\nViệt Yên, ngày 28 tháng 9 năm 2017",
        "|\n|\nSố: 4240/UBND-VX\n*V/v khẩn trương",
        "|\nSố:\n97/2025/QĐ-UBND\n|",
        "|\nSố 432-TB/VPTW\n|\n*Hà Nội, ngày",
        "**Số hiệu:**\n|\n451/QĐ-UBND\n|",
        "vật liệu hàn theo tiêu chuẩn J-STD-004 và IPC-A-610",
        "bạc chưa gia công mã HS 7106.92.00 nhập khẩu",
        "thủ tục hành chính mã 1.014466 và 2.001234",
        "ngày 31/8/2012, ngày 31-8-2012, tháng 9/2017, quý 4/2017",
        "tỷ số giới tính khi sinh 117 trẻ nam/100 trẻ nữ, mức 112,3/100, đạt 5/9 tiêu chí",
        "Quy chuẩn QCVN 01:2021/BYT về nước sạch",
        "trong tổng số 36 dự án mới; số lượng 15 người; Điều 5 khoản 2",
        "Luật Tổ chức chính quyền địa phương ngày 16/6/2025",
        "từ 3-4 người, Covid-19, quốc lộ 1A, 20/11",
        "đơn vị số 1 và báo cáo số liệu",
        # a bare number after a type word is a citation only once cited in full
        "triển khai Kế hoạch 2025 và Nghị quyết 347 của tỉnh",
        # a blank number needs a type word before it
        "tổng số /KH-UBND",
        # "so" (compare) after a type word is read as "số" only before a full number
        "vượt Kế hoạch so với cùng kỳ 12 tháng",
    ],
)
def test_traps_are_not_references(text):
    assert find_doc_refs(text, ctx(text)) == []


def test_header_line_excluded_but_body_citation_of_same_number_kept():
    text = (
        "|\nSố: 2284/QĐ-UBND\n|\n*Lâm Đồng, ngày 25 tháng 11 năm 2025*\n"
        "* (Ban hành kèm theo Quyết định số 2284/QĐ-UBND ngày 25/11/2025 của UBND tỉnh)*"
    )
    assert refs(text) == [
        ("Quyết định số 2284/QĐ-UBND ngày 25/11/2025", "2284/QĐ-UBND", "Quyết định", "2025-11-25")
    ]


def test_upper_case_word_after_number_is_not_part_of_symbol():
    (ref,) = refs("NGHỊ QUYẾT SỐ 66/NQ-CP NGÀY 26/3/2025")
    assert ref[1] == "66/NQ-CP"


# --------------------------------------------------------------------------
# Robustness

_ALPHABET = st.sampled_from(
    list("0123456789/-–.,:;* \n\t|()")
    + list("aAbBcCđĐÐdDgGhHkKnNqQtTuUvV")
    + [
        "số ",
        "Số: ",
        "SỐ ",
        "ngày ",
        "NGÀY ",
        "tháng ",
        "năm ",
        "của ",
        "Nghị định ",
        "Quyết định ",
        "công văn ",
        "Luật ",
        "Luật Đất đai ",
        "các ",
        "và ",
        "QĐ-UBND",
        "/2025/",
        "NĐ-CP",
        "TTr- ",
        "-NQ/TW",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_raises_and_offsets_slice_exactly(text):
    facts = find_doc_refs(text, ctx(text))
    assert facts == sorted(facts, key=lambda f: (f.start, f.end))
    for fact in facts:
        assert isinstance(fact, DocRefFact)
        assert text[fact.start : fact.end] == fact.text
        # (a number holds a digit, or, a form's blank, "số /QĐ-UBND", the code of a type)
        assert fact.number and (
            any(ch.isdigit() for ch in fact.number) or doc_type_for_number("1" + fact.number)
        )


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=200),
    st.lists(st.tuples(st.integers(-5, 250), st.integers(-5, 250), st.text(max_size=12)), max_size=5),
)
def test_never_raises_on_any_text_and_odd_dates(text, raw_dates):
    dates = [DateFact(text="", start=a, end=b, value=v) for a, b, v in raw_dates]
    for fact in find_doc_refs(text, DocumentContext(dates=dates)):
        assert text[fact.start : fact.end] == fact.text


@given(st.text(max_size=80))
def test_helpers_never_raise(raw):
    assert isinstance(normalize_number(raw), str)
    doc_type_for_number(raw)
    doc_type_for_number(raw, type_word=raw)


def test_non_str_input():
    assert find_doc_refs("") == []
    assert find_doc_refs(None) == []  # type: ignore[arg-type]


def test_long_input_finds_every_reference():
    # Speed is measured in `make bench`, not here: this checks the long input is handled whole.
    chunk = (
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; "
        "tỷ lệ 95,5% và 117/100, mã 1.014466, ngày 31/8/2012. "
        * 2
        + "Văn bản thường không có số hiệu, chỉ có chữ và dấu câu trong đoạn dài. " * 20
    )
    text = chunk * 200  # about 0.5 MB
    facts = find_doc_refs(text, ctx(text))
    assert len(facts) == 400
    assert {f.number for f in facts} == {"63/2010/NĐ-CP"}


# --------------------------------------------------------------------------
# Real documents (skipped when ../shared is absent)


def _dev_dates(text: str, issue_date):
    return find_dates(text, DocumentContext(issue_date=issue_date))


def _dev_report(date_source):
    from vanban.pipeline.evaluate import evaluate, load_gold

    if not (DEV / "gold").is_dir():
        pytest.skip("dev set not available")
    issue = {g.doc: g.header.get("issue_date") for g in load_gold(DEV / "gold")}

    def extract(path: Path) -> dict:
        text = path.read_text("utf-8")
        context = DocumentContext(
            issue_date=issue.get(path.name), dates=date_source(text, issue.get(path.name))
        )
        return {"text": text, "facts": [f.to_dict() for f in find_doc_refs(text, context)]}

    return evaluate(DEV / "gold", DEV / "docs", extract, kinds=("doc_ref",)).kinds["doc_ref"]


def test_dev_set_with_simple_dates():
    score = _dev_report(lambda text, issue: simple_dates(text))
    assert score.f1 >= 0.98, (score.precision, score.recall)
    assert score.span_recall >= 0.98
    assert score.attribute_accuracy("type") >= 0.95
    assert score.attribute_accuracy("date") >= 0.95


def test_dev_set_with_dates_extractor():
    score = _dev_report(_dev_dates)
    assert score.f1 >= 0.95, (score.precision, score.recall)
    assert score.span_recall >= 0.95


def test_real_corpus_no_header_numbers_and_known_citations():
    if not REAL.is_dir():
        pytest.skip("real corpus not available")
    found: dict[str, list[DocRefFact]] = {}
    for path in sorted(REAL.glob("*.txt")):
        text = path.read_text("utf-8")
        facts = find_doc_refs(text, ctx(text))
        found[path.name] = facts
        for fact in facts:
            assert text[fact.start : fact.end] == fact.text
            assert not regex.search(r"(?:^|\n)[ \t|*]*Số[ \t]*:", fact.text)
            # A citation is a short span: type word (+ law name), number, date.
            assert len(fact.text) < 200, fact.text
    by_doc = {name: {(f.number, f.doc_type) for f in facts} for name, facts in found.items()}
    header_numbers = {
        "013_qd-2637-ubnd-vinh-long.txt": "2637/QĐ-UBND",
        "061_tb-432-vptw.txt": "432-TB/VPTW",
        "020_qd-97-ubnd-quang-ninh.txt": "97/2025/QĐ-UBND",
    }
    for name, number in header_numbers.items():
        if name in by_doc:
            starts = [f.start for f in found[name] if f.number == number]
            text = (REAL / name).read_text("utf-8")
            header_at = text.index(number)
            assert header_at not in starts
    expected = {
        "008_nq-78-hdnd-hanoi.txt": ("39/2024/QH15", "Luật"),
        "003_cv-4001-ubnd-dt-hcm.txt": ("15-KL/ĐU", "Kết luận"),
        "060_tb-624-vpcp.txt": ("57-NQ/TW", "Nghị quyết"),
        "055_bd-nghi-dinh-58-2025-nd-cp.txt": ("58/2025/NĐ-CP", "Nghị định"),
    }
    for name, pair in expected.items():
        if name in by_doc:
            assert pair in by_doc[name]


# --- the fast path reads exactly what the plain pattern reads ---------------------

from tests.conftest import match_groups  # noqa: E402
from vanban.extractors import doc_refs  # noqa: E402

_ANCHOR_ALPHABET = st.sampled_from(
    list("0123456789/-–. :,\n")
    + [
        "11/CT-UBND",
        "48 /TB-UBND",
        "18-NQ/TW",
        "30/2020/NĐ-CP",
        "số ",
        "Số: ",
        "SỐ ",
        "Nghị định ",
        "LOR2025/01",
        "12:30",
        "1,5/",
        "x12/AB",
        "12a/",
        "QĐ",
        "ND-CP",
    ]
)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.lists(_ANCHOR_ALPHABET, max_size=40).map("".join))
def test_property_anchored_scan_equals_full_scan(text):
    assert match_groups(doc_refs._anchors(text)) == match_groups(doc_refs._ANCHOR_RE.finditer(text))


@pytest.mark.parametrize(
    "text, number",
    [
        # a broken hyphen-space inside the symbol (ANNOTATION.md), state and Party forms
        ("theo Thông tư số 31/2015/TT- BYT ngày 14 tháng 10 năm 2015 của Bộ Y tế", "31/2015/TT-BYT"),
        ("Nghị quyết số 57- NQ/TW của Bộ Chính trị", "57-NQ/TW"),
        ("Văn bản số 9151- CV/BTCTW ngày 29/7/2025", "9151-CV/BTCTW"),
        # Cyrillic capitals typed for Latin ones (370_cd-230-ttg)
        ("văn bản số 16495/BТС-PTHT ngày 22/10/2025", "16495/BTC-PTHT"),
        # a dot inside the symbol (issue 12 §5)
        ("theo công văn số 545/CCTKV.VIII-CNTK ngày 02/6/2025 của Chi cục", "545/CCTKV.VIII-CNTK"),
        ("Quyết định số 12/QĐ-UBND. Sau đó", "12/QĐ-UBND"),
        # a space after an ampersand, and a space between the first groups (issue 12)
        ("theo Công văn số 1234/SNN-QLCL& PTNT ngày 3/3/2025 của Sở", "1234/SNN-QLCL& PTNT"),
        ("theo văn bản số 45/STP HCTP ngày 3/3/2025", "45/STP HCTP"),
        # ... but not a word after the symbol (a syllable, or a short group)
        ("văn bản số 12/UBND THEO chỉ đạo", "12/UBND"),
        ("văn bản số 12/UBND VỀ VIỆC", "12/UBND"),
    ],
)
def test_broken_symbols_are_read_whole(text, number):
    assert [f.number for f in find_doc_refs(text, ctx(text))] == [number]


def test_a_date_glued_to_ngay_is_attached():
    text = "Thông tư số 111/2013/TT-BTC ngày15/8/2013 của Bộ Tài chính"
    context = DocumentContext(dates=tuple(find_dates(text, DocumentContext())))
    [ref] = find_doc_refs(text, context)
    assert (ref.number, ref.date) == ("111/2013/TT-BTC", "2013-08-15")


# --------------------------------------------------------------------------
# Shapes from the train misses of issue 12 (quotes from real documents)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second type word after the first (350_nq-380-cp): the first types it
        (
            "chỉ đạo của Bộ Chính trị tại Thông báo Kết luận số 99- TB/TW ngày 21 tháng 11 năm 2025.",
            [
                (
                    "Thông báo Kết luận số 99- TB/TW ngày 21 tháng 11 năm 2025",
                    "99-TB/TW",
                    "Thông báo",
                    "2025-11-21",
                )
            ],
        ),
        # "so" for "số" after a type word (340_kh-982-ubnd-nghe-an)
        (
            "triển khai thực hiện Chỉ thị so 41-CT/TW ngày 26/12/2024 của Bộ Chính trị",
            [("Chỉ thị so 41-CT/TW ngày 26/12/2024", "41-CT/TW", "Chỉ thị", "2024-12-26")],
        ),
        # type words of Party and joint documents (338_kh-174, 326_kh-0129)
        (
            "Thực hiện Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy",
            [("Thông tri số 02-TT/TU ngày 03 tháng 10 năm 2025", "02-TT/TU", "Thông tri", "2025-10-03")],
        ),
        (
            "theo Quy chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ và quy định hiện hành",
            [("Quy chế phối hợp 49/QCPH-UBND-UBMT-HCTĐ", "49/QCPH-UBND-UBMT-HCTĐ", "Quy chế phối hợp", None)],
        ),
        # a law's name with a comma, and an amending law (270_qd-98, 232_qd-137)
        (
            "*Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi",
            [("Luật Quản lý, sử dụng tài sản công số 15/2017/QH14", "15/2017/QH14", "Luật", None)],
        ),
        # a comma before a capitalised word of the name (220_qd-86-ubnd-bac-ninh)
        (
            "Căn cứ Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025;",
            [
                (
                    "Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025",
                    "93/2025/QH15",
                    "Luật",
                    "2025-06-27",
                )
            ],
        ),
        # ... but a type word after the comma opens the next citation
        (
            "Căn cứ Luật Đầu tư, Nghị định số 31/2021/NĐ-CP ngày 26/3/2021",
            [("Nghị định số 31/2021/NĐ-CP ngày 26/3/2021", "31/2021/NĐ-CP", "Nghị định", "2021-03-26")],
        ),
        (
            "bổ sung bởi Luật Sửa đổi, bổ sung một số điều Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;",
            [
                (
                    "Luật Sửa đổi, bổ sung một số điều Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15",
                    "87/2025/QH15",
                    "Luật",
                    None,
                )
            ],
        ),
        # the name of a Pháp lệnh ends before "do … trình tại" (349_nq-377-cp)
        (
            "của Pháp lệnh Cảnh sát môi trường do Bộ Công an trình tại văn bản số 661/TTr-BCA ngày 05 tháng 11 năm 2025.",
            [
                (
                    "văn bản số 661/TTr-BCA ngày 05 tháng 11 năm 2025",
                    "661/TTr-BCA",
                    "Văn bản",
                    "2025-11-05",
                )
            ],
        ),
        # OCR O for Q in a National Assembly code (217_qd-2015-ubnd-an-giang)
        (
            "- Luật Đấu thầu số 22/2023/OH15 được sửa đổi",
            [("Luật Đấu thầu số 22/2023/OH15", "22/2023/QH15", "Luật", None)],
        ),
        # a template caption with a blank number (234_qd-2698, 336_kh-310)
        (
            "*(Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2025 của Chủ tịch)*",
            [("Quyết định số /QĐ-UBND", "/QĐ-UBND", "Quyết định", None)],
        ),
        (
            "*(Kèm theo Kế hoạch số:\n/KH-UBND ngày / /2025 của UBND thành phố Hà Nội)*",
            [("Kế hoạch số:\n/KH-UBND", "/KH-UBND", "Kế hoạch", None)],
        ),
        # a plural type word and a colon head a list (367_cd-224-ttg)
        (
            "; các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày 12/9/2025 của Văn phòng",
            [
                ("10894/VPCP-CN ngày 8/11/2025", "10894/VPCP-CN", "Văn bản", "2025-11-08"),
                ("8563/VPCP-CN ngày 12/9/2025", "8563/VPCP-CN", "Văn bản", "2025-09-12"),
            ],
        ),
        # ... but without the colon the first item starts at the type word (366_cd-223-ttg)
        (
            "tiếp theo các Công điện số 217/CĐ-TTg,\n218/CĐ-TTg của Thủ tướng",
            [
                ("Công điện số 217/CĐ-TTg", "217/CĐ-TTg", "Công điện", None),
                ("218/CĐ-TTg", "218/CĐ-TTg", "Công điện", None),
            ],
        ),
    ],
)
def test_issue12_shapes(text, expected):
    assert refs(text) == expected


def test_code_number_qualifier_and_de_ngay():
    # 316_tb-37692-chq: "mã số" is one noun, and "đề ngày" attaches the date
    text = "Trên cơ sở Đơn đề nghị xác định mã số số 0825-04/HW-TCHQ đề ngày 05/9/2025 (nhận ngày 15/9/2025) của Công ty"
    expected = [
        (
            "Đơn đề nghị xác định mã số số 0825-04/HW-TCHQ đề ngày 05/9/2025",
            "0825-04/HW-TCHQ",
            "Đơn đề nghị",
            "2025-09-05",
        )
    ]
    assert refs(text) == expected


def test_month_after_blank_day_is_not_the_refs_date():
    # 227_qd-2638-ubnd-da-nang: "ngày tháng 10 năm 2025" leaves the day blank
    text = "tại Công văn số 4687/STC-GCS ngày tháng 10 năm 2025 về việc"
    context = DocumentContext(dates=tuple(find_dates(text, DocumentContext())))
    [ref] = find_doc_refs(text, context)
    assert (ref.text, ref.date) == ("Công văn số 4687/STC-GCS", None)


def test_short_citation_after_full_one():
    # 350_nq-380-cp: "Nghị quyết 347" after Nghị quyết số 347/NQ-CP was cited in full
    text = (
        "Nghị quyết số 347/NQ-CP ngày 10/11/2025 của Chính phủ (sau đây gọi tắt là Nghị quyết 347) "
        "để hỗ trợ; các địa phương đã được hỗ trợ tại Nghị quyết 347. Nghị định 347 thì không."
    )
    assert refs(text) == [
        ("Nghị quyết số 347/NQ-CP ngày 10/11/2025", "347/NQ-CP", "Nghị quyết", "2025-11-10"),
        ("Nghị quyết 347", "347", "Nghị quyết", None),
        ("Nghị quyết 347", "347", "Nghị quyết", None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # NQ 58, 76/NQ-HĐND (Hà Nội), KH 182/KH-UBND (Đồng Nai), KH 96 (Quảng Ninh): words that
        # describe the document stand between its type word and "số", the code names the type
        (
            "Xét Báo cáo giải trình, tiếp thu số\n491/BC-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân",
            ("Báo cáo giải trình, tiếp thu số\n491/BC-UBND ngày 25 tháng 11 năm 2025", "Báo cáo"),
        ),
        (
            "theo Kết luận liên\nngành Tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024",
            ("Kết luận liên\nngành Tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024", "Kết luận"),
        ),
        (
            "báo cáo thẩm định của Sở Tư pháp số 316/BC-STP ngày 25 tháng 9 năm 2025",
            ("báo cáo thẩm định của Sở Tư pháp số 316/BC-STP ngày 25 tháng 9 năm 2025", "Báo cáo"),
        ),
        # (a law's name wrapped after its comma: NQ 73/NQ-HĐND Hà Nội)
        (
            "Căn cứ Luật Cán bộ,\ncông chức số 80/2025/QH15;",
            ("Luật Cán bộ,\ncông chức số 80/2025/QH15", "Luật"),
        ),
        # (a plural before the type word stays out)
        (
            "theo các Báo cáo giải trình, tiếp thu số 491/BC-UBND",
            ("Báo cáo giải trình, tiếp thu số 491/BC-UBND", "Báo cáo"),
        ),
        # a type word the code does not name opens nothing (the number is a Quyết định's)
        ("Báo cáo kết quả thực hiện số 12/QĐ-UBND", ("12/QĐ-UBND", None)),
    ],
)
def test_a_type_word_over_words_describing_the_document(text, expected):
    [fact] = find_doc_refs(text, ctx(text))
    assert (fact.text, fact.doc_type) == expected


def test_short_citation_before_the_full_one():
    """TB 624/TB-VPCP: "Chỉ 3/12 nền tảng CSDL trọng yếu theo Kế hoạch 02 được hình thành"
    stands above "Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025": the document cites
    it in full, so its short form is a citation wherever it stands."""
    from tests.conftest import document_path

    text = document_path("060_tb-624-vpcp.txt").read_text(encoding="utf-8")
    found = find_doc_refs(text)
    short = [f for f in found if f.text == "Kế hoạch 02"]
    full = [f for f in found if f.number == "02-KH/BCĐTW"]
    assert short and full and short[0].start < full[0].start
    assert all((f.number, f.doc_type) == ("02", "Kế hoạch") for f in short)


def test_law_name_before_a_law_number_without_so():
    """CV 5485 Cục Thuế: ``Luật Thuế GTGT 13/2008/QH12`` (no ``số``)."""
    from tests.conftest import document_path

    text = document_path("302_cv-5485-cuc-thue.txt").read_text(encoding="utf-8")
    refs = [(f.text, f.doc_type) for f in find_doc_refs(text) if f.number == "13/2008/QH12"]
    assert ("Luật Thuế GTGT 13/2008/QH12", "Luật") in refs
    # a number of another body after a name is no law's
    assert [f.text for f in find_doc_refs("Luật Đất đai 12/2025/QĐ-UBND")] == ["12/2025/QĐ-UBND"]
    # a type word right before the number keeps its own reading
    assert [f.doc_type for f in find_doc_refs("Căn cứ Luật Đất đai; Nghị quyết 13/2008/QH12")] == [
        "Nghị quyết"
    ]


def test_citation_starts_at_the_type_word_its_code_names():
    """CV 5485: ``hướng dẫn Nghị định số 49/2022/NĐ-CP`` cites a Nghị định; NQ 76 HĐND
    Hà Nội: ``QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 106/2025/NĐ-CP`` too."""
    from tests.conftest import document_path

    text = document_path("302_cv-5485-cuc-thue.txt").read_text(encoding="utf-8")
    texts = [f.text for f in find_doc_refs(text) if f.number == "49/2022/NĐ-CP"]
    assert texts and all(" ".join(t.split()) == "Nghị định số 49/2022/NĐ-CP" for t in texts)
    text = document_path("358_nq-76-hdnd-hanoi.txt").read_text(encoding="utf-8")
    refs = [
        (" ".join(f.text.split()), f.doc_type) for f in find_doc_refs(text) if f.number == "106/2025/NĐ-CP"
    ]
    assert ("NGHỊ ĐỊNH SỐ 106/2025/NĐ-CP", "Nghị định") in refs
    # the first type word types the reference when the code names it
    assert [f.doc_type for f in find_doc_refs("Thông báo Kết luận số 99-TB/TW")] == ["Thông báo"]


def test_an_abbreviated_type_word_before_so_types_a_full_number():
    """QĐ 1949/QĐ-UBND (Cao Bằng) cites "theo QĐ số 2490/QĐ- BNN ngày 01/7/2025";
    TB 624/TB-VPCP "VPCP có VB số 10781/VPCP-CN"; an abbreviation before a bare
    count ("TT số 5") types nothing."""
    text = "Cắt giảm thời gian giải quyết theo QĐ số 2490/QĐ- BNN ngày 01/7/2025 |"
    [ref] = find_doc_refs(text, DocumentContext(dates=tuple(find_dates(text, DocumentContext()))))
    assert (ref.text, ref.number, ref.doc_type) == (
        "QĐ số 2490/QĐ- BNN ngày 01/7/2025",
        "2490/QĐ-BNN",
        "Quyết định",
    )
    [ref] = find_doc_refs("Ngày 05/11/2025, VPCP có VB số 10781/VPCP-CN gửi Bộ trưởng Bộ Xây dựng")
    assert (ref.text, ref.doc_type) == ("VB số 10781/VPCP-CN", "Văn bản")
    assert find_doc_refs("xếp theo TT số 5 của bảng") == []


def test_a_number_without_a_digit_names_a_type_by_its_code():
    """Hypothesis found ``Nghị định số /AA``, read as a number with no digit: a form's
    blank (``Quyết định số /QĐ-UBND``) is kept for its type's code, ``/AA`` names none."""
    assert find_doc_refs("Nghị định số /AA", ctx("Nghị định số /AA")) == []
    blank = "Quyết định số /QĐ-UBND ngày tháng năm 2025"
    assert [f.number for f in find_doc_refs(blank, ctx(blank))] == ["/QĐ-UBND"]
