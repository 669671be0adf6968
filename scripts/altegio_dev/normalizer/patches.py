"""Named patches. Each takes the document, changes it in place and returns one line per change;
an empty list means the quirk it fixes is not (or no longer) there. Every patch is idempotent."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import snake_case

from . import rules
from .examples import response_examples, schema_examples, violations
from .walk import (
    Schema,
    iter_all_schemas,
    iter_nested,
    iter_objects,
    iter_operations,
    operation_label,
    resolve_pointer,
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


def inline_parameter_refs(doc: dict[str, Any]) -> list[str]:
    """`{$ref: #/components/parameters/x}` in an operation becomes a copy of x, so every later
    patch (and the diff) sees each parameter's name, place and schema where it is used."""
    shared = doc.get("components", {}).get("parameters") or {}
    count = 0
    for path, method, op in iter_operations(doc):
        params = op.get("parameters") or []
        for index, param in enumerate(params):
            ref = param.get("$ref") if isinstance(param, dict) else None
            if not isinstance(ref, str):
                continue
            name = ref.rsplit("/", 1)[-1]
            if not ref.startswith("#/components/parameters/") or name not in shared:
                raise ValueError(f"{operation_label(path, method, op)}: unresolvable parameter {ref}")
            params[index] = copy.deepcopy(shared[name])
            count += 1
    return [f"{count} shared parameter reference(s) inlined"] if count else []


def strip_managed_headers(doc: dict[str, Any]) -> list[str]:
    changes = []
    for path, method, op in iter_operations(doc):
        kept = []
        for param in op.get("parameters", []):
            # The vendor document also declares them `in: query` (get_resource_list, get_product_category_list,
            # described "application/vnd.api.v2+json", "Bearer partner_token, User user_token"): headers still.
            name = str(param.get("name", ""))
            if param.get("in") in ("header", "query") and name.lower() in rules.MANAGED_HEADERS:
                changes.append(f"{operation_label(path, method, op)}: removed {param['in']} parameter {name}")
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
        item = doc["paths"][path]
        for method in rules.HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            name = operation_label(path, method, op)
            if path.startswith(rules.CALLBACK_PATH_PREFIXES) or name in rules.CALLBACK_OPERATIONS:
                doc.setdefault("webhooks", {})[name] = {method: item.pop(method)}
                changes.append(f"{method.upper()} {path} ({name}) is a callback: moved to webhooks.{name}")
        if not any(method in item for method in rules.HTTP_METHODS):
            del doc["paths"][path]
    return changes


def secure_unsecured_operations(doc: dict[str, Any]) -> list[str]:
    """The security the live API asks for, where the document lists none or the wrong one
    (rules.SECURITY_OVERRIDES says which and why)."""
    changes = []
    for _, _, op in iter_operations(doc):
        scheme = rules.SECURITY_OVERRIDES.get(op.get("operationId", ""))
        if scheme and op.get("security") != [{scheme: []}]:
            before = [name for requirement in op.get("security") or [] for name in requirement]
            op["security"] = [{scheme: []}]
            changes.append(f"{op['operationId']}: security {before} -> {scheme}")
    return changes


def fix_request_bodies(doc: dict[str, Any]) -> list[str]:
    """The JSON body the live API reads, where the document describes another one
    (rules.REQUEST_BODY_FIXES says which and why)."""
    changes = []
    for path, method, op in iter_operations(doc):
        schema = rules.REQUEST_BODY_FIXES.get(op.get("operationId", ""))
        media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
        if schema is None or not isinstance(media, dict) or media.get("schema") == schema:
            continue
        media["schema"] = copy.deepcopy(schema)
        media.pop("example", None)  # an example of the wrong body
        media.pop("examples", None)
        changes.append(f"{operation_label(path, method, op)}: request body -> {sorted(schema['properties'])}")
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


def _resolve(doc: dict[str, Any], schema: Schema) -> Schema:
    """The schema a local `$ref` chain ends at (the schema itself when it is no reference)."""
    seen: set[str] = set()
    while isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"cannot resolve {ref}")
        seen.add(ref)
        schema = resolve_pointer(doc, ref)
    return schema


