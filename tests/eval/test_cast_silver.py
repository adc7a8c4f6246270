"""The character lists measured on the AO3 silver set (eval/cast_silver.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from script_loader import load_script

cast_silver = load_script("eval/cast_silver.py")
silver = load_script("scripts/ao3_silver.py")


def _work(work_id: str, words: int, characters: list[str], fandoms: list[str] | None = None) -> object:
    return silver.SilverWork(id=work_id, path=f"AO3/{work_id}.txt", commit="0" * 40, words=words,
                             characters=characters, fandoms=fandoms or ["Teen Wolf (TV)"])


def test_the_sample_keeps_works_of_the_word_range_with_a_character_tag_in_a_fixed_order_that_grows() -> None:
    works = [_work(f"w{i}", 500 + 1000 * (i % 12), ["Stiles Stilinski"] if i % 5 else []) for i in range(60)]
    small = cast_silver.sample(works, 5, 1000, 10000)
    large = cast_silver.sample(works, 20, 1000, 10000)
    assert all(1000 <= w.words <= 10000 and w.characters for w in large)
    assert [w.id for w in large[:5]] == [w.id for w in small]
    assert [w.id for w in cast_silver.sample(list(reversed(works)), 5, 1000, 10000)] == [w.id for w in small]


def test_works_are_grouped_for_folds_by_their_first_fandom() -> None:
    a = _work("a", 2000, ["Derek Hale"], ["Teen Wolf (TV)", "Supernatural"])
    b = _work("b", 2000, ["Stiles Stilinski"], ["Teen Wolf (TV)"])
    c = _work("c", 2000, ["Dean Winchester"], ["Supernatural"])
    assert cast_silver.group(a) == cast_silver.group(b) != cast_silver.group(c)


def test_misses_name_the_top_names_no_tag_matches_and_the_first_tags_not_listed() -> None:
    gold = ["Harry Potter", "Draco Malfoy", "Hermione Granger", "Ron Weasley"]
    listed = ["Harry", "Hogwarts", "Hermione Granger", "Neville Longbottom"]
    out = cast_silver.misses("w", gold, listed)
    assert "  w: top 'Hogwarts'" in out and "  w: top 'Neville Longbottom'" in out
    assert "  w: main 'Draco Malfoy' not listed" in out
    assert not any("Harry" in line or "Hermione" in line or "Ron" in line for line in out)


def test_without_the_silver_set_the_script_does_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cast_silver.main(["--silver", str(tmp_path / "none"), "--cache", str(tmp_path / "cache")]) == 0
    assert "no silver set" in capsys.readouterr().out


def test_the_bar_chosen_is_the_most_precise_that_finds_as_many_main_characters_as_the_lowest() -> None:
    def tally(right: int, top: int, found: int) -> object:
        return cast_silver.njf.Tally(top_right=right, top=top, main_found=found, main=10)

    tallies = {2: tally(50, 100, 9), 3: tally(50, 95, 9), 4: tally(50, 90, 8)}
    assert cast_silver.chosen_bar(tallies) == 3
    assert cast_silver.chosen_bar({2: tally(50, 100, 9), 3: tally(50, 100, 9)}) == 2
