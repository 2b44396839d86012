"""Who published a text that has no official header: a news report or a
body's profile page.

The publisher is read, in this order, from
* the dateline that opens a report: ``(binhdinh.gov.vn) -`` (a provincial
  portal: ``UBND tỉnh Bình Định (binhdinh.gov.vn)``), ``(BĐ) -`` (a provincial
  paper by its initials, ``Báo Bình Định``, or a national outlet: ``(TTXVN)``);
* a source line at the end: ``Theo kenh14.vn``, ``Nguồn: Báo X``;
* a closing line that is a body's name (``Trung tâm DS-KHHGĐ huyện``); a
  person's byline (``Sơn Hà``, ``T.SỸ``) names no publisher;
* a reporter of a named paper: ``Phóng viên Báo Bình Định có cuộc trao đổi …``.

A profile page (``Giới thiệu``) is a text whose title is a body's name and
that describes it (``chúng tôi``, ``thành lập năm …``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import regex

from vanban.extractors.bodies.names import PLACE_SHARE
from vanban.extractors.datafiles import load_json
from vanban.extractors.header import names as header_names
from vanban.extractors.text.folding import without_marks

# "(TTXVN) –" at the start of the first paragraph, or after its place ("Hà Nội (TTXVN) –").
_DATELINE = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M} .]{0,30}?\s*)?\(([^()\n]{1,40})\)\s*[-–—]")
_DOMAIN = regex.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:vn|com|net|org|info)$")
_DOMAIN_IN_TEXT = regex.compile(
    r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:vn|com|net|org|info)(?![a-z])"
)
_PAPER = regex.compile(r"Báo\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3})")
_DATELINE_LINES = 5  # the first lines a dateline is looked for in
_INITIALS = regex.compile(r"^[\p{Lu}&]{2,8}$")
_ASCII_SLUG = regex.compile(r"[^a-z0-9]")
_FRONT_MATTER_TITLE = regex.compile(r'^title:\s*"?(.*?)"?\s*$')


def _fold(text: str) -> str:
    return without_marks(text).lower()


def listed_place(level: str, name: str) -> bool:
    """Is ``name`` one of header_news.json's provinces (``tỉnh``) or cities under the
    centre (``thành phố``), in any tone placement and case?"""
    return _fold(name) in _vocab()["place_keys"].get(level, ())


def place_in_title(title: str, level: str) -> Optional[str]:
    """The listed place of ``level`` a title names (``… TRÊN ĐỊA BÀN TỈNH NINH BÌNH`` ->
    ``Ninh Bình``), when it names exactly one."""
    folded = " ".join(_fold(title).split())
    found = [name for name in _vocab()["places"].get(level, ()) if f"{_fold(level)} {_fold(name)}" in folded]
    return found[0] if len(found) == 1 else None


def listed_place_anywhere(text: str, level: str, minimum: int = 2) -> Optional[str]:
    """The one listed place of ``level`` the text names anywhere, even inside a body's
    name (``Báo Hà Tĩnh``, ``Công ty TNHH MTV Điện lực Đồng Nai``): at least ``minimum``
    times and two thirds of the listed places of that level it names; else None."""
    pattern = _vocab()["place_res"].get(level)
    counts: dict[str, int] = {}
    for match in pattern.finditer(text) if pattern is not None else ():
        counts[match.group()] = counts.get(match.group(), 0) + 1
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda kv: kv[1])
    return name if count >= minimum and count >= PLACE_SHARE * sum(counts.values()) else None


def press_place(text: str) -> Optional[tuple[str, str]]:
    """``(level, name)`` of the one listed province or city under the centre whose own
    press agency the text names (``Báo Thanh Hóa``, ``Báo và PT, TH Tuyên Quang``, ``Đài
    PT-TH Nghệ An``, most often in its list of recipients): a local document is sent to
    its own press.  None when it names none, or the press of several places."""
    found = set()
    for match in _vocab()["press_re"].finditer(text):
        words = match.group(1).split()
        # (the longest listed name the words open with: "Thanh Hóa" of "Thanh Hóa Đài")
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            level = next((lv for lv in ("tỉnh", "thành phố") if listed_place(lv, name)), None)
            if level is not None:
                found.add((level, _vocab()["names_by_key"][_fold(name)]))
                break
    return found.pop() if len(found) == 1 else None


def is_province(level: str, name: str) -> bool:
    """Is ``name`` a province (``tỉnh``) of header_news.json's list, in any tone
    placement?  Any name of another level passes (no list of those here)."""
    return level != "tỉnh" or listed_place(level, name)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = load_json("header_news.json")
    by_slug: dict[str, tuple[str, str]] = {}
    by_initials: dict[str, list[tuple[str, str]]] = {}
    for level, names in data["provinces"].items():
        for name in names:
            by_slug[_ASCII_SLUG.sub("", _fold(name))] = (level, name)
            initials = "".join(w[0] for w in name.replace("-", " ").split()).upper()
            by_initials.setdefault(initials, []).append((level, name))
    level_of = {name: level for level, names in data["provinces"].items() for name in names}
    for alias, name in data["domain_aliases"].items():
        by_slug[_ASCII_SLUG.sub("", alias)] = (level_of[name], name)
    byline = "|".join(regex.escape(w) for w in sorted(data["byline_date_words"], key=len, reverse=True))
    labels = "|".join(regex.escape(w) for w in data["source_labels"])
    reporters = "|".join(regex.escape(w) for w in data["reporter_words"])
    return {
        "byline_words": regex.compile(rf"\b(?:{byline})\b", regex.IGNORECASE),
        "by_slug": by_slug,
        "by_initials": by_initials,
        "place_keys": {level: frozenset(map(_fold, names)) for level, names in data["provinces"].items()},
        "names_by_key": {_fold(name): name for names in data["provinces"].values() for name in names},
        "places": data["provinces"],
        # (each level's listed names as one pattern, longest first: "Thừa Thiên Huế" before "Huế")
        "place_res": {
            level: regex.compile(
                r"(?<![\p{L}])(?:"
                + "|".join(map(regex.escape, sorted(names, key=len, reverse=True)))
                + r")(?![\p{L}])"
            )
            for level, names in data["provinces"].items()
        },
        "outlets": data["outlets"],
        "portal": data["portal_format"],
        "paper": data["paper_format"],
        "paper_marks": data["paper_initial_marks"],
        "source_re": regex.compile(rf"^\(?(?:{labels})\s*:?\s+(.+)$"),
        # a portal's name as a byline prints it, up to its place ("Cổng Thông tin điện tử tỉnh
        # Đồng Nai", "Cổng TTĐT Đồng Nai": the level may be left out)
        "portal_re": regex.compile(
            r"(?:" + "|".join(map(regex.escape, data["portal_names"])) + r")\s+(?:(tỉnh|thành\s+phố)\s+)?"
            r"(\p{Lu}[\p{Ll}\p{M}]*(?:[ \t-]+\p{Lu}[\p{Ll}\p{M}]*){0,3})"
        ),
        "portal_name": data["portal_names"][0],
        "level_of": level_of,
        "reporter_re": regex.compile(rf"(?:{reporters})\s+(?:của\s+)?(?=Báo\s)"),
        "profile_markers": tuple(data["profile_markers"]),
        # (a press head, then the place its agency is named after: "Báo và PT, TH Tuyên Quang";
        # past its first word in either case, "Báo và phát thanh, truyền hình Hải Phòng")
        "press_re": regex.compile(
            r"(?<![\p{L}])(?:"
            + "|".join(
                r"\s+".join(
                    [regex.escape(head.split()[0])] + [f"(?i:{regex.escape(w)})" for w in head.split()[1:]]
                )
                for head in sorted(data["press_heads"], key=len, reverse=True)
            )
            + r")\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s+)?(\p{Lu}\p{Ll}*(?:[ \t-]+\p{Lu}\p{Ll}*){0,3})"
        ),
    }


def _from_domain(domain: str) -> str:
    v = _vocab()
    if domain in v["outlets"]:
        return v["outlets"][domain]
    lowered = domain.lower()
    if lowered.endswith(".gov.vn"):
        slug = _ASCII_SLUG.sub("", lowered[: -len(".gov.vn")].split(".")[-1])
        if slug in v["by_slug"]:
            level, name = v["by_slug"][slug]
            return v["portal"].format(level=level, name=name, domain=domain)
    return domain


def _from_initials(initials: str) -> Optional[str]:
    v = _vocab()
    if initials in v["outlets"]:
        return v["outlets"][initials]
    # the province's initials as written, or marked as its paper's ("(BNB)", "(PTO)")
    candidates = [initials]
    for before in ["", *v["paper_marks"]["before"]]:
        for after in ["", *v["paper_marks"]["after"]]:
            core = initials[len(before) : len(initials) - len(after)]
            if (
                (before or after)
                and initials.startswith(before)
                and initials.endswith(after)
                and len(core) >= 2
            ):
                candidates.append(core)
    for core in candidates:
        provinces = v["by_initials"].get(core, [])
        if len(provinces) == 1:  # ambiguous initials (QN, BD…) name no one for certain
            return v["paper"].format(name=provinces[0][1])
    return None


def _dateline_source(first_line: str) -> Optional[str]:
    m = _DATELINE.match(first_line)
    if not m:
        return None
    inside = m.group(1).strip()
    if _DOMAIN.match(inside):
        return _from_domain(inside)
    if _INITIALS.match(inside):
        return _from_initials(inside)
    return None


def _named_source(value: str) -> Optional[str]:
    value = value.strip()
    domain = _DOMAIN_IN_TEXT.match(value)
    if domain:
        return _from_domain(domain.group())
    paper = _PAPER.match(value)
    if paper:
        return f"Báo {paper.group(1)}"
    words = value.rstrip(" .;)").split()
    if not words:
        return None
    if _INITIALS.match(words[0].strip(".,;:)")) and words[0].strip(".,;:)") in _vocab()["outlets"]:
        return _vocab()["outlets"][words[0].strip(".,;:)")]
    # A short source line naming an outlet as printed: "Theo Dân trí", "Nguồn: VnExpress".
    if len(words) <= 4 and words[0][:1].isupper() and "," not in value:
        return " ".join(words)
    return None


def _closing_body(line: str) -> Optional[str]:
    """A last line that is a body's name (``Trung tâm DS- KHHGĐ huyện``)."""
    words = line.split()
    if not words or len(words) > 10 or line.endswith((".", ":", "?", "!")) or "," in line:
        return None
    if not words[0][:1].isupper() or header_names.head_length([w.upper() for w in words]) == 0:
        return None
    return header_names.tidy_name(line)


