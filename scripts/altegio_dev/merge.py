"""The package's API documents as one: what one generator run (and one Prism mock) is fed.

Each document is normalized on its own first (its quirks, its log). Merged:
* every operation carries `x-altegio-api` (the document's name); the operations of a document
  other than the first get its package in front of their tag (`booking Online Booking`), so the
  generator writes them apart and generation can move them to `altegio_b2b.<package>.<tag>`;
* an operation two documents both describe (same method and path) exists once, the first's;
* a component whose name another document already uses for something else is renamed
  `<package>_<name>` (title too), with every reference to it; identical ones are shared;
* security schemes, webhooks and tags are pooled.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from .constants import API_EXTENSION, APIS, ApiDocument
from .normalizer import NormalizationReport, normalize
from .normalizer.walk import iter_objects, iter_operations, operation_label
from .spec_io import load_pinned

# Component sections whose entries are referenced by `$ref` (security schemes are referenced by name).
REFERENCED_SECTIONS = ("schemas", "responses", "parameters", "requestBodies")


@dataclass(frozen=True)
class Normalized:
    api: ApiDocument
    document: dict[str, Any]
    report: NormalizationReport


def pinned_apis() -> list[ApiDocument]:
    """The documents pinned in openapi/, in merge order."""
    return [api for api in APIS if api.spec.exists()]


def normalized_documents(profile: str) -> list[Normalized]:
    return [Normalized(api, *normalize(load_pinned(api), profile)) for api in pinned_apis()]


def merged_document(profile: str) -> tuple[dict[str, Any], list[Normalized], list[str]]:
    """The pinned documents, each normalized with ``profile``, merged; and the merge's log."""
    documents = normalized_documents(profile)
    merged, log = merge([(item.api, item.document) for item in documents])
    return merged, documents, log


def merge(documents: list[tuple[ApiDocument, dict[str, Any]]]) -> tuple[dict[str, Any], list[str]]:
    if not documents:
        raise ValueError("no API document is pinned in openapi/")
    first_api, first = documents[0]
    log: list[str] = []
    merged: dict[str, Any] = {
        key: copy.deepcopy(value) for key, value in first.items() if key not in ("paths", "webhooks", "components")
    }
    merged.update({"paths": {}, "webhooks": {}, "components": {"securitySchemes": {}}})
    merged["tags"] = []
    seen_ids: dict[str, str] = {}
    for api, source in documents:
        doc = copy.deepcopy(source)
        if api is not first_api:
            doc = _with_private_components(api, doc, merged["components"], log)
        for section, entries in (doc.get("components") or {}).items():
            target = merged["components"].setdefault(section, {})
            for name, value in entries.items():
                target.setdefault(name, value)  # same name and (after the renames) same content
        for tag in doc.get("tags") or []:
            merged["tags"].append({**tag, "name": _tag(api, first_api, tag["name"])} if isinstance(tag, dict) else tag)
        for path, method, op in iter_operations(doc):
            label = operation_label(path, method, op)
            if method in merged["paths"].get(path, {}):
                log.append(f"{api.name}: {method.upper()} {path} ({label}) is in an earlier document: kept once")
                continue
            if label in seen_ids:
                raise ValueError(f"{api.name}: operationId {label} is also in {seen_ids[label]}")
            seen_ids[label] = api.name
            op[API_EXTENSION] = api.name
            op["tags"] = [_tag(api, first_api, tag) for tag in op.get("tags") or ["default"]]
            merged["paths"].setdefault(path, {})[method] = op
        for name, item in (doc.get("webhooks") or {}).items():
            for op in item.values():
                if isinstance(op, dict):
                    op[API_EXTENSION] = api.name
            merged["webhooks"].setdefault(name, item)
    if not merged["webhooks"]:
        del merged["webhooks"]
    return merged, log


def _tag(api: ApiDocument, first: ApiDocument, tag: str) -> str:
    return tag if api is first else f"{api.package} {tag}"


def _with_private_components(
    api: ApiDocument, doc: dict[str, Any], taken: dict[str, Any], log: list[str]
) -> dict[str, Any]:
    """``doc`` with its components renamed where an earlier document uses the name otherwise."""
    renames: dict[str, str] = {}
    for section in REFERENCED_SECTIONS:
        entries = (doc.get("components") or {}).get(section) or {}
        for name in list(entries):
            if name in (taken.get(section) or {}) and taken[section][name] != entries[name]:
                new = f"{api.package}_{name}"
                value = entries.pop(name)
                if isinstance(value, dict) and isinstance(value.get("title"), str):
                    value["title"] = f"{api.package} {value['title']}"
                entries[new] = value
                renames[f"#/components/{section}/{name}"] = f"#/components/{section}/{new}"
                log.append(f"{api.name}: components.{section}.{name} -> {new} (an earlier document's differs)")
    if renames:
        _rewrite_refs(doc, renames)
    return doc


def _rewrite_refs(node: Any, renames: dict[str, str]) -> None:
    for current in iter_objects(node):
        ref = current.get("$ref")
        if isinstance(ref, str) and ref in renames:
            current["$ref"] = renames[ref]
