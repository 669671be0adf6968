"""The live-bundle fetch path, against a real HTTP server on 127.0.0.1 serving files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from altegio_dev.cli import main
from altegio_dev.constants import PINNED_SPEC
from altegio_dev.fetch_spec import FetchError, fetch
from http_server import Reply, ScriptedServer


def test_fetches_and_records_provenance(server: ScriptedServer, tmp_path: Path) -> None:
    spec = PINNED_SPEC.read_bytes()
    server.default = lambda request: Reply(200, spec, {"Content-Type": "application/yaml", "ETag": '"v42"'})
    out = tmp_path / "live.yaml"
    assert main(["fetch-spec", server.url + "/_bundle/en/b2b-v1/openapi.yaml", "--out", str(out)]) == 0
    assert out.read_bytes() == spec
    provenance = json.loads(out.with_suffix(".provenance.json").read_text())
    assert provenance["source"]["url"].endswith("/_bundle/en/b2b-v1/openapi.yaml")
    assert provenance["source"]["etag"] == '"v42"'
    assert provenance["source"]["version"] == "1.0.0"
    assert server.requests[0].path == "/api/v1/_bundle/en/b2b-v1/openapi.yaml"


def test_refuses_what_is_not_an_openapi_document(server: ScriptedServer, tmp_path: Path) -> None:
    server.default = lambda request: Reply(200, "<html>maintenance</html>", {"Content-Type": "text/html"})
    out = tmp_path / "live.yaml"
    assert main(["fetch-spec", server.url + "/openapi.yaml", "--out", str(out)]) == 1
    assert not out.exists()


def test_http_error_is_reported(server: ScriptedServer) -> None:
    server.default = lambda request: Reply(404, "not here")
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server.url + "/openapi.yaml")
