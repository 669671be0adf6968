from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_location_loyalty_program_list_response_200_item import GetLocationLoyaltyProgramListResponse200Item
from ...models.get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_location_loyalty_program_list"]


def _get_kwargs(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    type_ = _arguments.member("type_", type_, GetLocationLoyaltyProgramListType, required=False)

    params: dict[str, Any] = {}

    params["include"] = include

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/programs/search".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetLocationLoyaltyProgramListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetLocationLoyaltyProgramListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationLoyaltyProgramListResponse200Item]]:
    """Get a List of Promotions Active in the Location

    The method allows you to get a list of promotions that are active for the specified location.

    GET /company/{location_id}/loyalty/programs/search (operation `get_location_loyalty_program_list`)

    Args:
        location_id (int): location ID
        include (str | Unset): The first_transaction_date value adds the date of the first stock
            transaction to the response.
        type_ (GetLocationLoyaltyProgramListType | Unset): Promotion type
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLocationLoyaltyProgramListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        include=include,
        type_=type_,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /company/{location_id}/loyalty/programs/search (operation `get_location_loyalty_program_list`)

    Args:
        location_id (int): location ID
        include (str | Unset): The first_transaction_date value adds the date of the first stock
            transaction to the response.
        type_ (GetLocationLoyaltyProgramListType | Unset): Promotion type
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationLoyaltyProgramListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        include=include,
        type_=type_,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationLoyaltyProgramListResponse200Item]]:
    """Get a List of Promotions Active in the Location

    The method allows you to get a list of promotions that are active for the specified location.

    GET /company/{location_id}/loyalty/programs/search (operation `get_location_loyalty_program_list`)

    Args:
        location_id (int): location ID
        include (str | Unset): The first_transaction_date value adds the date of the first stock
            transaction to the response.
        type_ (GetLocationLoyaltyProgramListType | Unset): Promotion type
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLocationLoyaltyProgramListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        include=include,
        type_=type_,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    include: str | Unset = UNSET,
    type_: GetLocationLoyaltyProgramListType | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationLoyaltyProgramListResponse200Item] | None:
    """Get a List of Promotions Active in the Location

    The method allows you to get a list of promotions that are active for the specified location.

    GET /company/{location_id}/loyalty/programs/search (operation `get_location_loyalty_program_list`)

    Args:
        location_id (int): location ID
        include (str | Unset): The first_transaction_date value adds the date of the first stock
            transaction to the response.
        type_ (GetLocationLoyaltyProgramListType | Unset): Promotion type
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationLoyaltyProgramListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            include=include,
            type_=type_,
            options=options,
        )
    ).parsed
