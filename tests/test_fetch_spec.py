"""The live-bundle fetch path, against a real HTTP server on 127.0.0.1 serving files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from altegio_dev.cli import main
from altegio_dev.fetch_spec import FetchError, fetch
from altegio_dev.spec_io import load_spec
from http_server import Reply, ScriptedServer

DOCUMENT = Path(__file__).parent / "specs" / "operation-facts.yaml"


def test_fetches_and_records_provenance(server: ScriptedServer, tmp_path: Path) -> None:
    spec = DOCUMENT.read_bytes()
    server.default = lambda request: Reply(200, spec, {"Content-Type": "application/yaml", "ETag": '"v42"'})
    out = tmp_path / "live.yaml"
    assert main(["fetch-spec", server.url + "/_bundle/en/b2b-v1/openapi.yaml", "--out", str(out)]) == 0
    assert out.read_bytes() == spec
    provenance = json.loads(out.with_suffix(".provenance.json").read_text())
    assert provenance["source"]["url"].endswith("/_bundle/en/b2b-v1/openapi.yaml")
    assert provenance["source"]["etag"] == '"v42"'
    assert provenance["source"]["version"] == load_spec(DOCUMENT)["info"]["version"]
    assert provenance["spec_sha256"] == provenance["source"]["sha256"] == hashlib.sha256(spec).hexdigest()
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
