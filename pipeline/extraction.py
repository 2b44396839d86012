"""From text to the extraction contract: header plus facts, plain values only.

This is the seam between extraction and storage: ``vanban extract --json``
prints exactly these objects and the store is filled from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from spacy.tokens import Doc

from vanban.extractors.bodies.links import VERSION as REGISTRY_VERSION
from vanban.extractors.bodies.links import BodyLink, body_links
from vanban.extractors.facts import Fact, Header
from vanban.extractors.text.folding import fold_key
from vanban.pipeline.nlp.doc import doc_sentence_starts
from vanban.pipeline.nlp.language import DEFAULT_COMPONENTS, build_nlp
from vanban.pipeline.nlp.sentences import sentence_index


@dataclass(frozen=True)
class Extraction:
    header: Header
    facts: tuple[Fact, ...]
    bodies: tuple[BodyLink, ...] = ()
    versions: dict[str, str] = field(default_factory=dict)
    # extractors that raised on this text: kind -> cause (their facts are missing)
    failures: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = {
            "header": self.header.to_dict(),
            "facts": [fact.to_dict() for fact in self.facts],
            "bodies": [link.to_dict() for link in self.bodies],
        }
        if self.failures:
            out["failures"] = dict(self.failures)
        return out


def extraction_from_doc(doc: Doc, versions: Optional[dict[str, str]] = None) -> Extraction:
    starts = doc_sentence_starts(doc)
    # The facts behind doc.spans, read where span._.fact's getter reads them:
    # going through a Span per fact costs more than the rest of this function.
    facts = [
        fact.with_sentence(sentence_index(starts, fact.start))
        for kind_facts in doc.user_data.get("vanban_facts", {}).values()
        for fact in kind_facts
    ]
    facts.sort(key=lambda f: (f.start, -f.end, f.kind))
    header = doc._.header or Header()
    failures = dict(doc.user_data.get("vanban_failures", {}))
    try:
        bodies = tuple(body_links(header, facts))
    except Exception as exc:  # (the registry's links are lost, not the document's facts)
        failures["bodies"] = f"{type(exc).__name__}: {exc}"
        bodies = ()
    versions = dict(versions or {})
    for kind in failures:
        # (recorded as not done by this version: `vanban reextract` runs it again)
        versions[kind] = f"{versions.get(kind, '0')} failed"
    return Extraction(
        header=header,
        facts=tuple(facts),
        bodies=bodies,
        versions=versions,
        failures=failures,
    )


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def with_headline(text: str, metadata: Optional[dict]) -> str:
    """The text of a document whose reader found its headline apart (a web
    page's ``<h1>`` or ``og:title``), opening with that headline: it is part of
    what the article says, and search must find a word that only it holds."""
    headline = ((metadata or {}).get("title") or "").strip()
    if not headline or fold_key(headline) in fold_key(text[: 2 * len(headline) + 200]):
        return text
    return f"{headline}\n\n{text}"


def completed_header(extraction: dict, metadata: Optional[dict]) -> dict:
    """``extraction`` (the contract's dict) with the header fields its text left
    empty taken from what the reader found beside the text: the headline as
    the title, the publication date as the date of issue.  Each is listed in
    ``header.inferred``."""
    metadata = metadata or {}
    header = dict(extraction["header"])
    inferred = list(header.get("inferred") or [])
    published = str(metadata.get("published") or "")[:10]
    for field_name, value in (("title", metadata.get("title")), ("issue_date", published)):
        if value and not header.get(field_name) and (field_name != "issue_date" or _ISO_DAY.fullmatch(value)):
            header[field_name] = value.strip()
            inferred.append(field_name)
    if inferred == list(header.get("inferred") or []):
        return extraction
    header["inferred"] = inferred
    return {**extraction, "header": header}


def extractor_versions(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> dict[str, str]:
    from vanban.pipeline.nlp.components import component_versions

    return {**component_versions(build_nlp(components)), "bodies": REGISTRY_VERSION}


def extract_text(text: str, components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Extraction:
    nlp = build_nlp(components)
    return extraction_from_doc(nlp(text), extractor_versions(components))


def extract_texts(
    texts: Iterable[str], components: tuple[str, ...] = DEFAULT_COMPONENTS
) -> Iterator[Extraction]:
    nlp = build_nlp(components)
    versions = extractor_versions(components)
    for doc in nlp.pipe(texts):
        yield extraction_from_doc(doc, versions)
