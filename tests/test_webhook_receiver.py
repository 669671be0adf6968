"""examples/webhook_receiver.py, for real: HTTP POSTs to it on loopback. It answers before the
queued event is processed, drops a repeated delivery, refuses a wrong or missing token."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from altegio_b2b import webhooks
from webhook_receiver import Receiver, RecentKeys

TOKEN = "hook-SECRET-a41f07"
EVENT = {
    "company_id": 123456,
    "resource": "record",
    "resource_id": 501,
    "status": "create",
    "data": {"id": 501, "staff_id": 101, "datetime": "2026-03-20T14:00:00+0300"},
}


class Worker:
    """The receiver's ``process``: held back until the test opens the gate, records what it got."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.processed: list[Any] = []

    def __call__(self, event: Any) -> None:
        assert self.gate.wait(10), "the test never opened the gate"
        self.processed.append(event)


@pytest.fixture
def worker() -> Worker:
    return Worker()


@pytest.fixture
def receiver(worker: Worker) -> Iterator[Receiver]:
    receiver = Receiver(TOKEN, worker).start()
    try:
        yield receiver
    finally:
        worker.gate.set()
        receiver.stop()


def _post(receiver: Receiver, body: Any, token: str | None = TOKEN) -> httpx.Response:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(receiver.url, content=content, headers=headers, timeout=5)


def test_answers_before_processing_and_drops_a_repeat(receiver: Receiver, worker: Worker) -> None:
    started = time.monotonic()
    first = _post(receiver, EVENT)
    assert first.status_code == 202 and time.monotonic() - started < 2
    assert worker.processed == []  # answered while the worker is still held back
    assert receiver.events.unfinished_tasks == 1

    repeat = _post(receiver, json.loads(json.dumps(EVENT)))  # the same delivery, sent again
    assert repeat.status_code == 200 and "repeated" in repeat.json()["message"]
    assert _post(receiver, {**EVENT, "status": "update"}).status_code == 202  # another change
    unknown = {"company_id": 1, "resource": "gift_card", "resource_id": 2, "status": "create", "data": {}}
    assert _post(receiver, unknown).status_code == 202

    worker.gate.set()
    receiver.events.join()
    assert [(type(e).__name__, str(e.status)) for e in worker.processed] == [
        ("AppointmentEvent", "create"),
        ("AppointmentEvent", "update"),
        ("UnknownEvent", "create"),
    ]


@pytest.mark.parametrize("token", ["hook-SECRET-a41f08", None])
def test_a_wrong_or_missing_token_is_401_and_nothing_is_queued(receiver: Receiver, token: str | None) -> None:
    answer = _post(receiver, EVENT, token)
    assert answer.status_code == 401 and TOKEN not in answer.text
    assert receiver.events.unfinished_tasks == 0
    # The refused delivery left no trace in the seen keys: the real one is still queued.
    assert _post(receiver, EVENT).status_code == 202


def test_what_is_no_event_is_400(receiver: Receiver) -> None:
    assert _post(receiver, b"<html>").status_code == 400
    assert _post(receiver, [EVENT]).status_code == 400
    assert receiver.events.unfinished_tasks == 0


def test_a_body_over_the_limit_is_413_unread(receiver: Receiver) -> None:
    host, port = receiver.server.server_address[:2]
    connection = http.client.HTTPConnection(str(host), int(port), timeout=5)
    try:  # the headers announce 2 MiB and no byte of it is sent: the answer cannot have read it
        connection.putrequest("POST", "/")
        connection.putheader("Authorization", f"Bearer {TOKEN}")
        connection.putheader("Content-Length", str(2 * 1024 * 1024))
        connection.endheaders()
        assert connection.getresponse().status == 413
    finally:
        connection.close()


def test_seen_keys_are_forgotten_after_a_while() -> None:
    now = [0.0]
    keys = RecentKeys(ttl=600, clock=lambda: now[0])
    key = webhooks.delivery_key(webhooks.parse(EVENT))
    assert keys.add(key) and not keys.add(key)
    now[0] = 601.0  # a later change may post the same body again (A -> B -> A): it is not a repeat
    assert keys.add(key)
