"""The pipeline a user would assemble from general tools instead of vanban (issue 14).

It is a yardstick for ``make bench --only baseline``, written the way a competent
user would write it in an afternoon, without vanban's rules:

- dates: ``dateparser.search.search_dates(text, languages=["vi"])``; each match's
  value is written at the precision dateparser itself reports for it (``period``),
  so ``năm 2019`` gives ``2019`` rather than a day dateparser invented;
- document numbers: one regular expression for ``12/2025/NĐ-CP``, ``11/CT-UBND``
  and ``18-NQ/TW``, with an optional type word and ``số`` before it and an
  optional date of issue after it (``ngày 16/10/2025``, ``ngày 16 tháng 10 năm
  2025``);
- percentages: one regular expression for ``12,5%`` / ``12.5 %``, read in the
  Vietnamese convention (``,`` decimal, ``.`` thousands);
- ratios: ``N unit/M unit`` with a regular expression, the denominator's unit
  taking as many words as the numerator's (``117 trẻ nam/100 trẻ nữ``).  A bare
  ``5/9`` is left out: a general regular expression cannot tell it from a date;
- assignments: ``underthesea.sent_tokenize`` sentences holding a tasking verb
  (``giao``, ``yêu cầu``, ``đề nghị``, ``chủ trì``); every organisation
  underthesea's NER (``underthesea.ner``, its CRF model ships inside the
  underthesea wheel, so nothing is downloaded) finds there is a tasked body, and
  the task is the rest of the sentence after it.

The facts are vanban's own fact classes, so the output has the extraction
contract's shape and ``vanban.pipeline.evaluate`` scores it exactly as it scores
vanban.  Percentage points (``điểm phần trăm``), header fields and deadlines are
not attempted: general tools give nothing for them.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Iterator, Optional

from vanban.extractors.facts import AssignmentFact, DateFact, DocRefFact, Fact, PercentageFact, RatioFact

# What each kind is made from, printed beside the figures.
TOOLS: dict[str, str] = {
    "date": "dateparser.search.search_dates(languages=['vi'])",
    "doc_ref": "regular expression",
    "percentage": "regular expression",
    "ratio": "regular expression (N unit/M unit only)",
    "assignment": "underthesea.sent_tokenize + underthesea.ner (CRF model in the wheel) ORG entities",
}


# --------------------------------------------------------------------------
# Dates


@cache
def date_parser():
    """One parser for the run: building it loads dateparser's language data."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["vi"])


def iso_at_period(moment: datetime, period: Optional[str]) -> str:
    """``moment`` written at dateparser's precision: a year, a month or a day."""
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    return moment.date().isoformat()


# Markdown emphasis and punctuation that search_dates leaves on a match
# (``ngày 28 tháng 11 năm 2025*``): not part of the date.
_EDGES = " \t\r\n*_,.;:()[]\"'"


def find_dates(text: str) -> list[DateFact]:
    from dateparser.search import search_dates

    facts = []
    cursor = 0
    # search_dates reads each match relative to the one before (``tháng 10``
    # after ``năm 2019`` is October 2019), so its values are kept as they are;
    # only the precision is asked of dateparser again, one match at a time.
    for matched, moment in search_dates(text, languages=["vi"]) or ():
        cleaned = matched.strip(_EDGES)
        if not cleaned:
            continue
        span = find_from(text, cleaned, cursor)
        if span is None:
            continue
        cursor = span[1]
        period = date_parser().get_date_data(cleaned).period
        facts.append(
            DateFact(
                text=text[span[0] : span[1]], start=span[0], end=span[1], value=iso_at_period(moment, period)
            )
        )
    return facts


def find_from(text: str, needle: str, cursor: int) -> Optional[tuple[int, int]]:
    """Where ``needle`` is in ``text``, first after ``cursor`` then anywhere,
    any whitespace run matching any whitespace run (sources hard-wrap lines)."""
    pattern = re.compile(r"\s+".join(re.escape(word) for word in needle.split()))
    match = pattern.search(text, cursor) or pattern.search(text)
    return (match.start(), match.end()) if match else None


# --------------------------------------------------------------------------
# Document numbers

_TYPE_WORDS = (
    "Nghị định",
    "Nghị quyết",
    "Quyết định",
    "Thông tư liên tịch",
    "Thông tư",
    "Chỉ thị",
    "Công văn",
    "Văn bản",
    "Kế hoạch",
    "Thông báo",
    "Tờ trình",
    "Báo cáo",
    "Công điện",
    "Luật",
    "Pháp lệnh",
    "Hướng dẫn",
)
# A number, an optional year, then a symbol starting with a capital letter
# (which keeps dates like 31/8/2012 out); or the Party form 18-NQ/TW.
_NUMBER = r"\d+(?:-[A-ZĐ]+)?(?:/\d{4})?/[A-ZĐ][\wĐđ]*(?:-[\wĐđ]+)*"
DOC_REF = re.compile(
    r"(?:(?P<type>(?i:" + "|".join(_TYPE_WORDS) + r"))\s+)?"
    r"(?:(?i:số)\s+)?"
    r"(?P<number>" + _NUMBER + r")"
    # The date of issue when it follows, in either usual form:
    # ``ngày 16/10/2025`` or ``ngày 16 tháng 10 năm 2025``.
    r"(?:\s+ngày\s+(?P<day>\d{1,2})(?:/|\s+tháng\s+)(?P<month>\d{1,2})(?:/|\s+năm\s+)(?P<year>\d{4}))?"
)


