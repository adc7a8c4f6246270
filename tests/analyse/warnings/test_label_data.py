"""The hand-written warnings data: one module of constants per label, the label table, and what reads them (the
compiled lexicons, the lexicon features of the shipped models, archive warnings, rating and freeform tags)."""

from __future__ import annotations

import inspect
import pkgutil

import pytest

from ficlens.analyse.warnings import labels
from ficlens.analyse.warnings.archive import rule_archive_warnings, rule_rating
from ficlens.analyse.warnings.freeforms import freeforms
from ficlens.analyse.warnings.labels import LABELS, TABLE, TRAINED_LABELS
from ficlens.analyse.warnings.labels.schema import OtherSense
from ficlens.analyse.warnings.lexicon import LEXICONS, label_data
from ficlens.analyse.warnings.model import ARTIFACT, LEXICON_FEATURES, ML_ARTIFACT, load_model
from ficlens.nlp import build_document
from ficlens.nlp.document import Document
from ficlens.report import Severity, Span, Warning
from ficlens.work import Work

# The order of the lexicon features (a score and a cue count per label) that the shipped models were trained with.
TRAINED_FEATURE_ORDER = (
    "pornographic-content", "violence", "death", "sexual-assault", "abuse", "blood", "suicide", "pregnancy",
    "child-abuse", "incest", "underage", "homophobia", "self-harm", "dying", "kidnapping", "mental-illness",
    "dissection", "eating-disorders", "abduction", "body-hatred", "childbirth", "racism", "sexism", "miscarriages",
    "transphobia", "abortion", "fat-phobia", "animal-death", "ableism", "classism", "misogyny", "animal-cruelty",
    "war",
)
NOT_LABELS = {"fragments", "schema", "table"}


def test_lexicon_features_keep_the_order_the_shipped_models_were_trained_with() -> None:
    assert LABELS == TRAINED_FEATURE_ORDER
    assert len(TRAINED_FEATURE_ORDER) * 2 == LEXICON_FEATURES
    for artifact in (ARTIFACT, ML_ARTIFACT):
        model = load_model(artifact)
        assert model is not None, artifact
        used = {k for weights in model.labels.values() for k in weights.coef}
        assert max(used) < model.text_dim + LEXICON_FEATURES, artifact  # no feature past the lexicon's
        assert max(used) >= model.text_dim, artifact  # the lexicon features are read


def test_trained_labels_are_the_table_rows_with_a_model() -> None:
    assert TRAINED_LABELS == ("abduction", "ableism", "death", "homophobia", "misogyny", "racism", "violence", "war")
    assert set(TRAINED_LABELS) == set(load_model().labels)  # type: ignore[union-attr]


def test_every_label_has_one_module_and_every_module_a_label() -> None:
    modules = {m.name for m in pkgutil.iter_modules(labels.__path__)} - NOT_LABELS
    assert modules == {label.replace("-", "_") for label in LABELS}


@pytest.mark.parametrize("label", LABELS)
def test_a_label_module_holds_constants_only(label: str) -> None:
    data = label_data(label)
    own = {name: value for name, value in vars(data).items()
           if not name.startswith("__") and getattr(value, "__module__", data.__name__) == data.__name__}
    assert not [name for name, value in own.items() if inspect.isfunction(value) or inspect.isclass(value)]
    assert all(name.lstrip("_").isupper() for name in own), sorted(own)  # constants, by name
    assert isinstance(data.CUES, dict) and data.CUES
    assert all(isinstance(p, str) and 0.0 < w <= 1.0 for p, w in data.CUES.items())
    assert all(isinstance(p, str) for name in ("GRAPHIC", "FIGURATIVE") for p in getattr(data, name, []))
    assert all(isinstance(s, OtherSense) for s in getattr(data, "SENSES", ()))
    assert all(getattr(data, name, False) is True or not hasattr(data, name) for name in ("INTENT_COUNTS", "HABITUAL"))


