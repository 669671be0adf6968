"""Typed webhooks (``altegio_b2b.webhooks``): every event the Developer Tools document declares,
every example payload it carries, unknown events and fields, the token check (constant time,
nothing parsed when it fails, no token shown anywhere), delivery keys, and a fuzzer."""

from __future__ import annotations

import contextlib
import copy
import datetime
import email
import hmac
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from dateutil.parser import isoparse
from hypothesis import given, settings
from hypothesis import strategies as st

from altegio_b2b import ArgumentError, webhooks
from altegio_b2b._runtime.webhooks import MAX_BODY_BYTES
from altegio_b2b.models import WebhookRecordData
from altegio_b2b.types import Unset
from hostile import scan_exception
from report import Report

TOKEN = "hook-SECRET-5d1e9b"
WRONG = "hook-SECRET-5d1e9c"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SECRETS = (TOKEN, WRONG)


def _examples(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(webhook name, payload) for every example payload of the document's webhooks."""
    for name, item in (document.get("webhooks") or {}).items():
        for op in item.values():
            media = op["requestBody"]["content"]["application/json"]
            if "example" in media:
                yield name, media["example"]
            for example in (media.get("examples") or {}).values():
                yield name, example["value"]


@pytest.fixture(scope="module")
def examples(pinned_specs: dict[str, dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, payload) for name, payload in _examples(pinned_specs["developers"]) if "resource" in payload]


def _same(got: Any, want: Any) -> bool:
    """Equal JSON, where a date-time may come back in another ISO form of the same instant."""
    if isinstance(got, dict) and isinstance(want, dict):
        return got.keys() == want.keys() and all(_same(got[k], want[k]) for k in got)
    if isinstance(got, list) and isinstance(want, list):
        return len(got) == len(want) and all(_same(g, w) for g, w in zip(got, want, strict=True))
    if isinstance(got, str) and isinstance(want, str) and got != want:
        try:
            return isoparse(got) == isoparse(want)
        except ValueError:
            return False
    return bool(got == want) and type(got) is type(want)


def _event_class(resource: str) -> type:
    _, class_name = webhooks.EVENT_MODELS[resource]
    cls: type = getattr(webhooks, class_name)
    return cls


# -- every event, every example ---------------------------------------------------------------


def test_every_documented_event_has_a_model(pinned_specs: dict[str, dict[str, Any]], report: Report) -> None:
    """11 events in the document, 11 models generated from it, each resource mapped to its own."""
    declared: dict[str, list[str]] = {}
    for name, item in pinned_specs["developers"]["webhooks"].items():
        for op in item.values():
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            declared[name] = schema["properties"]["resource"]["enum"]
    assert len(declared) == 11
    assert sorted(r for resources in declared.values() for r in resources) == sorted(webhooks.EVENT_MODELS)
    classes = {_event_class(r) for r in webhooks.EVENT_MODELS}
    assert len(classes) == 11 and all(hasattr(cls, "from_dict") for cls in classes)
    for resources in declared.values():  # the resources of one webhook share one model
        assert len({_event_class(r) for r in resources}) == 1
    report.keyed["webhooks events"] = f"webhooks: {len(classes)}/{len(declared)} documented events have a model"


def test_every_example_payload_parses_into_its_model(
    examples: list[tuple[str, dict[str, Any]]], report: Report
) -> None:
    assert len(examples) >= 11 and len({name for name, _ in examples}) == 11
    for name, payload in examples:
        body = json.dumps(payload).encode()
        event = webhooks.parse(body, headers=AUTH, expected_token=TOKEN)
        assert type(event) is _event_class(payload["resource"]), name
        assert not isinstance(event, webhooks.UnknownEvent)
        assert not isinstance(event.resource, Unset) and not isinstance(event.status, Unset)
        assert event.resource == payload["resource"] and event.resource.is_known
        assert event.status == payload["status"] and event.status.is_known
        assert (event.company_id, event.resource_id) == (payload["company_id"], payload["resource_id"])
        assert _same(event.to_dict(), payload), name  # nothing lost, nothing invented
        assert webhooks.parse(event.to_dict()).to_dict() == event.to_dict()
    report.keyed["webhooks examples"] = (
        f"webhooks: {len(examples)} example payloads of the document parsed into their models"
    )


def test_typed_fields_are_typed(examples: list[tuple[str, dict[str, Any]]]) -> None:
    payload = next(p for _, p in examples if p["resource"] == "record")
    event = webhooks.parse(payload)
    assert isinstance(event, webhooks.AppointmentEvent) and isinstance(event.data, WebhookRecordData)
    assert isinstance(event.data.datetime_, datetime.datetime)  # a datetime, not the raw text
    assert event.data.datetime_ == isoparse(payload["data"]["datetime"]) and event.data.datetime_.utcoffset()


def test_every_resource_of_a_shared_model(examples: list[tuple[str, dict[str, Any]]]) -> None:
    sale = next(p for _, p in examples if p["resource"].startswith("goods_operations_"))
    for resource, (_, class_name) in webhooks.EVENT_MODELS.items():
        if class_name == "ProductOperationEvent":
            event = webhooks.parse({**sale, "resource": resource})
            assert isinstance(event, webhooks.ProductOperationEvent) and event.resource == resource


def test_unknown_fields_are_kept(examples: list[tuple[str, dict[str, Any]]]) -> None:
    payload = copy.deepcopy(next(p for _, p in examples if p["resource"] == "client"))
    payload["delivered_at"] = "2026-03-20T14:00:05+0300"
    payload["data"]["loyalty_tier"] = {"name": "gold"}
    event = webhooks.parse(payload)
    assert isinstance(event, webhooks.ClientEvent) and not isinstance(event.data, Unset)
    assert event["delivered_at"] == "2026-03-20T14:00:05+0300"
    assert event.data["loyalty_tier"] == {"name": "gold"}
    assert event.to_dict()["data"]["loyalty_tier"] == {"name": "gold"}


def test_an_unknown_status_still_parses(examples: list[tuple[str, dict[str, Any]]]) -> None:
    payload = next(p for _, p in examples if p["resource"] == "record")
    event = webhooks.parse({**payload, "status": "restore"})
    assert isinstance(event, webhooks.AppointmentEvent)
    assert event.status == "restore" and not event.status.is_known


def test_an_unknown_resource_is_an_unknown_event_kept_whole() -> None:
    payload = {"company_id": 7, "resource": "gift_card", "resource_id": 3, "status": "create", "data": {"x": [1]}}
    event = webhooks.parse(json.dumps(payload), headers=AUTH, expected_token=TOKEN)
    assert isinstance(event, webhooks.UnknownEvent)
    assert (event.resource, event.status, event.company_id, event.resource_id) == ("gift_card", "create", 7, 3)
    assert event.payload == payload and event.to_dict() == payload
    assert "x" not in repr(event)  # the payload stays out of reprs (and so of logged tracebacks)
    assert webhooks.delivery_key(event) == webhooks.delivery_key(webhooks.parse(payload))


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"", "not JSON"),
        (b"<html>", "not JSON"),
        (b'{"resource": "record", "data": NaN}', "not JSON"),
        (b'{"resource": "record", "resource_id": 1e400}', "not JSON"),
        (b"[1, 2]", "a JSON list, not an event object"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"\xff\xfe\x00", "not JSON"),
        (b'{"company_id": 1, "status": "create"}', "no resource name"),
        (b'{"resource": 5}', "no resource name"),
        (b'{"resource": "record", "data": [1, 2]}', "does not fit its model"),
        (b'{"resource": "record", "status": ["create"]}', "does not fit its model"),
        (b" " * (MAX_BODY_BYTES + 1), "over the"),
    ],
)
def test_a_body_that_is_no_event_is_a_format_error(body: bytes, why: str) -> None:
    with pytest.raises(webhooks.WebhookFormatError, match=why):
        webhooks.parse(body)


