from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.deprecated_update_service_by_id_body import DeprecatedUpdateServiceByIdBody
from ...models.deprecated_update_service_by_id_response_200 import DeprecatedUpdateServiceByIdResponse200
from ...types import Response

_OPERATION = OPERATIONS["deprecated_update_service_by_id"]


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.instance("body", body, DeprecatedUpdateServiceByIdBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/services/{location_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> DeprecatedUpdateServiceByIdResponse200:
    response_200 = DeprecatedUpdateServiceByIdResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeprecatedUpdateServiceByIdResponse200]:
    """Update a service

    Method to update a service by ID

    PUT /services/{location_id}/{service_id} (operation `deprecated_update_service_by_id`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (DeprecatedUpdateServiceByIdBody): Create a service
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[DeprecatedUpdateServiceByIdResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeprecatedUpdateServiceByIdResponse200 | None:
    """Update a service

    Method to update a service by ID

    PUT /services/{location_id}/{service_id} (operation `deprecated_update_service_by_id`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (DeprecatedUpdateServiceByIdBody): Create a service
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        DeprecatedUpdateServiceByIdResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[DeprecatedUpdateServiceByIdResponse200]:
    """Update a service

    Method to update a service by ID

    PUT /services/{location_id}/{service_id} (operation `deprecated_update_service_by_id`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (DeprecatedUpdateServiceByIdBody): Create a service
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[DeprecatedUpdateServiceByIdResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    body: DeprecatedUpdateServiceByIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> DeprecatedUpdateServiceByIdResponse200 | None:
    """Update a service

    Method to update a service by ID

    PUT /services/{location_id}/{service_id} (operation `deprecated_update_service_by_id`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (DeprecatedUpdateServiceByIdBody): Create a service
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        DeprecatedUpdateServiceByIdResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
