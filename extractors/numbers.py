"""Vietnamese number notation, shared by the figure extractors.

Vietnamese writes a decimal comma and a thousands dot (``95,5`` = 95.5,
``1.250`` = 1250), but English-style decimals leak in from tables and
spreadsheets (``96.5%``, ``3.0%``).  The convention followed here (see the
annotation guide): a dot followed by exactly three digits, and not by a
further digit, is a thousands separator; any other dot is a decimal point.
"""

from __future__ import annotations

from typing import Optional

import regex

VERSION = "1.0"

# Alternatives are ordered so that the thousands reading wins whenever it is
# possible, and a dot that is not a thousands separator is read as a decimal.
NUMBER_PATTERN = (
    r"(?:\d{1,3}(?:\.\d{3})++(?!\d|\.\d)(?:,\d++)?+"  # 1.250  1.250.000  1.250,5
    r"|\d++(?:,\d++)?+(?!\.\d)"  # 40  95,5
    r"|\d+\.\d+)"  # 96.5  3.0  (English decimal)
)

# A number must not start in the middle of another number or a code.
NUMBER_START = r"(?<![\p{L}\d_])(?<!\d[.,])"

_NUMBER_RE = regex.compile(NUMBER_PATTERN)
_THOUSANDS_RE = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def parse_number(text: str) -> Optional[float]:
    """Value of a number written Vietnamese-style; None if ``text`` is not one.

    >>> parse_number("95,5"), parse_number("1.250"), parse_number("96.5")
    (95.5, 1250.0, 96.5)
    """
    s = text.strip()
    if not _NUMBER_RE.fullmatch(s):
        return None
    if _THOUSANDS_RE.fullmatch(s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:  # pragma: no cover - the pattern only admits digits
        return None


def is_plain_integer(text: str) -> bool:
    """True for digits only (``06``, ``63``): the only form a day or month takes."""
    return text.isdigit()
