from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.issue_loyalty_card_body import IssueLoyaltyCardBody
from ...models.issue_loyalty_card_response_200 import IssueLoyaltyCardResponse200
from ...types import Response

_OPERATION = OPERATIONS["issue_loyalty_card"]


def _get_kwargs(
    location_id: int,
    *,
    body: IssueLoyaltyCardBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, IssueLoyaltyCardBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/loyalty/cards/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> IssueLoyaltyCardResponse200:
    response_200 = IssueLoyaltyCardResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    body: IssueLoyaltyCardBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[IssueLoyaltyCardResponse200]:
    """Issue a Loyalty Card

    | Attribute | Type | Description |
    |----------------------|--------|----------------- ------------------------------|
    | loyalty_card_number | number | Loyalty card number |
    | loyalty_card_type_id | number | Loyalty card type identifier |
    | phone | number | Customer phone number (e.g., 13155550175 for +13155550175) |

    POST /loyalty/cards/{location_id} (operation `issue_loyalty_card`)

    Args:
        location_id (int): Location ID
        body (IssueLoyaltyCardBody): Issue a Loyalty Card
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[IssueLoyaltyCardResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    body: IssueLoyaltyCardBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> IssueLoyaltyCardResponse200 | None:
    """Issue a Loyalty Card

    | Attribute | Type | Description |
    |----------------------|--------|----------------- ------------------------------|
    | loyalty_card_number | number | Loyalty card number |
    | loyalty_card_type_id | number | Loyalty card type identifier |
    | phone | number | Customer phone number (e.g., 13155550175 for +13155550175) |

    POST /loyalty/cards/{location_id} (operation `issue_loyalty_card`)

    Args:
        location_id (int): Location ID
        body (IssueLoyaltyCardBody): Issue a Loyalty Card
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        IssueLoyaltyCardResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: IssueLoyaltyCardBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[IssueLoyaltyCardResponse200]:
    """Issue a Loyalty Card

    | Attribute | Type | Description |
    |----------------------|--------|----------------- ------------------------------|
    | loyalty_card_number | number | Loyalty card number |
    | loyalty_card_type_id | number | Loyalty card type identifier |
    | phone | number | Customer phone number (e.g., 13155550175 for +13155550175) |

    POST /loyalty/cards/{location_id} (operation `issue_loyalty_card`)

    Args:
        location_id (int): Location ID
        body (IssueLoyaltyCardBody): Issue a Loyalty Card
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[IssueLoyaltyCardResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    body: IssueLoyaltyCardBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> IssueLoyaltyCardResponse200 | None:
    """Issue a Loyalty Card

    | Attribute | Type | Description |
    |----------------------|--------|----------------- ------------------------------|
    | loyalty_card_number | number | Loyalty card number |
    | loyalty_card_type_id | number | Loyalty card type identifier |
    | phone | number | Customer phone number (e.g., 13155550175 for +13155550175) |

    POST /loyalty/cards/{location_id} (operation `issue_loyalty_card`)

    Args:
        location_id (int): Location ID
        body (IssueLoyaltyCardBody): Issue a Loyalty Card
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        IssueLoyaltyCardResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
