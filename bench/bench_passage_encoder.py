"""Speed of the passage encoder (ONNX int8) on real fan fiction, one onnxruntime thread, in words/s.

The passages are those ``analyze`` reads (paragraphs, long ones cut at sentences) of the dev split's real works
(data/works/sources.jsonl; texts from --texts), taken in order until --words words; they are scored once to warm up,
then --repeat times; the median wall time and the process's CPU time are printed. Without onnxruntime, tokenizers
or a model it says so and exits 1.

Run: PYTHONPATH=src ../venv-train/bin/python bench/bench_passage_encoder.py [--model PATH --tokenizer PATH]
     [--words 20000] [--threads 1] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from common import ROOT, machine_note

sys.path.insert(0, str(ROOT / "scripts"))
from train_passage_reader import work_passages  # noqa: E402


def dev_passages(texts: Path, words: int) -> list[str]:
    out: list[str] = []
    total = 0
    for line in (ROOT / "data" / "works" / "sources.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line) if line.strip() else {}
        path = texts / f"{d.get('id')}.txt"
        if d.get("split") != "dev" or not path.is_file():
            continue
        for p in work_passages(path.read_text(encoding="utf-8")):
            out.append(p)
            total += len(p.split())
            if total >= words:
                return out
    return out


def main() -> int:
    from ficlens.analyse.warnings.encoder import ENCODER_ARTIFACT, TOKENIZER_ARTIFACT, encoder_from_bytes

    models = ROOT / "src" / "ficlens"
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=models / ENCODER_ARTIFACT)
    parser.add_argument("--tokenizer", type=Path, default=models / TOKENIZER_ARTIFACT)
    parser.add_argument("--texts", type=Path, default=Path("/work/realfic-cache"))
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.model.is_file() or not args.tokenizer.is_file():
        print(f"bench_passage_encoder: no model at {args.model} or no tokenizer at {args.tokenizer}", file=sys.stderr)
        return 1
    try:
        encoder = encoder_from_bytes(args.model.read_bytes(), args.tokenizer.read_bytes(), args.threads)
    except ImportError as exc:
        print(f"bench_passage_encoder: {exc} (install the encoder extra)", file=sys.stderr)
        return 1
    passages = dev_passages(args.texts, args.words)
    words = sum(len(p.split()) for p in passages)
    encoder.score_many(passages[:64])
    walls, cpus = [], []
    for _ in range(args.repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        encoder.score_many(passages)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"{len(passages)} passages, {words} words, {args.threads} thread(s), {args.model.stat().st_size // 1024} KiB"
          f": {words / wall:,.0f} words/s wall ({wall:.2f} s), {words / cpu:,.0f} words per CPU-s")
    print(machine_note())
    return 0


if __name__ == "__main__":
    sys.exit(main())
