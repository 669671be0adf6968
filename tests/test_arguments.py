"""Bad input: a clear error naming the argument, before any network traffic."""

from __future__ import annotations

from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient, RequestOptions
from altegio_b2b.api.chain_loyalty_programs import create_chain_loyalty_program
from altegio_b2b.api.payments import get_account_list
from http_server import ScriptedServer


@pytest.mark.parametrize(
    ("location_id", "expected"),
    [("12", "an integer"), (1.5, "an integer"), (True, "an integer"), (None, "an integer")],
)
def test_path_parameter_type(server: ScriptedServer, client: AltegioClient, location_id: Any, expected: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        get_account_list.sync(location_id, client=client)
    assert caught.value.argument == "location_id"
    assert expected in str(caught.value)
    assert server.requests == []


def test_body_must_be_the_model(server: ScriptedServer, client: AltegioClient) -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match="CreateChainLoyaltyProgramBody") as caught:
        create_chain_loyalty_program.sync(1, client=client, body={"title": "x"})  # type: ignore[arg-type]
    assert caught.value.argument == "body"
    assert server.requests == []


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"partner_token": ""}, "partner_token"),
        ({"partner_token": "a,b"}, "partner_token"),
        ({"partner_token": "p", "user_token": "line\nbreak"}, "user_token"),
        ({"partner_token": "p", "base_url": "ftp://x"}, "base_url"),
        ({"partner_token": "p", "timeout": -1}, "timeout"),
        ({"partner_token": "p", "max_retries": -1}, "max_retries"),
    ],
)
def test_client_arguments(kwargs: dict[str, Any], argument: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError) as caught:
        AltegioClient(**kwargs)
    assert caught.value.argument == argument
    assert "line\nbreak" not in str(caught.value)


def test_request_options_arguments() -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match="max_retries"):
        RequestOptions(max_retries=-2)
    with pytest.raises(altegio_b2b.ArgumentError, match="timeout"):
        RequestOptions(timeout=0)


def test_enum_arguments_take_members_or_listed_values_only(server: ScriptedServer, client: AltegioClient) -> None:
    from altegio_b2b.api.chain_loyalty_programs import get_chain_loyalty_program
    from http_server import Reply, envelope

    with pytest.raises(altegio_b2b.ArgumentError, match="'applicable_items'") as caught:
        get_chain_loyalty_program.sync(1, 2, client=client, include="applicable_itemz")  # type: ignore[arg-type]
    assert caught.value.argument == "include"
    assert server.requests == []
    server.queue(Reply(200, envelope({"id": 2})))
    get_chain_loyalty_program.sync(1, 2, client=client, include="rules")  # type: ignore[arg-type]
    assert server.requests[0].query == [("include", "rules")]
