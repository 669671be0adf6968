from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
from ...models.chain_loyalty_membership_types_create_response_200 import ChainLoyaltyMembershipTypesCreateResponse200
from ...types import Response

_OPERATION = OPERATIONS["chain_loyalty_membership_types_create"]


def _get_kwargs(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipTypesCreateBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonement_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> ChainLoyaltyMembershipTypesCreateResponse200:
    response_200 = ChainLoyaltyMembershipTypesCreateResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesCreateResponse200]:
    """Create membership type

    Creates a new membership type at the chain level. Membership types define reusable packages
    (e.g., "10 visits", "Monthly unlimited") that can be sold across multiple locations in the chain.

    **Important API Differences:**
    - `services` and `service_categories` must be **objects** (key-value pairs), not arrays
    - Example: `{"service_id": count}` not `[service_id]`
    - Some legacy documentation shows arrays, but the real API requires objects

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types (operation `chain_loyalty_membership_types_create`)

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyMembershipTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyMembershipTypesCreateResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesCreateResponse200 | None:
    """Create membership type

    Creates a new membership type at the chain level. Membership types define reusable packages
    (e.g., "10 visits", "Monthly unlimited") that can be sold across multiple locations in the chain.

    **Important API Differences:**
    - `services` and `service_categories` must be **objects** (key-value pairs), not arrays
    - Example: `{"service_id": count}` not `[service_id]`
    - Some legacy documentation shows arrays, but the real API requires objects

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types (operation `chain_loyalty_membership_types_create`)

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyMembershipTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesCreateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesCreateResponse200]:
    """Create membership type

    Creates a new membership type at the chain level. Membership types define reusable packages
    (e.g., "10 visits", "Monthly unlimited") that can be sold across multiple locations in the chain.

    **Important API Differences:**
    - `services` and `service_categories` must be **objects** (key-value pairs), not arrays
    - Example: `{"service_id": count}` not `[service_id]`
    - Some legacy documentation shows arrays, but the real API requires objects

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types (operation `chain_loyalty_membership_types_create`)

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyMembershipTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyMembershipTypesCreateResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesCreateResponse200 | None:
    """Create membership type

    Creates a new membership type at the chain level. Membership types define reusable packages
    (e.g., "10 visits", "Monthly unlimited") that can be sold across multiple locations in the chain.

    **Important API Differences:**
    - `services` and `service_categories` must be **objects** (key-value pairs), not arrays
    - Example: `{"service_id": count}` not `[service_id]`
    - Some legacy documentation shows arrays, but the real API requires objects

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types (operation `chain_loyalty_membership_types_create`)

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyMembershipTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesCreateResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
