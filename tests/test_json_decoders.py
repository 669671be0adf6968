"""The `fast` extra (msgspec) decodes answers exactly as the json module path does: same values,
same refusals (and then the json module's own message)."""

from __future__ import annotations

import pytest

from altegio_b2b._runtime import envelope

if envelope._find_fast_decoder() is None:  # pragma: no cover - msgspec is in requirements/dev.txt
    pytest.skip("msgspec is not installed", allow_module_level=True)

BODIES = [
    b'{"success": true, "data": [{"id": 1, "title": "Cash", "balance": 1.5}], "meta": []}',
    b'{"id": 12345678901234567890, "big": -98765432109876543210987654321}',
    b'{"a": 1, "a": 2}',
    b'{"text": "\\u00e9\\ud83d\\ude00 caf\xc3\xa9"}',
    b'{"lone": "\\ud800"}',
    b"\xef\xbb\xbf" + b'{"bom": true}',
    '{"utf16": [1, 2]}'.encode("utf-16"),
    b'{"x": NaN}',
    b'{"x": Infinity}',
    b'{"x": 1e400}',
    b'{"x": -1e400}',
    b'{"x": 1e308, "y": 5e-324}',
    b'{"x": 1,}',
    b'{"x": "\x01"}',
    b'{"data": ["\xff\xfe"]}',
    b"[" * 5000 + b"]" * 5000,
    b'  {"padded": null}  ',
    b'{"truncated": [1, 2',
    b'"just a string"',
    b"0",
]


@pytest.mark.parametrize("body", BODIES, ids=range(len(BODIES)))
def test_msgspec_and_the_json_module_agree(body: bytes) -> None:
    fast = envelope._decode_json(body)
    saved, envelope._fast_decode = envelope._find_fast_decoder(), None
    try:
        standard = envelope._decode_json(body)
    finally:
        envelope._fast_decode = saved
    assert (fast.failure, fast.value) == (standard.failure, standard.value)
