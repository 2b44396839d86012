"""The syllable tokenizer, registered with spaCy as ``vanban.syllable_tokenizer.v1``.

Tokenizer choice (measured on the seeds' sentences, figures in README):
whitespace/syllable tokens run ~8,900 sentences/s against ~900 for spaCy's pyvi
segmenter and ~500 for underthesea ``word_tokenize``.  Every extractor works on
syllables and punctuation (numbers, ``/``, ``%``, codes), and word segmentation
glues tokens they need apart (``Giao Phòng``), so syllables it is.
"""

from __future__ import annotations

from pathlib import Path

import regex
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

# Every character that is neither a letter, a mark, a digit, ``_`` nor a space
# is a token of its own.
_PUNCTUATION = r"[^\p{L}\p{M}\p{N}_\s]"


_PIECE = regex.compile(r"[\p{L}\p{M}\p{N}_]+|" + _PUNCTUATION + r"|\s+")
# Where spaCy's splitting stops being linear (see split_in_python).
_LONG_PUNCTUATION_RUN = regex.compile(_PUNCTUATION + "{64}")


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
        if _LONG_PUNCTUATION_RUN.search(text):
            doc = self.split_in_python(text)
        else:
            doc = self._split(text)
        doc.user_data["vanban_text"] = text
        return doc

    def split_in_python(self, text: str) -> Doc:
        """The same tokens, split by one regular expression scan: linear in any
        input.  spaCy's tokenizer strips a chunk's prefixes and suffixes one at a
        time, copying the rest each time, so a long run of punctuation without a
        space (``.,;:-`` × 2,000) costs the square of its length (0.1 s at 2 k
        characters, over 40 s at 500 k); such texts come here."""
        words: list[str] = []
        spaces: list[bool] = []
        for match in _PIECE.finditer(text):
            piece = match.group()
            if not piece.isspace() or not words or not piece.startswith(" "):
                # A whitespace run is a token unless it is one space after a token.
                words.append(piece)
                spaces.append(False)
                continue
            spaces[-1] = True
            if len(piece) > 1:
                words.append(piece[1:])
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

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
