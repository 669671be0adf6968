"""Get a List of Promotions Active in the Location

GET /company/{location_id}/loyalty/programs/search (operation `get_location_loyalty_program_list` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_location_loyalty_program_list_response_200_item import GetLocationLoyaltyProgramListResponse200Item
from ...models.get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_location_loyalty_program_list", "GET", "/company/{location_id}/loyalty/programs/search", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetLocationLoyaltyProgramListResponse200Item"))


def _request(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    type_ = _arguments.member("type_", type_, GetLocationLoyaltyProgramListType, required=False)

    params: dict[str, Any] = {}
    params["include"] = include
    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetLocationLoyaltyProgramListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationLoyaltyProgramListResponse200Item] | None:
    """Get a List of Promotions Active in the Location

    The method allows you to get a list of promotions that are active for the specified location.

    GET /company/{location_id}/loyalty/programs/search (operation `get_location_loyalty_program_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        include (str | Unset): The first_transaction_date value adds the date of the first stock
            transaction to the response.
        type_ (GetLocationLoyaltyProgramListType | Unset): Promotion type
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationLoyaltyProgramListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            include=include,
            type_=type_,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationLoyaltyProgramListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            include=include,
            type_=type_,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationLoyaltyProgramListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                include=include,
                type_=type_,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationLoyaltyProgramListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            include=include,
            type_=type_,
        ),
        _parse_data,
        options,
    )
