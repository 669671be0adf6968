"""Update Online Booking User Password

PUT /booking/user/password (operation `update_booking_user_password` of the Online Booking API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_booking_user_password_body import UpdateBookingUserPasswordBody
from ...models.update_booking_user_password_response_200 import UpdateBookingUserPasswordResponse200
from ...types import Response

_OPERATION = Operation("update_booking_user_password", "PUT", "/booking/user/password", "BearerPartnerUser")
_RESPONSE = _fields.Model("UpdateBookingUserPasswordResponse200")

_BODY = _fields.Model("UpdateBookingUserPasswordBody")


def _request(
    *,
    body: UpdateBookingUserPasswordBody,
) -> RequestParts:
    _arguments.instance("body", body, UpdateBookingUserPasswordBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> UpdateBookingUserPasswordResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: UpdateBookingUserPasswordBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateBookingUserPasswordResponse200 | None:
    """Update Online Booking User Password

    Updating the password of an online booking user.

    The response comes with a new user token.

    PUT /booking/user/password (operation `update_booking_user_password` of the Online Booking API); needs the partner and the user token.

    Args:
        body (UpdateBookingUserPasswordBody): Online Booking User Password Update Example:
            {'old_password': 'qwerty123', 'new_password': 'example!'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateBookingUserPasswordResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    body: UpdateBookingUserPasswordBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateBookingUserPasswordResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    body: UpdateBookingUserPasswordBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateBookingUserPasswordResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    body: UpdateBookingUserPasswordBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateBookingUserPasswordResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
