from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.send_sms_to_clients_body import SendSmsToClientsBody
from ...types import Response

_OPERATION = OPERATIONS["send_sms_to_clients"]


def _get_kwargs(
    location_id: int,
    *,
    body: SendSmsToClientsBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, SendSmsToClientsBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/clients/by_id/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> None:
    return cast(None, data)


def sync_detailed(
    location_id: int,
    *,
    body: SendSmsToClientsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Send SMS to the list of clients

    The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | SMS text message |

    POST /sms/clients/by_id/{location_id} (operation `send_sms_to_clients`)

    Args:
        location_id (int): location ID
        body (SendSmsToClientsBody): Send SMS to the list of clients
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[None]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: SendSmsToClientsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None:
    """Send SMS to the list of clients

    The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | SMS text message |

    POST /sms/clients/by_id/{location_id} (operation `send_sms_to_clients`)

    Args:
        location_id (int): location ID
        body (SendSmsToClientsBody): Send SMS to the list of clients
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: SendSmsToClientsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None]:
    """Send SMS to the list of clients

    The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | SMS text message |

    POST /sms/clients/by_id/{location_id} (operation `send_sms_to_clients`)

    Args:
        location_id (int): location ID
        body (SendSmsToClientsBody): Send SMS to the list of clients
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[None]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: SendSmsToClientsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None:
    """Send SMS to the list of clients

    The object for creating SMS mailing has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | client_ids | array of numbers | Array of client IDs |
    | text | string | SMS text message |

    POST /sms/clients/by_id/{location_id} (operation `send_sms_to_clients`)

    Args:
        location_id (int): location ID
        body (SendSmsToClientsBody): Send SMS to the list of clients
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
