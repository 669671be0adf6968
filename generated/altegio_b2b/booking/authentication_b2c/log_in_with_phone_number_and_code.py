"""Log in with phone number and code

POST /user/auth (operation `log_in_with_phone_number_and_code` of the Online Booking API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.log_in_with_phone_number_and_code_body import LogInWithPhoneNumberAndCodeBody
from ...models.log_in_with_phone_number_and_code_response_201 import LogInWithPhoneNumberAndCodeResponse201
from ...types import Response

_OPERATION = Operation(
    "log_in_with_phone_number_and_code", "POST", "/user/auth", "BearerPartner", send_user_token=False
)
_RESPONSE = _fields.Model("LogInWithPhoneNumberAndCodeResponse201")

_BODY = _fields.Model("LogInWithPhoneNumberAndCodeBody")


def _request(
    *,
    body: LogInWithPhoneNumberAndCodeBody,
) -> RequestParts:
    _arguments.instance("body", body, LogInWithPhoneNumberAndCodeBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        json=_json,
    )


def _parse_data(data: Any) -> LogInWithPhoneNumberAndCodeResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    body: LogInWithPhoneNumberAndCodeBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> LogInWithPhoneNumberAndCodeResponse201 | None:
    """Log in with phone number and code

    To access both online and offline (e.g., phone-made) appointments, the user must log in by verifying
    their phone number. This is done by requesting a confirmation code to be sent via SMS using the "SMS
    phone number verification code" endpoint.

    POST /user/auth (operation `log_in_with_phone_number_and_code` of the Online Booking API); needs the partner token.

    Args:
        body (LogInWithPhoneNumberAndCodeBody): The phone number and the code sent to it by
            send_booking_verification_code
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        LogInWithPhoneNumberAndCodeResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: LogInWithPhoneNumberAndCodeBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[LogInWithPhoneNumberAndCodeResponse201]:
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
    body: LogInWithPhoneNumberAndCodeBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> LogInWithPhoneNumberAndCodeResponse201 | None:
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
    body: LogInWithPhoneNumberAndCodeBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[LogInWithPhoneNumberAndCodeResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            body=body,
        ),
        _parse_data,
        options,
    )
