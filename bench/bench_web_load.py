"""The web server under load and under slow searches: bounded, loopback only, stops by itself.

    .venv/bin/python bench/bench_web_load.py [--works 200] [--connections 64] [--seconds 10] [--path /]
                                             [--long-mb 3] [--max-requests 20000] [--src DIR]

Builds a throw-away library of ``--works`` synthetic works (tags drawn from a small pool, so the facets and tag
blocks are realistic), plus one long work of ``--long-mb`` MB of ordinary prose, starts ``ficlens serve`` on a free
loopback port, then:

1. times one search for a very common word (``/?q=the``) that hits the long work (the snippet's cost);
2. loads ``--path`` from ``--connections`` connections for ``--seconds`` seconds or ``--max-requests`` requests,
   whichever ends first, with a 5 s timeout per request (``wrk`` when installed, else a bare asyncio client that
   reads each response's bytes without parsing them: an HTTP library would cost more CPU than the server);
3. sends SIGTERM and times how long the server takes to exit.

``--src`` runs another checkout's ``src`` (to compare before and after). Prints one JSON line. The machine is
shared and noisy: quote figures with the command and the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_web import free_port, run_wrk, wait_until_up

ROOT = Path(__file__).resolve().parents[1]
REQUEST_TIMEOUT_S = 5.0
TAG_POOL = {"fandoms": ["Teen Wolf (TV)", "Harry Potter", "Supernatural", "Good Omens", "Hannibal"],
            "characters": ["Derek Hale", "Stiles Stilinski", "Harry Potter", "Draco Malfoy", "Dean Winchester",
                           "Castiel", "Aziraphale", "Crowley", "Will Graham", "Hannibal Lecter"],
            "warnings": ["violence", "death", "blood", "self-harm", "abuse"]}


def build_library(path: Path, works: int, long_mb: float) -> None:
    from ficlens.library import Library
    from ficlens.library.samples import SampleSpec, WarnedPassage, build, filler

    rng = random.Random(0)
    with Library(path) as lib:
        for i in range(works):
            paragraphs: list[str | WarnedPassage] = [*filler(300, i)]
            for label in rng.sample(TAG_POOL["warnings"], rng.randint(0, 2)):
                paragraphs.append(WarnedPassage(f"A passage about {label}.", label, "depicted"))
            names = rng.sample(TAG_POOL["characters"], 3)
            spec = SampleSpec(title=f"Work {i:04d}", paragraphs=paragraphs, rating=rng.choice("GTME"),
                              fandoms=rng.sample(TAG_POOL["fandoms"], 1), characters=[(n, []) for n in names],
                              relationships=[f"{names[0]}/{names[1]}"], summary=f"Summary of work {i}.")
            lib.add(*build(spec), "full")
        if long_mb > 0:
            prose = " ".join(filler(int(long_mb * 1_000_000 / 6), 99))
            lib.add(*build(SampleSpec(title="The long one", paragraphs=[prose])), None)


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    """One keep-alive GET; its status. Reads exactly the body's Content-Length and parses nothing else."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return status


async def _load(port: int, path: str, seconds: float, connections: int, max_requests: int) -> dict[str, Any]:
    """``connections`` keep-alive connections, each sending its next request when the last one is answered. A
    bare asyncio client (no HTTP library): it costs far less CPU than the server it measures."""
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()
    latencies: list[float] = []
    counts = {"errors": 0, "timeouts": 0}
    kinds: dict[str, int] = {}
    stop = time.perf_counter() + seconds

    def failed(kind: str, timeout: bool = False) -> None:
        counts["timeouts" if timeout else "errors"] += 1
        kinds[kind] = kinds.get(kind, 0) + 1

    async def worker() -> None:
        stream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while time.perf_counter() < stop and len(latencies) + counts["timeouts"] < max_requests:
            t0 = time.perf_counter()
            try:
                if stream is None:
                    stream = await asyncio.open_connection("127.0.0.1", port)
                status = await asyncio.wait_for(_get(*stream, request), REQUEST_TIMEOUT_S)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError) as exc:
                failed(type(exc).__name__, isinstance(exc, TimeoutError))
                if stream is not None:
                    stream[1].close()
                stream = None
                continue
            latencies.append(time.perf_counter() - t0)
            if status != 200:
                failed(str(status))
        if stream is not None:
            stream[1].close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    elapsed = time.perf_counter() - t0
    latencies.sort()
    if not latencies:
        return {"rps": 0.0, "p50_ms": float("nan"), "p99_ms": float("nan"), **counts, "error_kinds": kinds}
    return {"rps": round(len(latencies) / elapsed, 1), "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1),
            "p99_ms": round(latencies[int(len(latencies) * 0.99)] * 1000, 1), **counts, "error_kinds": kinds}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux), to give the server's own cost per request."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed_get(url: str, timeout: float = 600) -> tuple[float, int]:
    import httpx

    t0 = time.perf_counter()
    status = httpx.get(url, timeout=timeout).status_code
    return round((time.perf_counter() - t0) * 1000, 1), status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--works", type=int, default=200)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--path", default="/")
    parser.add_argument("--long-mb", type=float, default=3.0)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the ficlens sources to serve")
    parser.add_argument("--tool", choices=["auto", "wrk", "asyncio"], default="auto")
    args = parser.parse_args()
    tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "asyncio")

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        t0 = time.perf_counter()
        build_library(db, args.works, args.long_mb)
        build_s = round(time.perf_counter() - t0, 1)
        port = free_port()
        env = {**os.environ, "PYTHONPATH": str(args.src.resolve())}
        server = subprocess.Popen([sys.executable, "-m", "ficlens", "serve", "--library", str(db),
                                   "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base + "/")
            search_ms, search_status = timed_get(base + "/?q=the") if args.long_mb > 0 else (float("nan"), 0)
            page_ms, _ = timed_get(base + args.path)
            cpu0, wall0 = cpu_seconds(server.pid), time.perf_counter()
            if tool == "wrk":
                stats = run_wrk(base + args.path, int(args.seconds), args.connections)
            else:
                stats = asyncio.run(_load(port, args.path, args.seconds, args.connections, args.max_requests))
            served = stats["rps"] * (time.perf_counter() - wall0)
            server_cpu_ms = round((cpu_seconds(server.pid) - cpu0) * 1000 / served, 2) if served else float("nan")
            t0 = time.perf_counter()
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(60)
                exit_s: float | None = round(time.perf_counter() - t0, 2)
            except subprocess.TimeoutExpired:
                exit_s = None  # still running a minute after SIGTERM
        finally:
            if server.poll() is None:
                server.kill()
                server.wait()
    print(json.dumps({"bench": "web-load", "tool": tool, "src": str(args.src), "works": args.works,
                      "long_mb": args.long_mb, "build_s": build_s, "search_the_ms": search_ms,
                      "search_status": search_status, "path": args.path, "first_page_ms": page_ms,
                      "connections": args.connections, "seconds": args.seconds, **stats,
                      "server_cpu_ms_per_request": server_cpu_ms,
                      "sigterm_exit_s": exit_s, "cpus": os.cpu_count()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
