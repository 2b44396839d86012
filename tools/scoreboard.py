"""``make eval``: the extractors scored on every annotated set, side by side.

Sets:
- ``dev``: ``../shared/eval/dev`` (15 documents the rules were first written on;
  skipped when ../shared is absent);
- ``train``: ``tests/gold/tvpl/train`` — look at its misses while writing rules;
- ``test``: ``tests/gold/tvpl/test`` — scores only: its misses are never printed
  by this tool, so that nobody tunes on it (see ``tests/gold/README.md``);
- ``real``: ``tests/gold/real`` — the state documents of ``corpus/real``, scored
  once unseen and then tuned on, like train.

``--misses train`` (or ``dev``) lists that set's misses and false hits below the table.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from tools.options import ROOT, shared_option
from vanban.pipeline.evaluate import HEADER_FIELDS, KINDS, EvalReport, evaluate, format_misses
from vanban.pipeline.ingest import extract_file

GOLD = ROOT / "tests" / "gold" / "tvpl"
DOCS = ROOT / "corpus" / "tvpl"  # byte-for-byte copies of ../shared/corpus/tvpl
REAL_GOLD, REAL_DOCS = ROOT / "tests" / "gold" / "real", ROOT / "corpus" / "real"
TUNABLE = ("dev", "train", "real")
SETS = ("dev", "train", "test", "real")


def annotated_sets(shared: Path) -> dict[str, tuple[Path, Path]]:
    sets = {}
    dev = shared / "eval" / "dev"
    if (dev / "gold").is_dir():
        sets["dev"] = (dev / "gold", dev / "docs")
    sets["train"] = (GOLD / "train", DOCS)
    sets["test"] = (GOLD / "test", DOCS)
    sets["real"] = (REAL_GOLD, REAL_DOCS)
    return sets


def score(gold: Path, docs: Path) -> EvalReport:
    return evaluate(gold, docs, lambda path: extract_file(str(path), with_text=True))


def side_by_side(reports: dict[str, EvalReport]) -> str:
    names = list(reports)
    lines = [
        "kind          " + "".join(f"{n:>26}" for n in names),
        "              " + "".join(f"{'gold  P     R     F1':>26}" for _ in names),
    ]
    for kind in (*KINDS, "all"):
        row = f"{kind:<14}"
        for name in names:
            s = reports[name].total if kind == "all" else reports[name].kinds[kind]
            row += f"{s.n_gold:>8} {s.precision:>5.3f} {s.recall:>5.3f} {s.f1:>5.3f}"
        lines.append(row)
    lines.append("")
    lines.append("header field  " + "".join(f"{n:>26}" for n in names))
    for field in HEADER_FIELDS:
        row = f"{field:<14}"
        for name in names:
            h = reports[name].header[field]
            row += f"{h.accuracy:>16.3f} ({h.correct:>2}/{h.total:>2})"
        lines.append(row)
    return "\n".join(lines)


@click.command(help=__doc__)
@shared_option("dev set")
@click.option(
    "--misses",
    "misses_of",
    type=click.Choice(TUNABLE),
    default=None,
    help="list this set's misses and false hits (never the test set's)",
)
@click.option("--kind", "kinds", multiple=True, help="only these kinds in the miss list")
@click.option("--json", "as_json", is_flag=True, help="the scores of every set as JSON")
@click.option(
    "--only",
    "only",
    multiple=True,
    type=click.Choice(SETS),
    help="score only these sets (default: all)",
)
def main(
    shared: Path, misses_of: str | None, kinds: tuple[str, ...], as_json: bool, only: tuple[str, ...]
) -> None:
    reports = {
        name: score(gold, docs)
        for name, (gold, docs) in annotated_sets(shared).items()
        if not only or name in only or name == misses_of
    }
    if as_json:
        click.echo(json.dumps({name: report.scores() for name, report in reports.items()}, indent=2))
        return
    if misses_of:
        click.echo(format_misses(reports[misses_of], kinds or None))
        click.echo()
    click.echo(side_by_side(reports))
    for name, report in reports.items():
        for doc in report.errors:
            click.echo(f"{name}: {doc.doc}: extraction failed: {doc.error.splitlines()[-1]}")


if __name__ == "__main__":
    main(prog_name="python -m tools.scoreboard")
