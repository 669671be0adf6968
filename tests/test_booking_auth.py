"""The Online Booking user: booking_login (phone + SMS code, partner token only) stores the booking
user's token; the operations that need that user fail fast without it; the others go with the
partner token alone; the code never shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient
from altegio_b2b.booking.client_personal_cabinet import (
    delete_user_appointment,
    get_booking_user,
    send_phone_update_verification_code,
    update_booking_user,
    update_booking_user_password,
)
from altegio_b2b.booking.online_booking import get_online_booking_details, update_online_booking_datetime
from altegio_b2b.models import UpdateBookingUserBody, UpdateBookingUserPasswordBody, UpdateOnlineBookingDatetimeBody
from conftest import PARTNER_TOKEN, USER_TOKEN
from hostile import scan_exception
from http_server import Reply, ScriptedServer, envelope

BOOKING_USER = {"id": 123456, "user_token": "booking-user-SECRET-9c1", "name": "James", "phone": "+13155550175"}
CODE = "7305512"


def _client(server: ScriptedServer, user_token: str | None = None) -> AltegioClient:
    return AltegioClient(PARTNER_TOKEN, user_token, base_url=server.url, rate_limiter=None, max_retries=0)


def test_booking_login_then_the_booking_users_operations(server: ScriptedServer) -> None:
    client = _client(server, "stale-user-SECRET")  # a stale token must not travel with the login
    server.queue(Reply(201, envelope(BOOKING_USER)), Reply(200, envelope({"id": 123456, "name": "James"})))
    answer = client.booking_login(" +13155550175 ", CODE)
    assert answer.user_token == BOOKING_USER["user_token"] and client.user_token == BOOKING_USER["user_token"]
    assert answer["name"] == "James"  # what the document does not declare is kept
    get_booking_user.sync(client=client)
    login, user = server.requests
    assert (login.method, login.path) == ("POST", "/api/v1/user/auth")
    assert login.headers["authorization"] == f"Bearer {PARTNER_TOKEN}"
    assert login.json() == {"phone": "+13155550175", "code": CODE}
    assert user.headers["authorization"] == f"Bearer {PARTNER_TOKEN}, User {BOOKING_USER['user_token']}"


async def test_abooking_login(server: ScriptedServer) -> None:
    client = _client(server)
    server.queue(Reply(201, envelope(BOOKING_USER)))
    await client.abooking_login("+13155550175", CODE)
    assert client.user_token == BOOKING_USER["user_token"]
    assert server.requests[0].json() == {"phone": "+13155550175", "code": CODE}
    await client.aclose()


@pytest.mark.parametrize(
    ("phone", "code", "argument"),
    [
        ("", CODE, "phone"),
        (13155550175, CODE, "phone"),
        ("+13155550175", "", "code"),
        ("+13155550175", 7305512, "code"),
    ],
)
def test_bad_login_arguments_fail_before_sending(server: ScriptedServer, phone: Any, code: Any, argument: str) -> None:
    with pytest.raises(altegio_b2b.ArgumentError, match=f"'{argument}'") as caught:
        _client(server).booking_login(phone, code)
    assert server.requests == []
    assert scan_exception(caught.value, [CODE]) == []


def test_a_failed_booking_login_shows_no_code_and_keeps_no_token(server: ScriptedServer) -> None:
    client = _client(server)
    server.queue(Reply(401, {"success": False, "data": None, "meta": {"message": "Wrong code"}}))
    with pytest.raises(altegio_b2b.AuthenticationError, match="Wrong code") as caught:
        client.booking_login("+13155550175", CODE)
    assert not client.has_user_token
    assert scan_exception(caught.value, [CODE, PARTNER_TOKEN]) == []  # message, repr, every frame's locals


USER_OPERATIONS: dict[str, Callable[[AltegioClient], Any]] = {
    "update_online_booking_datetime": lambda c: update_online_booking_datetime.sync(
        1, 2, body=UpdateOnlineBookingDatetimeBody(comment="later"), client=c
    ),
    "get_booking_user": lambda c: get_booking_user.sync(client=c),
    "update_booking_user": lambda c: update_booking_user.sync(body=UpdateBookingUserBody.from_dict({}), client=c),
    "update_booking_user_password": lambda c: update_booking_user_password.sync(
        body=UpdateBookingUserPasswordBody.from_dict({}), client=c
    ),
    "send_phone_update_verification_code": lambda c: send_phone_update_verification_code.sync(
        phone="+13155550175", company_id=1, group_id=0, client=c
    ),
}


@pytest.mark.parametrize("operation", sorted(USER_OPERATIONS))
def test_the_booking_users_operations_need_the_user(server: ScriptedServer, operation: str) -> None:
    with pytest.raises(altegio_b2b.MissingUserTokenError, match=operation):
        USER_OPERATIONS[operation](_client(server))
    assert server.requests == []


def test_an_appointment_named_by_its_hash_needs_only_the_partner(server: ScriptedServer) -> None:
    """Reading back and cancelling a booking just made: its record_hash says which, no user needed."""
    client = _client(server)
    server.queue(Reply(200, envelope({"id": 2})), Reply(200, envelope(None)))
    get_online_booking_details.sync(1, 2, "567df655304da9b98487769426d4e76e", client=client)
    delete_user_appointment.sync(2, "567df655304da9b98487769426d4e76e", client=client)
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {PARTNER_TOKEN}"] * 2


def test_a_booking_users_token_passed_in_goes_with_every_request(server: ScriptedServer) -> None:
    server.queue(Reply(200, envelope({"id": 2})))
    get_online_booking_details.sync(1, 2, "hash", client=_client(server, USER_TOKEN))
    assert server.requests[0].headers["authorization"] == f"Bearer {PARTNER_TOKEN}, User {USER_TOKEN}"
