"""The ``vanban`` command line: thin wrappers over the library modules."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from vanban.pipeline import __version__
from vanban.pipeline.cli.output import emit, format_options

DEFAULT_DB = "output/vanban.db"
db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    envvar="VANBAN_DB",
    type=click.Path(dir_okay=False),
    help="SQLite store file.",
)


# A row count: 0, negative numbers and numbers beyond SQLite's integers are refused
# with a usage error, not read as "all" or passed on to fail in SQL.
LIMIT = click.IntRange(1, 1_000_000_000)


def limit_options(function):
    """``--time-limit`` and ``--memory-limit``: the bounds every file is read within."""
    function = click.option(
        "--memory-limit",
        type=int,
        default=4096,
        show_default=True,
        help="MB of memory one reading process may use.",
    )(function)
    return click.option(
        "--time-limit",
        type=float,
        default=300.0,
        show_default=True,
        help="Seconds one file may take to read and extract before it is killed.",
    )(function)


# A table is read in a terminal: without --limit a listing that grows with the
# archive (thousands of facts or tasks of one body) shows this many rows and
# says so; --json and --csv, read by programs, give every row.
TABLE_ROWS = 100
LISTING_LIMIT_HELP = "Most rows to show (default: all; a table shows 100 and says when there are more)."


def listing_limit(limit, fmt):
    """How many rows a listing fetches: ``--limit``, or for a table without it
    one more than it shows (to know whether there are more)."""
    return limit if limit or fmt != "table" else TABLE_ROWS + 1


def listing_rows(rows, limit, fmt) -> list:
    """The rows a listing prints (see ``listing_limit``)."""
    rows = list(rows)
    if not limit and fmt == "table" and len(rows) > TABLE_ROWS:
        click.echo(
            f"(the first {TABLE_ROWS} rows: --limit N shows more, --csv or --json every row)", err=True
        )
        return rows[:TABLE_ROWS]
    return rows


FACT_KINDS = ("date", "doc_ref", "percentage", "ratio", "assignment")


def document_filter_options(function):
    """The filters on the document shared by ``search``, ``facts`` and
    ``assignments``; they arrive as one ``documents`` argument."""
    options = [
        click.option("--type", "doc_type", help="Document type (Thông báo, Quyết định, Công điện …)."),
        click.option("--issuer", help="Issuer, by any name or abbreviation (UBND tỉnh Bắc Giang, Bo Y te)."),
        click.option("--place", help="Place of issue (Việt Yên; diacritics optional)."),
        click.option("--in-body", "in_body", help="Only documents naming this body in any role."),
        click.option("--number", help="Document number, case and accents folded (48/tb-ubnd)."),
        click.option("--since", help="Issued on or after this date (2017, 2017-09 or 2017-09-28)."),
        click.option("--until", help="Issued on or before this date (2017, 2017-09 or 2017-09-28)."),
    ]
    for option in reversed(options):
        function = option(function)

    @functools.wraps(function)
    def wrapper(*args, doc_type, issuer, place, in_body, number, since, until, **kwargs):
        from vanban.pipeline.store.filters import DocumentFilter, FilterError, check_date

        try:
            check_date(since, "--since")
            check_date(until, "--until")
        except FilterError as exc:
            raise click.BadParameter(str(exc))
        documents = DocumentFilter(doc_type, issuer, place, in_body, number, since, until)
        return function(*args, documents=documents, **kwargs)

    return wrapper


def _open_store(db_path: str, create: bool = False, read_only: bool = False):
    from vanban.pipeline.store.core import Store, StoreError

    click.get_current_context().find_root().meta["vanban.db"] = db_path  # (named if it breaks)
    try:
        return Store(db_path, create=create, read_only=read_only)
    except StoreError as exc:
        raise click.ClickException(str(exc))


class _Commands(click.Group):
    """The commands, with one answer to a damaged store: every command that
    reads it meets the damage somewhere in a query, and a traceback tells the
    user nothing about which file or what to do."""

    def invoke(self, ctx):
        import sqlite3

        try:
            return super().invoke(ctx)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            db = ctx.meta.get("vanban.db", "the store")
            raise click.ClickException(
                f"store {db} is damaged ({exc}). Recover what it holds with "
                f"`sqlite3 {db} .recover | sqlite3 recovered.db` and use recovered.db, "
                "or import the archive again into a new store"
            )


@click.group(cls=_Commands)
@click.version_option(__version__, prog_name="vanban")
def cli():
    """Vietnamese administrative documents to text, facts and a searchable SQLite store."""


def _paths_to_retry(errors: list[dict], given: list[str]) -> list[str]:
    """The failed files to read again: not those the paths given walk into anyway
    (each would be read twice), and not what the walk refused (a link out of the
    archive named here would be read as if the user had named it)."""
    import os

    from vanban.pipeline.ingest.files import inside
    from vanban.pipeline.store.paths import canonical_path, filesystem_path

    roots = [os.path.realpath(p) for p in given]
    out = []
    for error in errors:
        if error["stage"] == "walk":
            continue
        path = filesystem_path(error["path"])
        # (a link named in the errors is judged by where it is, not where it leads)
        if inside(canonical_path(path), roots):
            continue
        if path not in out:
            out.append(path)
    return out


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option(
    "--workers",
    "-w",
    type=int,
    default=None,
    help="Processes that read, extract and store (default: all cores; 0: in this process).",
)
@click.option("--retry-errors", is_flag=True, help="Also retry every file in the errors table.")
@limit_options
@click.option(
    "--batch-size",
    type=int,
    default=64,
    show_default=True,
    help="Files per transaction of a worker (a kill loses at most one batch of work per worker).",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where reading and extraction run.",
)
@click.option(
    "--scheduler",
    help="Dask scheduler address (tcp://host:8786); without it --executor dask starts a local cluster.",
)
@click.option(
    "--read-on-worker",
    is_flag=True,
    help="Dask workers read the files themselves (same paths on every machine).",
)
@click.option(
    "--follow-links",
    is_flag=True,
    help="Also read symbolic links that lead out of the folders given (refused by default).",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="PATTERN",
    help="File names not to import (shell pattern, repeatable), besides the defaults: "
    "Thumbs.db, desktop.ini, ~$* (Office lock files), *.tmp, *.crdownload, *.part.",
)
@click.option(
    "--max-file-mb",
    type=click.IntRange(1, 1024 * 1024),
    default=1024,
    show_default=True,
    help="Larger files are recorded as refused, not read.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary.")
def ingest(
    paths,
    db_path,
    workers,
    retry_errors,
    time_limit,
    memory_limit,
    batch_size,
    executor,
    scheduler,
    read_on_worker,
    follow_links,
    exclude,
    max_file_mb,
    quiet,
):
    """Read files and folders into the store (text, facts, search index).

    Unchanged files are skipped, changed files replace their old record, files
    that cannot be read are recorded in the errors table and the run goes on.
    Interrupted at any moment, the same command finishes the rest.
    """
    import sqlite3

    from vanban.pipeline.cli.progress import Progress
    from vanban.pipeline.execute.dask import ClusterError
    from vanban.pipeline.execute.pool import default_workers
    from vanban.pipeline.ingest import IngestOptions
    from vanban.pipeline.ingest import ingest as run_ingest
    from vanban.pipeline.ingest.files import DEFAULT_EXCLUDES

    store = _open_store(db_path, create=True)
    paths = list(paths)
    if retry_errors:
        paths += _paths_to_retry(store.errors(), paths)
    if not paths:
        raise click.UsageError("give at least one PATH (or --retry-errors with recorded errors)")
    options = IngestOptions(
        workers=default_workers() if workers is None else workers,
        time_limit=time_limit,
        memory_limit_mb=memory_limit,
        batch_size=batch_size,
        executor=executor,
        scheduler=scheduler,
        read_on_worker=read_on_worker,
        follow_links=follow_links,
        exclude=DEFAULT_EXCLUDES + tuple(exclude),
        max_file_mb=max_file_mb,
    )
    progress = Progress(quiet=quiet)
    try:
        summary = run_ingest(
            store, paths, options, on_file=progress.file, on_progress=progress.update, count_first=True
        )
    except sqlite3.Error as exc:
        raise click.ClickException(
            f"store {db_path} failed: {exc}; the last batch was rolled back, everything "
            "committed before it is intact, and the same command resumes"
        )
    except ClusterError as exc:  # the Dask cluster: unreachable, lost, other versions
        raise click.ClickException(f"{exc}; committed work is kept, the same command resumes")
    except KeyboardInterrupt:
        click.echo("\ninterrupted: committed work is kept; run the same command to resume", err=True)
        sys.exit(130)
    finally:
        progress.close()
    counts = summary.to_dict()
    click.echo(
        "{files} files: {added} added, {replaced} replaced, {duplicate} duplicate, "
        "{unchanged} unchanged, {failed} failed".format(**counts)
        + (
            " (" + ", ".join(f"{k}: {v}" for k, v in counts["by_format"].items()) + ")"
            if counts["by_format"]
            else ""
        )
    )
    if summary.vanished:
        shown = summary.vanished[:10]
        click.echo(
            f"{len(summary.vanished)} stored files under these folders are gone "
            f"(`vanban prune {' '.join(paths)}` removes them from the store):"
        )
        for path in shown:
            click.echo(f"  gone: {path}")
        if len(summary.vanished) > len(shown):
            click.echo(f"  … and {len(summary.vanished) - len(shown)} more")


@cli.command()
@click.argument("folders", nargs=-1, type=click.Path())
@db_option
@click.option("--dry-run", is_flag=True, help="Only list what would be removed.")
@format_options(csv_too=True)
def prune(folders, db_path, dry_run, fmt):
    """Remove from the store the files that are gone (under FOLDERS, or all).

    Each stored path whose file no longer exists is removed with its recorded
    error, and each document left with no path is removed with its facts.
    Refused when a folder named does not exist, or, with no folder named, when
    none of the stored files exists (an archive that is not mounted).
    """
    from vanban.pipeline.store.schema import StoreError
    from vanban.pipeline.store.upkeep import canonicalize_paths
    from vanban.pipeline.store.upkeep import prune as run_prune

    store = _open_store(db_path)
    try:
        if not dry_run:
            canonicalize_paths(store)
        result = run_prune(store, list(folders) if folders else None, dry_run=dry_run)
    except StoreError as exc:
        raise click.ClickException(str(exc))
    if fmt != "table":
        emit([{"path": p} for p in result.paths], ["path"], fmt)
        return
    for path in result.paths:
        click.echo(f"{'would remove' if dry_run else 'removed'}: {path}")
    click.echo(
        f"{len(result.paths)} paths gone"
        + ("" if dry_run else f": removed, with {result.documents} documents left with no path")
    )


@cli.command()
@db_option
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Redo every document, not only those extracted by other versions.",
)
@click.option("--workers", "-w", type=int, default=None, help="Extractor processes.")
def reextract(db_path, everything, workers):
    """Recompute facts from stored text after extractor code or data changed."""
    from vanban.pipeline.execute.pool import default_workers
    from vanban.pipeline.ingest.reextract import reextract as run_reextract

    store = _open_store(db_path)
    counts = run_reextract(store, default_workers() if workers is None else workers, everything)
    click.echo(
        f"{counts['stale']} documents to redo: {counts['reextracted']} re-extracted "
        f"({counts['partly failed']} without the facts of an extractor that raised: `vanban errors`), "
        f"{counts['failed']} failed"
    )


@cli.command()
@db_option
def upgrade(db_path):
    """Bring a store made by an earlier version to the current schema, in place."""
    from vanban.pipeline.store.core import Store, StoreError
    from vanban.pipeline.store.schema import SCHEMA_VERSION

    # Read first without writing: the version and size it had.
    before = _open_store(db_path, read_only=True)
    version, size = before.schema_version(), before.size()
    before.close()
    if version == SCHEMA_VERSION:
        click.echo(f"{db_path}: schema {version} already, {size / 1e6:.1f} MB: nothing to do")
        return
    if version > SCHEMA_VERSION:
        raise click.ClickException(
            f"{db_path} has schema {version}, made by a later vanban than this one (schema {SCHEMA_VERSION})"
        )
    try:
        store = Store(db_path, create=False)  # (a writer upgrades the store it opens)
    except StoreError as exc:
        raise click.ClickException(str(exc))
    click.echo(
        f"{db_path}: schema {version} -> {store.schema_version()}, "
        f"{size / 1e6:.1f} MB -> {store.size() / 1e6:.1f} MB"
    )


@cli.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--into",
    "into_path",
    required=True,
    type=click.Path(dir_okay=False),
    help="The store to merge into (created if missing).",
)
def merge(shards, into_path):
    """Merge shard stores into one, with the same deduplication as an import."""
    from vanban.pipeline.store.core import StoreError
    from vanban.pipeline.store.merge import merge as run_merge

    into = _open_store(into_path, create=True)
    try:
        counts = run_merge([Path(s) for s in shards], into)
    except StoreError as exc:
        raise click.ClickException(str(exc))
    click.echo(
        f"{counts['shards']} shards: {counts['added']} added, {counts['duplicate']} "
        f"duplicate, {counts['replaced']} replaced, {counts['errors']} errors carried over"
    )


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    default=True,
    help="JSON Lines, one object per file (the default and only format).",
)
@click.option("--with-text", is_flag=True, help="Include the text that the offsets index.")
@limit_options
def extract(files, as_json, with_text, time_limit, memory_limit):
    """Extract the header and facts of FILES without a store (JSON Lines).

    Files are read one after another in a worker process with the same time
    limit and memory bound as an import, and printed in the order given."""
    from vanban.pipeline.execute.pool import WorkerPool
    from vanban.pipeline.ingest import extract_file

    failed = 0
    tasks = ((file, (file, with_text)) for file in files)
    with WorkerPool(extract_file, workers=1, time_limit=time_limit, memory_limit_mb=memory_limit) as pool:
        for task in pool.run(tasks):
            result = (
                task.value
                if task.ok
                else {"source": task.key, "error": {"stage": task.stage, "cause": task.error}}
            )
            if "error" in result:
                failed += 1
                click.echo(f"error: {task.key}: {result['error']['cause']}", err=True)
            click.echo(json.dumps(result, ensure_ascii=False))
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, type=LIMIT, help="Most hits to show.")
@click.option(
    "--exact",
    "accents",
    flag_value="exact",
    help="Keep only hits with the diacritics as typed (the default for a query typed with them).",
)
@click.option(
    "--fold",
    "accents",
    flag_value="fold",
    help="Every accented form of the words, exact hits first (the default for a query typed without).",
)
@click.option("--accents", "accents", flag_value="auto", default=True, hidden=True)
@click.option(
    "--sort",
    type=click.Choice(["rank", "date"]),
    default="rank",
    show_default=True,
    help="Order of the hits shown (the --limit best): by relevance, or by date of issue.",
)
@click.option(
    "--rank-window",
    type=click.IntRange(min=0),
    default=2000,
    show_default=True,
    help="A query matching more documents is ranked among this many most recently added "
    "(ranking all of 100,000 takes a third of a second); 0 ranks every match.",
)
@document_filter_options
@format_options()
def search(query, db_path, limit, accents, sort, rank_window, documents, fmt):
    """Full-text search.  Typed with diacritics, words match them (``nội vụ`` is
    not ``nơi``; ``tỉ``/``tỷ`` and ``hoà``/``hòa`` count as one spelling); typed
    without, they match every accented form (``dong`` finds ``đồng``).  A
    document number (``11/CT-UBND``) is searched as one phrase."""
    from vanban.pipeline.store.search import SearchError, count_matches
    from vanban.pipeline.store.search import search as run_search

    store = _open_store(db_path, read_only=True)
    window = rank_window or None
    try:
        hits = run_search(
            store.db, query, limit=limit, documents=documents, accents=accents, rank_window=window
        )
        # (counted only when the hits may come from a window: a query with
        # fewer hits than asked for matches fewer documents than the window)
        matching = count_matches(store.db, query, documents) if window and len(hits) >= limit else 0
    except SearchError as exc:
        raise click.ClickException(str(exc))
    if window and matching > window:
        click.echo(
            f"note: {matching:,} documents match; ranked among the {window:,} most recently added "
            "(--rank-window 0 ranks them all; a filter or a phrase narrows them)",
            err=True,
        )
    if sort == "date":
        hits.sort(key=lambda h: (h.issue_date is None, h.issue_date or ""))
    emit([h.to_dict() for h in hits], ["id", "source", "doc_number", "issue_date", "snippet"], fmt)


@cli.command()
@click.argument("document")
@db_option
@click.option("--text", "with_text", is_flag=True, help="Also print the document's text.")
@format_options(csv_too=False)
def show(document, db_path, with_text, fmt):
    """A document's metadata and facts (DOCUMENT: id, path, number or SHA-256 prefix)."""
    store = _open_store(db_path, read_only=True)
    matches = store.documents(document)
    if not matches:
        hint = ""
        if len(document) < 8 and all(c in "0123456789abcdefABCDEF" for c in document):
            hint = " (a SHA-256 prefix needs at least 8 characters)"
        raise click.ClickException(
            f"no document matches {document!r}{hint}: give an id, a path, a number or a SHA-256 prefix"
        )
    if len(matches) > 1:  # (the variants of one notice, or other issuers' same number)
        rows = [
            {
                **{k: m[k] for k in ("id", "doc_number", "doc_type", "issuer", "issue_date", "variant_of")},
                "paths": store.paths(m["id"]),
            }
            for m in matches
        ]
        if fmt == "json":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        click.echo(f"{len(rows)} documents match {document!r}; show one by its id:")
        emit(rows, ["id", "doc_number", "doc_type", "issuer", "issue_date", "variant_of", "paths"], "table")
        return
    row = matches[0]
    text = row.pop("text")
    row.pop("search_text", None)  # (a store not yet upgraded to schema 5)
    row.pop("facets", None)  # (digests of its header values, for the search index only)
    row["paths"] = store.paths(row["id"])
    row["recipients"] = json.loads(row["recipients"] or "[]")
    facts = list(store.facts(document_id=row["id"]))
    if fmt == "json":
        row["facts"] = facts
        if with_text:
            row["text"] = text
        click.echo(json.dumps(row, ensure_ascii=False, indent=2))
        return
    for key, value in row.items():
        click.echo(f"{key:>18}: {value}")
    click.echo()
    emit(
        facts,
        ["kind", "text", "value", "number", "subject", "body", "deadline", "sentence", "start"],
        "table",
    )
    if with_text:
        click.echo("\n" + text)


