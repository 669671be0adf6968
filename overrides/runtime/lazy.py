"""Lazy attributes for package ``__init__`` modules (PEP 562): a name's module is imported on
first use, so ``import altegio_b2b`` or ``import altegio_b2b.models`` costs almost nothing."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping
from importlib import import_module
from typing import Any, NamedTuple


class Deprecated(NamedTuple):
    """An old public name kept working for a while: it resolves to ``name`` in ``module``."""

    module: str
    name: str
    removed_in: str


def lazy_attributes(
    package: str,
    namespace: dict[str, Any],
    defined_in: Mapping[str, str] | None = None,
    submodules: Iterable[str] = (),
    deprecated: Mapping[str, Deprecated] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``.

    ``defined_in`` maps a public name to the (relative) module that defines it; ``submodules``
    are names that are modules of the package themselves. A loaded value is cached in
    ``namespace`` (the package's globals), so each name is resolved once. A ``deprecated`` name
    warns (DeprecationWarning, pointing at the caller) on every access, so it is never cached,
    and is left out of ``dir()``.
    """
    # Relative module names resolve against the package (a plain module's is its parent).
    anchor = namespace.get("__package__") or package
    where = dict(defined_in or {})
    modules = frozenset(submodules)
    old_names = dict(deprecated or {})

    def __getattr__(name: str) -> Any:
        if name in old_names:
            new = old_names[name]
            warnings.warn(
                f"{package}.{name} is deprecated and will be removed in {new.removed_in}: use {package}.{new.name}",
                DeprecationWarning,
                stacklevel=2,  # the caller's line (warnings skips importlib's frames)
            )
            return getattr(import_module(new.module, anchor), new.name)
        if name in modules:
            value = import_module(f".{name}", anchor)
        elif name in where:
            value = getattr(import_module(where[name], anchor), name)
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        public = (name for name in namespace if not name.startswith("_"))
        return sorted({*where, *modules, *public})

    return __getattr__, __dir__