@pytest.mark.parametrize("label", LABELS)
def test_a_label_module_compiles_to_its_lexicon_in_order(label: str) -> None:
    data, lexicon = label_data(label), LEXICONS[label]
    assert [(c.pattern.pattern, c.weight) for c in lexicon.cues] == [(r"\b(?:" + p + r")\b", w)
                                                                    for p, w in data.CUES.items()]
    figurative = getattr(data, "FIGURATIVE", [])
    assert (lexicon.figurative.pattern if lexicon.figurative else None) == (
        r"\b(?:" + "|".join(figurative) + r")\b" if figurative else None)
    assert [s.factor for s in lexicon.senses] == [s.factor for s in getattr(data, "SENSES", ())]
    assert lexicon.intent_counts == getattr(data, "INTENT_COUNTS", False)
    assert lexicon.habitual == getattr(data, "HABITUAL", False)


def test_abortion_reads_pregnancy_signs_at_a_fraction_of_their_weight() -> None:
    pregnancy, abortion = label_data("pregnancy"), label_data("abortion")
    for pattern, weight in pregnancy.SIGNS.items():
        assert abortion.CUES[pattern] == round(weight * 0.4, 3) < weight


@pytest.fixture(scope="module")
def doc() -> Document:
    return build_document(Work(text="Nothing happens here at all.", source="t.txt", format="text"), "fast")


def _warning(label: str, severity: Severity, score: float, start: int = 0) -> Warning:
    return Warning(label=label, severity=severity, score=score,
                   evidence=[Span(start=start, end=start + 1, text="x", score=score)])


@pytest.mark.parametrize(("label", "severity", "score", "expected"), [
    ("pornographic-content", "depicted", 0.7, "E"),
    ("underage", "mentioned", 0.5, "M"),  # any underage warning
    ("suicide", "depicted", 0.6, "M"),  # a heavy theme on the page
    ("suicide", "depicted", 0.59, "T"),
    ("suicide", "mentioned", 0.9, "T"),
    ("sexual-assault", "mentioned", 0.9, "G"),  # heavy, but no T of its own
    ("sexual-assault", "depicted", 0.45, "T"),  # on the page, below M's score: still no General
    ("child-abuse", "depicted", 0.4, "T"),
    ("pregnancy", "graphic", 0.7, "M"),  # anything graphic
    ("war", "depicted", 0.5, "T"),
    ("pregnancy", "depicted", 0.9, "G"),
])
def test_rating_reads_the_label_table(doc: Document, label: str, severity: Severity, score: float,
                                      expected: str) -> None:
    assert rule_rating(doc, [_warning(label, severity, score)]).label == expected


def test_graphic_violence_takes_violence_before_a_death_on_a_tie(doc: Document) -> None:
    tied = [_warning("death", "graphic", 0.9, start=1), _warning("blood", "graphic", 0.9, start=2)]
    (graphic,) = [a for a in rule_archive_warnings(doc, tied, {}, []) if a.label == "Graphic Depictions Of Violence"]
    assert graphic.evidence[0].start == 2


def test_archive_warnings_come_from_the_labels_the_table_maps_to_them(doc: Document) -> None:
    found = [_warning("sexual-assault", "depicted", 0.8), _warning("violence", "depicted", 0.9)]
    assert [a.label for a in rule_archive_warnings(doc, found, {}, [])] == ["Rape/Non-Con"]
    mentioned = [_warning("sexual-assault", "mentioned", 0.8), _warning("war", "graphic", 0.7)]
    assert [a.label for a in rule_archive_warnings(doc, mentioned, {}, [])] == ["Graphic Depictions Of Violence"]


def test_freeform_tags_read_the_label_table(doc: Document) -> None:
    found = [_warning("death", "mentioned", 0.8), _warning("violence", "graphic", 0.7),
             _warning("abuse", "depicted", 0.6)]
    tags = [f.tag for f in freeforms(doc, found, {})]
    assert tags == ["Past Character Death", "Graphic Violence", "Abuse"]
    assert {row.freeform for row in TABLE} >= {"Character Death", "Violence"}
