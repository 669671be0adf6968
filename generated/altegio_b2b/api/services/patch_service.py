from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.patch_service_body import PatchServiceBody
from ...models.patch_service_response_200 import PatchServiceResponse200
from ...types import Response

_OPERATION = OPERATIONS["patch_service"]


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    body: PatchServiceBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.instance("body", body, PatchServiceBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/services/{location_id}/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> PatchServiceResponse200:
    response_200 = PatchServiceResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    body: PatchServiceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[PatchServiceResponse200]:
    """Update a service (partial)

    Method to partially update a service

    PATCH /services/{location_id}/{service_id} (operation `patch_service`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (PatchServiceBody): Change service
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[PatchServiceResponse200]: status, headers, raw body, `meta` and the parsed data.
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
    body: PatchServiceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> PatchServiceResponse200 | None:
    """Update a service (partial)

    Method to partially update a service

    PATCH /services/{location_id}/{service_id} (operation `patch_service`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (PatchServiceBody): Change service
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        PatchServiceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: PatchServiceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[PatchServiceResponse200]:
    """Update a service (partial)

    Method to partially update a service

    PATCH /services/{location_id}/{service_id} (operation `patch_service`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (PatchServiceBody): Change service
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[PatchServiceResponse200]: status, headers, raw body, `meta` and the parsed data.
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
    body: PatchServiceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> PatchServiceResponse200 | None:
    """Update a service (partial)

    Method to partially update a service

    PATCH /services/{location_id}/{service_id} (operation `patch_service`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID
        body (PatchServiceBody): Change service
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        PatchServiceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
