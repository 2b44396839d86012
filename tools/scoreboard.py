"""``make eval``: the extractors scored on every annotated set, side by side.

Sets:
- ``dev``: ``../shared/eval/dev`` (15 documents the rules were first written on;
  skipped when ../shared is absent);
- ``train``: ``tests/gold/tvpl/train`` — look at its misses while writing rules;
- ``test``: ``tests/gold/tvpl/test`` — scores only: its misses are never printed
  by this tool, so that nobody tunes on it (see ``tests/gold/README.md``);
- ``real``: ``tests/gold/real`` — the state documents of ``corpus/real``, scored
  once unseen and then tuned on, like train;
- ``probe``: ``tests/gold/probe`` — 848 documents written for the project by helper
  sessions in the genres of the test part (notices of conclusions, Công điện,
  Chỉ thị, plans, letters, short decisions, HĐND resolutions, a news report),
  with their assignments and header annotated by the same sessions from the text:
  no real documents, so a probe of shapes, not a measure of the real corpus; only
  assignments and the header are annotated (the other kinds read 0).

``--misses train`` (or ``dev``) lists that set's misses and false hits below the table;
``--causes train`` counts its assignment misses and false hits by cause (named
otherwise, a task table's row, a body the clause does not write as the gold names
it, or where the body stands in its clause).

Below the table, ``issuer, header cut away``: each document of a set whose header
table is printed is cut below it — from its type line (``QUYẾT ĐỊNH``, ``CHỈ THỊ``
…) or its letter's ``V/v`` or ``Kính gửi`` line, as a portal copy opens — and its
issuer read again from what is left (the signature, the text's formulas, the places
it names), scored as the header's issuer is.  A measure of copies without their
header table, which are common in archives; scores only, for every set.

``--rewrap`` scores the sets (by default the tunable ones) as written and re-laid out
by ``tools/relayout.py`` — wrapped at 80 columns with the early first line of the
portal copies, at 60 columns, and unwrapped — side by side: the facts of a document do
not change with its line breaks, so neither should the scores.

``--agreement`` measures the gold itself: ``tests/gold/second`` holds a second,
independent annotation of the assignments of some train documents (written from
the texts alone by annotators who saw neither the first gold nor the extractors);
each batch is scored against the first gold as the extractor is, beside the
extractor on the same documents.
"""

from __future__ import annotations

import ast
import json
import tempfile
from pathlib import Path
from typing import Optional

import click
import regex

from tools.options import ROOT, shared_option
from tools.relayout import LAYOUTS, write_relaid
from vanban.extractors.datafiles import load_json
from vanban.extractors.header.fields import find_header
from vanban.extractors.text.folding import spelling_key
from vanban.pipeline.evaluate import (
    HEADER_FIELDS,
    KINDS,
    EvalReport,
    HeaderScore,
    evaluate,
    format_misses,
    load_gold,
)
from vanban.pipeline.ingest import extract_file

GOLD = ROOT / "tests" / "gold" / "tvpl"
DOCS = ROOT / "corpus" / "tvpl"  # byte-for-byte copies of ../shared/corpus/tvpl
REAL_GOLD, REAL_DOCS = ROOT / "tests" / "gold" / "real", ROOT / "corpus" / "real"
# documents written for the project in the genres of the test part (no real documents)
PROBE = ROOT / "tests" / "gold" / "probe"
SECOND = ROOT / "tests" / "gold" / "second"  # a second annotation of train documents, by batch
TUNABLE = ("dev", "train", "real", "probe")
SETS = ("dev", "train", "test", "real", "probe")


def annotated_sets(shared: Path) -> dict[str, tuple[Path, Path]]:
    sets = {}
    dev = shared / "eval" / "dev"
    if (dev / "gold").is_dir():
        sets["dev"] = (dev / "gold", dev / "docs")
    sets["train"] = (GOLD / "train", DOCS)
    sets["test"] = (GOLD / "test", DOCS)
    sets["real"] = (REAL_GOLD, REAL_DOCS)
    sets["probe"] = (PROBE / "gold", PROBE / "docs")
    return sets


def score(gold: Path, docs: Path, texts: Optional[dict[str, str]] = None) -> EvalReport:
    """``gold`` scored on ``docs``; ``texts`` (when given) receives each document's
    text as it was scored, by file name (the offsets of the report are in it)."""

    def extract(path: Path) -> dict:
        record = extract_file(str(path), with_text=True)
        if texts is not None:
            texts[path.name] = record["text"]
        return record

    return evaluate(gold, docs, extract)


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


# Where the tasked body stands in a missed clause, read from the words before it
# (after a list marker): a request verb (giao, yêu cầu, đề nghị …) or a partner cue
# before it, a condition closed by "thì", an opening phrase closed by a comma.
_MARKER = regex.compile(r"^(?:\d+(?:\.\d+)*\.|[a-zđ]\)|\([\divx]+\)|[-+•*])\s*")
_OBJECT_OF = regex.compile(r"(?:giao|yêu cầu|đề nghị|chỉ đạo|với|cho|gửi|về)\s*$", regex.I)
CAUSES = (
    "named otherwise",
    "table row",
    "body not written in the clause",
    "body opens the clause",
    "body after an opening phrase",
    "body after a condition (thì)",
    "body is a verb's object",
    "body elsewhere in the clause",
)
FALSE_CAUSES = ("named otherwise", "no gold clause")


