"""Training the rating and archive warnings on the silver set: the sample puts the rare archive warnings first and is
otherwise a seeded-hash order, unusable works are left out, the thresholds are the least costly, and both scripts
exit cleanly without the silver set."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from script_loader import load_script

reports = load_script("scripts/silver_reports.py")
decisions = load_script("scripts/train_silver_decisions.py")
SilverWork = load_script("scripts/ao3_silver.py").SilverWork


def _work(wid: str, words: int = 5000, rating: str = "Mature", archive: tuple[str, ...] = ()) -> object:
    return SilverWork(id=wid, path=f"AO3/{wid}.txt", commit="0" * 40, words=words, rating=rating,
                      archive_warnings=list(archive) or ["No Archive Warnings Apply"])


def test_the_sample_puts_text_judged_archive_warnings_first_and_leaves_out_unusable_works() -> None:
    works = [_work(f"w{i}") for i in range(20)]
    works += [_work("death", archive=("Major Character Death",)),
              _work("short", words=200),
              _work("untagged", rating="Not Rated", archive=("Choose Not To Use Archive Warnings",))]
    chosen = [w.id for w in reports.sample(works, limit=10)]
    assert chosen[0] == "death" and len(chosen) == 10
    assert "short" not in chosen and "untagged" not in chosen
    assert chosen == [w.id for w in reports.sample(list(reversed(works)), limit=10)]


def test_the_threshold_is_the_least_costly_one() -> None:
    p = np.array([0.1, 0.2, 0.6, 0.8])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    t = decisions.best_threshold(p, y, np.ones(4), 2.0)
    assert 0.2 < t <= 0.6


def test_both_scripts_exit_cleanly_without_the_silver_set(tmp_path: Path) -> None:
    assert reports.main(["--silver", str(tmp_path / "none")]) == 0
    assert decisions.main(["--silver", str(tmp_path / "none"), "--dry-run"]) == 0
