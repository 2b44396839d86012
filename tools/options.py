"""What the tools share: where the checkout and ../shared are, as a click option."""

from __future__ import annotations

from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]


def shared_option(what: str):
    """``--shared FOLDER``: the shared data folder beside the checkout."""
    return click.option(
        "--shared",
        type=click.Path(path_type=Path),
        default=ROOT.parent / "shared",
        show_default=True,
        help=f"the shared data folder ({what})",
    )
