"""The Datasette plugin of ``vanban serve``: SQL functions that fold like the
command line, and the workbench's pages —

* ``/-/vanban/search``: full-text search with the accent rules of ``vanban
  search`` and its filters;
* ``/-/vanban/document/ID``: a document's header, its text with every fact
  marked by kind, its assignments, what it cites and who cites it, as links;
* ``/-/vanban/series``: one measure over time and place, as a table and a
  chart drawn on the server (SVG: no script, nothing fetched).

Each page runs the same code as the command line (``store.search``,
``store.citations``, ``store.series``) on Datasette's own read connection.
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import parse_qsl, urlencode

from datasette import Response, hookimpl

from vanban.extractors.bodies.lookup import names_match
from vanban.extractors.text.folding import fold_for_index, text_matches
from vanban.pipeline.cli.chart import line_chart
from vanban.pipeline.store.filters import DocumentFilter, FilterError, number_key

FACT_COLOURS = {
    "date": "#cde7ff",
    "doc_ref": "#ffe0b3",
    "percentage": "#d5f5d5",
    "ratio": "#f5d5f0",
    "assignment": "#fff3a8",
}


@hookimpl
def prepare_connection(conn):
    conn.create_function("vanban_number_key", 1, lambda n: number_key(n) if n else None, deterministic=True)
    conn.create_function(
        "vanban_matches", 2, lambda q, t: int(bool(q and t) and text_matches(q, t)), deterministic=True
    )
    conn.create_function(
        "vanban_body_matches",
        3,
        lambda q, name, aliases: int(bool(q) and names_match(q, [name, *json.loads(aliases or "[]")])),
        deterministic=True,
    )


@hookimpl
def extra_template_vars(view_name, table, datasette):
    hidden = (datasette.plugin_config("vanban") or {}).get("hidden_in_tables", {})
    return {"vanban_hidden": hidden.get(table, []) if view_name == "table" else []}


@hookimpl
def asgi_wrapper():
    """Datasette's own search box (``?_search=`` on a table page) folds the
    query as the index was folded (đ→d, tỷ→tỉ), so that ``đồng`` and ``dong``,
    ``tỷ số`` and ``tỉ số`` find the same documents there as in ``vanban search``."""

    def wrap(app):
        async def folded_search(scope, receive, send):
            if scope.get("type") == "http" and b"_search" in scope.get("query_string", b""):
                pairs = parse_qsl(scope["query_string"].decode("utf-8", "replace"), keep_blank_values=True)
                folded = [(k, fold_for_index(v) if k.startswith("_search") else v) for k, v in pairs]
                scope = {**scope, "query_string": urlencode(folded).encode("ascii")}
            await app(scope, receive, send)

        return folded_search

    return wrap


@hookimpl
def menu_links(datasette):
    return [
        {"href": datasette.urls.path("/-/vanban/search"), "label": "Search the documents"},
        {"href": datasette.urls.path("/-/vanban/series"), "label": "A measure over time"},
    ]


@hookimpl
def register_routes():
    return [
        (r"^/-/vanban/search$", search_page),
        (r"^/-/vanban/document/(?P<id>\d+)$", document_page),
        (r"^/-/vanban/series$", series_page),
    ]


def _database(datasette):
    return datasette.get_database()


async def _store_call(datasette, function):
    """Run ``function(store)`` on Datasette's read connection, the store seen
    as the command line sees it."""
    from vanban.pipeline.store.core import Store

    def call(conn):
        return function(Store.over(conn))

    return await _database(datasette).execute_fn(call)


def _filters(request) -> DocumentFilter:
    args = request.args
    return DocumentFilter(
        doc_type=args.get("type") or None,
        issuer=args.get("issuer") or None,
        place=args.get("place") or None,
        body=args.get("body") or None,
        number=args.get("number") or None,
        since=args.get("since") or None,
        until=args.get("until") or None,
    )


async def _page(datasette, request, title: str, body: str) -> Response:
    html = await datasette.render_template(
        "vanban_page.html", {"title": title, "body": body}, request=request
    )
    return Response.html(html)


def _document_link(datasette, document_id, label) -> str:
    href = datasette.urls.path(f"/-/vanban/document/{document_id}")
    return f'<a href="{href}">{escape(str(label or document_id))}</a>'


async def search_page(datasette, request):
    from vanban.pipeline.store.search import RANK_WINDOW, SearchError, count_matches, search

    query = request.args.get("q", "")
    accents = request.args.get("accents", "auto")
    form = (
        '<form action="" method="get" class="vanban-search">'
        f'<input type="search" name="q" value="{escape(query)}" placeholder="dân số, Đà Nẵng, 11/CT-UBND" size="40">'
        ' <select name="accents">'
        + "".join(
            f'<option value="{v}"{" selected" if v == accents else ""}>{label}</option>'
            for v, label in (
                ("auto", "accents as typed"),
                ("exact", "exact accents"),
                ("fold", "any accents"),
            )
        )
        + "</select>"
        + "".join(
            f' <input name="{name}" value="{escape(request.args.get(name, ""))}" placeholder="{name}" size="12">'
            for name in ("type", "issuer", "since", "until")
        )
        + ' <input type="submit" value="Search"></form>'
    )
    if not query.strip():
        return await _page(datasette, request, "Search", form)
    try:
        documents = _filters(request)

        def run(store):
            hits = search(
                store.db, query, limit=50, documents=documents, accents=accents, rank_window=RANK_WINDOW
            )
            return hits, (count_matches(store.db, query, documents) if len(hits) == 50 else len(hits))

        hits, matching = await _store_call(datasette, run)
    except (SearchError, FilterError) as exc:
        return await _page(
            datasette, request, "Search", form + f'<p class="message-error">{escape(str(exc))}</p>'
        )
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            _document_link(datasette, h.id, h.doc_number or h.title or h.source),
            escape(h.issue_date or ""),
            escape(h.snippet).replace("[", "<mark>").replace("]", "</mark>"),
        )
        for h in hits
    )
    body = form + f'<p class="vanban-count">{len(hits)} documents</p>'
    if matching > RANK_WINDOW:
        body += (
            f'<p class="vanban-window">{matching:,} documents match: the hits are ranked among the '
            f"{RANK_WINDOW:,} most recently added (a filter or a phrase narrows them)</p>"
        )
    if hits:
        body += f'<table class="rows-and-columns vanban-hits"><tr><th>document</th><th>date</th><th>snippet</th></tr>{rows}</table>'
    return await _page(datasette, request, f"Search: {query}", body)


def _marked_text(text: str, facts: list[dict]) -> str:
    """The text as HTML, each fact's span marked with its kind (the first of
    overlapping spans wins: assignments hold dates and references)."""
    out, position = [], 0
    for fact in sorted(facts, key=lambda f: (f["start"], -f["end"])):
        if fact["start"] < position:
            continue
        out.append(escape(text[position : fact["start"]]))
        colour = FACT_COLOURS.get(fact["kind"], "#eee")
        out.append(
            f'<mark class="fact fact-{fact["kind"]}" style="background:{colour}" title="{escape(fact["kind"])}">'
            f"{escape(text[fact['start'] : fact['end']])}</mark>"
        )
        position = fact["end"]
    out.append(escape(text[position:]))
    return "".join(out)


async def document_page(datasette, request):
    from vanban.pipeline.store.citations import cited_by, cites

    document_id = int(request.url_vars["id"])

    def gather(store):
        rows = list(store.db.query("SELECT * FROM documents WHERE id = ?", [document_id]))
        if not rows:
            return None
        facts = list(store.facts(document_id=document_id))
        assignments = [
            r
            for r in store.db.query(
                "SELECT b.name AS body, f.role, f.task, f.deadline FROM body_links l "
                "JOIN bodies b ON b.id = l.body_id JOIN facts f ON f.id = l.fact_id "
                "WHERE l.document_id = ? AND l.role = 'assignee' ORDER BY f.start",
                [document_id],
            )
        ]
        return (
            rows[0],
            facts,
            assignments,
            cites(store, document_id),
            cited_by(store, document_id),
            store.paths(document_id),
        )

    found = await _store_call(datasette, gather)
    if found is None:
        return Response.html("no such document", status=404)
    document, facts, assignments, cited, citing, paths = found
    header = "".join(
        f"<tr><th>{label}</th><td>{escape(str(document[key]))}</td></tr>"
        for key, label in (
            ("doc_type", "type"),
            ("doc_number", "number"),
            ("issuer", "issuer"),
            ("issue_place", "place"),
            ("issue_date", "date"),
            ("title", "title"),
            ("signer", "signer"),
        )
        if document[key]
    )
    header += "".join(f"<tr><th>path</th><td>{escape(p)}</td></tr>" for p in paths)
    legend = " ".join(
        f'<mark class="fact fact-{k}" style="background:{c}">{k}</mark>' for k, c in FACT_COLOURS.items()
    )
    tasks = "".join(
        f"<tr><td>{escape(a['body'])}</td><td>{escape(a['role'] or '')}</td><td>{escape(a['task'] or '')}</td>"
        f"<td>{escape(a['deadline'] or '')}</td></tr>"
        for a in assignments
    )
    cites_rows = "".join(
        "<tr><td>{}</td><td>{}</td></tr>".format(
            escape(c["cited_as"]),
            _document_link(datasette, c["cited_id"], c["number"]) if c["cited_id"] else "not in the archive",
        )
        for c in cited
    )
    cited_rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            _document_link(datasette, c["citing_id"], c["doc_number"]),
            escape(c["issue_date"] or ""),
            escape(c["sentence"]),
        )
        for c in citing
    )
    body = (
        f'<table class="vanban-header">{header}</table>'
        f"<h2>Assignments ({len(assignments)})</h2>"
        + (
            f'<table class="rows-and-columns vanban-assignments"><tr><th>body</th><th>role</th><th>task</th><th>deadline</th></tr>{tasks}</table>'
            if tasks
            else "<p>none</p>"
        )
        + f"<h2>Cites ({len(cited)})</h2>"
        + (
            f'<table class="rows-and-columns vanban-cites"><tr><th>as written</th><th>document</th></tr>{cites_rows}</table>'
            if cites_rows
            else "<p>none</p>"
        )
        + f"<h2>Cited by ({len(citing)})</h2>"
        + (
            f'<table class="rows-and-columns vanban-cited-by"><tr><th>document</th><th>date</th><th>sentence</th></tr>{cited_rows}</table>'
            if cited_rows
            else "<p>none</p>"
        )
        + f"<h2>Text</h2><p>{legend}</p>"
        + f'<pre class="vanban-text" style="white-space:pre-wrap">{_marked_text(document["text"], facts)}</pre>'
    )
    return await _page(
        datasette, request, document["doc_number"] or document["title"] or f"Document {document_id}", body
    )


async def series_page(datasette, request):
    from vanban.pipeline.store.series import series, unit_label

    subject = request.args.get("subject", "")
    form = (
        '<form action="" method="get"><input type="search" name="subject" size="40" '
        f'value="{escape(subject)}" placeholder="giới tính khi sinh"> <input type="submit" value="Show"></form>'
    )
    if not subject.strip():
        return await _page(datasette, request, "A measure over time", form)
    documents = _filters(request)
    points = [
        p.to_dict()
        for p in await _store_call(datasette, lambda store: series(store, subject, None, documents))
    ]
    if not points:
        return await _page(datasette, request, subject, form + "<p>No figures about this.</p>")
    chart = line_chart(points, points[0]["subject"], unit_label(points))
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            escape(p["date"]),
            escape(p["place"]),
            p["value"],
            escape(p["text"]),
            _document_link(datasette, p["document_id"], p["doc_number"]),
        )
        for p in points
    )
    body = (
        form
        + f'<div class="vanban-chart">{chart}</div>'
        + f'<table class="rows-and-columns"><tr><th>date</th><th>place</th><th>value</th><th>as written</th><th>document</th></tr>{rows}</table>'
    )
    return await _page(datasette, request, subject, body)
