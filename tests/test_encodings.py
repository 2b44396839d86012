"""Legacy Vietnamese encodings: real text encoded into each one, read back
through ``read_bytes``, compared; wrong encodings refused; Word-font text
repaired."""

import codecs
import difflib
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS, SEEDS, SHARED, to_cp1258
from vanban.extractors.text import syllables
from vanban.pipeline import encodings
from vanban.pipeline.readers import ReadError, read_bytes

MAX_CER = 0.005


def _real_texts() -> list[tuple[str, str]]:
    paths = sorted(SEEDS.glob("*.txt"))
    real = SHARED / "corpus" / "real"
    if real.is_dir():
        paths += sorted(real.glob("*.txt"))
    return [(p.name, unicodedata.normalize("NFC", p.read_text("utf-8"))) for p in paths]


TEXTS = _real_texts()


def cer(expected: str, got: str) -> float:
    """Character error rate after whitespace normalisation, line by line
    (lines stay aligned: no decoding adds or removes a newline)."""
    a_lines, b_lines = expected.split("\n"), got.split("\n")
    if len(a_lines) != len(b_lines):
        a_lines, b_lines = [expected], [got]
    errors = total = 0
    for a, b in zip(a_lines, b_lines):
        a, b = " ".join(a.split()), " ".join(b.split())
        same = sum(
            block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        )
        errors += max(len(a), len(b)) - same
        total += len(a)
    return errors / max(total, 1)


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "cp1258":
        # Windows-1258 lacks Ð (OCR's look-alike for Đ) and ✓; an editor saving
        # such text would have had to replace them the same way.
        return to_cp1258(text.replace("\u00d0", "\u0110").replace("✓", "?"))
    if encoding == "utf-8-nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if encoding == "utf-16-le":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return encodings.encode(text, encoding)


EXPECTED_NAME = {"utf-8-nfd": "utf-8"}


@pytest.mark.slow
@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii", "cp1258", "utf-16-le", "utf-8-nfd"])
def test_real_text_round_trips_through_every_encoding(encoding):
    worst = []
    for name, text in TEXTS:
        data = _encode(text, encoding)
        result = read_bytes(data, Path(name))
        assert result.encoding == EXPECTED_NAME.get(encoding, encoding), name
        got = unicodedata.normalize("NFC", result.text).lstrip("\ufeff")
        rate = cer(text, got)
        worst.append((rate, name))
        assert rate <= MAX_CER, f"{name}: CER {rate:.4%} in {encoding}"
        if encoding in encodings.BYTE_CANDIDATES:
            assert result.confidence >= 0.9, (name, result.confidence)
    assert len(worst) >= 2


