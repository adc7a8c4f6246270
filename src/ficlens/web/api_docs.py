"""The JSON API's documentation page, ``/api/docs``: rendered on the server from the app's own OpenAPI schema (each
path and method, its summary and description, its parameters with their types and descriptions, and the model each
status answers with, then every model's fields), as plain HTML under the app's usual Content-Security-Policy — no
script, nothing fetched from elsewhere, so it works offline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "head", "post", "put", "patch", "delete")


@dataclass(frozen=True, slots=True)
class FieldDoc:
    """A parameter of an operation or a field of a model."""

    name: str
    type: str
    description: str = ""
    where: str = ""  # a parameter's place: query, path, header
    required: bool = False
    default: str = ""  # as JSON would write it; "" when there is none


@dataclass(frozen=True, slots=True)
class Answer:
    status: str
    description: str
    model: str  # the answer's type: a model's name, "list of string"...


@dataclass(frozen=True, slots=True)
class Operation:
    method: str
    path: str
    summary: str
    description: str
    parameters: list[FieldDoc] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "op-" + self.method + "-" + "".join(c if c.isalnum() else "-" for c in self.path).strip("-")


@dataclass(frozen=True, slots=True)
class Model:
    name: str
    description: str
    fields: list[FieldDoc] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ApiDocs:
    title: str
    version: str
    description: str
    operations: list[Operation]
    models: list[Model]

    @property
    def model_names(self) -> frozenset[str]:
        return frozenset(m.name for m in self.models)


def api_docs(schema: dict[str, Any]) -> ApiDocs:
    """What the docs page shows of an OpenAPI 3 ``schema``: its operations in path order, then its models by name."""
    info = schema.get("info", {})
    operations = [_operation(path, method, item[method]) for path, item in schema.get("paths", {}).items()
                  for method in METHODS if method in item]
    models = [_model(name, spec) for name, spec in sorted(schema.get("components", {}).get("schemas", {}).items())]
    return ApiDocs(title=str(info.get("title", "")), version=str(info.get("version", "")),
                   description=str(info.get("description", "")), operations=operations, models=models)


def type_name(spec: dict[str, Any]) -> str:
    """A JSON schema's type in a few words: a model's name, ``list of X``, ``X or null``, ``one of "a", "b"``."""
    if "$ref" in spec:
        return str(spec["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in spec or "oneOf" in spec:
        return " or ".join(dict.fromkeys(type_name(s) for s in spec.get("anyOf", spec.get("oneOf", []))))
    if "enum" in spec:
        return "one of " + ", ".join(f'"{v}"' for v in spec["enum"])
    if "const" in spec:
        return f'"{spec["const"]}"'
    kind = spec.get("type")
    if kind == "array":
        return "list of " + type_name(spec.get("items", {}))
    if kind == "object" and isinstance(spec.get("additionalProperties"), dict):
        return "map of string to " + type_name(spec["additionalProperties"])
    return str(kind) if kind else "any"


def _operation(path: str, method: str, spec: dict[str, Any]) -> Operation:
    parameters = [_parameter(p) for p in spec.get("parameters", [])]
    answers = [Answer(status=str(status), description=str(answer.get("description", "")),
                      model=_answer_model(answer)) for status, answer in sorted(spec.get("responses", {}).items())]
    return Operation(method=method.upper(), path=path, summary=str(spec.get("summary", "")),
                     description=str(spec.get("description", "")), parameters=parameters, answers=answers)


def _parameter(spec: dict[str, Any]) -> FieldDoc:
    schema = spec.get("schema", {})
    return FieldDoc(name=str(spec.get("name", "")), type=_bounded(schema),
                 description=str(spec.get("description", schema.get("description", ""))),
                 where=str(spec.get("in", "")), required=bool(spec.get("required", False)), default=_default(schema))


def _bounded(schema: dict[str, Any]) -> str:
    """A parameter's type with its bounds: ``integer, 1 to 200``."""
    low, high = schema.get("minimum"), schema.get("maximum")
    bounds = f"{low} to {high}" if low is not None and high is not None else (
        f"at least {low}" if low is not None else (f"at most {high}" if high is not None else ""))
    return type_name(schema) + (f", {bounds}" if bounds else "")


def _default(schema: dict[str, Any]) -> str:
    if "default" not in schema:
        return ""
    value = schema["default"]
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else str(value)


def _answer_model(answer: dict[str, Any]) -> str:
    content = answer.get("content", {})
    media = content.get("application/json") or next(iter(content.values()), None)
    return type_name(media.get("schema", {})) if media else ""


def _model(name: str, spec: dict[str, Any]) -> Model:
    required = set(spec.get("required", []))
    fields = [FieldDoc(name=key, type=type_name(prop), description=str(prop.get("description", "")),
                    required=key in required, default=_default(prop))
              for key, prop in spec.get("properties", {}).items()]
    if "enum" in spec:  # a model that is a set of names
        fields.append(FieldDoc(name="(value)", type=type_name(spec)))
    return Model(name=name, description=str(spec.get("description", "")), fields=fields)
