"""Deterministic (de)serialisation of OpenAPI documents and their provenance records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import yaml

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


def read_provenance(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    return cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8")))


def write_provenance(path: Path, provenance: dict[str, Any]) -> None:
    path.write_text(json.dumps(provenance, indent=2) + "\n", encoding="utf-8")
