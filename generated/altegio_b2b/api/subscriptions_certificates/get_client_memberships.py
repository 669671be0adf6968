"""Get Client Memberships

GET /loyalty/abonements (operation `get_client_memberships`); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_client_memberships_response_200_item import GetClientMembershipsResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_client_memberships", "GET", "/loyalty/abonements", "BearerPartnerUser")


def _request(
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
) -> RequestParts:
    _arguments.integer("company_group_id", company_group_id, required=False)

    _arguments.integer("company_id", company_id, required=True)

    params: dict[str, Any] = {}
    params["company_group_id"] = company_group_id
    params["company_id"] = company_id
    params["phone"] = phone
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> list[GetClientMembershipsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetClientMembershipsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync(
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientMembershipsResponse200Item] | None:
    """Get Client Memberships

    Returns memberships found by client phone at the specified Location. Requires the authenticated
    Business User to have Loyalty access at that Location. `company_group_id` can narrow results to a
    Chain. Each membership includes its number, type, creation time, and `goods_transaction_id` when
    linked to a goods transaction. `created_date` is membership creation time, not a guaranteed sale
    date. The type's `cost` is a current type price, not proof of the amount paid or the nominal price
    at purchase. Follow a nonzero `goods_transaction_id` through `GET
    /storage_operations/goods_transactions/{location_id}/{transaction_id}` to obtain its `document_id`,
    then use `GET /transactions/{location_id}` with `document_id` to inspect recorded payments. The
    response does not include a purchase receipt or a verified paid total.

    GET /loyalty/abonements (operation `get_client_memberships`); needs the partner and the user token.

    Args:
        company_group_id (int | Unset): Optional Chain ID used to narrow the membership lookup.
        company_id (int): Location ID
        phone (str): Customer phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientMembershipsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            company_group_id=company_group_id,
            company_id=company_id,
            phone=phone,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientMembershipsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            company_group_id=company_group_id,
            company_id=company_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientMembershipsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                company_group_id=company_group_id,
                company_id=company_id,
                phone=phone,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    company_group_id: int | Unset = UNSET,
    company_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientMembershipsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            company_group_id=company_group_id,
            company_id=company_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )
