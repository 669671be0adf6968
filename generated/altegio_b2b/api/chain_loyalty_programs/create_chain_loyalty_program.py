from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_chain_loyalty_program_body import CreateChainLoyaltyProgramBody
from ...models.create_chain_loyalty_program_include import CreateChainLoyaltyProgramInclude
from ...models.create_chain_loyalty_program_response_200 import CreateChainLoyaltyProgramResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["create_chain_loyalty_program"]


def _get_kwargs(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    include = _arguments.member("include", include, CreateChainLoyaltyProgramInclude, required=False)

    _arguments.instance("body", body, CreateChainLoyaltyProgramBody, required=True)

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chain/{chain_id}/loyalty/programs".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreateChainLoyaltyProgramResponse200:
    response_200 = CreateChainLoyaltyProgramResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateChainLoyaltyProgramResponse200]:
    """Create a Chain Promotion

    POST /chain/{chain_id}/loyalty/programs (operation `create_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        include (CreateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (CreateChainLoyaltyProgramBody): The body of the request to create a loyalty
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
        Response[CreateChainLoyaltyProgramResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateChainLoyaltyProgramResponse200 | None:
    """Create a Chain Promotion

    POST /chain/{chain_id}/loyalty/programs (operation `create_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        include (CreateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (CreateChainLoyaltyProgramBody): The body of the request to create a loyalty
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
        CreateChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        body=body,
        include=include,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateChainLoyaltyProgramResponse200]:
    """Create a Chain Promotion

    POST /chain/{chain_id}/loyalty/programs (operation `create_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        include (CreateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (CreateChainLoyaltyProgramBody): The body of the request to create a loyalty
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
        Response[CreateChainLoyaltyProgramResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        body=body,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    *,
    body: CreateChainLoyaltyProgramBody,
    include: CreateChainLoyaltyProgramInclude | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateChainLoyaltyProgramResponse200 | None:
    """Create a Chain Promotion

    POST /chain/{chain_id}/loyalty/programs (operation `create_chain_loyalty_program`)

    Args:
        chain_id (int): Chain ID
        include (CreateChainLoyaltyProgramInclude | Unset): Include additional resources in the
            answer
        body (CreateChainLoyaltyProgramBody): The body of the request to create a loyalty
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
        CreateChainLoyaltyProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            body=body,
            include=include,
            options=options,
        )
    ).parsed
