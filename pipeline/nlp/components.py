"""The extractors as spaCy components, registered by name, and the sentence setter.

Each finder is a pure function ``find_x(text, context) -> list[Fact]``; this
module is the only place that knows about spaCy.  A component stores its facts
as Spans in ``doc.spans[kind]``; each Span carries its fact in ``span._.fact``
(value object with exact character offsets, which are never widened).

Facts live in ``doc.user_data["vanban_facts"][kind]``, and ``span._.fact`` is a
getter that looks the fact up by the span's id: spaCy keys stored extension
values by character offsets only, so two facts on the same characters (one
clause tasking two bodies, a range and the date that ends it) would overwrite
each other.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from vanban.extractors.context import DocumentContext
from vanban.extractors.facts import DateFact, Fact, Header
from vanban.pipeline.nlp.doc import doc_text
from vanban.pipeline.nlp.sentences import sentence_starts


def _fact_of(span: Span):
    facts = span.doc.user_data.get("vanban_facts", {}).get(span.label_)
    return facts[span.id] if facts is not None and span.id < len(facts) else None


if not Span.has_extension("fact"):
    Span.set_extension("fact", getter=_fact_of)
if not Doc.has_extension("header"):
    Doc.set_extension("header", default=None)


@dataclass(frozen=True)
class FinderSpec:
    kind: str
    module: str
    function: str


# Component name -> where its finder lives.  Order of execution is the order in
# the pipeline config (see ``language.DEFAULT_COMPONENTS``; each factory declares what it
# assigns and requires, so ``nlp.analyze_pipes`` checks it): doc_refs reads the
# dates found before it.
FINDERS: dict[str, FinderSpec] = {
    "vanban_dates": FinderSpec("date", "vanban.extractors.dates", "find_dates"),
    "vanban_doc_refs": FinderSpec("doc_ref", "vanban.extractors.doc_refs", "find_doc_refs"),
    "vanban_percentages": FinderSpec("percentage", "vanban.extractors.percentages", "find_percentages"),
    "vanban_ratios": FinderSpec("ratio", "vanban.extractors.ratios", "find_ratios"),
    "vanban_assignments": FinderSpec("assignment", "vanban.extractors.assignments", "find_assignments"),
}


def context_for(doc: Doc) -> DocumentContext:
    header: Header | None = doc._.header
    dates = tuple(doc.user_data.get("vanban_facts", {}).get(DateFact.kind, ()))
    return DocumentContext(
        issue_date=header.issue_date if header else None,
        dates=dates,
        issuer=header.issuer if header else None,
        header_read=header is not None,
    )


def record_failure(doc: Doc, kind: str, exc: Exception) -> None:
    """An extractor that raised on this text: its kind and the cause, in
    ``doc.user_data["vanban_failures"]`` (the extraction reports it; the other
    extractors run on)."""
    doc.user_data.setdefault("vanban_failures", {})[kind] = f"{type(exc).__name__}: {exc}"


def facts_to_spans(doc: Doc, kind: str, facts: list[Fact]) -> list[Span]:
    kept: list[Fact] = []
    spans = []
    for fact in facts:
        span = doc.char_span(fact.start, fact.end, label=kind, alignment_mode="expand")
        if span is None:  # only for an empty fact; nothing to carry
            continue
        spans.append(Span(doc, span.start, span.end, label=kind, span_id=len(kept)))
        kept.append(fact)
    doc.user_data.setdefault("vanban_facts", {})[kind] = kept
    return spans


class FinderComponent:
    def __init__(self, name: str, spec: FinderSpec):
        module = importlib.import_module(spec.module)
        self.name = name
        self.kind = spec.kind
        self.finder = getattr(module, spec.function)
        self.version = getattr(module, "VERSION", "0")

    def __call__(self, doc: Doc) -> Doc:
        try:
            facts = self.finder(doc_text(doc), context_for(doc))
        except Exception as exc:  # (one finder's bug must not cost the document its other facts)
            record_failure(doc, self.kind, exc)
            facts = []
        doc.spans[self.kind] = facts_to_spans(doc, self.kind, facts)
        return doc


def _register(name: str, spec: FinderSpec) -> None:
    # Every finder reads the header (issue date, issuer) through its context;
    # doc_refs also reads the dates found before it.
    requires = ["doc._.header"] + (["doc.spans"] if spec.kind == "doc_ref" else [])

    @Language.factory(name, assigns=["doc.spans"], requires=requires)
    def make_component(nlp: Language, name: str) -> FinderComponent:
        return FinderComponent(name, spec)


for _name, _spec in FINDERS.items():
    _register(_name, _spec)


@Language.component("vanban_sentences", assigns=["token.is_sent_start"])
def set_sentences(doc: Doc) -> Doc:
    starts = sentence_starts(doc_text(doc))
    doc.user_data["vanban_sentence_starts"] = starts
    # One array write: setting token.is_sent_start one by one re-checks the
    # whole doc each time (quadratic).
    token_starts = doc.to_array(IDX).astype(numpy.int64)
    flags = numpy.full((len(doc), 1), -1, dtype=numpy.int64)
    first_tokens = numpy.searchsorted(token_starts, numpy.asarray(starts, dtype=numpy.int64))
    flags[first_tokens[first_tokens < len(doc)], 0] = 1
    if len(doc):
        flags[0, 0] = 1
    doc.from_array([SENT_START], flags.view(numpy.uint64))
    return doc


class HeaderComponent:
    def __init__(self):
        from vanban.extractors.header import fields as header

        self.kind = "header"
        self.find_header = header.find_header
        self.version = header.VERSION

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.header = self.find_header(doc_text(doc))
        except Exception as exc:  # (the facts are found without the header's date and issuer)
            record_failure(doc, self.kind, exc)
            doc._.header = None
        return doc


@Language.factory("vanban_header", assigns=["doc._.header"])
def make_header(nlp: Language, name: str) -> HeaderComponent:
    return HeaderComponent()


def component_versions(nlp: Language) -> dict[str, str]:
    """Version of each extractor in the pipeline, keyed by the kind it produces."""
    return {pipe.kind: pipe.version for _, pipe in nlp.pipeline if hasattr(pipe, "kind")}
