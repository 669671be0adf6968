"""Rebuild the pinned B2B v1 OpenAPI document from Altegio's machine-readable catalog.

The catalog (``../shared/altegio/catalog.json``) is Altegio's own flattening of
``docs/en/b2b-v1/openapi.yaml``; this command turns its ``"source": "v1"`` operations back
into an OpenAPI 3.1 document, as close to the live one as the data allows:

* success responses marked ``"envelope": "v1"`` are wrapped back in ``{success, data, meta}``;
* every operation documents the shared error envelope for 4xx answers;
* quirks of the data are kept (the normalizer fixes them, so a live download gets the same fixes).

Usage: python -m altegio_dev spec [--catalog PATH] [--out PATH] [--check]
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from .constants import CATALOG, LIVE_BUNDLE_URL, PINNED_SPEC, PROVENANCE
from .spec_io import dump_yaml, read_provenance, write_provenance

CATALOG_REPOSITORY = "https://github.com/altegio/altegio-pro-mcp"
CATALOG_COMMIT = "161b83cdfe749682ebee357a9249881d5248e4e7"
CATALOG_PATH = "src/generated/catalog.json"
SERVER_URL = "https://api.alteg.io/api/v1"

SECURITY_SCHEMES: dict[str, Any] = {
    "BearerPartner": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "PartnerToken",
        "description": "Partner token only: `Authorization: Bearer {PartnerToken}`.",
    },
    "BearerPartnerUser": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "PartnerToken, User UserToken",
        "description": "Partner and user token: `Authorization: Bearer {PartnerToken}, User {UserToken}`.",
    },
}

# Error answers documented on every operation; all share one envelope.
ERROR_RESPONSES: dict[str, tuple[str, str]] = {
    "400": ("BadRequest", "Bad request"),
    "401": ("Unauthorized", "Missing or invalid partner or user token"),
    "403": ("Forbidden", "The user lacks the rights for this operation"),
    "404": ("NotFound", "The resource does not exist"),
    "422": ("UnprocessableEntity", "Validation failed; `meta.errors` names the fields"),
    "429": ("TooManyRequests", "Rate limit (200 requests per minute per IP) exceeded"),
}

META_SCHEMA: dict[str, Any] = {
    "description": "Response metadata: an object (counts, messages) or an empty array.",
    "anyOf": [
        {"type": "object", "additionalProperties": True},
        {"type": "array", "maxItems": 0},
    ],
}

ERROR_ENVELOPE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Envelope of a failed call.",
    "required": ["success", "data", "meta"],
    "properties": {
        "success": {"type": "boolean", "const": False},
        "data": {"type": "null"},
        "meta": {
            "type": "object",
            "properties": {
                "message": {"type": "string", "description": "Human-readable error message"},
                "errors": {
                    "type": "object",
                    "additionalProperties": True,
                    "description": "Field errors, keyed by field name",
                },
            },
            "required": ["message"],
        },
    },
}


def envelope(data_schema: dict[str, Any]) -> dict[str, Any]:
    """The v1 success envelope around a ``data`` schema."""
    return {
        "type": "object",
        "required": ["success", "data", "meta"],
        "properties": {
            "success": {"type": "boolean", "const": True},
            "data": data_schema,
            "meta": {"$ref": "#/components/schemas/Meta"},
        },
    }


def build_success_response(response: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    status = response["statusCode"]
    out: dict[str, Any] = {"description": "Success"}
    content_type = response.get("contentType")
    if content_type:
        media: dict[str, Any] = {}
        schema = response.get("schema")
        if schema is not None:
            media["schema"] = envelope(schema) if response.get("envelope") == "v1" else schema
        out["content"] = {content_type: media}
    return status, out


def build_operation(op: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"operationId": op["operationId"], "tags": list(op["tags"])}
    out["summary"] = op["summary"]
    if op.get("description"):
        out["description"] = op["description"]
    if op.get("deprecated"):
        out["deprecated"] = True
    out["security"] = [{scheme: []} for scheme in op["security"]["schemes"]]
    if op["parameters"]:
        out["parameters"] = op["parameters"]
    body = op.get("requestBody")
    if body:
        out["requestBody"] = {
            "required": bool(body["required"]),
            "content": {body["contentType"]: {"schema": body["schema"]}},
        }
    status, success = build_success_response(op["response"])
    responses: dict[str, Any] = {status: success}
    for code, (name, _) in ERROR_RESPONSES.items():
        responses[code] = {"$ref": f"#/components/responses/{name}"}
    out["responses"] = responses
    return out


def build_document(catalog: dict[str, Any]) -> dict[str, Any]:
    source = next(s for s in catalog["sources"] if s["source"] == "v1")
    operations = [op for op in catalog["operations"] if op["source"] == "v1"]
    tags: list[str] = []
    paths: dict[str, dict[str, Any]] = {}
    for op in operations:
        for tag in op["tags"]:
            if tag not in tags:
                tags.append(tag)
        paths.setdefault(op["path"], {})[op["method"].lower()] = build_operation(op)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": source["title"],
            "version": source["version"],
            "description": (
                "Altegio B2B API v1 (Business Management). Rebuilt from Altegio's machine-readable "
                "catalog of the official document; see PROVENANCE.json beside this file."
            ),
            "license": {"name": "Altegio API Agreement"},
        },
        "servers": [{"url": SERVER_URL}],
        "tags": [{"name": tag} for tag in tags],
        "paths": paths,
        "components": {
            "securitySchemes": SECURITY_SCHEMES,
            "schemas": {"Meta": META_SCHEMA, "ErrorEnvelope": ERROR_ENVELOPE_SCHEMA},
            "responses": {
                name: {
                    "description": text,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorEnvelope"}}},
                }
                for name, text in ERROR_RESPONSES.values()
            },
        },
    }


def provenance_for(catalog_bytes: bytes, spec_text: str, previous: dict[str, Any]) -> dict[str, Any]:
    catalog_sha = hashlib.sha256(catalog_bytes).hexdigest()
    unchanged = previous.get("source", {}).get("sha256") == catalog_sha
    pinned_on = previous.get("pinned_on") if unchanged else None
    return {
        "spec": PINNED_SPEC.name,
        "spec_sha256": hashlib.sha256(spec_text.encode()).hexdigest(),
        "pinned_on": pinned_on or datetime.date.today().isoformat(),
        "built_by": "python -m altegio_dev spec",
        "source": {
            "kind": "catalog",
            "repository": CATALOG_REPOSITORY,
            "commit": CATALOG_COMMIT,
            "path": CATALOG_PATH,
            "sha256": catalog_sha,
            "license": "MIT",
            "derived_from": "docs/en/b2b-v1/openapi.yaml (Business Management 1.0.0)",
        },
        "live_bundle": LIVE_BUNDLE_URL,
    }


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--catalog", type=Path, default=CATALOG)
    parser.add_argument("--out", type=Path, default=PINNED_SPEC)
    parser.add_argument("--provenance", type=Path, default=PROVENANCE)
    parser.add_argument("--check", action="store_true", help="fail if the pinned file differs")


def run(args: argparse.Namespace) -> int:
    if args.check:
        provenance = read_provenance(args.provenance)
        if provenance.get("source", {}).get("kind", "catalog") != "catalog":
            # Pinned by update-spec from another source: check the file against its record.
            digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
            ok = digest == provenance.get("spec_sha256")
            verdict = "matches" if ok else "DIFFERS from"
            kind = provenance["source"].get("kind")
            print(f"{args.out} comes from {kind}: sha256 {verdict} {args.provenance.name}",
                  file=sys.stdout if ok else sys.stderr)  # fmt: skip
            return 0 if ok else 1
    if not args.catalog.exists():
        print(f"{args.catalog} not found: put ../shared/altegio beside the checkout or set ALTEGIO_SHARED_DIR",
              file=sys.stderr)  # fmt: skip
        return 2
    catalog_bytes = args.catalog.read_bytes()
    spec_text = dump_yaml(build_document(json.loads(catalog_bytes)))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != spec_text:
            print(f"{args.out} is not what {args.catalog} builds; run make spec", file=sys.stderr)
            return 1
        print(f"{args.out} matches {args.catalog}")
        return 0
    args.out.write_text(spec_text, encoding="utf-8")
    write_provenance(args.provenance, provenance_for(catalog_bytes, spec_text, read_provenance(args.provenance)))
    print(f"wrote {args.out} ({len(spec_text):,} characters) and {args.provenance}")
    return 0
