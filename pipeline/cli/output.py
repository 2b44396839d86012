"""Printing rows as a text table, JSON or CSV: every listing command uses this."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from typing import Any, Iterable, Sequence

import click


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


# Columns that hold a stored (absolute, canonical) path.
PATH_COLUMNS = ("source", "path", "paths")


def shown_path(path: Any) -> Any:
    """A stored path as a table shows it: relative to the current folder when
    under it (``corpus/seeds/a.txt``), else whole.  JSON and CSV keep it whole."""
    if isinstance(path, list):
        return [shown_path(p) for p in path]
    if not isinstance(path, str) or not path.startswith(os.sep):
        return path
    here = os.getcwd().rstrip(os.sep) + os.sep
    return path[len(here) :] if path.startswith(here) else path


def format_table(rows: Sequence[dict], columns: Sequence[str], max_width: int = 60) -> str:
    if not rows:
        return "(no rows)"
    rows = [{k: shown_path(v) if k in PATH_COLUMNS else v for k, v in row.items()} for row in rows]
    widths = {
        c: min(max_width, max(len(c), *(len(_cell(r.get(c), max_width)) for r in rows))) for c in columns[:-1]
    }
    # The last column takes what the terminal has left.
    terminal = shutil.get_terminal_size((200, 24)).columns
    used = sum(widths[c] + 2 for c in columns[:-1])
    last = max(len(columns[-1]), *(len(_cell(r.get(columns[-1]), 10_000)) for r in rows))
    widths[columns[-1]] = max(20, min(last, terminal - used))
    lines = ["  ".join(c.ljust(widths[c]) for c in columns), "  ".join("-" * widths[c] for c in columns)]
    for row in rows:
        lines.append("  ".join(_cell(row.get(c), widths[c]).ljust(widths[c]) for c in columns))
    return "\n".join(line.rstrip() for line in lines)


def emit(rows: Iterable[dict], columns: Sequence[str], fmt: str) -> None:
    rows = list(rows)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(format_table(rows, columns))


def format_options(csv_too: bool = True):
    """``--json`` / ``--csv`` flags that set ``fmt``."""

    def decorator(function):
        function = click.option("--json", "fmt", flag_value="json", help="Output JSON.")(function)
        if csv_too:
            function = click.option("--csv", "fmt", flag_value="csv", help="Output CSV.")(function)
        return click.option("--table", "fmt", flag_value="table", default=True, hidden=True)(function)

    return decorator
