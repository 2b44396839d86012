from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_NOTICE
from vanban.pipeline.nlp.language import build_nlp
from vanban.pipeline.nlp.sentences import sentence_index, sentence_starts

TEXT = SEED_NOTICE.read_text("utf-8")


def sentences(text):
    starts = sentence_starts(text) + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:])]


def test_header_lines_are_sentences_of_their_own():
    found = sentences(TEXT)
    assert found[:3] == ["Số: 48 /TB-UBND", "Việt Yên, ngày 28 tháng 9 năm 2017", "THÔNG BÁO"]


def test_hard_wraps_and_hyphen_breaks_stay_inside_a_sentence():
    found = sentences(TEXT)
    title = next(s for s in found if s.startswith("**Kết luận"))
    assert "ngày\n31/8/2012" in title and "Dân số-\nKHHGĐ" in title
    # A page break inside a sentence (blank line, then lower case) is joined too.
    assert any("vi phạm chính\n\nsách dân số" in s for s in found)


def test_list_markers_and_signature_prefixes_do_not_end_sentences():
    found = sentences(TEXT)
    assert any(s.startswith("1. Tiếp tục phân đấu") for s in found)
    assert "**TL. CHỦ TỊCH" in found


def test_sentence_index_of_an_offset():
    starts = sentence_starts(TEXT)
    offset = TEXT.index("117 trẻ nam")
    index = sentence_index(starts, offset)
    assert TEXT[starts[index] :].startswith("Bên cạnh những kết quả")


def test_spacy_doc_carries_the_same_sentences():
    doc = build_nlp(("vanban_sentences",))(TEXT)
    # spaCy's first sentence starts at token 0, which may be leading whitespace.
    assert [s.start_char for s in doc.sents if s.start_char] == sentence_starts(TEXT)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăđ ĐÊ1./%-\n\t*(),:;Ủy")), max_size=200))
def test_tokenizer_keeps_the_text_and_sentences_are_ordered(text):
    doc = build_nlp(("vanban_sentences",))(text)
    assert doc.text == text
    starts = sentence_starts(text)
    assert starts == sorted(set(starts))
    assert all(0 <= s <= max(0, len(text)) for s in starts)


def test_facts_on_the_same_characters_are_all_kept():
    from vanban.extractors.facts import AssignmentFact
    from vanban.pipeline.nlp.components import facts_to_spans
    from vanban.pipeline.nlp.language import build_nlp

    doc = build_nlp(("vanban_sentences",))("Giao Phòng Nội vụ và Phòng Y tế báo cáo.")
    facts = [
        AssignmentFact(text=doc.text, start=0, end=len(doc.text), body=body)
        for body in ("Phòng Nội vụ", "Phòng Y tế")
    ]
    spans = facts_to_spans(doc, "assignment", facts)
    assert [span._.fact.body for span in spans] == ["Phòng Nội vụ", "Phòng Y tế"]
