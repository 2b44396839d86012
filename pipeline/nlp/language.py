"""The spaCy ``Language`` vanban runs: syllable tokens, layout-aware sentences,
then the extractors (registered components, assembled from names).

Importing this module registers the tokenizer and the components.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import vanban.pipeline.nlp.components  # noqa: F401  registers the components
import vanban.pipeline.nlp.tokenizer  # noqa: F401  registers the tokenizer

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "vanban_sentences",
    "vanban_header",
    "vanban_dates",
    "vanban_doc_refs",
    "vanban_percentages",
    "vanban_ratios",
    "vanban_assignments",
)


# The longest text extracted: far above any real document (the longest in
# ../shared is 0.2 M characters), so that only a reader bomb reaches it.
MAX_TEXT_CHARS = 50_000_000


@lru_cache(maxsize=4)
def build_nlp(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """The pipeline, built once per process (components by registered name)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vanban.syllable_tokenizer.v1"}}})
    for name in components:
        nlp.add_pipe(name)
    # spaCy refuses texts over 1,000,000 characters (E088) because its parser and
    # NER need about 1 GB per 100,000; this pipeline has neither: its tokenizer and
    # components are linear (checked by tests/test_linear.py), and a bound volume
    # or a long plan is a document like any other.  What bounds a text is the
    # reader's output bound and the worker's memory limit.
    nlp.max_length = MAX_TEXT_CHARS
    return nlp


def run(texts: Iterable[str], components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Iterable[Doc]:
    return build_nlp(components).pipe(texts)
