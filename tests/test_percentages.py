"""Percentages, Vietnamese number parsing and the subject ("what it is about") finder."""

from __future__ import annotations

import collections
import json

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED
from vanban.extractors.context import DocumentContext
from vanban.extractors.numbers import parse_number
from vanban.extractors.percentages import VERSION, find_percentages
from vanban.extractors.subjects import canonical_subject, find_subject, subject_of

DEV = SHARED / "eval" / "dev"
REAL = SHARED / "corpus" / "real"


def _found(text):
    return [(f.text, f.value, f.percentage_point) for f in find_percentages(text)]


def test_version_is_a_string():
    assert isinstance(VERSION, str)


@pytest.mark.parametrize(
    "text,value",
    [
        ("95,5", 95.5),
        ("1.250", 1250.0),
        ("96.5", 96.5),
        ("3.0", 3.0),
        ("0", 0.0),
        ("1.250.000", 1250000.0),
        ("1.250,5", 1250.5),
        ("12.5", 12.5),
        ("1.2505", 1.2505),
        ("06", 6.0),
        ("2.157", 2157.0),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "12,", "abc", ",5", "1..2"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("số lượng cộng tác viên dân số cắt giảm 40%, địa bàn", [("40%", 40.0, False)]),
        ("đạt 95,5% kế hoạch", [("95,5%", 95.5, False)]),
        # The comparison operator stays outside the span.
        ("được thu gom và xử lý theo quy định đạt ≥ 95%;", [("95%", 95.0, False)]),
        # Both bounds of a range; the bare lower bound is a percentage too.
        ("tăng trưởng 8,5 - 9%", [("8,5", 8.5, False), ("9%", 9.0, False)]),
        ("đạt từ 11,5 - 12,4% trở lên", [("11,5", 11.5, False), ("12,4%", 12.4, False)]),
        ("từ 1%-1,5%/năm so mức", [("1%", 1.0, False), ("1,5%", 1.5, False)]),
        ("99.4%", [("99.4%", 99.4, False)]),
        ("13.0%", [("13.0%", 13.0, False)]),
        ("tỷ lệ 0%", [("0%", 0.0, False)]),
        ("(đạt 2.157% so với quy định)", [("2.157%", 2157.0, False)]),
        ("giảm 50 % mức phí", [("50 %", 50.0, False)]),
        ("đã giảm 1 điểm phần trăm so với năm 2012", [("1 điểm phần trăm", 1.0, True)]),
        ("giảm 0,5 điểm\nphần trăm", [("0,5 điểm\nphần trăm", 0.5, True)]),
        ("tăng 5 phần trăm", [("5 phần trăm", 5.0, False)]),
        # OCR split a decimal comma inside a parenthesis.
        ("Quảng Trị\n(80, 68%), Lạng Sơn (76,29%)", [("80, 68%", 80.68, False), ("76,29%", 76.29, False)]),
        ("khoảng 30% tỉnh/ thành phố với 70% số", [("30%", 30.0, False), ("70%", 70.0, False)]),
    ],
)
def test_percentages(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "**Tỷ lệ thực hiện\n(%)**",  # a column header, no number
        "mã A10% lỗi",  # a code, not a figure
        "năm 2019 - 25%",  # a year before a dash is not a lower bound (only 25% counts)
    ],
)
def test_no_false_percentages(text):
    assert all(f.text.endswith("%") for f in find_percentages(text))
    assert "2019" not in [f.text for f in find_percentages(text)]
    if "A10" in text:
        assert find_percentages(text) == []


def test_lower_bound_has_a_note():
    lower = find_percentages("tăng 8,5 - 9%")[0]
    assert lower.note and lower.text == "8,5"


# --- subjects -----------------------------------------------------------------

SEED_000 = (
    "tỷ số giới tính khi sinh đã giảm nhưng vẫn ở mức cao và bấp bênh "
    "(117 trẻ nam/100 trẻ nữ), một số xã rất cao"
)
SEED_000_PP = (
    "chất lượng dân số đang từng bước được nâng lên, tỷ số giới tính khi sinh "
    "của huyện đã giảm 1 điểm phần trăm so với năm 2012"
)
SEED_001 = (
    "nội dung tuyên truyền chưa được phong phú, số lượng cộng tác viên dân số cắt giảm 40%, "
    "địa bàn quản lý rộng"
)
SEED_001_RATIO = (
    "Năm 2019 chỉ tiêu số người sinh con thứ 3 trở lên tăng cao so với năm 2019, "
    "tỉ số mất cân bằng giới tính khi sinh vẫn ở mức cao 114 bé trai/ 100 bé gái."
)