def _one_document(store, ref: str) -> dict:
    """The one document ``ref`` names; several (a shared number) are listed."""
    matches = store.documents(ref)
    if not matches:
        raise click.ClickException(f"no document matches {ref!r}")
    if len(matches) > 1:
        listed = "; ".join(
            f"{m['id']}: {m['doc_number']} {m['issuer'] or ''} {m['issue_date'] or ''}" for m in matches
        )
        raise click.ClickException(f"{len(matches)} documents match {ref!r} ({listed}): give one by its id")
    return matches[0]


@cli.command()
@click.argument("document")
@db_option
@format_options()
def cites(document, db_path, fmt):
    """What DOCUMENT cites: each reference, and the stored document it names
    (empty when the archive does not hold it; several candidates when the
    number stays ambiguous after its date and issuer)."""
    from vanban.pipeline.store.citations import cites as run_cites

    store = _open_store(db_path, read_only=True)
    rows = run_cites(store, _one_document(store, document)["id"])
    emit(
        rows,
        ["cited_as", "number", "cited_id", "cited_type", "cited_issuer", "cited_issue_date", "candidates"],
        fmt,
    )


@cli.command("cited-by")
@click.argument("document")
@db_option
@format_options()
def cited_by(document, db_path, fmt):
    """Who cites DOCUMENT (id, path or number such as 11/CT-UBND, stored or
    not), by date, with the sentence that cites it."""
    from vanban.pipeline.store.citations import cited_by as run_cited_by

    store = _open_store(db_path, read_only=True)
    if store.documents(document):
        rows = run_cited_by(store, _one_document(store, document)["id"])
    else:  # a document the archive does not hold: who cites its number
        rows = run_cited_by(store, number=document)
    emit(rows, ["citing_id", "doc_number", "issue_date", "issuer", "sentence"], fmt)


