from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
from ...models.chain_loyalty_membership_types_clone_response_200 import ChainLoyaltyMembershipTypesCloneResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["chain_loyalty_membership_types_clone"]


def _get_kwargs(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_membership_type_id", loyalty_membership_type_id, required=True)

    _arguments.instance("body", body, ChainLoyaltyMembershipTypesCloneBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_membership_type_id=quote(str(loyalty_membership_type_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> ChainLoyaltyMembershipTypesCloneResponse200:
    response_200 = ChainLoyaltyMembershipTypesCloneResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesCloneResponse200]:
    """Clone membership type

    Creates a copy of an existing membership type with a new ID.

    The cloned membership type will:
    - Have the same settings (cost, period, services, etc.)
    - Get a modified title with " (2)" suffix automatically added
    - Have a new unique ID
    - Preserve all service/category links from the original

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone (operation `chain_loyalty_membership_types_clone`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to clone
        body (ChainLoyaltyMembershipTypesCloneBody | Unset): Empty body required (or omit
            entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyMembershipTypesCloneResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesCloneResponse200 | None:
    """Clone membership type

    Creates a copy of an existing membership type with a new ID.

    The cloned membership type will:
    - Have the same settings (cost, period, services, etc.)
    - Get a modified title with " (2)" suffix automatically added
    - Have a new unique ID
    - Preserve all service/category links from the original

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone (operation `chain_loyalty_membership_types_clone`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to clone
        body (ChainLoyaltyMembershipTypesCloneBody | Unset): Empty body required (or omit
            entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesCloneResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ChainLoyaltyMembershipTypesCloneResponse200]:
    """Clone membership type

    Creates a copy of an existing membership type with a new ID.

    The cloned membership type will:
    - Have the same settings (cost, period, services, etc.)
    - Get a modified title with " (2)" suffix automatically added
    - Have a new unique ID
    - Preserve all service/category links from the original

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone (operation `chain_loyalty_membership_types_clone`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to clone
        body (ChainLoyaltyMembershipTypesCloneBody | Unset): Empty body required (or omit
            entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ChainLoyaltyMembershipTypesCloneResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_membership_type_id=loyalty_membership_type_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    loyalty_membership_type_id: int,
    *,
    body: ChainLoyaltyMembershipTypesCloneBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ChainLoyaltyMembershipTypesCloneResponse200 | None:
    """Clone membership type

    Creates a copy of an existing membership type with a new ID.

    The cloned membership type will:
    - Have the same settings (cost, period, services, etc.)
    - Get a modified title with " (2)" suffix automatically added
    - Have a new unique ID
    - Preserve all service/category links from the original

    **Note:** Requires chain-level permissions.

    POST /chain/{chain_id}/loyalty/abonement_types/{loyalty_membership_type_id}/clone (operation `chain_loyalty_membership_types_clone`)

    Args:
        chain_id (int): Chain ID
        loyalty_membership_type_id (int): Membership type ID to clone
        body (ChainLoyaltyMembershipTypesCloneBody | Unset): Empty body required (or omit
            entirely)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ChainLoyaltyMembershipTypesCloneResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_membership_type_id=loyalty_membership_type_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
