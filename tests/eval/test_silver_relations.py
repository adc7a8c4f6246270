"""scripts/silver_relations.py: a fixed sample of the silver set, scored with the eval's matching."""

from __future__ import annotations

import json
from pathlib import Path

from script_loader import load_script

script = load_script("scripts/silver_relations.py")


def _silver(folder: Path, words: list[int]) -> Path:
    (folder / "texts").mkdir(parents=True)
    with (folder / "index.jsonl").open("w", encoding="utf-8") as handle:
        for i, n in enumerate(words):
            handle.write(json.dumps({"id": f"w{i}", "path": f"AO3/w{i}.txt", "commit": "c", "words": n}) + "\n")
            (folder / "texts" / f"w{i}.txt").write_text("Some text.\n", encoding="utf-8")
    return folder


def test_the_sample_keeps_the_word_range_and_a_fixed_order(tmp_path: Path) -> None:
    silver = _silver(tmp_path, [500, 2_000, 5_000, 11_000, 20_000, 3_000])
    ids = [w.id for w in script.sample(silver, 10)]
    assert sorted(ids) == ["w1", "w2", "w3", "w5"]
    assert [w.id for w in script.sample(silver, 10)] == ids
    assert [w.id for w in script.sample(silver, 2)] == ids[:2]


def test_found_and_extra_use_the_evals_matching() -> None:
    gold = ["Derek Hale/Stiles Stilinski", "Scott McCall & Stiles Stilinski"]
    predicted = [("Derek Hale/Stiles Stilinski", "romantic"), ("Scott McCall/Stiles Stilinski", "romantic")]
    assert script.score(gold, predicted) == (1, 1)


def test_it_skips_cleanly_without_the_silver_set(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    assert script.main(["--silver", str(tmp_path / "absent")]) == 0
    assert "nothing to do" in capsys.readouterr().out


def test_a_margin_tried_on_silver_is_set_only_inside_its_block() -> None:
    from ficlens.analyse import relations

    shipped = relations.LEARNED_ROMANCE_MARGIN
    with script._margin(float("inf")):
        inside = relations.LEARNED_ROMANCE_MARGIN
    after = relations.LEARNED_ROMANCE_MARGIN
    assert inside == float("inf")
    assert after == shipped
