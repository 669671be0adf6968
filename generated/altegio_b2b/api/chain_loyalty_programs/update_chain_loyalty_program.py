from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_chain_loyalty_program_body import UpdateChainLoyaltyProgramBody
from ...models.update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
from ...models.update_chain_loyalty_program_response_200 import UpdateChainLoyaltyProgramResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["update_chain_loyalty_program"]


def _get_kwargs(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("loyalty_program_id", loyalty_program_id, required=True)

    include = _arguments.member("include", include, UpdateChainLoyaltyProgramInclude, required=False)

    _arguments.instance("body", body, UpdateChainLoyaltyProgramBody, required=True)

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/chain/{chain_id}/loyalty/programs/{loyalty_program_id}".format(
            chain_id=quote(str(chain_id), safe=""),
            loyalty_program_id=quote(str(loyalty_program_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateChainLoyaltyProgramResponse200:
    response_200 = UpdateChainLoyaltyProgramResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateChainLoyaltyProgramResponse200]:
    """Edit Chain Promotion

    PUT /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `update_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (UpdateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (UpdateChainLoyaltyProgramBody): The body of the request to change the loyalty
            promotion
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateChainLoyaltyProgramResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_program_id=loyalty_program_id,
        body=body,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateChainLoyaltyProgramResponse200 | None:
    """Edit Chain Promotion

    PUT /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `update_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (UpdateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (UpdateChainLoyaltyProgramBody): The body of the request to change the loyalty
            promotion
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        loyalty_program_id=loyalty_program_id,
        client=client,
        body=body,
        include=include,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateChainLoyaltyProgramResponse200]:
    """Edit Chain Promotion

    PUT /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `update_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (UpdateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (UpdateChainLoyaltyProgramBody): The body of the request to change the loyalty
            promotion
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateChainLoyaltyProgramResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        loyalty_program_id=loyalty_program_id,
        body=body,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    loyalty_program_id: int,
    *,
    body: UpdateChainLoyaltyProgramBody,
    include: UpdateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateChainLoyaltyProgramResponse200 | None:
    """Edit Chain Promotion

    PUT /chain/{chain_id}/loyalty/programs/{loyalty_program_id} (operation `update_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        loyalty_program_id (int): Promotion ID
        include (UpdateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (UpdateChainLoyaltyProgramBody): The body of the request to change the loyalty
            promotion
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            loyalty_program_id=loyalty_program_id,
            client=client,
            body=body,
            include=include,
            options=options,
        )
    ).parsed
