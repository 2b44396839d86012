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
