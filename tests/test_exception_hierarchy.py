"""The exceptions catch what users mean: ``except AuthenticationError`` covers a 401 and a missing
user token alike; the timeout error is ``APITimeoutError`` and no longer shadows the built-in
``TimeoutError``, whose old name still works for a while with a DeprecationWarning."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

import altegio_b2b
import altegio_b2b.errors
from altegio_b2b import AltegioClient, RequestOptions
from altegio_b2b.api.payments import get_account_list
from conftest import PARTNER_TOKEN
from hostile import MODES, run
from http_server import Reply, ScriptedServer, envelope, error_envelope


def _call(mode: str, client: AltegioClient, options: RequestOptions | None = None) -> Any:
    return run(mode, client, lambda: get_account_list.sync(123, client=client, options=options),
               lambda: get_account_list.asyncio(123, client=client, options=options))  # fmt: skip


def _partner_only(server: ScriptedServer) -> AltegioClient:
    return AltegioClient(PARTNER_TOKEN, base_url=server.url, rate_limiter=None, max_retries=0)


@pytest.mark.parametrize("mode", MODES)
def test_a_missing_user_token_is_an_authentication_error_without_http_fields(server: ScriptedServer, mode: str) -> None:
    try:
        _call(mode, _partner_only(server))
    except altegio_b2b.AuthenticationError as error:
        caught: altegio_b2b.AuthenticationError = error
    else:
        pytest.fail("no AuthenticationError")
    assert type(caught) is altegio_b2b.MissingUserTokenError
    assert caught.operation_id == "get_account_list"
    # Nothing was sent: no status, no answer; and it is not dressed up as an API answer.
    assert caught.status_code is None
    assert "login(" in caught.message and caught.message == str(caught)
    assert not isinstance(caught, altegio_b2b.AltegioApiError)
    assert not hasattr(caught, "body") and not hasattr(caught, "url")
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_a_401_is_an_authentication_error_and_an_api_error(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    server.queue(Reply(401, error_envelope("The user token is invalid")))
    with pytest.raises(altegio_b2b.AuthenticationError) as caught:
        _call(mode, client, RequestOptions(max_retries=0))
    error = caught.value
    assert type(error) is altegio_b2b.UnauthorizedError
    assert isinstance(error, altegio_b2b.AltegioApiError)
    assert error.status_code == 401
    assert error.message == "The user token is invalid"
    assert error.method == "GET" and error.url.endswith("/accounts/123")
    assert len(server.requests) == 1


def test_the_timeout_error_does_not_shadow_the_builtin() -> None:
    assert altegio_b2b.APITimeoutError.__name__ == "APITimeoutError"
    assert issubclass(altegio_b2b.DeadlineExceededError, altegio_b2b.APITimeoutError)
    assert issubclass(altegio_b2b.APITimeoutError, altegio_b2b.TransportError)
    assert "TimeoutError" not in altegio_b2b.__all__
    assert "TimeoutError" not in altegio_b2b.errors.__all__
    assert "TimeoutError" not in dir(altegio_b2b)
    star: dict[str, Any] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a star import must not touch the deprecated name
        exec("from altegio_b2b import *", star)  # noqa: S102 - the statement under test
    assert "TimeoutError" not in star
    assert star["APITimeoutError"] is altegio_b2b.APITimeoutError


def test_the_old_timeout_name_warns_where_it_is_used() -> None:
    message = r"altegio_b2b\.TimeoutError .* removed in 0\.4\.0: use altegio_b2b\.APITimeoutError"
    with pytest.warns(DeprecationWarning, match=message) as seen:
        old = altegio_b2b.TimeoutError
    assert old is altegio_b2b.APITimeoutError
    assert {w.filename for w in seen} == {__file__}
    with pytest.warns(DeprecationWarning, match=r"altegio_b2b\.errors\.TimeoutError"):
        from altegio_b2b.errors import TimeoutError as from_errors
    assert from_errors is altegio_b2b.APITimeoutError
    # Every use warns, not only the first: the alias is never cached in the package.
    with pytest.warns(DeprecationWarning):
        assert altegio_b2b.TimeoutError is old


@pytest.mark.parametrize("mode", MODES)
def test_except_the_old_timeout_name_still_catches_a_timeout(
    client: AltegioClient, server: ScriptedServer, mode: str
) -> None:
    server.queue(Reply(200, envelope([]), delay=0.5))
    with pytest.warns(DeprecationWarning):
        try:
            _call(mode, client, RequestOptions(timeout=0.1, max_retries=0))
        except altegio_b2b.TimeoutError as error:
            caught = error
        else:
            pytest.fail("no timeout")
    assert type(caught) is altegio_b2b.APITimeoutError
    assert caught.method == "GET" and caught.attempts == 1
