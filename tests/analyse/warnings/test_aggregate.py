"""Work-level warnings: aggregation, evidence spans, severity, archive warnings, rating and freeform tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.analyse.analysis import Analysis
from ficlens.analyse.cast import cast_of
from ficlens.analyse.warnings.archive_model import ARCHIVE_MODEL
from ficlens.analyse.warnings.stage import run as warnings_stage
from ficlens.nlp import build_document
from ficlens.report import SEVERITY_ORDER, Character, Report
from ficlens.work import Work
from repo_paths import FIXTURES

STORY = FIXTURES / "warnings" / "story.txt"


def run(text: str, characters: list[Character] | None = None) -> Report:
    """The warnings stage on ``text``, archive warnings by the hand rules (these short texts pin them; the learned
    archive model is tested in test_archive_model.py)."""
    work = Work(text=text, source="story.txt", format="text")
    doc = build_document(work, "fast")
    analysis = Analysis(doc, Report.for_work(work, mode="fast"))
    if characters:
        analysis.report.characters = characters
    analysis.cast = cast_of(doc)
    with ARCHIVE_MODEL.using(None):
        warnings_stage(analysis)
    return analysis.report


@pytest.fixture(scope="module")
def story() -> Report:
    return run(STORY.read_text(encoding="utf-8"))


def test_story_warnings(story: Report) -> None:
    labels = {w.label: w for w in story.warnings}
    assert {"suicide", "violence", "blood"} <= set(labels)
    assert "dying" not in labels  # "die of embarrassment"
    assert any("let them kill me" in span.text for span in labels["suicide"].evidence)
    assert labels["death"].severity == "mentioned"


def test_evidence_is_exact_and_sorted(story: Report) -> None:
    text = STORY.read_text(encoding="utf-8")
    scores = [w.score for w in story.warnings]
    assert scores == sorted(scores, reverse=True)
    for warning in story.warnings:
        assert 1 <= len(warning.evidence) <= 3
        assert warning.severity in SEVERITY_ORDER
        for span in warning.evidence:
            assert text[span.start : span.end] == span.text
            assert 0 <= span.score <= 1


def test_no_evidence_no_warning() -> None:
    report = run("They had tea in the garden and talked about the weather.\n\nIt was a calm afternoon.")
    assert report.warnings == [] and report.archive_warnings == []
    assert report.rating.label == "G"


def test_rating_and_freeforms(story: Report) -> None:
    assert story.rating.label in {"T", "M"} and story.rating.evidence
    tags = {f.tag for f in story.freeforms}
    assert {"Suicidal Thoughts", "Blood", "Violence"} <= tags


def test_explicit_sex_rates_e_and_minor_makes_underage_sex() -> None:
    text = ("Jamie was fifteen and in high school.\n\n"
            "He thrust into her and she moaned as he came inside her, his cock throbbing through the orgasm.")
    report = run(text)
    labels = {w.label for w in report.warnings}
    assert {"pornographic-content", "underage"} <= labels
    assert report.rating.label == "E"
    assert "Underage Sex" in {a.label for a in report.archive_warnings}


def test_major_character_death_needs_a_prominent_character() -> None:
    text = "Tom was shot in the chest. Tom died in her arms, blood pooling beneath him."
    assert "Major Character Death" not in {a.label for a in run(text).archive_warnings}
    cast = [Character(name="Tom", mentions=9), Character(name="Mara", mentions=5)]
    assert "Major Character Death" in {a.label for a in run(text, cast).archive_warnings}


FILLER = "They walked along the river and talked about the harvest, the weather and the price of wool.\n\n"


def test_one_weak_passage_in_a_long_work_raises_nothing() -> None:
    """A single "mugged" (lexicon 0.5, below the 0.7 a lone passage needs) in a long work is no work warning."""
    text = FILLER * 40 + "Later they heard that a man had been mugged near the station.\n\n" + FILLER * 40
    assert "violence" not in {w.label for w in run(text).warnings}


def test_several_consistent_passages_raise_the_warning() -> None:
    text = FILLER * 10 + "Three men mugged him near the station.\n\n" + FILLER * 10 + \
        "She was mugged on the way home, her bag torn from her arm.\n\n" + FILLER * 10
    violence = {w.label: w for w in run(text).warnings}["violence"]
    assert len(violence.evidence) == 2
    assert 0.5 <= violence.score < 1.0


def test_one_strong_passage_with_a_second_mention_is_enough() -> None:
    text = FILLER * 40 + "He punched him in the face and stabbed him twice.\n\n" + FILLER * 10 + \
        "Later they heard that a man had been mugged near the station.\n\n" + FILLER * 30
    assert "violence" in {w.label for w in run(text).warnings}


def test_a_lone_passage_in_a_long_work_raises_nothing() -> None:
    """One paragraph is not a work's content: a lone "war" in passing, however strongly read, warns no long work."""
    text = FILLER * 40 + "He punched him in the face and stabbed him twice.\n\n" + FILLER * 40
    assert "violence" not in {w.label for w in run(text).warnings}


