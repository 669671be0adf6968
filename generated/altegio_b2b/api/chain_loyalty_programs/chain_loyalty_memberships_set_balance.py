"""Change membership balance

POST /chain/{chain_id}/loyalty/abonements/{membership_id}/set_balance (operation `chain_loyalty_memberships_set_balance` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.chain_loyalty_memberships_set_balance_body import ChainLoyaltyMembershipsSetBalanceBody
from ...models.chain_loyalty_memberships_set_balance_response_200 import ChainLoyaltyMembershipsSetBalanceResponse200
from ...types import Response

_OPERATION = Operation(
    "chain_loyalty_memberships_set_balance",
    "POST",
    "/chain/{chain_id}/loyalty/abonements/{membership_id}/set_balance",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("ChainLoyaltyMembershipsSetBalanceResponse200")

_BODY = _fields.Model("ChainLoyaltyMembershipsSetBalanceBody")


def _request(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsSetBalanceBody,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("membership_id", membership_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipsSetBalanceBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
            "membership_id": membership_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> ChainLoyaltyMembershipsSetBalanceResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsSetBalanceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipsSetBalanceResponse200 | None:
    """Change membership balance

    Modifies the remaining visit count for a subscription (membership).

    **For unified balance subscriptions:**
    - Use `united_balance_services_count` to set total visits

    **For separate balance subscriptions:**
    - Use `services_balance_count` array with service_id and balance for each service/category

    **Use cases:**
    - Adjust balance after administrative changes
    - Correct errors in visit counts
    - Add bonus visits

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonements/{membership_id}/set_balance (operation `chain_loyalty_memberships_set_balance` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        membership_id (int): Membership ID
        body (ChainLoyaltyMembershipsSetBalanceBody):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipsSetBalanceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsSetBalanceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipsSetBalanceResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsSetBalanceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipsSetBalanceResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                membership_id=membership_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsSetBalanceBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipsSetBalanceResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            membership_id=membership_id,
            body=body,
        ),
        _parse_data,
        options,
    )