@cli.command()
@click.argument("output", type=click.Path(dir_okay=False))
@db_option
@click.option("--all", "everything", is_flag=True, help="Also the documents that cite and are cited by none.")
def graph(output, db_path, everything):
    """Write the citation graph to OUTPUT as GraphML (Gephi, networkx): documents
    as nodes, resolved citations as directed weighted edges."""
    from vanban.pipeline.store.citations import write_graphml

    store = _open_store(db_path, read_only=True)
    nodes, edges = write_graphml(store, Path(output), everything)
    click.echo(f"{output}: {nodes} documents, {edges} citations")


@cli.command()
@click.argument("subject")
@db_option
@click.option(
    "--kind",
    type=click.Choice(["ratio", "percentage"]),
    help="Which figures (default: the kind with more figures for SUBJECT).",
)
@click.option(
    "--chart",
    type=click.Path(dir_okay=False),
    help="Also draw the series to this SVG file (one line per place; opens in any browser).",
)
@document_filter_options
@format_options()
def series(subject, db_path, kind, chart, documents, fmt):
    """One measure over time and place: the ratios or percentages whose subject
    matches SUBJECT (giới tính khi sinh), dated by their document, as a table
    and, with --chart, as a chart."""
    from vanban.pipeline.cli.chart import line_chart
    from vanban.pipeline.store.series import series as run_series
    from vanban.pipeline.store.series import unit_label

    store = _open_store(db_path, read_only=True)
    points = [p.to_dict() for p in run_series(store, subject, kind, documents)]
    emit(points, ["date", "place", "value", "unit", "text", "doc_number", "document_id"], fmt)
    if chart:
        if not points:
            raise click.ClickException(f"no figures about {subject!r}: no chart drawn")
        Path(chart).write_text(line_chart(points, points[0]["subject"], unit_label(points)), "utf-8")
        click.echo(f"{chart}: {len(points)} figures, {len({p['place'] for p in points})} places", err=True)


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False))
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet"]),
    default="csv",
    show_default=True,
    help="File format of every table.",
)
@click.option("--text", "with_text", is_flag=True, help="Also each document's text.")
@document_filter_options
def export(folder, db_path, fmt, with_text, documents):
    """Write documents, facts, assignments, bodies and citations (of the
    documents the filters let through) into FOLDER, one file per table, as
    CSV, JSON Lines or Parquet, for pandas, R and spreadsheets."""
    from vanban.pipeline.store.export import export as run_export

    store = _open_store(db_path, read_only=True)
    counts = run_export(store, Path(folder), fmt, documents, with_text)
    for table, n in counts.items():
        click.echo(f"{Path(folder) / f'{table}.{fmt}'}: {n} rows")


@cli.command()
@db_option
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port to serve on."
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (127.0.0.1: this machine only).",
)
def serve(db_path, port, host):
    """Open the store in a browser (Datasette with vanban's pages: search with
    the accent rules of `search`, a page per document with its facts marked,
    citations as links, a measure over time as a chart).  Nothing is fetched
    from outside the machine."""
    import uvicorn

    from vanban.pipeline.web import datasette_app

    _open_store(db_path, read_only=True).close()  # (a clear error for a missing or foreign store)
    app = datasette_app(Path(db_path)).app()
    click.echo(f"vanban: http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@cli.command()
@click.argument("kind", required=False, type=click.Choice(FACT_KINDS))
@db_option
@click.option(
    "--subject",
    help="Only facts about this measure (giới tính khi sinh; diacritics and tỉ/tỷ as in search).",
)
@click.option("--min", "min_value", type=float, help="Smallest value (a ratio: per 100 of its denominator).")
@click.option("--max", "max_value", type=float, help="Largest value (a ratio: per 100 of its denominator).")
@click.option("--unit", help="Only ratios with this unit (bé trai, phụ nữ).")
@click.option(
    "--sort",
    type=click.Choice(["document", "date"]),
    default="document",
    show_default=True,
    help="Order: by document as stored, or by date of issue.",
)
@click.option("--limit", type=LIMIT, help=LISTING_LIMIT_HELP)
@document_filter_options
@format_options()
def facts(kind, db_path, subject, min_value, max_value, unit, sort, limit, documents, fmt):
    """List facts of one KIND (date, doc_ref, percentage, ratio, assignment)
    across documents, with each document's number, date and issuer."""
    store = _open_store(db_path, read_only=True)
    rows = listing_rows(
        store.facts(
            kind=kind,
            subject=subject,
            limit=listing_limit(limit, fmt),
            documents=documents,
            min_value=min_value,
            max_value=max_value,
            unit=unit,
            sort=sort,
        ),
        limit,
        fmt,
    )
    columns = [
        "document_id",
        "source",
        "doc_number",
        "issue_date",
        "kind",
        "text",
        "value",
        "number",
        "doc_type",
        "date",
        "numerator",
        "denominator",
        "numerator_unit",
        "denominator_unit",
        "ratio_kind",
        "subject",
        "body",
        "role",
        "task",
        "deadline",
        "sentence",
    ]
    if fmt == "table":
        used = [c for c in columns if any(r.get(c) not in (None, "") for r in rows)]
        columns = used or columns[:5]
    emit(rows, columns, fmt)


@cli.command()
@db_option
@click.option("--kind", help="Only bodies of this kind (UBND, Sở, Phòng, Trung tâm, Hội …).")
@click.option("--name", help="Only bodies whose name or an alias contains this (diacritics optional).")
@format_options()
def bodies(db_path, kind, name, fmt):
    """The registry of bodies: one row per body across spellings, with counts."""
    store = _open_store(db_path, read_only=True)
    rows = store.bodies(kind=kind, name=name)
    if fmt == "table":
        for row in rows:
            row["aliases"] = "; ".join(a for a in row["aliases"] if a != row["name"])
    emit(
        rows,
        [
            "id",
            "name",
            "kind",
            "level",
            "assignments",
            "partnerships",
            "issued",
            "received",
            "documents",
            "aliases",
        ],
        fmt,
    )


@cli.command()
@db_option
@click.option(
    "--body",
    help='Name, alias or abbreviation of the body: "Phòng GD&ĐT", "Phong Giao duc" (diacritics optional).',
)
@click.option("--limit", type=LIMIT, help=LISTING_LIMIT_HELP)
@document_filter_options
@format_options()
def assignments(db_path, body, limit, documents, fmt):
    """What was assigned to whom, by date of issue: document, date, body, task, deadline."""
    store = _open_store(db_path, read_only=True)
    # (the table leaves the text out, and then it is not read)
    rows = listing_rows(
        store.assignments(
            body=body, documents=documents, limit=listing_limit(limit, fmt), with_text=fmt != "table"
        ),
        limit,
        fmt,
    )
    columns = ["document_id", "source", "doc_number", "issue_date", "body", "role", "task", "deadline"]
    emit(rows, columns + (["as_written", "assignment_kind", "text"] if fmt != "table" else []), fmt)


@cli.command()
@db_option
@format_options(csv_too=False)
def stats(db_path, fmt):
    """Counts of documents, facts by kind, formats and errors."""
    store = _open_store(db_path, read_only=True)
    data = store.stats()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        click.echo(f"{key:>20}: {value}")


@cli.command()
@db_option
@format_options()
def errors(db_path, fmt):
    """Files that could not be ingested, with the cause."""
    store = _open_store(db_path, read_only=True)
    emit(store.errors(), ["path", "stage", "cause", "at"], fmt)


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("docs_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--misses/--no-misses",
    default=True,
    show_default=True,
    help="List every miss and false hit with its context.",
)
@click.option("--kind", "kinds", multiple=True, help="Only these kinds in the miss list.")
@click.option("--json", "as_json", is_flag=True, help="The whole report as JSON.")
def eval_command(gold_dir, docs_dir, misses, kinds, as_json):
    """Score the extractors against a gold folder (precision, recall, F1 per kind)."""
    from vanban.pipeline.evaluate import evaluate, format_misses, format_table
    from vanban.pipeline.ingest import extract_file

    report = evaluate(Path(gold_dir), Path(docs_dir), lambda path: extract_file(str(path), with_text=True))
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    if misses:
        click.echo(format_misses(report, kinds or None))
        click.echo()
    click.echo(format_table(report))