def find_doc_refs(text: str) -> list[DocRefFact]:
    facts = []
    for match in DOC_REF.finditer(text):
        date = None
        if match["year"]:
            try:
                date = datetime(int(match["year"]), int(match["month"]), int(match["day"])).date().isoformat()
            except ValueError:
                date = None
        doc_type = match["type"]
        facts.append(
            DocRefFact(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                number=re.sub(r"\s*/\s*", "/", match["number"]),
                doc_type=doc_type[0].upper() + doc_type[1:].lower() if doc_type else None,
                date=date,
            )
        )
    return facts


# --------------------------------------------------------------------------
# Percentages

PERCENT = re.compile(r"(?<![\d.,])(?P<number>\d+(?:[.,]\d+)*)\s*%")


def vietnamese_number(written: str) -> float:
    """``1.234,5`` -> 1234.5: the Vietnamese convention, ``.`` groups thousands."""
    return float(written.replace(".", "").replace(",", "."))


def find_percentages(text: str) -> list[PercentageFact]:
    return [
        PercentageFact(text=m.group(), start=m.start(), end=m.end(), value=vietnamese_number(m["number"]))
        for m in PERCENT.finditer(text)
    ]


# --------------------------------------------------------------------------
# Ratios

_WORD = r"[^\W\d_]+"
# Two-word units first (``trẻ nam/100 trẻ nữ``), then one-word units; the
# denominator's unit has as many words as the numerator's.
RATIO = re.compile(
    rf"(?<![\d/.,])(?P<n2>\d+(?:,\d+)?)\s+(?P<u2>{_WORD}\s+{_WORD})\s*/\s*(?P<d2>\d+(?:,\d+)?)\s+(?P<v2>{_WORD}\s+{_WORD})"
    rf"|(?<![\d/.,])(?P<n1>\d+(?:,\d+)?)\s+(?P<u1>{_WORD})\s*/\s*(?P<d1>\d+(?:,\d+)?)\s+(?P<v1>{_WORD})"
)


def find_ratios(text: str) -> list[RatioFact]:
    facts = []
    for m in RATIO.finditer(text):
        words = "2" if m["n2"] else "1"
        facts.append(
            RatioFact(
                text=m.group(),
                start=m.start(),
                end=m.end(),
                numerator=vietnamese_number(m["n" + words]),
                denominator=vietnamese_number(m["d" + words]),
                numerator_unit=" ".join(m["u" + words].split()),
                denominator_unit=" ".join(m["v" + words].split()),
            )
        )
    return facts


# --------------------------------------------------------------------------
# Assignments

TASKING = re.compile(r"\b(?:giao|yêu cầu|đề nghị|chủ trì)\b", re.IGNORECASE)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """The spans of underthesea's sentences (it returns them as substrings)."""
    from underthesea import sent_tokenize

    cursor = 0
    for sentence in sent_tokenize(text):
        span = find_from(text, sentence.strip(), cursor) if sentence.strip() else None
        if span is not None:
            cursor = span[1]
            yield span


def organisations(sentence: str) -> list[str]:
    """The ORG entities of underthesea's NER, adjacent B-/I-ORG words joined."""
    from underthesea import ner

    found: list[list[str]] = []
    previous = "O"
    for word, _pos, _chunk, tag in ner(sentence):
        # An I-ORG continues only the entity right before it; a stray one
        # (after O or another type) opens an entity of its own.
        if tag == "B-ORG" or (tag == "I-ORG" and previous not in ("B-ORG", "I-ORG")):
            found.append([word])
        elif tag == "I-ORG":
            found[-1].append(word)
        previous = tag
    return [" ".join(words) for words in found]


def find_assignments(text: str) -> list[AssignmentFact]:
    facts = []
    for start, end in sentences(text):
        sentence = text[start:end]
        if not TASKING.search(sentence):
            continue
        cursor = 0
        for body in organisations(sentence):
            # The NER joins a word's syllables with one space; find it as written.
            span = find_from(sentence, body, cursor)
            if span is None:
                continue
            cursor = span[1]
            facts.append(
                AssignmentFact(
                    text=sentence,
                    start=start,
                    end=end,
                    body=sentence[span[0] : span[1]],
                    task=" ".join(sentence[span[1] :].split()).strip(" ,.;:"),
                )
            )
    return facts


# --------------------------------------------------------------------------

FINDERS = {
    "date": find_dates,
    "doc_ref": find_doc_refs,
    "percentage": find_percentages,
    "ratio": find_ratios,
    "assignment": find_assignments,
}


def extract_baseline(text: str) -> dict:
    """One object of the extraction contract (``{"header", "facts"}``) from the
    assembled pipeline; the header is empty, as no general tool reads one."""
    facts: list[Fact] = [fact for finder in FINDERS.values() for fact in finder(text)]
    facts.sort(key=lambda f: (f.start, -f.end, f.kind))
    return {"header": {}, "facts": [fact.to_dict() for fact in facts]}
