from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_client_membership_activity_history_response_200_item import (
    GetClientMembershipActivityHistoryResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_client_membership_activity_history"]


def _get_kwargs(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("client_id", client_id, required=True)

    _arguments.integer("membership_id", membership_id, required=True)

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history".format(
            location_id=quote(str(location_id), safe=""),
            client_id=quote(str(client_id), safe=""),
            membership_id=quote(str(membership_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetClientMembershipActivityHistoryResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetClientMembershipActivityHistoryResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    client_id: int,
    membership_id: int,
    *,
    include: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientMembershipActivityHistoryResponse200Item]]:
    """Get a client's membership activity history

    Returns state changes and usage events for one membership belonging to the specified client at this
    Location. The client must belong to the Location, and the membership must be found among that
    client's memberships by phone; either mismatch returns 404. The caller needs Location access,
    Loyalty access, and permission to view membership history. This activity history is not a purchase
    history and does not provide a sale price or paid amount.

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history (operation `get_client_membership_activity_history`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID at this Location
        membership_id (int): Membership instance ID
        include (str | Unset): Optional related data: `loyalty_transaction`,
            `loyalty_entity_changes`, or `user`. State changes are included by default.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetClientMembershipActivityHistoryResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history (operation `get_client_membership_activity_history`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID at this Location
        membership_id (int): Membership instance ID
        include (str | Unset): Optional related data: `loyalty_transaction`,
            `loyalty_entity_changes`, or `user`. State changes are included by default.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientMembershipActivityHistoryResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        client=client,
        include=include,
        options=options,
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
    """Get a client's membership activity history

    Returns state changes and usage events for one membership belonging to the specified client at this
    Location. The client must belong to the Location, and the membership must be found among that
    client's memberships by phone; either mismatch returns 404. The caller needs Location access,
    Loyalty access, and permission to view membership history. This activity history is not a purchase
    history and does not provide a sale price or paid amount.

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history (operation `get_client_membership_activity_history`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID at this Location
        membership_id (int): Membership instance ID
        include (str | Unset): Optional related data: `loyalty_transaction`,
            `loyalty_entity_changes`, or `user`. State changes are included by default.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetClientMembershipActivityHistoryResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        client_id=client_id,
        membership_id=membership_id,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    GET /company/{location_id}/client/{client_id}/loyalty/abonements/{membership_id}/history (operation `get_client_membership_activity_history`)

    Args:
        location_id (int): Location ID
        client_id (int): Client ID at this Location
        membership_id (int): Membership instance ID
        include (str | Unset): Optional related data: `loyalty_transaction`,
            `loyalty_entity_changes`, or `user`. State changes are included by default.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientMembershipActivityHistoryResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client_id=client_id,
            membership_id=membership_id,
            client=client,
            include=include,
            options=options,
        )
    ).parsed
