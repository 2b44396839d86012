"""Progress of an import: a live line on a terminal, periodic log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import Optional

import click


class Progress:
    def __init__(self, quiet: bool = False, log_every: float = 10.0, stream=None):
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.log_every = log_every
        self.last_log = time.monotonic()
        self.started = time.monotonic()
        self.summary = None
        self.line_open = False

    def file(self, path: str, outcome: str, failure) -> None:
        if failure:
            self._clear()
            click.echo(f"error: {path}: {failure.cause}", err=True)
        elif not self.quiet and not self.tty and outcome not in ("unchanged",):
            click.echo(f"{outcome}: {path}")

    def update(self, summary) -> None:
        self.summary = summary
        now = time.monotonic()
        if self.tty and not self.quiet:
            self._clear()
            self.stream.write(self._line(summary))
            self.stream.flush()
            self.line_open = True
        elif not self.tty and now - self.last_log >= self.log_every:
            self.last_log = now
            click.echo("progress: " + self._line(summary), err=True)

    def _line(self, summary) -> str:
        elapsed = max(1e-6, time.monotonic() - self.started)
        rate = summary.done / elapsed
        total: Optional[int] = summary.total
        failed = summary.counts.get("failed", 0)
        if total:
            eta = (total - summary.done) / rate if rate else 0
            return f"{summary.done}/{total} files  {rate:.1f}/s  ETA {eta:.0f} s  errors {failed}"
        return f"{summary.done} files  {rate:.1f}/s  errors {failed}"

    def _clear(self) -> None:
        if self.line_open:
            self.stream.write("\r\033[K")
            self.line_open = False

    def close(self) -> None:
        self._clear()
