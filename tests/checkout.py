"""A throwaway copy of this checkout with a venv of its own, for tests that run the tooling end to
end (update-spec rewrites openapi/, generated/, version.py and CHANGELOG.md: never in the real one).

The copy's venv is this run's venv cloned with hard links (no download, about a second), its two
editable installs (the client, the tooling) then pointed at the copy: commands and tests run
there import the copy's code, as they would in a fresh clone after `make setup`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from altegio_dev.constants import ROOT

IGNORED = shutil.ignore_patterns(".git", ".venv", "node_modules", "build", "__pycache__", ".*_cache", ".hypothesis")


@dataclass(frozen=True)
class Checkout:
    root: Path

    @property
    def python(self) -> Path:
        return self.root / ".venv" / "bin" / "python"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``python *args`` in the copy, with its venv."""
        return subprocess.run([str(self.python), *args], cwd=self.root, capture_output=True, text=True, check=False)

    def tooling(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run("-m", "altegio_dev", *args)


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:  # another file system
        shutil.copy2(source, destination)


def make_checkout(destination: Path) -> Checkout:
    venv = Path(sys.prefix)
    if venv == Path(sys.base_prefix):
        raise RuntimeError("the tests run outside a venv; run them through make (it creates .venv)")
    shutil.copytree(ROOT, destination, ignore=IGNORED)
    shutil.copytree(venv, destination / ".venv", symlinks=True, copy_function=_link_or_copy)
    for pth in (destination / ".venv").glob("lib/python*/site-packages/*.pth"):
        text = pth.read_text(encoding="utf-8")
        if str(ROOT) in text:
            pth.unlink()  # maybe a hard link to the original: replace the file, never write through it
            pth.write_text(text.replace(str(ROOT), str(destination)), encoding="utf-8")
    checkout = Checkout(destination)
    where = checkout.run("-c", "import altegio_b2b, altegio_dev; print(altegio_b2b.__file__, altegio_dev.__file__)")
    modules = where.stdout.split()
    assert where.returncode == 0 and all(m.startswith(str(destination)) for m in modules), where.stdout + where.stderr
    return checkout
