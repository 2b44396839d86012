"""``make bench``: speed figures on real text (not timed unit tests).

Measures, on the bundled seeds plus ../shared's real documents when present:
- tokenizers: vanban's syllable tokenizer against underthesea's word_tokenize
  and sent_tokenize (sentences per second);
- the extractors: MB of text per second through the whole spaCy pipeline, and
  for each finder alone;
- components: milliseconds per synthetic document for each step a worker runs
  (reading, normalising, tokens, each extractor, the rows to store);
- end-to-end ingest into a fresh store: documents and MB per second, against
  the floor of reading and storing with no extraction;
- bulk import of synthetic notices (tools.synthetic, ``--docs 1000,20000``):
  documents and MB per second with 1 and 2 workers and the floor (each the
  fastest of ``--repeat`` runs), and the peak memory of the parent plus its
  workers, against issue 6's targets;
- beside the pipeline a user would assemble from general tools
  (tools.baseline): documents per second and P/R/F1 per kind of each on the
  hand-annotated dev set, scored as ``make eval`` scores;
- the extractors' precision and recall on 200 synthetic documents whose ground
  truth is known (a regression alarm; it is NOT a measure on real documents);
- scale (tools/bench_scale.py): a store of ``--scale-docs`` synthetic notices
  built once (or ``--scale-store``), its size, queries and read commands
  against issue 14's targets.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Optional

import click

from tools.bench_support import PeakMemory, say, write_synthetic
from tools.options import ROOT, shared_option


def corpus_files(shared: Path) -> list[Path]:
    files = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
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
    from vanban.pipeline.nlp.language import build_nlp
    from vanban.pipeline.nlp.sentences import sentence_starts

    sentences = []
    for text in texts:
        starts = sentence_starts(text) + [len(text)]
        sentences += [text[a:b].strip() for a, b in zip(starts, starts[1:]) if text[a:b].strip()]
    tokenizer = build_nlp(("vanban_sentences",)).tokenizer
    results = {"sentences": len(sentences)}
    results["syllable_tokenizer_sent_per_s"] = len(sentences) / timed(
        lambda: [tokenizer(s) for s in sentences]
    )
    results["vanban_sentence_split_mb_per_s"] = (
        sum(map(len, texts)) / 1e6 / timed(lambda: [sentence_starts(t) for t in texts])
    )
    try:
        from underthesea import sent_tokenize, word_tokenize

        sample = sentences[:400]
        results["underthesea_word_tokenize_sent_per_s"] = len(sample) / timed(
            lambda: [word_tokenize(s) for s in sample], repeat=1
        )
        results["underthesea_sent_tokenize_mb_per_s"] = (
            sum(map(len, texts)) / 1e6 / timed(lambda: [sent_tokenize(t) for t in texts], repeat=1)
        )
    except ImportError:
        pass
    return results


def bench_extractors(texts: list[str]) -> dict:
    import importlib

    from vanban.extractors.context import DocumentContext
    from vanban.pipeline.extraction import extract_texts
    from vanban.pipeline.nlp.components import FINDERS

    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    results = {"megabytes": round(megabytes, 3), "documents": len(texts)}
    list(extract_texts(texts[:2]))  # build the pipeline outside the timing
    results["pipeline_mb_per_s"] = megabytes / timed(lambda: list(extract_texts(texts)))
    context = DocumentContext(issue_date="2025-01-01")
    seconds_by_kind = {}
    for spec in FINDERS.values():
        finder = getattr(importlib.import_module(spec.module), spec.function)
        seconds_by_kind[spec.kind] = timed(lambda finder=finder: [finder(t, context) for t in texts])
        results[f"{spec.kind}_mb_per_s"] = megabytes / seconds_by_kind[spec.kind]
    # Issue #3's target is for these four together (one core).
    four = ("date", "doc_ref", "percentage", "ratio")
    results["dates_refs_percentages_ratios_mb_per_s"] = megabytes / sum(seconds_by_kind[k] for k in four)
    results["all_finders_mb_per_s"] = megabytes / sum(seconds_by_kind.values())
    return results


def bench_ingest(files: list[Path], copies: int) -> dict:
    from vanban.pipeline.ingest import ingest
    from vanban.pipeline.store.core import Store

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
    return {
        "files": count,
        "megabytes": round(size, 3),
        "seconds": round(seconds, 2),
        "documents_per_s": count / seconds,
        "mb_per_s": size / seconds,
    }


# Issue 6's targets for a bulk import (2 cores, every extractor on).
TARGET_MB_PER_S = 2.0
TARGET_FLOOR_FACTOR = 5.0
TARGET_SPEEDUP = 1.7
TARGET_MEMORY_GROWTH = 1.2


def floor_import(store, folder: Path, batch_size: int = 64) -> int:
    """The floor of an import: what ``ingest`` does with no extraction — walk,
    read, hash, read the format, normalise and store each document (with an
    empty extraction) in batched transactions, in this process."""
    from vanban.pipeline.ingest.files import files_only, sha256_of
    from vanban.pipeline.ingest.steps import prepare

    count = 0
    store.begin()
    for path in files_only([folder]):
        data = path.read_bytes()
        store.save_document(prepare(str(path), data, sha256_of(data), path.stat().st_mtime, extract=False))
        count += 1
        if count % batch_size == 0:
            store.commit()
            store.begin()
    store.commit()
    return count


def timed_import(folder: Path, db: Path, workers: Optional[int], megabytes: float) -> dict:
    """One import into a fresh store: ``workers=None`` is the floor."""
    from vanban.pipeline.ingest import IngestOptions, ingest
    from vanban.pipeline.store.core import Store

    store = Store(db)
    with PeakMemory() as memory:
        start = time.perf_counter()
        if workers is None:
            count = floor_import(store, folder)
        else:
            summary = ingest(store, [folder], IngestOptions(workers=workers))
            count = summary.counts["added"]
            assert summary.done == count, summary.to_dict()
        seconds = time.perf_counter() - start
    facts = store.db.execute("SELECT count(*) FROM facts").fetchone()[0]
    store.close()
    return {
        "workers": workers if workers is not None else "floor",
        "documents": count,
        "facts": facts,
        "seconds": seconds,
        "documents_per_s": count / seconds,
        "mb_per_s": megabytes / seconds,
        **memory.to_dict(),
    }


def bench_import(counts: list[int], size: str, seed: int, repeat: int = 2) -> dict:
    """Bulk import of synthetic notices: speed with 1 and 2 workers and the floor
    on the first count, each the fastest of ``repeat`` runs (a shared host's
    speed drifts from one minute to the next); peak memory with 2 workers on
    every count."""
    results: dict = {"size": size, "counts": counts, "repeat": repeat, "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i, count in enumerate(counts):
            folder = Path(tmp) / f"docs_{count}"
            say(f"import: writing {count} synthetic documents of {size} ...")
            megabytes = write_synthetic(folder, count, size, seed)
            plan = [None, 1, 2] if i == 0 else [2]
            for workers in plan:
                label = "floor (no extraction)" if workers is None else f"{workers} worker(s)"
                runs = []
                for attempt in range(repeat if i == 0 else 1):
                    say(f"import: {count} documents, {megabytes:.1f} MB, {label} ...")
                    db = Path(tmp) / f"store_{count}_{workers}_{attempt}.db"
                    run = timed_import(folder, db, workers, megabytes)
                    say(
                        f"  {run['seconds']:.1f} s, {run['documents_per_s']:.1f} documents/s, "
                        f"{run['mb_per_s']:.2f} MB/s, peak RSS {run['peak_rss_mb']:.0f} MB"
                    )
                    runs.append(run)
                    for leftover in Path(tmp).glob(db.name + "*"):  # with -wal, -shm
                        leftover.unlink()
                best = min(runs, key=lambda r: r["seconds"])
                best["megabytes"] = megabytes
                best["seconds_of_each_run"] = [r["seconds"] for r in runs]
                results["runs"].append(best)
    results["targets"] = import_targets(results["runs"], counts)
    results["host_cpu_speedup_2_processes"] = host_speedup()
    say(
        f"import: this host runs 2 CPU-bound processes {results['host_cpu_speedup_2_processes']:.2f}x "
        "as fast as 1 (the ceiling for the workers' speed-up)"
    )
    return results


def _burn(n: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i * i
    return time.perf_counter() - start


def host_speedup(n: int = 10_000_000) -> float:
    """What two processes gain over one on this host for pure CPU work: the
    ceiling for the 1 -> 2 workers speed-up (virtual CPUs may share a core)."""
    import multiprocessing

    one = _burn(n)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_burn, [n, n])
        two = time.perf_counter() - start
    return 2 * one / two


def import_targets(runs: list[dict], counts: list[int]) -> dict:
    """Issue 6's targets, each with the measured figure and whether it is met."""
    first = [r for r in runs if r["documents"] == counts[0]]
    floor = next(r for r in first if r["workers"] == "floor")
    one = next(r for r in first if r["workers"] == 1)
    two = next(r for r in first if r["workers"] == 2)
    targets = {
        "mb_per_s_2_workers": {
            "target": f">= {TARGET_MB_PER_S}",
            "measured": two["mb_per_s"],
            "met": two["mb_per_s"] >= TARGET_MB_PER_S,
        },
        "floor_factor": {
            "target": f"<= {TARGET_FLOOR_FACTOR}",
            "measured": two["seconds"] / floor["seconds"],
            "met": two["seconds"] / floor["seconds"] <= TARGET_FLOOR_FACTOR,
        },
        "speedup_1_to_2_workers": {
            "target": f">= {TARGET_SPEEDUP}",
            "measured": one["seconds"] / two["seconds"],
            "met": one["seconds"] / two["seconds"] >= TARGET_SPEEDUP,
        },
    }
    two_runs = sorted((r for r in runs if r["workers"] == 2), key=lambda r: r["documents"])
    if len(two_runs) > 1:
        growth = two_runs[-1]["peak_rss_mb"] / two_runs[0]["peak_rss_mb"]
        targets["memory_growth"] = {
            "target": f"<= {TARGET_MEMORY_GROWTH} (peak RSS, {two_runs[0]['documents']} -> "
            f"{two_runs[-1]['documents']} documents, 2 workers)",
            "measured": growth,
            "met": growth <= TARGET_MEMORY_GROWTH,
            "pss_growth": two_runs[-1]["peak_pss_mb"] / two_runs[0]["peak_pss_mb"],
        }
    return targets


def bench_synthetic_quality(count: int, size: str, seed: int) -> dict:
    """Extraction scored against the generator's ground truth, as ``vanban eval`` scores."""
    from tools.synthetic import generate, write_corpus
    from vanban.pipeline.evaluate import evaluate, format_table
    from vanban.pipeline.ingest import extract_file

    with tempfile.TemporaryDirectory() as tmp:
        say(f"synthetic quality: {count} documents of {size}, seed {seed} ...")
        written = write_corpus(tmp, generate(count, seed, size))
        report = evaluate(
            Path(written["gold"]), Path(written["docs"]), lambda path: extract_file(str(path), with_text=True)
        )
    say(format_table(report))
    return {
        "note": "synthetic text made from templates: an upper bound and a regression alarm, "
        "NOT a substitute for the hand-annotated dev set (make eval)",
        "documents": count,
        "size": size,
        "seed": seed,
        **report.scores(),
    }


def bench_baseline(shared: Path, repeat: int) -> dict:
    """vanban against the pipeline a user would assemble from general tools
    (tools.baseline: dateparser, regular expressions, underthesea's NER), in one
    run, on the hand-annotated dev set (the one vanban's rules were shaped on)
    and on the held-out test part of tests/gold/tvpl (never tuned on): documents
    per second for each (the best of ``repeat`` passes, after one document to
    load models and data) and P/R/F1 per kind, both scored by
    ``vanban.pipeline.evaluate`` as ``make eval`` does."""
    from tools.scoreboard import annotated_sets

    out: dict = {}
    for name, (gold, docs) in annotated_sets(shared).items():
        if name in ("dev", "test"):
            out[name] = _baseline_on(name, gold, docs, repeat)
    if not out:
        say("baseline: no annotated set found, skipped")
    return out


def _baseline_on(set_name: str, gold: Path, docs: Path, repeat: int) -> dict:
    from tools.baseline import FINDERS, TOOLS, extract_baseline
    from vanban.pipeline.evaluate import evaluate, load_gold
    from vanban.pipeline.extraction import extract_text

    pipelines = {"vanban": lambda text: extract_text(text).to_dict(), "assembled": extract_baseline}
    paths = [docs / g.doc for g in load_gold(gold)]
    texts = [path.read_text("utf-8") for path in paths if path.exists()]
    out: dict = {"documents": len(texts), "megabytes": sum(len(t.encode("utf-8")) for t in texts) / 1e6}
    reports = {}
    for name, extract in pipelines.items():
        say(f"baseline: {name} on {len(texts)} {set_name} documents ...")
        started = time.perf_counter()
        extract(texts[0])
        first = time.perf_counter() - started
        seconds = timed(lambda extract=extract: [extract(t) for t in texts], repeat)
        reports[name] = evaluate(gold, docs, lambda path, e=extract: e(path.read_text("utf-8")))
        out[name] = {
            "documents_per_s": len(texts) / seconds,
            "first_document_s": first,  # with loading its models and data
            "kinds": reports[name].scores()["kinds"],
            "errors": [d.doc for d in reports[name].errors],
        }
    out["assembled"]["tools"] = TOOLS
    # Where the assembled pipeline's time goes: each general tool on its own.
    out["assembled"]["seconds_by_kind"] = {
        kind: timed(lambda finder=finder: [finder(t) for t in texts], repeat)
        for kind, finder in FINDERS.items()
    }
    say(baseline_table(out, reports, set_name))
    return out


