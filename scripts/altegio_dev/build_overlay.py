"""Build the B2B overlay from Altegio's catalog (openapi/b2b-v1.overlay.yaml); --check the pins.

``../shared/altegio/catalog.json`` is Altegio's own digest of a later B2B v1 document than the
bundle pinned in openapi/. Six of its facts are newer (shared/altegio/README.md): three operations
the bundle does not have, and the client-comment paths, which the catalog puts under
``/company/{location_id}/clients/...`` and the bundle under ``/clients/{location_id}/clients/...``
(Altegio's own client code calls the catalog's form). This script writes them as an OpenAPI
Overlay 1.0 document, one action per fact, each saying where it comes from; the pipeline applies
it to the pinned bundle (and to the next one `make update-spec` brings).

With --check: every pinned document still has the sha256 its provenance records, and the
overlay is what the catalog builds (skipped, with the reason, when ../shared is missing).

Usage: python -m altegio_dev spec [--catalog PATH] [--spec PATH] [--out PATH] [--check]
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from .constants import APIS, B2B, CATALOG
from .spec_io import dump_yaml, load_spec, read_provenance

CATALOG_SOURCE = (
    "Altegio's catalog.json (altegio/altegio-pro-mcp@161b83cdfe749682ebee357a9249881d5248e4e7, "
    "src/generated/catalog.json, built from docs/en/b2b-v1/openapi.yaml)"
)
# Operations the catalog has and the bundle does not.
ADDED_OPERATIONS = ("get_client_membership_activity_history", "update_appointment_attendance", "upload_client_file")
# Operations whose path the catalog corrects: the bundle's path item moves to the catalog's path.
MOVED_OPERATIONS = ("list_client_comments", "create_client_comment", "delete_client_comment")

META_SCHEMA: dict[str, Any] = {
    "description": "Response metadata: an object (counts, messages) or an empty array.",
    "anyOf": [{"type": "object", "additionalProperties": True}, {"type": "array", "maxItems": 0}],
}


def _operation(op: dict[str, Any]) -> dict[str, Any]:
    """A catalog entry as an OpenAPI operation, its success answer wrapped in the v1 envelope."""
    out: dict[str, Any] = {
        "tags": list(op["tags"]),
        "summary": op["summary"],
        "description": op.get("description") or op["summary"],
        "operationId": op["operationId"],
        "security": [{scheme: []} for scheme in op["security"]["schemes"]],
        "parameters": copy.deepcopy(op.get("parameters") or []),
    }
    body = op.get("requestBody")
    if body:
        out["requestBody"] = {
            "required": bool(body["required"]),
            "content": {body["contentType"]: {"schema": body["schema"]}},
        }
    response = op["response"]
    schema = copy.deepcopy(response.get("schema") or {})
    if response.get("envelope") == "v1":
        schema = {"type": "object", "properties": {"success": {"type": "boolean"}, "data": schema, "meta": META_SCHEMA}}
    out["responses"] = {
        response["statusCode"]: {"description": "Success", "content": {response["contentType"]: {"schema": schema}}},
        "401": {"$ref": "#/components/responses/401_unauthorized"},
    }
    return out


def _bundle_operations(bundle: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {
        op["operationId"]: (path, method)
        for path, item in bundle["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def build_overlay(catalog: dict[str, Any], bundle: dict[str, Any]) -> dict[str, Any]:
    entries = {op["operationId"]: op for op in catalog["operations"] if op.get("source") == "v1"}
    in_bundle = _bundle_operations(bundle)
    actions: list[dict[str, Any]] = []
    for operation_id in ADDED_OPERATIONS:
        entry = entries[operation_id]
        if operation_id in in_bundle:  # the document has it now: no fact left to add
            continue
        actions.append({
            "target": "$.paths",
            "description": f"{operation_id} ({entry['method']} {entry['path']}): in {CATALOG_SOURCE}, "
            "not in the bundle.",
            "update": {entry["path"]: {entry["method"].lower(): _operation(entry)}},
        })  # fmt: skip
    moves: dict[str, tuple[str, list[str]]] = {}  # bundle path -> catalog path, operations
    for operation_id in MOVED_OPERATIONS:
        bundle_path, _ = in_bundle[operation_id]
        if bundle_path != entries[operation_id]["path"]:  # still where the catalog says it is not
            moves.setdefault(bundle_path, (entries[operation_id]["path"], []))[1].append(operation_id)
    for bundle_path, (catalog_path, operation_ids) in moves.items():
        ids = ", ".join(operation_ids)
        actions.append({
            "target": "$.paths",
            "description": f"{ids}: {CATALOG_SOURCE} serves them at {catalog_path}, the bundle at {bundle_path}; "
            "Altegio's own client code calls the catalog's path (the bundle's is documentation drift). "
            "The bundle's definitions move there unchanged.",
            "update": {catalog_path: copy.deepcopy(bundle["paths"][bundle_path])},
        })  # fmt: skip
        actions.append({
            "target": f"$.paths['{bundle_path}']",
            "description": f"{ids}: the bundle's path, replaced by {catalog_path} (see the action before).",
            "remove": True,
        })  # fmt: skip
    return {
        "overlay": "1.0.0",
        "info": {"title": "altegio-b2b: catalog facts newer than the B2B v1 bundle", "version": "1.0.0"},
        "extends": B2B.bundle_url,
        "actions": actions,
    }


def check_pins() -> list[str]:
    """One line per pinned document whose bytes differ from its provenance's sha256."""
    problems = []
    for api in APIS:
        recorded = read_provenance(api.provenance).get("spec_sha256")
        actual = hashlib.sha256(api.spec.read_bytes()).hexdigest() if api.spec.exists() else None
        if recorded != actual:
            problems.append(f"{api.spec.name}: sha256 {actual} but {api.provenance.name} records {recorded}")
        else:
            print(f"{api.spec.name}: sha256 matches {api.provenance.name}")
    return problems


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--catalog", type=Path, default=CATALOG)
    parser.add_argument("--spec", type=Path, default=B2B.spec, help="the bundle the overlay applies to")
    parser.add_argument("--out", type=Path, default=B2B.overlay)
    parser.add_argument("--check", action="store_true", help="fail if a pin or the overlay differs")


def run(args: argparse.Namespace) -> int:
    problems = check_pins() if args.check else []
    if not args.catalog.exists():
        where = f"{args.catalog} not found: put ../shared/altegio beside the checkout or set ALTEGIO_SHARED_DIR"
        if args.check:
            print(f"overlay not checked: {where}")
            return 1 if problems else 0
        print(where, file=sys.stderr)
        return 2
    text = dump_yaml(build_overlay(json.loads(args.catalog.read_bytes()), load_spec(args.spec)))
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
            problems.append(f"{args.out.name} is not what {args.catalog} builds; run `make spec`")
        else:
            print(f"{args.out.name} matches {args.catalog}")
        print("\n".join(problems), file=sys.stderr)
        return 1 if problems else 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} characters)")
    return 0
