"""The founding examples (examples/, plain text): their fandom and top characters in both profiles, their pairings
and mentioned characters in the full one (issue 4's checks, as behaviour)."""

from __future__ import annotations

import pytest

from ficlens.analyse import analyse_work
from ficlens.ingest import read
from ficlens.report import Report
from repo_paths import EXAMPLES

TOP = {"Stiles Stilinski", "Derek Hale", "Scott McCall"}


def report(name: str, profile: str) -> Report:
    work = next(iter(read(str(EXAMPLES / name))))
    return analyse_work(work, profile)  # type: ignore[arg-type]


@pytest.mark.parametrize("profile", ["fast", "full"])
@pytest.mark.parametrize("name", ["let-go.txt", "proposal.txt"])
def test_examples_fandom_top_characters_and_pairings(name: str, profile: str) -> None:
    r = report(name, profile)
    assert [f.name for f in r.fandoms] == ["Teen Wolf (TV)"]
    assert {c.name for c in r.characters[:3]} == TOP
    if profile == "fast":
        return  # --fast is triage: no pairings
    kinds = {rel.tag: rel.kind for rel in r.relationships}
    assert kinds.get("Derek Hale/Stiles Stilinski") == "romantic"
    assert kinds.get("Scott McCall & Stiles Stilinski") == "platonic"


def test_proposal_mentions_the_pack() -> None:
    names = {c.name for c in report("proposal.txt", "full").characters}
    assert {"Lydia Martin", "Vernon Boyd", "Jackson Whittemore", "Danny Māhealani", "Allison Argent",
            "Isaac Lahey"} <= names
