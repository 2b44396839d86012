from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The one place that knows where ../shared is (VANBAN_SHARED to point elsewhere).
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared"))
CORPUS = ROOT / "corpus"
SEEDS = CORPUS / "seeds"  # the two original example documents
SEED_NOTICE = SEEDS / "000_fe83d079ad149f76.txt"  # Thông báo 48/TB-UBND, OCR damage
SEED_NEWS = SEEDS / "001_b4b2c83a3f336c6a.txt"  # Hải Phòng news report


def shared_path(*parts: str) -> Path:
    """A file of ../shared, or skip the test when the shared data is not beside us."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def document_path(name: str) -> Path:
    """A real document by file name: the state documents bundled in corpus/ first
    (so that tests run on a clean clone), then ../shared's corpus (news articles,
    which the repository may not hold), else skip."""
    for folder in ("seeds", "real", "tvpl"):
        if (CORPUS / folder / name).exists():
            return CORPUS / folder / name
    for folder in ("real", "tvpl"):
        if (SHARED / "corpus" / folder / name).exists():
            return SHARED / "corpus" / folder / name
    return shared_path("corpus", "real", name)


@pytest.fixture
def seed_notice_text() -> str:
    return SEED_NOTICE.read_text("utf-8")


@pytest.fixture
def seed_news_text() -> str:
    return SEED_NEWS.read_text("utf-8")


@pytest.fixture
def seed_folder(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in (SEED_NOTICE, SEED_NEWS):
        shutil.copy(seed, folder / seed.name)
    return folder


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does it: base letters precomposed, tone marks combining."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258")
        for mark in parts:
            if mark in tones:
                out += mark.encode("cp1258")
    return bytes(out)


def match_groups(matches) -> list:
    """Span and groups of each match: what a fast path must give exactly as the
    plain pattern's finditer does."""
    return [(m.span(), m.groups()) for m in matches]
