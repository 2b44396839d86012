"""``make bench``: speed figures on real text (not timed unit tests).

Measures, on the bundled seeds plus ../shared's real documents when present:
- tokenizers: vanban's syllable tokenizer against underthesea's word_tokenize
  and sent_tokenize (sentences per second);
- the extractors: MB of text per second through the whole spaCy pipeline, and
  for each finder alone;
- end-to-end ingest into a fresh store: documents and MB per second, against
  the floor of reading and storing with no extraction.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_files(shared: Path) -> list[Path]:
    files = sorted((ROOT / "corpus").glob("*.txt"))
    for folder in (shared / "corpus" / "real", shared / "eval" / "dev" / "docs"):
        if folder.is_dir():
            files += sorted(p for p in folder.glob("*.txt") if p.name != "SOURCES.md")
    return files


def timed(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def bench_tokenizers(texts: list[str]) -> dict:
    from pipeline.nlp import build_nlp, sentence_starts

    sentences = []
    for text in texts:
        starts = sentence_starts(text) + [len(text)]
        sentences += [text[a:b].strip() for a, b in zip(starts, starts[1:]) if text[a:b].strip()]
    tokenizer = build_nlp(("vanban_sentences",)).tokenizer
    results = {"sentences": len(sentences)}
    results["syllable_tokenizer_sent_per_s"] = len(sentences) / timed(
        lambda: [tokenizer(s) for s in sentences])
    results["vanban_sentence_split_mb_per_s"] = sum(map(len, texts)) / 1e6 / timed(
        lambda: [sentence_starts(t) for t in texts])
    try:
        from underthesea import sent_tokenize, word_tokenize

        sample = sentences[:400]
        results["underthesea_word_tokenize_sent_per_s"] = len(sample) / timed(
            lambda: [word_tokenize(s) for s in sample], repeat=1)
        results["underthesea_sent_tokenize_mb_per_s"] = sum(map(len, texts)) / 1e6 / timed(
            lambda: [sent_tokenize(t) for t in texts], repeat=1)
    except ImportError:
        pass
    return results


def bench_extractors(texts: list[str]) -> dict:
    from extractors.components import FINDERS
    from extractors.context import DocumentContext
    from pipeline.extraction import extract_texts
    import importlib

    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    results = {"megabytes": round(megabytes, 3), "documents": len(texts)}
    list(extract_texts(texts[:2]))  # build the pipeline outside the timing
    results["pipeline_mb_per_s"] = megabytes / timed(lambda: list(extract_texts(texts)))
    context = DocumentContext(issue_date="2025-01-01")
    finders_total = 0.0
    for name, spec in FINDERS.items():
        finder = getattr(importlib.import_module(spec.module), spec.function)
        seconds = timed(lambda: [finder(t, context) for t in texts])
        finders_total += seconds
        results[f"{spec.kind}_mb_per_s"] = megabytes / seconds
    results["four_finders_mb_per_s"] = megabytes / finders_total
    return results


def bench_ingest(files: list[Path], copies: int) -> dict:
    from pipeline.ingest import ingest
    from pipeline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        # Distinct content per copy, so nothing is skipped as a duplicate.
        for i in range(copies):
            for file in files:
                data = file.read_bytes() + f"\n\nBản sao {i}.\n".encode()
                (folder / f"{i:03d}_{file.name}").write_bytes(data)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        count = len(list(folder.iterdir()))
        store = Store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        summary = ingest(store, [folder])
        seconds = time.perf_counter() - start
        store.close()
        assert summary.counts["added"] == count, summary.to_dict()
    return {"files": count, "megabytes": round(size, 3), "seconds": round(seconds, 2),
            "documents_per_s": count / seconds, "mb_per_s": size / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--copies", type=int, default=5, help="copies of the corpus to ingest")
    args = parser.parse_args()
    files = corpus_files(args.shared)
    texts = [f.read_text("utf-8") for f in files]
    report = {
        "tokenizers": bench_tokenizers(texts),
        "extractors": bench_extractors(texts),
        "ingest": bench_ingest(files, args.copies),
    }
    rounded = json.loads(json.dumps(report), parse_float=lambda x: round(float(x), 2))
    print(json.dumps(rounded, indent=2))


if __name__ == "__main__":
    main()
