from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
from ...models.chain_loyalty_memberships_unfreeze_response_200 import ChainLoyaltyMembershipsUnfreezeResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["chain_loyalty_memberships_unfreeze"]


def _get_kwargs(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("membership_id", membership_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipsUnfreezeBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze".format(
            chain_id=quote(str(chain_id), safe=""),
            membership_id=quote(str(membership_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> ChainLoyaltyMembershipsUnfreezeResponse200:
    response_200 = ChainLoyaltyMembershipsUnfreezeResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipsUnfreezeResponse200]:
    """Unfreeze membership

    Removes the freeze from a subscription (membership).

    The subscription's expiration date will remain extended by the freeze period
    that was already applied during the freeze.

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze (operation `chain_loyalty_memberships_unfreeze`)

    Args:
        chain_id (int): Chain ID
        membership_id (int): Membership ID to unfreeze
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyMembershipsUnfreezeResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        membership_id=membership_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipsUnfreezeResponse200 | None:
    """Unfreeze membership

    Removes the freeze from a subscription (membership).

    The subscription's expiration date will remain extended by the freeze period
    that was already applied during the freeze.

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze (operation `chain_loyalty_memberships_unfreeze`)

    Args:
        chain_id (int): Chain ID
        membership_id (int): Membership ID to unfreeze
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipsUnfreezeResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        membership_id=membership_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipsUnfreezeResponse200]:
    """Unfreeze membership

    Removes the freeze from a subscription (membership).

    The subscription's expiration date will remain extended by the freeze period
    that was already applied during the freeze.

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze (operation `chain_loyalty_memberships_unfreeze`)

    Args:
        chain_id (int): Chain ID
        membership_id (int): Membership ID to unfreeze
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyMembershipsUnfreezeResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        membership_id=membership_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    membership_id: int,
    *,
    body: ChainLoyaltyMembershipsUnfreezeBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipsUnfreezeResponse200 | None:
    """Unfreeze membership

    Removes the freeze from a subscription (membership).

    The subscription's expiration date will remain extended by the freeze period
    that was already applied during the freeze.

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonements/{membership_id}/unfreeze (operation `chain_loyalty_memberships_unfreeze`)

    Args:
        chain_id (int): Chain ID
        membership_id (int): Membership ID to unfreeze
        body (ChainLoyaltyMembershipsUnfreezeBody | Unset): Empty body required (or omit entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipsUnfreezeResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            membership_id=membership_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