_BYLINE_AUTHOR_WORDS = 4  # an author's name before a portal in a byline, at most
# "Thu Trang -": an author's name (or initials) closed by a dash, before the portal
_BYLINE_AUTHOR = regex.compile(
    r"(?:\p{Lu}[\p{L}.]*\s+){0,%d}\p{Lu}[\p{L}.]*\s*[-–—]" % (_BYLINE_AUTHOR_WORDS - 1)
)
_DATELINE_CLOSE = regex.compile(r"\)\s*[-–—]")  # "(Cổng TTĐT Đồng Nai) -"


def _byline_portal(line: str) -> Optional[str]:
    """The portal a byline names, with its full name and its place's level: "Cổng Thông
    tin điện tử tỉnh Đồng Nai | Thứ Năm, 13/11/2025 16:45" (a byline of parts), "Thu
    Trang - Cổng TTĐT tỉnh Hưng Yên" (its author, then the portal ending the line),
    "(Cổng TTĐT Đồng Nai) - Chiều 15/10, …" (a dateline); None for any other line."""
    v = _vocab()
    portal = v["portal_re"].search(line)
    if portal is None:
        return None
    before, after = line[: portal.start()].strip(), line[portal.end() :].strip()
    parts = after.startswith("|") and not before
    dateline = before == "(" and _DATELINE_CLOSE.match(after) is not None
    authored = not after and _BYLINE_AUTHOR.fullmatch(before) is not None
    if not (parts or dateline or authored):
        return None
    name = " ".join(portal.group(2).split())
    level = portal.group(1) or v["level_of"].get(name)
    if level is None:
        return None  # (a place the list does not know, its level unwritten: no name for certain)
    return f"{v['portal_name']} {' '.join(level.split())} {name}"


