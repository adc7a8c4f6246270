"""Fandom detection: false positives on original fiction, true positives on fan works, synthetic passages.

Data (../shared, skipped cleanly when absent):
- LitBank (Bamman et al., CC BY 4.0): the 100 classic-novel excerpts ../shared/data/litbank/entities/brat/*.txt
  (~2,000 words each). None is fan fiction, so any fandom reported is a false positive. Also given per half
  (even / odd position in sorted order): half A was looked at while the decision was designed, half B is held out.
- The AO3-format sample works ../shared/data/ao3-format/* and the founding examples examples/*.txt. Expected
  fandom: the work's own fandom tag (read here only, the detector never sees it) when the KB knows that fandom,
  else none; the examples carry no tags and are Teen Wolf (TV) works.
- Fan-fiction scenes (in the repository): the hand-written scenes of eval/data/speakers-fanfic-{dev,test}.jsonl
  (their "fandom" field; "Original Work" expects none; a name the KB holds as an umbrella tag, or a KB fandom that
  starts with it, counts as that fandom: "Harry Potter" is "Harry Potter - J. K. Rowling") and the short scenes
  tests/fixtures/fandom/*.txt (Star Wars, Naruto, Merlin, Harry Potter, Teen Wolf, original). Tune on --split dev
  (the default); the test split is for reporting.
- Synthetic passages (no data needed beyond the KB): for every KB fandom with >= SYNTH_MIN_WORKS works, a short
  made-up passage (~150 words) that uses the first names (a reviewed file's first one-word alias, else the tag's
  first word) of its two (or three) most common KB characters four
  or five times each; it should be detected as that fandom. Circular by design (names from the KB): it checks that the
  decision is not so strict that a fic using only first names of the main characters is missed.

- Novel-length original fiction (``--novels``): the PDNC training novels ../shared/data/pdnc/data/*/novel_text.txt
  (the 18 that eval/speakers_pdnc.py does not hold out; never its HELD_OUT five), each read whole and in slices of
  NOVEL_SLICE characters. None is fan fiction, so any fandom reported is a false positive; a longer text offers
  more names and words to match by chance, which the 2,000-word LitBank excerpts do not test.

Metrics: LitBank texts given any fandom (all / half A / half B); sample works right / wrong fandom / missed;
synthetic passages right / sibling / wrong / missed, where "sibling" is a different fandom whose KB characters
include every name of the passage (MCU for an Iron Man passage, Game of Thrones for A Song of Ice and Fire): names
alone cannot tell such fandoms apart.

Run: .venv/bin/python eval/fandom_detection.py [--fast] [--shared DIR] [--split dev|test] [--no-synthetic] [--novels]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
SCENES = ROOT / "eval" / "data" / "speakers-fanfic-{split}.jsonl"
FIXTURES = ROOT / "tests" / "fixtures" / "fandom"
FIXTURE_FANDOMS = {"star-wars.txt": "Star Wars - All Media Types", "naruto.txt": "Naruto", "merlin.txt": "Merlin (TV)",
                   "harry-potter.txt": "Harry Potter - J. K. Rowling", "teen-wolf.txt": "Teen Wolf (TV)",
                   "original.txt": None}
EXAMPLES = {"let-go.txt": "Teen Wolf (TV)", "proposal.txt": "Teen Wolf (TV)"}
NOVEL_SLICE = 200_000  # characters
SYNTH_MIN_WORKS = 150
SYNTH_TEMPLATE = (
    "{a} pushed the door open and looked back over one shoulder. \"Are you coming or not?\"\n\n"
    "{b} sighed, grabbed the keys from the table and followed {a} down the narrow hall. The rain had not stopped "
    "since morning, and the windows rattled in their frames.\n\n"
    "\"You said five minutes,\" {b} said. \"That was an hour ago.\"\n\n"
    "\"I lost track of time.\" {a} shrugged. {extra}\n\n"
    "Later, when the kettle finally boiled, {b} poured two cups and slid one across the counter to {a}.{tail}\n\n"
    "\"Tomorrow,\" {a} said quietly, \"we do it properly.\" {b} nodded, and for once {a} believed it."
)


@dataclass(slots=True)
class Case:
    name: str
    expected: str | None
    got: list[str]
    names: tuple[str, ...] = ()  # synthetic passages: the first names used

    @property
    def outcome(self) -> str:
        if not self.got:
            return "missed" if self.expected else "right (none)"
        if self.got[0] == self.expected:
            return "right"
        return "sibling" if self.names and knows_all(self.got[0], self.names) else "wrong"


def knows_all(fandom: str, names: tuple[str, ...]) -> bool:
    """Whether every name is a form of some KB character of ``fandom`` (a sibling fandom: same main cast)."""
    from ficlens.knowledge import load_kb

    return all(load_kb().lookup(n, {fandom}) for n in names)


def detected(text_or_work: object, profile: str) -> list[str]:
    """The fandoms the analyser reports for a work (or a plain text), by name."""
    from ficlens.analyse.cast import cast_of
    from ficlens.nlp import build_document
    from ficlens.work import Work

    work = text_or_work if isinstance(text_or_work, Work) else Work(text=str(text_or_work), source="-",
                                                                     format="text")
    return [name for name, _ in cast_of(build_document(work, profile)).fandoms]  # type: ignore[arg-type]


def litbank(shared: Path, profile: str) -> None:
    files = sorted((shared / "data" / "litbank" / "entities" / "brat").glob("*.txt"))
    if not files:
        print("LitBank: not found, skipped")
        return
    flagged: dict[str, list[str]] = {}
    for path in files:
        got = detected(path.read_text(encoding="utf-8"), profile)
        if got:
            flagged[path.name] = got
    halves = {"A (designed on)": files[0::2], "B (held out)": files[1::2]}
    print(f"LitBank original fiction, texts given a fandom (false positives), {profile} mode:")
    print(f"  all: {len(flagged)}/{len(files)}  " + "  ".join(
        f"half {h}: {sum(p.name in flagged for p in fs)}/{len(fs)}" for h, fs in halves.items()))
    for name, got in flagged.items():
        print(f"    {name}: {', '.join(got)}")


def novels(shared: Path, profile: str) -> None:
    """The PDNC training novels whole and in NOVEL_SLICE slices: texts given a fandom (all false positives)."""
    sys.path.insert(0, str(ROOT / "eval"))
    from speakers_pdnc import HELD_OUT

    folders = sorted(p for p in (shared / "data" / "pdnc" / "data").glob("*")
                     if (p / "novel_text.txt").is_file() and p.name not in HELD_OUT)
    if not folders:
        print("PDNC novels: not found, skipped")
        return
    flagged: list[str] = []
    whole = slices = 0
    for folder in folders:
        text = (folder / "novel_text.txt").read_text(encoding="utf-8")
        pieces = [("whole", text)] + [(f"{at // 1000}k", text[at:at + NOVEL_SLICE])
                                      for at in range(0, len(text), NOVEL_SLICE)]
        for where, piece in pieces:
            got = detected(piece, profile)
            whole, slices = (whole + 1, slices) if where == "whole" else (whole, slices + 1)
            if got:
                flagged.append(f"{folder.name} ({where}): {', '.join(got)}")
    n_whole = sum(f.split(" (")[1].startswith("whole") for f in flagged)
    print(f"PDNC training novels, texts given a fandom (false positives), {profile} mode:")
    print(f"  whole novels: {n_whole}/{whole}  {NOVEL_SLICE // 1000}k-character slices: "
          f"{len(flagged) - n_whole}/{slices}")
    for line in flagged:
        print(f"    {line}")


def sample_works(shared: Path, profile: str) -> list[Case]:
    from ficlens.ingest import read
    from ficlens.knowledge import load_kb

    kb = load_kb()
    cases: list[Case] = []
    paths = sorted((shared / "data" / "ao3-format").glob("*")) + sorted((ROOT / "examples").glob("*.txt"))
    for path in paths:
        for work in read(path):
            tags = work.author_tags.fandoms if work.author_tags else []
            expected = EXAMPLES.get(path.name) or next((t for t in tags if t in kb.fandoms), None)
            cases.append(Case(path.name, expected, detected(work, profile)))
    return cases


def kb_fandom(name: str | None) -> str | None:
    """The KB fandom a scene's fandom field means (None for "Original Work" or a fandom the KB lacks)."""
    from ficlens.knowledge import load_kb

    kb = load_kb()
    if not name or name == "Original Work":
        return None
    return kb.canonical_fandom(name) or next((f for f in sorted(kb.fandoms) if f.startswith(name + " ")), None)


