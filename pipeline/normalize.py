"""Text normalisation applied to every document before extraction and storage.

Only changes that cannot alter meaning are made here; each kind of change is
counted so that the store can say what was done to the text as read.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field

# Look-alikes that OCR and old fonts put in place of Vietnamese letters.
_LOOKALIKES = {
    "\u00d0": "\u0110",  # Ð (Icelandic eth) for Đ
    "\u00f0": "\u0111",  # ð for đ
    "\u0189": "\u0110",  # Ɖ (African D) for Đ
}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


@dataclass(frozen=True)
class NormalizedText:
    text: str
    edits: dict[str, int] = field(default_factory=dict)


def normalize_text(raw: str) -> NormalizedText:
    edits: Counter[str] = Counter()
    text = raw
    if "\r" in text:
        edits["line_endings"] = text.count("\r")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    stripped = text.translate(_INVISIBLE)
    if len(stripped) != len(text):
        edits["invisible_chars_removed"] = len(text) - len(stripped)
        text = stripped
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        edits["nfc"] = 1
        text = nfc
    for wrong, right in _LOOKALIKES.items():
        count = text.count(wrong)
        if count:
            edits[f"{wrong}->{right}"] = count
            text = text.replace(wrong, right)
    return NormalizedText(text=text, edits=dict(edits))
