"""Library pages over a library of a few thousand works: the time one request of each kind takes.

    PYTHONPATH=src .venv/bin/python bench/bench_library_pages.py [--works 3000] [--repeat 5] [--src DIR]

Builds a throw-away library of ``--works`` synthetic works (``bench_web_load``'s: tags from a small pool, about 300
words each, no long work), starts ``ficlens serve`` on it (``--src``: another checkout's sources, to compare before
and after), then asks for the library page, a page half way through, an include and an exclude filter, the JSON
API's first and a far page and the OPDS feeds, each once to warm the caches, then ``--repeat`` times, one request
at a time over one keep-alive connection. Prints one JSON line: the median milliseconds per path. The machine is
shared and noisy: quote figures with the command and the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_web import free_port, wait_until_up
from bench_web_load import ROOT, build_library

PATHS = (  # MID: a page half way through the library
    "/",
    "/?page=MID",
    "/?include=Teen+Wolf+%28TV%29",
    "/?exclude=violence",
    "/api/works",
    "/api/works?page=MID&exclude=violence",
    "/opds/works",
    "/opds/works?sort=title&page=MID",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the ficlens sources to serve")
    args = parser.parse_args()

    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        t0 = time.perf_counter()
        build_library(db, args.works, 0)
        build_s = round(time.perf_counter() - t0, 1)
        mid = str(max(1, args.works // 100))  # a far page: half way through, still with works when filtered
        port = free_port()
        env = {**os.environ, "PYTHONPATH": str(args.src.resolve())}
        server = subprocess.Popen([sys.executable, "-m", "ficlens", "serve", "--library", str(db), "--port",
                                   str(port)], env=env, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        times: dict[str, float] = {}
        try:
            wait_until_up(base + "/")
            with httpx.Client(base_url=base, timeout=120) as client:
                for path in PATHS:
                    url = path.replace("MID", mid)
                    status = client.get(url).status_code
                    if status != 200:
                        raise SystemExit(f"{url}: status {status}")
                    spent = []
                    for _ in range(args.repeat):
                        start = time.perf_counter()
                        client.get(url)
                        spent.append((time.perf_counter() - start) * 1000)
                    times[url] = round(statistics.median(spent), 1)
        finally:
            server.terminate()
            server.wait(60)
    print(json.dumps({"bench": "library-pages", "src": str(args.src), "works": args.works, "repeat": args.repeat,
                      "build_s": build_s, "median_ms": times, "cpus": os.cpu_count()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
