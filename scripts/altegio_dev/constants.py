"""Paths, URLs and names that more than one module (or the tests) use: one home for each."""

from __future__ import annotations

import os
from pathlib import Path

# The checkout this package sits in (scripts/altegio_dev/ -> the repository root).
ROOT = Path(__file__).resolve().parents[2]

OPENAPI_DIR = ROOT / "openapi"
PINNED_SPEC = OPENAPI_DIR / "altegio-b2b-v1.yaml"
PROVENANCE = OPENAPI_DIR / "PROVENANCE.json"
CHANGELOG = ROOT / "CHANGELOG.md"

PACKAGE = "altegio_b2b"
GENERATED = ROOT / "generated"
GENERATOR_CONFIG = ROOT / "generator-config.yaml"
GENERATED_RUFF_CONFIG = ROOT / "ruff-generated.toml"
TEMPLATES = ROOT / "overrides" / "templates"
RUNTIME = ROOT / "overrides" / "runtime"
VERSION_FILE = RUNTIME / "version.py"

QUICKSTART = ROOT / "examples" / "quickstart.py"
PRISM = ROOT / "node_modules" / ".bin" / "prism"

# ../shared/altegio beside the checkout (CI lays it there); ALTEGIO_SHARED_DIR overrides.
SHARED_DIR = Path(os.environ.get("ALTEGIO_SHARED_DIR", ROOT.parent / "shared" / "altegio"))
CATALOG = SHARED_DIR / "catalog.json"

LIVE_BUNDLE_URL = "https://developer.alteg.io/_bundle/en/b2b-v1/openapi.yaml"

# The tests update-spec runs after regenerating: everything but Prism and regeneration.
FAST_TESTS_MARKERS = "not contract and not slow"
