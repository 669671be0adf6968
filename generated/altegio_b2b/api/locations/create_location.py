from typing import Any

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_location_body import CreateLocationBody
from ...models.create_location_response_201 import CreateLocationResponse201
from ...types import Response

_OPERATION = OPERATIONS["create_location"]


def _get_kwargs(
    *,
    body: CreateLocationBody,
) -> dict[str, Any]:
    _arguments.instance("body", body, CreateLocationBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreateLocationResponse201:
    response_201 = CreateLocationResponse201.from_dict(data)

    return response_201


def sync_detailed(
    *,
    body: CreateLocationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateLocationResponse201]:
    """Create a location

    Create new location

    POST /companies (operation `create_location`)

    Args:
        body (CreateLocationBody): Create a location
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateLocationResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    *,
    body: CreateLocationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateLocationResponse201 | None:
    """Create a location

    Create new location

    POST /companies (operation `create_location`)

    Args:
        body (CreateLocationBody): Create a location
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateLocationResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    body: CreateLocationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateLocationResponse201]:
    """Create a location

    Create new location

    POST /companies (operation `create_location`)

    Args:
        body (CreateLocationBody): Create a location
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateLocationResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    *,
    body: CreateLocationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateLocationResponse201 | None:
    """Create a location

    Create new location

    POST /companies (operation `create_location`)

    Args:
        body (CreateLocationBody): Create a location
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateLocationResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            options=options,
        )
    ).parsed
