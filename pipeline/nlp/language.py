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


@lru_cache(maxsize=4)
def build_nlp(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """The pipeline, built once per process (components by registered name)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vanban.syllable_tokenizer.v1"}}})
    for name in components:
        nlp.add_pipe(name)
    return nlp


def run(texts: Iterable[str], components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Iterable[Doc]:
    return build_nlp(components).pipe(texts)
