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

``--agreement`` measures the gold itself: ``tests/gold/second`` holds a second,
independent annotation of the assignments of some train documents (written from
the texts alone by annotators who saw neither the first gold nor the extractors);
each batch is scored against the first gold as the extractor is, beside the
extractor on the same documents.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from tools.options import ROOT, shared_option
from vanban.pipeline.evaluate import HEADER_FIELDS, KINDS, EvalReport, evaluate, format_misses
from vanban.pipeline.ingest import extract_file

GOLD = ROOT / "tests" / "gold" / "tvpl"
DOCS = ROOT / "corpus" / "tvpl"  # byte-for-byte copies of ../shared/corpus/tvpl
REAL_GOLD, REAL_DOCS = ROOT / "tests" / "gold" / "real", ROOT / "corpus" / "real"
SECOND = ROOT / "tests" / "gold" / "second"  # a second annotation of train documents, by batch
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


def _as_facts(gold_file: Path) -> dict:
    """A gold file's assignments as an extraction (the text is the document's)."""
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    text = (DOCS / data["doc"]).read_text(encoding="utf-8")
    return {"text": text, "header": {}, "facts": [dict(a, kind="assignment") for a in data["assignments"]]}


def agreement(second: Path = SECOND, first: Path = GOLD / "train") -> dict[str, dict[str, EvalReport]]:
    """Per batch of ``second``: the second annotation and the extractor, each
    scored on assignments against the first gold of the same documents."""
    out = {}
    for batch in sorted(p for p in second.iterdir() if p.is_dir()):
        names = sorted(p.name for p in batch.glob("*.json"))
        with tempfile.TemporaryDirectory() as tmp:
            for name in names:  # (the first gold of these documents only)
                (Path(tmp) / name).write_bytes((first / name).read_bytes())
            out[batch.name] = {
                "second annotator": evaluate(
                    Path(tmp),
                    DOCS,
                    lambda path, b=batch: _as_facts(b / (path.stem + ".json")),
                    ("assignment",),
                ),
                "extractor": evaluate(
                    Path(tmp), DOCS, lambda path: extract_file(str(path), with_text=True), ("assignment",)
                ),
            }
    return out


def format_agreement(batches: dict[str, dict[str, EvalReport]]) -> str:
    lines = ["assignments against the first gold   docs  gold  pred    tp     P     R    F1"]
    for batch, reports in batches.items():
        for who, report in reports.items():
            s = report.kinds["assignment"]
            lines.append(
                f"{batch + ': ' + who:<36}{len(report.documents):>5}{s.n_gold:>6}{s.n_pred:>6}{s.tp:>6}"
                f"{s.precision:>6.3f}{s.recall:>6.3f}{s.f1:>6.3f}"
            )
    return "\n".join(lines)


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
@click.option(
    "--agreement",
    "with_agreement",
    is_flag=True,
    help="score the second annotation (tests/gold/second) and the extractor against the first gold instead",
)
def main(
    shared: Path,
    misses_of: str | None,
    kinds: tuple[str, ...],
    as_json: bool,
    only: tuple[str, ...],
    with_agreement: bool,
) -> None:
    if with_agreement:
        batches = agreement()
        if as_json:
            scores = {b: {who: r.scores() for who, r in rs.items()} for b, rs in batches.items()}
            click.echo(json.dumps(scores, indent=2))
        else:
            click.echo(format_agreement(batches))
        return
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
