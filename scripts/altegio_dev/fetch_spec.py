"""Download the live B2B v1 OpenAPI bundle into openapi/ (when the network allows).

Usage: python -m altegio_dev fetch-spec [URL] [--out PATH]

Checks that the download is an OpenAPI 3 document with paths before replacing anything, then
records its provenance (URL, sha256, date, ETag / Last-Modified). The pinned file is written as
downloaded; `make update-spec SPEC=<url>` uses this and then regenerates.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import sys
from pathlib import Path
from typing import Any

import httpx

from .constants import LIVE_BUNDLE_URL, PINNED_SPEC
from .spec_io import load_yaml, write_provenance

DEFAULT_OUT = PINNED_SPEC.with_suffix(".live.yaml")
TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class FetchError(Exception):
    pass


def fetch(url: str, client: httpx.Client | None = None) -> tuple[bytes, dict[str, Any]]:
    """The document's bytes and its provenance; raises FetchError with the reason."""
    owns = client is None
    http = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True)
    try:
        response = http.get(url, headers={"Accept": "application/yaml, application/json;q=0.9, */*;q=0.5"})
    except httpx.HTTPError as exc:
        raise FetchError(f"could not download {url}: {type(exc).__name__}: {exc}") from exc
    finally:
        if owns:
            http.close()
    if response.status_code != 200:
        raise FetchError(f"{url} answered HTTP {response.status_code}")
    content = response.content
    try:
        document = load_yaml(content.decode("utf-8"))
    except Exception as exc:
        raise FetchError(f"{url} did not return YAML or JSON: {exc}") from exc
    if (
        not isinstance(document, dict)
        or not str(document.get("openapi", "")).startswith("3.")
        or not document.get("paths")
    ):
        raise FetchError(f"{url} did not return an OpenAPI 3 document with paths")
    provenance = {
        "spec_sha256": hashlib.sha256(content).hexdigest(),
        "pinned_on": datetime.date.today().isoformat(),
        "built_by": "python -m altegio_dev fetch-spec",
        "source": {
            "kind": "live-bundle",
            "url": url,
            "sha256": hashlib.sha256(content).hexdigest(),
            "etag": response.headers.get("etag"),
            "last_modified": response.headers.get("last-modified"),
            "title": document.get("info", {}).get("title"),
            "version": document.get("info", {}).get("version"),
        },
    }
    return content, provenance


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", nargs="?", default=LIVE_BUNDLE_URL)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)


def run(args: argparse.Namespace) -> int:
    try:
        content, provenance = fetch(args.url)
    except FetchError as exc:
        print(f"fetch-spec: {exc}", file=sys.stderr)
        return 1
    args.out.write_bytes(content)
    provenance["spec"] = args.out.name
    write_provenance(args.out.with_suffix(".provenance.json"), provenance)
    print(f"wrote {args.out} ({len(content):,} bytes, sha256 {provenance['spec_sha256'][:12]}...)")
    return 0
