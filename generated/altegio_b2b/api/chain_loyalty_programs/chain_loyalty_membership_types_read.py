from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.chain_loyalty_membership_types_read_response_200 import ChainLoyaltyMembershipTypesReadResponse200
from ...types import Response

_OPERATION = OPERATIONS["chain_loyalty_membership_types_read"]


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_membership_type_id", loyalty_membership_type_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_membership_type_id=quote(str(loyalty_membership_type_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> ChainLoyaltyMembershipTypesReadResponse200:
    response_200 = ChainLoyaltyMembershipTypesReadResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesReadResponse200]:
    """Get membership type details

    Retrieves detailed information about a specific membership type.

    **Note:** Requires chain-level permissions.

    GET /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_read`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyMembershipTypesReadResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesReadResponse200 | None:
    """Get membership type details

    Retrieves detailed information about a specific membership type.

    **Note:** Requires chain-level permissions.

    GET /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_read`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesReadResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesReadResponse200]:
    """Get membership type details

    Retrieves detailed information about a specific membership type.

    **Note:** Requires chain-level permissions.

    GET /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_read`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyMembershipTypesReadResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesReadResponse200 | None:
    """Get membership type details

    Retrieves detailed information about a specific membership type.

    **Note:** Requires chain-level permissions.

    GET /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id} (operation `chain_loyalty_membership_types_read`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesReadResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=client,
            options=options,
        )
    ).parsed
