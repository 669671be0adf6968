"""Data About Locations Connected to the Application

GET /marketplace/application/{application_id}/salons (operation `list_marketplace_app_locations` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.list_marketplace_app_locations_response_200_item import ListMarketplaceAppLocationsResponse200Item
from ...types import UNSET, Response

_OPERATION = Operation(
    "list_marketplace_app_locations",
    "GET",
    "/marketplace/application/{application_id}/salons",
    "BearerPartner",
    paging=Paging("query", "page", "count"),
)
_RESPONSE = _fields.ListOf(_fields.Model("ListMarketplaceAppLocationsResponse200Item"))


def _request(
    application_id: int,
    *,
    page: int,
    count: int,
) -> RequestParts:
    _arguments.integer("application_id", application_id, required=True)

    _arguments.integer("page", page, required=True)

    _arguments.integer("count", count, required=True)

    params: dict[str, Any] = {}
    params["page"] = page
    params["count"] = count
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "application_id": application_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[ListMarketplaceAppLocationsResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    application_id: int,
    *,
    page: int,
    count: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ListMarketplaceAppLocationsResponse200Item] | None:
    """Data About Locations Connected to the Application

    This endpoint retrieves a list of locations that have connected a specific application, along with
    detailed information about each.

    GET /marketplace/application/{application_id}/salons (operation `list_marketplace_app_locations` of the Developer Tools API); needs the partner token.

    Args:
        application_id (int): Application ID
        page (int): Page number
        count (int): Number of elements per page
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[ListMarketplaceAppLocationsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            application_id=application_id,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    application_id: int,
    *,
    page: int,
    count: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ListMarketplaceAppLocationsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            application_id=application_id,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    application_id: int,
    *,
    page: int,
    count: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ListMarketplaceAppLocationsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                application_id=application_id,
                page=page,
                count=count,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    page: int,
    count: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ListMarketplaceAppLocationsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            application_id=application_id,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )
