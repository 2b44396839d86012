"""tools/crf_study.py, the learned body tagger beside the rules: its training
labels are the gold bodies where the text writes them, and what it adds are
assignments in sentences the rules left without one."""

from __future__ import annotations

import json

import pytest

from tools.crf_study import labelled_spans, read_document, train_tagger, with_tagged_bodies
from tools.scoreboard import DOCS, GOLD
from vanban.pipeline.evaluate import norm_body

pytest.importorskip("underthesea_core")

# Regulations whose articles task named bodies, from train (never test).
TRAIN = ("202_qd-1760-ktnn", "201_qd-170-bcdnn-du-lich", "204_qd-1383-bnv")


def _labelled_bodies(document) -> list[str]:
    return [
        " ".join(t.text for t in sentence.tokens[first:end])
        for sentence in document.sentences
        for first, end in labelled_spans(sentence.labels)
    ]


def test_labels_spell_the_gold_bodies_written_in_the_text():
    document = read_document(GOLD / "train" / f"{TRAIN[0]}.json", DOCS)
    gold = json.loads((GOLD / "train" / f"{TRAIN[0]}.json").read_text(encoding="utf-8"))
    labelled = {norm_body(b) for b in _labelled_bodies(document)}
    assert norm_body("Tổng Kiểm toán nhà nước") in labelled
    # every labelled body is one the gold names (a list's bodies one by one)
    gold_bodies = {norm_body(part) for a in gold["assignments"] for part in a["body"].split(";")}
    assert labelled <= gold_bodies
    # a sentence whose gold body is written otherwise is kept out of training
    assert all(s.placed or "B" not in s.labels for s in document.sentences)


def test_tagged_bodies_only_fill_sentences_the_rules_left_empty(tmp_path):
    documents = [read_document(GOLD / "train" / f"{name}.json", DOCS) for name in TRAIN]
    featurizer, tagger = train_tagger(documents, tmp_path, "three")
    document = documents[0]
    rules = [f for f in document.extraction["facts"] if f["kind"] == "assignment"]
    facts = with_tagged_bodies(document, featurizer, tagger, 0.0)["facts"]
    added = facts[len(document.extraction["facts"]) :]
    # (trained on it, the tagger reads the body the rules miss in "1. Tổng Kiểm toán nhà
    # nước thống nhất quản lý thẻ …": "thống nhất" opens no task the rules know)
    assert [fact["body"] for fact in added] == ["Tổng Kiểm toán nhà nước"]
    assert "nước thống nhất quản lý" in added[0]["text"]
    assert facts[: len(document.extraction["facts"])] == document.extraction["facts"]
    for fact in added:
        assert fact["kind"] == "assignment" and fact["body"] in fact["text"]
        assert not any(r["start"] < fact["end"] and r["end"] > fact["start"] for r in rules)
