"""Is a phrase a word of the Vietnamese dictionary that underthesea ships (Hồ Ngọc
Đức's ``Viet74K``, about 73,000 entries, 64,000 of them of two syllables and more)?

Read from underthesea's package folder on first use, without importing
underthesea (that takes 0.3 s): most documents never ask.  Only the entries of
more than one syllable are kept, compared in lower case."""

from __future__ import annotations

import functools
import importlib.util
import unicodedata
from pathlib import Path

_DICTIONARY = ("corpus", "data", "Viet74K.txt")


@functools.lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("underthesea is not installed: its dictionary (Viet74K) is needed")
    path = Path(next(iter(spec.submodule_search_locations)), *_DICTIONARY)
    entries = (" ".join(line.lower().split()) for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(unicodedata.normalize("NFC", entry) for entry in entries if " " in entry)


def is_compound_word(phrase: str) -> bool:
    """``công trình`` yes, ``quan tham`` no: is ``phrase`` (two syllables or more)
    an entry of the dictionary?"""
    return unicodedata.normalize("NFC", " ".join(phrase.lower().split())) in _compounds()
