"""Update Online Booking User Data

PUT /booking/user (operation `update_booking_user` of the Online Booking API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_booking_user_body import UpdateBookingUserBody
from ...types import Response

_OPERATION = Operation("update_booking_user", "PUT", "/booking/user", "BearerPartnerUser")
_RESPONSE = _fields.ANY

_BODY = _fields.Model("UpdateBookingUserBody")


def _request(
    *,
    body: UpdateBookingUserBody,
) -> RequestParts:
    _arguments.instance("body", body, UpdateBookingUserBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: UpdateBookingUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Update Online Booking User Data

    Updating a team member’s data in online booking.

     When updating a phone number, the confirmation_code field must be included in the request. This
    code should be obtained using the [SMS confirmation code of the phone number to change
    data](#operation/Send%20SMS%20code%20confirmation%20number%20phone%20for%20change%20data)

    PUT /booking/user (operation `update_booking_user` of the Online Booking API); needs the partner and the user token.

    Args:
        body (UpdateBookingUserBody): Updating User Data in Online Booking Example: {'name':
            'James Smith', 'email': 'j.smith@example.com', 'phone': '+13155550175',
            'confirmation_code': '1234'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: UpdateBookingUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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
    body: UpdateBookingUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
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
    body: UpdateBookingUserBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
