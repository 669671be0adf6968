"""The documented response examples of a document, and where they break their own schemas."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from .walk import iter_all_schemas, iter_operations, operation_label


@dataclass(frozen=True)
class Example:
    where: str  # "get_location 200 application/json"
    schema: dict[str, Any]
    value: Any


def response_examples(doc: dict[str, Any], *, as_parsed: bool = True) -> Iterator[Example]:
    """Every example of every JSON success answer, with the schema it is documented under.

    ``as_parsed``: the part the client parses, as the runtime does it: an envelope-shaped example
    gives its `data`, whether or not the document declares the envelope
    (the live API wraps most answers either way); one without data is left out. Otherwise the
    example as a server (the mock) sends it."""
    for path, method, op in iter_operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for content_type, media in (response.get("content") or {}).items():
                schema = media.get("schema")
                if "json" not in content_type or not isinstance(schema, dict):
                    continue
                values = [media["example"]] if "example" in media else []
                named = (media.get("examples") or {}).values()
                values += [e["value"] for e in named if isinstance(e, dict) and "value" in e]
                where = f"{operation_label(path, method, op)} {status} {content_type}"
                for value in values:
                    if as_parsed and _is_envelope(value):
                        value = value.get("data")  # noqa: PLW2901 - the part the client parses
                    if value is not None or not as_parsed:
                        yield Example(where, schema, value)


def _is_envelope(value: Any) -> bool:
    """The runtime's rule (overrides/runtime/envelope.py is_envelope): `success` beside `data` or
    `meta`, or exactly `data` and `meta`."""
    if not isinstance(value, dict):
        return False
    if "success" in value:
        return "data" in value or "meta" in value
    return set(value) == {"data", "meta"}


def violations(doc: dict[str, Any], example: Example) -> list[ValidationError]:
    """How ``example`` breaks its schema. `$ref`s resolve into ``doc`` itself, so each error's
    ``schema`` is the very node of the document to blame."""
    root = {**example.schema, "components": doc.get("components", {})}
    validator = Draft202012Validator(root, format_checker=FormatChecker())
    errors = list(validator.iter_errors(example.value))
    for error in errors:
        if error.schema is root:  # the copy made to reach the components: blame the original
            error.schema = example.schema
    return errors


def schema_examples(doc: dict[str, Any]) -> Iterator[Example]:
    """Every `example` written on a schema itself (Prism composes its static answers from these
    when an answer has no example of its own)."""
    for where, schema in iter_all_schemas(doc):
        if "example" in schema:
            yield Example(where, schema, schema["example"])
