"""Does a learned body tagger add to the assignment rules?  A reproducible study.

Issue 12 welcomes "a linear or CRF classifier ... trained on the gold" where the
rules plateau.  This trains one with underthesea's own CRF (``underthesea_core``,
CPU only, on the design card) and scores it the way ``make eval`` does:

- a sentence (the pipeline's sentences, cut again at ``;``) is a sequence of the
  body grammar's tokens; each token is labelled B/I/O for the gold bodies of the
  clauses that cover the sentence (a body written otherwise than in the text,
  ``Ủy viên thường trực Ban Chỉ đạo`` for ``Ủy viên thường trực``, cannot be
  placed: its sentence is left out of training);
- features: the words around the token (lower case, title case, bigrams), the
  body grammar's mention at the token (B/I/O, as ``body_at`` reads it), whether
  the token opens a task verb of the rules' data, its position in the sentence;
- the tagger fills in for the rules: in a sentence where the rules found no
  assignment, each body it tags (marginal of its first token >= ``--threshold``)
  becomes one.

Train is scored by k-fold cross-validation over its documents (each document's
bodies tagged by a model that never saw it); dev and real by a model trained on
all of train.  The test part is not scored here: it is for ``make eval`` at the
end of the work, not for choosing a model.  Slow (several minutes): the
extractors run on every document and the tagger is trained k + 1 times.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import click

from tools.options import shared_option
from tools.scoreboard import annotated_sets
from vanban.extractors.assignments import VERB_FIRST_WORDS
from vanban.extractors.bodies.grammar import body_at
from vanban.extractors.bodies.tokens import Token, mask, masked_tokens
from vanban.pipeline.evaluate import evaluate, locate, norm_body
from vanban.pipeline.ingest import extract_file
from vanban.pipeline.nlp.sentences import sentence_starts

_VERBS = frozenset(word.casefold() for word in VERB_FIRST_WORDS)
_TEMPLATE = [
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-1].istitle", "T[0].istitle", "T[1].istitle",
    "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower",
    "T[-1][1]", "T[0][1]", "T[1][1]", "T[0,1][1]",
    "T[-1][2]", "T[0][2]", "T[1][2]", "T[2][2]",
    "T[0][3]", "T[0][4]",
]  # fmt: skip
_LONGEST_BODY = 40  # tokens: longer gold bodies are lists written otherwise


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token]
    rows: list[list[str]]  # the token and its feature columns
    labels: list[str]
    placed: bool  # every gold body of the sentence was found in it


@dataclass
class Document:
    name: str
    extraction: dict
    sentences: list[Sentence]


def labelled_spans(labels: list[str]) -> list[tuple[int, int]]:
    """The token ranges ``(first, end)`` labelled as bodies: a ``B`` and the ``I``
    after it."""
    spans = []
    for k, label in enumerate(labels):
        if label == "B":
            spans.append([k, k + 1])
        elif label == "I" and spans and spans[-1][1] == k:
            spans[-1][1] = k + 1
    return [(first, end) for first, end in spans]


def _label(labels: list[str], first: int, end: int) -> None:
    labels[first:end] = ["B"] + ["I"] * (end - first - 1)


def _clauses(text: str) -> list[tuple[int, int]]:
    starts = sentence_starts(text) + [len(text)]
    out = []
    for start, end in zip(starts, starts[1:]):
        begin = start
        for i in range(start, end):
            if text[i] == ";":
                out.append((begin, i + 1))
                begin = i + 1
        if text[begin:end].strip():
            out.append((begin, end))
    return out


def _rows(toks: list[Token]) -> list[list[str]]:
    mention = ["O"] * len(toks)
    i = 0
    while i < len(toks):
        end = body_at(toks, i) if toks[i].is_word else None
        if end:
            _label(mention, i, end)
            i = end
        else:
            i += 1
    return [
        [
            t.text,
            mention[k],
            "V" if t.text.casefold() in _VERBS else "-",
            str(min(k, 4)),
            "L" if "\n" in t.gap else "-",
        ]
        for k, t in enumerate(toks)
    ]


def _placed(toks: list[Token], body: str) -> list[tuple[int, int]] | None:
    """Where in ``toks`` each body of a gold ``body`` (a list separated by ``;``)
    is written, as token index ranges; None when one of them is not."""
    spans = []
    for part in body.split(";"):
        key = norm_body(part)
        hit = None
        for i in range(len(toks)):
            if not key or not toks[i].is_word:
                continue
            for j in range(i + 1, min(len(toks), i + _LONGEST_BODY) + 1):
                candidate = norm_body(" ".join(t.text for t in toks[i:j]))
                if candidate == key:
                    hit = (i, j)
                    break
                if candidate and len(candidate) > len(key) + 10:
                    break
            if hit:
                break
        if hit is None:
            return None
        spans.append(hit)
    return spans


def read_document(gold_file: Path, docs: Path) -> Document:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    extraction = extract_file(str(docs / gold["doc"]), with_text=True)
    extraction = extraction if isinstance(extraction, dict) else extraction.to_dict()
    text = extraction["text"]
    masked = mask(text)
    placed_gold = [
        (where, a["body"])
        for a in gold.get("assignments", [])
        if (where := locate(a["text"], text)) is not None
    ]
    sentences = []
    for start, end in _clauses(text):
        toks = masked_tokens(masked, [(start, end)])
        if not toks:
            continue
        labels = ["O"] * len(toks)
        placed = True
        for (g_start, g_end), body in placed_gold:
            if not (
                g_start < end
                and g_end > start
                and min(g_end, end) - max(g_start, start) >= (g_end - g_start) / 2
            ):
                continue
            spans = _placed(toks, body)
            if spans is None:
                placed = False
                continue
            for i, j in spans:
                _label(labels, i, j)
        sentences.append(Sentence(start, end, toks, _rows(toks), labels, placed))
    return Document(gold["doc"], extraction, sentences)


def train_tagger(documents: list[Document], folder: Path, name: str):
    from underthesea_core import CRFFeaturizer, CRFTagger, CRFTrainer

    featurizer = CRFFeaturizer(_TEMPLATE, set())
    usable = [s for d in documents for s in d.sentences if s.placed]
    trainer = CRFTrainer()
    trainer.set_l1_penalty(0.1)
    trainer.set_l2_penalty(0.01)
    trainer.set_max_iterations(100)
    # (the trainer prints every iteration on the process's standard streams)
    sys.stdout.flush()
    sys.stderr.flush()
    saved = [os.dup(1), os.dup(2)]
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    try:
        model = trainer.train(featurizer.process([s.rows for s in usable]), [s.labels for s in usable])
    finally:
        for fd, copy in zip((1, 2), saved):
            os.dup2(copy, fd)
            os.close(copy)
        os.close(quiet)
    path = folder / f"{name}.crf"
    model.save(str(path))
    tagger = CRFTagger()
    tagger.load(str(path))
    return featurizer, tagger


def with_tagged_bodies(document: Document, featurizer, tagger, threshold: float) -> dict:
    """The document's extraction with one assignment per body the tagger finds
    in a sentence where the rules found none."""
    facts = list(document.extraction["facts"])
    tasked = [(f["start"], f["end"]) for f in facts if f.get("kind") == "assignment"]
    text = document.extraction["text"]
    features = featurizer.process([s.rows for s in document.sentences])
    begin = tagger.labels().index("B")  # (labels are numbered in the order training met them)
    for sentence, row_features in zip(document.sentences, features):
        if any(a < sentence.end and b > sentence.start for a, b in tasked):
            continue
        tags = tagger.tag(row_features)
        marginals = tagger.marginals(row_features)
        for k, j in labelled_spans(tags):
            if marginals[k][begin] < threshold:
                continue
            start, end = sentence.tokens[k].start, sentence.tokens[j - 1].end
            facts.append(
                {
                    "kind": "assignment",
                    "start": sentence.start,
                    "end": sentence.end,
                    "text": text[sentence.start : sentence.end],
                    "body": text[start:end],
                    "task": "",
                    "deadline": None,
                }
            )
    return dict(document.extraction, facts=facts)


def _scores(gold: Path, docs: Path, extractions: dict[str, dict]) -> str:
    kind = evaluate(gold, docs, lambda path: extractions[Path(path).name], kinds=("assignment",)).kinds[
        "assignment"
    ]
    return f"{kind.tp:4} of {kind.n_gold:4}, {kind.n_pred - kind.tp:3} false  {kind.precision:.3f} / {kind.recall:.3f} / {kind.f1:.3f}"


@click.command(help=__doc__)
@shared_option("the dev set and real documents")
@click.option("--folds", type=int, default=5, show_default=True, help="cross-validation folds over train")
@click.option(
    "--threshold", type=float, default=0.0, show_default=True, help="least marginal of a body's first token"
)
def main(shared: Path, folds: int, threshold: float) -> None:
    sets = {name: paths for name, paths in annotated_sets(shared).items() if name != "test"}
    documents = {
        name: [read_document(g, docs) for g in sorted(gold.glob("*.json"))]
        for name, (gold, docs) in sets.items()
    }
    train = documents["train"]
    print("set     rules: found, false  P / R / F1                  rules + tagger: found, false  P / R / F1")
    with tempfile.TemporaryDirectory() as folder:
        tagged = {}
        for fold in range(folds):
            seen = [d for i, d in enumerate(train) if i % folds != fold]
            featurizer, tagger = train_tagger(seen, Path(folder), f"fold{fold}")
            for i, document in enumerate(train):
                if i % folds == fold:
                    tagged[document.name] = with_tagged_bodies(document, featurizer, tagger, threshold)
        results = {"train": tagged}
        featurizer, tagger = train_tagger(train, Path(folder), "all")
        for name in documents:
            if name != "train":
                results[name] = {
                    d.name: with_tagged_bodies(d, featurizer, tagger, threshold) for d in documents[name]
                }
    for name, (gold, docs) in sets.items():
        rules = {d.name: d.extraction for d in documents[name]}
        print(f"{name:7} {_scores(gold, docs, rules):47} {_scores(gold, docs, results[name])}")


if __name__ == "__main__":
    main()
