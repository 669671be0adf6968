"""Hostile input, origin: credentials never leave base_url's origin. Redirects (to a second
loopback server on another port) are never followed, whatever httpx client the user brings, and
plain http:// to another machine is refused unless asked for."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

import altegio_b2b
from altegio_b2b import AltegioClient
from altegio_b2b.api.clients import create_client_comment
from altegio_b2b.api.payments import get_account_list
from altegio_b2b.models import CreateClientCommentBody
from conftest import PARTNER_TOKEN, USER_TOKEN
from hostile import MODES, PASSWORD, catch, exception_texts, scan_exception, scan_texts, scanned_logs
from http_server import Reply, ScriptedServer, envelope, running_server

__all__ = ["scanned_logs"]


@pytest.fixture
def elsewhere() -> Iterator[ScriptedServer]:
    """Another origin (another port) that must never hear from the client."""
    with running_server() as other:
        other.default = lambda request: Reply(200, envelope({"id": 1, "user_token": "stolen", "title": "x"}))
        yield other


def _clients(server: ScriptedServer, own: str) -> AltegioClient:
    """A client of ours, or one whose user-supplied httpx clients follow redirects themselves."""
    if own == "own httpx clients following redirects":
        return AltegioClient(
            PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None,
            httpx_client=httpx.Client(follow_redirects=True),
            async_httpx_client=httpx.AsyncClient(follow_redirects=True),
        )  # fmt: skip
    return AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url=server.url, rate_limiter=None)


CALLS: dict[str, tuple[Callable[[AltegioClient], Any], Callable[[AltegioClient], Awaitable[Any]]]] = {
    "POST /auth (login)": (
        lambda c: c.login("+13155550175", PASSWORD),
        lambda c: c.alogin("+13155550175", PASSWORD),
    ),
    "GET": (
        lambda c: get_account_list.sync(1, client=c),
        lambda c: get_account_list.asyncio(1, client=c),
    ),
    "POST": (
        lambda c: create_client_comment.sync(1, 2, client=c, body=CreateClientCommentBody(text="x")),
        lambda c: create_client_comment.asyncio(1, 2, client=c, body=CreateClientCommentBody(text="x")),
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("own", ["client's own transport", "own httpx clients following redirects"])
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("call", list(CALLS))
def test_a_redirect_is_not_followed(
    server: ScriptedServer, elsewhere: ScriptedServer, call: str, status: int, own: str, mode: str
) -> None:
    target = elsewhere.url + "/auth"
    server.default = lambda request: Reply(status, b"", {"Location": target})
    client = _clients(server, own)
    sync_call, async_call = CALLS[call]
    error = catch(mode, client, lambda: sync_call(client), lambda: async_call(client))
    assert isinstance(error, altegio_b2b.RedirectError), error
    assert error.status_code == status
    assert error.location == target
    assert target in str(error) and "not followed" in str(error)
    assert len(server.requests) == 1  # a redirect is no reason to retry either
    assert elsewhere.requests == []
    assert scan_exception(error) == []


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_without_location(server: ScriptedServer, mode: str) -> None:
    server.default = lambda request: Reply(302, b"")
    client = _clients(server, "client's own transport")
    error = catch(mode, client, lambda: get_account_list.sync(1, client=client),
                  lambda: get_account_list.asyncio(1, client=client))  # fmt: skip
    assert isinstance(error, altegio_b2b.RedirectError)
    assert error.location is None and "without a Location" in str(error)


@pytest.mark.parametrize(
    "base_url",
    ["http://api.alteg.io/api/v1", "http://10.0.0.8:4010", "http://192.168.1.20/api/v1", "http://[2001:db8::1]/"],
)
def test_plain_http_to_another_machine_is_refused(base_url: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        AltegioClient(PARTNER_TOKEN, base_url=base_url)
    assert caught.value.argument == "base_url"
    assert "clear text" in str(caught.value) and "allow_insecure_http=True" in str(caught.value)
    assert AltegioClient(PARTNER_TOKEN, base_url=base_url, allow_insecure_http=True).base_url == base_url.rstrip("/")


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:4010", "http://127.8.0.1", "http://localhost:4010/api/v1", "http://[::1]:8080",
     "http://mock.localhost", "https://api.alteg.io/api/v1"],
)  # fmt: skip
def test_https_and_this_machine_need_no_opt_in(base_url: str) -> None:
    assert AltegioClient(PARTNER_TOKEN, base_url=base_url).base_url == base_url.rstrip("/")


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [("https://user:pa55-SECRET-w0rd@api.alteg.io", "user:password@"), ("https://api.alteg.io/?x=1", "?query"),
     ("ftp://api.alteg.io", "http(s) URL"), ("https://", "http(s) URL"), (b"https://api.alteg.io", "http(s) URL")],
)  # fmt: skip
def test_base_url_shape(base_url: Any, expected: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match=re.escape(expected)) as caught:
        AltegioClient(PARTNER_TOKEN, base_url=base_url)
    # A password in the URL is not shown in the message (the frames hold what the caller passed).
    assert scan_texts(exception_texts(caught.value, frames=False), [PASSWORD]) == []
    assert scan_exception(caught.value, [PARTNER_TOKEN]) == []
