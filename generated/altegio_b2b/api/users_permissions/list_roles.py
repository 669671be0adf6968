"""Getting a list of user roles

GET /company/{location_id}/users/roles (operation `list_roles` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.list_roles_include_item import ListRolesIncludeItem
from ...models.list_roles_response_200_item import ListRolesResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation("list_roles", "GET", "/company/{location_id}/users/roles", "BearerPartnerUser")
_RESPONSE = _fields.ListOf(_fields.Model("ListRolesResponse200Item"))


def _request(
    location_id: int,
    *,
    include: list[ListRolesIncludeItem] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    include = _arguments.members("include", include, ListRolesIncludeItem, required=False)

    params: dict[str, Any] = {}
    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[ListRolesResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    include: list[ListRolesIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ListRolesResponse200Item] | None:
    """Getting a list of user roles

    Returns a list of user roles along with permissions for each role.

    GET /company/{location_id}/users/roles (operation `list_roles` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        include (list[ListRolesIncludeItem] | Unset): Requested set of an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[ListRolesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            include=include,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    include: list[ListRolesIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ListRolesResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            include=include,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    include: list[ListRolesIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ListRolesResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                include=include,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    include: list[ListRolesIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ListRolesResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            include=include,
        ),
        _parse_data,
        options,
    )
