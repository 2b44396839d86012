"""sqlite_utils, imported without numpy and pandas.

sqlite_utils loads numpy and pandas when they are installed (spaCy brings
numpy) only to convert their values on insert: a tenth of a second of every
command, most of what a read command spends before it reads.  The store never
inserts such values, so they are hidden while sqlite_utils is imported.  A
process that imported them before keeps them, and they can be imported
afterwards as usual.
"""

from __future__ import annotations

import sys


def _import_sqlite_utils():
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # (an import of it raises ImportError)
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]
    return sqlite_utils


sqlite_utils = _import_sqlite_utils()
