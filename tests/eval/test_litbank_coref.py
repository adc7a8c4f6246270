"""Speaker scoring under LitBank's gold coreference (eval/litbank_coref.py, used by eval/quotes_litbank.py), on
small made-up brat files; the real data lives in ../shared."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from script_loader import load_script

LINES = [
    "Anna and Bob sat by the fire .",
    "Bob poked it .",
    '" It is late , " she said .',
    '" Not yet , " said Bob .',
]
TEXT = "\n".join(LINES) + "\n"


def span(word: str, line: int, nth: int = 0) -> tuple[int, int]:
    """Character offsets of the ``nth`` ``word`` token on ``line`` of the brat .txt."""
    start = sum(len(x) + 1 for x in LINES[:line])
    tokens = LINES[line].split(" ")
    idx = [i for i, t in enumerate(tokens) if t == word][nth]
    s = start + sum(len(t) + 1 for t in tokens[:idx])
    return s, s + len(word)


def coref_ann() -> str:
    rows = [("PROP_PER", span("Anna", 0)), ("Anna-0", span("Anna", 0)),
            ("PROP_PER", span("Bob", 0)), ("Bob-1", span("Bob", 0)),
            ("NOM_FAC", span("the", 0)),  # a category row only: no chain
            ("Bob-1", span("Bob", 1)), ("the_fire-2", span("it", 1)),
            ("PRON_PER", span("she", 2)), ("Anna-0", span("she", 2)),
            ("Bob-1", span("Bob", 3))]
    return "".join(f"T{i}\t{label} {s} {e}\t{TEXT[s:e]}\n" for i, (label, (s, e)) in enumerate(rows))


def write_fixture(tmp_path: Path) -> tuple[Path, Path, Path]:
    quotes = tmp_path / "quotes"
    coref = tmp_path / "coref"
    quotes.mkdir()
    coref.mkdir()
    txt = quotes / "9_made_up_brat.txt"
    txt.write_text(TEXT, encoding="utf-8")
    (coref / txt.name).write_text(TEXT, encoding="utf-8")
    ann = quotes / "9_made_up_brat.ann"
    ann.write_text("QUOTE\tQ1\t2\t0\t2\t5\t\" It is late , \"\nQUOTE\tQ2\t3\t0\t3\t4\t\" Not yet , \"\n"
                   "ATTRIB\tQ1\tAnna-0\nATTRIB\tQ2\tBob-1\n", encoding="utf-8")
    (coref / ann.name).write_text(coref_ann(), encoding="utf-8")
    return txt, ann, coref / ann.name


def load() -> tuple[ModuleType, ModuleType]:
    quotes = load_script("eval/quotes_litbank.py")
    return quotes, load_script("eval/litbank_coref.py")


def rebuilt() -> tuple[str, list[list[tuple[int, int]]]]:
    quotes, _ = load()
    return quotes.rebuild(LINES)


def test_chains_are_read_in_the_rebuilt_text(tmp_path: Path) -> None:
    _, _, ann = write_fixture(tmp_path)
    _, lc = load()
    text, offsets = rebuilt()
    mentions = lc.read_chains(ann, LINES, offsets)
    assert [(text[m.start:m.end], m.chain) for m in mentions] == [
        ("Anna", "Anna-0"), ("Bob", "Bob-1"), ("Bob", "Bob-1"), ("it", "the_fire-2"), ("she", "Anna-0"),
        ("Bob", "Bob-1")]  # the category-only row ("the") names no chain


def test_appositive_name_takes_the_chain_of_its_head(tmp_path: Path) -> None:
    """LitBank links an appositive ("my friend , Tom") by an R row between category rows; the name has no chain
    row of its own and takes its head's chain."""
    _, lc = load()
    lines = ["my friend , Tom , came ."]
    ann = tmp_path / "x_brat.ann"
    ann.write_text("T0\tNOM_PER 0 9\tmy friend\nT1\tTom-0 0 9\tmy friend\nT2\tPROP_PER 12 15\tTom\n"
                   "R1\tappos Arg1:T2 Arg2:T0\n", encoding="utf-8")
    quotes, _ = load()
    text, offsets = quotes.rebuild(lines)
    assert [(text[m.start:m.end], m.chain) for m in lc.read_chains(ann, lines, offsets)] == [
        ("my friend", "Tom-0"), ("Tom", "Tom-0")]


def test_gold_speaker_label_is_the_chain_label(tmp_path: Path) -> None:
    txt, ann, _ = write_fixture(tmp_path)
    quotes, _ = load()
    _, offsets = rebuilt()
    assert [g.label for g in quotes.read_gold(ann, offsets)] == ["Anna-0", "Bob-1"]


