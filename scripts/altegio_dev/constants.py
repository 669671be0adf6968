"""Paths, URLs and names that more than one module (or the tests) use: one home for each."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# The checkout this package sits in (scripts/altegio_dev/ -> the repository root).
ROOT = Path(__file__).resolve().parents[2]

OPENAPI_DIR = ROOT / "openapi"
CHANGELOG = ROOT / "CHANGELOG.md"

PACKAGE = "altegio_b2b"
GENERATED = ROOT / "generated"
# Beside the package in generated/: the operation index (what `make generate` writes, checked alike).
OPERATIONS_INDEX = "OPERATIONS.md"
GENERATOR_CONFIG = ROOT / "generator-config.yaml"
GENERATED_RUFF_CONFIG = ROOT / "ruff-generated.toml"
TEMPLATES = ROOT / "overrides" / "templates"
RUNTIME = ROOT / "overrides" / "runtime"
VERSION_FILE = RUNTIME / "version.py"

QUICKSTART = ROOT / "examples" / "quickstart.py"
BOOKING_EXAMPLE = ROOT / "examples" / "booking.py"
PRISM = ROOT / "node_modules" / ".bin" / "prism"

# ../shared/altegio beside the checkout (CI lays it there); ALTEGIO_SHARED_DIR overrides.
SHARED_DIR = Path(os.environ.get("ALTEGIO_SHARED_DIR", ROOT.parent / "shared" / "altegio"))
CATALOG = SHARED_DIR / "catalog.json"

# Where Altegio publishes each API document (the bundle's name goes in the braces).
BUNDLE_URL = "https://developer.alteg.io/_bundle/en/{name}/openapi.yaml"


@dataclass(frozen=True)
class ApiDocument:
    """One of Altegio's API documents the package is generated from, and its files."""

    # The bundle's name on developer.alteg.io, and the stem of its files in openapi/.
    name: str
    # `info.title` of the document: how `update-spec` recognises which one it was given.
    title: str
    # Where its operations live in the package: altegio_b2b.<package>.<tag>.<operation_id>.
    package: str

    @property
    def spec(self) -> Path:
        """The pinned document: Altegio's bytes, unchanged."""
        return OPENAPI_DIR / f"{self.name}.openapi.yaml"

    @property
    def overlay(self) -> Path:
        """Our OpenAPI Overlay 1.0 on top of it (facts newer than the document), if any."""
        return OPENAPI_DIR / f"{self.name}.overlay.yaml"

    @property
    def provenance(self) -> Path:
        return OPENAPI_DIR / f"{self.name}.provenance.json"

    @property
    def bundle_url(self) -> str:
        return BUNDLE_URL.format(name=self.name)

    @property
    def vendor_copy(self) -> Path:
        """The copy of the published bundle in ../shared/altegio/vendor/."""
        return SHARED_DIR / "vendor" / f"{self.name}.openapi.yaml"


B2B = ApiDocument("b2b-v1", "Business Management", "api")
BOOKING = ApiDocument("public", "Online Booking", "booking")
DEVTOOLS = ApiDocument("developers", "Developer Tools", "devtools")
# In the order generation merges them: an operation two documents both describe is the first one's.
APIS = (B2B, BOOKING, DEVTOOLS)
API_BY_NAME = {api.name: api for api in APIS}
# Marks each operation (and webhook) of the merged document with the name of the document it is from.
API_EXTENSION = "x-altegio-api"
PINNED_SPEC = B2B.spec
PROVENANCE = B2B.provenance
LIVE_BUNDLE_URL = B2B.bundle_url


def api_for_title(title: str) -> ApiDocument:
    for api in APIS:
        if api.title == title:
            return api
    known = ", ".join(f"{api.title!r} ({api.name})" for api in APIS)
    raise ValueError(f"no API document titled {title!r}; the package is built from {known}")


# The tests update-spec runs after regenerating: everything but Prism and regeneration.
FAST_TESTS_MARKERS = "not contract and not slow"
