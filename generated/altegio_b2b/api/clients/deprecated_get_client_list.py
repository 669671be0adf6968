"""Deprecated. Get a list of clients

GET /clients/{location_id} (operation `deprecated_get_client_list` of the Business Management API); needs the partner and the user token.
Deprecated by Altegio.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
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
    paging=Paging("query", "page", "count"),
)
_RESPONSE = _fields.ListOf(_fields.Model("DeprecatedGetClientListResponse200Item"))


def _request(
    location_id: int,
    *,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    location_id_alt: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.number("paid_min", paid_min, required=False)

    _arguments.number("paid_max", paid_max, required=False)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    _arguments.integer("location_id_alt", location_id_alt, required=False)

    params: dict[str, Any] = {}
    params["fullname"] = fullname
    params["phone"] = phone
    params["email"] = email
    params["paid_min"] = paid_min
    params["paid_max"] = paid_max
    params["page"] = page
    params["count"] = count
    params["location_id"] = location_id_alt
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[DeprecatedGetClientListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeprecatedGetClientListResponse200Item] | None:
    """Deprecated. Get a list of clients

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    + Parameter
        + company_id (required, number, `1`) - location ID
        + page (number, `1`) - Page number
        + count (number, `20`) - Number of clients per page


    #### Client filtering
    + fullname:Joh (optional, string) - Name (part of name) to filter clients
    + phone:1315 (optional, string) - Phone (part of the number) for filtering clients
    + email:test@ (optional, string) - Email (part) for client filtering
    + card:5663rt (optional, string) - Card (part) for filtering customers by loyalty card number
    + paid_min:100 (optional, number) - Minimum amount paid, to filter customers by the amount of
    payments
    + paid_max:0 (optional, number) - Maximum amount paid, to filter customers by the amount of payments
    + paid_max:0 (optional, number) - Maximum amount paid, to filter customers by the amount of payments
    + id:66 (optional, number) - ID of one client for filtering clients
    + id[]: 66 (optional, array) - IDs of multiple clients to filter
    + changed_after: '2000-01-01T00:00:00' (optional, string) - Filtering clients changed/created since
    a specific date and time
    + changed_before: '2020-12-31T23:59:59' (optional, string) - Filtering clients changed/created
    before a specific date and time

    GET /clients/{location_id} (operation `deprecated_get_client_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        fullname (str | Unset): Name (part of the name) for client filtering
        phone (str | Unset): Phone (part of the number) for customer filtering
        email (str | Unset): Email (part) for customer filtering
        paid_min (float | Unset): Minimum amount paid, to filter customers by the amount of
            payments
        paid_max (float | Unset): Maximum amount paid, to filter customers by the amount of
            payments
        page (int | Unset): Page number
        count (int | Unset): Number of customers per page
        location_id_alt (int | Unset): ID of one or more clients to filter clients
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
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            location_id_alt=location_id_alt,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeprecatedGetClientListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            location_id_alt=location_id_alt,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeprecatedGetClientListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                fullname=fullname,
                phone=phone,
                email=email,
                paid_min=paid_min,
                paid_max=paid_max,
                page=page,
                count=count,
                location_id_alt=location_id_alt,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    fullname: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    email: str | Unset = UNSET,
    paid_min: float | Unset = UNSET,
    paid_max: float | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    location_id_alt: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeprecatedGetClientListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            fullname=fullname,
            phone=phone,
            email=email,
            paid_min=paid_min,
            paid_max=paid_max,
            page=page,
            count=count,
            location_id_alt=location_id_alt,
        ),
        _parse_data,
        options,
    )
