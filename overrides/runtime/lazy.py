"""Lazy attributes for package ``__init__`` modules (PEP 562): a name's module is imported on
first use, so ``import altegio_b2b`` or ``import altegio_b2b.models`` costs almost nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from importlib import import_module
from typing import Any


def lazy_attributes(
    package: str,
    namespace: dict[str, Any],
    defined_in: Mapping[str, str] | None = None,
    submodules: Iterable[str] = (),
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``.

    ``defined_in`` maps a public name to the (relative) module that defines it; ``submodules``
    are names that are modules of the package themselves. A loaded value is cached in
    ``namespace`` (the package's globals), so each name is resolved once.
    """
    where = dict(defined_in or {})
    modules = frozenset(submodules)

    def __getattr__(name: str) -> Any:
        if name in modules:
            value = import_module(f".{name}", package)
        elif name in where:
            value = getattr(import_module(where[name], package), name)
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        public = (name for name in namespace if not name.startswith("_"))
        return sorted({*where, *modules, *public})

    return __getattr__, __dir__
