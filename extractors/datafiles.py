"""The one loader of the extractors' data files (``extractors/data/``): patterns,
gazetteers and vocabularies live there as JSON beside the code, read once per
process however many modules use them."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def load_json(name: str):
    """The parsed content of ``data/NAME`` (shared: callers must not mutate it)."""
    return json.loads((DATA_DIR / name).read_text("utf-8"))
