# altegio-b2b: `make demo` (offline, on the Prism mock) and `make test` work on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PATH := $(CURDIR)/$(BIN):$(PATH)

VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
REDIS_STAMP := $(VENV)/.redis-server
CHROMIUM_STAMP := $(VENV)/.chromium

.PHONY: help setup spec spec-check generate check-generated lint typecheck unit contract test test-pythons demo demo-booking mock docs bench update-spec clean

help:
	@echo "make demo             run examples/quickstart.py (offline on the Prism mock unless ALTEGIO_PARTNER_TOKEN is set)"
	@echo "make demo-booking     run examples/booking.py (the Online Booking flow), offline on the mock likewise"
	@echo "make test             lint, type-check, check generated/, unit + contract tests"
	@echo "make generate         openapi/ -> normalize -> openapi-python-client -> overrides -> generated/"
	@echo "make check-generated  fail if generated/ differs from what make generate produces"
	@echo "make spec             rebuild the overlay (openapi/b2b-v1.overlay.yaml) from ../shared/altegio/catalog.json"
	@echo "make update-spec SPEC=<path|url> [ORIGIN=<url>] [NOTE=<text>]  adopt a new document: overlay, normalize, regenerate, changelog"
	@echo "make mock [PORT=4010] [DYNAMIC=1]  serve the pinned spec with Prism on 127.0.0.1 for your code, until Ctrl-C"
	@echo "make docs             the HTML API reference (pdoc, with search) in build/docs/"
	@echo "make bench            import / per-call / parse / regeneration benchmarks"

# The client and the tooling (scripts/, `python -m altegio_dev`) installed editable: no path settings.
$(VENV_STAMP): requirements/dev.txt pyproject.toml scripts/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e . -e scripts
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# $(call debian_package,NAME,TESTS): the Debian package NAME (its command has the same name),
# installed with apt-get when missing (CI runs as root on Debian); where that cannot be done, TESTS
# are skipped and the pytest summary says so loudly. The stamp is left only once the command is here.
define debian_package
	@command -v $(1) >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(1) >/dev/null; } || \
		echo "WARNING: $(1) is missing and could not be installed (needs root and apt-get): $(2) will be SKIPPED"
	@if command -v $(1) >/dev/null; then touch $@; fi
endef

# The Redis limiter tests start a real redis-server.
$(REDIS_STAMP): | $(VENV_STAMP)
	$(call debian_package,redis-server,Redis limiter tests)

# The docs test loads the reference in headless Chromium.
$(CHROMIUM_STAMP): | $(VENV_STAMP)
	$(call debian_package,chromium,the docs browser tests)

setup: $(VENV_STAMP) $(NODE_STAMP) $(REDIS_STAMP) $(CHROMIUM_STAMP)

spec: $(VENV_STAMP)
	$(PY) -m altegio_dev spec

spec-check: $(VENV_STAMP)
	$(PY) -m altegio_dev spec --check

generate: $(VENV_STAMP)
	$(PY) -m altegio_dev generate

check-generated: $(VENV_STAMP)
	$(PY) -m altegio_dev check-generated

lint: $(VENV_STAMP)
	$(BIN)/ruff check overrides/runtime scripts tests examples benchmarks
	$(BIN)/ruff format --check overrides/runtime scripts tests examples benchmarks

# overrides/runtime is checked --strict as it sits in the package (it imports generated models).
typecheck: $(VENV_STAMP)
	$(BIN)/mypy --strict generated/altegio_b2b/_runtime scripts tests examples benchmarks
	$(BIN)/mypy generated/altegio_b2b

unit: $(VENV_STAMP) $(REDIS_STAMP) $(CHROMIUM_STAMP)
	$(PY) -m pytest -m "not contract" -q

contract: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) -m pytest -m contract -q

test: $(VENV_STAMP) $(NODE_STAMP) $(REDIS_STAMP) $(CHROMIUM_STAMP) spec-check check-generated lint typecheck
	$(PY) -m pytest -q

demo: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) -m altegio_dev demo

demo-booking: $(VENV_STAMP) $(NODE_STAMP)
	$(PY) -m altegio_dev demo --booking

docs: $(VENV_STAMP)
	$(PY) -m altegio_dev docs

# Prism on 127.0.0.1 for users' own code: prints the base_url, stops (with its node processes) on Ctrl-C.
mock: $(VENV_STAMP) $(NODE_STAMP)
	@$(PY) -m altegio_dev mock $(if $(PORT),--port $(PORT)) $(if $(DYNAMIC),--dynamic)

# The installed package on every Python 3.10-3.13 present here (not part of make test).
test-pythons: $(VENV_STAMP)
	$(PY) -m altegio_dev test-pythons

bench: $(VENV_STAMP) $(REDIS_STAMP)
	$(PY) benchmarks/run.py

update-spec: $(VENV_STAMP)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path or URL of the new OpenAPI document>"; exit 2; }
	$(PY) -m altegio_dev update-spec "$(SPEC)" $(if $(ORIGIN),--origin "$(ORIGIN)") $(if $(NOTE),--note "$(NOTE)")

clean:
	rm -rf $(VENV) node_modules build .mypy_cache .ruff_cache .pytest_cache generated/*.egg-info scripts/*.egg-info
