"""Send SMS Verification Code

POST /book_code/{location_id} (operation `send_booking_verification_code` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.send_booking_verification_code_body import SendBookingVerificationCodeBody
from ...models.send_booking_verification_code_response_201 import SendBookingVerificationCodeResponse201
from ...types import Response

_OPERATION = Operation(
    "send_booking_verification_code", "POST", "/book_code/{location_id}", "BearerPartner", send_user_token=False
)
_RESPONSE = _fields.Model("SendBookingVerificationCodeResponse201")

_BODY = _fields.Model("SendBookingVerificationCodeBody")


def _request(
    location_id: int,
    *,
    body: SendBookingVerificationCodeBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, SendBookingVerificationCodeBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> SendBookingVerificationCodeResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: SendBookingVerificationCodeBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SendBookingVerificationCodeResponse201 | None:
    """Send SMS Verification Code

    + Request body
        + phone (required, string, '+13155550175') - phone to which the code will be sent
        + fullname (option, sring, `James`) - Client name

    POST /book_code/{location_id} (operation `send_booking_verification_code` of the Online Booking API); needs the partner token.

    Args:
        location_id (int): location ID
        body (SendBookingVerificationCodeBody): Send SMS verification code for phone number
            Example: {'phone': '+13155550175', 'fulname': 'James Smith'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        SendBookingVerificationCodeResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: SendBookingVerificationCodeBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SendBookingVerificationCodeResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: SendBookingVerificationCodeBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SendBookingVerificationCodeResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: SendBookingVerificationCodeBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SendBookingVerificationCodeResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