def news_source(lines: Sequence[str]) -> Optional[str]:
    """The publisher of a report, or None when the text does not name it."""
    v = _vocab()
    body = [line for line in lines if line]
    if not body:
        return None
    # a headline, the author's name and the date line may come before the dateline
    for line in body[:_DATELINE_LINES]:
        dateline = _dateline_source(line)
        if dateline:
            return dateline
    for line in body[:3]:
        portal = _byline_portal(line)
        if portal:
            return portal
    for line in reversed(body[-3:]):
        m = v["source_re"].match(line)
        source = _named_source(m.group(1)) if m else None
        if source:
            return source
    closing = _closing_body(body[-1])
    if closing:
        return closing
    head = "\n".join(body[:8])
    reporter = v["reporter_re"].search(head)
    if reporter:
        paper = _PAPER.match(head, reporter.end())
        if paper:
            return f"Báo {paper.group(1)}"
    return None


def profile_body(lines: Sequence[str], text: str) -> Optional[str]:
    """The body a profile page is about, when its title is that body's name and
    the text describes it; otherwise None."""
    body = [line for line in lines if line]
    if not body:
        return None
    title = body[0]
    words = title.split()
    if len(words) > 20 or title.endswith((".", ":", "?", "!")) or "," in title:
        return None
    upper = [w.upper() for w in words]
    if header_names.head_length(upper) == 0 or not words[0][:1].isupper():
        return None
    folded = text.lower()
    if not any(marker in folded for marker in _vocab()["profile_markers"]):
        return None
    # A unit and the body it belongs to: "Trung tâm … sơ sinh, Bệnh viện Phụ sản Hà Nội".
    out: list[str] = []
    for k, word in enumerate(words):
        if (
            k
            and word[:1].isupper()
            and words[k - 1][:1].islower()
            and words[k - 1] != "và"
            and header_names.head_length(upper, k)
        ):
            out[-1] += ","
        out.append(word)
    return header_names.tidy_name(" ".join(out))


