"""The API's documentation page as data: an OpenAPI schema read into operations, parameters, answers and models."""

from __future__ import annotations

from typing import Any

from ficlens.web.api_docs import api_docs, type_name

SCHEMA: dict[str, Any] = {
    "info": {"title": "T", "version": "1", "description": "D"},
    "paths": {"/a/{id}": {"get": {
        "summary": "Get one", "description": "Long words.",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}, "description": "Which"},
            {"name": "n", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 9, "default": 3}},
            {"name": "all", "in": "query", "schema": {"type": "boolean", "default": False}}],
        "responses": {"404": {"description": "None", "content": {"application/json": {
                          "schema": {"$ref": "#/components/schemas/Err"}}}},
                      "200": {"description": "OK", "content": {"application/json": {
                          "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}}}}}},
    "components": {"schemas": {
        "Thing": {"description": "A thing.", "required": ["name"], "properties": {
            "name": {"type": "string", "description": "Its name"},
            "kind": {"anyOf": [{"enum": ["a", "b"]}, {"type": "null"}], "default": None}}},
        "Err": {"properties": {"detail": {"type": "string"}}, "required": ["detail"]}}},
}


def test_operations_carry_their_parameters_and_answers_in_order() -> None:
    docs = api_docs(SCHEMA)
    (op,) = docs.operations
    assert (op.method, op.path, op.summary, op.description) == ("GET", "/a/{id}", "Get one", "Long words.")
    assert [(p.name, p.where, p.type, p.required, p.default, p.description) for p in op.parameters] == [
        ("id", "path", "string", True, "", "Which"), ("n", "query", "integer, 1 to 9", False, "3", ""),
        ("all", "query", "boolean", False, "false", "")]
    assert [(a.status, a.model, a.description) for a in op.answers] == [("200", "list of Thing", "OK"),
                                                                         ("404", "Err", "None")]
    assert op.anchor == "op-GET-a--id"


def test_models_are_listed_by_name_with_their_fields() -> None:
    docs = api_docs(SCHEMA)
    assert [m.name for m in docs.models] == ["Err", "Thing"] and docs.model_names == {"Err", "Thing"}
    thing = docs.models[1]
    assert thing.description == "A thing."
    assert [(f.name, f.type, f.required, f.description) for f in thing.fields] == [
        ("name", "string", True, "Its name"), ("kind", 'one of "a", "b" or null', False, "")]


def test_type_names_read_as_words() -> None:
    assert type_name({"type": "object", "additionalProperties": {"type": "string"}}) == "map of string to string"
    assert type_name({}) == "any" and type_name({"const": "x"}) == '"x"'