def test_bad_arguments_are_argument_errors() -> None:
    with pytest.raises(ArgumentError, match="'body'"):
        webhooks.parse(12345)  # type: ignore[arg-type]
    for bad in ("", "   ", TOKEN.encode(), 42):
        with pytest.raises(ArgumentError, match="'expected_token'") as caught:
            webhooks.parse(b"{}", headers=AUTH, expected_token=bad)  # type: ignore[arg-type]
        assert scan_exception(caught.value, SECRETS) == []
    with pytest.raises(ArgumentError, match="'headers'") as caught:
        webhooks.parse(b"{}", headers=[("Authorization", f"Bearer {TOKEN}")], expected_token=TOKEN)  # type: ignore[arg-type]
    assert scan_exception(caught.value, SECRETS) == []  # a list of pairs holds the token: not shown
    with pytest.raises(ArgumentError, match="'event'"):
        webhooks.delivery_key({"resource": "record"})


# -- the token ----------------------------------------------------------------------------------


def test_the_right_token_in_any_usual_form_is_accepted(examples: list[tuple[str, dict[str, Any]]]) -> None:
    body = json.dumps(examples[0][1]).encode()
    message = email.message_from_string(f"Authorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n\r\n")
    for headers in (
        AUTH,
        {"authorization": f"bearer {TOKEN}"},
        {"AUTHORIZATION": f"  Bearer   {TOKEN}  "},
        {b"authorization": f"Bearer {TOKEN}".encode()},  # ASGI servers hand over bytes
        message,  # what http.server's handler has as self.headers
    ):
        assert webhooks.parse(body, headers=headers, expected_token=TOKEN) is not None


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        (None, "no Authorization header"),
        ({}, "no Authorization header"),
        ({"X-Authorization": f"Bearer {TOKEN}"}, "no Authorization header"),
        ({"Authorization": f"Bearer {WRONG}"}, "not the expected one"),
        ({"Authorization": f"Bearer {TOKEN}x"}, "not the expected one"),
        ({"Authorization": f"Bearer {TOKEN[:-1]}"}, "not the expected one"),
        ({"Authorization": "Bearer"}, "not the expected one"),
        ({"Authorization": TOKEN}, "not the expected one"),
        ({"Authorization": f"Basic {TOKEN}"}, "not a Bearer token"),
        ({"Authorization": f"Bearer {TOKEN}, User {TOKEN}"}, "not the expected one"),
    ],
)
def test_a_wrong_or_missing_token_is_refused_and_nothing_is_parsed(headers: Any, why: str) -> None:
    # The body is not even JSON: a WebhookAuthError (not a format error) shows it was never read.
    with pytest.raises(webhooks.WebhookAuthError, match=why) as caught:
        webhooks.parse(b"<not json>", headers=headers, expected_token=TOKEN)
    assert scan_exception(caught.value, SECRETS) == []


