"""Create membership type

POST /chain/{chain_id}/loyalty/abonement_types (operation `chain_loyalty_membership_types_create` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
from ...models.chain_loyalty_membership_types_create_response_200 import ChainLoyaltyMembershipTypesCreateResponse200
from ...models.chain_loyalty_membership_types_create_response_201 import ChainLoyaltyMembershipTypesCreateResponse201
from ...types import Response

_OPERATION = Operation(
    "chain_loyalty_membership_types_create", "POST", "/chain/{chain_id}/loyalty/abonement_types", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("ChainLoyaltyMembershipTypesCreateResponse200")

_BODY = _fields.Model("ChainLoyaltyMembershipTypesCreateBody")


def _request(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipTypesCreateBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        json=_json,
    )


def _parse_data(
    data: Any,
) -> ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | None:
    """Create membership type

    Creates a new membership type at the chain level. Membership types define reusable packages
    (e.g., "10 visits", "Monthly unlimited") that can be sold across multiple locations in the chain.

    **Important API Differences:**
    - `services` and `service_categories` must be **objects** (key-value pairs), not arrays
    - Example: `{"service_id": count}` not `[service_id]`
    - Some legacy documentation shows arrays, but the real API requires objects

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types (operation `chain_loyalty_membership_types_create` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        body (ChainLoyaltyMembershipTypesCreateBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCreateBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesCreateResponse200 | ChainLoyaltyMembershipTypesCreateResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    )
