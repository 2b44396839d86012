"""What the sections of ``make bench`` share (tools.bench, tools.bench_scale):
progress messages, the peak memory of a process and its workers, synthetic
notices written to a folder."""

from __future__ import annotations

import sys
import threading
from pathlib import Path


def say(message: str) -> None:
    """Progress on stderr, so that stdout stays one JSON report."""
    print(message, file=sys.stderr, flush=True)


class PeakMemory:
    """Samples the memory of this process and all its children (the ingest
    workers) from a thread: the peak of the summed RSS, and of the summed PSS,
    which counts pages shared after fork once instead of once per process."""

    def __init__(self, interval: float = 0.2):
        import psutil

        self.psutil = psutil
        self.interval = interval
        self.peak_rss = self.peak_pss = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        me = self.psutil.Process()
        # RSS is cheap (statm); PSS walks smaps, so it is read every fifth sample
        # only, to keep the sampler's own CPU out of the speed figures.
        full = self.samples % 5 == 0
        rss = pss = 0
        for process in [me] + me.children(recursive=True):
            try:
                info = process.memory_full_info() if full else process.memory_info()
            except (self.psutil.NoSuchProcess, self.psutil.AccessDenied):
                continue
            rss += info.rss
            pss += getattr(info, "pss", 0)
        self.peak_rss = max(self.peak_rss, rss)
        if full:
            self.peak_pss = max(self.peak_pss, pss)
        self.samples += 1

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> "PeakMemory":
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def to_dict(self) -> dict:
        return {
            "peak_rss_mb": self.peak_rss / 1e6,
            "peak_pss_mb": self.peak_pss / 1e6,
            "samples": self.samples,
        }


def write_synthetic(folder: Path, count: int, size: str, seed: int) -> float:
    """``count`` synthetic notices as .txt files in ``folder``; returns MB written."""
    from tools.synthetic import generate

    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for document in generate(count, seed, size):
        data = document.text.encode("utf-8")
        (folder / f"{document.name}.txt").write_bytes(data)
        total += len(data)
    return total / 1e6
