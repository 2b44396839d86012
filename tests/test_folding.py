import unicodedata

import pytest

from vanban.extractors.text.folding import without_marks


@pytest.mark.parametrize(
    "text,folded",
    [
        ("Quyết định số 48/TB-UBND", "Quyet dinh so 48/TB-UBND"),
        ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ", "UY BAN NHAN DAN HUYEN DUC THO"),
        ("Ðảng bộ", "Dang bo"),  # an eth where OCR or a font put it for Đ
        ("công tác DS- KHHGĐ", "cong tac DS- KHHGD"),
    ],
)
def test_without_marks(text, folded):
    assert without_marks(text) == folded
    # Composed or decomposed, the same key.
    assert without_marks(unicodedata.normalize("NFD", text)) == folded
    assert len(without_marks(text)) == len(unicodedata.normalize("NFC", text))


def test_new_tone_placement_keeps_every_offset():
    from vanban.extractors.text.folding import new_tone_placement

    for old, new in [
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("cấp uỷ, tổ chức đảng", "cấp ủy, tổ chức đảng"),
        ("thuỷ lợi, hoà bình, khoẻ", "thủy lợi, hòa bình, khỏe"),
        ("HOÀ", "HÒA"),
    ]:
        assert new_tone_placement(old) == new and len(new_tone_placement(old)) == len(old)
    # closed syllables and "qu" keep their placement: the rule is for open ones
    for same in ("hoàn thành", "toàn bộ", "quý", "quỳnh", "Thủy"):
        assert new_tone_placement(same) == same