def test_several_mentions_the_model_doubts_raise_a_mentioned_warning() -> None:
    deaths = ("The knights came back with two men dead.\n\n", "Everyone said the captain was dead by now.\n\n",
              "A man was killed on the road last winter.\n\n")
    text = FILLER * 20 + (FILLER * 20).join(deaths) + FILLER * 20
    death = {w.label: w for w in run(text).warnings}["death"]
    assert death.severity == "mentioned"
    assert death.evidence and all(not s.positive for s in death.spans)


def test_underage_evidence_names_the_age_cue() -> None:
    text = ("Jamie was fifteen and in high school.\n\n"
            "Derek kissed him on the lips, hungrily, and sucked on his neck until he was aroused.")
    under = {w.label: w for w in run(text).warnings}["underage"]
    assert any("fifteen" in span.text for span in under.evidence)
    scores = [span.score for span in under.evidence]
    assert scores == sorted(scores, reverse=True)


KIDNAPPING = ("Three men kidnapped Stiles on his way home. They threw him into the back of a van and drove off.\n\n"
              "Derek found the van the next morning, empty.")


def passage_decisions(text: str) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """(passage start, label) pairs that analyze finds positive and that classify-passages calls positive."""
    from ficlens.analyse.warnings.aggregate import scan_warnings
    from ficlens.analyse.warnings.classifier import PassageClassifier
    from ficlens.analyse.warnings.labels import LABELS

    doc = build_document(Work(text=text, source="story.txt", format="text"), "fast")
    classifier = PassageClassifier()
    _warnings, findings = scan_warnings(doc, classifier, cast_of(doc))
    analysed = {(f.passage.start, label) for label, found in findings.items() for f in found}
    labels = [label for label in LABELS if label != "underage"]  # underage reads the whole work's age cues
    passages = doc.passages or []
    decided = classifier.classify_many([(doc.span_text(p), label) for p in passages for label in labels])
    classified = {(p.start, d.label) for p, d in zip([p for p in passages for _ in labels], decided, strict=True)
                  if d.positive}
    return {pair for pair in analysed if pair[1] != "underage"}, classified


def test_kidnapping_cue_makes_abduction_in_analyze_as_in_classify_passages() -> None:
    analysed, classified = passage_decisions(KIDNAPPING)
    assert (0, "abduction") in classified  # the shared decision: a kidnapping cue anchors abduction
    assert analysed == classified


def test_analyze_takes_the_passage_decision_of_classify_passages(story: Report) -> None:
    analysed, classified = passage_decisions(STORY.read_text(encoding="utf-8"))
    assert analysed and analysed == classified


def test_classify_passages_in_chunks_keeps_order_and_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from ficlens.analyse.warnings.classifier import PassageClassifier, PassageDecision
    from ficlens.cli import classify, main

    items = [{"id": n, "text": text, "warning": label} for n, (text, label) in enumerate([
        ("He punched him across the face.", "violence"), ("They had tea.", "violence"),
        (KIDNAPPING, "abduction"), ("She wanted to die.", "suicide"), ("Blood pooled on the floor.", "blood"),
        ("He was sixteen. Derek kissed him hungrily until he was aroused.", "underage"), ("", "war")])]
    src = tmp_path / "passages.jsonl"
    src.write_text("\n".join(json.dumps(item) for item in items) + "\n", encoding="utf-8")
    monkeypatch.setattr(classify, "CHUNK", 3)  # several chunks and a short last one
    batches: list[int] = []
    batched = PassageClassifier.classify_many

    def record(self: PassageClassifier, pairs: list[tuple[str, str]]) -> list[PassageDecision]:
        batches.append(len(pairs))
        return batched(self, pairs)

    monkeypatch.setattr(PassageClassifier, "classify_many", record)
    assert main(["classify-passages", str(src), "--json"]) == 0
    assert batches == [3, 3, 1]  # the model features of each chunk are computed together
    monkeypatch.undo()
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    one_by_one = PassageClassifier()
    assert [line["id"] for line in lines] == [item["id"] for item in items]
    for line, item in zip(lines, items, strict=True):
        decision = one_by_one.classify(str(item["text"]), str(item["warning"]))
        assert (line["warning"], line["positive"], line["score"]) == (item["warning"], decision.positive,
                                                                      decision.score)


