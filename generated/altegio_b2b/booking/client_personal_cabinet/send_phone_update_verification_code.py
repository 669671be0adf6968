"""Send SMS Verification Code for Phone Update

GET /booking/user/phone_confirmation (operation `send_phone_update_verification_code` of the Online Booking API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import UNSET, Response

_OPERATION = Operation(
    "send_phone_update_verification_code", "GET", "/booking/user/phone_confirmation", "BearerPartnerUser"
)
_RESPONSE = _fields.ANY


def _request(
    *,
    company_id: int,
    group_id: int,
    phone: str,
) -> RequestParts:
    _arguments.integer("company_id", company_id, required=True)

    _arguments.integer("group_id", group_id, required=True)

    params: dict[str, Any] = {}
    params["company_id"] = company_id
    params["group_id"] = group_id
    params["phone"] = phone
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    company_id: int,
    group_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Send SMS Verification Code for Phone Update

    The request must contain one of two parameters: company_id or group_id

    GET /booking/user/phone_confirmation (operation `send_phone_update_verification_code` of the Online Booking API); needs the partner and the user token.

    Args:
        company_id (int): location ID
        group_id (int): Chain ID
        phone (str): Phone number
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
            company_id=company_id,
            group_id=group_id,
            phone=phone,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    company_id: int,
    group_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            company_id=company_id,
            group_id=group_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    company_id: int,
    group_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                company_id=company_id,
                group_id=group_id,
                phone=phone,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    company_id: int,
    group_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            company_id=company_id,
            group_id=group_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )
