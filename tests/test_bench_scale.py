"""The scale section of the bench (tools/bench_scale.py) on a tiny store: the
report's structure and the consistency of its numbers, never its speed."""

import pytest

from tools.bench_scale import (
    choose_queries,
    distribution,
    import_store,
    read_commands,
    scale_targets,
    slice_ends,
    store_size,
    time_commands,
    time_queries,
)
from tools.bench_support import write_synthetic
from vanban.pipeline.store.core import Store
from vanban.pipeline.store.search import search

COUNT = 30


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    write_synthetic(folder, COUNT, "5k", seed=5)
    db = tmp_path_factory.mktemp("store") / "scale.db"
    return db, import_store(db, folder, workers=2, first=10)


def test_slices_are_the_first_thousand_then_each_tenth():
    assert slice_ends(100_000) == [1000] + [10_000 * i for i in range(1, 11)]
    assert slice_ends(2000) == [1000, 1200, 1400, 1600, 1800, 2000]
    assert slice_ends(500) == [500]
    assert slice_ends(30, first=10) == [10, 12, 15, 18, 21, 24, 27, 30]


def test_import_report_covers_every_document_in_its_slices(built):
    _, report = built
    assert report["documents"] == COUNT and report["workers"] == 2
    assert [s["documents"] for s in report["slices"]][:2] == ["0-10", "10-12"]
    assert report["slices"][-1]["documents"].endswith(f"-{COUNT}")
    # The slices run from the first document done to the last, each in its time.
    spent = sum(s["seconds"] for s in report["slices"])
    assert 0 < spent <= report["seconds"] - report["startup_s"] + 1e-6
    for piece in report["slices"]:
        assert piece["documents_per_s"] > 0 and piece["peak_rss_mb"] > 0
    assert report["rate_kept"] == pytest.approx(
        report["slices"][-1]["documents_per_s"] / report["slices"][0]["documents_per_s"]
    )
    assert report["memory_growth"] > 0 and report["peak_rss_mb"] >= max(
        s["peak_rss_mb"] for s in report["slices"]
    )


def test_size_counts_the_text_held_and_every_page(built):
    db, _ = built
    size = store_size(db)
    store = Store(db, read_only=True)
    try:
        texts = [row[0] for row in store.db.execute("SELECT text FROM documents")]
    finally:
        store.close()
    assert size["documents"] == COUNT
    assert size["text_bytes"] == sum(len(t.encode("utf-8")) for t in texts) > COUNT * 4000
    assert size["ratio"] == pytest.approx(size["file_bytes"] / size["text_bytes"])
    assert size["file_bytes"] == sum(size["files"].values())
    if isinstance(size["by_object"], dict):  # (SQLite built with dbstat)
        pages = sum(o["bytes"] for o in size["by_object"].values())
        assert pages == sum(size["by_table"].values()) <= size["files"]["scale.db"]
        assert size["by_object"]["documents"]["payload_bytes"] >= size["text_bytes"]
        assert "documents_fts" in size["by_table"] and "documents_fts_data" not in size["by_table"]


def test_queries_answer_what_the_library_answers(built):
    db, _ = built
    store = Store(db, read_only=True)
    try:
        chosen = choose_queries(store)
        assert chosen["documents"] == COUNT and chosen["year"] and chosen["body"]
        measured = time_queries(store, chosen, runs=3)
        common = len(search(store.db, "dân số", limit=20))
    finally:
        store.close()
    assert measured["search_common"]["rows"] == common > 0
    # The rare word, typed without diacritics, finds every document the index counts it in.
    assert measured["search_rare"]["rows"] == min(20, chosen["rare_word_documents"]) > 0
    # (a stored document's own number is in its text; a number not stored, in the texts citing it)
    assert measured["search_number"]["rows"] >= 1 and measured["cited_by"]["rows"] >= 1
    assert measured["stats"]["rows"] > 0 and measured["assignments_body"]["rows"] > 0
    for figures in measured.values():
        assert figures["runs"] == 3
        assert 0 < figures["min_ms"] <= figures["median_ms"] <= figures["p95_ms"] <= figures["max_ms"]


def test_commands_run_as_processes_and_print_rows(built):
    db, _ = built
    store = Store(db, read_only=True)
    try:
        commands = read_commands(choose_queries(store))
    finally:
        store.close()
    assert {"stats", "search", "facts_filtered", "assignments", "bodies", "cited_by", "show"} <= set(commands)
    timed = time_commands(db, {"stats": commands["stats"]}, runs=1)["stats"]
    assert timed["lines"] >= 5 and timed["cold_s"] > 0 and timed["warm_median_s"] == timed["warm_max_s"] > 0


def test_distribution_and_targets():
    figures = distribution([i / 1000 for i in range(20, 0, -1)])  # 1 … 20 ms
    assert figures["median_ms"] == pytest.approx(10.5) and figures["p95_ms"] == pytest.approx(19)
    report = {
        "size": {"ratio": 1.9},
        "queries": {"search_common": {"median_ms": 40, "p95_ms": 250}, "cited_by": {"median_ms": 120}},
        "commands": {"version": {"warm_median_s": 0.05}, "stats": {"warm_median_s": 0.2}},
        "import": {
            "slices": [{}, {}],
            "rate_kept": 0.7,
            "memory_growth": 1.1,
        },
    }
    met = {name: t["met"] for name, t in scale_targets(report).items()}
    assert met == {
        "store_size_over_text": True,
        "search_common_median_ms": True,
        "search_common_p95_ms": False,
        "cited_by_median_ms": False,
        "command_stats_warm_s": True,
        "import_rate_kept": False,
        "import_memory_growth": True,
    }


def test_appended_documents_are_timed_into_the_store_and_into_a_new_one(built, tmp_path):
    import shutil

    from tools.bench_scale import append_rates

    db, _ = built
    copy = tmp_path / "scale.db"
    for suffix in ("", "-wal"):
        if (db.parent / (db.name + suffix)).exists():
            shutil.copy(db.parent / (db.name + suffix), tmp_path / (copy.name + suffix))
    report = append_rates(copy, 4, "5k", seed=5, rounds=2)
    assert report["documents_in_store"] == COUNT and report["documents_per_round"] == 4
    assert len(report["rate_new_store"]) == len(report["rate_large_store"]) == 2
    assert all(rate > 0 for rate in report["rate_new_store"] + report["rate_large_store"])
    assert report["rate_kept"] == pytest.approx(
        sum(report["rate_large_store"]) / sum(report["rate_new_store"])
    )
    store = Store(copy, read_only=True)
    assert store.stats()["documents"] == COUNT + 8  # (each round's documents new to the store)
    store.close()
    targets = scale_targets({"size": {"ratio": None}, "queries": {}, "commands": {}, "append": report})
    assert targets["import_rate_kept_side_by_side"]["measured"] == report["rate_kept"]
