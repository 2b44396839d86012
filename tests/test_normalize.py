"""Normalisation of every text: NFC, look-alikes, OCR acronyms, hard wraps,
and tone-mark placement as search sees it."""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_NOTICE
from vanban.pipeline import encodings
from vanban.pipeline.extraction import extract_text
from vanban.pipeline.ingest import ingest
from vanban.pipeline.normalize import find_acronym_fixes, find_hard_wraps, normalize_text, repair_acronyms
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.search import fold_for_index, search


def test_nfc_lookalikes_and_line_endings_are_counted_and_located():
    raw = unicodedata.normalize("NFD", "Quyết định") + " số 12/QÐ-UBND\r\nvà 13/QÐ-UBND"
    result = normalize_text(raw)
    assert result.text == "Quyết định số 12/QĐ-UBND\nvà 13/QĐ-UBND"
    assert result.edits == {"line_endings": 1, "nfc": 1, "Ð->Đ": 2}
    located = [(c.start, c.after) for c in result.changes]
    assert located == [(18, "Đ"), (32, "Đ")]
    assert all(result.text[c.start : c.end] == c.after for c in result.changes)


# Characters that render as nothing, as copies from web pages, PDFs and chat
# tools leave them: invisible separator/times, Mongolian vowel separator, a tag
# character, variation selectors (both planes), zero-width space, soft hyphen...
_INVISIBLE = [
    "\u2063",
    "\u2062",
    "\u180e",
    "\U000e0041",
    "\U000e007f",
    "\ufe0f",
    "\U000e0100",
    "\u200b",
    "\u00ad",
]
# ...and the bidirectional controls (embeddings, overrides, isolates, LRM/RLM).
_BIDI = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
]


def test_invisible_characters_and_bidi_controls_hide_no_fact(seed_notice_text):
    """The real notice with an invisible character after every digit and
    inside every word gives the clean text, and the same facts, back."""
    kinds = _INVISIBLE + _BIDI
    inserted = []

    def insert(match):
        inserted.append(kinds[len(inserted) % len(kinds)])
        return match.group() + inserted[-1]

    dirty = regex.sub(r"\d|\b\p{L}(?=\p{L})", insert, seed_notice_text)
    clean = normalize_text(seed_notice_text)
    result = normalize_text(dirty)
    assert result.text == clean.text
    assert result.edits["bidi_controls_removed"] == sum(c in _BIDI for c in inserted)
    assert result.edits["invisible_chars_removed"] == sum(c in _INVISIBLE for c in inserted)
    clean_facts = [f.to_dict() for f in extract_text(clean.text).facts]
    assert len(clean_facts) >= 20
    assert [f.to_dict() for f in extract_text(result.text).facts] == clean_facts


def test_acronym_written_with_d_is_found_where_the_document_writes_it_right(seed_notice_text):
    fixes = find_acronym_fixes(seed_notice_text)
    assert fixes and {f.kind for f in fixes} == {"ocr_acronym:KHHGD->KHHGĐ"}
    assert all(seed_notice_text[f.start : f.end] == "KHHGD" for f in fixes)
    # Inside a document symbol the acronym is an identifier, cited as printed.
    symbol = seed_notice_text.index("174/UBND-DS KHHGD") + len("174/UBND-DS ")
    assert symbol not in {f.start for f in fixes}
    # Without the right form in the document, nothing is a fix.
    assert find_acronym_fixes(seed_notice_text.replace("KHHGĐ", "KHHGD")) == []


def test_acronym_fixes_are_recorded_not_applied_by_default(seed_notice_text):
    result = normalize_text(seed_notice_text)
    count = len(find_acronym_fixes(seed_notice_text))
    assert result.edits["ocr_acronym:KHHGD->KHHGĐ (found, not applied)"] == count
    assert result.text.count("KHHGD") == seed_notice_text.count("KHHGD")
    applied = normalize_text(seed_notice_text, fix_acronyms=True)
    assert applied.edits["ocr_acronym:KHHGD->KHHGĐ"] == count
    assert len(applied.text) == len(result.text)
    assert applied.text.count("KHHGD") == 1  # the one in 174/UBND-DS KHHGD
    assert "công văn số 174/UBND-DS KHHGD ngày 13 tháng 02 năm 2014" in applied.text