def baseline_table(out: dict, reports: dict, set_name: str = "dev") -> str:
    from vanban.pipeline.evaluate import KINDS

    names = list(reports)
    lines = [
        f"{set_name} set: {out['documents']} documents, {out['megabytes'] * 1000:.0f} kB",
        f"{'':<12}{'':>6}" + "".join(f"{n:>22}" for n in names),
        f"{'documents/s':<12}{'':>6}" + "".join(f"{out[n]['documents_per_s']:>22.1f}" for n in names),
        f"{'kind':<12}{'gold':>6}" + "".join(f"{'P     R     F1':>22}" for _ in names),
    ]
    for kind in KINDS:
        row = f"{kind:<12}{reports[names[0]].kinds[kind].n_gold:>6}"
        for name in names:
            s = reports[name].kinds[kind]
            row += f"{'':>4}{s.precision:>6.2f}{s.recall:>6.2f}{s.f1:>6.2f}"
        lines.append(row)
    return "\n".join(lines)


SECTIONS = (
    "tokenizers",
    "extractors",
    "components",
    "ingest",
    "import",
    "synthetic",
    "length",
    "folding",
    "baseline",
    "scale",
)

# Queries a researcher types, with their diacritics; typed without them they fold.
FOLDING_QUERIES = (
    "dân số",
    "Đà Nẵng",
    "nội vụ",
    "giới tính khi sinh",
    "sinh con thứ 3",
    "y tế",
    "lũ lụt",
    "Công điện",
    "tài chính",
    "bão",
    "đê điều",
    "sở",
    "mưa lũ",
    "Hà Nội",
    "an toàn",
)


