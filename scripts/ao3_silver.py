"""Build a silver set of AO3 works with their authors' tags: thousands of real works for training and tuning.

Run: .venv/bin/python scripts/ao3_silver.py MIRRORS [--out /work/ao3-silver] [--limit N]

The public repository ``dmmagdal/GPT-2_4N`` (mirrored as ``MIRRORS/dmmagdal+GPT-2_4N/repo``, the layout of
``scripts/fetch_realfic.py``) holds about 3,500 AO3 works in AO3's text export: a preface (rating, archive warnings,
category, fandoms, relationships, characters, additional tags, stats), the title and author, summary and notes, the
chapters (each with optional chapter summary and notes), an afterword. This script parses every preface and keeps
the work's body without the notes, so the authors' tags can serve as *silver* labels (authors under-tag and tag
generously; a silver label is not a careful reader's) for learning the work-level decisions on far more works than
the hand-labelled set holds.

Kept apart from every evaluation (``silver_paths`` enforces it, and ``tests/scripts/test_ao3_silver.py`` checks it):
- every work of ``data/works/sources.jsonl`` (the labelled dev and test works) and of ``data/names/sources.jsonl``;
- every path claimed in ``--claims`` files (works being labelled in parallel);
- the **reserve**: paths whose sha256 starts with ``c``-``f`` (a quarter of the repository), left for future
  hand-labelled evaluation works, which must be drawn from the reserve only;
- works whose preface carries the Underage archive warning (never used anywhere).

Output: ``OUT/index.jsonl`` (one row a work: ``id``, ``path``, ``commit``, ``words``, ``chapters``, ``rating``,
``archive_warnings``, ``category``, ``fandoms``, ``relationships``, ``characters``, ``additional_tags``) and
``OUT/texts/<id>.txt`` (the body). ``load_silver(OUT)`` reads them back.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPO = "dmmagdal/GPT-2_4N"
FOLDER = "AO3/"
RESERVE_PREFIXES = frozenset("cdef")
DEFAULT_OUT = Path("/work/ao3-silver")
LABELLED_SOURCES = (ROOT / "data" / "works" / "sources.jsonl", ROOT / "data" / "names" / "sources.jsonl")
DEFAULT_CLAIMS = (Path("/work/claims-realworks.txt"),)

FIELDS = {
    "Rating:": "rating",
    "Archive Warning:": "archive_warnings",
    "Archive Warnings:": "archive_warnings",
    "Category:": "category",
    "Categories:": "category",
    "Fandom:": "fandoms",
    "Fandoms:": "fandoms",
    "Relationship:": "relationships",
    "Relationships:": "relationships",
    "Character:": "characters",
    "Characters:": "characters",
    "Additional Tags:": "additional_tags",
    "Language:": "language",
    "Series:": "series",
    "Collections:": "collections",
    "Stats:": "stats",
}
LIST_FIELDS = ("archive_warnings", "category", "fandoms", "relationships", "characters", "additional_tags")
NOTE_HEADINGS = frozenset({"Summary", "Notes", "Chapter Summary", "Chapter Notes", "Chapter End Notes", "End Notes"})
WORDS = re.compile(r"Words:\s*([\d,]+)")
CHAPTERS = re.compile(r"Chapters:\s*(\d+)/")
SEE_NOTES = re.compile(r"See the end of the (?:chapter|work) for +(?:more +)?notes")
UNDERAGE = "Underage"


@dataclass
class SilverWork:
    """One AO3 work of the silver set: where it is, its authors' tags and (once read) its body."""

    id: str
    path: str
    commit: str
    words: int = 0
    chapters: int = 0
    rating: str = ""
    archive_warnings: list[str] = field(default_factory=list)
    category: list[str] = field(default_factory=list)
    fandoms: list[str] = field(default_factory=list)
    relationships: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    additional_tags: list[str] = field(default_factory=list)
    text: str = field(default="", repr=False)


def reserved(path: str) -> bool:
    """True for the quarter of the repository kept for future hand-labelled evaluation works."""
    return hashlib.sha256(path.encode()).hexdigest()[0] in RESERVE_PREFIXES


def labelled_paths(sources: Iterable[Path] = LABELLED_SOURCES, claims: Iterable[Path] = DEFAULT_CLAIMS) -> set[str]:
    """The repository's paths used by a labelled set or claimed by a labeller (line ranges stripped)."""
    paths: set[str] = set()
    for source in sources:
        if not source.exists():
            continue
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("repo") == REPO:
                    paths.add(row["path"].split("#", 1)[0])
    for claim in claims:
        if claim.exists():
            for line in claim.read_text(encoding="utf-8").splitlines():
                if line.startswith(REPO + ":"):
                    paths.add(line[len(REPO) + 1:].rsplit(" ", 1)[0].split("#", 1)[0])
    return paths


def silver_paths(all_paths: Iterable[str], excluded: set[str]) -> list[str]:
    """The paths the silver set may use: the repository's AO3 texts outside the labelled, claimed and reserve sets."""
    return sorted(
        p for p in all_paths
        if p.startswith(FOLDER) and p.endswith(".txt") and p not in excluded and not reserved(p)
    )


