"""The fan-fiction speaker-set evaluation script on a tiny inline scene (the set itself lives in eval/data)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from ficlens.analyse.dialogue import QuoteSpan
from ficlens.analyse.speakers import NARRATOR, Attribution
from script_loader import load_script

TEXT = ('Stiles Stilinski slammed the Jeep door.\n\n'
        '"You\'re late," said Derek Hale.\n\n'
        'His phone buzzed. *where r u* He ignored it.\n\n'
        '"I know," Stiles said. "Traffic."\n')


def load_eval() -> ModuleType:
    return load_script("eval/speakers_fanfic.py")


def quote(text: str, part: str, speaker: str) -> dict[str, object]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "speaker": speaker}


def scene_line(quotes: list[dict[str, object]]) -> str:
    return json.dumps({"id": "tiny", "fandom": "Teen Wolf (TV)", "text": TEXT, "quotes": quotes})


GOLD = [quote(TEXT, '"You\'re late,"', "Derek Hale"), quote(TEXT, '"I know,"', "Stiles Stilinski"),
        quote(TEXT, '"Traffic."', "Stiles Stilinski")]


def test_offsets_reader_checks_quote_marks(tmp_path: Path) -> None:
    ev = load_eval()
    path = tmp_path / "speakers-fanfic-dev.jsonl"
    path.write_text(scene_line(GOLD) + "\n\n", encoding="utf-8")
    (scene,) = ev.read_scenes(path)
    assert [TEXT[g.start:g.end] for g in scene.golds] == ['"You\'re late,"', '"I know,"', '"Traffic."']
    assert [g.speaker for g in scene.golds] == ["Derek Hale", "Stiles Stilinski", "Stiles Stilinski"]
    drifted = [{**GOLD[0], "start": int(GOLD[0]["start"]) + 1}]  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="not a quotation"):
        ev.parse_scene(scene_line(drifted))


def _att(start: int, end: int, cluster: int | None = 0) -> Attribution:
    return Attribution(QuoteSpan(start, end, 0, 0), cluster, 1.0, "explicit")


def test_quote_matching_needs_half_overlap() -> None:
    ev = load_eval()
    gold = ev.Gold(10, 20, "Derek", "Derek")
    near, far = _att(11, 20), _att(15, 40)
    assert ev.best_match(gold, [far, near]) is near
    assert ev.best_match(gold, [far]) is None  # overlap 5 / union 30
    assert ev.best_match(gold, []) is None


def test_speaker_matching_by_name_words() -> None:
    ev = load_eval()
    golds = {"Stiles": "Stiles", "Derek Hale": "Derek Hale", "I": "I"}
    stiles = ev.Gold(0, 1, "Stiles", "Stiles")
    assert ev.speaker_matches({"Stiles Stilinski", "Stiles"}, False, stiles, golds)
    assert not ev.speaker_matches({"Derek"}, False, stiles, golds)
    assert ev.speaker_matches(None, True, ev.Gold(0, 1, "I", "I"), golds)
    assert not ev.speaker_matches(None, True, stiles, golds)
    assert NARRATOR == -1  # the cluster id predicted_names reads as the narrator


def test_whole_scene_run() -> None:
    ev = load_eval()
    scene = ev.parse_scene(scene_line(GOLD))
    res = ev.evaluate_scene(scene, "fast")
    stats = res.stats
    assert stats["gold"] == 3 and stats["detected"] == 3
    assert stats["predicted"] == 3  # the texting in asterisks is no quote
    assert stats["correct"] == 3 and stats["aligned"] == 3  # "said Derek Hale", "Stiles said" and its sequel
    assert sum(res.rules.values()) == 3 and not res.errors
    assert "recall 1.000" in ev.report("tiny", stats)
