"""Deprecated. Get a list of location positions

GET /company/{location_id}/staff/positions (operation `get_position_list` of the Business Management API); needs the partner and the user token.
Deprecated by Altegio.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.staff_position_variant_0 import StaffPositionVariant0
from ...types import Response

_OPERATION = Operation(
    "get_position_list", "GET", "/company/{location_id}/staff/positions", "BearerPartnerUser", deprecated=True
)
_RESPONSE = _fields.ListOf(
    _fields.OneOf(
        _fields.Model("StaffPositionVariant0"),
        _fields.ListOf(_fields.ANY),
        _fields.NULL,
    )
)


def _request(
    location_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
    )


def _parse_data(data: Any) -> list[list[Any] | None | StaffPositionVariant0]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[list[Any] | None | StaffPositionVariant0] | None:
    """Deprecated. Get a list of location positions

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **This endpoint is deprecated.** Use `GET /v2/companies/{company_id}/positions` instead.

    The method allows you to get a list of current positions in the location.

    **Migration:** The V2 Positions API provides enhanced functionality with full CRUD operations,
    pagination, and JSON:API format responses. See operation `list_positions` for details.

    GET /company/{location_id}/staff/positions (operation `get_position_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[list[Any] | None | StaffPositionVariant0] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[list[Any] | None | StaffPositionVariant0]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[list[Any] | None | StaffPositionVariant0] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[list[Any] | None | StaffPositionVariant0]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
        ),
        _parse_data,
        options,
    )
