"""Hostile input, secrets: the token alphabet (fuzzed), a server that echoes the credentials back,
the login password in reprs and traceback frames, forged Authorization headers, half-built clients."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import altegio_b2b
from altegio_b2b import AltegioClient, RequestOptions
from altegio_b2b.api.clients import create_client_comment
from altegio_b2b.api.payments import get_account_list
from altegio_b2b.models import AuthorizeUserBody, CreateClientCommentBody
from conftest import PARTNER_TOKEN, USER_TOKEN
from hostile import (
    MODES,
    PASSWORD,
    SECRETS,
    catch,
    exception_texts,
    run,
    scan_exception,
    scan_objects,
    scan_texts,
    scanned_logs,
)
from http_server import Recorded, Reply, ScriptedServer, envelope, error_envelope

__all__ = ["scanned_logs"]  # the autouse fixture, imported to apply here

USER = {"id": 7, "user_token": "fresh-user-SECRET-42", "name": "Ann", "login": "+13155550175"}


def _client(server: ScriptedServer, user_token: str | None = USER_TOKEN, **kwargs: Any) -> AltegioClient:
    kwargs.setdefault("max_retries", 0)
    return AltegioClient(PARTNER_TOKEN, user_token, base_url=server.url, rate_limiter=None, **kwargs)


def _accounts(mode: str, client: AltegioClient) -> Any:
    return run(mode, client, lambda: get_account_list.sync(1, client=client),
               lambda: get_account_list.asyncio(1, client=client))  # fmt: skip


# -- the scanner itself sees what it must ------------------------------------------------------


def test_the_scan_finds_a_secret_in_a_frame_local_outside_the_tests() -> None:
    # Code compiled under another file name stands in for library code holding the password.
    namespace: dict[str, Any] = {}
    exec(compile("def leak(secret):\n    raise ValueError('boom')\n", "<library>", "exec"), namespace)  # noqa: S102
    with pytest.raises(ValueError, match="boom") as caught:
        namespace["leak"](PASSWORD)
    hits = scan_texts(exception_texts(caught.value), tally=False)
    assert any("frame leak() local secret" in hit for hit in hits)


# -- the token alphabet ------------------------------------------------------------------------

SPECIAL = ["\x00", "\x0b", "é", "\u2028", "\x85", " ", "\t", "\x7f", ",", "\r", "\n", '"', "\\", "/", "~", "!"]
fragments = st.lists(st.sampled_from(SPECIAL) | st.characters(), max_size=6).map("".join)


def _visible_ascii(token: str) -> bool:
    """The rule the client must apply: 1-1024 characters from 0x21-0x7E, no comma."""
    return 1 <= len(token) <= 1024 and all("!" <= c <= "~" and c != "," for c in token)


def _refused(argument: str, token: str, error: BaseException) -> None:
    assert isinstance(error, altegio_b2b.ArgumentError), error
    assert error.argument == argument
    assert "visible ASCII" in str(error)
    assert scan_exception(error, [token]) == []


@pytest.mark.parametrize("mode", MODES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fragment=fragments)
def test_partner_and_user_token_alphabet(server: ScriptedServer, mode: str, fragment: str) -> None:
    token = f"Zk{fragment}9q"
    server.default = lambda request: Reply(200, envelope([]))
    try:
        client = AltegioClient(token, USER_TOKEN, base_url=server.url, rate_limiter=None, max_retries=0)
    except altegio_b2b.ArgumentError as error:
        assert not _visible_ascii(token)
        _refused("partner_token", token, error)
    else:
        assert _visible_ascii(token)
        _accounts(mode, client)
        assert server.requests[-1].headers["authorization"] == f"Bearer {token}, User {USER_TOKEN}"

    client = _client(server)
    try:
        client.user_token = token
    except altegio_b2b.ArgumentError as error:
        assert not _visible_ascii(token)
        _refused("user_token", token, error)
        assert client.user_token == USER_TOKEN  # the old one stays
    else:
        _accounts(mode, client)
        assert server.requests[-1].headers["authorization"] == f"Bearer {PARTNER_TOKEN}, User {token}"


@pytest.mark.parametrize("mode", MODES)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fragment=fragments)
def test_user_token_from_a_login_answer(server: ScriptedServer, mode: str, fragment: str) -> None:
    token = f"Uq{fragment}7w"
    server.queue(Reply(201, envelope({**USER, "user_token": token})))
    client = _client(server, user_token=None)
    login = lambda: client.login("+13155550175", PASSWORD)  # noqa: E731
    alogin = lambda: client.alogin("+13155550175", PASSWORD)  # noqa: E731
    if _visible_ascii(token):
        run(mode, client, login, alogin)
        assert client.user_token == token
    else:
        error = catch(mode, client, login, alogin)
        assert type(error) is altegio_b2b.AltegioError
        assert "user_token that is not a token of 1 to 1024 visible ASCII" in str(error)
        assert not client.has_user_token
        assert scan_exception(error, [token, PASSWORD]) == []


@pytest.mark.parametrize(("length", "accepted"), [(1, True), (1024, True), (1025, False)])
def test_token_length_is_bounded(length: int, accepted: bool) -> None:
    token = "S" * length
    if accepted:
        assert AltegioClient(token).has_user_token is False
    else:
        with pytest.raises(altegio_b2b.ArgumentError, match="1 to 1024") as caught:
            AltegioClient(token)
        assert scan_exception(caught.value, [token]) == []


@pytest.mark.parametrize("token", [b"partner-SECRET-bytes", bytearray(b"partner-SECRET-ba"), 12345678, None])
def test_a_token_of_another_type_is_not_echoed(token: Any) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        AltegioClient(token)
    assert caught.value.argument == "partner_token"
    assert scan_exception(caught.value, ["partner-SECRET", "12345678"]) == []


# -- a server that echoes what it was sent ---------------------------------------------------------


def _echoing(kind: str) -> Any:
    def handler(request: Recorded) -> Reply:
        said = f"{request.headers.get('authorization', '')} {request.body.decode()}"
        return {
            "message": Reply(401, error_envelope(f"rejected: {said}")),
            "field errors": Reply(422, error_envelope("invalid", {"auth": [said], said: "key"})),
            "problem document": Reply(400, {"title": "Bad", "detail": said}),
            "response header": Reply(500, error_envelope("oops"), {"X-Echo": said}),
            "html page": Reply(502, f"<html>{said}</html>", {"Content-Type": "text/html"}),
            "invalid JSON": Reply(200, f"<html>{said}"),
            "redirect": Reply(307, b"", {"Location": f"http://127.0.0.1:9/steal?auth={quote(said)}"}),
            "success false": Reply(200, {"success": False, "data": None, "meta": {"message": said}}),
            "success not a boolean": Reply(200, {"success": "true", "data": [said], "meta": []}),
            "data not the model": Reply(200, envelope({"echo": said})),
        }[kind]

    return handler


ECHOES = [
    "message", "field errors", "problem document", "response header", "html page", "invalid JSON", "redirect",
    "success false", "success not a boolean", "data not the model",
]  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ECHOES)
def test_echoed_credentials_are_redacted(server: ScriptedServer, kind: str, mode: str) -> None:
    server.default = _echoing(kind)
    client = _client(server)
    error = catch(mode, client, lambda: get_account_list.sync(1, client=client),
                  lambda: get_account_list.asyncio(1, client=client))  # fmt: skip
    assert isinstance(error, altegio_b2b.AltegioError), error
    assert scan_exception(error) == []
    # The echo reached the error, redacted: the scan had something to find.
    assert any("<redacted>" in text for _, text in exception_texts(error))


@pytest.mark.parametrize("mode", MODES)
def test_echoed_password_is_redacted_from_a_failed_login(server: ScriptedServer, mode: str) -> None:
    server.default = _echoing("message")
    client = _client(server, user_token=None)
    error = catch(mode, client, lambda: client.login("+13155550175", PASSWORD),
                  lambda: client.alogin("+13155550175", PASSWORD))  # fmt: skip
    assert isinstance(error, altegio_b2b.AuthenticationError)
    assert server.requests[0].json()["password"] == PASSWORD  # it was sent, and echoed
    assert "<redacted>" in error.message
    assert scan_exception(error) == []


@pytest.mark.parametrize("mode", MODES)
def test_old_user_token_stays_secret_after_a_change(server: ScriptedServer, mode: str) -> None:
    # An answer to a request sent with the previous user token arrives after the change.
    client = _client(server)
    client.user_token = "rotated-SECRET-2"
    server.queue(Reply(401, error_envelope(f"token {USER_TOKEN} expired")))
    error = catch(mode, client, lambda: get_account_list.sync(1, client=client),
                  lambda: get_account_list.asyncio(1, client=client))  # fmt: skip
    assert scan_exception(error, [*SECRETS, "rotated-SECRET-2"]) == []


# -- the password -----------------------------------------------------------------------------------


def test_the_login_body_hides_the_password_but_sends_it() -> None:
    body = AuthorizeUserBody(**AltegioClient._login_fields("+13155550175", PASSWORD))
    assert scan_objects(body, body.to_dict()) == []
    assert body.to_dict()["password"] == PASSWORD


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "reply",
    [Reply(401, error_envelope("Wrong login or password")), Reply(500, b"<html>down</html>"),
     Reply(201, envelope({"id": 1})), Reply(reset_after_body=True)],
    ids=["401", "500", "answer without token", "connection reset"],
)  # fmt: skip
def test_no_frame_of_a_failed_login_holds_the_password(server: ScriptedServer, reply: Reply, mode: str) -> None:
    server.queue(reply)
    client = _client(server, user_token=None)
    error = catch(mode, client, lambda: client.login("+13155550175", PASSWORD),
                  lambda: client.alogin("+13155550175", PASSWORD))  # fmt: skip
    assert isinstance(error, altegio_b2b.AltegioError)
    assert server.requests[0].json()["password"] == PASSWORD
    assert scan_exception(error) == []  # str, repr, args, causes and every frame's locals


@pytest.mark.parametrize("password", ["", b"pa55-SECRET-w0rd", None, 12345])
def test_a_bad_password_is_not_echoed(password: Any) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        AltegioClient(PARTNER_TOKEN).login("+13155550175", password)
    assert caught.value.argument == "password"
    assert scan_exception(caught.value, [*SECRETS, "12345"]) == []


# -- headers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["authorization", "AUTHORIZATION", "Authorization"])
def test_authorization_cannot_be_forged_through_headers(name: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as on_client:
        AltegioClient(PARTNER_TOKEN, headers={name: "Bearer forged"})
    with pytest.raises(altegio_b2b.ArgumentError) as on_call:
        RequestOptions(extra_headers={name: "Bearer forged"})
    assert on_client.value.argument == "headers"
    assert on_call.value.argument == "extra_headers"


@pytest.mark.parametrize("mode", MODES)
def test_header_names_are_merged_case_insensitively(server: ScriptedServer, mode: str) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    client = _client(server, headers={"ACCEPT": "application/json", "X-Trace": "a"})
    options = RequestOptions(extra_headers={"x-trace": "b"})
    run(mode, client, lambda: get_account_list.sync(1, client=client, options=options),
        lambda: get_account_list.asyncio(1, client=client, options=options))  # fmt: skip
    sent = [(name.lower(), value) for name, value in server.requests[0].raw_headers]
    names = [name for name, _ in sent]
    assert names.count("authorization") == names.count("accept") == names.count("x-trace") == 1
    assert ("accept", "application/json") in sent and ("x-trace", "b") in sent


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "caf\u00e9", "nul\x00"])
def test_header_values_are_checked_and_not_echoed(value: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        AltegioClient(PARTNER_TOKEN, headers={"X-Key": value})
    assert "X-Key" in caught.value.argument
    # Not the client's secret, so not kept out of frame locals; but never in the message.
    assert scan_texts(exception_texts(caught.value, frames=False), [value]) == []


# -- reprs ------------------------------------------------------------------------------------------


def test_a_half_built_client_has_a_safe_repr() -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        AltegioClient(PARTNER_TOKEN, USER_TOKEN, base_url="ftp://example.com")
    selves = [frame.f_locals["self"] for frame, _ in _frames(caught.value) if "self" in frame.f_locals]
    assert selves, "the __init__ frame holds the half-built client"
    assert all("partner_token=<redacted>" in repr(s) for s in selves)
    assert "AltegioClient(base_url='<unset>'" in repr(object.__new__(AltegioClient))
    assert scan_exception(caught.value) == []


def _frames(error: BaseException) -> list[Any]:
    import traceback

    return list(traceback.walk_tb(error.__traceback__))


@pytest.mark.parametrize("mode", MODES)
def test_objects_of_a_call_show_no_secret(server: ScriptedServer, mode: str) -> None:
    server.queue(Reply(201, envelope({"id": 9, "text": "hi"})))
    client = _client(server)
    response = run(
        mode, client,
        lambda: create_client_comment.sync_detailed(1, 2, client=client, body=CreateClientCommentBody(text="hi")),
        lambda: create_client_comment.asyncio_detailed(1, 2, client=client, body=CreateClientCommentBody(text="hi")),
    )  # fmt: skip
    assert response.status_code == 201
    assert scan_objects(client, client._credentials, client._credentials.header(True), client.user_token) == []


def test_secrets_survive_asyncio_gather_of_many_logins(server: ScriptedServer) -> None:
    server.default = _echoing("message")
    clients = [_client(server, user_token=None) for _ in range(20)]

    async def main() -> list[BaseException | Any]:
        results = await asyncio.gather(*(c.alogin("+13155550175", PASSWORD) for c in clients), return_exceptions=True)
        for c in clients:
            await c.aclose()
        return results

    results = asyncio.run(main())
    assert all(isinstance(r, altegio_b2b.AuthenticationError) for r in results)
    assert [hit for r in results if isinstance(r, BaseException) for hit in scan_exception(r)] == []


@pytest.mark.parametrize("mode", MODES)
def test_a_toy_token_does_not_blank_ordinary_words(server: ScriptedServer, mode: str) -> None:
    # A mock's user token "string" (shorter than any real token) is not scrubbed from messages.
    client = _client(server, user_token="string")
    server.queue(Reply(404, error_envelope("string")))
    error = catch(mode, client, lambda: get_account_list.sync(1, client=client),
                  lambda: get_account_list.asyncio(1, client=client))  # fmt: skip
    assert isinstance(error, altegio_b2b.NotFoundError) and error.message == "string"
    assert scan_exception(error) == []  # the partner token is still scrubbed
