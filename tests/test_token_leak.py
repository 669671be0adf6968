"""Tokens and passwords never appear in anything the client can show: reprs, errors, logs."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient
from altegio_b2b.api.payments import get_account_list
from conftest import PARTNER_TOKEN, USER_TOKEN
from http_server import Reply, ScriptedServer, envelope, error_envelope

PASSWORD = "pa55-SECRET-word"
SECRETS = (PARTNER_TOKEN, USER_TOKEN, PASSWORD, "SECRET")


def _strings_of(value: Any) -> list[str]:
    out = [repr(value), str(value)]
    if isinstance(value, BaseException):
        out.append("".join(traceback.format_exception(value)))
        out += [repr(v) for v in vars(value).values() if not isinstance(v, bytes)]
    return out


def test_nothing_shown_contains_a_secret(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="altegio_b2b")
    shown: list[str] = []
    client = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None, max_retries=1,
                           sleep=lambda s: None)  # fmt: skip
    shown += _strings_of(client) + _strings_of(client._credentials)

    server.queue(
        Reply(200, envelope([{"id": 1, "title": "Cash"}], {"count": 1})),
        Reply(401, error_envelope("Token is invalid")),
        Reply(422, error_envelope("Bad field", {"title": ["required"]})),
        Reply(503, "<html>down</html>", {"Content-Type": "text/html"}),
        Reply(503, "<html>down</html>", {"Content-Type": "text/html"}),
        Reply(200, b'{"success": true, "data": [{"id"'),
        Reply(429, error_envelope("Slow down"), {"Retry-After": "1"}),
        Reply(429, error_envelope("Slow down"), {"Retry-After": "1"}),
        Reply(401, error_envelope("Wrong login or password")),
    )
    shown += _strings_of(get_account_list.sync_detailed(1, client=client))
    for _ in range(5):
        with pytest.raises(altegio_b2b.AltegioError) as caught:
            get_account_list.sync(1, client=client)
        shown += _strings_of(caught.value)
    with pytest.raises(altegio_b2b.AuthenticationError) as login_error:
        client.login("+13155550175", PASSWORD)
    shown += _strings_of(login_error.value)

    bad_constructions: list[Callable[[], object]] = [
        lambda: AltegioClient(PARTNER_TOKEN + ",x"),
        lambda: AltegioClient("p", USER_TOKEN + "\n"),
    ]
    for bad in bad_constructions:
        with pytest.raises(altegio_b2b.ArgumentError) as caught_arg:
            bad()
        shown += _strings_of(caught_arg.value)

    no_user = AltegioClient(PARTNER_TOKEN, base_url=server.url, rate_limiter=None)
    with pytest.raises(altegio_b2b.MissingUserTokenError) as missing:
        get_account_list.sync(1, client=no_user)
    shown += _strings_of(missing.value) + _strings_of(no_user)

    unreachable = AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url="http://127.0.0.1:9", rate_limiter=None,
                                max_retries=0)  # fmt: skip
    with pytest.raises(altegio_b2b.TransportError) as transport:
        get_account_list.sync(1, client=unreachable)
    shown += _strings_of(transport.value)

    shown += [record.getMessage() for record in caplog.records]
    shown.append(caplog.text)
    assert len(caplog.records) >= 10  # the requests above were logged
    leaks = [text for text in shown for secret in SECRETS if secret in text]
    assert leaks == []
