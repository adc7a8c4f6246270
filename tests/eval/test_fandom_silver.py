"""Fandom detection on the AO3 silver set: a fixed sample, novel slices, a clean skip without the set."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.nlp.spans import Entity, TextSpan
from script_loader import load_script

fandom_silver = load_script("scripts/fandom_silver.py")
silver = load_script("scripts/ao3_silver.py")


def work(id_: str, words: int) -> object:
    return silver.SilverWork(id=id_, path=f"AO3/{id_}.txt", commit="0" * 40, words=words, fandoms=["Naruto"])


def test_the_sample_is_fixed_by_the_seed_and_keeps_the_length_bounds() -> None:
    works = [work(f"w{i}", 500 * i) for i in range(40)]
    first = fandom_silver.sample(works, 5)
    assert [w.id for w in first] == [w.id for w in fandom_silver.sample(list(reversed(works)), 5)]
    assert all(fandom_silver.MIN_WORDS <= w.words <= fandom_silver.MAX_WORDS for w in first)
    assert [w.id for w in fandom_silver.sample(works, 5, seed="other")] != [w.id for w in first]


def test_a_slice_keeps_its_own_entities_shifted() -> None:
    text = "Anna met Bob.\n\nLater Carl came."
    doc = fandom_silver.CachedDoc(text, [TextSpan(0, 13), TextSpan(15, 31)],
                                  [Entity(0, 4, "PERSON", "Anna"), Entity(21, 25, "PERSON", "Carl")], [], [])
    part = fandom_silver.sliced(doc, 15, 100)
    assert part.text == "Later Carl came."
    assert part.entities == [Entity(6, 10, "PERSON", "Carl")]


def test_without_the_silver_set_it_skips_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert fandom_silver.main(["--silver", str(tmp_path / "absent"), "--cache", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
