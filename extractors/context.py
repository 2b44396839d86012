"""What a finder may know about the document beyond the text it scans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from vanban.extractors.facts import DateFact


@dataclass(frozen=True)
class DocumentContext:
    # ISO date of issue (``2017-09-28``) or at least a year; the reference for
    # expressions without a year (``Ngày 20/9``, ``quý I``).
    issue_date: Optional[str] = None
    # Dates already found in the same text, for finders that attach a date to
    # what they find (``Chỉ thị số 11/CT-UBND ngày 31/8/2012``).
    dates: Sequence[DateFact] = ()
    # The issuing body from the header (``UBND huyện Việt Yên``), and whether a
    # header was read at all: a finder that needs the issuer only reads the
    # header itself when nobody did.
    issuer: Optional[str] = None
    header_read: bool = False

    @property
    def year(self) -> Optional[int]:
        if self.issue_date and self.issue_date[:4].isdigit():
            return int(self.issue_date[:4])
        return None


EMPTY_CONTEXT = DocumentContext()
