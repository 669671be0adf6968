"""Install the package (`pip install .`) on every Python 3.10-3.13 here and run the runtime tests.

`make test-pythons`: a fresh venv per version under build/, the runtime tests only (the
generator's tests need this tooling, which needs 3.11+). Versions not installed are skipped.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
from pathlib import Path

from .constants import ROOT

VERSIONS = ("3.10", "3.11", "3.12", "3.13")
RUNTIME_TESTS = (
    "tests/test_reference_payloads.py",
    "tests/test_errors.py",
    "tests/test_auth_and_session.py",
    "tests/test_faults.py",
    "tests/test_token_leak.py",
    "tests/test_arguments.py",
    "tests/test_exception_hierarchy.py",
    "tests/test_request_extras.py",
    "tests/test_big_answers.py",
    "tests/test_pagination.py",
    "tests/test_resources.py",
    "tests/test_hostile_answers.py",
)
TEST_REQUIREMENTS = ("pytest", "pytest-asyncio", "pytest-timeout", "pyyaml", "typing_extensions")
# The ini options the runtime tests need; the project's pyproject.toml is left out (-c /dev/null).
PYTEST_OPTIONS = ("-o", "asyncio_mode=auto", "-o", "asyncio_default_fixture_loop_scope=function")


def find_python(version: str) -> str | None:
    """pyenv's install of ``version`` first (its shims answer for versions not selected), then PATH."""
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    installed = sorted(glob.glob(f"{pyenv_root}/versions/{version}.*/bin/python"))
    python = installed[-1] if installed else shutil.which(f"python{version}")
    if python is None:
        return None
    works = subprocess.run([python, "--version"], capture_output=True, check=False).returncode == 0
    return python if works else None


def install_and_test(version: str, python: str) -> bool:
    venv = ROOT / "build" / f"py{version}"
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, str(ROOT), *TEST_REQUIREMENTS], check=True, cwd=ROOT)
    pytest = [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", *PYTEST_OPTIONS]
    result = subprocess.run(
        [*pytest, "--rootdir", "tests", "-c", os.devnull, *RUNTIME_TESTS],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    lines = result.stdout.strip().splitlines()
    print(f"python{version}: {lines[-1] if lines else result.stderr.strip()}")
    return result.returncode == 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass  # no options: every version found is tested


def run(args: argparse.Namespace) -> int:
    status = 0
    for version in VERSIONS:
        python = find_python(version)
        if python is None:
            print(f"python{version}: not installed, skipped")
            continue
        if not install_and_test(version, python):
            status = 1
    return status