@pytest.mark.parametrize("encoding", encodings.LEGACY_ENCODINGS)
def test_legacy_bytes_are_really_legacy(encoding):
    """The fixtures are not UTF-8 in disguise: the bytes fail as UTF-8 and
    a Windows-1258 reading of them is not Vietnamese."""
    name, text = TEXTS[0]
    data = encodings.encode(text, encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    detection = encodings.detect_bytes(data)
    assert detection.encoding == encoding
    others = [share for other, share in detection.scores.items() if other != encoding]
    assert max(others) < 0.6, detection.scores


def test_tcvn3_capitals_with_tone_marks_live_on_control_bytes():
    text = "ĐẢNG ỦY XÃ\nQUYẾT ĐỊNH VỀ VIỆC Ứng dụng: Ừ, Ữ, Ỵ và Ý kiến của Đảng ủy."
    data = encodings.encode(text, "tcvn3")
    assert b"\x81" in data and b"\x9e" in data and b"\x11" in data  # Ả, Ủ, Ứ
    result = read_bytes(data * 3, Path("tcvn3.txt"))
    assert result.encoding == "tcvn3"
    assert unicodedata.normalize("NFC", result.text) == text * 3


def test_tcvn3_quotes_and_dashes_stay_punctuation():
    text = "Độc lập – Tự do – Hạnh phúc\nTheo “Nghị quyết của Đảng”, các xã… thực hiện ‘tốt’."
    data = encodings.encode(text, "tcvn3")
    assert b"\x93" in data and b"\x96" in data
    result = read_bytes(data, Path("tcvn3.txt"))
    assert unicodedata.normalize("NFC", result.text) == text


def test_tcvn3_heading_typed_in_the_capitals_font():
    # .VnTimeH draws the lowercase accented bytes as capitals.
    heading = "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc\n"
    result = read_bytes(heading.encode("latin-1"), Path("h.txt"))
    assert result.encoding == "tcvn3"
    assert result.text.splitlines() == ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


@pytest.mark.parametrize(
    "text, codec",
    [
        (
            "Les élèves étudient à l'école; ça coûte très cher, dit-il à côté du théâtre où l'on joue Molière.",
            "cp1252",
        ),
        (
            "Die Bürgerinnen und Bürger müssen Straßengebühren zahlen; Größe und Gewicht zählen. Übermorgen öffnet es.",
            "cp1252",
        ),
        ("Граждане должны платить налоги вовремя; администрация района объявила о новых правилах.", "cp1251"),
        ("Граждане должны платить налоги вовремя; администрация района объявила о новых правилах.", "koi8-r"),
        ("Občané musí zaplatit daně včas; úřad oznámil nová pravidla pro řidiče a chodce v létě.", "cp1250"),
        ("Οι πολίτες πρέπει να πληρώνουν τους φόρους εγκαίρως σύμφωνα με τους νέους κανόνες.", "cp1253"),
        ("公民必须按时纳税，区政府宣布了新的规定。公民必须按时纳税。", "gbk"),
    ],
)
def test_other_languages_in_8bit_encodings_are_refused(text, codec):
    with pytest.raises(ReadError) as error:
        read_bytes(((text + "\n") * 5).encode(codec), Path("x.txt"))
    assert "not decodable as Vietnamese" in error.value.cause
    assert "tcvn3" in error.value.cause  # says what was tried


def test_random_bytes_are_refused():
    import random

    rng = random.Random(5)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(ReadError):
        read_bytes(data, Path("noise.bin"))


# ------------------------------------------------------------ repair of text


def test_repair_word_text_typed_in_a_tcvn3_font():
    fixed, encoding, confidence = encodings.repair_legacy_text(
        "§¶ng bé x· Hoµ B×nh l·nh ®¹o thùc hiÖn nhiÖm vô"
    )
    assert fixed == "Đảng bộ xã Hoà Bình lãnh đạo thực hiện nhiệm vụ"
    assert encoding == "tcvn3"
    assert confidence >= 0.9


def test_repair_vni_and_symbol_font_private_use_area():
    fixed, encoding, _ = encodings.repair_legacy_text("UÛy ban nhaân daân tænh Quaûng Nam")
    assert (fixed, encoding) == ("Ủy ban nhân dân tỉnh Quảng Nam", "vni")
    # Word keeps a symbol-font character as U+F000 + byte.
    pua = "".join(chr(0xF000 + b) if b >= 0x80 else chr(b) for b in encodings.encode("Việt Nam", "tcvn3"))
    assert encodings.repair_legacy_text(pua + " " + pua)[:2] == ("Việt Nam Việt Nam", "tcvn3")


def test_repair_only_changes_the_legacy_lines_of_a_mixed_text():
    unicode_line = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    legacy_line = encodings.encode(
        "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV,", "tcvn3"
    ).decode("latin-1")
    fixed, encoding, _ = encodings.repair_legacy_text(unicode_line + "\n" + legacy_line)
    assert encoding == "tcvn3"
    assert fixed == unicode_line + "\nXét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV,"


@pytest.mark.parametrize("name, text", TEXTS[:6])
def test_repair_leaves_real_unicode_text_alone(name, text):
    fixed, encoding, confidence = encodings.repair_legacy_text(text)
    assert encoding is None and fixed == text
    assert confidence > 0.95


def test_utf8_file_holding_tcvn3_characters_is_repaired():
    text = "Uû ban nh©n d©n huyÖn ViÖt Yªn th«ng b¸o kÕt luËn cña Phã Chñ tÞch UBND huyÖn\n"
    result = read_bytes(text.encode("utf-8"), Path("x.txt"))
    assert result.encoding == "utf-8+tcvn3"
    assert result.text == "Uỷ ban nhân dân huyện Việt Yên thông báo kết luận của Phó Chủ tịch UBND huyện\n"


# ------------------------------------------------------------------ mojibake


def _read_as_cp1252(text: str, errors: str) -> str:
    """UTF-8 ``text`` as a program that took it for Windows-1252 shows it:
    ``lenient`` keeps the five bytes Windows-1252 leaves undefined as C1
    controls (as Windows and browsers do), ``replace`` loses them to U+FFFD
    (as Python's codec does)."""
    data = text.encode("utf-8")
    if errors == "replace":
        return data.decode("cp1252", errors="replace")
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def _tvpl_text(name: str = "217_qd-2015-ubnd-an-giang.txt") -> str:
    return unicodedata.normalize("NFC", (CORPUS / "tvpl" / name).read_text("utf-8"))


def test_utf8_read_as_cp1252_is_repaired_and_recorded():
    text = "Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố\n" + _tvpl_text()
    garbled = _read_as_cp1252(text, "lenient")
    assert garbled.startswith("KÃ\xadnh gá»\xadi")
    result = read_bytes(garbled.encode("utf-8"), Path("x.txt"))
    assert result.text == text
    assert result.encoding == "utf-8 (repaired from cp1252 mojibake)"
    assert result.confidence >= 0.95


def test_text_garbled_twice_is_repaired():
    text = _tvpl_text()
    twice = _read_as_cp1252(_read_as_cp1252(text, "lenient"), "lenient")
    result = read_bytes(twice.encode("utf-8"), Path("x.txt"))
    assert result.text == text
    assert result.encoding == "utf-8 (repaired from cp1252 mojibake)"


def test_bytes_lost_in_the_round_trip_are_guessed_only_when_one_guess_reads():
    """Python's cp1252 drops five bytes to U+FFFD: Đ (C4 90), Á (C3 81),
    ề (E1 BB 81)...  A lost byte is put back when one guess makes a
    syllable; CHÍNH/CHÁNH, về/vọ stay U+FFFD: no letter is ever wrong."""
    text = _tvpl_text()
    garbled = _read_as_cp1252(text, "replace")
    lost = garbled.count("\ufffd")
    assert lost > 50
    result = read_bytes(garbled.encode("utf-8"), Path("x.txt"))
    assert result.encoding == "utf-8 (repaired from cp1252 mojibake)"
    assert len(result.text) == len(text)
    wrong = [(a, b) for a, b in zip(text, result.text) if a != b and b != "\ufffd"]
    assert wrong == []
    assert "Đ" in result.text and result.text.count("\ufffd") < lost * 0.8


def test_mojibake_repair_leaves_real_text_alone():
    """The repair changes only words whose characters are the bytes of
    UTF-8: no word of a real document is, even with no gate before it."""
    paths = sorted(CORPUS.glob("*/*.txt"))
    if SHARED.is_dir():
        paths += sorted((SHARED / "corpus").glob("*/*.txt")) + sorted((SHARED / "eval").glob("*/*/*.txt"))
    assert len(paths) > 50
    for path in paths:
        text = unicodedata.normalize("NFC", path.read_text("utf-8"))
        assert encodings.undo_mojibake(text) == text, path.name


# ------------------------------------------------------------ mixed encodings


@pytest.mark.parametrize("encoding", ["vni", "tcvn3", "viscii", "cp1258"])
def test_legacy_file_holding_a_utf8_line_is_decoded_segment_by_segment(encoding):
    """A 400-character UTF-8 paragraph pasted into a legacy file: the
    fragment comes out as written, the rest as the legacy text."""
    text = _tvpl_text()
    fragment = " ".join(_tvpl_text("221_qd-01814-ubnd-ca-mau.txt").split())[1000:1400]
    cut = text.index("\n", len(text) // 2) + 1
    data = _encode(text[:cut], encoding) + fragment.encode("utf-8") + b"\n" + _encode(text[cut:], encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    result = read_bytes(data, Path("x.txt"))
    assert result.encoding == f"{encoding}+utf-8 (1 segment, {len(fragment.strip())} characters)"
    got = unicodedata.normalize("NFC", result.text)
    assert fragment + "\n" in got
    assert cer(text[:cut] + fragment + "\n" + text[cut:], got) <= MAX_CER
    assert result.confidence >= 0.9


@pytest.mark.parametrize("encoding", ["vni", "tcvn3", "viscii"])
def test_utf8_fragment_inside_a_legacy_line_is_cut_out(encoding):
    """The fragment pasted in the middle of a paragraph, no line of its own."""
    text = _tvpl_text()
    fragment = " ".join(_tvpl_text("221_qd-01814-ubnd-ca-mau.txt").split())[1000:1400]
    cut = text.index(" ", len(text) // 2) + 1
    data = _encode(text[:cut], encoding) + fragment.encode("utf-8") + b" " + _encode(text[cut:], encoding)
    result = read_bytes(data, Path("x.txt"))
    assert result.encoding.startswith(f"{encoding}+utf-8 (1 segment, ")
    got = unicodedata.normalize("NFC", result.text)
    assert fragment in got
    assert cer(text[:cut] + fragment + " " + text[cut:], got) <= MAX_CER


def test_legacy_lines_that_happen_to_be_valid_utf8_stay_legacy():
    """VISCII puts letters on bytes that UTF-8 uses too: whole lines of real
    VISCII text can be valid UTF-8 by accident, and read as such they are no
    Vietnamese, so they stay VISCII (``phß¶ng;`` is ``phường;``)."""
    text = unicodedata.normalize("NFC", (CORPUS / "real" / "011_nq-22-hdnd-vinh-long.txt").read_text("utf-8"))
    data = encodings.encode(text, "viscii")
    accidental = [line for line in data.splitlines() if not line.isascii() and _is_utf8(line)]
    assert len(accidental) > 10
    result = read_bytes(data, Path("x.txt"))
    assert result.encoding == "viscii"
    assert cer(text, unicodedata.normalize("NFC", result.text)) <= MAX_CER


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# ---------------------------------------------------- text that is not Vietnamese

_RNG_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữự"


def _random_words(alphabet: str, seed: int) -> str:
    import random

    rng = random.Random(seed)
    return " ".join("".join(rng.choice(alphabet) for _ in range(rng.randint(2, 8))) for _ in range(400))


@pytest.mark.parametrize(
    "text",
    [
        "市人民政府办公厅关于印发实施方案的通知。公民必须按时纳税，区政府宣布了新的规定。\n" * 20,
        "The People's Committee of the province announced new rules on taxes, land use and public "
        "investment for the next five years; citizens must register before the deadline.\n" * 20,
        "The Committee’s “public investment” plan won’t be approved, the café owners said.\n" * 20,
        _random_words(_RNG_LETTERS, 1),
        _random_words(_VIETNAMESE_LETTERS, 2),
    ],
    ids=["chinese", "english", "english-curly-quotes", "random-letters", "random-vietnamese-letters"],
)
def test_text_that_is_not_vietnamese_is_refused_with_its_share(text):
    for data in (text.encode("utf-8"), codecs.BOM_UTF16_LE + text.encode("utf-16-le")):
        with pytest.raises(ReadError) as error:
            read_bytes(data, Path("x.txt"))
        assert "not Vietnamese text" in error.value.cause
        assert (
            f"{encodings.MIN_VIETNAMESE_SHARE:.0%} needed" in error.value.cause
            or "no word" in error.value.cause
        )
    assert encodings.judge_language(text).share < 0.3


def test_vietnamese_without_tone_marks_is_still_vietnamese():
    text = "Uy ban nhan dan tinh thong bao ve viec thuc hien ke hoach phat trien kinh te xa hoi nam 2025\n"
    result = read_bytes((text * 5).encode("ascii"), Path("x.txt"))
    assert result.text == text * 5
    assert encodings.MIN_VIETNAMESE_SHARE < encodings.judge_language(text).share < 0.8


def _shared_documents() -> list[Path]:
    folders = [SHARED / "corpus", SHARED / "eval" / "dev"]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip(f"{SHARED} not available")
    return sorted(
        p
        for folder in folders
        for p in folder.rglob("*")
        if p.is_file() and p.suffix in (".txt", ".pdf", ".html", ".htm", ".docx", ".doc")
    )


def test_every_real_document_still_reads_as_vietnamese():
    """Every document of ../shared (corpus and dev set: tables, numbers,
    English names, acronyms) passes the rule, with room to spare; a UTF-8
    one reads exactly as its file (no repair touches right text)."""
    shares = {}
    for path in _shared_documents():
        data = path.read_bytes()
        result = read_bytes(data, path)
        language = encodings.judge_language(result.text)
        assert language.cause is None, path.name
        shares[path.name] = language.share
        if path.suffix == ".txt":
            assert result.encoding == "utf-8", path.name
            assert result.text == data.decode("utf-8"), path.name
    assert len(shares) > 200
    assert min(shares.values()) > encodings.MIN_VIETNAMESE_SHARE + 0.25, min(
        shares.items(), key=lambda i: i[1]
    )


def test_characters_lost_to_u_fffd_are_counted_and_lower_the_confidence():
    text = _tvpl_text()
    damaged = "\n".join(line.replace("ệ", "\ufffd") for line in text.split("\n"))
    result = read_bytes(damaged.encode("utf-8"), Path("x.txt"))
    assert result.metadata["lost_characters"] == text.count("ệ")
    assert result.confidence < read_bytes(text.encode("utf-8"), Path("x.txt")).confidence - 0.02
    # Lost everywhere, the text is no longer Vietnamese and is refused.
    with pytest.raises(ReadError, match="U\\+FFFD"):
        read_bytes(regex.sub(r"[^\x00-\x7f]", "\ufffd", text).encode("utf-8"), Path("x.txt"))


def test_utf8_file_with_a_few_broken_bytes_keeps_its_text_and_counts_them():
    """Two stray bytes (a cut copy, a disk error) in a real UTF-8 document:
    no 8-bit reading of them is Vietnamese, so they become U+FFFD, counted,
    and every other character is as written."""
    text = _tvpl_text()
    data = text.encode("utf-8")
    at = [data.index(b" ", len(data) // 3), data.index(b" ", 2 * len(data) // 3)]
    broken = data[: at[0]] + b"\xff" + data[at[0] : at[1]] + b"\xc3" + data[at[1] :]
    result = read_bytes(broken, Path("x.txt"))
    assert result.encoding == "utf-8 (with errors)"
    assert result.metadata == {"lost_characters": 2}
    assert result.text.replace("\ufffd", "") == text
    assert 0.9 < result.confidence < 1.0


# ---------------------------------------------------------- syllable checker


@pytest.mark.parametrize(
    "word",
    [
        "hoà",
        "hòa",
        "thuỷ",
        "thủy",
        "nghiêng",
        "Quyết",
        "giữa",
        "khuỷu",
        "Đảng",
        "ĐỊNH",
        "người",
        "xoong",
        "kiểm",
        "gì",
        "quốc",
        "ạ",
    ],
)
def test_syllables_accepted(word):
    assert syllables.is_syllable(word)


@pytest.mark.parametrize(
    "word", ["kat", "ghu", "ngo\u0301a\u0300", "thàc", "quyêt", "µ", "néi", "viÖt", "ôo", "ĐẢNGG"]
)
def test_non_syllables_refused(word):
    assert not syllables.is_syllable(word)


def test_real_text_is_almost_all_syllables():
    text = "\n".join(t for _, t in TEXTS)
    assert syllables.score(text).share > 0.98


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_detection_never_raises(data):
    detection = encodings.detect_bytes(data)
    # (a file with UTF-8 lines records both: ``vni+utf-8 (1 of 3 lines)``; UTF-8 runs among
    # bytes no 8-bit reading makes Vietnamese are UTF-8 with broken bytes:
    # b"\x00\x80\t\xc2\x80\xc2\x80" is ``utf-8 (with errors)``)
    assert (
        detection.encoding is None
        or detection.encoding.split("+")[0] in encodings.BYTE_CANDIDATES
        or detection.encoding == "utf-8 (with errors)"
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_repair_never_raises(text):
    fixed, encoding, confidence = encodings.repair_legacy_text(text)
    assert 0.0 <= confidence <= 1.0
    if encoding is None:
        assert fixed == text
