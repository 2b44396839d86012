"""HTML news pages: the article's text, its title and its publication date.

Decoding follows the page: a byte-order mark, then the charset the page
declares (``<meta charset>``, ``http-equiv`` Content-Type, ``<?xml
encoding?>``), then UTF-8 and Windows-1258.  A page declared as Latin-1 or
Windows-1252 whose bytes are valid UTF-8 is read as UTF-8 (a common
mis-declaration that a Vietnamese text does not survive).

The article is found the way Readability does it, with the standard library's
``html.parser``: scripts, forms and page chrome (``nav``, ``aside``,
``footer``, and elements whose class or id names a menu, sidebar, related
headlines, sharing buttons or ads — ``pipeline/data/html_boilerplate.json``)
are dropped; every paragraph scores its parent and grandparent by its length
and commas, a class or id naming an article body adds to the score, and the
best-scoring element is the article.  Inside it, lists of links (related
headlines) are dropped too.  The text keeps one line per block (paragraph,
heading, list item, table row) and leaves the title out: it is
``metadata["title"]``, with ``metadata["published"]`` the publication date
(ISO 8601) from the page's metadata or the date line above the article.
"""

from __future__ import annotations

import codecs
import html
import json
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

from vanban.pipeline import encodings
from vanban.pipeline.normalize import strip_invisible
from vanban.pipeline.readers import ReadError, ReadResult
from vanban.pipeline.readers.support import vietnamese_letter_share

VERSION = "1.2"  # 1.2: a table row by row, its cells joined by tabs (they were joined by spaces)

_DATA = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "html_boilerplate.json").read_text("utf-8")
)
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _DATA["boilerplate"]), re.I)
_ARTICLE = re.compile("|".join(f"(?:{p})" for p in _DATA["article"]), re.I)
_DATE_CLASS = re.compile("|".join(f"(?:{p})" for p in _DATA["date"]), re.I)

