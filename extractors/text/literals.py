"""Where fixed strings occur in a text.

Several finders try their regular expressions only where a match can start: at
a fixed word (``tháng``, ``giao``) or sign (``%``).  ``str.find`` locates those
at a small part of the cost of a regular expression scan of the whole text.
"""

from __future__ import annotations

from typing import Iterable


def occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """Start offsets of every occurrence of each of ``needles`` in ``text``,
    overlapping ones included, sorted."""
    found = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    found.sort()
    return found
