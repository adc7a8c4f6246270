"""The AO3 silver set: prefaces parsed into authors' tags, bodies without notes, evaluation works kept out."""

from __future__ import annotations

import json
from pathlib import Path

from script_loader import load_script

silver = load_script("scripts/ao3_silver.py")

EXPORT = """


A Title - someone - Some Fandom
p.message{text-align:center}

Preface

A Title
    Posted originally on the Archive of Our Own at http://archiveofourown.org/works/1.


Rating:
Mature
Archive Warning:
Graphic Depictions Of Violence, Major Character Death
Category:
F/M, Gen
Fandom:
Miss Fisher's Murder Mysteries
Relationship:
Phryne Fisher/Jack Robinson
Character:
Phryne Fisher, Jack Robinson, Dorothy Williams
Additional Tags:
Angst, Hurt/Comfort
Stats:

        Published: 2015-12-01
          Chapters: 2/2
        Words: 12

A Title
by someone
Summary
A summary that is not the work.
Notes
An author's note that is not the work.

        See the end of the chapter for  notes

Chapter 1

Jack looked up from the file.
Chapter End Notes
A chapter's end note.

Chapter 2

Phryne laughed at the door.

Afterword
Please drop by the archive and comment.
"""


def test_a_preface_becomes_the_authors_tags() -> None:
    work = silver.parse_work(EXPORT, "AO3/A Title.txt", "0" * 40)
    assert work is not None
    assert work.rating == "Mature"
    assert work.archive_warnings == ["Graphic Depictions Of Violence", "Major Character Death"]
    assert work.fandoms == ["Miss Fisher's Murder Mysteries"]
    assert work.relationships == ["Phryne Fisher/Jack Robinson"]
    assert work.characters == ["Phryne Fisher", "Jack Robinson", "Dorothy Williams"]
    assert work.additional_tags == ["Angst", "Hurt/Comfort"]
    assert (work.words, work.chapters) == (12, 2)


def test_the_body_keeps_the_chapters_and_drops_notes_summary_and_afterword() -> None:
    text = silver.parse_work(EXPORT, "AO3/A Title.txt", "0" * 40).text
    assert "Jack looked up from the file." in text and "Phryne laughed at the door." in text
    outside_the_work = ("summary that is", "author's note", "end note", "drop by the", "See the end", "by someone")
    for outside in outside_the_work:
        assert outside not in text


def test_a_text_without_a_preface_is_not_a_silver_work() -> None:
    assert silver.parse_work("Just a story.\n", "AO3/x.txt", "0" * 40) is None


def test_labelled_claimed_and_reserved_paths_stay_out(tmp_path: Path) -> None:
    sources = tmp_path / "sources.jsonl"
    sources.write_text(json.dumps({"repo": silver.REPO, "path": "AO3/labelled.txt#L5-L9"}) + "\n")
    claims = tmp_path / "claims.txt"
    claims.write_text(f"{silver.REPO}:AO3/claimed work.txt someone\n")
    excluded = silver.labelled_paths([sources], [claims])
    assert excluded == {"AO3/labelled.txt", "AO3/claimed work.txt"}
    candidates = [f"AO3/w{i}.txt" for i in range(200)] + ["AO3/labelled.txt", "AO3/claimed work.txt", "README.md"]
    kept = silver.silver_paths(candidates, excluded)
    assert "AO3/labelled.txt" not in kept and "AO3/claimed work.txt" not in kept and "README.md" not in kept
    assert not any(silver.reserved(p) for p in kept)
    assert 100 < len(kept) < 200  # the reserve is about a quarter
