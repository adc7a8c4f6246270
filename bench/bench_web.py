"""Reader throughput: requests per second for one ~10k-word work with warned passages, served by ``ficlens serve``.

    .venv/bin/python bench/bench_web.py [--words 10000] [--seconds 10] [--connections 16] [--tool auto|wrk|httpx]

Builds a throw-away library with one synthetic work (5 chapters, a warned passage every 6 paragraphs), starts
``ficlens serve`` in a subprocess on a free loopback port, warms the page cache, then loads ``/work/1`` with Debian's
``wrk`` when it is installed (else a small asyncio + httpx client, which itself eats CPU on a small machine and so
under-reports). Prints one JSON line. The figure is noisy on a shared machine: say so when you quote it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RPS = 200


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_library(path: Path, words: int) -> int:
    from ficlens.library import Library
    from ficlens.library.samples import long_work

    with Library(path) as lib:
        work, report = long_work(words)
        lib.add(work, report, "full")
        return work.words


def wait_until_up(url: str, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not come up")
        time.sleep(0.2)


def run_wrk(url: str, seconds: int, connections: int) -> dict[str, float]:
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    return {"rps": rps, "errors": float(errors.group(1)) if errors else 0.0,
            "p50_ms": _ms(p50), "p99_ms": _ms(p99)}


def _ms(match: re.Match[str] | None) -> float:
    if match is None:
        return float("nan")
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]
    return round(float(match.group(1)) * scale, 2)


async def _httpx_load(url: str, seconds: int, connections: int) -> dict[str, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            resp = await client.get(url)
            latencies.append(time.perf_counter() - t0)
            if resp.status_code != 200:
                errors += 1

    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(connections)))
        elapsed = time.perf_counter() - t0
    latencies.sort()
    return {"rps": round(len(latencies) / elapsed, 1), "errors": float(errors),
            "p50_ms": round(latencies[len(latencies) // 2] * 1000, 2),
            "p99_ms": round(latencies[int(len(latencies) * 0.99)] * 1000, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--tool", choices=["auto", "wrk", "httpx"], default="auto")
    args = parser.parse_args()
    tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "httpx")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        words = build_library(db, args.words)
        port = free_port()
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        server = subprocess.Popen([sys.executable, "-m", "ficlens", "serve", "--library", str(db),
                                   "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/work/1"
        try:
            wait_until_up(url)
            import httpx

            t0 = time.perf_counter()
            page_bytes = len(httpx.get(url).content)  # the first request renders the page
            first_ms = round((time.perf_counter() - t0) * 1000, 1)
            for _ in range(20):  # warm the page cache and the connection pool
                httpx.get(url)
            if tool == "wrk":
                stats = run_wrk(url, args.seconds, args.connections)
            else:
                stats = asyncio.run(_httpx_load(url, args.seconds, args.connections))
        finally:
            server.terminate()
            server.wait(10)
    result = {"bench": "web-reader", "tool": tool, "words": words, "page_bytes": page_bytes,
              "first_request_ms": first_ms, "connections": args.connections, "seconds": args.seconds, **stats,
              "target_rps": TARGET_RPS, "meets_target": stats["rps"] >= TARGET_RPS, "cpus": os.cpu_count()}
    print(json.dumps(result))
    return 0 if result["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
