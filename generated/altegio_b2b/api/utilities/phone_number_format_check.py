from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import Response

_OPERATION = OPERATIONS["phone_number_format_check"]


def _get_kwargs(
    phone: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/validation/validate_phone/{phone}".format(
            phone=quote(str(phone), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Phone number format check

    The transferred phone number is checked for compliance with Altegio rules.

    GET /validation/validate_phone/{phone} (operation `phone_number_format_check`)

    Args:
        phone (str): Checked phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        phone=phone,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Phone number format check

    The transferred phone number is checked for compliance with Altegio rules.

    GET /validation/validate_phone/{phone} (operation `phone_number_format_check`)

    Args:
        phone (str): Checked phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        phone=phone,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Phone number format check

    The transferred phone number is checked for compliance with Altegio rules.

    GET /validation/validate_phone/{phone} (operation `phone_number_format_check`)

    Args:
        phone (str): Checked phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        phone=phone,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Phone number format check

    The transferred phone number is checked for compliance with Altegio rules.

    GET /validation/validate_phone/{phone} (operation `phone_number_format_check`)

    Args:
        phone (str): Checked phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            phone=phone,
            client=client,
            options=options,
        )
    ).parsed
