"""The store in a browser: ``vanban serve`` runs Datasette on it with this
package's plugin (``plugin``: the pages of the workbench), metadata
(``metadata``: descriptions, facets, canned queries) and templates.  Nothing a
page uses is fetched from outside the machine."""

from __future__ import annotations

from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"


def datasette_app(db_path: Path):
    """Datasette on the store at ``db_path``, with this package's plugin,
    metadata and templates: an ASGI application."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    from vanban.pipeline.web import plugin
    from vanban.pipeline.web.metadata import metadata

    if not pm.is_registered(plugin):
        pm.register(plugin, name="vanban")
    datasette = Datasette(
        files=[str(db_path)],
        metadata=metadata(db_path),
        template_dir=str(TEMPLATES),
        settings={"default_page_size": 50, "sql_time_limit_ms": 5000},
    )
    return datasette
