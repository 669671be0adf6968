"""Reading the pinned documents (overlay applied), deterministic YAML, and provenance."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, cast

import yaml

from .constants import B2B, ApiDocument
from .overlay import ActionResult, OverlayError, apply_overlay

# libyaml's C loader/dumper are ~10x faster on this 2 MB document; fall back when absent.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump_yaml(document: Any) -> str:
    """YAML text that is a pure function of ``document`` (key order kept, no line folding)."""
    text: str = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000)
    return text


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader (C or pure Python)


def load_spec(path: Path) -> dict[str, Any]:
    """Load an OpenAPI document from YAML or JSON."""
    document = load_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{path} is not an OpenAPI document (no top-level 'paths')")
    return document


def load_pinned(api: ApiDocument = B2B, spec: Path | None = None) -> dict[str, Any]:
    """What the package is generated from: the pinned document of ``api`` with its overlay, when
    the provenance records one (``spec``: another copy of the document, same treatment)."""
    document = load_spec(spec or api.spec)
    return with_overlay(api, document)[0] if read_provenance(api.provenance).get("overlay") else document


def with_overlay(
    api: ApiDocument, document: dict[str, Any], overlay: dict[str, Any] | None = None
) -> tuple[dict[str, Any], list[ActionResult]]:
    """``document`` with ``overlay`` (by default ``api``'s overlay file) applied; an operation the
    overlay adds twice (the document has it now) is an error naming it: rebuild the overlay."""
    if overlay is None:
        if not api.overlay.exists():
            return document, []
        overlay = load_yaml(api.overlay.read_text(encoding="utf-8"))
    overlaid, results = apply_overlay(document, overlay)
    ids = [str(op["operationId"]) for item in overlaid.get("paths", {}).values() for op in item.values()
           if isinstance(op, dict) and "operationId" in op]  # fmt: skip
    twice = sorted(i for i, count in Counter(ids).items() if count > 1)
    if twice:
        raise OverlayError(f"{api.overlay.name} adds operations the document already has ({', '.join(twice)}): "
                           "rebuild it for this document with `make spec`")  # fmt: skip
    return overlaid, results


def read_provenance(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    return cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8")))


def write_provenance(path: Path, provenance: dict[str, Any]) -> None:
    path.write_text(json.dumps(provenance, indent=2) + "\n", encoding="utf-8")
