"""Get a List of Available Membership Types

GET /company/{location_id}/loyalty/abonement_types/search (operation `get_membership_type_list` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_membership_type_list_response_200_item import GetMembershipTypeListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_membership_type_list",
    "GET",
    "/company/{location_id}/loyalty/abonement_types/search",
    "BearerPartnerUser",
    paging=Paging("query", "page", "page_size"),
)
_RESPONSE = _fields.ListOf(_fields.Model("GetMembershipTypeListResponse200Item"))


def _request(
    location_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("page", page, required=False)

    _arguments.integer("page_size", page_size, required=False)

    params: dict[str, Any] = {}
    params["title"] = title
    params["page"] = page
    params["page_size"] = page_size
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetMembershipTypeListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetMembershipTypeListResponse200Item] | None:
    """Get a List of Available Membership Types

    A list of **membership types** available at a location can be obtained by requesting the location
    ID.
    The list can be filtered by membership type name by passing the title parameter. Pagination is
    supported, specified by the `page` and `page_size` parameters.

    The list is an array of [membership types](#loyalty-membership-type).

    <a name="loyalty-membership-type"></a>
    **Membership type** has the following structure:

    | Field                          | Type    | Description
    |
    |-------------------------------|---------|---------------------------------------------------------
    -------------------------------------------------------------|
    | id                            | number  | Membership type identifier
    |
    | title                         | string  | Membership type name
    |
    | allow_freeze                  | boolean | Is it possible to freeze memberships? true - allowed,
    false - not allowed                                            |
    | freeze limit                  | number  | Maximum total freezing period (days)
    |
    | salon_group_id                | number  | Identifier of the chain in which the membership type is
    valid                                                        |
    | period                        | number  | Membership expiration date (0 if not set)
    |
    | period_unit_id                | number  | Membership expiration unit (list of possible values, if
    not set - 0)                                               |
    | is_allow_empty_code           | boolean | Allow the sale of a membership without a code? true -
    allow, false - do not allow                                    |
    | is_united_balance             | boolean | Total or separate membership balance: true - total,
    false - separate                                                 |
    | united_balance_services_count | number  | Number of visits for total balance
    |

    <a name="loyalty-membership-expiration-unit"></a>
    **Measurement units of membership type validity period**

    | Meaning | Description |
    |---------|-------------|
    | 1       | Day         |
    | 2       | Week        |
    | 3       | Month       |
    | 4       | Year        |

    GET /company/{location_id}/loyalty/abonement_types/search (operation `get_membership_type_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        title (str | Unset): Membeship type name
        page (int | Unset): Page number
        page_size (int | Unset): The number of output lines per page. Maximum 100
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetMembershipTypeListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetMembershipTypeListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetMembershipTypeListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                title=title,
                page=page,
                page_size=page_size,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetMembershipTypeListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
        _parse_data,
        options,
    )
