"""The documented response examples of a document, and where they break their own schemas."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from .walk import iter_operations, operation_label


@dataclass(frozen=True)
class Example:
    where: str  # "get_location 200 application/json"
    schema: dict[str, Any]
    value: Any


def response_examples(doc: dict[str, Any]) -> Iterator[Example]:
    """Every example of every JSON success answer, with the schema it is documented under (for an
    answer whose envelope the normalizer unwrapped, the example's `data` and the data schema;
    an example without data is left out)."""
    for path, method, op in iter_operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for content_type, media in (response.get("content") or {}).items():
                schema = media.get("schema")
                if "json" not in content_type or not isinstance(schema, dict):
                    continue
                values = [media["example"]] if "example" in media else []
                values += [
                    e["value"] for e in (media.get("examples") or {}).values() if isinstance(e, dict) and "value" in e
                ]
                unwrapped = bool(media.get("x-altegio-envelope"))
                for value in values:
                    # The schema was unwrapped to the envelope's data: so is the example (an
                    # envelope without `data`, or `data: null`, shows no data to check).
                    data = value.get("data") if unwrapped and isinstance(value, dict) and "success" in value else value
                    if data is not None:
                        yield Example(f"{operation_label(path, method, op)} {status} {content_type}", schema, data)


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