def webhook_payload_models(doc: dict[str, Any]) -> list[str]:
    """What Altegio posts (the document's `webhooks`) is parsed like an answer: each payload
    becomes a component named after the webhook ("Appointment Event" -> `appointment_event`, the
    model AppointmentEvent), and the webhook records its model (`x-altegio-webhook-model`) and the
    `resource` values that mean it (`x-altegio-webhook-resources`)."""
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    changes = []
    for name, item in (doc.get("webhooks") or {}).items():
        for op in item.values():
            media = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
            if not isinstance(op, dict) or "x-altegio-webhook-model" in op or not isinstance(media, dict):
                continue
            key = snake_case(rules.WEBHOOK_MODEL_NAMES.get(name) or str(op.get("summary") or name))
            if "$ref" in media.get("schema", {}):
                key = media["schema"]["$ref"].rsplit("/", 1)[-1]
            else:
                if key in schemas:
                    raise ValueError(f"webhooks.{name}: its model name {key} is taken")
                schemas[key] = media["schema"]
                media["schema"] = {"$ref": f"#/components/schemas/{key}"}
            resource = (_resolve(doc, schemas[key]).get("properties") or {}).get("resource") or {}
            op["x-altegio-webhook-model"] = key
            op["x-altegio-webhook-resources"] = list(resource.get("enum") or [])
            changes.append(f"webhooks.{name}: payload -> components.schemas.{key} (resource {resource.get('enum')})")
    return changes


def unwrap_success_envelopes(doc: dict[str, Any]) -> list[str]:
    """Generated functions return `data`; the client unwraps the envelope at run time. An envelope
    is an object with `success` and `data` (and usually `meta`), inline or behind a `$ref`."""
    changes = []
    for path, method, op in iter_operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for media in (response.get("content") or {}).values():
                schema = media.get("schema")
                if media.get("x-altegio-envelope") or not isinstance(schema, dict):
                    continue
                resolved = _resolve(doc, schema)
                properties = resolved.get("properties") or {}
                if rules.ENVELOPE_PROPERTIES <= set(properties) <= rules.ENVELOPE_PROPERTIES | {"meta"}:
                    media["schema"] = copy.deepcopy(properties["data"])
                    media["x-altegio-envelope"] = True
                    via = f" (via {schema['$ref']})" if "$ref" in schema else ""
                    changes.append(f"{operation_label(path, method, op)}: {status} envelope{via} unwrapped to its data")
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


def _component_closure(doc: dict[str, Any], roots: list[Any]) -> set[str]:
    """The names of the component schemas reachable from ``roots`` through `$ref`s."""
    schemas = doc.get("components", {}).get("schemas") or {}
    found: set[str] = set()
    pending = list(roots)
    while pending:
        for node in iter_objects(pending.pop()):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found and name in schemas:
                    found.add(name)
                    pending.append(schemas[name])
    return found


def _answer_schemas(doc: dict[str, Any], also: list[Any] | None = None) -> list[tuple[str, Schema]]:
    """Where answers are described: each operation's response schemas, and the component schemas
    only answers (and ``also``, more answer-side nodes) reach; a component a request also uses is
    left out, so a change made for answers never loosens what requests send."""
    operations = list(iter_operations(doc))
    answers = _component_closure(doc, [op.get("responses") for _, _, op in operations] + (also or []))
    requests = _component_closure(doc, [[op.get("requestBody"), op.get("parameters")] for _, _, op in operations])
    roots = [
        (f"{operation_label(path, method, op)} {status}", media["schema"])
        for path, method, op in operations
        for status, response in (op.get("responses") or {}).items()
        for media in (response.get("content") or {}).values()
        if isinstance(media.get("schema"), dict)
    ]
    schemas = doc.get("components", {}).get("schemas") or {}
    return roots + [(f"components.schemas.{name}", schemas[name]) for name in sorted(answers - requests)]


def relax_response_required(doc: dict[str, Any]) -> list[str]:
    """A field the spec calls required but the API leaves out must not make the whole answer
    unreadable: response models take every field as optional. That covers the components the
    answers use, except one a request also uses (its requests keep their required fields)."""
    webhooks = [op for item in (doc.get("webhooks") or {}).values() for op in item.values() if isinstance(op, dict)]
    changes = []
    for where, root in _answer_schemas(doc, also=[op.get("requestBody") for op in webhooks]):
        relaxed = sum(1 for _, schema in iter_nested(root, "") if schema.pop("required", None))
        if relaxed:
            changes.append(f"{where}: {relaxed} required list(s) relaxed")
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


