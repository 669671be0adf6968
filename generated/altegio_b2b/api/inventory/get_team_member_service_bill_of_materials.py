"""Get the Bill of Materials for a Team Member’s Service

GET /technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id} (operation `get_team_member_service_bill_of_materials` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime import shapes as _shapes
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_team_member_service_bill_of_materials_response_200 import (
    GetTeamMemberServiceBillOfMaterialsResponse200,
)
from ...types import Response

_OPERATION = Operation(
    "get_team_member_service_bill_of_materials",
    "GET",
    "/technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("GetTeamMemberServiceBillOfMaterialsResponse200")


def _request(
    location_id: int,
    team_member_id: int,
    service_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("team_member_id", team_member_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "team_member_id": team_member_id,
            "service_id": service_id,
        },
    )


def _parse_data(data: Any) -> GetTeamMemberServiceBillOfMaterialsResponse200:
    data = _shapes.as_object(data)
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    team_member_id: int,
    service_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetTeamMemberServiceBillOfMaterialsResponse200 | None:
    """Get the Bill of Materials for a Team Member’s Service

    GET /technological_cards/default_for_staff_and_service/{location_id}/{team_member_id}/{service_id} (operation `get_team_member_service_bill_of_materials` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        team_member_id (int): team member ID
        service_id (int): Service ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetTeamMemberServiceBillOfMaterialsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            service_id=service_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    team_member_id: int,
    service_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetTeamMemberServiceBillOfMaterialsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            service_id=service_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    team_member_id: int,
    service_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetTeamMemberServiceBillOfMaterialsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                team_member_id=team_member_id,
                service_id=service_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    team_member_id: int,
    service_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetTeamMemberServiceBillOfMaterialsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            team_member_id=team_member_id,
            service_id=service_id,
        ),
        _parse_data,
        options,
    )
