"""The read-only JSON API under /api/: the library page's search semantics, saved exclusions, a work's stored report
with the reader's corrections, JSON errors under /api/ only, the Host guard and the OpenAPI description."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ficlens.library import Library, search
from ficlens.library.corrections import correct
from ficlens.library.filters import labels
from ficlens.library.samples import SampleSpec, WarnedPassage, build
from ficlens.web import create_app
from ficlens.work import AuthorTags

BASE = "http://127.0.0.1:8000"
SPECS = [
    SampleSpec(title="Moonlit", paragraphs=["The wolf howled at the moon.", "Stiles laughed."], rating="T",
               fandoms=["Teen Wolf (TV)"], relationships=["Derek Hale/Stiles Stilinski"],
               author_tags=AuthorTags(freeforms=["Hurt/Comfort"])),
    SampleSpec(title="The Fall", paragraphs=["A storm came.", WarnedPassage("He died in the rain.", "death",
                                                                            "depicted")],
               archive_warnings=["Major Character Death"], rating="M"),
    SampleSpec(title="Blades", paragraphs=["Rain on steel.", WarnedPassage("Blood everywhere.", "violence",
                                                                           "graphic")], rating="E"),
    SampleSpec(title="Scuffle", paragraphs=["A small fight in the rain.", WarnedPassage("A punch.", "violence",
                                                                                       "mentioned")]),
]


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.sqlite3") as library:
        for spec in SPECS:
            library.add(*build(spec), "full")
        yield library


@pytest.fixture
def client(lib: Library) -> TestClient:
    return TestClient(create_app(lib), base_url=BASE)


def titles(answer: dict[str, Any]) -> list[str]:
    return [w["title"] for w in answer["works"]]


def api_ids(client: TestClient, **params: Any) -> list[int]:
    answer = client.get("/api/works", params=params)
    assert answer.status_code == 200, answer.text
    return [w["id"] for w in answer.json()["works"]]


# -- /api/works ---------------------------------------------------------------------------------------------------
def test_works_lists_every_work_with_its_tags_and_links(client: TestClient) -> None:
    answer = client.get("/api/works").json()
    assert answer["total"] == 4 and answer["pages"] == 1 and titles(answer) == ["Blades", "Moonlit", "Scuffle",
                                                                                  "The Fall"]
    moonlit = answer["works"][1]
    tags = {(t["kind"], t["name"], t["origin"]) for t in moonlit["tags"]}
    assert ("fandom", "Teen Wolf (TV)", "ficlens") in tags and ("freeform", "Hurt/Comfort", "author") in tags
    assert moonlit["links"] == {"api": f"/api/works/{moonlit['id']}", "text": f"/api/works/{moonlit['id']}/text",
                                "epub": f"/works/{moonlit['id']}.epub", "reader": f"/work/{moonlit['id']}"}
    assert moonlit["why"] == ["no query or filters: every work"]


@pytest.mark.parametrize("params", [
    {"include": "Sterek"},
    {"include": "Stiles/Derek"},
    {"exclude": "violence"},
    {"exclude": "violence@graphic"},
    {"exclude": ["Major Character Death", "violence@graphic"]},
    {"include": "rating:E"},
    {"q": "rain"},
    {"q": "rain", "exclude": "death"},
    {"q": "rain", "sort": "title"},
    {"sort": "words"},
    {"include": "title:*fall"},
])
def test_works_finds_what_the_library_search_finds(client: TestClient, lib: Library, params: dict[str, Any]) -> None:
    def listed(key: str) -> list[str]:
        value = params.get(key, [])
        return [value] if isinstance(value, str) else value

    expected = search(lib, params.get("q"), listed("include"), listed("exclude"), sort=params.get("sort"))
    assert api_ids(client, **params) == [h.id for h in expected.hits]


def test_saved_exclusions_apply_unless_the_caller_ignores_them(client: TestClient, lib: Library) -> None:
    lib.set_exclusions(["violence"])
    answer = client.get("/api/works").json()
    assert titles(answer) == ["Moonlit", "The Fall"] and answer["removed"] == 2
    assert answer["exclusions"] == ["violence"]
    assert len(api_ids(client, ignore_exclusions="true")) == 4
    assert client.get("/api/exclusions").json() == ["violence"]


def test_a_hit_says_why_it_was_kept(client: TestClient) -> None:
    work = client.get("/api/works", params={"include": "Sterek"}).json()["works"][0]
    assert work["why"] == ["include 'Sterek': has relationship 'Derek Hale/Stiles Stilinski' (ficlens's reading)"]


def test_works_are_paged(client: TestClient) -> None:
    first = client.get("/api/works", params={"per_page": 3}).json()
    second = client.get("/api/works", params={"per_page": 3, "page": 2}).json()
    assert (first["total"], first["pages"], len(first["works"]), len(second["works"])) == (4, 2, 3, 1)
    assert titles(second) == ["The Fall"]


def test_ranges_filter_and_a_bad_range_is_a_json_400(client: TestClient) -> None:
    assert api_ids(client, words="100-") == []
    answer = client.get("/api/works", params={"words": "lots"})
    assert answer.status_code == 400 and answer.json() == {
        "detail": "bad word range 'lots': write MIN-MAX, e.g. 1000-50000, 10k-, -5000"}


def test_an_unknown_filter_comes_with_suggestions(client: TestClient) -> None:
    answer = client.get("/api/works", params={"exclude": "Major Character Deaht"}).json()
    assert answer["unknown"] == [{"text": "Major Character Deaht", "suggestions": ["Major Character Death"]}]


def test_the_search_caps_are_json_400s(client: TestClient) -> None:
    answer = client.get("/api/works", params={"include": [f"tag{i}" for i in range(60)]})
    assert answer.status_code == 400 and answer.json()["detail"] == "too many filters: 60 (at most 50)"


def test_a_search_past_its_budget_is_a_json_503(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from ficlens.web import limits

    monkeypatch.setattr(limits, "REQUEST_BUDGET_S", -1.0)
    monkeypatch.setattr("ficlens.web.budget.PROGRESS_STEPS", 1)
    answer = client.get("/api/works", params={"q": "rain"})
    assert answer.status_code == 503 and "took too long" in answer.json()["detail"]


# -- /api/works/{id} ----------------------------------------------------------------------------------------------
def test_a_work_carries_its_stored_report_exactly(client: TestClient, lib: Library) -> None:
    answer = client.get("/api/works/2").json()
    report = lib.report(2)
    assert report is not None and answer["report"] == json.loads(report.to_json())
    assert answer["title"] == "The Fall" and answer["report"]["schema"] == "ficlens.report/1"
    assert answer["corrections"] == []


def test_a_work_shows_the_readers_corrections_beside_its_report(client: TestClient, lib: Library) -> None:
    correct(lib, 3, "violence", "wrong")
    correct(lib, 3, "freeform:Angst", "add")
    answer = client.get("/api/works/3").json()
    assert {(c["kind"], c["name"], c["action"]) for c in answer["corrections"]} == {
        ("warning", "violence", "wrong"), ("freeform", "Angst", "add")}
    tags = {(t["kind"], t["name"], t["origin"]) for t in answer["tags"]}
    assert ("freeform", "Angst", "reader") in tags and not any(t[1] == "violence" for t in tags)
    assert [w["label"] for w in answer["report"]["warnings"]] == ["violence"]  # the report is as stored
    assert 3 in api_ids(client, exclude="violence")  # and every filter sees the correction


def test_a_works_text_is_what_its_offsets_index(client: TestClient, lib: Library) -> None:
    answer = client.get("/api/works/2/text").json()
    stored = lib.get(2)
    assert stored is not None and answer["text"] == stored.text
    span = stored.report.warnings[0].evidence[0]
    assert answer["text"][span.start:span.end] == "He died in the rain."
    assert answer["chapters"] == [{"title": None, "start": 0, "end": len(stored.text)}]


def test_labels_are_what_ficlens_knows(client: TestClient) -> None:
    known = labels()
    answer = client.get("/api/labels").json()
    assert answer["warning"] == known.warning and answer["fan_vocabulary"]["Sterek"] == "Derek Hale/Stiles Stilinski"


# -- errors ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "status", "detail"), [
    ("/api/works/99", 404, "no work 99"),
    ("/api/works/abc", 404, "no work abc"),
    ("/api/works/99999999999999999999999", 404, "no work 99999999999999999999999"),
    ("/api/works/99/text", 404, "no work 99"),
    ("/api/nothing", 404, "Not Found"),
    ("/api/works?page=abc", 422, "page: Input should be a valid integer, unable to parse string as an integer"),
    ("/api/works?per_page=0", 422, "per_page: Input should be greater than or equal to 1"),
    ("/api/works?sort=best", 400, "unknown sort 'best': use title, words, updated, added, kudos"),
])
def test_api_errors_are_one_line_of_json(client: TestClient, path: str, status: int, detail: str) -> None:
    answer = client.get(path)
    assert answer.status_code == status and answer.headers["content-type"] == "application/json"
    assert answer.json() == {"detail": detail}


def test_errors_outside_the_api_stay_html_pages(client: TestClient) -> None:
    page = client.get("/work/99")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


def test_the_api_is_read_only(client: TestClient) -> None:
    answer = client.post("/api/works", headers={"origin": BASE})
    assert answer.status_code == 405 and answer.json() == {"detail": "Method Not Allowed"}
    assert client.post("/api/works").status_code == 403  # a cross-site post is refused before anything else


def test_the_api_answers_only_to_its_own_host(client: TestClient) -> None:
    for path in ("/api/works", "/api/works/1", "/api/openapi.json"):
        assert client.get(path, headers={"host": "evil.example"}).status_code == 400, path
        assert client.get(path, headers={"host": "localhost:8000"}).status_code == 200, path


@pytest.mark.parametrize("path", ["/api", "/api/works", "/api/works/1", "/api/docs"])
def test_guard_refusals_under_the_api_are_one_line_of_json(client: TestClient, path: str) -> None:
    refused = client.get(path, headers={"host": "evil.example"})
    assert refused.status_code == 400 and refused.headers["content-type"] == "application/json"
    assert refused.json() == {"detail": "this server answers only to its own address, not to Host 'evil.example'"}
    posted = client.post(path)  # no Origin: refused before routing
    assert posted.status_code == 403 and posted.json() == {
        "detail": "refused: this form was not sent from this server's own pages"}


@pytest.mark.parametrize("path", ["/", "/work/1", "/apis", "/opds"])
def test_guard_refusals_elsewhere_stay_html_pages(client: TestClient, path: str) -> None:
    refused = client.get(path, headers={"host": "evil.example"})
    assert refused.status_code == 400 and refused.headers["content-type"].startswith("text/html")
    assert "evil.example" in refused.text and refused.text.lstrip().startswith("<!doctype html>")


# -- OpenAPI --------------------------------------------------------------------------------------------------------
def test_openapi_documents_the_api_and_nothing_else(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert set(schema["paths"]) == {"/api/works", "/api/works/{work_id}", "/api/works/{work_id}/text",
                                    "/api/labels", "/api/exclusions"}
    assert {"WorksOut", "WorkDetailOut", "Report", "ErrorOut"} <= set(schema["components"]["schemas"])
    params = {p["name"] for p in schema["paths"]["/api/works"]["get"]["parameters"]}
    assert {"q", "include", "exclude", "sort", "status", "words", "since", "until", "ignore_exclusions",
            "page", "per_page"} == params


def test_the_docs_page_documents_every_operation_from_the_apps_own_schema(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    page = client.get("/api/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = html.unescape(page.text)
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            assert f"{method.upper()}</code> <code>{path}" in text and operation["summary"] in text, (method, path)
            for parameter in operation.get("parameters", []):
                assert f"<code>{parameter['name']}</code>" in text and parameter["description"] in text
            for answer in operation["responses"].values():
                ref = answer["content"]["application/json"]["schema"].get("$ref", "")
                assert ref.rsplit("/", 1)[-1] in text
    assert 'id="model-WorksOut"' in text and "Works found, over all pages" in text  # models with their fields
    assert "list of string" in text and "integer, 1 to 200" in text  # types in words, with their bounds


def test_the_docs_page_runs_no_script_and_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/api/docs")
    assert "<script" not in page.text.lower()
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page.text)  # every link and style is the app's own
    (policy,) = page.headers.get_list("content-security-policy")
    assert policy == client.get("/").headers["content-security-policy"]
    assert "script-src" not in policy and "default-src 'none'" in policy


def test_each_operation_lists_its_own_errors_all_as_one_line_json(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    assert set(paths["/api/works"]["get"]["responses"]) == {"200", "400", "422", "503"}
    assert set(paths["/api/works/{work_id}"]["get"]["responses"]) == {"200", "404", "422", "503"}
    assert set(paths["/api/labels"]["get"]["responses"]) == {"200"}
    assert "HTTPValidationError" not in schema["components"]["schemas"]  # a 422 is {"detail": "one line"} too
