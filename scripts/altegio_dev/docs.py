"""Build the HTML API reference with pdoc into build/docs/ (`make docs`): searchable, one page per module.

Documented: the package (its exported names: the client, the exceptions, RequestOptions, ...),
its public modules, and every API package with one page per tag (listing its operations with
their summaries and HTTP requests) and one per operation (the full docstring is on ``sync``).
The 1,200 model modules are left out: they would quadruple the build time and make the search
index ~80 MB; an operation's signature names its model classes, which ``help()`` documents.
"""

from __future__ import annotations

import argparse
import pkgutil
import shutil
import time
from importlib import import_module
from pathlib import Path

from .constants import PACKAGE, ROOT

DOCS_DIR = ROOT / "build" / "docs"
TEMPLATES = Path(__file__).with_name("pdoc_templates")
# Subpackages not documented page by page (see the module docstring).
SKIPPED = frozenset({"models"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", type=Path, default=DOCS_DIR, help=f"where to write (default {DOCS_DIR})")


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    pages = build(args.output)
    print(f"{pages} pages in {args.output} ({time.perf_counter() - started:.1f} s); open {args.output / 'index.html'}")
    return 0


def documented_modules(package: str = PACKAGE) -> list[str]:
    """The package and its public top-level modules but the ``SKIPPED`` ones; pdoc walks each
    package's own submodules (those in its ``__all__``, if it has one)."""
    found = pkgutil.iter_modules(import_module(package).__path__)
    public = [info.name for info in found if not info.name.startswith("_") and info.name not in SKIPPED]
    return [package, *(f"{package}.{name}" for name in public)]


def build(output: Path) -> int:
    """Write the reference into ``output`` (replacing what was there); the number of HTML pages."""
    # pdoc is imported here: the other commands should not pay for it.
    import pdoc
    import pdoc.render

    version = import_module(f"{PACKAGE}._runtime.version").__version__
    pdoc.render.configure(
        docformat="google",  # the generated docstrings' Args/Raises/Returns sections
        show_source=False,  # generated code, which the docstrings describe: pages stay small
        search=True,
        template_directory=TEMPLATES,
        footer_text=f"altegio-b2b {version}",
    )
    if output.exists() and any(output.iterdir()):
        if not (output / "index.html").exists():
            raise SystemExit(f"refusing to replace {output}: it is not empty and holds no earlier build (index.html)")
        shutil.rmtree(output)
    output.mkdir(parents=True, exist_ok=True)
    pdoc.pdoc(*documented_modules(), output_directory=output)
    return sum(1 for _ in output.rglob("*.html"))