def fanfic_scenes(split: str, profile: str) -> list[Case]:
    """The speakers-fanfic scenes of ``split`` and the fixture scenes."""
    sys.path.insert(0, str(ROOT / "eval"))
    from speakers_fanfic import read_scenes

    cases: list[Case] = []
    path = Path(str(SCENES).format(split=split))
    if path.is_file():
        cases += [Case(scene.id, kb_fandom(scene.fandom), detected(scene.text, profile)) for scene in read_scenes(path)]
    for name, fandom in FIXTURE_FANDOMS.items():
        if (FIXTURES / name).is_file():
            cases.append(Case(f"fixture {name}", fandom, detected((FIXTURES / name).read_text(encoding="utf-8"),
                                                                  profile)))
    return cases


def synthetic(profile: str) -> list[Case]:
    from ficlens.knowledge import load_kb

    kb = load_kb()
    cases: list[Case] = []
    for fandom, entry in sorted(kb.fandoms.items()):
        if entry.works < SYNTH_MIN_WORKS:
            continue
        firsts: list[str] = []
        for char in sorted(entry.characters.values(), key=lambda c: -c.works):
            singles = [a for a in char.aliases if " " not in a]  # a file's first alias: "Jungkook", not "Jeon"
            first = singles[0] if singles else char.name.split(" | ")[0].split()[0]
            if first.isalpha() and first not in firsts:
                firsts.append(first)
        if len(firsts) < 2:
            continue
        for n in (2, 3) if len(firsts) >= 3 else (2,):
            names = firsts[:n]
            extra = f"\"Ask {names[2]}, then.\"" if n == 3 else "\"It happens.\""
            tail = f" {names[2]} came in at last, soaked, and laughed at both of them." if n == 3 else ""
            text = SYNTH_TEMPLATE.format(a=names[0], b=names[1], extra=extra, tail=tail)
            cases.append(Case(f"{fandom} [{', '.join(names)}]", fandom, detected(text, profile), tuple(names)))
    return cases