def hoist_component_variants(doc: dict[str, Any]) -> list[str]:
    """A component whose oneOf/anyOf variants are inline objects: the generator builds each
    variant's models once per use and then refuses the duplicates. Each variant becomes a
    component of its own, referenced from the union."""
    schemas = doc.get("components", {}).get("schemas") or {}
    changes = []
    for key in list(schemas):
        union = schemas[key]
        for keyword in ("oneOf", "anyOf"):
            variants: list[Any] = (union.get(keyword) if isinstance(union, dict) else None) or []
            for index, variant in enumerate(variants):
                if not isinstance(variant, dict) or "$ref" in variant or "properties" not in variant:
                    continue
                name = f"{key}_{snake_case(str(variant.get('title') or f'variant_{index}'))}"
                if name in schemas:
                    raise ValueError(f"components.schemas.{key}: cannot hoist a variant to {name}, the name is taken")
                schemas[name] = variant
                variants[index] = {"$ref": f"#/components/schemas/{name}"}
                changes.append(f"components.schemas.{key} {keyword}[{index}] -> components.schemas.{name}")
    return changes


def encode_array_query_parameters(doc: dict[str, Any]) -> list[str]:
    """Every array query parameter says how it goes on the wire (`x-altegio-query-style`):
    brackets, one `name[]=` per value, unless the document declares `explode: false` (comma-joined).
    The Python name stays clean (`staff_ids`); the wire name goes to `x-altegio-wire-name`.
    A scalar parameter named `ids[]` is a list of that scalar (the docs: "several &ids[]={id}")."""
    changes = []
    for path, method, op in iter_operations(doc):
        for param in op.get("parameters", []):
            if param.get("in") != "query" or "x-altegio-query-style" in param:
                continue
            name, schema = str(param["name"]), param.get("schema") or {}
            bracketed = name.endswith(rules.ARRAY_SUFFIX)
            label = f"{operation_label(path, method, op)}: {name}"
            if "array" not in schema_types(schema):
                if not bracketed:
                    continue
                param["schema"] = {"type": "array", "items": schema}
                changes.append(f"{label}: a {schema.get('type', 'value')} named with [] -> an array of them")
            # A name with [] is PHP's list syntax: under `service_ids[]`, a comma-joined "1,2" would reach
            # PHP as a one-item list, so the brackets win over `explode: false` (the Online Booking
            # document declares both on get_services_available_for_booking and two more).
            if param.get("explode") is False and param.get("style", "form") == "form" and not bracketed:
                param["x-altegio-query-style"] = rules.QUERY_STYLE_COMMA
                changes.append(f"{label}: comma-joined (explode: false)")
                continue
            param["x-altegio-query-style"] = rules.QUERY_STYLE_BRACKETS
            param["x-altegio-wire-name"] = name if bracketed else name + rules.ARRAY_SUFFIX
            param["name"] = name.removesuffix(rules.ARRAY_SUFFIX)
            changes.append(f"{label}: sent as {param['x-altegio-wire-name']}=... once per value")
    return changes


def mock_answers_success(doc: dict[str, Any]) -> list[str]:
    """Mock only: a success answer's envelope says `success: true` (the live API's; the document
    types it a plain boolean, so a made-up answer could say false and read as an API error)."""
    changes = []
    for path, method, op in iter_operations(doc):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            for media in (response.get("content") or {}).values():
                schema = media.get("schema")
                if not isinstance(schema, dict):
                    continue
                success = (_resolve(doc, schema).get("properties") or {}).get("success")
                if isinstance(success, dict) and _resolve(doc, success).get("const") is not True:
                    target = _resolve(doc, success)
                    target.clear()
                    target.update({"type": "boolean", "const": True})
                    changes.append(f"{operation_label(path, method, op)}: {status} success is always true")
    return changes


def mock_answers_any_matching_variant(doc: dict[str, Any]) -> list[str]:
    """Mock only: the answers' `oneOf`s whose variants overlap (`tips`: two objects either of which
    fits `{}`) make Prism refuse the answers it makes up itself; `anyOf` keeps the variants and
    drops the "exactly one" it cannot keep. Requests keep their `oneOf`."""
    changes = []
    for where, root in _answer_schemas(doc):
        for label, schema in iter_nested(root, where):
            if "oneOf" in schema:
                schema["anyOf"] = schema.pop("oneOf")
                changes.append(f"{label}: oneOf -> anyOf")
    return changes


def mock_validates_wire_names(doc: dict[str, Any]) -> list[str]:
    """Mock only: the parameter is named as it is sent (`staff_ids[]`), so Prism checks what arrives."""
    changes = []
    for path, method, op in iter_operations(doc):
        for param in op.get("parameters", []):
            wire = param.get("x-altegio-wire-name")
            if wire and param["name"] != wire:
                changes.append(f"{operation_label(path, method, op)}: {param['name']} validated as {wire}")
                param["name"] = wire
                param["style"], param["explode"] = "form", True
    return changes


def _example(param: dict[str, Any]) -> Any:
    return param.get("example", (param.get("schema") or {}).get("example"))


