"""``ficlens batch --engine ray`` on a local Ray instance (slow: Ray's start-up takes several seconds)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ficlens.batch import run_batch
from repo_paths import FIXTURES

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

BATCH = FIXTURES / "batch"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


def test_ray_engine_reads_jsonl_itself_and_resumes(tmp_path: Path, local_ray: None) -> None:
    out = tmp_path / "out.jsonl"
    # one actor: with num_cpus=2, the other CPU slot is left for Ray Data's read task
    summary = run_batch(BATCH / "works.jsonl", out, engine="ray", workers=1, profile="fast", progress=False)
    records = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert len(records) == 5 and (summary.analysed, summary.failed) == (3, 2)
    assert records["w2"]["report"]["title"] == "Library" and records["w2"]["report"]["mode"] == "fast"
    assert not records["w3"]["ok"]
    again = run_batch(BATCH / "works.jsonl", out, engine="ray", workers=1, profile="fast", progress=False)
    assert (again.analysed, again.failed) == (0, 0)
    assert len(out.read_text().splitlines()) == 5


def test_ray_engine_on_a_folder_matches_the_local_engine(tmp_path: Path, local_ray: None) -> None:
    lib = tmp_path / "library"
    shutil.copytree(BATCH / "library", lib)
    run_batch(lib, tmp_path / "ray.jsonl", engine="ray", workers=1, profile="full", progress=False)
    run_batch(lib, tmp_path / "local.jsonl", engine="local", workers=1, profile="full", progress=False)

    def reports(path: Path) -> dict[str, object]:
        return {r["id"]: r["report"] for r in map(json.loads, path.read_text().splitlines())}

    assert reports(tmp_path / "ray.jsonl") == reports(tmp_path / "local.jsonl")
    assert len(reports(tmp_path / "ray.jsonl")) == 3


def test_ray_engine_makes_repeated_jsonl_ids_unique_as_the_local_engine_does(tmp_path: Path, local_ray: None) -> None:
    corpus = tmp_path / "shards"  # three shards, so Ray reads them as several blocks
    corpus.mkdir()
    texts = ["Anna ran home.", "Ben ran to the sea.", "Cleo sang.", "Dev slept.", "Eve woke.", "Finn left."]
    ids = ["x", "x", "y", "x", "y", "x"]
    for n in range(3):
        (corpus / f"part-{n}.jsonl").write_text("".join(json.dumps({"id": ids[k], "text": texts[k]}) + "\n"
                                                        for k in (2 * n, 2 * n + 1)), encoding="utf-8")
    run_batch(corpus, tmp_path / "ray.jsonl", engine="ray", workers=1, profile="fast", progress=False)
    run_batch(corpus, tmp_path / "local.jsonl", engine="local", workers=1, profile="fast", progress=False)

    def ids(path: Path) -> dict[str, str]:
        return {r["id"]: r["hash"] for r in map(json.loads, path.read_text().splitlines())}

    assert ids(tmp_path / "ray.jsonl") == ids(tmp_path / "local.jsonl")
    assert sorted(ids(tmp_path / "ray.jsonl")) == ["x", "x#2", "x#3", "x#4", "y", "y#2"]
    again = run_batch(corpus, tmp_path / "ray.jsonl", engine="ray", workers=1, profile="fast", progress=False)
    assert (again.analysed, again.failed) == (0, 0)
