"""Named patches. Each takes the document, changes it in place and returns one line per change;
an empty list means the quirk it fixes is not (or no longer) there. Every patch is idempotent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import snake_case

from . import rules
from .walk import (
    Schema,
    child_schemas,
    iter_all_schemas,
    iter_nested,
    iter_operations,
    operation_label,
    schema_types,
)

PatchFunction = Callable[[dict[str, Any]], list[str]]


@dataclass(frozen=True)
class Patch:
    name: str
    why: str
    apply: PatchFunction
    # "mock": also applied for the Prism mock, which must answer like the live API.
    profiles: frozenset[str]


def strip_managed_headers(doc: dict[str, Any]) -> list[str]:
    changes = []
    for path, method, op in iter_operations(doc):
        kept = []
        for param in op.get("parameters", []):
            if param.get("in") == "header" and str(param.get("name", "")).lower() in rules.MANAGED_HEADERS:
                changes.append(f"{operation_label(path, method, op)}: removed header parameter {param['name']}")
            else:
                kept.append(param)
        if "parameters" in op and len(kept) != len(op["parameters"]):
            op["parameters"] = kept
    return changes


def fix_duplicated_path_prefix(doc: dict[str, Any]) -> list[str]:
    changes = []
    paths: dict[str, Any] = {}
    for path, item in doc.get("paths", {}).items():
        new_path = path
        for prefix in rules.DUPLICATED_PATH_PREFIXES:
            if path.startswith(prefix):
                new_path = "/" + path[len(prefix) :]
                changes.append(f"{path} -> {new_path}")
        if new_path in paths:
            raise ValueError(f"fixing the prefix of {path} collides with the existing path {new_path}")
        paths[new_path] = item
    doc["paths"] = paths
    return changes


def move_callbacks_to_webhooks(doc: dict[str, Any]) -> list[str]:
    changes = []
    for path in list(doc.get("paths", {})):
        if path.startswith(rules.CALLBACK_PATH_PREFIXES):
            item = doc["paths"].pop(path)
            for method in rules.HTTP_METHODS:
                if method in item:
                    name = operation_label(path, method, item[method])
                    doc.setdefault("webhooks", {})[name] = {method: item[method]}
                    changes.append(f"{method.upper()} {path} ({name}) is a callback: moved to webhooks.{name}")
    return changes


def secure_unsecured_operations(doc: dict[str, Any]) -> list[str]:
    changes = []
    for _, _, op in iter_operations(doc):
        scheme = rules.SECURITY_OVERRIDES.get(op.get("operationId", ""))
        if scheme and not op.get("security"):
            op["security"] = [{scheme: []}]
            changes.append(f"{op['operationId']}: security [] -> {scheme} (the live API needs the partner token)")
    return changes


def map_request_content_types(doc: dict[str, Any]) -> list[str]:
    changes = []
    for path, method, op in iter_operations(doc):
        content = op.get("requestBody", {}).get("content")
        if not content:
            continue
        mapped: dict[str, Any] = {}
        for content_type, media in content.items():
            target = rules.CONTENT_TYPE_MAP.get(content_type, content_type)
            if target != content_type:
                changes.append(f"{operation_label(path, method, op)}: request body {content_type} -> {target}")
            mapped.setdefault(target, media)
        op["requestBody"]["content"] = mapped
    return changes


def unwrap_success_envelopes(doc: dict[str, Any]) -> list[str]:
    """Generated functions return `data`; the client unwraps the envelope at run time."""
    changes = []
    for path, method, op in iter_operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for media in (response.get("content") or {}).values():
                schema = media.get("schema")
                if media.get("x-altegio-envelope") or not isinstance(schema, dict):
                    continue
                if set(schema.get("properties") or {}) == rules.ENVELOPE_PROPERTIES:
                    media["schema"] = schema["properties"]["data"]
                    media["x-altegio-envelope"] = True
                    changes.append(f"{operation_label(path, method, op)}: {status} envelope unwrapped to its data")
    return changes


def drop_error_responses(doc: dict[str, Any]) -> list[str]:
    """Error answers become typed exceptions at run time; functions return only success data."""
    changes = []
    webhooks = [(name, method, op) for name, item in (doc.get("webhooks") or {}).items() for method, op in item.items()]
    for path, method, op in [*iter_operations(doc), *webhooks]:
        responses = op.get("responses") or {}
        errors = [status for status in responses if not str(status).startswith("2")]
        for status in errors:
            del responses[status]
        if errors:
            changes.append(f"{operation_label(path, method, op)}: dropped {', '.join(map(str, errors))}")
        if not responses:
            raise ValueError(f"{operation_label(path, method, op)} documents no success response")
    return changes


def relax_response_required(doc: dict[str, Any]) -> list[str]:
    """A field the spec calls required but the API leaves out (or the catalog cut) must not make
    the whole answer unreadable: response models take every field as optional."""
    changes = []
    for path, method, op in iter_operations(doc):
        for status, response in (op.get("responses") or {}).items():
            for media in (response.get("content") or {}).values():
                if not isinstance(media.get("schema"), dict):
                    continue
                relaxed = 0
                for _, schema in iter_nested(media["schema"], ""):
                    if schema.pop("required", None):
                        relaxed += 1
                if relaxed:
                    changes.append(f"{operation_label(path, method, op)}: {status}: {relaxed} required list(s) relaxed")
    return changes


def offer_vendor_media_type(doc: dict[str, Any]) -> list[str]:
    """Mock only: every JSON answer is also offered as the vendor type the client accepts."""
    changes = 0
    responses = [r for _, _, op in iter_operations(doc) for r in (op.get("responses") or {}).values()]
    responses += list((doc.get("components", {}).get("responses") or {}).values())
    for response in responses:
        content = response.get("content") or {}
        if "application/json" in content and rules.VENDOR_MEDIA_TYPE not in content:
            content[rules.VENDOR_MEDIA_TYPE] = content["application/json"]
            changes += 1
    return [f"{changes} JSON response(s) also offered as {rules.VENDOR_MEDIA_TYPE}"] if changes else []


def schema_for_untyped_bodies(doc: dict[str, Any]) -> list[str]:
    """`content: {application/json: {}}` says nothing of the body: it may hold any JSON value."""
    changes = []
    for path, method, op in iter_operations(doc):
        for status, response in (op.get("responses") or {}).items():
            for content_type, media in (response.get("content") or {}).items():
                if isinstance(media, dict) and "schema" not in media:
                    media["schema"] = (
                        {"type": "string", "format": "binary"} if not content_type.endswith("json") else {}
                    )
                    changes.append(f"{operation_label(path, method, op)}: {status} {content_type} body without schema")
    return changes


def integer_formats(doc: dict[str, Any]) -> list[str]:
    """`type: number, format: int32` is an integer (Prism fakes floats for it, then rejects them)."""
    count = 0
    for _, schema in iter_all_schemas(doc):
        if schema.get("format") in ("int32", "int64") and _number_to_integer(schema):
            count += 1
    return [f"{count} number schema(s) with an integer format -> integer"] if count else []


def merge_shared_properties_into_variants(doc: dict[str, Any]) -> list[str]:
    """`{properties: {...}, oneOf: [{required: [...]}, ...]}`: the generator models only the
    branches, so each branch gets the shared properties (typed fields instead of extras)."""
    changes = []
    for where, schema in iter_all_schemas(doc):
        shared = schema.get("properties")
        branches = schema.get("oneOf") or schema.get("anyOf")
        if not shared or not branches:
            continue
        for branch in branches:
            if isinstance(branch, dict) and "$ref" not in branch:
                branch["properties"] = {**shared, **(branch.get("properties") or {})}
                branch.setdefault("type", "object")
        del schema["properties"]
        changes.append(f"{where}: {len(shared)} shared properties merged into {len(branches)} variants")
    return changes


def describe_parameters_in_schemas(doc: dict[str, Any]) -> list[str]:
    """The generator documents an argument from its schema's description, not the parameter's."""
    count = 0
    for _, _, op in iter_operations(doc):
        for param in op.get("parameters", []):
            schema = param.get("schema")
            if param.get("description") and isinstance(schema, dict) and not schema.get("description"):
                schema["description"] = param["description"]
                count += 1
    return [f"{count} parameter description(s) copied into their schemas"] if count else []


def flag_deprecated_in_descriptions(doc: dict[str, Any]) -> list[str]:
    """The generator drops `deprecated`; say it where users read (the docstring)."""
    changes = []
    for path, method, op in iter_operations(doc):
        if op.get("deprecated") and not str(op.get("description", "")).startswith(rules.DEPRECATED_NOTE):
            op["description"] = rules.DEPRECATED_NOTE + ("\n\n" + op["description"] if op.get("description") else "")
            changes.append(f"{operation_label(path, method, op)}: deprecation noted in the docstring")
    return changes


def _references(doc: dict[str, Any]) -> set[str]:
    """Every `$ref` target in the document, found in one walk."""
    refs: set[str] = set()
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.add(node["$ref"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return refs


def prune_unused_components(doc: dict[str, Any]) -> list[str]:
    changes = []
    # Responses first: dropping one can leave the schema it used unreferenced.
    for section in ("responses", "schemas"):
        entries = doc.get("components", {}).get(section) or {}
        refs = _references(doc)
        unused = [name for name in entries if f"#/components/{section}/{name}" not in refs]
        for name in unused:
            del entries[name]
            changes.append(f"components.{section}.{name}: no longer referenced, removed")
    return changes


def _is_identifier_name(name: str) -> bool:
    return name == "id" or name.endswith(rules.ID_NAME_SUFFIX)


def _number_to_integer(schema: Schema) -> bool:
    declared = schema.get("type")
    if declared == "number":
        schema["type"] = "integer"
        return True
    if isinstance(declared, list) and "number" in declared:
        schema["type"] = ["integer" if t == "number" else t for t in declared]
        return True
    return False


def integer_identifiers(doc: dict[str, Any]) -> list[str]:
    """`location_id: number` would make Python send `1.0`; identifiers are integers."""
    changes = []
    for path, method, op in iter_operations(doc):
        for param in op.get("parameters", []):
            schema = param.get("schema")
            if _is_identifier_name(str(param.get("name"))) and isinstance(schema, dict) and _number_to_integer(schema):
                changes.append(f"{operation_label(path, method, op)}: parameter {param['name']} number -> integer")
    properties = 0
    for _, schema in iter_all_schemas(doc):
        for name, prop in (schema.get("properties") or {}).items():
            if _is_identifier_name(name) and isinstance(prop, dict) and _number_to_integer(prop):
                properties += 1
    if properties:
        changes.append(f"{properties} identifier properties number -> integer")
    return changes


def complete_truncated_arrays(doc: dict[str, Any]) -> list[str]:
    """The catalog build cut deep schemas; an array left without `items` holds anything."""
    changes = []
    for where, schema in iter_all_schemas(doc):
        if "array" in schema_types(schema) and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
            changes.append(f"{where}: array without items -> items: {{}}")
    return changes


def python_identifier(name: str) -> str:
    """What the generator makes of a wire name (`id[]` -> `id`, `fullName` -> `full_name`)."""
    return snake_case(name)


def _unique_name(name: str, taken: set[str]) -> str:
    base = python_identifier(name.removesuffix("[]")) + ("_list" if name.endswith("[]") else "_alt")
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}{counter}", counter + 1
    return candidate


def disambiguate_parameter_names(doc: dict[str, Any]) -> list[str]:
    """`id` and `id[]` in one operation both become Python `id`; rename the second in Python
    only: the wire name stays in `x-altegio-wire-name`, which the client sends."""
    changes = []
    for path, method, op in iter_operations(doc):
        taken: set[str] = set()
        for param in op.get("parameters", []):
            identifier = python_identifier(param["name"])
            if identifier in taken:
                wire = param.get("x-altegio-wire-name", param["name"])
                param["x-altegio-wire-name"] = wire
                param["name"] = _unique_name(wire, taken)
                identifier = param["name"]
                changes.append(f"{operation_label(path, method, op)}: parameter {wire} -> Python {identifier}")
            taken.add(identifier)
    return changes


def _class_key(name: str) -> str:
    return python_identifier(name).replace("_", "").lower()


def disambiguate_property_models(doc: dict[str, Any]) -> list[str]:
    """Sibling properties `image_group` and `ImageGroup` would both name their inline model
    `...ImageGroup`; give the later ones a title of their own."""
    changes = []
    for where, schema in iter_all_schemas(doc):
        seen: set[str] = set()
        for name, prop in (schema.get("properties") or {}).items():
            key = _class_key(name)
            is_model = isinstance(prop, dict) and any(True for _ in child_schemas(prop))
            if key in seen and is_model and "title" not in prop:
                prop["title"] = f"{name}_variant"
                changes.append(f"{where}.{name}: inline model titled {prop['title']!r}")
            seen.add(key)
    return changes


GENERATE = frozenset({"generate"})
MOCK = frozenset({"mock"})
BOTH = GENERATE | MOCK

# In order of application. "mock" patches also shape the Prism mock, which must answer like the
# live API: path fixes, plus what Prism itself needs to fake valid answers.
# fmt: off
PATCHES: tuple[Patch, ...] = (
    Patch("offer_vendor_media_type", "the mock must answer Accept: application/vnd.api.v2+json",
          offer_vendor_media_type, MOCK),
    Patch("strip_managed_headers", "the client sets Accept, Content-Type and Authorization",
          strip_managed_headers, GENERATE),
    Patch("fix_duplicated_path_prefix", "paths must be relative to the server URL", fix_duplicated_path_prefix, BOTH),
    Patch("move_callbacks_to_webhooks", "a callback URL is not an endpoint of this API",
          move_callbacks_to_webhooks, BOTH),
    Patch("secure_unsecured_operations", "POST /auth needs the partner token", secure_unsecured_operations, GENERATE),
    Patch("map_request_content_types", "*/* bodies are JSON", map_request_content_types, GENERATE),
    Patch("unwrap_success_envelopes", "generated functions return the envelope's data",
          unwrap_success_envelopes, GENERATE),
    Patch("drop_error_responses", "errors are raised as typed exceptions, not returned",
          drop_error_responses, GENERATE),
    Patch("relax_response_required", "answers may omit fields the spec calls required",
          relax_response_required, GENERATE),
    Patch("prune_unused_components", "no model for schemas nothing uses", prune_unused_components, GENERATE),
    Patch("integer_identifiers", "identifiers typed number are integers", integer_identifiers, GENERATE),
    Patch("complete_truncated_arrays", "arrays cut without items hold anything (Prism cannot fake them either)",
          complete_truncated_arrays, BOTH),
    Patch("schema_for_untyped_bodies", "a body declared without a schema holds any value",
          schema_for_untyped_bodies, BOTH),
    Patch("integer_formats", "numbers with an int32/int64 format are integers", integer_formats, BOTH),
    Patch("merge_shared_properties_into_variants", "oneOf variants that list only required fields",
          merge_shared_properties_into_variants, GENERATE),
    Patch("describe_parameters_in_schemas", "argument docs come from schema descriptions",
          describe_parameters_in_schemas, GENERATE),
    Patch("flag_deprecated_in_descriptions", "deprecated operations say so in their docstring",
          flag_deprecated_in_descriptions, GENERATE),
    Patch("disambiguate_parameter_names", "parameters mapping to one Python name",
          disambiguate_parameter_names, GENERATE),
    Patch("disambiguate_property_models", "inline models whose generated names collide",
          disambiguate_property_models, GENERATE),
)
# fmt: on
