"""Apply Referral Program During a Visit

POST /visit/loyalty/apply_referral_program/{location_id}/{chain_id} (operation `apply_referral_program` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.apply_referral_program_body import ApplyReferralProgramBody
from ...models.apply_referral_program_response_200 import ApplyReferralProgramResponse200
from ...types import Response

_OPERATION = Operation(
    "apply_referral_program",
    "POST",
    "/visit/loyalty/apply_referral_program/{location_id}/{chain_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("ApplyReferralProgramResponse200")

_BODY = _fields.Model("ApplyReferralProgramBody")


def _request(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.instance("body", body, ApplyReferralProgramBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "chain_id": chain_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> ApplyReferralProgramResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


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

    POST /visit/loyalty/apply_referral_program/{location_id}/{chain_id} (operation `apply_referral_program` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        chain_id (int): ID of the chain where the referral program is configured
        body (ApplyReferralProgramBody): Apply referral program in a visit Example: {'record_id':
            140967944, 'visit_id': 118389447, 'referrer_phone': 13155550175}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        ApplyReferralProgramResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ApplyReferralProgramResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> ApplyReferralProgramResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                chain_id=chain_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    chain_id: int,
    *,
    body: ApplyReferralProgramBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[ApplyReferralProgramResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            chain_id=chain_id,
            body=body,
        ),
        _parse_data,
        options,
    )