def test_classify_passages_answers_every_line_before_a_bad_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from ficlens.cli import classify, main

    good = [json.dumps({"id": n, "text": "He punched him.", "warning": "violence"}) for n in range(4)]
    src = tmp_path / "passages.jsonl"
    src.write_text("\n".join([*good, '{"id": 9, "text": "x", "warning": "not-a-label"}']) + "\n", encoding="utf-8")
    monkeypatch.setattr(classify, "CHUNK", 3)
    assert main(["classify-passages", str(src), "--json"]) == 2
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == [0, 1, 2, 3]


# Traps a tester met in real works: ordinary fan-fiction prose around one trap sentence each.
SWEARING_BLOODY = ("The common room was loud with the end of term. Harry dropped into the armchair by the fire. "
                   '"Bloody hell, Ron," he said, "you ate all the chocolate frogs again." Ron only grinned and '
                   "tossed him the last one. Hermione rolled her eyes over her book and went back to her essay.")
BLEEDING_MISTAKE = ("Sirius paced the kitchen of Grimmauld Place while the kettle whistled. \"It was a bleeding "
                    'mistake, Remus, and you know it." Remus poured the tea and said nothing for a while. Outside, '
                    "the rain kept on against the windows, and the old house creaked around them.")
DISSECTING = ("Kageyama lay awake long after practice, staring at the ceiling. He kept dissecting every moment of "
              "the conversation, every word Hinata had said on the walk home. Had he meant it? The clock ticked past "
              "two. In the morning he would pretend none of it had happened.")
NIGGLING = ("Tony had the suit half-built when a niggling doubt crept in. Something in the arc reactor readings "
            "niggled at him all afternoon. He called Pepper, who told him to eat something and sleep. He did "
            "neither, and by dawn he had found the fault in the wiring.")
JOKES = ('Dean pointed his fork across the table. "I\'ll kill you if you eat my pie, Sammy." Sam laughed and '
         'pulled the plate closer. Later Charlie read the group chat and snorted. "That exam totally raped me," '
         'she typed, "lol." Everyone sent back crying-laughing faces and went to get pizza.')
CHILD_ABDUCTION = ("Lily was six and holding her balloon outside the bakery when the van stopped beside her. A man "
                   "grabbed her by the arm and dragged her into the back, and the door slammed. Her mother came out "
                   "with the bread and screamed her name down the empty street. The police found the balloon caught "
                   "in a hedge two streets away. They did not find Lily for three days.")
CHILD_LURED = ("The boy was eight. The stranger at the fair took his hand and led him out past the carousel to a car, "
               "and locked the doors. His mother searched the field for hours, calling his name. The car was already "
               "gone.")
FORCED = ("Jon pushed her against the wall and pulled her skirt up. She said no and tried to push him away, but he "
          "forced himself inside her and did not stop until he was finished. Afterwards she cried in the shower.")
GANG_RAPE = ("The party had gone quiet by the time they found her in the back room. Three of them held her down on the "
             "mattress while she begged them to stop, and they took turns with her anyway. Nobody came. In the morning "
             "she walked home barefoot and did not say a word to her brother.")
PLAIN_RAPE = ("Mara had told him no. She said it twice, and then she screamed it, but he held her wrists down on "
              "the bed and raped her anyway. When he was done he left without a word. She lay still until the sun "
              "came up, and then she went to the bathroom and sat in the shower until the water ran cold.")


@pytest.mark.parametrize(("text", "label"), [
    (SWEARING_BLOODY, "blood"), (BLEEDING_MISTAKE, "blood"), (DISSECTING, "dissection"), (NIGGLING, "racism"),
    (JOKES, "violence"), (JOKES, "sexual-assault"),
])
def test_swearing_figures_of_speech_slur_letters_and_jokes_raise_no_warning(text: str, label: str) -> None:
    assert label not in {w.label for w in run(text).warnings}


def test_a_joke_never_raises_rape_non_con() -> None:
    assert "Rape/Non-Con" not in {a.label for a in run(JOKES).archive_warnings}


@pytest.mark.parametrize("text", [CHILD_ABDUCTION, CHILD_LURED])
def test_a_depicted_abduction_of_a_child_is_not_rated_general(text: str) -> None:
    report = run(text)
    assert {"abduction", "kidnapping"} & {w.label for w in report.warnings}
    assert report.rating.label != "G"


@pytest.mark.parametrize("text", [PLAIN_RAPE, FORCED, GANG_RAPE])
def test_a_depicted_rape_raises_sexual_assault_and_rape_non_con(text: str) -> None:
    report = run(text)
    assault = {w.label: w for w in report.warnings}.get("sexual-assault")
    assert assault is not None and assault.severity != "mentioned"
    assert "Rape/Non-Con" in {a.label for a in report.archive_warnings}
    assert report.rating.label in {"T", "M", "E"}
