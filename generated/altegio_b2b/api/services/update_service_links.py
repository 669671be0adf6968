from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_service_links_body import UpdateServiceLinksBody
from ...models.update_service_links_response_200 import UpdateServiceLinksResponse200
from ...types import Response

_OPERATION = OPERATIONS["update_service_links"]


def _get_kwargs(
    location_id: int,
    *,
    body: UpdateServiceLinksBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, UpdateServiceLinksBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/services/links".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateServiceLinksResponse200:
    response_200 = UpdateServiceLinksResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    body: UpdateServiceLinksBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateServiceLinksResponse200]:
    """Update service links

    Updates service configuration including:
    - Team member assignments with custom duration and pricing
    - Tech cards (technological cards) for each team member
    - Required resources for the service
    - Service name translations for different languages

    This endpoint allows bulk updating of service-team member relationships
    without affecting other service properties.

    POST /company/{location_id}/services/links (operation `update_service_links`)

    Args:
        location_id (int): Location ID
        body (UpdateServiceLinksBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateServiceLinksResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: UpdateServiceLinksBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateServiceLinksResponse200 | None:
    """Update service links

    Updates service configuration including:
    - Team member assignments with custom duration and pricing
    - Tech cards (technological cards) for each team member
    - Required resources for the service
    - Service name translations for different languages

    This endpoint allows bulk updating of service-team member relationships
    without affecting other service properties.

    POST /company/{location_id}/services/links (operation `update_service_links`)

    Args:
        location_id (int): Location ID
        body (UpdateServiceLinksBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateServiceLinksResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: UpdateServiceLinksBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateServiceLinksResponse200]:
    """Update service links

    Updates service configuration including:
    - Team member assignments with custom duration and pricing
    - Tech cards (technological cards) for each team member
    - Required resources for the service
    - Service name translations for different languages

    This endpoint allows bulk updating of service-team member relationships
    without affecting other service properties.

    POST /company/{location_id}/services/links (operation `update_service_links`)

    Args:
        location_id (int): Location ID
        body (UpdateServiceLinksBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateServiceLinksResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: UpdateServiceLinksBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateServiceLinksResponse200 | None:
    """Update service links

    Updates service configuration including:
    - Team member assignments with custom duration and pricing
    - Tech cards (technological cards) for each team member
    - Required resources for the service
    - Service name translations for different languages

    This endpoint allows bulk updating of service-team member relationships
    without affecting other service properties.

    POST /company/{location_id}/services/links (operation `update_service_links`)

    Args:
        location_id (int): Location ID
        body (UpdateServiceLinksBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateServiceLinksResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
