from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_position_quick_body import CreatePositionQuickBody
from ...models.create_position_quick_response_201 import CreatePositionQuickResponse201
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["create_position_quick"]


def _get_kwargs(
    location_id: int,
    *,
    body: CreatePositionQuickBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreatePositionQuickBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/positions/quick".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreatePositionQuickResponse201:
    response_201 = CreatePositionQuickResponse201.from_dict(data)

    return response_201


def sync_detailed(
    location_id: int,
    *,
    body: CreatePositionQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreatePositionQuickResponse201]:
    """Deprecated. Quick create a position

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

    Creates a new position in a location; position is created as a chain entity and at the same time
    linked to a location initiated its creation.

    **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
    JSON:API format responses. See operation `create_position` for details.

    POST /company/{location_id}/positions/quick (operation `create_position_quick`)

    Args:
        location_id (int): ID of a location.
        body (CreatePositionQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreatePositionQuickResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: CreatePositionQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreatePositionQuickResponse201 | None:
    """Deprecated. Quick create a position

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

    Creates a new position in a location; position is created as a chain entity and at the same time
    linked to a location initiated its creation.

    **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
    JSON:API format responses. See operation `create_position` for details.

    POST /company/{location_id}/positions/quick (operation `create_position_quick`)

    Args:
        location_id (int): ID of a location.
        body (CreatePositionQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreatePositionQuickResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: CreatePositionQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreatePositionQuickResponse201]:
    """Deprecated. Quick create a position

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

    Creates a new position in a location; position is created as a chain entity and at the same time
    linked to a location initiated its creation.

    **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
    JSON:API format responses. See operation `create_position` for details.

    POST /company/{location_id}/positions/quick (operation `create_position_quick`)

    Args:
        location_id (int): ID of a location.
        body (CreatePositionQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreatePositionQuickResponse201]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: CreatePositionQuickBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreatePositionQuickResponse201 | None:
    """Deprecated. Quick create a position

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `POST /v2/companies/{company_id}/positions` instead.

    Creates a new position in a location; position is created as a chain entity and at the same time
    linked to a location initiated its creation.

    **Migration:** The V2 Positions API provides full CRUD operations with enhanced validation and
    JSON:API format responses. See operation `create_position` for details.

    POST /company/{location_id}/positions/quick (operation `create_position_quick`)

    Args:
        location_id (int): ID of a location.
        body (CreatePositionQuickBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreatePositionQuickResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
