#!/usr/bin/env bash
# `make test-pythons`: install the package with `pip install .` into a fresh venv for each of
# Python 3.10-3.13 found on this machine and run the runtime tests there (not the generator's:
# openapi-python-client itself needs 3.11+). Versions that are not installed are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
tests=(tests/test_reference_payloads.py tests/test_errors.py tests/test_auth_and_session.py
       tests/test_faults.py tests/test_token_leak.py tests/test_arguments.py)
status=0
for version in 3.10 3.11 3.12 3.13; do
  # pyenv's installs first: its shims answer `command -v` even for versions not selected.
  python=$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$version".*/bin/python 2>/dev/null | tail -1 || true)
  [ -n "$python" ] || python=$(command -v "python$version" 2>/dev/null || true)
  if [ -z "$python" ] || ! "$python" --version >/dev/null 2>&1; then
    echo "python$version: not installed, skipped"; continue
  fi
  venv="build/py$version"
  rm -rf "$venv" && "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check . pytest pytest-asyncio pytest-timeout pyyaml
  if PYTHONPATH=tests "$venv/bin/python" -m pytest -q -p no:cacheprovider -o asyncio_mode=auto -o asyncio_default_fixture_loop_scope=function \
       --rootdir tests -c /dev/null "${tests[@]}" | tail -1 | sed "s/^/python$version: /"; then :; else status=1; fi
done
exit $status