def test_pronoun_spoken_quote_maps_to_the_named_chain(tmp_path: Path) -> None:
    """The gold speaker of the first quote is the pronoun "she", a mention of Anna's chain: a prediction "Anna",
    which occurs only as the name at the start, stands for that chain and is right."""
    _, _, ann = write_fixture(tmp_path)
    _, lc = load()
    text, offsets = rebuilt()
    mentions = lc.read_chains(ann, LINES, offsets)
    quote = (text.index('"'), text.index("she") - 1)
    anna = [(text.index("Anna"), text.index("Anna") + 4)]
    assert lc.speaker_chain(quote, anna, mentions) == "Anna-0"
    bobs = [(i, i + 3) for i in range(len(text)) if text.startswith("Bob", i)]
    assert lc.speaker_chain(quote, bobs, mentions) == "Bob-1"


def test_nearest_occurrence_decides_else_the_most_frequent_chain() -> None:
    _, lc = load()
    mentions = [lc.ChainMention(0, 4, "A-0"), lc.ChainMention(10, 14, "B-1"), lc.ChainMention(20, 24, "B-1"),
                lc.ChainMention(3000, 3004, "A-0"), lc.ChainMention(9000, 9004, "C-2")]
    occurrences = [(0, 4), (10, 14), (20, 24), (3000, 3004)]
    assert lc.speaker_chain((3010, 3050), occurrences, mentions) == "A-0"  # near the quote
    assert lc.speaker_chain((1500, 1520), occurrences[:3], mentions) == "B-1"  # none near: B has most
    assert lc.speaker_chain((1500, 1520), occurrences, mentions) is None  # none near, and A and B tie
    assert lc.speaker_chain((1500, 1520), [(5000, 5004)], mentions) is None  # overlaps no gold mention


def test_overlapping_mentions_prefer_the_closest_fit() -> None:
    _, lc = load()
    mentions = [lc.ChainMention(0, 30, "his_sister-3"), lc.ChainMention(0, 4, "Anna-0")]
    assert lc.chain_at((0, 4), sorted(mentions, key=lambda m: (m.start, m.end))) == "Anna-0"


def test_narration_first_person_skips_quotes() -> None:
    _, lc = load()
    text = 'I came in. "I am here," I said to me.'
    quote = (text.index('"'), text.rindex('"') + 1)
    found = [text[s:e] + str(s) for s, e in lc.first_person(text, [quote])]
    assert found == ["I0", f"I{text.index('I said')}", f"me{text.index('me.')}"]


def test_b3_over_quotes_matches_hand_count() -> None:
    _, lc = load()
    pairs = Counter({lc.pair_key("f", "A", "A", 0): 2, lc.pair_key("f", "B", "A", 1): 1,
                     lc.pair_key("f", "B", None, 2): 1})
    precision, recall, f1 = lc.b3(pairs)
    # system clusters {a1, a2, b1}, {b2}; gold {a1, a2}, {b1, b2}
    assert precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert recall == pytest.approx((1 + 1 + 1 / 2 + 1 / 2) / 4)
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))
    assert lc.b3(Counter({lc.pair_key("f", "A", "A", 0): 1, lc.pair_key("g", "A", "A", 0): 1}))[2] == 1.0
    assert lc.b3(Counter({lc.pair_key("f", "A", None, 0): 1, lc.pair_key("f", "A", None, 1): 1}))[0] == 1.0


def test_whole_file_scores_under_gold_coreference(tmp_path: Path) -> None:
    txt, ann, coref = write_fixture(tmp_path)
    quotes, _ = load()
    res = quotes.evaluate_file(txt, ann, "fast", coref=coref)
    stats, pairs = res["stats"], res["coref"]
    assert stats["coref_scored"] == stats["detected"] == 2
    assert sum(pairs.values()) == 2 and {k.split("\t")[1] for k in pairs} == {"Anna-0", "Bob-1"}
    assert stats["coref"] >= 1  # "said Bob" at least
    assert "B3 F1" in quotes.report_coref("all", stats, pairs)
    assert "coref" not in quotes.evaluate_file(txt, ann, "fast")["stats"]  # no coreference given: no score


def test_every_litbank_speaker_is_a_gold_chain_on_token_boundaries(capsys: pytest.CaptureFixture[str]) -> None:
    quotes, lc = load()
    coref_dir, quote_dir = quotes.DEFAULT_COREF, quotes.DEFAULT_DATA
    if not coref_dir.is_dir() or not quote_dir.is_dir():
        pytest.skip("LitBank data not in ../shared")
    files = sorted(p for p in quote_dir.glob("*_brat.ann") if p.stat().st_size > 0)
    assert files
    for ann in files:
        lines = ann.with_suffix(".txt").read_text(encoding="utf-8").split("\n")[:-1]
        _, offsets = quotes.rebuild(lines)
        chains = {m.chain for m in lc.read_chains(coref_dir / ann.name, lines, offsets)}
        assert {g.label for g in quotes.read_gold(ann, offsets)} <= chains, ann.name
    assert "skipped" not in capsys.readouterr().out