def test_two_authorization_headers_are_refused() -> None:
    message = email.message_from_string(f"Authorization: Bearer {WRONG}\r\nAuthorization: Bearer {TOKEN}\r\n\r\n")
    with pytest.raises(webhooks.WebhookAuthError, match="more than one"):
        webhooks.parse(b"{}", headers=message, expected_token=TOKEN)


def test_without_an_expected_token_nothing_is_checked() -> None:
    event = webhooks.parse({"resource": "salon"}, headers={"Authorization": "Bearer anything"})
    assert isinstance(event, webhooks.LocationEvent)


class _Spy:
    """Stands in for hmac.compare_digest: records each call, answers what ``decide`` says."""

    def __init__(self, decide: Callable[[bytes, bytes], bool]) -> None:
        self.decide = decide
        self.calls: list[tuple[int, int]] = []

    def __call__(self, a: bytes, b: bytes) -> bool:
        self.calls.append((len(a), len(b)))
        return self.decide(a, b)


def test_hmac_compare_digest_is_what_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    real = hmac.compare_digest
    honest = _Spy(real)
    monkeypatch.setattr(hmac, "compare_digest", honest)
    assert webhooks.parse({"resource": "salon"}, headers=AUTH, expected_token=TOKEN) is not None
    with pytest.raises(webhooks.WebhookAuthError):
        webhooks.parse({"resource": "salon"}, headers={"Authorization": "Bearer short"}, expected_token=TOKEN)
    # One constant-time comparison per delivery, of equal-length digests: not even the length shows.
    assert honest.calls == [(32, 32), (32, 32)]

    monkeypatch.setattr(hmac, "compare_digest", _Spy(lambda a, b: True))
    assert webhooks.parse({"resource": "salon"}, headers={"Authorization": f"Bearer {WRONG}"}, expected_token=TOKEN)
    monkeypatch.setattr(hmac, "compare_digest", _Spy(lambda a, b: False))
    with pytest.raises(webhooks.WebhookAuthError):
        webhooks.parse({"resource": "salon"}, headers=AUTH, expected_token=TOKEN)


# -- delivery keys --------------------------------------------------------------------------------


def test_a_repeated_delivery_has_the_same_key(examples: list[tuple[str, dict[str, Any]]]) -> None:
    keys = set()
    for _, payload in examples:
        compact = json.dumps(payload, separators=(",", ":")).encode()
        spaced = json.dumps(dict(reversed(payload.items())), indent=2)
        key = webhooks.delivery_key(webhooks.parse(compact))
        assert len(key) == 64 and int(key, 16) >= 0
        assert webhooks.delivery_key(webhooks.parse(spaced)) == key == webhooks.delivery_key(webhooks.parse(payload))
        keys.add(key)
        changed = copy.deepcopy(payload)
        changed["resource_id"] = payload["resource_id"] + 1
        assert webhooks.delivery_key(webhooks.parse(changed)) != key
    assert len(keys) == len(examples)


