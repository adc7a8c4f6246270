"""Where the tests find the repository: its root, src/, the test fixtures, the examples and ../shared (which may be
absent: tests that need it skip)."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SRC = ROOT / "src"
FIXTURES = TESTS / "fixtures"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