# Elements whose content is never article text.
_DROP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "nav",
    "aside",
    "footer",
    "head",
    "title",
    "video",
    "audio",
    "map",
    "dialog",
}
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
    "keygen",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "address",
    "hr",
    "br",
    "center",
    "caption",
    "body",
    "html",
}
# An open element of these is closed by the start of another block.
_AUTO_CLOSE = {
    "p": _BLOCK - {"br", "body", "html"},
    "li": {"li"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "tr": {"tr"},
    "td": {"td", "th", "tr"},
    "th": {"td", "th", "tr"},
    "option": {"option"},
}
_PARAGRAPH_TAGS = {"p", "pre", "blockquote", "td", "dd", "li"}
MIN_PARAGRAPH = 25  # characters; shorter blocks do not vote for their container
MIN_ARTICLE_CHARS = 80
MAX_LINK_DENSITY = 0.5

_CHARSET_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""", re.I)
# What browsers do with these labels (WHATWG Encoding): Latin-1 is Windows-1252.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-user-defined": "cp1252",
    "windows-1258": "cp1258",
    "unicode": "utf-16",
    "utf8": "utf-8",
}


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict, parent: Optional["_Node"]):
        self.tag = tag
        self.attrs = attrs
        self.children: list = []
        self.parent = parent

    def hint(self) -> str:
        return f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}"


# Elements nested deeper than this (a page with thousands of unclosed <b>) hold
# their content in the element at this depth: the text is kept, and the tree's
# walks stay within Python's recursion limit and linear time.
MAX_DEPTH = 200


class _TreeBuilder(HTMLParser):
    """A forgiving DOM: unclosed paragraphs and list items close themselves,
    stray end tags are ignored."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.stack = [self.root]
        self.metas: list[dict] = []
        self.title_parts: list[str] = []
        self.json_ld: list[str] = []
        self._in: Optional[str] = None

    def handle_starttag(self, tag, attrs):
        attrs = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self.metas.append(attrs)
        closes = _AUTO_CLOSE
        while len(self.stack) > 1 and self.stack[-1].tag in closes and tag in closes[self.stack[-1].tag]:
            self.stack.pop()
        node = _Node(tag, attrs, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag in ("title", "script") and (tag == "title" or attrs.get("type") == "application/ld+json"):
            self._in = tag
        if tag not in _VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        self._in = None
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        if self._in == "title":
            self.title_parts.append(data)
        elif self._in == "script":
            self.json_ld.append(data)
        self.stack[-1].children.append(data)


# --------------------------------------------------------------------------
# Decoding


def _declared_charset(data: bytes) -> Optional[str]:
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _CHARSET_META.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes) -> tuple[str, str, float]:
    """(text, encoding used, Vietnamese letter share).

    A page that is UTF-8 and says so (or says nothing, or Latin-1, which
    Vietnamese text does not survive) is UTF-8.  Any other page is decoded
    the way plain text is (``pipeline.encodings.detect_bytes``: Windows-1258,
    TCVN3, VNI, VISCII, and a legacy page with UTF-8 lines line by line),
    and the declared charset competes with those readings: the one whose
    words are most Vietnamese syllables wins, so a VNI page declared
    windows-1252 or utf-8 (or not at all) is read as VNI."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = data.decode(name, "replace")
            return text, {"utf-8-sig": "utf-8-bom"}.get(name, name), vietnamese_letter_share(text)
    declared = _declared_charset(data)
    readings: dict[str, str] = {}
    try:
        readings["utf-8"] = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if "utf-8" in readings and declared in (None, "utf-8", "cp1252", "iso8859-1", "ascii"):
        text = readings["utf-8"]
        return text, "utf-8", vietnamese_letter_share(text)
    if declared and declared != "utf-8":
        try:
            readings = {declared: data.decode(declared), **readings}  # first: it wins a tie
        except (UnicodeDecodeError, LookupError):
            pass
    if "utf-8" not in readings:
        detection = encodings.detect_bytes(data)
        if detection.encoding is not None:
            readings.setdefault(detection.encoding, detection.text)
    if readings:
        shares = {name: encodings.syllable_share(text)[0] for name, text in readings.items()}
        best = max(shares, key=lambda name: shares[name])  # (the first of equals)
        return readings[best], best, vietnamese_letter_share(readings[best])
    # Nothing reads: decoded with U+FFFD for what is lost, which the reader's
    # check of the text then counts against it.
    text = data.decode(declared or "utf-8", "replace")
    return text, f"{declared or 'utf-8'} (with errors)", vietnamese_letter_share(text)


# --------------------------------------------------------------------------
# Finding the article


def _text_of(node, skip_dropped: bool = True) -> str:
    parts: list[str] = []

    def walk(n):
        for child in n.children:
            if isinstance(child, str):
                parts.append(child)
            elif not (skip_dropped and child.tag in _DROP):
                walk(child)

    walk(node)
    return " ".join("".join(parts).split())


def _link_text_length(node) -> int:
    total = 0
    for child in node.children:
        if isinstance(child, _Node) and child.tag not in _DROP:
            total += len(_text_of(child)) if child.tag == "a" else _link_text_length(child)
    return total


def _link_density(node) -> float:
    length = len(_text_of(node))
    return _link_text_length(node) / length if length else 0.0


def _is_hidden(node) -> bool:
    style = node.attrs.get("style", "").replace(" ", "").lower()
    return "display:none" in style or "hidden" in node.attrs or node.attrs.get("aria-hidden") == "true"


def _is_boilerplate(node) -> bool:
    if node.tag in _DROP or _is_hidden(node):
        return True
    hint = node.hint()
    return bool(hint.strip()) and bool(_BOILERPLATE.search(hint)) and not _ARTICLE_BODY_ATTR(node)


def _ARTICLE_BODY_ATTR(node) -> bool:
    return node.attrs.get("itemprop", "").lower() == "articlebody"


def _class_weight(node) -> int:
    hint = node.hint()
    weight = 0
    if _ARTICLE_BODY_ATTR(node):
        weight += 50
    if hint.strip():
        if _BOILERPLATE.search(hint):
            weight -= 25
        if _ARTICLE.search(hint):
            weight += 25
    if node.tag == "article":
        weight += 10
    return weight


def _prune(node) -> None:
    node.children = [c for c in node.children if isinstance(c, str) or not _is_boilerplate(c)]
    for child in node.children:
        if isinstance(child, _Node):
            _prune(child)


def _best_candidate(root) -> Optional[_Node]:
    scores: dict[int, float] = {}
    nodes: dict[int, _Node] = {}

    def vote(node):
        for child in node.children:
            if not isinstance(child, _Node):
                continue
            own_text = child.tag in ("div", "td", "section", "article") and _has_own_text(child)
            if child.tag in _PARAGRAPH_TAGS or own_text:
                text = _text_of(child)
                if len(text) >= MIN_PARAGRAPH:
                    score = 1 + text.count(",") + min(len(text) // 100, 3)
                    # Text typed straight into a container (lines split by <br>)
                    # makes the container itself the article.
                    first = child if own_text else child.parent
                    second = first.parent if first is not None else None
                    for target, share in ((first, 1.0), (second, 0.5)):
                        if target is None or target.tag == "#root":
                            continue
                        key = id(target)
                        if key not in scores:
                            nodes[key] = target
                            scores[key] = _class_weight(target) + (
                                5 if target.tag in ("div", "article") else 0
                            )
                        scores[key] += score * share
            vote(child)

    vote(root)
    if not scores:
        return None
    best = max(scores, key=lambda key: scores[key] * (1 - _link_density(nodes[key])))
    return nodes[best]


def _has_own_text(node) -> bool:
    return any(isinstance(c, str) and c.strip() for c in node.children)


# --------------------------------------------------------------------------
# Rendering


_CELL = "\x1f"  # where a table cell opens (a tab in the source is white space)


def _render(node) -> str:
    lines: list[str] = []
    current: list[str] = []

    def newline():
        # A table's cells stay apart, joined by tabs as the Word reader joins them
        # (its task tables are read by column); whitespace inside a cell collapses.
        cells = [" ".join(cell.split()) for cell in "".join(current).split(_CELL)]
        if cells and not cells[0]:
            cells.pop(0)  # (the mark before a row's first cell)
        text = "\t".join(cells) if any(cells) else ""
        if text:
            lines.append(text)
        current.clear()

    def walk(n, pre: bool):
        for child in n.children:
            if isinstance(child, str):
                current.append(child if not pre else child.replace("\n", "\0"))
                continue
            tag = child.tag
            if tag == "br":
                newline()
                continue
            if tag == "h1" or _is_date_line(child):
                continue  # the title and the date line are metadata
            if tag in ("td", "th"):
                current.append(_CELL)
            if tag in _BLOCK:
                if tag in ("ul", "ol", "div", "section", "table", "tbody") and _is_link_list(child):
                    continue  # related headlines inside the article
                newline()
                walk(child, pre or tag == "pre")
                newline()
            else:
                walk(child, pre)

    walk(node, node.tag == "pre")
    newline()
    out = []
    for line in lines:
        out.extend(part.strip() for part in line.split("\0"))
    return "\n".join(line for line in out if line)


def _is_date_line(node) -> bool:
    """A short element whose class names a date and whose text holds one."""
    hint = node.hint()
    if not hint.strip() or not _DATE_CLASS.search(hint):
        return False
    text = _text_of(node, False)
    return len(text) <= 80 and _vn_date(text) is not None or bool(text) and _ISO_DATE.match(text) is not None


def _is_link_list(node) -> bool:
    text = _text_of(node)
    if not text:
        return False
    links = sum(1 for _ in _iter_tag(node, "a"))
    return links >= 2 and _link_density(node) > MAX_LINK_DENSITY


def _iter_tag(node, tag):
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == tag:
                yield child
            yield from _iter_tag(child, tag)


# --------------------------------------------------------------------------
# Title and date

_ISO_DATE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?"
)
_VN_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)"
    r"(?:\D{0,12}?(\d{1,2})\s*[:hg]\s*(\d{2})(?!\d))?"
)
_VN_TIME_FIRST = re.compile(
    r"(?<!\d)(\d{1,2})\s*[:hg]\s*(\d{2})(?!\d)\D{0,12}?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
)
_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "article.published",
    "created_date",
    "sailthru.date",
)


def _iso_from_text(value: str) -> Optional[str]:
    value = value.strip()
    match = _ISO_DATE.match(value)
    if match:
        y, m, d, hh, mm, ss, tz = match.groups()
        if not _valid(int(y), int(m), int(d)):
            return None
        out = f"{y}-{m}-{d}"
        if hh:
            out += f"T{hh}:{mm}" + (f":{ss}" if ss else "")
            if tz:
                out += "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
        return out
    return _vn_date(value)


def _vn_date(text: str) -> Optional[str]:
    match = _VN_TIME_FIRST.search(text)
    if match:
        hh, mm, d, m, y = (int(g) for g in match.groups())
        if _valid(y, m, d) and hh < 24 and mm < 60:
            return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}"
    for match in _VN_DATE.finditer(text):
        d, m, y = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if not _valid(y, m, d):
            continue
        out = f"{y:04d}-{m:02d}-{d:02d}"
        if match.group(4) and int(match.group(4)) < 24 and int(match.group(5)) < 60:
            out += f"T{int(match.group(4)):02d}:{match.group(5)}"
        return out
    return None


def _valid(y: int, m: int, d: int) -> bool:
    import datetime

    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return 1990 <= y <= 2100


def _meta(builder: _TreeBuilder, *names: str) -> Optional[str]:
    for name in names:
        for meta in builder.metas:
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
            if key == name and meta.get("content", "").strip():
                return meta["content"].strip()
    return None


def _published(builder: _TreeBuilder, root) -> Optional[str]:
    value = _meta(builder, *_DATE_METAS)
    if value and _iso_from_text(value):
        return _iso_from_text(value)
    for block in builder.json_ld:
        match = re.search(r'"datePublished"\s*:\s*"([^"]+)"', block)
        if match and _iso_from_text(match.group(1)):
            return _iso_from_text(match.group(1))
    for node in _iter_all(root):
        if node.tag == "time" or node.attrs.get("itemprop", "").lower() == "datepublished":
            for value in (node.attrs.get("datetime"), node.attrs.get("content"), _text_of(node, False)):
                if value and _iso_from_text(value):
                    return _iso_from_text(value)
    # The date line a CMS prints near the title: an element whose class names a date.
    for node in _iter_all(root):
        if (
            node.hint().strip()
            and _DATE_CLASS.search(node.hint())
            and not _iter_tag_any(node, _BLOCK - {"br"})
        ):
            found = _vn_date(_text_of(node, False))
            if found:
                return found
    return None


def _heading_above(article: Optional[_Node]) -> Optional[str]:
    """A page without og:title or h1 shows the title as the short block just
    above the article (skipping the date line)."""
    node = article
    for _level in range(2):
        if node is None or node.parent is None:
            return None
        siblings = [c for c in node.parent.children if isinstance(c, _Node)]
        for sibling in reversed(siblings[: siblings.index(node)]):
            text = _text_of(sibling)
            if not text or _is_date_line(sibling):
                continue
            if 10 <= len(text) <= 250 and _link_density(sibling) < MAX_LINK_DENSITY:
                return text
            return None
        node = node.parent
    return None


def _iter_tag_any(node, tags) -> bool:
    return any(isinstance(c, _Node) and (c.tag in tags or _iter_tag_any(c, tags)) for c in node.children)


def _iter_all(node):
    for child in node.children:
        if isinstance(child, _Node):
            yield child
            yield from _iter_all(child)


def _title(builder: _TreeBuilder, root, article: Optional[_Node]) -> Optional[str]:
    value = _meta(builder, "og:title", "twitter:title", "title", "dc.title")
    if value:
        return " ".join(value.split())
    for node in _iter_all(root):
        if node.tag == "h1":
            text = _text_of(node, False)
            if text:
                return text
    near = _heading_above(article)
    if near:
        return near
    title = " ".join("".join(builder.title_parts).split())
    site = _meta(builder, "og:site_name")
    if site:
        for sep in (" - ", " | ", " – ", " :: "):
            if title.endswith(sep + site):
                title = title[: -len(sep + site)]
            if title.startswith(site + sep):
                title = title[len(site + sep) :]
    return title or None


# --------------------------------------------------------------------------


def read(data: bytes, path: Path) -> ReadResult:
    text, encoding, _share = decode(data)
    builder = _TreeBuilder()
    try:
        builder.feed(text)
        builder.close()
    except Exception as exc:  # html.parser is forgiving; anything here is a real failure
        raise ReadError(f"HTML page cannot be parsed: {type(exc).__name__}: {exc}") from exc
    root = builder.root
    published = _published(builder, root)
    _prune(root)
    article = _best_candidate(root)
    title = _title(builder, root, article)
    if title:  # metadata skips the text's normalisation: Windows-1258 pages give combining
        # tones, and a pasted title can carry bidi controls that reorder what is printed
        title = strip_invisible(unicodedata.normalize("NFC", title))
    body = _render(article) if article is not None else ""
    if len(body) < MIN_ARTICLE_CHARS:
        whole = _render(root)
        if len(whole) < MIN_ARTICLE_CHARS:
            raise ReadError(f"HTML page has no article text ({len(whole)} characters of text)")
        body = whole  # a short page without paragraphs: keep what it says
    if title and body.startswith(title):
        body = body[len(title) :].lstrip("\n")
    title, body, encoding = _repair(title, body, encoding)
    # The rule plain text follows: a page that is not Vietnamese, or lost
    # too many characters (U+FFFD from broken bytes or character references),
    # is refused; a few lost ones are counted and lower the confidence.
    language = encodings.judge_language(body)
    if language.cause:
        raise ReadError(f"HTML page: {language.cause} (decoded as {encoding})")
    metadata = {"title": title, "published": published}
    if language.lost:
        metadata["lost_characters"] = language.lost
    return ReadResult(
        text=body,
        format="html",
        encoding=encoding,
        reader="html",
        reader_version=VERSION,
        confidence=round(min(vietnamese_letter_share(body), language.intact), 4),
        metadata=metadata,
    )


_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")


def _repair(title: Optional[str], body: str, encoding: str) -> tuple[Optional[str], str, str]:
    """The page's text repaired as plain text is: characters of a legacy
    font or UTF-8 mojibake (``Sôû Noâng nghieäp``, typed in VNI-Times on a
    UTF-8 page, is ``Sở Nông nghiệp``), then character references escaped
    twice (``Vi&amp;ecirc;t`` shows ``Vi&ecirc;t``), each kept only where
    the text reads better.  The title (one line) is repaired with the body."""
    text = f"{title or ''}\n{body}"
    repaired, legacy, _confidence = encodings.repair_legacy_text(text)
    encoding = encodings.repaired_name(encoding, legacy)
    if _CHARACTER_REFERENCE.search(repaired):
        unescaped = html.unescape(repaired)
        if encodings.judge_language(unescaped).share > encodings.judge_language(repaired).share:
            repaired = unescaped
            encoding += " (character references unescaped twice)"
    first, _, rest = repaired.partition("\n")
    return (unicodedata.normalize("NFC", first) or None) if title else None, rest, encoding
