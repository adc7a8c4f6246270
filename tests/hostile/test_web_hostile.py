"""The web server under hostile requests: DNS rebinding, cross-site and oversized posts, pages made slow or huge
on purpose, ids outside SQLite's range, a damaged library file, and SIGTERM during a request that never ends."""

from __future__ import annotations

import logging
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from ficlens.library import Library
from ficlens.library.samples import SampleSpec, build, filler
from ficlens.web import create_app

ROOT = Path(__file__).resolve().parents[2]
BASE = "http://127.0.0.1:8000"
SECURITY = ("content-security-policy", "x-content-type-options", "referrer-policy")


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    for i, title in enumerate(("Rain on the roof", "Quiet", "The Fight")):
        spec = SampleSpec(title=title, paragraphs=[*filler(200, i), "The rain came down at last."],
                          rating="M" if i == 2 else "G", fandoms=["Teen Wolf (TV)"])
        library.add(*build(spec), "full")
    yield library
    library.close()


@pytest.fixture
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE, raise_server_exceptions=False)


def assert_secured(page: object) -> None:
    headers = page.headers  # type: ignore[attr-defined]
    for name in SECURITY:
        assert name in headers, f"{name} missing on a {page.status_code} response"  # type: ignore[attr-defined]
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


# -- Host and origin ---------------------------------------------------------------------------------------------
def test_a_rebound_host_name_is_refused_and_loopback_names_are_served(client: TestClient) -> None:
    for host in ("evil.example", "evil.example:8000", "127.0.0.1.evil.example", "", "localhost:80x"):
        page = client.get("/work/1", headers={"host": host})
        assert page.status_code == 400 and "Host" in page.text, host
        assert "The rain came down" not in page.text
        assert_secured(page)
    for host in ("127.0.0.1", "127.0.0.1:8000", "localhost", "LOCALHOST:1234", "[::1]", "[::1]:8000"):
        assert client.get("/work/1", headers={"host": host}).status_code == 200, host


def test_the_configured_host_is_served(lib: Library) -> None:
    client = TestClient(create_app(lib, hosts=["fics.lan"]), base_url="http://fics.lan:8000")
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"host": "other.lan"}).status_code == 400


def test_a_post_needs_a_same_origin_origin_or_referer(client: TestClient, lib: Library) -> None:
    refused = [{}, {"origin": "null"}, {"origin": "http://evil.example"}, {"referer": "http://evil.example/"},
               {"origin": "http://127.0.0.1:9999"}, {"origin": "https://127.0.0.1:8000"},
               {"origin": "http://evil.example", "referer": BASE + "/"}]
    for headers in refused:
        page = client.post("/exclusions", data={"tags": "violence"}, headers=headers, follow_redirects=False)
        assert page.status_code == 403, headers
        assert_secured(page)
    assert lib.exclusions() == []
    for headers in ({"origin": BASE}, {"referer": BASE + "/exclusions"}):
        page = client.post("/exclusions", data={"tags": "violence"}, headers=headers, follow_redirects=False)
        assert page.status_code == 303, headers
    assert lib.exclusions() == ["violence"]


# -- error pages -------------------------------------------------------------------------------------------------
def test_every_error_is_an_html_page_with_the_security_headers(client: TestClient) -> None:
    cases = [(client.get("/no/such/page"), 404), (client.get("/work/999"), 404), (client.get("/work/abc"), 404),
             (client.put("/exclusions", headers={"origin": BASE}), 405),
             (client.get("/", params={"exclude": "violence@gory"}), 400),
             (client.post("/exclusions", headers={"host": "evil.example"}), 400),
             (client.post("/exclusions"), 403),
             (client.post("/exclusions", content=b"x" * 70_000, headers={"origin": BASE}), 413),
             (client.get("/static/style.css"), 200)]
    for page, status in cases:
        assert page.status_code == status, (page.request.url, page.text[:200])
        assert_secured(page)
        if status != 200:
            assert page.headers["content-type"].startswith("text/html"), page.request.url
            assert "<h1>" in page.text and '"detail"' not in page.text