def summarise(title: str, cases: list[Case], verbose: bool) -> None:
    counts: dict[str, int] = {}
    for c in cases:
        counts[c.outcome] = counts.get(c.outcome, 0) + 1
    print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f" (of {len(cases)})")
    for c in cases:
        if verbose or c.outcome in ("wrong", "missed"):
            print(f"    {c.outcome:13} {c.name}: expected {c.expected or 'none'}, got {', '.join(c.got) or 'none'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fast", action="store_true", help="the --fast profile (no spaCy)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--split", choices=("dev", "test"), default="dev", help="the fan-fiction scenes' split")
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--novels", action="store_true",
                    help="also the PDNC training novels, whole and in slices (slow: minutes)")
    args = ap.parse_args(argv)
    profile = "fast" if args.fast else "full"
    if args.shared.is_dir():
        litbank(args.shared, profile)
        if args.novels:
            novels(args.shared, profile)
        summarise(f"Sample works and examples ({profile})", sample_works(args.shared, profile), verbose=True)
    else:
        print(f"{args.shared} not found: LitBank and sample works skipped")
    summarise(f"Fan-fiction scenes, {args.split} split, and fixtures ({profile})", fanfic_scenes(args.split, profile),
              verbose=True)
    if not args.no_synthetic:
        summarise(f"Synthetic first-name passages ({profile})", synthetic(profile), verbose=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
