"""docs/contract.md and docs/taxonomy.md are the project's copies of ../shared/docs/CONTRACT.md and TAXONOMY.md:
they must stay identical to them where ../shared is present (a clone without it skips this test)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_DOCS = ROOT.parent / "shared" / "docs"
COPIES = {"contract.md": "CONTRACT.md", "taxonomy.md": "TAXONOMY.md"}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_in_repo_copy_is_present(name: str) -> None:
    assert (ROOT / "docs" / name).read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_in_repo_copy_matches_shared(name: str) -> None:
    original = SHARED_DOCS / COPIES[name]
    if not original.is_file():
        pytest.skip(f"{original} is absent (no ../shared next to this checkout)")
    copy = ROOT / "docs" / name
    assert copy.read_bytes() == original.read_bytes(), (
        f"docs/{name} differs from {original}: copy it again (cp {original} docs/{name})")