def test_acronyms_repaired_in_a_value(seed_notice_text):
    assert repair_acronyms("Trung tâm Dân số-KHHGD", seed_notice_text) == "Trung tâm Dân số-KHHGĐ"
    assert repair_acronyms("Ban chỉ đạo BCD", seed_notice_text) == "Ban chỉ đạo BCD"  # BCĐ not in the text


def test_hard_wraps_are_the_sentence_splitters_wraps(seed_notice_text):
    wraps = find_hard_wraps(seed_notice_text)
    text = seed_notice_text
    assert any(text[w - 4 : w + 10] == "ngày\n31/8/2012" for w in wraps)
    for at in wraps:
        assert text[at] == "\n" and text[at + 1] != "\n"
    # Headings and list items are not wraps.
    assert not any(text[at + 1 : at + 3] in ("- ", "1.", "2.") for at in wraps)
    joined = normalize_text(text, join_hard_wraps=True)
    assert len(joined.text) == len(normalize_text(text).text)
    assert joined.edits["hard_wraps_joined"] == len(wraps)
    assert "ngày 31/8/2012" in joined.text


def test_tone_mark_placement_needs_no_folding_for_search(tmp_path):
    """FTS5's remove_diacritics already puts hoà and hòa, thuỷ and thủy, on
    one term; checked through ``vanban search`` itself."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Công trình thuỷ lợi xã Tân Hoà được nghiệm thu, sức khoẻ cộng đồng.\n", "utf-8"
    )
    (folder / "b.txt").write_text(
        "Công trình thủy lợi xã Tân Hòa được nghiệm thu, sức khỏe cộng đồng.\n", "utf-8"
    )
    db = tmp_path / "v.db"
    store = Store(db)
    ingest(store, [folder])
    for query in ("thuỷ lợi", "thủy lợi", "Tân Hoà", "Tân Hòa", '"sức khoẻ"', '"sức khỏe"'):
        assert sorted(Path(h.source).name for h in search(store.db, query)) == ["a.txt", "b.txt"], query
    store.close()
    vanban = Path(sys.executable).parent / "vanban"
    out = subprocess.run(
        [str(vanban), "search", "--db", str(db), "--json", "thuỷ Hòa khoẻ"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert sorted(Path(h["source"]).name for h in json.loads(out)) == ["a.txt", "b.txt"]


def test_legacy_file_is_ingested_with_its_encoding_and_is_searchable(tmp_path):
    text = SEED_NOTICE.read_text("utf-8")
    folder = tmp_path / "legacy"
    folder.mkdir()
    (folder / "notice-tcvn3.txt").write_bytes(encodings.encode(text, "tcvn3"))
    (folder / "notice-vni.txt").write_bytes(encodings.encode(text, "vni"))
    store = Store(tmp_path / "v.db")
    summary = ingest(store, [folder])
    assert summary.counts["added"] == 2
    rows = store.db.execute("SELECT encoding, read_confidence FROM documents ORDER BY encoding").fetchall()
    assert [r[0] for r in rows] == ["tcvn3", "vni"]
    assert all(r[1] > 0.9 for r in rows)
    hits = search(store.db, '"Chỉ thị số 11/CT-UBND"')
    assert len(hits) == 2
    store.close()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_normalize_never_raises_and_is_idempotent(raw):
    once = normalize_text(raw, fix_acronyms=True)
    assert normalize_text(once.text, fix_acronyms=True).text == once.text
    for change in once.changes:
        assert 0 <= change.start <= change.end <= len(once.text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_fold_for_index_keeps_length(text):
    assert len(fold_for_index(text)) == len(text)


@pytest.mark.parametrize("text", ["ngày\n31/8/2012", "Dân số-\nKHHGĐ", "a\n\nb", "\n\n", ""])
def test_joining_wraps_keeps_offsets(text):
    assert len(normalize_text(text, join_hard_wraps=True).text) == len(normalize_text(text).text)
