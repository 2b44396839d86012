import datetime as dt
import json
import re
from collections import Counter

import pytest
from click.testing import CliRunner

from tools.synthetic import DOC_KINDS, generate, main, parse_size
from vanban.pipeline.ingest import IngestOptions, ingest
from vanban.pipeline.normalize import normalize_text
from vanban.pipeline.store.core import Store

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@pytest.fixture(scope="module")
def documents():
    return list(generate(60, seed=11, size="5k"))


def test_same_seed_same_documents_other_seed_other_documents():
    first = [(d.name, d.text, d.header, d.facts) for d in generate(8, seed=3, size="5k")]
    again = [(d.name, d.text, d.header, d.facts) for d in generate(8, seed=3, size="5k")]
    other = [d.text for d in generate(8, seed=4, size="5k")]
    assert first == again
    assert not set(t for _, t, _, _ in first) & set(other)


def test_sizes_and_kinds(documents):
    sizes = [len(d.text.encode()) for d in documents]
    assert all(5000 <= s <= 7500 for s in sizes), sizes
    assert set(Counter(d.kind for d in documents)) == set(DOC_KINDS)
    large = [len(d.text.encode()) for d in generate(5, seed=2, size="14k")]
    assert all(14000 <= s <= 17000 for s in large), large
    assert parse_size("14k") == 14000 and parse_size("5kB") == 5000 and parse_size(900) == 900


def test_offsets_slice_exactly_and_text_is_already_normalised(documents):
    for d in documents:
        # The store keeps the normalised text; offsets index it only if normalising changes nothing.
        assert normalize_text(d.text).text == d.text
        for f in d.facts:
            assert d.text[f["start"] : f["end"]] == f["text"], (d.name, f)
        assert [(f["start"], -f["end"]) for f in d.facts] == sorted((f["start"], -f["end"]) for f in d.facts)


def _date_value_matches(value: str, text: str) -> bool:
    """The ISO value says what the written date says."""
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = dt.date.fromisoformat(value)
        return day.day in numbers and day.month in numbers and (day.year in numbers or len(numbers) == 2)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = map(int, value.split("-"))
        return year in numbers and month in numbers
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        quarter = int(value[-1])
        roman = re.search(r"quý\s+(IV|I{1,3})", text)  # (a wrapped line may break it)
        return int(value[:4]) in numbers and (
            quarter in numbers or ROMAN.get(roman and roman.group(1)) == quarter
        )
    if "/" in value:
        start, end = value.split("/")
        return start < end and int(start[:4]) <= int(end[:4])
    return re.fullmatch(r"\d{4}", value) is not None


def test_ground_truth_values_are_consistent(documents):
    kinds = Counter()
    for d in documents:
        for f in d.facts:
            kinds[f["kind"]] += 1
            if f["kind"] == "date":
                if "note" not in f:  # relative dates (cùng kỳ năm trước, kể từ ngày ký) say no digits
                    assert _date_value_matches(f["value"], f["text"]), f
                first = f["value"].split("/")[0]
                dt.date.fromisoformat(first) if len(first) == 10 else int(first[:4])
            elif f["kind"] == "doc_ref":
                assert f["number"] in f["text"].replace(" /", "/")
                if f["date"]:
                    assert d.header["issue_date"] is None or f["date"] <= d.header["issue_date"]
            elif f["kind"] == "percentage":
                written = f["text"].split("%")[0].split()[0].replace(",", ".")
                assert float(written) == f["value"]
            elif f["kind"] == "ratio":
                numerator, denominator = f["text"].split("/", 1)
                assert float(numerator.split()[0].replace(",", ".")) == f["numerator"]
                assert float(denominator.split()[0].replace(".", "")) == f["denominator"]
            elif f["kind"] == "assignment":
                # (a wrapped paragraph may break a name over two lines)
                assert " ".join(f["body"].split("; ")[0].split()) in " ".join(f["text"].split())
                if f["deadline"]:
                    inner = [
                        g for g in d.facts if g["kind"] == "date" and f["start"] <= g["start"] < f["end"]
                    ]
                    assert f["deadline"] in [g["value"] for g in inner]
        if d.header["doc_number"]:
            assert d.header["issue_date"] in [f["value"] for f in d.facts if f["kind"] == "date"]
            assert d.header["doc_number"] in d.text.replace(" /", "/")
            assert d.header["signer"] in d.text
    assert set(kinds) == {"date", "doc_ref", "percentage", "ratio", "assignment"}