def _date_kind(param: dict[str, Any]) -> tuple[str, str | None] | None:
    """("date" | "date-time", a non-ISO strftime format or None) for a date parameter, else None."""
    example = _example(param)
    text = str(example) if isinstance(example, (str, int)) and not isinstance(example, bool) else ""
    text = text.strip().strip("'\"")  # the document quotes some examples: "'17.01.2025'", "''"
    name, description = str(param["name"]), str(param.get("description") or "").lower()
    if re.match(rules.DATE_EXAMPLE, text):
        return "date", None
    if re.match(rules.DAY_FIRST_DATE_EXAMPLE, text):
        return "date", rules.DAY_FIRST_DATE_FORMAT
    if re.match(rules.DATETIME_EXAMPLE, text):
        return "date-time", None
    if re.match(rules.COMPACT_DATE_EXAMPLE, text) and "date" in description:
        return "date", None
    if not text and re.search(rules.DATE_NAME, name) and "date" in description:
        return ("date-time" if "time" in description else "date"), None
    return None


def type_date_parameters(doc: dict[str, Any]) -> list[str]:
    """Date parameters typed as strings or numbers become `format: date`/`date-time`, so users pass
    `datetime.date`/`datetime.datetime`; a day-first wire format goes to `x-altegio-date-format`."""
    changes = []
    for path, method, op in iter_operations(doc):
        for param in op.get("parameters", []):
            schema = param.get("schema") or {}
            if param.get("in") not in ("query", "path") or schema.get("format") in ("date", "date-time"):
                continue
            if schema_types(schema) - {"string", "number", "integer"} or not schema_types(schema):
                continue
            kind = _date_kind(param)
            if kind is None:
                continue
            param["schema"] = {"type": "string", "format": kind[0]}
            if kind[1]:
                param["x-altegio-date-format"] = kind[1]
            shown = f" sent as {kind[1]}" if kind[1] else ""
            changes.append(
                f"{operation_label(path, method, op)}: {param['name']} {schema.get('type')} -> {kind[0]}{shown}"
            )
    return changes


def integer_query_parameters(doc: dict[str, Any]) -> list[str]:
    """Page numbers and sizes, 0/1 flags and documented integer codes typed `number` are integers
    (Python would send `1.0` for a float)."""
    changes = []
    for path, method, op in iter_operations(doc):
        for param in op.get("parameters", []):
            schema, name = param.get("schema") or {}, str(param["name"])
            if param.get("in") not in ("query", "path") or "number" not in schema_types(schema):
                continue
            example = _example(param)
            if name in rules.PAGING_PARAMETERS:
                reason = "page/size"
            elif re.search(rules.AMOUNT_NAME, name):
                continue
            elif example in rules.FLAG_EXAMPLES and not isinstance(example, bool):
                reason = f"documented example {example}"
            elif re.search(rules.CODE_LIST, str(param.get("description") or "")):
                reason = "documented integer codes"
            else:
                continue
            _number_to_integer(schema)
            changes.append(f"{operation_label(path, method, op)}: {name} number -> integer ({reason})")
    return changes


def text_phone_parameters(doc: dict[str, Any]) -> list[str]:
    """Phone numbers are text (`+13155550175`); a `number` would drop the `+` and leading zeros."""
    changes = []
    for path, method, op in iter_operations(doc):
        for param in op.get("parameters", []):
            schema = param.get("schema") or {}
            if param["name"] in rules.PHONE_NAMES and schema_types(schema) & {"number", "integer"}:
                param["schema"] = {"type": "string"}
                changes.append(f"{operation_label(path, method, op)}: {param['name']} {schema.get('type')} -> string")
    return changes


def partial_patch_bodies(doc: dict[str, Any]) -> list[str]:
    """A PATCH body that is the resource's whole schema (a `$ref` shared with other operations)
    requires nothing: PATCH changes the fields it is sent. The PATCH gets its own copy, named
    `<schema>_partial`, without `required`. Inline bodies written for one PATCH keep theirs."""
    schemas = doc.get("components", {}).get("schemas") or {}
    changes = []
    for path, method, op in iter_operations(doc):
        if method != "patch":
            continue
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            ref = (media.get("schema") or {}).get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
                continue
            name = ref.rsplit("/", 1)[-1]
            if not schemas[name].get("required"):
                continue
            partial = f"{name}_partial"
            if partial not in schemas:
                schemas[partial] = {k: v for k, v in copy.deepcopy(schemas[name]).items() if k != "required"}
                if "title" in schemas[partial]:  # the model's name: must differ from the original's
                    schemas[partial]["title"] += " partial"
            media["schema"] = {"$ref": f"#/components/schemas/{partial}"}
            changes.append(f"{operation_label(path, method, op)}: body {name} -> {partial} "
                           f"({len(schemas[name]['required'])} required fields dropped)")  # fmt: skip
    return changes


