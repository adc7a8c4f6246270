"""The full profile: selective layers must match what the stock spaCy pipeline gives where they overlap."""

from __future__ import annotations

import pytest

from ficlens.nlp import build_document, load_nlp
from ficlens.nlp.document import Document
from ficlens.work import Work

TEXT = (
    "Derek Hale leaned against the Camaro outside the station in Beacon Hills.\n\n"
    "\u201cYou\u2019re late,\u201d Derek said. Stiles Stilinski rolled his eyes and walked past him.\n\n"
    + "Stiles was tired of waiting. Derek followed him inside, and Stiles did not look back.\n" * 12
    + "\nThey were running towards the trees when Scott McCall called out to them."
)


@pytest.fixture(scope="module")
def doc() -> Document:
    return build_document(Work(text=TEXT, source="mem", format="text"))


def test_offsets_index_the_text(doc: Document) -> None:
    for span in [*doc.sentences, *doc.passages, *doc.paragraphs, *doc.tokens()]:
        assert 0 <= span.start < span.end <= len(TEXT)
    for ent in doc.entities:
        assert TEXT[ent.start : ent.end] == ent.text
    for s in doc.sentences:
        assert "\n" not in doc.span_text(s)


def test_pos_and_lemmas_on_request_equal_the_stock_pipeline(doc: Document) -> None:
    assert not doc.tagged and not any(t.tag_ for _, t in doc.iter_tokens())
    doc = build_document(Work(text=TEXT, source="mem", format="text"), tags=True)
    assert doc.tagged
    stock = load_nlp("full")(TEXT)
    ours = [(off, t.text, t.tag_, t.pos_, t.lemma_) for off, t in doc.iter_tokens()]
    theirs = [(t.idx, t.text, t.tag_, t.pos_, t.lemma_) for t in stock if not t.is_space]
    ours = [o for o in ours if not o[1].isspace()]
    same = sum(a == b for a, b in zip(ours, theirs, strict=True))
    assert same / len(ours) > 0.97  # context differs only at chunk edges and with senter vs parser


def test_names_are_found_everywhere_while_ner_reads_only_part_of_the_text(doc: Document) -> None:
    derek = [e for e in doc.entities if e.text == "Derek"]
    occurrences = TEXT.count("Derek") - TEXT.count("Derek Hale")
    assert len(derek) >= occurrences - 2
    assert all(e.label == derek[0].label for e in derek)
    assert 0 < doc.ner_share < 0.5
    first = doc.chunks[0].doc
    assert any(t.ent_type_ for t in first)


def test_parse_gives_dependencies_on_demand(doc: Document) -> None:
    sent = doc.sentences[1]
    chunk = doc.parse(sent)
    assert chunk.offset == sent.start
    deps = {t.dep_ for t in chunk.doc}
    assert "ROOT" in deps and "nsubj" in deps
    assert doc.parse(sent) is chunk  # cached
    assert [c.offset for c in doc.parse_many(doc.sentences[:3])] == [s.start for s in doc.sentences[:3]]
    for tok in chunk.doc:
        assert TEXT[chunk.offset + tok.idx : chunk.offset + tok.idx + len(tok.text)] == tok.text


def test_entities_are_the_chunk_docs_entities(doc: Document) -> None:
    """build_document takes the entities SelectiveNer returns rather than reading ``doc.ents`` back: the same."""
    stored = [(c.offset + e.start_char, c.offset + e.end_char, e.label_, e.text)
              for c in doc.chunks for e in c.doc.ents]
    assert [(e.start, e.end, e.label, e.text) for e in doc.entities] == stored
    assert any(e.label == "PERSON" for e in doc.entities)


def test_chunk_text_given_or_read_from_the_doc_gives_the_same_starts() -> None:
    from ficlens.nlp.annotate import token_starts

    sdoc = load_nlp("full").make_doc(TEXT)
    assert token_starts(sdoc, TEXT) == token_starts(sdoc) == [t.idx for t in sdoc] + [len(TEXT)]