def test_cli_writes_texts_truth_and_gold(tmp_path):
    result = CliRunner().invoke(main, [str(tmp_path / "out"), "--count", "4", "--seed", "5", "--size", "5k"])
    assert result.exit_code == 0, result.output
    assert "4 documents" in result.output
    texts = sorted((tmp_path / "out" / "docs").glob("*.txt"))
    truth = [json.loads(line) for line in (tmp_path / "out" / "truth.jsonl").read_text("utf-8").splitlines()]
    gold = sorted((tmp_path / "out" / "gold").glob("*.json"))
    assert len(texts) == len(truth) == len(gold) == 4
    for path, item in zip(texts, truth):
        text = path.read_text("utf-8")
        assert all(text[f["start"] : f["end"]] == f["text"] for f in item["facts"])


def test_ingesting_synthetic_documents_stores_them_with_their_facts(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    docs = list(generate(30, seed=21, size="5k"))
    for d in docs:
        (folder / f"{d.name}.txt").write_text(d.text, "utf-8")
    store = Store(tmp_path / "vanban.db")
    try:
        summary = ingest(store, [folder], IngestOptions(workers=2))
        assert summary.counts["added"] == 30 and not summary.failures
        for d in docs:
            row = store.document(str(folder / f"{d.name}.txt"))
            assert row["text"] == d.text
            if d.header["doc_number"]:
                assert row["doc_number"] == d.header["doc_number"]
                assert row["issue_date"] == d.header["issue_date"]
            stored = {(f["kind"], f["start"], f["end"]) for f in store.facts(document_id=row["id"])}
            truth = {
                (f["kind"], f["start"], f["end"]) for f in d.facts if f["kind"] in ("date", "percentage")
            }
            # Dates and percentages are the synthetic kinds the extractors get right; most must be there.
            assert len(truth & stored) >= 0.9 * len(truth), d.name
    finally:
        store.close()


@pytest.mark.slow
def test_fact_density_matches_the_real_documents():
    """The bulk-import benchmark runs on these notices: per 1,000 characters
    they carry each kind of fact about as often as the real documents do."""
    from tests.conftest import SHARED, shared_path
    from tools.bench import corpus_files
    from vanban.pipeline.extraction import extract_text
    from vanban.pipeline.readers import read_bytes

    def density(texts, facts_of):
        counts, chars = Counter(), 0
        for text in texts:
            chars += len(text)
            counts.update(fact["kind"] for fact in facts_of(text))
        return {kind: counts[kind] * 1000 / chars for kind in counts}

    real_files = [p for p in corpus_files(shared_path()) if SHARED in p.parents]
    assert len(real_files) >= 30
    real_texts = [normalize_text(read_bytes(p.read_bytes(), p).text).text for p in real_files]
    real = density(real_texts, lambda text: extract_text(text).to_dict()["facts"])
    synthetic_documents = {d.text: d.facts for d in generate(150, seed=3, size="14k")}
    synthetic = density(synthetic_documents, synthetic_documents.get)
    assert set(synthetic) == set(real)
    for kind in real:
        assert 0.5 <= synthetic[kind] / real[kind] <= 2.0, (kind, synthetic, real)
    assert 0.8 <= sum(synthetic.values()) / sum(real.values()) <= 1.25, (synthetic, real)
