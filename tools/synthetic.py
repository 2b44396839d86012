"""Synthetic administrative notices with their ground truth.

``generate(n, seed, size)`` yields documents shaped like the real ones — the
two-column header (issuing body and ``Số:`` line left, motto and
``<place>, ngày …`` right, printed side by side, one after the other, or as a
scraped markdown table), the type line and title, a body of the document's
type (Thông báo kết luận, Quyết định, Kế hoạch, Công văn, Báo cáo, or a news
report), ``Nơi nhận`` and the signature block — together with every fact the
generator wrote into the text: dates in each written form the extractors
handle, citations, percentages, ratios and assignments, with exact offsets and
values in the shape of the extraction contract (README).  The vocabularies are
in ``pipeline/data/synthetic/``; no phrase there holds a digit or a date word,
so the only facts in a text are the recorded ones.

What it is for: bulk-import benchmarks on as many documents as wanted, and a
check that extraction on synthetic text is right.  What it is not: a measure of
quality on real documents — the text is made from templates the extractors'
authors know, so its scores are an upper bound and a regression alarm, never a
substitute for the hand-annotated dev set.

``python -m tools.synthetic OUT --count N --seed S --size 14k`` writes
``OUT/docs/*.txt``, ``OUT/truth.jsonl`` (one object per document: name, header,
facts) and ``OUT/gold/*.json`` (the same truth in the annotation format, so
``vanban eval OUT/gold OUT/docs`` scores it).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

import click

DATA = Path(__file__).resolve().parent / "data" / "synthetic"

DOC_KINDS = ("Thông báo", "Quyết định", "Kế hoạch", "Công văn", "Báo cáo", "Tin tức")
# Weights: notices, letters and plans dominate the real archive.
DOC_WEIGHTS = (3, 2, 3, 3, 2, 2)
TYPE_CODES = {"Thông báo": "TB", "Quyết định": "QĐ", "Kế hoạch": "KH", "Báo cáo": "BC"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII"}
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = {}
    for name in ("places", "bodies", "text"):
        data[name] = json.loads((DATA / f"{name}.json").read_text("utf-8"))
    return data


# --------------------------------------------------------------------------
# Text with facts: a chunk is a string plus the facts inside it (offsets
# relative to the chunk), so that pieces can be assembled in any order and the
# offsets stay exact.


class Chunk:
    __slots__ = ("text", "facts")

    def __init__(self, text: str = "", facts: Optional[list] = None):
        self.text = text
        self.facts = facts or []  # (start, end, values)

    def __add__(self, other: Union["Chunk", str]) -> "Chunk":
        other = chunk(other)
        shift = len(self.text)
        return Chunk(
            self.text + other.text, self.facts + [(s + shift, e + shift, v) for s, e, v in other.facts]
        )

    def __radd__(self, other: str) -> "Chunk":
        return chunk(other) + self

    def __len__(self) -> int:
        return len(self.text)


def chunk(value: Union[Chunk, str]) -> Chunk:
    return value if isinstance(value, Chunk) else Chunk(value)


def join(separator: str, parts: Iterable[Union[Chunk, str]]) -> Chunk:
    out = Chunk()
    for i, part in enumerate(parts):
        out = out + (separator if i else "") + part
    return out


def fact(kind: str, content: Union[Chunk, str], **values: Any) -> Chunk:
    """``content`` as one fact of ``kind`` (the facts already inside it stay)."""
    content = chunk(content)
    return Chunk(content.text, [(0, len(content.text), {"kind": kind, **values})] + content.facts)


# --------------------------------------------------------------------------
# The result


@dataclass(frozen=True)
class SyntheticDocument:
    name: str
    kind: str  # which template made it (a DOC_KINDS entry)
    text: str
    header: dict  # the contract's header fields
    facts: tuple[dict, ...]  # contract-shaped facts (no ``sentence``: that is the pipeline's)

    def to_dict(self, with_text: bool = False) -> dict:
        data = {"name": self.name, "kind": self.kind, "header": self.header, "facts": list(self.facts)}
        if with_text:
            data["text"] = self.text
        return data

    def to_gold(self) -> dict:
        """The truth in the annotation format of ``../shared/eval/dev`` (ANNOTATION.md)."""
        gold: dict[str, Any] = {"doc": f"{self.name}.txt"}
        for key in ("doc_number", "doc_type", "issuer", "issue_place", "issue_date", "signer"):
            gold[key] = self.header.get(key)
        lists: dict[str, list] = {
            "dates": [],
            "doc_refs": [],
            "percentages": [],
            "ratios": [],
            "assignments": [],
        }
        for f in self.facts:
            kind = f["kind"]
            if kind == "date":
                lists["dates"].append({"text": f["text"], "value": f["value"]})
            elif kind == "doc_ref":
                lists["doc_refs"].append(
                    {"text": f["text"], "number": f["number"], "type": f["doc_type"], "date": f["date"]}
                )
            elif kind == "percentage":
                item = {"text": f["text"], "value": f["value"]}
                if f["percentage_point"]:
                    item["kind"] = "percentage_point"
                lists["percentages"].append(item)
            elif kind == "ratio":
                lists["ratios"].append(
                    {
                        "text": f["text"],
                        "numerator": f["numerator"],
                        "denominator": f["denominator"],
                        "numerator_unit": f["numerator_unit"],
                        "denominator_unit": f["denominator_unit"],
                        "kind": f["ratio_kind"],
                    }
                )
            elif kind == "assignment":
                item = {"text": f["text"], "body": f["body"], "task": f["task"], "deadline": f["deadline"]}
                if f["assignment_kind"] != "clause":
                    item["kind"] = f["assignment_kind"]
                lists["assignments"].append(item)
        gold.update(lists)
        return gold


def parse_size(size: Union[str, int]) -> int:
    """``14k``, ``5kB``, ``14000`` -> bytes of UTF-8 text."""
    if isinstance(size, int):
        return size
    text = size.strip().lower().removesuffix("b")
    if text.endswith("k"):
        return int(float(text[:-1]) * 1000)
    return int(text)


def generate(n: int, seed: int = 0, size: Union[str, int] = "14k") -> Iterator[SyntheticDocument]:
    """``n`` documents of about ``size`` bytes each; the same seed gives the same documents."""
    target = parse_size(size)
    for index in range(n):
        # A string seed is hashed with SHA-512 by ``random``: stable across runs and platforms.
        rng = random.Random(f"vanban-synthetic:{seed}:{index}")
        kind = rng.choices(DOC_KINDS, DOC_WEIGHTS)[0]
        yield _Composer(rng, target, f"syn_{seed}_{index:06d}", kind).build()


# --------------------------------------------------------------------------
# Composition


def _pad(n: int, rng: random.Random, chance: float = 0.5) -> str:
    return f"{n:02d}" if n < 10 and rng.random() < chance else str(n)


def _decimal(value: float) -> str:
    """Vietnamese decimal comma; whole numbers without decimals."""
    if value == int(value):
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def _wrap(text: str, width: int) -> str:
    """Hard-wrap like a scraped page: a space becomes a line break, so that
    offsets do not move."""
    out = list(text)
    column = 0
    last_space = -1
    for i, ch in enumerate(out):
        if ch == "\n":
            column, last_space = 0, -1
            continue
        if ch == " ":
            last_space = i
        column += 1
        if column > width and last_space >= 0:
            out[last_space] = "\n"
            column = i - last_space
            last_space = -1
    return "".join(out)


@dataclass
class _Issuer:
    level: str  # "province" or "district"
    lines: list[str]  # as printed at the top left
    name: str  # header issuer in the contract
    parent: Optional[str]
    code: str  # issuer code in the number
    units: list[str]
    place: str
    is_ubnd: bool
    head: str  # Chủ tịch, Giám đốc, Trưởng phòng
    office_name: Optional[str] = None  # the body itself, without locality


@dataclass
class _Composer:
    rng: random.Random
    target: int
    name: str
    kind: str
    header: dict = field(default_factory=dict)

    def __post_init__(self):
        v = vocabulary()
        self.places, self.bodies, self.phrases = v["places"], v["bodies"], v["text"]
        r = self.rng
        self.province = r.choice(self.places["provinces"])
        self.P = self.province["name"]
        self.D = r.choice(self.province["districts"])
        self.topic = r.choice(self.phrases["topics"])
        start = dt.date(2015, 1, 1).toordinal()
        self.issue = dt.date.fromordinal(r.randrange(start, dt.date(2025, 12, 20).toordinal()))
        self.Y = self.issue.year
        self.issuer = self._pick_issuer()
        self.number_seq = r.randrange(1, 3000)
        self.said: set[str] = set()

    # -- vocabulary helpers -------------------------------------------------

    def person(self) -> str:
        r, p = self.rng, self.places
        return f"{r.choice(p['family_names'])} {r.choice(p['middle_names'])} {r.choice(p['given_names'])}"

    def _pick_issuer(self) -> _Issuer:
        r = self.rng
        level = r.choice(("province", "district"))
        if self.kind in ("Quyết định", "Thông báo") or r.random() < 0.5:
            if level == "province":
                return _Issuer(
                    level,
                    ["ỦY BAN NHÂN DÂN", f"TỈNH {self.P.upper()}"],
                    f"UBND tỉnh {self.P}",
                    None,
                    "UBND",
                    self.bodies["ubnd_unit_codes"],
                    self.P,
                    True,
                    "Chủ tịch",
                )
            return _Issuer(
                level,
                ["ỦY BAN NHÂN DÂN", f"HUYỆN {self.D.upper()}"],
                f"UBND huyện {self.D}",
                None,
                "UBND",
                self.bodies["ubnd_unit_codes"],
                self.D,
                True,
                "Chủ tịch",
            )
        if level == "province":
            office = r.choice(self.bodies["province_offices"])
            return _Issuer(
                level,
                [f"UBND TỈNH {self.P.upper()}", office["upper"]],
                f"{office['name']} {self.P}",
                f"UBND tỉnh {self.P}",
                office["code"],
                office["units"],
                self.P,
                False,
                office["head"],
                office["name"],
            )
        office = r.choice(self.bodies["district_offices"])
        return _Issuer(
            level,
            [f"UBND HUYỆN {self.D.upper()}", office["upper"]],
            f"{office['name']} {self.D}",
            f"UBND huyện {self.D}",
            office["code"],
            ["VP"],
            self.D,
            False,
            office["head"],
            office["name"],
        )

    def bodies_pool(self) -> list[str]:
        b = self.bodies
        if self.issuer.level == "province":
            pool = [o["name"] for o in b["province_offices"]] + b["province_units"]
        else:
            pool = [o["name"] for o in b["district_offices"]] + b["district_units"]
        if self.issuer.office_name:
            pool = [x for x in pool if x != self.issuer.office_name]
        return pool

    def plural_bodies(self) -> list[str]:
        return self.bodies["province_plural" if self.issuer.level == "province" else "district_plural"]

    def level_word(self) -> str:
        return "tỉnh" if self.issuer.level == "province" else "huyện"

    def date_before(self, days_lo: int, days_hi: int) -> dt.date:
        return self.issue - dt.timedelta(days=self.rng.randrange(days_lo, days_hi))

    def date_after(self, days_lo: int, days_hi: int) -> dt.date:
        return self.issue + dt.timedelta(days=self.rng.randrange(days_lo, days_hi))

    # -- dates ----------------------------------------------------------------

    def full_date(self, d: dt.date, style: Optional[str] = None, capital: bool = False) -> Chunk:
        """A complete date; the word ``ngày`` belongs to the fact only in the long form."""
        r = self.rng
        style = style or r.choice(("long", "slash", "slash", "dash", "dot"))
        iso = d.isoformat()
        word = "Ngày" if capital else "ngày"
        if style == "long":
            text = f"{word} {_pad(d.day, r)} tháng {_pad(d.month, r, 0.6 if d.month < 3 else 0)} năm {d.year}"
            return fact("date", text, value=iso)
        sep = {"slash": "/", "dash": "-", "dot": "."}[style]
        return word + " " + fact("date", f"{_pad(d.day, r)}{sep}{_pad(d.month, r)}{sep}{d.year}", value=iso)

    def yearless_date(self, d: dt.date, trigger: str) -> Chunk:
        sep = self.rng.choice(("/", "/", "."))
        return (
            trigger + " " + fact("date", f"{d.day}{sep}{d.month}", value=d.isoformat(), note="year inferred")
        )

    def year(self, y: int, capital: bool = False) -> Chunk:
        return fact("date", f"{'Năm' if capital else 'năm'} {y}", value=str(y))

    def month(self, y: int, m: int) -> Chunk:
        form = self.rng.choice(("slash", "long", "dot"))
        text = {"slash": f"tháng {m}/{y}", "long": f"tháng {m} năm {y}", "dot": f"tháng {m}.{y}"}[form]
        return fact("date", text, value=f"{y}-{m:02d}")

    def quarter(self, y: int, q: int) -> Chunk:
        form = self.rng.choice(("arabic", "roman_year", "roman_slash"))
        text = {
            "arabic": f"quý {q}/{y}",
            "roman_year": f"quý {ROMAN[q]} năm {y}",
            "roman_slash": f"quý {ROMAN[q]}/{y}",
        }[form]
        return fact("date", text, value=f"{y}-Q{q}")

    def period(self, y: Optional[int] = None) -> Chunk:
        """``9 tháng đầu năm 2017`` with the year inside also listed (ANNOTATION.md);
        by default the latest period already over at the issue date."""
        r = self.rng
        done = [n for n in (3, 6, 9) if n < self.issue.month]
        if y is None:
            y = self.Y if done else self.Y - 1
        if y < self.Y:
            done = [3, 6, 9]
        if done and (y == self.Y or r.random() < 0.7):
            n = r.choice(done)
            value = f"{y}-01/{y}-{n:02d}"
            return fact("date", f"{n} tháng đầu " + self.year(y), value=value, note="period")
        return fact("date", "6 tháng cuối " + self.year(y), value=f"{y}-07/{y}-12", note="period")

    def year_range(self, y1: int, y2: int) -> Chunk:
        r = self.rng
        dash = r.choice((" - ", "-", " – "))
        return fact("date", f"giai đoạn {y1}{dash}{y2}", value=f"{y1}/{y2}")

    def school_year(self, y: int) -> Chunk:
        return fact("date", f"năm học {y}-{y + 1}", value=f"{y}/{y + 1}")

    def month_range(self, y: int) -> Chunk:
        r = self.rng
        m1 = r.randrange(1, 11)
        m2 = m1 + 1
        if r.random() < 0.5:
            return fact("date", f"tháng {m1} - {m2}/{y}", value=f"{y}-{m1:02d}/{y}-{m2:02d}")
        return fact("date", f"cuối tháng {m1} và đầu tháng {m2}/{y}", value=f"{y}-{m1:02d}/{y}-{m2:02d}")

    # -- citations -------------------------------------------------------------

    def citation(self, lower_letter: bool = False) -> Chunk:
        """``Chỉ thị số 11/CT-UBND ngày 31/8/2012 của Chủ tịch UBND tỉnh Bắc Giang``."""
        r = self.rng
        spec = r.choice(self.bodies["citations"])
        d = self.date_before(20, 2000)
        number = spec["number"].format(
            n=_pad(r.randrange(1, 400), r, 0.7), y=d.year, U=r.choice(self.bodies["ubnd_unit_codes"])
        )
        issuer = spec["issuer"].format(P=self.P, D=self.D)
        type_word = spec["type"]
        if lower_letter and type_word == "Công văn":
            type_word = "công văn"
        head = f"{type_word} số {number}" if r.random() < 0.9 else f"{type_word} {number}"
        dated = r.random() < 0.85
        content = chunk(head)
        if dated:
            content = content + " " + self.full_date(d, r.choice(("long", "slash", "slash")))
        ref = fact(
            "doc_ref",
            content,
            number=number,
            doc_type=spec["type"],
            date=d.isoformat() if dated else None,
            issuer=issuer,
        )
        return ref + f" của {issuer}"

    def own_ref(self, number: str, doc_type: str) -> Chunk:
        """The document citing itself (an appendix caption): a reference by the annotation rules."""
        return fact(
            "doc_ref",
            f"{doc_type} số {number} " + self.full_date(self.issue, "long"),
            number=number,
            doc_type=doc_type,
            date=self.issue.isoformat(),
            issuer=None,
        )

    # -- figures ---------------------------------------------------------------

    def percent(self, value: float, subject: Optional[str]) -> Chunk:
        return fact("percentage", f"{_decimal(value)}%", value=value, percentage_point=False, subject=subject)

    def measure_sentence(self) -> Chunk:
        r = self.rng
        m = r.choice(self.topic["measures"])
        subject = m["subject"]
        value = round(r.uniform(m["lo"], m["hi"]), r.choice((0, 1)))
        when = r.choice(("year", "period", "none"))
        lead: Chunk
        if when == "year":
            lead, base = self.year(self.Y - 1, capital=True) + ", ", self.Y - 2
        elif when == "period":
            lead = chunk("Trong ") + self.period() + ", "
            base = int(lead.facts[-1][2]["value"]) - 1
        else:
            lead, base = chunk("Đến nay, "), self.Y - 1
        verb = r.choice(self.phrases["measure_verbs_down" if m.get("down") else "measure_verbs_up"])
        out = lead + f"{subject} {verb} " + self.percent(value, subject)
        tail = r.random()
        if tail < 0.35:
            pp = round(r.uniform(0.2, 4.5), 1)
            out = (
                out
                + f", {r.choice(('tăng', 'giảm'))} "
                + fact(
                    "percentage",
                    f"{_decimal(pp)} điểm phần trăm",
                    value=pp,
                    percentage_point=True,
                    subject=subject,
                )
                + " so với "
                + self.year(base)
            )
        elif tail < 0.55:
            plan = round(r.uniform(90, 115), 1)
            out = out + ", bằng " + self.percent(plan, subject) + " kế hoạch"
        elif tail < 0.7:
            out = (
                out
                + ", tăng so với "
                + fact("date", "cùng kỳ năm trước", value=str(self.Y - 1), note="relative; year inferred")
            )
        return out + "."

    def sex_ratio_sentence(self) -> Chunk:
        r = self.rng
        subject = self.phrases["sex_ratio_subject"]
        value = round(r.uniform(106, 120), r.choice((0, 1)))
        if r.random() < 0.6:
            male, female = r.choice(self.phrases["ratio_units"])
            ratio = fact(
                "ratio",
                f"{_decimal(value)} {male}/100 {female}",
                numerator=value,
                denominator=100.0,
                numerator_unit=male,
                denominator_unit=female,
                ratio_kind="ratio",
                subject=subject,
            )
        else:
            ratio = fact(
                "ratio",
                f"{_decimal(value)}/100",
                numerator=value,
                denominator=100.0,
                numerator_unit=None,
                denominator_unit=None,
                ratio_kind="ratio",
                subject=subject,
            )
        if ratio.facts[0][2]["numerator_unit"]:
            return "Tỷ số giới tính khi sinh của " + self.level_word() + " vẫn ở mức cao (" + ratio + ")."
        return "Tỷ số giới tính khi sinh là " + ratio + ", cao hơn mức cân bằng tự nhiên."

    def rank_sentence(self) -> Chunk:
        r = self.rng
        name = self.topic["rank"]
        k = r.randrange(2, 63)
        ratio = fact(
            "ratio",
            f"{k}/63 tỉnh, thành phố",
            numerator=float(k),
            denominator=63.0,
            numerator_unit=None,
            denominator_unit="tỉnh, thành phố",
            ratio_kind="rank",
            subject=name.split(" của ")[0].lower(),
        )
        return f"{name} " + self.year(self.Y - 1) + " xếp thứ " + ratio + "."

    def criteria_sentence(self) -> Chunk:
        r = self.rng
        total = r.randrange(12, 30)
        done = r.randrange(2, total)
        communes = fact(
            "ratio",
            f"{done}/{total} xã",
            numerator=float(done),
            denominator=float(total),
            numerator_unit="xã",
            denominator_unit="xã",
            ratio_kind="part_of_whole",
            subject=None,
        )
        k = r.randrange(9, 19)
        criteria = fact(
            "ratio",
            f"{k}/19 tiêu chí",
            numerator=float(k),
            denominator=19.0,
            numerator_unit="tiêu chí",
            denominator_unit="tiêu chí",
            ratio_kind="part_of_whole",
            subject=None,
        )
        return (
            "Đến hết "
            + self.year(self.Y - 1)
            + f", toàn {self.level_word()} có "
            + communes
            + " đạt chuẩn nông thôn mới; các xã còn lại đạt ít nhất "
            + criteria
            + "."
        )

    def scale_sentence(self) -> Chunk:
        r = self.rng
        denominator = r.choice((500, 500, 2000))
        written = "1/500" if denominator == 500 else "1/2.000"
        scale = fact(
            "ratio",
            written,
            numerator=1.0,
            denominator=float(denominator),
            numerator_unit=None,
            denominator_unit=None,
            ratio_kind="scale",
            subject=None,
        )
        return (
            "Hoàn thành phê duyệt đồ án quy hoạch chi tiết tỷ lệ "
            + scale
            + " khu dân cư mới và bàn giao mặt bằng cho các dự án trọng điểm."
        )

    def count_sentence(self) -> str:
        r = self.rng
        template = r.choice(self.phrases["counts"])
        a = r.randrange(5, 300)
        b = r.randrange(20, 9000)
        b_text = f"{b // 1000}.{b % 1000:03d}" if b >= 1000 else str(b)
        return template.format(a=a, b=b_text) + "."

    # -- prose -----------------------------------------------------------------

    def filler_sentence(self) -> str:
        r, p = self.rng, self.phrases
        first = (
            f"{r.choice(p['filler_openers'])} {r.choice(p['filler_objects'])} {r.choice(p['filler_tails'])}"
        )
        if r.random() < 0.6:
            first += f"; {r.choice(p['filler_openers']).lower()} {r.choice(p['filler_objects'])}"
        return first + "."

    def filler_paragraph(self) -> Chunk:
        return chunk(" ".join(self.filler_sentence() for _ in range(self.rng.randrange(2, 4))))

    def task_paragraph(self) -> Chunk:
        """A paragraph that tasks one body, in a form read anywhere in a document (the
        growth stands before a plan's or a decision's directive part)."""
        task = self.assignment(form=self.rng.choice(("giao", "giao_lead", "lead", "duty")))
        return join(" ", [self.filler_sentence(), task]) if self.rng.random() < 0.5 else task

    def report_paragraph(self) -> Chunk:
        r, p = self.rng, self.phrases
        parts: list[Union[Chunk, str]] = [
            f"{r.choice(p['report_subjects'])} {r.choice(p['report_predicates'])}.",
            self.count_sentence(),
        ]
        figures = [self.measure_sentence]
        if self.topic.get("sex_ratio"):
            figures.append(self.sex_ratio_sentence)
        # A rank, a count of communes or a map scale is stated once in a document.
        for key, make in (
            ("rank", self.rank_sentence),
            ("criteria", self.criteria_sentence),
            ("scale", self.scale_sentence),
        ):
            if self.topic.get(key) and key not in self.said:
                figures.append(make)
        make = r.choice(figures)
        self.said.add(
            {
                self.rank_sentence: "rank",
                self.criteria_sentence: "criteria",
                self.scale_sentence: "scale",
            }.get(make, "measure")
        )
        parts.append(make())
        if r.random() < 0.5:
            parts.append(self.measure_sentence())
        return join(" ", parts)

    def dated_paragraph(self) -> Chunk:
        r = self.rng
        choice = r.randrange(5)
        if choice == 0:
            a = self.date_before(30, 200)
            b = a + dt.timedelta(days=r.randrange(3, 20))
            return (
                "Từ "
                + self.full_date(a, "slash")
                + " đến "
                + self.full_date(b, "slash")
                + ", đoàn kiểm tra liên ngành làm việc tại các đơn vị. "
                + self.filler_sentence()
            )
        if choice == 1:
            q = (self.issue.month - 1) // 3 + 1
            return (
                "Trong "
                + self.quarter(self.Y, q)
                + ", tập trung hoàn thành các nhiệm vụ còn lại. "
                + self.filler_sentence()
            )
        if choice == 2:
            return (
                "Thực hiện chương trình mục tiêu "
                + self.year_range(self.Y - r.randrange(1, 4), self.Y + r.randrange(1, 5))
                + f", {self.topic['name']} tiếp tục được quan tâm. "
                + self.filler_sentence()
            )
        if choice == 3:
            return (
                "Công tác chuẩn bị cho "
                + self.school_year(self.Y)
                + " được triển khai sớm; "
                + self.month_range(self.Y)
                + " là thời gian cao điểm. "
                + self.filler_sentence()
            )
        return self.citation_paragraph()

    def citation_paragraph(self) -> Chunk:
        opener = self.rng.choice(("Thực hiện", "Triển khai", "Theo"))
        return (
            opener + " " + self.citation() + f" về {self.topic['name']}, các cơ quan, đơn vị "
            "đã xây dựng kế hoạch triển khai. " + self.filler_sentence()
        )

    # The share of each kind of paragraph a document grows by, set so that the
    # facts per 1,000 characters match the real documents of ../shared
    # (tests/test_synthetic.py compares them).
    # (task paragraphs: real documents carry about twice the assignments per 1,000
    # characters of the fixed parts alone; tests/test_synthetic.py checks the density)
    GROWTH = (("report", 0.10), ("dated", 0.08), ("citation", 0.32), ("task", 0.05), ("filler", 0.45))

    def grow_paragraph(self) -> Chunk:
        r = self.rng.random()
        for kind, share in self.GROWTH:
            if r < share:
                break
            r -= share
        return getattr(self, f"{kind}_paragraph")()

    # -- assignments -----------------------------------------------------------

    def deadline(self) -> tuple[Optional[Chunk], Optional[str]]:
        r = self.rng
        d = self.date_after(10, 100)
        if d.year != self.Y:
            d = dt.date(self.Y, 12, r.randrange(15, 31))
        pick = r.random()
        if pick < 0.4:
            return None, None
        if pick < 0.7:
            date = self.full_date(d, r.choice(("slash", "slash", "long")))
            return "hoàn thành trước " + date, d.isoformat()
        if pick < 0.82:
            return "báo cáo kết quả trong " + self.month(d.year, d.month), f"{d.year}-{d.month:02d}"
        if pick < 0.92:
            q = (d.month - 1) // 3 + 1
            return "hoàn thành trong " + self.quarter(d.year, q), f"{d.year}-Q{q}"
        return "hoàn thành trong " + self.year(d.year), str(d.year)

    def assignment(self, form: Optional[str] = None, bodies: Optional[list[str]] = None) -> Chunk:
        r = self.rng
        pool = bodies or self.bodies_pool()
        body = r.choice(pool if r.random() < 0.8 or bodies else self.plural_bodies())
        partner = r.choice([b for b in self.bodies_pool() if b != body])
        task = r.choice(self.phrases["task_verbs"])
        form = form or r.choice(("giao", "giao_lead", "lead", "duty", "advise", "request"))
        deadline, deadline_value = self.deadline()
        tail: Union[Chunk, str] = ("" if deadline is None else ", " + deadline) + "."
        partners: list[str] = []
        role = "execute"
        if form == "giao":
            sentence = f"Giao {body} {task}" + tail
        elif form == "giao_lead":
            sentence = f"Giao {body} chủ trì, phối hợp với {partner} {task}" + tail
            role, partners = "lead", [partner]
        elif form == "lead":
            sentence = f"{body[0].upper()}{body[1:]} chủ trì, phối hợp với {partner} {task}" + tail
            role, partners = "lead", [partner]
        elif form == "duty":
            sentence = f"{body[0].upper()}{body[1:]} có trách nhiệm {task}" + tail
        elif form == "advise":
            sentence = f"{body[0].upper()}{body[1:]} tham mưu UBND {self.level_word()} {task}" + tail
            role = "advise"
        else:
            verb = r.choice(("Đề nghị", "Yêu cầu"))
            sentence = f"{verb} {body} {task}" + tail
        body = body if form in ("giao", "giao_lead", "request") else f"{body[0].upper()}{body[1:]}"
        return fact(
            "assignment",
            sentence,
            body=body,
            canonical_body=None,
            task=task,
            deadline=deadline_value,
            role=role,
            partners=partners,
            assignment_kind="clause",
        )

    def assignments(self, count: int, numbered: bool, **kwargs) -> list[Chunk]:
        out = []
        for i in range(count):
            item = self.assignment(**kwargs)
            out.append((f"{i + 1}. " + item) if numbered else item)
        return out

    def execution_clause(self) -> Chunk:
        r = self.rng
        level = self.level_word()
        office = self.bodies["province_office_of_issuer" if level == "tỉnh" else "district_office_of_issuer"]
        names = [f"Chánh Văn phòng UBND {level}" if level == "tỉnh" else f"Chánh {office}"]
        offices = self.bodies["province_offices" if level == "tỉnh" else "district_offices"]
        for o in r.sample(offices, r.randrange(1, 4)):
            names.append(f"{o['head']} {o['name']}" if level == "tỉnh" else f"Trưởng {o['name']}")
        names.append(
            "Chủ tịch UBND các huyện, thành phố" if level == "tỉnh" else "Chủ tịch UBND các xã, thị trấn"
        )
        names.append("Thủ trưởng các cơ quan, đơn vị có liên quan")
        text = "; ".join(names) + " chịu trách nhiệm thi hành Quyết định này./."
        return fact(
            "assignment",
            text,
            body="; ".join(names),
            canonical_body=None,
            task="thi hành Quyết định này",
            deadline=None,
            role="execute",
            partners=[],
            assignment_kind="execution_clause",
        )

    def notice_closing(self, speaker: str) -> Chunk:
        level = self.level_word()
        office = self.bodies["province_office_of_issuer" if level == "tỉnh" else "district_office_of_issuer"]
        text = (
            f"{office} thông báo kết luận của {speaker} để các cơ quan, đơn vị "
            "có liên quan biết, triển khai thực hiện./."
        )
        return fact(
            "assignment",
            text,
            body=office,
            canonical_body=None,
            task="thông báo kết luận để các cơ quan, đơn vị biết, thực hiện",
            deadline=None,
            role="execute",
            partners=[],
            assignment_kind="clause",
        )

    # -- header, signature -------------------------------------------------------

    def number(self, doc_type: str) -> tuple[str, str]:
        """(as printed, as the contract stores it)."""
        r = self.rng
        n = _pad(self.number_seq, r, 0.8)
        if doc_type == "Công văn":
            clean = f"{n}/{self.issuer.code}-{r.choice(self.issuer.units)}"
        else:
            clean = f"{n}/{TYPE_CODES[doc_type]}-{self.issuer.code}"
        printed = clean.replace("/", " /", 1) if r.random() < 0.15 else clean
        return printed, clean

    def official_header(self, doc_type: str, title_lines: list[Chunk], subject_line: Optional[str]) -> Chunk:
        r = self.rng
        printed, clean = self.number(doc_type)
        place = self.issuer.place
        layout = r.choice(("columns", "stacked", "table"))
        left = list(self.issuer.lines)
        if layout == "table":
            date = (
                place
                + ", "
                + fact(
                    "date",
                    f"ngày\n{_pad(self.issue.day, r)} tháng {self.issue.month} năm {self.Y}",
                    value=self.issue.isoformat(),
                )
            )
            head = (
                (
                    f"|\n**{left[0]}\n**\n{left[1]}\n-------\n|\n**{MOTTO[0]}**\n{MOTTO[1]}\n---------------\n|\n|\n"
                    f"Số: {printed}\n"
                )
                + (f"*V/v {subject_line}*\n" if subject_line else "")
                + "|\n*"
                + date
                + "*\n|"
            )
        else:
            date = place + ", " + self.full_date(self.issue, "long")
            if layout == "columns":
                width = 40
                rows = [
                    left[0].ljust(width) + MOTTO[0],
                    left[1].ljust(width) + MOTTO[1],
                    "-------".ljust(width) + "---------------",
                ]
                head = "\n".join(rows) + "\n" + f"Số: {printed}".ljust(width) + date
                if subject_line:
                    head = head + f"\nV/v {subject_line}"
            else:
                head = chunk("\n".join(left + ["-------", f"Số: {printed}"]))
                if subject_line:
                    head = head + f"\nV/v {subject_line}"
                head = head + "\n" + "\n".join(MOTTO) + "\n---------------\n\n" + date
        self.header.update(
            {
                "doc_number": clean,
                "doc_type": doc_type,
                "issuer": self.issuer.name,
                "parent_issuer": self.issuer.parent,
                "issue_place": place,
                "issue_date": self.issue.isoformat(),
            }
        )
        if title_lines:
            kind_line = doc_type.upper()
            head = head + "\n\n" + kind_line + "\n" + join("\n", title_lines)
            self.header["title"] = " ".join(chunk(t).text for t in title_lines)
        else:
            self.header["title"] = subject_line
        return chunk(head)

    def signature(self, doc_type: str, addressees: list[str]) -> Chunk:
        r = self.rng
        iss = self.issuer
        if iss.is_ubnd:
            options = [
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                ["CHỦ TỊCH"],
            ]
            if doc_type in ("Thông báo", "Công văn"):
                options.append(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"])
        else:
            head = iss.head.upper()
            options = [[f"KT. {head}", f"PHÓ {head}"], [head]]
        lines = r.choice(options)
        signer = self.person()
        level = self.level_word()
        if iss.is_ubnd:
            pool = [
                x.format(P=self.P)
                for x in self.bodies["recipients"]["province" if level == "tỉnh" else "district"]
            ]
        else:
            short = iss.office_name.split(" ")[0]
            pool = [x.format(level=level, short=short) for x in self.bodies["recipients"]["office"]]
        items = r.sample(pool, r.randrange(2, min(5, len(pool)) + 1))
        first = "Như Điều 3" if doc_type == "Quyết định" else ("Như trên" if addressees else None)
        keep = ([first] if first else []) + items + [f"Lưu: VT, {r.choice(iss.units)}"]
        received = [f"- {x};" for x in keep[:-1]] + [f"- {keep[-1]}."]
        self.header.update(
            {"signer": signer, "signer_title": " ".join(lines), "recipients": addressees + items}
        )
        layout = r.choice(("stacked", "signature_first", "side"))
        if layout == "side":
            width = 46
            left = ["Nơi nhận:"] + received
            right = lines + ["", "", signer]
            rows = []
            for i in range(max(len(left), len(right))):
                a = left[i] if i < len(left) else ""
                b = right[i] if i < len(right) else ""
                rows.append((a.ljust(width) + b).rstrip() if b else a)
            return chunk("\n".join(rows))
        block_received = "Nơi nhận:\n" + "\n".join(received)
        block_sign = "\n".join(lines) + "\n\n\n" + signer
        if layout == "stacked":
            return chunk(block_received + "\n\n" + block_sign)
        return chunk(block_sign + "\n\n" + block_received)

    def short_name(self) -> str:
        iss = self.issuer
        return f"UBND {self.level_word()}" if iss.is_ubnd else iss.office_name

    # -- documents ---------------------------------------------------------------

    def build(self) -> SyntheticDocument:
        method = {
            "Thông báo": self.notice,
            "Quyết định": self.decision,
            "Kế hoạch": self.plan,
            "Công văn": self.letter,
            "Báo cáo": self.report,
            "Tin tức": self.news,
        }[self.kind]
        before, after = method()
        wrap = self.rng.random() < 0.3
        width = self.rng.randrange(72, 92)
        separator = "\n\n" if self.rng.random() < 0.7 else "\n"

        def shaped(paragraphs: list[Chunk]) -> list[Chunk]:
            return [Chunk(_wrap(p.text, width), p.facts) if wrap else p for p in paragraphs]

        fixed = sum(len(chunk(p).text.encode()) + len(separator) for p in before + after)
        grown: list[Chunk] = []
        size = fixed
        while size < self.target:
            paragraph = self.grow_paragraph()
            grown.append(paragraph)
            size += len(paragraph.text.encode()) + len(separator)
        head, body_before = before[0], [chunk(p) for p in before[1:]]
        tail_body, closing = [chunk(p) for p in after[:-1]], chunk(after[-1])
        parts = [chunk(head)] + shaped(body_before + grown + tail_body) + [closing]
        document = join(separator, parts) + "\n"
        return self._finish(document)

    def _finish(self, document: Chunk) -> SyntheticDocument:
        text = document.text
        facts = []
        for start, end, values in document.facts:
            item = {"kind": values["kind"], "text": text[start:end], "start": start, "end": end}
            item.update({k: v for k, v in values.items() if k != "kind"})
            if "note" in item and item["note"] is None:
                del item["note"]
            facts.append(item)
        facts.sort(key=lambda f: (f["start"], -f["end"], f["kind"]))
        header = {
            key: self.header.get(key)
            for key in (
                "doc_number",
                "doc_type",
                "issuer",
                "parent_issuer",
                "issue_place",
                "issue_date",
                "title",
                "signer",
                "signer_title",
            )
        }
        header["recipients"] = list(self.header.get("recipients") or [])
        return SyntheticDocument(self.name, self.kind, text, header, tuple(facts))

    def meeting_speaker(self) -> tuple[str, str]:
        head = self.rng.choice(self.phrases["meeting_heads"])
        return f"{head} {self.level_word()}", self.person()

    def notice(self):
        speaker, person = self.meeting_speaker()
        event = self.date_before(3, 15)
        title = [
            f"Kết luận của {speaker} {person} tại cuộc họp đánh giá {self.topic['name']} "
            + self.period()
            + ", nhiệm vụ thời gian tới"
        ]
        head = self.official_header("Thông báo", title, None)
        when = (
            self.yearless_date(event, "Ngày")
            if self.rng.random() < 0.3
            else self.full_date(event, "slash", capital=True)
        )
        intro = (
            when + f", {speaker} {person} đã chủ trì cuộc họp "
            f"đánh giá kết quả thực hiện " + self.citation() + f" về {self.topic['name']}. Tham dự "
            "cuộc họp có lãnh đạo các cơ quan, đơn vị liên quan. Sau khi nghe báo cáo và ý kiến của "
            f"các đại biểu, {speaker} kết luận như sau:"
        )
        before = [head, intro, "1. Đánh giá chung"]
        tasks = self.assignments(self.rng.randrange(3, 7), numbered=False)
        after = [
            "2. Nhiệm vụ trọng tâm thời gian tới",
            self.filler_paragraph(),
            *tasks,
            self.notice_closing(speaker),
            self.signature("Thông báo", []),
        ]
        return before, after

    def decision(self):
        r = self.rng
        plan_year = self.year(self.Y)
        title = [f"Về việc ban hành Kế hoạch thực hiện {self.topic['name']} " + plan_year]
        head = self.official_header("Quyết định", title, None)
        level = self.level_word()
        place = self.P if level == "tỉnh" else self.D
        if r.random() < 0.5:
            authority = f"CHỦ TỊCH ỦY BAN NHÂN DÂN {level.upper()} {place.upper()}"
            self.header["issuer"] = f"Chủ tịch UBND {level} {place}"
        else:
            authority = f"ỦY BAN NHÂN DÂN {level.upper()} {place.upper()}"
        law = r.choice(self.bodies["laws"])
        grounds = [
            "Căn cứ " + law + " " + self.full_date(self.date_before(400, 3000), "long") + ";",
            "Căn cứ " + self.citation() + f" về {self.topic['name']};",
        ]
        offices = self.bodies["province_offices" if level == "tỉnh" else "district_offices"]
        office = r.choice(offices)
        d = self.date_before(2, 20)
        number = f"{_pad(r.randrange(1, 900), r, 0.7)}/TTr-{office['code']}"
        proposal = fact(
            "doc_ref",
            f"Tờ trình số {number} " + self.full_date(d, "slash"),
            number=number,
            doc_type="Tờ trình",
            date=d.isoformat(),
            issuer=None,
        )
        head_title = office["head"] if level == "tỉnh" else "Trưởng"
        grounds.append(f"Theo đề nghị của {head_title} {office['name']} tại " + proposal + ".")
        articles = [
            "QUYẾT ĐỊNH:",
            f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện {self.topic['name']} "
            + self.year(self.Y)
            + ".",
            "Điều 2. Quyết định này có hiệu lực "
            + fact(
                "date",
                "kể từ ngày ký",
                value=self.issue.isoformat(),
                note="effective date = signing date (relative)",
            )
            + ".",
            "Điều 3. " + self.execution_clause(),
            self.signature("Quyết định", []),
        ]
        printed_number = self.header["doc_number"]
        appendix = [
            "KẾ HOẠCH",
            f"Thực hiện {self.topic['name']} " + self.year(self.Y),
            "(Ban hành kèm theo "
            + self.own_ref(printed_number, "Quyết định")
            + f" của {self.header['issuer']})",
            "I. MỤC ĐÍCH, YÊU CẦU",
            self.filler_paragraph(),
            "II. CHỈ TIÊU",
            self.measure_sentence(),
            "III. NHIỆM VỤ, GIẢI PHÁP",
        ]
        before = [head, authority, *grounds, *articles, *appendix]
        after = [
            "IV. TỔ CHỨC THỰC HIỆN",
            *self.assignments(r.randrange(3, 7), numbered=True),
            "Trên đây là Kế hoạch thực hiện " + self.topic["name"] + " " + self.year(self.Y) + "./.",
        ]
        return before, after

    def plan(self):
        r = self.rng
        title = [f"Triển khai {self.topic['name']} " + self.year(self.Y)]
        head = self.official_header("Kế hoạch", title, None)
        intro = (
            "Thực hiện " + self.citation() + f" về {self.topic['name']}; {self.short_name()} ban hành "
            f"Kế hoạch triển khai {self.topic['name']} " + self.year(self.Y) + " như sau:"
        )
        before = [
            head,
            intro,
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            self.filler_paragraph(),
            "2. Yêu cầu",
            self.filler_paragraph(),
            "II. CHỈ TIÊU",
            self.measure_sentence(),
            "III. NHIỆM VỤ, GIẢI PHÁP",
        ]
        after = [
            "IV. TỔ CHỨC THỰC HIỆN",
            *self.assignments(r.randrange(3, 8), numbered=r.random() < 0.6),
            "Trên đây là Kế hoạch triển khai "
            + self.topic["name"]
            + " "
            + self.year(self.Y)
            + f" của {self.short_name()}./.",
            self.signature("Kế hoạch", []),
        ]
        return before, after

    def letter(self):
        r = self.rng
        subject = f"triển khai {self.topic['name']}"
        head = self.official_header("Công văn", [], subject)
        addressees = r.sample(self.bodies_pool(), 2) + [r.choice(self.plural_bodies())]
        to = "Kính gửi:\n" + "\n".join(f"- {a};" for a in addressees[:-1]) + f"\n- {addressees[-1]}."
        intro = (
            "Thực hiện " + self.citation(lower_letter=True) + f" về việc {subject}, {self.short_name()} "
            "hướng dẫn triển khai một số nội dung như sau:"
        )
        before = [head, to, intro, "1. Tình hình thực hiện"]
        after = [
            "2. Nhiệm vụ cụ thể",
            *self.assignments(r.randrange(3, 6), numbered=False),
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về "
            f"{self.short_name()} để được hướng dẫn./.",
            self.signature("Công văn", addressees),
        ]
        return before, after

    def report(self):
        r = self.rng
        q = (self.issue.month - 1) // 3 + 1
        next_q = min(q + 1, 4)
        title = [
            f"Kết quả thực hiện {self.topic['name']} "
            + self.period()
            + ", phương hướng nhiệm vụ "
            + self.quarter(self.Y, next_q)
        ]
        head = self.official_header("Báo cáo", title, None)
        level_key = "province" if self.issuer.level == "province" else "district"
        upper = self.bodies["upper_bodies"][level_key]
        addressee = upper[0] if not self.issuer.is_ubnd else r.choice(upper)
        to = f"Kính gửi: {addressee}."
        intro = (
            "Thực hiện " + self.citation() + f", {self.short_name()} báo cáo kết quả thực hiện "
            f"{self.topic['name']} như sau:"
        )
        before = [head, to, intro, "I. KẾT QUẢ ĐẠT ĐƯỢC"]
        weaknesses = " ".join(r.sample(self.phrases["report_weaknesses"], 2)) + "."
        after = [
            "II. TỒN TẠI, HẠN CHẾ",
            weaknesses,
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
            self.filler_paragraph(),
            "IV. ĐỀ XUẤT, KIẾN NGHỊ",
            *self.assignments(r.randrange(1, 3), numbered=False, form="request", bodies=upper),
            self.signature("Báo cáo", [addressee]),
        ]
        return before, after

    def news(self):
        r = self.rng
        speaker, person = self.meeting_speaker()
        event = self.date_before(1, 20)
        if event.year != self.Y:
            event = dt.date(self.Y, 1, r.randrange(5, 20))
            self.issue = event + dt.timedelta(days=1)
        where = f"UBND {self.level_word()} {self.P if self.level_word() == 'tỉnh' else self.D}"
        title = chunk(
            f"{self.D if self.level_word() == 'huyện' else self.P} tổng kết {self.topic['name']} "
        ) + self.year(self.Y)
        if r.random() < 0.5:
            opener = self.yearless_date(event, r.choice(("Sáng", "Chiều", "Ngày")))
        else:
            opener = self.full_date(event, "slash", capital=True)
        lead = (
            opener
            + f", {where} {r.choice(self.phrases['news_openers'])} {self.topic['name']} "
            + self.year(self.Y)
            + "."
        )
        before = [title, lead]
        requests = [f"Phát biểu chỉ đạo tại hội nghị, {speaker} {person} ghi nhận kết quả đạt được."]
        for _ in range(r.randrange(1, 4)):
            requests.append(self.assignment(form=r.choice(("request", "giao_lead", "giao"))))
        source = r.choice(("theo", "nguon", "byline"))
        paper = self.province["paper"]
        end = {"theo": f"Theo {paper}", "nguon": f"Nguồn: {paper}", "byline": self.person()}[source]
        after = [
            *requests,
            "Dịp này, " + where + f" tặng Giấy khen cho {r.randrange(5, 40)} tập thể và "
            f"{r.randrange(5, 60)} cá nhân có thành tích xuất sắc.",
            end,
        ]
        self.header.update(
            {
                "doc_number": None,
                "doc_type": "Tin tức",
                "issuer": paper if source != "byline" else None,
                "parent_issuer": None,
                "issue_place": None,
                "issue_date": None,
                "title": title.text,
                "signer": None,
                "signer_title": None,
                "recipients": [],
            }
        )
        return before, after


# --------------------------------------------------------------------------
# Files


def write_corpus(out_dir: Union[str, Path], documents: Iterable[SyntheticDocument]) -> dict:
    """``out/docs/*.txt``, ``out/truth.jsonl`` and ``out/gold/*.json``; returns counts."""
    out = Path(out_dir)
    docs, gold = out / "docs", out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    count = size = facts = 0
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth:
        for document in documents:
            data = document.text.encode("utf-8")
            (docs / f"{document.name}.txt").write_bytes(data)
            (gold / f"{document.name}.json").write_text(
                json.dumps(document.to_gold(), ensure_ascii=False, indent=1), "utf-8"
            )
            truth.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
            count += 1
            size += len(data)
            facts += len(document.facts)
    return {
        "documents": count,
        "bytes": size,
        "facts": facts,
        "docs": str(docs),
        "gold": str(gold),
        "truth": str(out / "truth.jsonl"),
    }


@click.command(help="Write synthetic administrative documents with their ground truth.")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--count", type=int, default=100, show_default=True, help="documents to write")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--size", default="14k", show_default=True, help="bytes per document: 5k, 14k, 20000")
def main(out_dir: Path, count: int, seed: int, size: str) -> None:
    result = write_corpus(out_dir, generate(count, seed, size))
    click.echo(f"{result['documents']} documents, {result['bytes'] / 1e6:.2f} MB, {result['facts']} facts")
    click.echo(
        f"texts: {result['docs']}\ntruth: {result['truth']}\ngold:  {result['gold']}"
        f"  (vanban eval {result['gold']} {result['docs']})"
    )


if __name__ == "__main__":
    main(prog_name="python -m tools.synthetic")
