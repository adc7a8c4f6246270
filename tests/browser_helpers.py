"""Helpers for the headless-Chromium tests: skip without a browser (fail in CI), serve a library's web app on a
free loopback port, and launch Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from ficlens.library import Library

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def needs_browser() -> Any:
    """Playwright's ``sync_playwright``; the test is skipped (failed, under $CI) without Chromium or Playwright."""
    reason = None
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing (make browser installs it)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "the playwright package is missing"
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI: {reason}")
        pytest.skip(reason)
    return sync_playwright


@contextmanager
def serving(lib: Library) -> Iterator[str]:
    """The web app over ``lib`` served by uvicorn in a thread; yields its base URL, closes ``lib`` after."""
    import uvicorn

    from ficlens.web import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(lib), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)
        sock.close()
        lib.close()


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (Debian's) driven by Playwright."""
    sync_playwright = needs_browser()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