def test_work_ids_outside_sqlites_range_are_404_without_a_traceback(client: TestClient,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        for bad in ("99999999999999999999", "9223372036854775808", "-1", "1e3", "0x10", "١", "1.0", "%20"):
            page = client.get(f"/work/{bad}")
            assert page.status_code == 404, (bad, page.text[:200])
            assert "no work" in page.text
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert client.get("/work/9223372036854775807").status_code == 404


# -- caps on what one request may ask ---------------------------------------------------------------------------
def test_too_many_filters_or_too_long_a_query_is_a_clear_400(client: TestClient) -> None:
    many = [("include", f"tag{i}") for i in range(51)]
    page = client.get("/", params=many)
    assert page.status_code == 400 and "too many filters" in page.text
    page = client.get("/", params={"q": "rain " * 101})
    assert page.status_code == 400 and "at most 500" in page.text
    page = client.get("/", params={"exclude": "x" * 201})
    assert page.status_code == 400
    assert client.get("/", params=many[:50]).status_code == 200


def test_the_page_holds_each_filter_a_bounded_number_of_times(client: TestClient) -> None:
    params = [("exclude", f"filter-{i:02d}-xyz") for i in range(50)]
    body = client.get("/", params=params).text
    counts = [body.count(f"filter-{i:02d}-xyz") for i in range(50)]
    assert max(counts) <= 8, max(counts)  # a chip link per filter repeating all the others would be ~50


def test_a_filter_chip_removes_its_own_filter(client: TestClient) -> None:
    params = [("q", "rain"), ("include", "rating:M"), ("exclude", "fandom:Nope"), ("drop", "include:rating:M")]
    page = client.get("/", params=params, follow_redirects=False)
    assert page.status_code == 303
    assert "rating" not in page.headers["location"] and "fandom%3ANope" in page.headers["location"]
    assert client.get(page.headers["location"]).text.count('class="work"') == 3


def test_a_body_over_the_cap_is_413_and_nothing_is_saved(client: TestClient, lib: Library) -> None:
    big = {"tags": "t" * 100_000}
    page = client.post("/exclusions", data=big, headers={"origin": BASE}, follow_redirects=False)
    assert page.status_code == 413

    def streamed() -> Iterator[bytes]:  # no Content-Length: the cap holds as the body arrives
        yield b"tags="
        for _ in range(100):
            yield b"t" * 1000

    page = client.post("/exclusions", content=streamed(), follow_redirects=False,
                       headers={"origin": BASE, "content-type": "application/x-www-form-urlencoded"})
    assert page.status_code == 413
    page = client.post("/exclusions", data={"tags": "t" * 5000}, headers={"origin": BASE}, follow_redirects=False)
    assert page.status_code == 400  # under the body cap, but no tag is that long
    assert lib.exclusions() == []


# -- bounded search work ----------------------------------------------------------------------------------------
def test_search_snippets_come_from_a_bounded_window(client: TestClient, lib: Library) -> None:
    from ficlens.library import search
    from ficlens.library.search import snippets

    page = client.get("/", params={"q": "rain"})
    assert page.status_code == 200 and page.text.count("<mark>") >= 3
    statements: list[str] = []
    lib.connection().set_trace_callback(statements.append)
    result = search(lib, "rain")
    assert len(snippets(lib, "rain", [h.row for h in result.hits])) == 3
    assert statements and not [s for s in statements if "snippet(" in s or "highlight(" in s]


def test_a_snippet_reads_only_the_start_of_a_long_work(lib: Library) -> None:
    from ficlens.library.search import SNIPPET_SCAN_BYTES, query_pattern, snippets

    long_text = "word " * (SNIPPET_SCAN_BYTES // 5 + 1000) + "needle"
    work, report = build(SampleSpec(title="Haystack", paragraphs=[long_text]))
    row_id = lib.add(work, report, None).id
    pattern = query_pattern("needle")
    assert pattern is not None
    row = lib.row(row_id)
    assert row is not None
    assert snippets(lib, "needle", [row]) == {}  # the only match lies past the window read
    near = snippets(lib, "rain", lib.rows())
    assert all("\x02rain\x03" in s.casefold() for s in near.values()) and len(near) == 3


def test_a_query_past_its_time_budget_is_interrupted() -> None:
    from ficlens.web.budget import TooSlow, time_budget

    conn = sqlite3.connect(":memory:")
    with pytest.raises(TooSlow), time_budget(conn, 0.0):
        conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
    assert conn.execute("SELECT 1").fetchone() == (1,)  # the connection is usable afterwards
    stopping = threading.Event()
    stopping.set()  # the server is shutting down: an hour's budget does not matter
    with pytest.raises(TooSlow), time_budget(conn, 3600.0, stopping):
        conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")


def test_a_search_past_its_budget_is_a_clear_page(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from ficlens.web import limits

    monkeypatch.setattr(limits, "REQUEST_BUDGET_S", -1.0)
    monkeypatch.setattr("ficlens.web.budget.PROGRESS_STEPS", 1)
    page = client.get("/", params={"q": "rain"})
    assert page.status_code == 503 and "took too long" in page.text
    assert_secured(page)


# -- a damaged library -------------------------------------------------------------------------------------------
def test_a_damaged_library_is_one_clear_page(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        for i in range(40):
            library.add(*build(SampleSpec(title=f"Work {i}", paragraphs=filler(300, i))), None)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size, len(data), 7):  # every page but the header's
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    client = TestClient(create_app(path), base_url=BASE, raise_server_exceptions=False)
    with caplog.at_level(logging.WARNING):
        for url in ("/", "/work/1", "/?q=rain") * 4:
            page = client.get(url)
            assert page.status_code == 500, url
            assert path.name in page.text and str(tmp_path) not in page.text and "damaged" in page.text
            assert_secured(page)
    assert not [r for r in caplog.records if r.exc_info]
    logged = [r.getMessage() for r in caplog.records if "damaged" in r.getMessage()]
    assert logged and len(logged) == len(set(logged))  # each fault once, not once per request


# -- shutdown ----------------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SERVE = "import sys; from ficlens.cli import main; sys.exit(main(sys.argv[1:]))"
STUCK_RENDER = ("import time, ficlens.web.app as app; app.chapter_views = lambda *a: time.sleep(3600); " + SERVE)
NEVER_ENDING_BODY = (b"POST /exclusions HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://127.0.0.1\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ntags=")


@contextmanager
def serving(lib: Library, *options: str, program: str = SERVE) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    """``ficlens serve`` on a free loopback port, started and up; killed on the way out if still running."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen([sys.executable, "-c", program, "serve", "--library", str(lib.path), "--port",
                               str(port), *options], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=5).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        yield server, port
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_serve_answers_to_the_names_it_is_told_and_no_other(lib: Library) -> None:
    with serving(lib, "--allow-host", "fics.lan") as (_, port):
        url = f"http://127.0.0.1:{port}/"
        assert httpx.get(url, headers={"host": f"fics.lan:{port}"}).status_code == 200
        assert httpx.get(url, headers={"host": f"localhost:{port}"}).status_code == 200
        assert httpx.get(url, headers={"host": f"evil.example:{port}"}).status_code == 400


@pytest.mark.parametrize(("program", "request_bytes"), [
    (SERVE, NEVER_ENDING_BODY),  # a client that never finishes sending its form
    (STUCK_RENDER, b"GET /work/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),  # a page busy in Python for an hour
], ids=["body-never-ends", "render-never-ends"])
def test_sigterm_stops_the_server_during_a_request_that_never_ends(lib: Library, program: str,
                                                                   request_bytes: bytes) -> None:
    with serving(lib, program=program) as (server, port), socket.create_connection(("127.0.0.1", port)) as conn:
        conn.sendall(request_bytes)
        time.sleep(1)
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)  # a hang check, not a timing figure: without a bound it never exits
        except subprocess.TimeoutExpired:
            pytest.fail("ficlens serve was still running 30 s after SIGTERM")
    errors = server.stderr.read().decode() if server.stderr else ""
    assert "Traceback" not in errors, errors
    assert re.search(r"serving .* at http://127\.0\.0\.1", errors)
