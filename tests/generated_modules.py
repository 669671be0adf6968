"""The generated endpoint modules, listed from the API and tag packages' ``__all__`` (no spec, no
import of the modules themselves): cheap enough to parametrize tests at collection."""

from __future__ import annotations

import importlib

# The packages the API documents' operations live in (scripts/altegio_dev/constants.py APIS).
API_PACKAGES = ("api", "booking", "devtools")


def endpoint_modules() -> dict[str, str]:
    """Module name (the operation id as a Python name) -> its import path."""
    found = {}
    for api in API_PACKAGES:
        try:
            tags = importlib.import_module(f"altegio_b2b.{api}").__all__
        except ModuleNotFoundError:  # a document not pinned yet
            continue
        for tag in tags:
            package = importlib.import_module(f"altegio_b2b.{api}.{tag}")
            found.update({name: f"altegio_b2b.{api}.{tag}.{name}" for name in package.__all__})
    return dict(sorted(found.items()))
