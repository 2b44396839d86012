"""The spaCy ``Language`` vanban runs: syllable tokens, layout-aware sentences,
then the extractors (registered components, assembled from names).

Tokenizer choice (measured on the seeds' sentences, figures in README):
whitespace/syllable tokens run ~8,900 sentences/s against ~900 for spaCy's pyvi
segmenter and ~500 for underthesea ``word_tokenize``.  Every extractor works on
syllables and punctuation (numbers, ``/``, ``%``, codes), and word segmentation
glues tokens they need apart (``Giao Phòng``), so syllables it is.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy
import regex
import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "vanban_sentences",
    "vanban_header",
    "vanban_dates",
    "vanban_doc_refs",
    "vanban_percentages",
    "vanban_ratios",
    "vanban_assignments",
)

# Every character that is neither a letter, a mark, a digit, ``_`` nor a space
# is a token of its own.
_PUNCTUATION = r"[^\p{L}\p{M}\p{N}_\s]"


class SyllableTokenizer:
    """Runs of letters/digits, and every other non-space character alone.

    Splitting ``48/TB-UBND`` and ``95,5%`` into pieces keeps every extracted
    character span on token boundaries, so a Span never has to be widened.
    Whitespace follows spaCy's rule: one space after a token is its trailing
    space, anything more is a whitespace token.  spaCy's own (Cython)
    tokenizer does the splitting, driven by these rules: it is three times as
    fast as splitting in Python, and it caches the pieces of each recurring
    whitespace-separated chunk.
    """

    def __init__(self, vocab):
        self.vocab = vocab
        self._split = Tokenizer(
            vocab,
            prefix_search=regex.compile("^" + _PUNCTUATION).search,
            suffix_search=regex.compile(_PUNCTUATION + "$").search,
            infix_finditer=regex.compile(_PUNCTUATION).finditer,
        )

    def __call__(self, text: str) -> Doc:
        doc = self._split(text)
        doc.user_data["vanban_text"] = text
        return doc

    # spaCy serialises tokenizers with the pipeline; this one has no state.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "SyllableTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        Path(path).write_bytes(b"")

    def from_disk(self, path, **kwargs) -> "SyllableTokenizer":
        return self


@registry.tokenizers("vanban.syllable_tokenizer.v1")
def create_syllable_tokenizer():
    def make(nlp: Language) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return make


def _load_abbreviations() -> frozenset[str]:
    lines = (Path(__file__).parent / "data" / "sentence_abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in lines.splitlines() if line.strip() and not line.startswith("#")
    )


_ABBREVIATIONS = _load_abbreviations()
# Candidate ends: terminal punctuation before space, or a line break.  The
# punctuation is matched, not looked behind for, so that the scan can skip
# ahead to the few characters that can start a match (three times as fast).
_SENTENCE_END = regex.compile(
    r"[.!?…][\"”'’)*]*[ \t]+(?=[\"“'(*\-–•]*[\p{Lu}\p{N}])|\n[ \t]*(?:\n[ \t]*)*"
)
_WORD_BEFORE = regex.compile(r"([\p{L}/]+)\.[\"”'’)*]*[ \t]+$")
# ``1.``, ``a)``, ``IV.`` at the start of a line number a list item, not a sentence.
_LIST_MARKER_BEFORE = regex.compile(r"(?:^|\n)[ \t*]*(?:\d{1,3}|[IVXLC]{1,5}|\p{Ll})\.[ \t]+$")
_LINE_END_CONTINUES = regex.compile(r"[\p{L}\p{N},\-–(]$")
_LINE_START_CONTINUES = regex.compile(r"^[\p{Ll}\p{N}(]")


def _wrapped(before: str, after: str) -> bool:
    """Whether a line break between ``before`` and ``after`` is a hard wrap."""
    if not before or not after:
        return False
    if before.endswith("-") and not before.endswith(" -"):
        return True  # a word broken at its hyphen: ``Dân số-`` / ``KHHGĐ``
    return bool(_LINE_END_CONTINUES.search(before[-1]) and _LINE_START_CONTINUES.match(after))


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start.

    Layout matters as much as punctuation in these documents: a line break
    ends a sentence unless the text is plainly hard-wrapped (the line ends
    mid-phrase and the next starts in lower case or with a digit, as in
    ``ngày\\n31/8/2012``, or a word is broken at its hyphen); page breaks of
    OCR text (a blank line inside a sentence) are treated the same way.
    """
    first = len(text) - len(text.lstrip())
    starts = [first if first < len(text) else 0]
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group().startswith("\n"):
            before = text[max(0, match.start() - 200) : match.start()].rstrip(" \t")
            if _wrapped(before, text[end : end + 4]):
                continue
        elif text[match.start()] == ".":  # abbreviations and list markers end in a full stop
            after_mark = match.start() + 1
            window = text[max(0, after_mark - 12) : end]
            word = _WORD_BEFORE.search(window)
            if word and word.group(1) in _ABBREVIATIONS:
                continue
            if _LIST_MARKER_BEFORE.search(window):
                continue
        if end < len(text) and end > starts[-1]:
            starts.append(end)
    return starts


def sentence_index(starts: Sequence[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


@Language.component("vanban_sentences")
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


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("vanban_text")
    if text is None:
        text = doc.user_data["vanban_text"] = doc.text
    return text


def doc_sentence_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get("vanban_sentence_starts")
    if starts is None:
        starts = [sent.start_char for sent in doc.sents]
    return starts


@lru_cache(maxsize=4)
def build_nlp(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """The pipeline, built once per process (components by registered name)."""
    import vanban.extractors.components  # noqa: F401  registers the extractor factories

    nlp = spacy.blank(
        "vi", config={"nlp": {"tokenizer": {"@tokenizers": "vanban.syllable_tokenizer.v1"}}}
    )
    for name in components:
        nlp.add_pipe(name)
    return nlp


def run(texts: Iterable[str], components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Iterable[Doc]:
    return build_nlp(components).pipe(texts)
