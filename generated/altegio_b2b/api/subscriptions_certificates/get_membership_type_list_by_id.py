"""Get a List of Membership Types by ID

GET /company/{location_id}/loyalty/abonement_types/fetch (operation `get_membership_type_list_by_id` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_membership_type_list_by_id_response_200_item import GetMembershipTypeListByIdResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_membership_type_list_by_id", "GET", "/company/{location_id}/loyalty/abonement_types/fetch", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetMembershipTypeListByIdResponse200Item"))


def _request(
    location_id: int,
    *,
    ids: list[int] | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    ids = _arguments.integers("ids", ids, required=False)

    params: dict[str, Any] = {}
    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetMembershipTypeListByIdResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    ids: list[int] | Unset = UNSET,
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

    GET /company/{location_id}/loyalty/abonement_types/fetch (operation `get_membership_type_list_by_id` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        ids (list[int] | Unset): Membership type ID (you can specify several additional parameters
            &ids[]={id}
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetMembershipTypeListByIdResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            ids=ids,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetMembershipTypeListByIdResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            ids=ids,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetMembershipTypeListByIdResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                ids=ids,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    ids: list[int] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetMembershipTypeListByIdResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            ids=ids,
        ),
        _parse_data,
        options,
    )
