"""The PDNC evaluation script on tiny made-up files (no PDNC text): reading, name matching, alignment, scoring."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from ficlens.analyse.dialogue import QuoteSpan
from ficlens.analyse.speakers import NARRATOR, Attribution
from script_loader import load_script

TEXT = ('Anna Price met Ben at the\ngate.\n\n'
        '"Come in," said Anna, "the tea\nis hot."\n\n'
        '"Thanks," he said.\n')
CHARACTERS = ('Character ID,Main Name,Aliases,Gender,Category\n'
              '0,Anna Price,"{\'Anna\', \'Miss Price\', \'Anna Price\'}",F,major\n'
              '1,Ben Holt,"{\'Ben\', \'Mr. Holt\'}",M,major\n'
              '2,Mrs. Price,"{\'Mrs. Price\'}",F,minor\n')


def load_eval() -> ModuleType:
    return load_script("eval/speakers_pdnc.py")


def span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def write_novel(folder: Path) -> None:
    (s1, e1), (s2, e2), (s3, e3) = span("Come in,"), span("the tea\nis hot."), span("Thanks,")
    folder.mkdir(parents=True)
    (folder / "novel_text.txt").write_text(TEXT, encoding="utf-8")
    (folder / "character_info.csv").write_text(CHARACTERS, encoding="utf-8")
    header = "quoteID,quoteText,subQuotationList,quoteByteSpans,speaker,addressees,quoteType\n"
    rows = [f'Q0,x,[],"[[{s1}, {e1}], [{s2}, {e2}]]",Anna Price,[],Explicit\n',
            f'Q1,x,[],"[[{s3}, {e3}]]",Ben,[],Anaphoric\n',
            'Q2,x,[],"[[500, 510]]",Ben Holt,[],Implicit\n']  # beyond the text: left out
    (folder / "quotation_info.csv").write_text(header + "".join(rows), encoding="utf-8")


def test_novel_reader_keeps_offsets_and_quotes_inside_the_prefix(tmp_path: Path) -> None:
    ev = load_eval()
    write_novel(tmp_path / "Tiny")
    novel = ev.read_novel(tmp_path / "Tiny", len(TEXT))
    assert novel.text == TEXT  # as given: ficlens's segmenter unwraps hard-wrapped text itself
    assert [(q.speaker, q.kind, len(q.spans)) for q in novel.quotes] == [(0, "explicit", 2), (1, "anaphoric", 1)]


def test_character_named_prefers_an_exact_alias_then_shared_name_words() -> None:
    ev = load_eval()
    characters = [ev.Character(0, "Anna Price", frozenset({"anna", "miss price", "anna price"}), "F"),
                  ev.Character(1, "Ben Holt", frozenset({"ben", "mr holt"}), "M"),
                  ev.Character(2, "Mrs. Price", frozenset({"mrs price"}), "F")]
    assert ev.character_named(["Miss Price"], characters) == 0
    assert ev.character_named(["Mr. Holt"], characters) == 1  # dots aside
    assert ev.character_named(["Price", "Mrs Price"], characters) == 2  # "Price" alone is no alias: next form
    assert ev.character_named(["Benjamin Holt"], characters) == 1  # by shared name words
    assert ev.character_named(["Carl"], characters) is None


def test_aligned_quote_takes_the_detected_quote_of_the_longest_matched_part() -> None:
    ev = load_eval()
    quote = ev.GoldQuote((span("Come in,"), span("the tea\nis hot.")), 0, "explicit")
    first = Attribution(QuoteSpan(span("Come in,")[0] - 1, span("Come in,")[1] + 1, 1, 1), 0, 0.9, "explicit")
    second = Attribution(QuoteSpan(span("the tea")[0] - 1, span("is hot.")[1] + 1, 1, 1), 1, 0.5, "conversation")
    assert ev.aligned_quote(quote, [first, second]) is second
    assert ev.aligned_quote(quote, [first]) is first
    assert ev.aligned_quote(ev.GoldQuote((span("Thanks,"),), 1, "anaphoric"), [first, second]) is None


def test_a_narrator_prediction_is_right_only_for_the_narrator_of_a_first_person_novel() -> None:
    ev = load_eval()
    quote = ev.GoldQuote(((0, 5),), 1, "implicit")
    told = ev.Novel("Told", TEXT, [quote], [], first_person=True, narrators={1})
    third = ev.Novel("Third", TEXT, [quote], [], first_person=False, narrators=set())
    assert ev.is_right(NARRATOR, quote, told)
    assert not ev.is_right(NARRATOR, quote, third)
    assert ev.is_right(1, quote, third) and not ev.is_right(None, quote, third)


def test_score_counts_found_and_right_by_quote_type(tmp_path: Path) -> None:
    ev = load_eval()
    write_novel(tmp_path / "Tiny")
    novel = ev.read_novel(tmp_path / "Tiny", len(TEXT))
    reading = ev.read_with_ficlens(novel.text)
    stats = ev.score(novel, reading, [a.cluster for a in reading.atts])
    assert (stats["gold"], stats["found"], stats["found_explicit"], stats["found_rest"]) == (2, 2, 1, 1)
    assert stats["right_explicit"] == 1  # "said Anna"
    none = ev.score(novel, reading, [None] * len(reading.atts))
    assert none["right"] == 0 and none["found"] == 2


def test_folds_are_by_sorted_name_and_cover_every_novel() -> None:
    ev = load_eval()
    folds = ev.folds_of(["C", "A", "B", "E", "D"], 2)
    assert folds == [["A", "C", "E"], ["B", "D"]]


def test_missing_data_skips_cleanly(tmp_path: Path) -> None:
    assert load_eval().main(["--data", str(tmp_path / "absent")]) == 0
