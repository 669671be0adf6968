from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.apply_referral_program_body import ApplyReferralProgramBody
from ...models.apply_referral_program_response_200 import ApplyReferralProgramResponse200
from ...types import Response

_OPERATION = OPERATIONS["apply_referral_program"]


def _get_kwargs(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.instance("body", body, ApplyReferralProgramBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/visit/loyalty/apply_referral_program/{location_id}/{chain_id}".format(
            location_id=quote(str(location_id), safe=""),
            chain_id=quote(str(chain_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> ApplyReferralProgramResponse200:
    response_200 = ApplyReferralProgramResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ApplyReferralProgramResponse200]:
    """Apply Referral Program During a Visit

    Applying a referral program to a visit

    POST /visit/loyalty/apply_referral_program/{location_id}/{chain_id} (operation `apply_referral_program`)

    Args:
        location_id (int): Location ID
        chain_id (int): ID of the chain where the referral program is configured
        body (ApplyReferralProgramBody): Apply referral program in a visit
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ApplyReferralProgramResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        chain_id=chain_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ApplyReferralProgramResponse200 | None:
    """Apply Referral Program During a Visit

    Applying a referral program to a visit

    POST /visit/loyalty/apply_referral_program/{location_id}/{chain_id} (operation `apply_referral_program`)

    Args:
        location_id (int): Location ID
        chain_id (int): ID of the chain where the referral program is configured
        body (ApplyReferralProgramBody): Apply referral program in a visit
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ApplyReferralProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        chain_id=chain_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ApplyReferralProgramResponse200]:
    """Apply Referral Program During a Visit

    Applying a referral program to a visit

    POST /visit/loyalty/apply_referral_program/{location_id}/{chain_id} (operation `apply_referral_program`)

    Args:
        location_id (int): Location ID
        chain_id (int): ID of the chain where the referral program is configured
        body (ApplyReferralProgramBody): Apply referral program in a visit
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[ApplyReferralProgramResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        chain_id=chain_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ApplyReferralProgramResponse200 | None:
    """Apply Referral Program During a Visit

    Applying a referral program to a visit

    POST /visit/loyalty/apply_referral_program/{location_id}/{chain_id} (operation `apply_referral_program`)

    Args:
        location_id (int): Location ID
        chain_id (int): ID of the chain where the referral program is configured
        body (ApplyReferralProgramBody): Apply referral program in a visit
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ApplyReferralProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            chain_id=chain_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
