"""Build ``src/ficlens/knowledge/common_words.txt.gz``: English words that are common in ordinary prose, written in
lower case far more often than capitalised ("even", "will", "heavy", "thing", "near").

Source: the novel texts of ``../shared/data/pdnc`` (Project Dialogism Novel Corpus, public-domain novels). A word is
kept when its lower-case form occurs at least MIN_LOWER times and at least LOWER_SHARE of its occurrences are lower
case (so "will" and "rose" are kept; "Harry", "Elizabeth", "Jack" are not). The list is used to keep a fandom file's
character names that are common words from being name hints in texts of other fandoms.

    PYTHONPATH=src python scripts/build_common_words.py [PDNC_DIR]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PDNC = ROOT.parent / "shared" / "data" / "pdnc" / "data"
OUT = ROOT / "src" / "ficlens" / "knowledge" / "common_words.txt.gz"
MIN_LOWER = 5
LOWER_SHARE = 0.8
_WORD = re.compile(r"[A-Za-z]+")


def common_words(texts: list[str]) -> list[str]:
    """The words of ``texts`` whose lower-case form is frequent and the usual way they are written."""
    lower: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text in texts:
        for w in _WORD.findall(text):
            key = w.lower()
            total[key] += 1
            if w == key:
                lower[key] += 1
    return sorted(w for w, n in lower.items() if n >= MIN_LOWER and n >= LOWER_SHARE * total[w] and len(w) > 2)


def main(argv: list[str]) -> int:
    src = Path(argv[0]) if argv else DEFAULT_PDNC
    paths = sorted(src.glob("*/novel_text.txt"))
    if not paths:
        print(f"{src}: no */novel_text.txt files", file=sys.stderr)
        return 1
    words = common_words([p.read_text(encoding="utf-8", errors="replace") for p in paths])
    OUT.write_bytes(gzip.compress(("\n".join(words) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(words)} words from {len(paths)} novels")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