def _gold_body(value: str) -> str:
    """The body of an assignment discrepancy's description (``body='…' deadline=…``)."""
    return ast.literal_eval(value[len("body=") : value.rindex(" deadline=")]) or ""


_CELL_LINES = 30  # a cell of a table written a line per cell spans no more lines than this


def _in_table(document: str, start: int) -> bool:
    """Is ``start`` in a table's cell: a row on one line (``| … | … |``), or a cell of
    a table written a line per cell, between lines holding a lone ``|`` (one shortly
    before it and one shortly after)?"""
    line_start = document.rfind("\n", 0, start) + 1
    if "|" in document[line_start:start]:
        return True
    before = document[:line_start].splitlines()[-_CELL_LINES:]
    after = document[line_start:].splitlines()[1 : _CELL_LINES + 1]
    return any(line.strip() == "|" for line in before) and any(line.strip() == "|" for line in after)


def _miss_cause(miss, document: str) -> str:
    if miss.reason == "value":
        return "named otherwise"
    if miss.start is not None and _in_table(document, miss.start):
        return "table row"
    clause = " ".join(miss.text.split())
    # (the first body of a list, its first words: annotators name lists and
    # long descriptions in their own order)
    first = " ".join(regex.split(r"[;,(]", _gold_body(miss.value))[0].split()[:3])
    at = spelling_key(clause).find(spelling_key(first)) if first else -1
    if at < 0:
        return "body not written in the clause"
    before = _MARKER.sub("", clause[:at].strip(" *")).strip(" *")
    if not before:
        return "body opens the clause"
    if _OBJECT_OF.search(before):
        return "body is a verb's object"
    if regex.search(r"(?<![\p{L}])thì$", before):
        return "body after a condition (thì)"
    if before.endswith((",", ":")):
        return "body after an opening phrase"
    return "body elsewhere in the clause"


def assignment_causes(report: EvalReport, texts: dict[str, str]) -> dict[str, dict[str, int]]:
    """The assignment misses and false hits of ``report`` counted by cause: a
    miss named otherwise (a fact covers the clause with another body), in a task
    table's row, with a body the clause does not write as the gold names it, or
    by where its body stands in the clause; a false hit named otherwise or over
    no gold clause.  Counted for tunable sets only (never the test part)."""
    misses = dict.fromkeys(CAUSES, 0)
    false_hits = dict.fromkeys(FALSE_CAUSES, 0)
    for item in report.discrepancies:
        if item.kind != "assignment":
            continue
        if item.side == "miss":
            misses[_miss_cause(item, texts.get(item.doc, ""))] += 1
        else:
            false_hits["named otherwise" if item.reason == "value" else "no gold clause"] += 1
    return {"misses": misses, "false hits": false_hits}


def format_causes(name: str, causes: dict[str, dict[str, int]]) -> str:
    lines = []
    for side, counts in causes.items():
        lines.append(f"{name}: assignment {side} by cause ({sum(counts.values())})")
        lines += [f"  {count:>5}  {cause}" for cause, count in counts.items()]
    return "\n".join(lines)


# Where a portal copy opens, below its header table: the type line in capitals, or a
# letter's subject or address line.
_TYPE_WORDS = "|".join(
    regex.escape(t.upper()) for t in sorted(load_json("header.json")["document_types"], key=len, reverse=True)
)
_COPY_OPENS = regex.compile(rf"^[\s*#|]*(?:(?:{_TYPE_WORDS})[\s*]*$|V/v\b|Về việc\b|Kính gửi\b)", regex.M)
_PRINTED_HEADER_CHARS = 6000  # a header table ends before this


def cut_below_header(text: str) -> Optional[str]:
    """``text`` from where a copy without its header table would open, or None when
    its header is not printed (nothing to cut) or no such line follows it."""
    printed = find_header(text)
    if printed.issuer_inferred or not printed.doc_number or not printed.issuer:
        return None
    opens = _COPY_OPENS.search(text, 0, _PRINTED_HEADER_CHARS)
    return text[opens.start() :] if opens and opens.start() > 0 else None


def issuer_cut_away(gold: Path, docs: Path) -> HeaderScore:
    """The issuer of every document of ``gold`` whose header table is printed, read
    from the document cut below it (``cut_below_header``), scored as ``evaluate``
    scores the header's issuer."""
    with tempfile.TemporaryDirectory() as tmp:
        cuts: dict[str, str] = {}
        for gold_file in sorted(gold.glob("*.json")):
            doc = json.loads(gold_file.read_text(encoding="utf-8")).get("doc") or f"{gold_file.stem}.txt"
            path = docs / doc
            if path.suffix != ".txt" or not path.is_file():
                continue
            cut = cut_below_header(path.read_text(encoding="utf-8"))
            if cut is not None:
                cuts[doc] = cut
                (Path(tmp) / gold_file.name).write_bytes(gold_file.read_bytes())
        report = evaluate(
            Path(tmp),
            docs,
            lambda p: {"text": cuts[p.name], "header": find_header(cuts[p.name]).to_dict(), "facts": []},
            (),
        )
    return report.header["issuer"]


