from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_membership_type_list_by_id_response_200_item import GetMembershipTypeListByIdResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_membership_type_list_by_id"]


def _get_kwargs(
    location_id: int,
    *,
    ids: float | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.number("ids", ids, required=False)

    params: dict[str, Any] = {}

    params["ids[]"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/loyalty/abonement_types/fetch".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetMembershipTypeListByIdResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetMembershipTypeListByIdResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    ids: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetMembershipTypeListByIdResponse200Item]]:
    """Get a List of Membership Types by ID

    A list of **membership types** available at a location can be obtained by querying the location ID
    and membership type IDs.

    The list is an array of [membership types](#loyalty-membership-type).

    ### Get a list of membership types by ID

    + Parameters
        + company_id (required, number) - location ID
        + id: 1 (optional, number) - membership type ID (you can specify several additional parameters
    `&ids[]={id}`

    GET /company/{location_id}/loyalty/abonement_types/fetch (operation `get_membership_type_list_by_id`)

    Args:
        location_id (int): location ID
        ids (float | Unset): Membership type ID (you can specify several additional parameters
            &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetMembershipTypeListByIdResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        ids=ids,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    ids: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetMembershipTypeListByIdResponse200Item] | None:
    """Get a List of Membership Types by ID

    A list of **membership types** available at a location can be obtained by querying the location ID
    and membership type IDs.

    The list is an array of [membership types](#loyalty-membership-type).

    ### Get a list of membership types by ID

    + Parameters
        + company_id (required, number) - location ID
        + id: 1 (optional, number) - membership type ID (you can specify several additional parameters
    `&ids[]={id}`

    GET /company/{location_id}/loyalty/abonement_types/fetch (operation `get_membership_type_list_by_id`)

    Args:
        location_id (int): location ID
        ids (float | Unset): Membership type ID (you can specify several additional parameters
            &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetMembershipTypeListByIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        ids=ids,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    ids: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetMembershipTypeListByIdResponse200Item]]:
    """Get a List of Membership Types by ID

    A list of **membership types** available at a location can be obtained by querying the location ID
    and membership type IDs.

    The list is an array of [membership types](#loyalty-membership-type).

    ### Get a list of membership types by ID

    + Parameters
        + company_id (required, number) - location ID
        + id: 1 (optional, number) - membership type ID (you can specify several additional parameters
    `&ids[]={id}`

    GET /company/{location_id}/loyalty/abonement_types/fetch (operation `get_membership_type_list_by_id`)

    Args:
        location_id (int): location ID
        ids (float | Unset): Membership type ID (you can specify several additional parameters
            &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetMembershipTypeListByIdResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        ids=ids,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    ids: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetMembershipTypeListByIdResponse200Item] | None:
    """Get a List of Membership Types by ID

    A list of **membership types** available at a location can be obtained by querying the location ID
    and membership type IDs.

    The list is an array of [membership types](#loyalty-membership-type).

    ### Get a list of membership types by ID

    + Parameters
        + company_id (required, number) - location ID
        + id: 1 (optional, number) - membership type ID (you can specify several additional parameters
    `&ids[]={id}`

    GET /company/{location_id}/loyalty/abonement_types/fetch (operation `get_membership_type_list_by_id`)

    Args:
        location_id (int): location ID
        ids (float | Unset): Membership type ID (you can specify several additional parameters
            &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetMembershipTypeListByIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            ids=ids,
            options=options,
        )
    ).parsed