_JSON_TYPES = (
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return next(name for cls, name in _JSON_TYPES if isinstance(value, cls))


def _accept(error: Any) -> str | None:
    """Loosen the schema node ``error`` blames so it accepts the documented value (idempotent: one
    node can be blamed by several errors); the keyword loosened, or None when there is no way."""
    node, keyword, value = error.schema, error.validator, error.instance
    if keyword == "type":
        declared = node.get("type", [])
        declared = declared if isinstance(declared, list) else [declared]
        if _json_type(value) not in declared:
            node["type"] = [*declared, _json_type(value)]
            node.pop("format", None)  # it described the declared type, not the values now allowed
            if _json_type(value) == "array":
                node.setdefault("items", {})
    elif keyword == "oneOf" and "is valid under each of" in error.message:
        node["anyOf"] = node.pop("oneOf")  # the value fits several variants: any of them will do
    elif keyword in ("oneOf", "anyOf"):
        extra: dict[str, Any] = {"type": _json_type(value)}
        if extra["type"] == "array":
            extra["items"] = {}
        if extra not in node.get(keyword, []):
            node.setdefault(keyword, []).append(extra)
    elif keyword == "required":
        missing = set(error.validator_value) - set(value)
        node["required"] = [name for name in node.get("required", []) if name not in missing]
    elif keyword == "enum":
        if value not in node.get("enum", []):
            node["enum"] = [*node.get("enum", []), value]
    elif keyword in ("format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "const",
                     "minLength", "maxLength", "minItems", "maxItems", "pattern", "additionalProperties"):  # fmt: skip
        node.pop(keyword, None)
    else:
        return None
    return str(keyword)


def mock_accepts_documented_examples(doc: dict[str, Any]) -> list[str]:
    """Mock only: Prism (with --errors) refuses to serve an example its own schema rejects, and the
    vendor's examples are the docs' evidence of what the live API sends (`phone: 13155550177`,
    `fired: "0"`, `2026-02-01T12:00:00-0500`). Each schema node an example breaks is loosened just
    enough to accept it; the generated client keeps the declared types and coerces (see the models)."""
    changes: dict[str, int] = {}
    for example in [*response_examples(doc, as_parsed=False), *schema_examples(doc)]:
        for _ in range(50):  # fixpoint: loosening one node can expose the next
            errors = violations(doc, example)
            if not errors:
                break
            for error in errors:
                done = _accept(error)
                if done is None:
                    raise ValueError(f"{example.where}: cannot make the schema accept its example ({error.message})")
                changes[f"{example.where}: {done}"] = changes.get(f"{example.where}: {done}", 0) + 1
    return [f"{where} x{count}" for where, count in sorted(changes.items())]


def _widen(error: Any) -> str | None:
    """Make the schema node ``error`` blames also hold the documented value; what was done, or
    None when the client reads the value losslessly anyway (rules.COERCIONS.reads_as)."""
    node, value = error.schema, error.instance
    actual = _json_type(value)
    if error.validator == "type":
        declared = node["type"] if isinstance(node["type"], list) else [node["type"]]
        # Read across only into a field of one type: a union (`integer | string`) gets the value's
        # own type added instead (89.7 stays a number, not the text "89.7").
        kinds = [kind for kind in declared if kind != "null"]
        if len(kinds) == 1 and rules.COERCIONS.reads_as(kinds[0], value):
            return None
        if actual in declared:  # widened already, for another value of the same node
            return None
        node["type"] = [*declared, actual]
        if actual == "array":
            node.setdefault("items", {})
        if actual == "number" and node.get("format") in ("int32", "int64"):
            del node["format"]  # an integer format no longer describes the values
        return f"{'|'.join(declared)} + {actual}"
    variants = node[error.validator]
    extra: dict[str, Any] = {"type": actual, **({"items": {}} if actual == "array" else {})}
    if extra in variants:
        return None
    variants.append(extra)
    return f"{error.validator} + {actual}"


def follow_example_types(doc: dict[str, Any]) -> list[str]:
    """The documented examples show values their declared types cannot hold: `null` in a date
    (`birth_date`), `''` for no number (`card`), a date string where an object is declared
    (`dates`). The examples are the docs' evidence of the wire, so the type widens to hold them
    (`date | None`, `list[DatesItem | str]`); values the models read losslessly (a number in a
    string field, "0" in a number field, `[]` for an object: PHP's empty array; the runtime's
    coercions.py decides) widen nothing."""
    changes = []
    for example in [*response_examples(doc), *schema_examples(doc)]:
        for _ in range(50):  # fixpoint: widening one node can expose the next
            widened = [
                (error, done)
                for error in violations(doc, example)
                if error.validator in ("type", "oneOf", "anyOf") and (done := _widen(error)) is not None
            ]
            if not widened:
                break
            for error, done in widened:
                where = "/".join(str(part) for part in error.absolute_path) or "(the whole value)"
                changes.append(f"{example.where}: {where} {done}, as the example shows ({error.instance!r:.40})")
    return changes


def _shape(value: Any) -> str | None:
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else None


def follow_example_shapes(doc: dict[str, Any]) -> list[str]:
    """The vendor's examples sometimes show a list where the schema declares one object, or the
    reverse (get_appointment_calendar_sessions: 29 sessions for an `object`; get_service_category:
    one category for an `array`). The examples are the docs' evidence of the wire, so the declared
    shape follows them; the answer is marked `x-altegio-also-accept` with the other shape, which
    the client still takes (losslessly) since the document says both. The made-up answers of the
    dynamic mock follow the same shapes (there the data sits inside the declared envelope)."""
    changes = []
    for example in response_examples(doc):
        media = _media_of(doc, example.where)
        if media is None or "x-altegio-also-accept" in media:
            continue
        holder, key = _data_schema(doc, media)
        declared = _resolve(doc, holder[key])
        shape = _shape(example.value)
        if shape == "array" and declared.get("type") == "object":
            holder[key] = {"type": "array", "items": holder[key]}
            media["x-altegio-also-accept"] = "object"
        elif shape == "object" and declared.get("type") == "array" and isinstance(declared.get("items"), dict):
            holder[key] = declared["items"]
            media["x-altegio-also-accept"] = "array"
        else:
            continue
        changes.append(f"{example.where}: declared {declared.get('type')}, documented example {shape}: "
                       f"{shape} it is ({media['x-altegio-also-accept']} also accepted)")  # fmt: skip
    return changes


def _data_schema(doc: dict[str, Any], media: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Where the schema of the answer's data sits: the media's schema, or (an envelope still
    declared, as the mock keeps them) its `data` property."""
    envelope = _resolve(doc, media["schema"]) if not media.get("x-altegio-envelope") else {}
    properties = envelope.get("properties") or {}
    if set(properties) >= rules.ENVELOPE_PROPERTIES and isinstance(properties["data"], dict):
        # This answer's own envelope (the declared one may be shared with answers shaped otherwise).
        media["schema"] = {**envelope, "properties": {**properties}}
        return media["schema"]["properties"], "data"
    return media, "schema"


def _media_of(doc: dict[str, Any], where: str) -> dict[str, Any] | None:
    """The media object an Example's ``where`` ("operation status content-type") names."""
    operation_id, status, content_type = where.split(" ")
    for path, method, op in iter_operations(doc):
        if operation_label(path, method, op) == operation_id:
            for code, response in (op.get("responses") or {}).items():
                media = (response.get("content") or {}).get(content_type) if str(code) == status else None
                if isinstance(media, dict):
                    return media
    return None


def _inline_ref(doc: dict[str, Any], holder: dict[str, Any], key: str) -> str | None:
    """Replace ``holder[key]``, a `$ref` to a component schema, by a copy of it without its title."""
    ref = (holder.get(key) or {}).get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        return None
    holder[key] = {k: v for k, v in copy.deepcopy(_resolve(doc, holder[key])).items() if k != "title"}
    return ref.rsplit("/", 1)[-1]


def name_models_after_operations(doc: dict[str, Any]) -> list[str]:
    """The model a user builds or receives is named after its operation, whatever the document
    calls its schema: `CreateChainLoyaltyProgramBody`, `GetAppointmentListResponse200Item`
    (predictable, and the names earlier releases had), not `RootTypeForServicesChange...`. Request
    bodies and success answers (or their list items) that are a `$ref` get a copy of the schema;
    the models nested deeper stay shared."""
    changes = []
    for path, method, op in iter_operations(doc):
        label = operation_label(path, method, op)
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            name = _inline_ref(doc, media, "schema")
            if name:
                changes.append(f"{label}: request body {name} inlined")
        for status, response in (op.get("responses") or {}).items():
            for media in (response.get("content") or {}).values():
                name = _inline_ref(doc, media, "schema")
                schema = media.get("schema") or {}
                if "array" in schema_types(schema) and isinstance(schema.get("items"), dict):
                    name = _inline_ref(doc, schema, "items") or name
                if name:
                    changes.append(f"{label}: {status} answer {name} inlined")
    return changes


def readable_tag_names(doc: dict[str, Any]) -> list[str]:
    """A tag names the package its operations live in; one whose name the generator would mangle
    (`VoIP Integration` -> `vo_ip_integration`) gets the readable one (rules.TAG_RENAMES)."""
    changes = []
    for path, method, op in iter_operations(doc):
        tags = op.get("tags") or []
        renamed = [rules.TAG_RENAMES.get(tag, tag) for tag in tags]
        if renamed != tags:
            op["tags"] = renamed
            changes.append(f"{operation_label(path, method, op)}: tag {tags[0]!r} -> {renamed[0]!r}")
    for tag in doc.get("tags") or []:
        if isinstance(tag, dict) and tag.get("name") in rules.TAG_RENAMES:
            tag["name"] = rules.TAG_RENAMES[tag["name"]]
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
    return {node["$ref"] for node in iter_objects(doc) if isinstance(node.get("$ref"), str)}


def prune_unused_components(doc: dict[str, Any]) -> list[str]:
    """Drop components nothing references, until none is left (a schema used only by an unused
    one goes too)."""
    changes: list[str] = []
    while True:
        refs = _references(doc)
        unused = [
            (section, name)
            for section in ("responses", "schemas", "parameters", "requestBodies")
            for name in doc.get("components", {}).get(section) or {}
            if f"#/components/{section}/{name}" not in refs
        ]
        if not unused:
            return changes
        for section, name in unused:
            del doc["components"][section][name]
            changes.append(f"components.{section}.{name}: no longer referenced, removed")


def drop_placeholder_titles(doc: dict[str, Any]) -> list[str]:
    """The generator names a model after its schema's `title`; the document's editor left
    placeholders ("Root Type for currency"), which would name models `RootTypeForCurrency`.
    Without them the component's key names the model (`Currency`)."""
    changes = []
    for where, schema in iter_all_schemas(doc):
        title = schema.get("title")
        if isinstance(title, str) and re.match(rules.PLACEHOLDER_TITLE, title):
            del schema["title"]
            changes.append(f"{where}: title {title!r} dropped")
    return changes


def _is_identifier_name(name: str) -> bool:
    return name == "id" or name.endswith(rules.ID_NAME_SUFFIX)


def _is_identifier_list_name(name: str) -> bool:
    return name == "ids" or name.endswith(rules.ID_NAME_SUFFIX + "s")


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
            schema, name = param.get("schema"), str(param.get("name")).removesuffix(rules.ARRAY_SUFFIX)
            if not isinstance(schema, dict):
                continue
            if _is_identifier_name(name) and _number_to_integer(schema):
                changes.append(f"{operation_label(path, method, op)}: parameter {param['name']} number -> integer")
            items = schema.get("items")
            if _is_identifier_list_name(name) and isinstance(items, dict) and _number_to_integer(items):
                changes.append(
                    f"{operation_label(path, method, op)}: parameter {param['name']} items number -> integer"
                )
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


def drop_case_duplicate_properties(doc: dict[str, Any]) -> list[str]:
    """Sibling properties one Python attribute name stands for (`image_group` and `ImageGroup` in
    upload_image's answer, the same schema twice): the generator then falls back to raw names, and
    `ImageGroup: ImageGroup` shadows its own class. The snake_case one stays; the others are
    dropped from the model (a value sent under them still arrives, in `additional_properties`)."""
    changes = []
    for where, schema in iter_all_schemas(doc):
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            continue
        groups: dict[str, list[str]] = {}
        for name in properties:
            groups.setdefault(python_identifier(name), []).append(name)
        for identifier, names in groups.items():
            if len(names) < 2:
                continue
            keep = identifier if identifier in names else names[0]
            for name in names:
                if name != keep:
                    del properties[name]
                    changes.append(f"{where}.{name}: dropped, {keep} is the same Python attribute")
    return changes


GENERATE = frozenset({"generate"})
# The Prism mock serving the documented examples ("mock") or answers made up from the schemas
# ("mock-dynamic"): both answer like the live API; only the first must accept every example.
STATIC_MOCK = frozenset({"mock"})
MOCK = STATIC_MOCK | {"mock-dynamic"}
BOTH = GENERATE | MOCK

# In order of application. "mock" patches also shape the Prism mock, which must answer like the
# live API: path fixes, plus what Prism itself needs to fake valid answers.
# fmt: off
PATCHES: tuple[Patch, ...] = (
    Patch("offer_vendor_media_type", "the mock must answer Accept: application/vnd.api.v2+json",
          offer_vendor_media_type, MOCK),
    Patch("inline_parameter_refs", "shared parameters are read where they are used", inline_parameter_refs, BOTH),
    Patch("strip_managed_headers", "the client sets Accept, Content-Type and Authorization",
          strip_managed_headers, BOTH),
    Patch("encode_array_query_parameters", "PHP reads name[]=a&name[]=b; bare repeats keep only the last",
          encode_array_query_parameters, BOTH),
    Patch("fix_duplicated_path_prefix", "paths must be relative to the server URL", fix_duplicated_path_prefix, BOTH),
    Patch("move_callbacks_to_webhooks", "a callback URL is not an endpoint of this API",
          move_callbacks_to_webhooks, BOTH),
    Patch("secure_unsecured_operations", "logins need the partner token, a booking user's data the user's",
          secure_unsecured_operations, GENERATE),
    Patch("fix_request_bodies", "POST /user/auth takes the phone and the SMS code", fix_request_bodies, BOTH),
    Patch("map_request_content_types", "*/* bodies are JSON", map_request_content_types, GENERATE),
    Patch("webhook_payload_models", "what Altegio posts is parsed like an answer", webhook_payload_models, GENERATE),
    Patch("unwrap_success_envelopes", "generated functions return the envelope's data",
          unwrap_success_envelopes, GENERATE),
    Patch("drop_error_responses", "errors are raised as typed exceptions, not returned",
          drop_error_responses, GENERATE),
    Patch("integer_identifiers", "identifiers typed number are integers (the mock makes up integers, as the API sends)",
          integer_identifiers, BOTH),
    Patch("complete_truncated_arrays", "arrays cut without items hold anything (Prism cannot fake them either)",
          complete_truncated_arrays, BOTH),
    Patch("schema_for_untyped_bodies", "a body declared without a schema holds any value",
          schema_for_untyped_bodies, BOTH),
    Patch("integer_formats", "numbers with an int32/int64 format are integers", integer_formats, BOTH),
    Patch("merge_shared_properties_into_variants", "oneOf variants that list only required fields",
          merge_shared_properties_into_variants, GENERATE),
    Patch("hoist_component_variants", "inline variants of a shared union are generated once, as components",
          hoist_component_variants, GENERATE),
    Patch("type_date_parameters", "dates are passed as datetime.date/datetime and sent as documented",
          type_date_parameters, BOTH),
    Patch("integer_query_parameters", "pages, sizes, 0/1 flags and codes are integers",
          integer_query_parameters, BOTH),
    Patch("text_phone_parameters", "phone numbers are text", text_phone_parameters, BOTH),
    Patch("partial_patch_bodies", "PATCH changes only the fields it is sent", partial_patch_bodies, BOTH),
    Patch("mock_accepts_documented_examples", "Prism must serve the documented examples as they are",
          mock_accepts_documented_examples, STATIC_MOCK),
    Patch("mock_answers_success", "a success answer's envelope says success: true", mock_answers_success, MOCK),
    Patch("mock_answers_any_matching_variant", "Prism refuses answers fitting two oneOf variants",
          mock_answers_any_matching_variant, MOCK),
    Patch("mock_validates_wire_names", "Prism checks parameters under the name they are sent as",
          mock_validates_wire_names, MOCK),
    Patch("follow_example_shapes", "a list where the docs show one object (or the reverse) follows the example",
          follow_example_shapes, GENERATE | {"mock-dynamic"}),
    Patch("follow_example_types", "values the documented examples show are typed, not refused",
          follow_example_types, GENERATE),
    Patch("name_models_after_operations", "models users build or receive are named after their operation",
          name_models_after_operations, GENERATE),
    Patch("relax_response_required", "answers may omit fields the spec calls required",
          relax_response_required, GENERATE),
    Patch("prune_unused_components", "no model for schemas nothing uses", prune_unused_components, GENERATE),
    Patch("drop_placeholder_titles", "placeholder titles would name models RootTypeFor...",
          drop_placeholder_titles, GENERATE),
    Patch("readable_tag_names", "a tag names its package: no mangled acronyms", readable_tag_names, GENERATE),
    Patch("describe_parameters_in_schemas", "argument docs come from schema descriptions",
          describe_parameters_in_schemas, GENERATE),
    Patch("flag_deprecated_in_descriptions", "deprecated operations say so in their docstring",
          flag_deprecated_in_descriptions, GENERATE),
    Patch("disambiguate_parameter_names", "parameters mapping to one Python name",
          disambiguate_parameter_names, GENERATE),
    Patch("drop_case_duplicate_properties", "properties one Python attribute name stands for",
          drop_case_duplicate_properties, GENERATE),
)
# fmt: on
