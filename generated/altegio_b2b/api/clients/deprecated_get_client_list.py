"""Deprecated. Get full client profiles in a location

GET /clients/{location_id} (operation `deprecated_get_client_list`); needs the partner and the user token.
Deprecated by Altegio.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.deprecated_get_client_list_response_200_item import DeprecatedGetClientListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "deprecated_get_client_list",
    "GET",
    "/clients/{location_id}",
    "BearerPartnerUser",
    deprecated=True,
    page_size_parameter="count",
)


def _request(
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | Unset = UNSET,
    id_list: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("count", count, required=False)

    _arguments.integer("id", id, required=False)

    _arguments.integer("page", page, required=False)

    _arguments.integer("paid_max", paid_max, required=False)

    _arguments.integer("paid_min", paid_min, required=False)

    params: dict[str, Any] = {}
    params["card"] = card
    json_changed_after: str | Unset = UNSET
    if not isinstance(changed_after, Unset):
        json_changed_after = changed_after.isoformat()
    params["changed_after"] = json_changed_after
    json_changed_before: str | Unset = UNSET
    if not isinstance(changed_before, Unset):
        json_changed_before = changed_before.isoformat()
    params["changed_before"] = json_changed_before
    params["count"] = count
    params["email"] = email
    params["fullname"] = fullname
    params["id"] = id
    json_id_list: list[int] | Unset = UNSET
    if not isinstance(id_list, Unset):
        json_id_list = id_list

    params["id[]"] = json_id_list
    params["page"] = page
    params["paid_max"] = paid_max
    params["paid_min"] = paid_min
    params["phone"] = phone
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[DeprecatedGetClientListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = DeprecatedGetClientListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync(
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | Unset = UNSET,
    id_list: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeprecatedGetClientListResponse200Item] | None:
    """Deprecated. Get full client profiles in a location

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    Returns full client cards (including categories, custom fields, lifetime spent and paid amounts) in
    ascending client ID order. The default page is 1 and the default count is 20; count is limited to
    300. The response includes meta.total_count for pagination. Requires both location edit access and
    client-base access. Phone, email and comments can be masked or omitted according to the user
    permissions. This legacy route has only the filters listed below. For richer segmentation and
    sorting, use POST /company/{location_id}/clients/search; that endpoint returns a selected field
    projection rather than full cards.

    GET /clients/{location_id} (operation `deprecated_get_client_list`); needs the partner and the user token.

    Args:
        location_id (int): location ID
        card (str | Unset): Loyalty card number fragment
        changed_after (datetime.datetime | Unset): Include clients changed after this ISO 8601
            date-time
        changed_before (datetime.datetime | Unset): Include clients changed before this ISO 8601
            date-time
        count (int | Unset): Number of customers per page Default: 20.
        email (str | Unset): Email (part) for customer filtering
        fullname (str | Unset): Name (part of the name) for client filtering
        id (int | Unset): Client ID (for several IDs, use the repeated id[] parameter)
        id_list (list[int] | Unset): Repeat this parameter for each client ID to include
        page (int | Unset): Page number Default: 1.
        paid_max (int | Unset): Maximum amount paid, to filter customers by the amount of payments
        paid_min (int | Unset): Minimum amount paid, to filter customers by the amount of payments
        phone (str | Unset): Phone (part of the number) for customer filtering
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[DeprecatedGetClientListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            card=card,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            email=email,
            fullname=fullname,
            id=id,
            id_list=id_list,
            page=page,
            paid_max=paid_max,
            paid_min=paid_min,
            phone=phone,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | Unset = UNSET,
    id_list: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeprecatedGetClientListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            card=card,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            email=email,
            fullname=fullname,
            id=id,
            id_list=id_list,
            page=page,
            paid_max=paid_max,
            paid_min=paid_min,
            phone=phone,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | Unset = UNSET,
    id_list: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeprecatedGetClientListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                card=card,
                changed_after=changed_after,
                changed_before=changed_before,
                count=count,
                email=email,
                fullname=fullname,
                id=id,
                id_list=id_list,
                page=page,
                paid_max=paid_max,
                paid_min=paid_min,
                phone=phone,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    card: str | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    count: int | Unset = 20,
    email: str | Unset = UNSET,
    fullname: str | Unset = UNSET,
    id: int | Unset = UNSET,
    id_list: list[int] | Unset = UNSET,
    page: int | Unset = 1,
    paid_max: int | Unset = UNSET,
    paid_min: int | Unset = UNSET,
    phone: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeprecatedGetClientListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            card=card,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            email=email,
            fullname=fullname,
            id=id,
            id_list=id_list,
            page=page,
            paid_max=paid_max,
            paid_min=paid_min,
            phone=phone,
        ),
        _parse_data,
        options,
    )
