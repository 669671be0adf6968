"""The generated endpoint modules, listed from the tag packages' ``__all__`` (no spec, no import
of the modules themselves): cheap enough to parametrize tests at collection."""

from __future__ import annotations

import importlib
import pkgutil

import altegio_b2b.api


def endpoint_modules() -> dict[str, str]:
    """Module name (the operation id as a Python name) -> its import path."""
    found = {}
    for tag in pkgutil.iter_modules(altegio_b2b.api.__path__):
        package = importlib.import_module(f"altegio_b2b.api.{tag.name}")
        found.update({name: f"altegio_b2b.api.{tag.name}.{name}" for name in package.__all__})
    return dict(sorted(found.items()))
