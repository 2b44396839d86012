"""tools/baseline.py, the pipeline a user would assemble from general tools:
its facts have the extraction contract's shape, the scorer takes them as they
are, and vanban beats it on real dev documents."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from tests.conftest import shared_path
from vanban.extractors.facts import FACT_CLASSES, fact_from_dict
from vanban.pipeline.evaluate import evaluate

pytest.importorskip("dateparser")

from tools.baseline import extract_baseline, find_doc_refs, iso_at_period, vietnamese_number  # noqa: E402

# A notice full of full dates and citations, and a news report with dates
# without a year (``Chiều 22.4``) and a tasking sentence.
DOCUMENTS = ("062_cv-11306-vpcp-nn", "052_bd-ubnd-tinh-truyen-dat-y-kien-chi-dao")


def test_vietnamese_number_reads_comma_as_decimal_and_dot_as_thousands():
    assert vietnamese_number("12,5") == 12.5
    assert vietnamese_number("1.234,5") == 1234.5


def test_dates_are_written_at_the_precision_dateparser_reports():
    moment = datetime(2019, 11, 24)
    assert iso_at_period(moment, "year") == "2019"
    assert iso_at_period(moment, "month") == "2019-11"
    assert iso_at_period(moment, "day") == "2019-11-24"


def test_doc_ref_regex_takes_type_word_number_and_attached_date():
    text = "Căn cứ Nghị định số 272/2025/NĐ-CP ngày 16 tháng\n10 năm 2025 của Chính phủ, ngày 31/8/2012"
    (ref,) = find_doc_refs(text)
    assert ref.text == "Nghị định số 272/2025/NĐ-CP ngày 16 tháng\n10 năm 2025"
    assert (ref.number, ref.doc_type, ref.date) == ("272/2025/NĐ-CP", "Nghị định", "2025-10-16")


@pytest.fixture
def dev_pair(tmp_path):
    """A gold folder holding only DOCUMENTS' gold, beside the dev documents."""
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in DOCUMENTS:
        shutil.copy(shared_path("eval", "dev", "gold", f"{name}.json"), gold)
    return gold, shared_path("eval", "dev", "docs")


def test_baseline_facts_have_the_contract_shape_on_real_documents(dev_pair):
    _, docs = dev_pair
    kinds = set()
    for name in DOCUMENTS:
        text = (docs / f"{name}.txt").read_text("utf-8")
        facts = extract_baseline(text)["facts"]
        kinds |= {f["kind"] for f in facts}
        for fact in facts:
            assert fact["kind"] in FACT_CLASSES
            assert text[fact["start"] : fact["end"]] == fact["text"]
            # What the store reads back: every field is one the contract knows.
            assert fact_from_dict(fact).to_dict() == fact
    assert kinds >= {"date", "doc_ref"}


def test_the_scorer_takes_the_baseline_as_it_takes_vanban_and_vanban_wins_on_dates(dev_pair):
    from vanban.pipeline.extraction import extract_text

    gold, docs = dev_pair
    baseline = evaluate(gold, docs, lambda path: extract_baseline(path.read_text("utf-8")))
    vanban = evaluate(gold, docs, lambda path: extract_text(path.read_text("utf-8")))
    assert not baseline.errors
    # Every predicted span sliced the text it claims: no offset warnings.
    assert not [w for w in baseline.warnings if "predicted" in w]
    dates = baseline.kinds["date"]
    assert dates.n_pred > 0 and dates.tp > 0  # dateparser does find dates here
    assert vanban.kinds["date"].f1 > dates.f1