# A full date in numbers (14/03/2025, 14-3-2025, 14.3.2025) or in words.
_FULL_DATE = regex.compile(
    r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])"
    r"|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    regex.IGNORECASE,
)
_TIME = regex.compile(r"\b\d{1,2}\s*[:hg]\s*\d{2}(?:\s*(?:AM|PM|SA|CH))?\b", regex.IGNORECASE)
_BYLINE_MAX = 80  # characters: a byline is a short line of its own
_BYLINE_LINES = 6  # read among the first and the last non-empty lines


def news_date(lines: Sequence[str]) -> Optional[str]:
    """The date of a report from its byline (``Cập nhật: 14/03/2025 08:30``,
    ``Thứ Sáu, 14/3/2025 - 08:30``, ``14/03/2025 | Nguyễn Văn A``): a short line
    among the first or last few that holds a full date and little else but
    the byline's words, a time and a name.  A date inside a sentence is what
    the report is about, not when it was published."""
    texts = [line.strip(" *_|#>") for line in lines if line.strip(" *_|#>")]
    for line in texts[:_BYLINE_LINES] + texts[-_BYLINE_LINES:][::-1]:
        if len(line) > _BYLINE_MAX:
            continue
        m = _FULL_DATE.search(line)
        if not m:
            continue
        day, month, year = (int(g) for g in (m.group(1, 3, 4) if m.group(1) else m.group(5, 6, 7)))
        if not (1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2100):
            continue
        # (a byline of parts set apart by "|": the date's own part, the outlet's name in
        # another, "Cổng Thông tin điện tử tỉnh Đồng Nai | Thứ Năm, 13/11/2025 16:45")
        start, end = line.rfind("|", 0, m.start()) + 1, line.find("|", m.end())
        part_end = len(line) if end < 0 else end
        rest = _TIME.sub(" ", line[start : m.start()] + " " + line[m.end() : part_end])
        rest = _vocab()["byline_words"].sub(" ", rest)
        # What is left is punctuation or a short name (an author, a place).
        if len(regex.findall(r"[\p{L}\p{M}]+", rest)) <= 4:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def news_title(lines: Sequence[str]) -> Optional[str]:
    """A report's headline from its front matter (``title: "…"``); the lines
    after an opening dateline are read by extractors.header."""
    for line in lines[:12]:
        m = _FRONT_MATTER_TITLE.match(line)
        if m and m.group(1):
            return m.group(1)
    return None
