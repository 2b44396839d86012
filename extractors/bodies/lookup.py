"""Finding a body by what a user types: with or without diacritics, in any
case, abbreviated or written out (``Uy ban nhan dan`` and ``ủy ban nhân dân``
find ``UBND …``; ``Phòng GD&ĐT`` finds ``Phòng Giáo dục và Đào tạo`` and the
other way round).

Every name is brought to one lookup key: the registry's canonical name
(``names.canonical_body``), folded (``folding.fold_key``), with the registry's
contractions and expansions applied once more on the folded words — they
cannot apply before folding to a name typed without diacritics.
"""

from __future__ import annotations

import functools
from typing import Iterable

import regex

from vanban.extractors.bodies.names import canonical_body
from vanban.extractors.datafiles import load_json
from vanban.extractors.text.folding import fold_key

_PUNCTUATION = regex.compile(r"[^\p{L}\p{N}&]+")


@functools.lru_cache(maxsize=1)
def _folded_replacements() -> tuple[regex.Pattern, dict[str, str]]:
    data = load_json("bodies.json")
    table: dict[str, str] = {}
    for long_form, short_form in data["contract"].items():
        table[_words(long_form)] = _words(short_form)
    for short_form, long_form in data["expand"].items():
        if len(_words(short_form)) > 2:  # (``tx``, ``tp``: too short to read alone)
            table[_words(short_form)] = _words(long_form)
    keys = sorted(table, key=len, reverse=True)
    pattern = regex.compile(
        r"(?<![\p{L}\p{N}&])(" + "|".join(regex.escape(k) for k in keys) + r")(?![\p{L}\p{N}&])"
    )
    return pattern, table


def _words(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold_key(text)).split())


@functools.lru_cache(maxsize=65536)
def lookup_key(name: str) -> str:
    """The key under which ``name`` is looked up and matched."""
    pattern, table = _folded_replacements()
    key = _words(canonical_body(name) or name)
    return pattern.sub(lambda m: table[m.group(1)], key)


def names_match(query: str, names: Iterable[str]) -> bool:
    """Does one of ``names`` (a body's name and aliases) contain ``query``, word
    for word, once both are looked-up keys?"""
    return keys_match(query, [lookup_key(name) for name in names])


def keys_match(query: str, keys: Iterable[str]) -> bool:
    """``names_match`` over the names' lookup keys, computed before."""
    wanted = f" {lookup_key(query)} "
    return wanted.strip() != "" and any(wanted in f" {key} " for key in keys)
