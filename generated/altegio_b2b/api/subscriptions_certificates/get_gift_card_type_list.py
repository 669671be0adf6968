"""Get a List of Available Gift Card Types

GET /company/{location_id}/loyalty/certificate_types/search (operation `get_gift_card_type_list` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_gift_card_type_list_response_200_item import GetGiftCardTypeListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_gift_card_type_list",
    "GET",
    "/company/{location_id}/loyalty/certificate_types/search",
    "BearerPartnerUser",
    paging=Paging("query", "page", "page_size"),
)
_RESPONSE = _fields.ListOf(_fields.Model("GetGiftCardTypeListResponse200Item"))


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


def _parse_data(data: Any) -> list[GetGiftCardTypeListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetGiftCardTypeListResponse200Item] | None:
    """Get a List of Available Gift Card Types

    A list of **gift card types** available at a location can be obtained by querying the location ID.
    The list can be filtered by the name of the gift card type by passing the title parameter.
    Pagination is supported, specified by the `page` and `page_size` parameters.

    The list is an array of [gift card types](#loyalty-certificate-type).

    <a name="loyalty-certificate-type"></a>
    **Gift card type** has the following structure:

    | Field                      | Type    | Description
    |
    |----------------------------|---------|------------------------------------------------------------
    ------------------------------------------------------------------------|
    | id                         | number  | Gift card type identifier
    |
    | title                      | string  | Gift card type name
    |
    | balance                    | number  | Gift card denomination
    |
    | is_multi                   | boolean | Write-off type: true - multiple write-off, false - single
    write-off                                                               |
    | company_group_id           | number  | ID of the chain where the gift card type is valid
    |
    | item_type_id               | number  | Application Constraint (list of possible values)
    |
    | expiration_type_id         | number  | Expiration limit (list of possible values)
    |
    | expiration_date            | string  | Fixed burn date in ISO8601 format (null if not set)
    |
    | expiration_timeout         | number  | Gift card validity period from the date of sale (0 if not
    set)                                                                     |
    | expiration_timeout_unit_id | number  | The unit of measurement of the validity period of the gift
    card from the moment of sale (list of possible values, if not set - 0) |
    | is_allow_empty_code        | boolean | Allow sale of gift card without code? true - allow, false -
    do not allow                                                           |

    <a name="loyalty-certificate-item-type"></a>
    **Gift Card Type Restriction**

    | Meaning | Description                     |
    |---------|---------------------------------|
    | 0       | Unlimited                       |
    | 1       | Any services without products   |
    | 2       | Any products without services   |
    | 3       | Some services without products  |
    | 4       | Some services and any products  |

    <a name="loyalty-certificate-expiration-type"></a>
    **Gift Card Type Expiration Limit**

    | Meaning | Description                            |
    |---------|----------------------------------------|
    | 0       | No expiration date                     |
    | 1       | Fixed date for all instances           |
    | 2       | Fixed period of validity from the date of sale |

    <a name="loyalty-certificate-expiration-unit"></a>
    **Units of certificate type validity period**

    | Meaning | Description |
    |---------|-------------|
    | 1       | Day         |
    | 2       | Week        |
    | 3       | Month       |
    | 4       | Year        |

    GET /company/{location_id}/loyalty/certificate_types/search (operation `get_gift_card_type_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        title (str | Unset): Gift card type name
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
        list[GetGiftCardTypeListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
) -> Response[list[GetGiftCardTypeListResponse200Item]]:
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
) -> list[GetGiftCardTypeListResponse200Item] | None:
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
) -> Response[list[GetGiftCardTypeListResponse200Item]]:
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
