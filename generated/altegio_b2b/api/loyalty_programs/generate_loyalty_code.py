from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.generate_loyalty_code_response_200 import GenerateLoyaltyCodeResponse200
from ...types import Response

_OPERATION = OPERATIONS["generate_loyalty_code"]


def _get_kwargs(
    location_id: int,
    product_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("product_id", product_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/generate_code/{location_id}/{product_id}".format(
            location_id=quote(str(location_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> GenerateLoyaltyCodeResponse200:
    response_200 = GenerateLoyaltyCodeResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    product_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GenerateLoyaltyCodeResponse200]:
    """Gift Card/Membership Code Generation

    + Options
        + location_id (required, number, `1`) - location ID
        + product_id (required, number, `1`) - product ID (gift card/ membership)

    GET /loyalty/generate_code/{location_id}/{product_id} (operation `generate_loyalty_code`)

    Args:
        location_id (int): Location ID
        product_id (int): Product ID (membership/gift card)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GenerateLoyaltyCodeResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    product_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GenerateLoyaltyCodeResponse200 | None:
    """Gift Card/Membership Code Generation

    + Options
        + location_id (required, number, `1`) - location ID
        + product_id (required, number, `1`) - product ID (gift card/ membership)

    GET /loyalty/generate_code/{location_id}/{product_id} (operation `generate_loyalty_code`)

    Args:
        location_id (int): Location ID
        product_id (int): Product ID (membership/gift card)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GenerateLoyaltyCodeResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        product_id=product_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GenerateLoyaltyCodeResponse200]:
    """Gift Card/Membership Code Generation

    + Options
        + location_id (required, number, `1`) - location ID
        + product_id (required, number, `1`) - product ID (gift card/ membership)

    GET /loyalty/generate_code/{location_id}/{product_id} (operation `generate_loyalty_code`)

    Args:
        location_id (int): Location ID
        product_id (int): Product ID (membership/gift card)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GenerateLoyaltyCodeResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GenerateLoyaltyCodeResponse200 | None:
    """Gift Card/Membership Code Generation

    + Options
        + location_id (required, number, `1`) - location ID
        + product_id (required, number, `1`) - product ID (gift card/ membership)

    GET /loyalty/generate_code/{location_id}/{product_id} (operation `generate_loyalty_code`)

    Args:
        location_id (int): Location ID
        product_id (int): Product ID (membership/gift card)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GenerateLoyaltyCodeResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
            options=options,
        )
    ).parsed