@pytest.mark.parametrize(
    "text,figure,subject",
    [
        (SEED_000, "117", "tỷ số giới tính khi sinh"),
        (SEED_000_PP, "1 điểm", "tỷ số giới tính khi sinh"),
        (SEED_001, "40%", "số lượng cộng tác viên dân số"),
        (SEED_001_RATIO, "114", "tỷ số mất cân bằng giới tính khi sinh"),
        (
            "So với cùng kỳ năm trước, số lượng dự án mới thu hút được tăng 157%, "
            "tổng vốn đăng ký đầu tư tăng hơn 438%.",
            "438%",
            "tổng vốn đăng ký đầu tư",
        ),
        (
            "Có 5 địa phương có tỷ lệ giải ngân vốn cao hơn bình quân của khối huyện, trong đó "
            "huyện Hoài Ân dẫn đầu với 41,38%, tiếp đến là huyện Phù Cát đạt 26,32%",
            "26,32%",
            "tỷ lệ giải ngân vốn",
        ),
        ("Mức chi bằng 80% mức chi tương ứng", "80%", "mức chi"),
        ("phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên", "12,4%", "tăng trưởng GRDP"),
        (
            "tỷ lệ cử tri đồng ý phương án sắp xếp nói trên chiếm 96,39% tổng số cử tri",
            "96,39%",
            "tỷ lệ cử tri đồng ý phương án sắp xếp",
        ),
        # A phrase kept whole (``thu gom và xử lý``) is one word of the nine a subject may have.
        (
            "Năm 2024, tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị đạt 85%",
            "85%",
            "tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị",
        ),
        # Nothing named in the clause: no subject (the ``mức`` of ``ở mức cao`` names nothing,
        # ``dân số`` is not the head ``số``, a bare head is not a measure).
        ("Phê duyệt 100% thủ tục hành chính", "100%", None),
        ("Với tốc độ như vậy, cả nước sẽ dư thừa 12% nam giới", "12%", None),
        ("công tác dân số đạt 90%", "90%", None),
        ("Hoàn thành nhiệm vụ. Tỷ lệ hộ nghèo còn 3,2%.", "3,2%", "tỷ lệ hộ nghèo"),
        # A figure whose own sentence names no measure takes the one named before it.
        ("Tỷ lệ hộ nghèo giảm mạnh. Huyện đạt 3,2%.", "3,2%", "tỷ lệ hộ nghèo"),
    ],
)
def test_subject(text, figure, subject):
    assert subject_of(text, text.index(figure)) == subject


def test_anaphoric_subject_resolves_to_the_named_measure():
    text = (
        "Việt Nam có tỷ lệ mất cân bằng giới tính khi sinh cao nhất thế giới.\n"
        "Theo số liệu thống kê 3 tháng đầu năm 2012, tỷ lệ này đang ở mức 112,3/100."
    )
    found = find_subject(text, text.index("112,3"))
    assert found.canonical == "tỷ lệ mất cân bằng giới tính khi sinh"
    assert found.anaphoric
    assert text[found.start : found.end] == found.text


def test_subject_offsets_and_spelling():
    text = "**Tỉ lệ**\nhộ nghèo giảm còn 3%"
    found = find_subject(text, text.index("3%"))
    assert text[found.start : found.end] == found.text
    assert found.canonical == "tỷ lệ hộ nghèo"


@pytest.mark.parametrize(
    "raw,canonical",
    [
        ("Tỉ lệ  hộ\nnghèo", "tỷ lệ hộ nghèo"),
        ("tỷ số giới tính", "tỷ số giới tính"),
        ("GRDP", "GRDP"),
        ("tỉ số mất cân bằng", "tỷ số mất cân bằng"),
    ],
)
def test_canonical_subject(raw, canonical):
    assert canonical_subject(raw) == canonical


def test_percentage_facts_carry_subjects():
    (fact,) = find_percentages(SEED_001)
    assert fact.subject == "số lượng cộng tác viên dân số"


# --- dev set and real documents ----------------------------------------------