# -- fuzz -----------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=16,
)
resources = st.sampled_from(sorted(webhooks.EVENT_MODELS)) | st.text(max_size=12)


_FUZZ_CASES = [0]


def _mutate(payload: Any, draw: Callable[[st.SearchStrategy[Any]], Any]) -> Any:
    """The payload with one value somewhere replaced, one key dropped, or one key added."""
    if isinstance(payload, dict) and payload:
        key = draw(st.sampled_from(sorted(payload)))
        action = draw(st.sampled_from(["replace", "drop", "add", "deeper"]))
        out = dict(payload)
        if action == "replace":
            out[key] = draw(json_values)
        elif action == "drop":
            del out[key]
        elif action == "add":
            out[draw(st.text(max_size=8))] = draw(json_values)
        else:
            out[key] = _mutate(payload[key], draw)
        return out
    if isinstance(payload, list) and payload:
        index = draw(st.integers(0, len(payload) - 1))
        return [*payload[:index], _mutate(payload[index], draw), *payload[index + 1 :]]
    return draw(json_values)


def _count(report: Report) -> None:
    """One more fuzz case run (a case that crashed fails its test, so the line says 0 crashes)."""
    _FUZZ_CASES[0] += 1
    report.keyed["webhooks fuzz"] = f"webhooks fuzz: {_FUZZ_CASES[0]} cases, 0 crashes (untyped errors)"


def _check(body: Any, report: Report, **kwargs: Any) -> Any:
    """Parse a fuzzed delivery: an event or a WebhookError, and nothing else, ever."""
    _count(report)
    try:
        event = webhooks.parse(body, **kwargs)
    except webhooks.WebhookError:
        return None
    decoded = body if isinstance(body, dict) else json.loads(body)
    if isinstance(event, webhooks.UnknownEvent):
        assert event.resource not in webhooks.EVENT_MODELS and event.payload == decoded
    else:
        assert type(event) is _event_class(decoded["resource"])
    assert webhooks.delivery_key(event) == webhooks.delivery_key(webhooks.parse(event.to_dict()))
    return event


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_fuzz_mutated_example_payloads(data: st.DataObject, examples: list[tuple[str, dict[str, Any]]],
                                       report: Report) -> None:  # fmt: skip
    _, payload = data.draw(st.sampled_from(examples))
    mutated = payload
    for _ in range(data.draw(st.integers(1, 4))):
        mutated = _mutate(mutated, data.draw)
    if data.draw(st.booleans()) and isinstance(mutated, dict):
        mutated = {**mutated, "resource": data.draw(resources)}
    as_bytes = data.draw(st.booleans())
    try:
        body: Any = json.dumps(mutated).encode() if as_bytes else mutated
    except (TypeError, ValueError):  # pragma: no cover - json_values are all JSON
        return
    _check(body, report)


@settings(max_examples=200, deadline=None)
@given(body=st.dictionaries(st.sampled_from(["company_id", "resource", "resource_id", "status", "data", "x"]),
                            json_values, max_size=6) | json_values)  # fmt: skip
def test_fuzz_arbitrary_json(body: Any, report: Report) -> None:
    if isinstance(body, dict) and "resource" in body and isinstance(body["resource"], str):
        body["resource"] = body["resource"] or "record"
    _check(json.dumps(body), report)


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=300) | st.text(max_size=100))
def test_fuzz_arbitrary_bytes_and_text(body: bytes | str, report: Report) -> None:
    _count(report)
    with contextlib.suppress(webhooks.WebhookError):
        webhooks.parse(body)


GOOD_FORMS = (f"Bearer {TOKEN}", f"bearer {TOKEN}", f"  BEARER   {TOKEN} ")
BAD_FORMS = (f"Bearer {WRONG}", TOKEN, f"Basic {TOKEN}", f"Bearer {TOKEN}.", f"Bearer {TOKEN.upper()}")


@settings(max_examples=300, deadline=None)
@given(
    headers=st.dictionaries(st.sampled_from(["Authorization", "authorization", "X-Other"]),
                            st.text(max_size=40) | st.sampled_from(GOOD_FORMS + BAD_FORMS), max_size=2),
)  # fmt: skip
def test_fuzz_headers(headers: dict[str, str], report: Report) -> None:
    _count(report)
    values = [v for k, v in headers.items() if k.lower() == "authorization"]
    try:
        webhooks.parse({"resource": "salon"}, headers=headers, expected_token=TOKEN)
        accepted = True
    except webhooks.WebhookAuthError as error:
        accepted = False
        assert scan_exception(error, SECRETS) == []
    assert accepted == (len(values) == 1 and values[0] in GOOD_FORMS), headers