def side_by_side(reports: dict[str, EvalReport], cut_away: Optional[dict[str, HeaderScore]] = None) -> str:
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
    if cut_away:
        lines.append("")
        lines.append("issuer, header table cut away (a copy that opens at its type, V/v or Kính gửi line)")
        row = " " * 14
        for name in names:
            h = cut_away.get(name)
            row += f"{h.accuracy:>16.3f} ({h.correct:>2}/{h.total:>2})" if h and h.total else f"{'-':>26}"
        lines.append(row)
    return "\n".join(lines)


def rewrapped(gold: Path, docs: Path) -> dict[str, EvalReport]:
    """The set scored as written and re-laid out in each of ``tools.relayout.LAYOUTS``
    (only the line breaks of its documents change)."""
    names = sorted({document.doc for document in load_gold(gold)})
    out = {"as written": score(gold, docs)}
    for label, width, early in LAYOUTS:
        with tempfile.TemporaryDirectory() as folder:
            write_relaid(docs, names, Path(folder), width, early)
            out[label] = score(gold, Path(folder))
    return out


def format_rewrapped(reports: dict[str, dict[str, EvalReport]]) -> str:
    """Assignment F1 and the issuer per set and layout, side by side."""
    layouts = ["as written"] + [label for label, _, _ in LAYOUTS]
    lines = [
        "the same documents re-laid out (tools/relayout.py): assignment F1 | issuer",
        f"{'set':8}" + "".join(f"{label:>24}" for label in layouts),
    ]
    for name, by_layout in reports.items():
        row = f"{name:8}"
        for label in layouts:
            report = by_layout[label]
            issuer = report.header["issuer"]
            row += f"{report.kinds['assignment'].f1:>14.3f} | {issuer.correct:>3}/{issuer.total:<3}"
        lines.append(row)
    return "\n".join(lines)


def _echo_reports(reports: dict[str, dict[str, EvalReport]], as_json: bool, table) -> None:
    """Reports in two levels (set or batch, then layout or annotator): their scores as
    JSON, or ``table(reports)``."""
    if as_json:
        scores = {outer: {inner: r.scores() for inner, r in rs.items()} for outer, rs in reports.items()}
        click.echo(json.dumps(scores, indent=2))
    else:
        click.echo(table(reports))


@click.command(help=__doc__)
@shared_option("dev set")
@click.option(
    "--misses",
    "misses_of",
    type=click.Choice(TUNABLE),
    default=None,
    help="list this set's misses and false hits (never the test set's)",
)
@click.option(
    "--causes",
    "causes_of",
    type=click.Choice(TUNABLE),
    default=None,
    help="count this set's assignment misses and false hits by cause (never the test set's)",
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
@click.option(
    "--rewrap",
    "with_rewrap",
    is_flag=True,
    help="score the sets (default: the tunable ones) as written and re-laid out at other line widths instead",
)
def main(
    shared: Path,
    misses_of: str | None,
    causes_of: str | None,
    kinds: tuple[str, ...],
    as_json: bool,
    only: tuple[str, ...],
    with_agreement: bool,
    with_rewrap: bool,
) -> None:
    if with_rewrap:
        sets = annotated_sets(shared)
        relaid = {name: rewrapped(*sets[name]) for name in (only or TUNABLE) if name in sets}
        _echo_reports(relaid, as_json, format_rewrapped)
        return
    if with_agreement:
        _echo_reports(agreement(), as_json, format_agreement)
        return
    texts: dict[str, str] = {}
    sets = annotated_sets(shared)
    reports = {
        name: score(gold, docs, texts if name == causes_of else None)
        for name, (gold, docs) in sets.items()
        if not only or name in only or name in (misses_of, causes_of)
    }
    cut_away = {name: issuer_cut_away(*sets[name]) for name in reports}
    if as_json:
        scores = {
            name: {**report.scores(), "issuer_header_cut_away": cut_away[name].to_dict()}
            for name, report in reports.items()
        }
        click.echo(json.dumps(scores, indent=2))
        return
    if misses_of:
        click.echo(format_misses(reports[misses_of], kinds or None))
        click.echo()
    if causes_of:
        click.echo(format_causes(causes_of, assignment_causes(reports[causes_of], texts)))
        click.echo()
    click.echo(side_by_side(reports, cut_away))
    for name, report in reports.items():
        for doc in report.errors:
            click.echo(f"{name}: {doc.doc}: extraction failed: {doc.error.splitlines()[-1]}")


if __name__ == "__main__":
    main(prog_name="python -m tools.scoreboard")
