"""What the components share about a spaCy ``Doc``: its text, joined once, and
its sentence starts."""

from __future__ import annotations

from spacy.tokens import Doc


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