def parse_preface(lines: list[str]) -> tuple[dict[str, list[str]], int]:
    """The preface's fields (raw value lines by field) and the index of the line after the stats block."""
    values: dict[str, list[str]] = {}
    current: str | None = None
    end = 0
    for i, raw in enumerate(lines):
        line = raw.strip()
        if line in FIELDS:
            current = FIELDS[line]
            values.setdefault(current, [])
            continue
        if current is None:
            continue
        if current == "stats" and not line and values["stats"]:
            end = i
            break
        if line:
            values[current].append(line)
    return values, end


def body_text(lines: list[str], start: int) -> str:
    """The work's chapters from ``start`` on, without title, author line, summaries, notes and afterword."""
    out: list[str] = []
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i + 1 < len(lines) and lines[i + 1].startswith("by "):
        i += 2  # the title and the byline
    skipping = False
    for raw in lines[i:]:
        line = raw.rstrip()
        stripped = line.strip()
        if stripped == "Afterword":
            break
        if SEE_NOTES.fullmatch(stripped):
            continue
        if stripped in NOTE_HEADINGS:
            skipping = True
            continue
        if skipping:
            if stripped:
                continue
            skipping = False
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def parse_work(text: str, path: str, commit: str) -> SilverWork | None:
    """A work of the AO3 text export, or None when its preface cannot be read."""
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "Preface")
    except StopIteration:
        return None
    values, end = parse_preface(lines[start:])
    if not end or "fandoms" not in values:
        return None
    work = SilverWork(id=work_id(path), path=path, commit=commit)
    for name in LIST_FIELDS:
        setattr(work, name, [t.strip() for v in values.get(name, []) for t in v.split(", ") if t.strip()])
    work.rating = " ".join(values.get("rating", []))
    stats = " ".join(values.get("stats", []))
    words, chapters = WORDS.search(stats), CHAPTERS.search(stats)
    work.words = int(words.group(1).replace(",", "")) if words else 0
    work.chapters = int(chapters.group(1)) if chapters else 1  # a one-shot's stats name no chapters
    work.text = body_text(lines, start + end)
    return work


def work_id(path: str) -> str:
    """A stable id for a repository path: a slug of the file name and a short hash."""
    slug = re.sub(r"[^a-z0-9]+", "-", Path(path).stem.lower()).strip("-")[:40] or "work"
    return f"ao3s-{slug}-{hashlib.sha256(path.encode()).hexdigest()[:8]}"


def git(repo: Path, *args: str) -> bytes:
    """The output of one git command run on a bare mirror."""
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


def build(
    mirrors: Path, out: Path, limit: int | None = None, claims: Iterable[Path] = DEFAULT_CLAIMS
) -> list[SilverWork]:
    """Parse the repository's works into OUT (index.jsonl and texts/), return the works kept."""
    repo = mirrors / REPO.replace("/", "+") / "repo"
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    listed = git(repo, "ls-tree", "-r", "--name-only", commit, FOLDER).decode().splitlines()
    paths = silver_paths(listed, labelled_paths(claims=claims))
    if limit is not None:
        paths = paths[:limit]
    (out / "texts").mkdir(parents=True, exist_ok=True)
    kept: list[SilverWork] = []
    skipped = 0
    for path in paths:
        raw = git(repo, "show", f"{commit}:{path}").decode("utf-8", errors="replace")
        work = parse_work(raw, path, commit)
        if work is None or UNDERAGE in work.archive_warnings or len(work.text.split()) < 200:
            skipped += 1
            continue
        (out / "texts" / f"{work.id}.txt").write_text(work.text, encoding="utf-8")
        kept.append(work)
    with (out / "index.jsonl").open("w", encoding="utf-8") as handle:
        for work in kept:
            row = {k: v for k, v in asdict(work).items() if k != "text"}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(kept)} works kept, {skipped} skipped (no preface, Underage or under 200 words) -> {out}",
          file=sys.stderr)
    return kept


def seeded_order(work_id: str, seed: str) -> str:
    """A work's place in the fixed random order named by ``seed`` (the sha256 of seed and id): any prefix of works
    sorted by it is a random sample, and a larger sample holds every smaller one."""
    return hashlib.sha256(f"{seed}:{work_id}".encode()).hexdigest()


def seeded_sample(works: Iterable[SilverWork], n: int, seed: str,
                  keep: Callable[[SilverWork], bool] = lambda work: True) -> list[SilverWork]:
    """The first ``n`` works that ``keep`` accepts, in the order of :func:`seeded_order`."""
    return sorted((w for w in works if keep(w)), key=lambda w: seeded_order(w.id, seed))[:n]


def load_silver(out: Path = DEFAULT_OUT, with_text: bool = True) -> Iterator[SilverWork]:
    """The silver works written by :func:`build`, with their bodies when ``with_text``."""
    for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines():
        work = SilverWork(**json.loads(line))
        if with_text:
            work.text = (out / "texts" / f"{work.id}.txt").read_text(encoding="utf-8")
        yield work


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("mirrors", type=Path, help="folder of <owner>+<name>/repo mirrors")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--limit", type=int, default=None, help="parse only the first N eligible paths")
    parser.add_argument("--claims", type=Path, nargs="*", default=list(DEFAULT_CLAIMS))
    args = parser.parse_args(argv)
    repo = args.mirrors / REPO.replace("/", "+") / "repo"
    if not repo.exists():
        print(f"ao3_silver: {repo} not found (fetch {REPO} first); nothing to do", file=sys.stderr)
        return 0
    build(args.mirrors, args.out, args.limit, args.claims)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