def bench_folding(workdir: Path) -> dict:
    """How many more documents a query finds typed without diacritics than with
    them (issue 13), on a store of the corpus bundled in corpus/."""
    from vanban.extractors.text.folding import without_marks
    from vanban.pipeline.ingest import IngestOptions, ingest
    from vanban.pipeline.store.core import Store
    from vanban.pipeline.store.search import search

    store = Store(workdir / "folding.db")
    ingest(store, [ROOT / "corpus" / n for n in ("seeds", "tvpl")], IngestOptions(workers=2))
    out = {}
    for query in FOLDING_QUERIES:
        exact = len(search(store.db, query, limit=100_000, accents="exact"))
        folded = len(search(store.db, without_marks(query), limit=100_000))
        out[query] = {"with_diacritics": exact, "without": folded}
    total_exact = sum(v["with_diacritics"] for v in out.values())
    total_folded = sum(v["without"] for v in out.values())
    out["all"] = {
        "with_diacritics": total_exact,
        "without": total_folded,
        "added": total_folded / total_exact - 1,
    }
    say(f"folding: {total_exact} hits with diacritics, {total_folded} without")
    return out


def bench_length(sizes=(10_000, 100_000, 1_000_000, 10_000_000)) -> dict:
    """Seconds per MB of text through normalisation and the whole pipeline, for
    one document of each size (the bundled notice repeated, as a bound volume of
    notices is): flat when every step is linear (issue 15).  Peak memory is the
    process's own high-water mark after each size."""
    import resource

    from vanban.pipeline.extraction import extract_text
    from vanban.pipeline.normalize import normalize_text

    notice = (ROOT / "corpus" / "seeds" / "000_fe83d079ad149f76.txt").read_text("utf-8")
    extract_text(notice)  # the pipeline is built once per process
    out = {}
    for size in sizes:
        text = "\n\n".join([notice] * max(1, size // len(notice)))
        started = time.perf_counter()
        normalized = normalize_text(text).text
        facts = extract_text(normalized).to_dict()
        seconds = time.perf_counter() - started
        megabytes = len(text.encode("utf-8")) / 1e6
        out[f"{size:,} chars"] = {
            "seconds": seconds,
            "s_per_MB": seconds / megabytes,
            "facts": sum(len(v) for v in facts.values() if isinstance(v, list)),
            "peak_MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
        say(f"length {size:,}: {seconds / megabytes:.2f} s/MB")
    return out


def bench_components(count: int, size: str, seed: int) -> dict:
    """Milliseconds per synthetic document for each step of ``prepare`` (one
    core, best of three passes): where a worker's time goes."""
    from collections import Counter

    from tools.synthetic import generate
    from vanban.pipeline.extraction import extraction_from_doc
    from vanban.pipeline.nlp.language import build_nlp
    from vanban.pipeline.normalize import normalize_text
    from vanban.pipeline.readers import read_bytes
    from vanban.pipeline.store.rows import DocumentRecord, document_rows

    datas = [document.text.encode("utf-8") for document in generate(count, seed, size)]
    nlp = build_nlp()
    best: dict[str, float] = {}
    for _ in range(3):
        spent: Counter = Counter()
        for data in datas:
            start = time.process_time()
            result = read_bytes(data, Path("document.txt"))
            spent["read"] += time.process_time() - start
            start = time.process_time()
            text = normalize_text(result.text).text
            spent["normalize"] += time.process_time() - start
            start = time.process_time()
            doc = nlp.make_doc(text)
            spent["tokens"] += time.process_time() - start
            for name, component in nlp.pipeline:
                start = time.process_time()
                doc = component(doc)
                spent[name.removeprefix("vanban_")] += time.process_time() - start
            start = time.process_time()
            extraction = extraction_from_doc(doc).to_dict()
            document_rows(
                DocumentRecord(
                    path="document.txt",
                    sha256="",
                    size=len(data),
                    mtime=None,
                    format="txt",
                    encoding="utf-8",
                    reader="text",
                    reader_version="",
                    read_confidence=None,
                    text=text,
                    normalization={},
                    extraction=extraction,
                    extractor_versions={},
                )
            )
            spent["contract and rows"] += time.process_time() - start
        for step, seconds in spent.items():
            best[step] = min(best.get(step, float("inf")), seconds)
    per_document = {step: seconds * 1000 / len(datas) for step, seconds in best.items()}
    per_document["total"] = sum(per_document.values())
    return {"documents": len(datas), "size": size, "ms_per_document": per_document}


@click.command(help=__doc__)
@shared_option("real documents")
@click.option("--copies", type=int, default=5, show_default=True, help="copies of the corpus to ingest")
@click.option(
    "--docs",
    default="1000,3000",
    show_default=True,
    help="synthetic documents per import run, comma-separated: speed is measured on "
    "the first count, peak memory on each (issue 6: --docs 1000,20000)",
)
@click.option("--size", default="14k", show_default=True, help="bytes per synthetic document (5k, 14k)")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option(
    "--repeat",
    type=int,
    default=2,
    show_default=True,
    help="runs of each import speed figure; the fastest is reported",
)
@click.option(
    "--quality-docs",
    type=int,
    default=200,
    show_default=True,
    help="synthetic documents scored against their ground truth",
)
@click.option(
    "--scale-docs",
    type=int,
    default=100_000,
    show_default=True,
    help="synthetic documents in the scale section's store (issue 14)",
)
@click.option(
    "--scale-store",
    type=click.Path(dir_okay=False, path_type=Path),
    help="the scale section's store: measured as it is when it exists, else built there and kept",
)
@click.option(
    "--scale-append",
    type=int,
    default=0,
    show_default=True,
    help="with an existing --scale-store: first import this many new documents into it and into a "
    "new store, side by side, twice (the import rate kept at its size, apart from the host's load)",
)
@click.option(
    "--only",
    default=",".join(SECTIONS),
    show_default=True,
    help=f"sections to run, comma-separated: {', '.join(SECTIONS)}",
)
def main(
    shared: Path,
    copies: int,
    docs: str,
    size: str,
    seed: int,
    repeat: int,
    quality_docs: int,
    scale_docs: int,
    scale_store: Optional[Path],
    scale_append: int,
    only: str,
) -> None:
    sections = [s.strip() for s in only.split(",") if s.strip()]
    counts = [int(c) for c in docs.split(",") if c.strip()]
    say(f"bench: sections {', '.join(sections)}; import counts {counts} of {size}")
    report: dict = {}
    if {"tokenizers", "extractors", "ingest"} & set(sections):
        files = corpus_files(shared)
        texts = [f.read_text("utf-8") for f in files]
        if "tokenizers" in sections:
            say("tokenizers ...")
            report["tokenizers"] = bench_tokenizers(texts)
        if "extractors" in sections:
            say("extractors ...")
            report["extractors"] = bench_extractors(texts)
        if "ingest" in sections:
            say(f"ingest: {copies} copies of the real corpus ...")
            report["ingest"] = bench_ingest(files, copies)
    if "components" in sections:
        say("components ...")
        report["components"] = bench_components(200, size, seed)
    if "import" in sections:
        report["import"] = bench_import(counts, size, seed, repeat)
    if "length" in sections:
        report["length"] = bench_length()
    if "synthetic" in sections:
        report["synthetic_quality"] = bench_synthetic_quality(quality_docs, size, seed)
    if "baseline" in sections:
        report["baseline"] = bench_baseline(shared, repeat)
    if "folding" in sections:
        with tempfile.TemporaryDirectory() as workdir:
            report["folding"] = bench_folding(Path(workdir))
    if "scale" in sections:
        from tools.bench_scale import bench_scale  # (it takes PeakMemory from here)

        report["scale"] = bench_scale(scale_docs, scale_store, size, seed, append=scale_append)
    rounded = json.loads(json.dumps(report), parse_float=lambda x: round(float(x), 2))
    print(json.dumps(rounded, indent=2))


if __name__ == "__main__":
    main(prog_name="python -m tools.bench")