def _dev_docs():
    if not (DEV / "gold").is_dir():
        pytest.skip("shared dev set not available")
    for path in sorted((DEV / "gold").glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        yield gold, (DEV / "docs" / gold["doc"]).read_text("utf-8")


def _norm(s):
    return " ".join(s.split())


def test_dev_set_f1_floor():
    tp = fp = fn = 0
    for gold, text in _dev_docs():
        ctx = DocumentContext(issue_date=gold.get("issue_date"))
        pred = collections.Counter((_norm(f.text), round(f.value, 4)) for f in find_percentages(text, ctx))
        want = collections.Counter(
            (_norm(g["text"]), round(float(g["value"]), 4)) for g in gold["percentages"]
        )
        hit = sum((pred & want).values())
        tp, fp, fn = tp + hit, fp + sum(pred.values()) - hit, fn + sum(want.values()) - hit
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.97, (tp, fp, fn)


def _real_docs():
    paths = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []
    if not paths:
        pytest.skip("shared real corpus not available")
    return [(p.name, p.read_text("utf-8")) for p in paths]


def test_real_every_percent_sign_with_a_number_is_found():
    for name, text in _real_docs():
        covered = set()
        for f in find_percentages(text):
            assert text[f.start : f.end] == f.text
            covered.update(range(f.start, f.end))
        for m in regex.finditer(r"\d[ ]?%", text):
            assert m.end() - 1 in covered, (name, text[m.start() - 30 : m.end()])


def test_real_known_values():
    docs = dict(_real_docs())
    values = [f.value for f in find_percentages(docs["042_bd-sap-xep-dvhc-binh-dinh.txt"])]
    assert 2157.0 in values and 1490.0 in values
    values = [f.value for f in find_percentages(docs["033_cd-220-ttg.txt"])]
    assert 99.4 in values and 62.8 in values and 80.68 in values


# --- properties ----------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("0123456789 ,.%-–/≥()\nđiểmphầntrămtỷlệsốmức*abcĐ") + ["điểm phần trăm", "tỷ lệ ", "số lượng "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_raises_and_offsets_slice_exactly(text):
    for f in find_percentages(text):
        assert text[f.start : f.end] == f.text
        assert isinstance(f.value, float)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    for f in find_percentages(text):
        assert text[f.start : f.end] == f.text
    if text:
        find_subject(text, len(text) // 2)


# --- the fast paths read exactly what the plain patterns read ---------------------

from tests.conftest import match_groups  # noqa: E402
from vanban.extractors import percentages, subjects  # noqa: E402

_FAST_ALPHABET = st.sampled_from(
    list("0123456789 ,.%％-–()\n;!?…*_\t")
    + [
        "điểm phần trăm",
        "ĐIỂM %",
        "phần trăm",
        " điểm ",
        "(80, 68%)",
        "tỷ lệ ",
        "tỉ lệ ",
        "số lượng ",
        "số ",
        "mức ",
        "này ",
        "nói trên",
        "khi sinh ",
        "dân ",
        "\n- ",
        "1. ",
        "a) ",
        "**",
        "hộ nghèo ",
        "đạt ",
        "tốc độ tăng trưởng ",
        "tổng ",
        "bình quân đầu người",
        "GDP",
        "\n\n",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_FAST_ALPHABET, max_size=40).map("".join))
def test_property_sign_anchored_scans_equal_full_scans(text):
    percent_signs, signs = percentages._signs(text)
    assert match_groups(percentages._percent_matches(text, signs)) == match_groups(
        percentages._PERCENT_RE.finditer(text)
    )
    assert match_groups(percentages._split_decimals(text, percent_signs)) == match_groups(
        percentages._SPLIT_DECIMAL_RE.finditer(text)
    )


def _clause_start_by_full_scan(text, pos):
    start = lo = max(0, pos - subjects._CLAUSE_WINDOW)
    for m in subjects._BOUNDARY_RE.finditer(text, lo, pos):
        start = m.end()
    return start


def _heads_longest_first(text):
    words = sorted(subjects._STRONG | subjects._WEAK, key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    plain = regex.compile(rf"(?<![\p{{L}}\d])(?:{alternation})(?![\p{{L}}\d])", regex.IGNORECASE)
    return match_groups(plain.finditer(text, overlapped=True))


@settings(max_examples=300, deadline=None)
@given(st.lists(_FAST_ALPHABET, max_size=40).map("".join))
def test_property_clause_start_and_heads(text):
    for pos in range(len(text) + 1):
        assert subjects._clause_start(text, pos) == _clause_start_by_full_scan(text, pos)
    assert match_groups(subjects._HEAD_RE.finditer(text, overlapped=True)) == _heads_longest_first(text)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(_FAST_ALPHABET, max_size=40).map("".join), st.randoms(use_true_random=False))
def test_property_subject_finder_equals_subject_of(text, rnd):
    positions = [i for i in range(len(text) + 1) if rnd.random() < 0.5]
    if rnd.random() < 0.3:
        rnd.shuffle(positions)
    finder = subjects.SubjectFinder(text)
    for pos in positions:
        assert finder.subject_of(pos) == subject_of(text, pos)
