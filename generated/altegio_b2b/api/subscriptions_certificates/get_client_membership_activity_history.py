"""Get a client's membership activity history

GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history (operation `get_client_membership_activity_history` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_client_membership_activity_history_response_200_item import (
    GetClientMembershipActivityHistoryResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_client_membership_activity_history",
    "GET",
    "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history",
    "BearerPartnerUser",
)
_RESPONSE = _fields.ListOf(_fields.Model("GetClientMembershipActivityHistoryResponse200Item"))


def _request(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.integer("membership_id", membership_id, required=True)

    params: dict[str, Any] = {}
    params["include"] = include
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "client_id": client_id,
            "membership_id": membership_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetClientMembershipActivityHistoryResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientMembershipActivityHistoryResponse200Item] | None:
    """Get a client's membership activity history

    Returns state changes and usage events for one membership belonging to the specified client at this
    Location. The client must belong to the Location, and the membership must be found among that
    client's memberships by phone; either mismatch returns 404. The caller needs Location access,
    Loyalty access, and permission to view membership history. This activity history is not a purchase
    history and does not provide a sale price or paid amount.

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history (operation `get_client_membership_activity_history` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        client_id (int): Client ID at this Location
        membership_id (int): Membership instance ID
        include (str | Unset): Optional related data: `loyalty_transaction`,
            `loyalty_entity_changes`, or `user`. State changes are included by default.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientMembershipActivityHistoryResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            include=include,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientMembershipActivityHistoryResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            include=include,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientMembershipActivityHistoryResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                client_id=client_id,
                membership_id=membership_id,
                include=include,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientMembershipActivityHistoryResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            include=include,
        ),
        _parse_data,
        options,
    )
