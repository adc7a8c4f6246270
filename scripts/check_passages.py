"""Validate a hand-written passage file (data/passages/*.jsonl) for the learned warnings reader.

Checks, per line: valid JSON with exactly the schema's fields, a label from TAXONOMY.md (the LABELS tuple of
ficlens.analyse.warnings.labels), positive/severity agreement (a severity for positives, null for negatives),
40-150 words, a unique id of the form <split>-<label>-<nnn>; across lines: no two passages sharing an 8-word
shingle, and none sharing one with the evaluation sets in eval/data (those must never leak into training data).
Prints counts per label, positive/negative and severity; exits 1 naming each problem.

    PYTHONPATH=src python scripts/check_passages.py data/passages/train.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ficlens.analyse.warnings.labels import LABELS  # noqa: E402

FIELDS = {"id", "label", "positive", "severity", "text", "kind", "fandom", "note"}
SEVERITIES = ("mentioned", "depicted", "graphic")
MIN_WORDS, MAX_WORDS = 40, 150
SHINGLE = 8
EVAL_SETS = ("eval/data/unlabelled-*.jsonl", "eval/data/severity-*.jsonl")
WORD = re.compile(r"[a-z0-9']+")


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    """The set of ``size``-word windows of ``text``, lowercased, punctuation dropped."""
    words = WORD.findall(text.lower().replace("\u2019", "'"))
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def check_record(record: object, where: str) -> list[str]:
    """The schema problems of one parsed line (empty when it is well-formed)."""
    if not isinstance(record, dict):
        return [f"{where}: not a JSON object"]
    problems = []
    if set(record) != FIELDS:
        problems.append(f"{where}: fields {sorted(set(record) ^ FIELDS)} missing or extra")
        return problems
    label, positive, severity = record["label"], record["positive"], record["severity"]
    if label not in LABELS:
        problems.append(f"{where}: unknown label {label!r}")
    if not isinstance(positive, bool):
        problems.append(f"{where}: positive must be true or false")
    elif positive and severity not in SEVERITIES:
        problems.append(f"{where}: a positive needs a severity in {SEVERITIES}, got {severity!r}")
    elif not positive and severity is not None:
        problems.append(f"{where}: a negative has severity null, got {severity!r}")
    if not re.fullmatch(rf"[a-z0-9]+-{re.escape(str(label))}-\d{{3}}", str(record["id"])):
        problems.append(f"{where}: id {record['id']!r} is not <split>-{label}-<nnn>")
    for field in ("text", "kind", "fandom", "note"):
        if not isinstance(record[field], str) or not record[field].strip():
            problems.append(f"{where}: {field} must be a non-empty string")
    if isinstance(record["text"], str):
        n = len(record["text"].split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            problems.append(f"{where}: {n} words, outside {MIN_WORDS}-{MAX_WORDS}")
    return problems


def eval_shingles(root: Path) -> set[tuple[str, ...]]:
    """Every 8-word shingle of the evaluation passage sets present under ``root``."""
    seen: set[tuple[str, ...]] = set()
    for pattern in EVAL_SETS:
        for path in sorted(root.glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    seen |= shingles(str(json.loads(line).get("text", "")))
    return seen


def check_file(path: Path, root: Path = ROOT) -> tuple[list[str], list[dict[str, object]]]:
    """All problems of the passage file at ``path`` and its well-formed records."""
    problems: list[str] = []
    records: list[dict[str, object]] = []
    ids: set[str] = set()
    owner: dict[tuple[str, ...], str] = {}
    held_out = eval_shingles(root)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: invalid JSON ({err.msg})")
            continue
        found = check_record(record, where)
        problems += found
        if found:
            continue
        rid = str(record["id"])
        if rid in ids:
            problems.append(f"{where}: duplicate id {rid}")
        ids.add(rid)
        grams = shingles(str(record["text"]))
        for gram in sorted(grams):
            if gram in owner and owner[gram] != rid:
                problems.append(f"{where}: {rid} shares {' '.join(gram)!r} with {owner[gram]}")
                break
        leaked = sorted(grams & held_out)
        if leaked:
            problems.append(f"{where}: {rid} shares {' '.join(leaked[0])!r} with an eval/data set")
        for gram in grams:
            owner.setdefault(gram, rid)
        records.append(record)
    return problems, records


def summary(records: list[dict[str, object]]) -> str:
    """One line per label: positives by severity, negatives, and the number of kinds used."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, set[str]] = defaultdict(set)
    for record in records:
        key = str(record["severity"]) if record["positive"] else "neg"
        table[str(record["label"])][key] += 1
        kinds[str(record["label"])].add(str(record["kind"]))
    lines = [f"{'label':22} {'pos':>4} {'ment':>5} {'dep':>4} {'graph':>5} {'neg':>4} {'kinds':>5}"]
    for label in LABELS:
        c = table.get(label, Counter())
        pos = c["mentioned"] + c["depicted"] + c["graphic"]
        lines.append(f"{label:22} {pos:4} {c['mentioned']:5} {c['depicted']:4} {c['graphic']:5} {c['neg']:4} "
                     f"{len(kinds[label]):5}")
    total_pos = sum(1 for r in records if r["positive"])
    lines.append(f"{'total':22} {total_pos:4} {'':5} {'':4} {'':5} {len(records) - total_pos:4}")
    return "\n".join(lines)


def lexicon_table(records: list[dict[str, object]]) -> str:
    """Per label: positives that carry none of the label's lexicon cues, negatives that carry one (the hard ones)."""
    from ficlens.analyse.warnings.cue_scan import lexicon_scan
    from ficlens.analyse.warnings.lexicon import normalize

    scan = lexicon_scan()
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        label = str(record["label"])
        hit = label in scan.present_cues(normalize(str(record["text"])))
        side = "pos" if record["positive"] else "neg"
        table[label][side] += 1
        table[label][side + ("-cue" if hit else "-nocue")] += 1
    lines = [f"{'label':22} {'pos':>4} {'no-cue':>6} {'neg':>4} {'cue':>4}"]
    for label in LABELS:
        c = table.get(label, Counter())
        lines.append(f"{label:22} {c['pos']:4} {c['pos-nocue']:6} {c['neg']:4} {c['neg-cue']:4}")
    total = Counter[str]()
    for c in table.values():
        total.update(c)
    lines.append(f"{'total':22} {total['pos']:4} {total['pos-nocue']:6} {total['neg']:4} {total['neg-cue']:4}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?", default=ROOT / "data/passages/train.jsonl")
    parser.add_argument("--min-per-side", type=int, default=0,
                        help="also require this many positives and negatives for every label")
    parser.add_argument("--lexicon", action="store_true",
                        help="also print, per label, positives with none of the lexicon's cues and negatives with one")
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(f"{args.path}: no such file", file=sys.stderr)
        return 1
    problems, records = check_file(args.path)
    if args.min_per_side:
        for label in LABELS:
            for side in (True, False):
                n = sum(1 for r in records if r["label"] == label and r["positive"] is side)
                if n < args.min_per_side:
                    name = "positives" if side else "negatives"
                    problems.append(f"{args.path.name}: {label} has {n} {name}, fewer than {args.min_per_side}")
    print(summary(records))
    if args.lexicon:
        print(lexicon_table(records))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(records)} passages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
