"""Get location users

GET /company/{location_id}/users (operation `get_location_users` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_location_users_response_200_item import GetLocationUsersResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_location_users", "GET", "/company/{location_id}/users", "BearerPartnerUser")
_RESPONSE = _fields.ListOf(_fields.Model("GetLocationUsersResponse200Item"))


def _request(
    location_id: int,
    *,
    filteris_approved: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("filteris_approved", filteris_approved, required=False)

    params: dict[str, Any] = {}
    params["filter[is_approved]"] = filteris_approved
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetLocationUsersResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    filteris_approved: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationUsersResponse200Item] | None:
    """Get location users

    The method allows you to get users of the location.
     location User object:

    | Attribute  | Type | Description |
    | ------------- | ------------- | ------------- |
    |  id  |  number   | User ID   |
    |  name  | string  | User name  |
    |  phone  | string  | User phone |
    | email  | string  | User email |
    | information  | string  | User information |
    |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
    |  is_non_deletable  |  boolean  | Whether the user is non-deletable

    GET /company/{location_id}/users (operation `get_location_users` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        filteris_approved (int | Unset): Whether the user accepted the invitation to manage the
            location. 1 - accepted, 0 - not accepted
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationUsersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            filteris_approved=filteris_approved,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    filteris_approved: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationUsersResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            filteris_approved=filteris_approved,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    filteris_approved: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationUsersResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                filteris_approved=filteris_approved,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    filteris_approved: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationUsersResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            filteris_approved=filteris_approved,
        ),
        _parse_data,
        options,
    )
