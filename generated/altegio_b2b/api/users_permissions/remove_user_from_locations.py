"""Removing a User from Companies

POST /company/{location_id}/users/{user_id}/remove_from_companies (operation `remove_user_from_locations` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.remove_user_from_locations_body import RemoveUserFromLocationsBody
from ...models.remove_user_from_locations_response_200_type_0 import RemoveUserFromLocationsResponse200Type0
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "remove_user_from_locations",
    "POST",
    "/company/{location_id}/users/{user_id}/remove_from_companies",
    "BearerPartnerUser",
)
_RESPONSE = _fields.OneOf(
    _fields.Model("RemoveUserFromLocationsResponse200Type0"),
    _fields.NULL,
)

_BODY = _fields.Model("RemoveUserFromLocationsBody")


def _request(
    location_id: int,
    user_id: int,
    *,
    body: RemoveUserFromLocationsBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("user_id", user_id, required=True)

    _arguments.instance("body", body, RemoveUserFromLocationsBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "user_id": user_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> None | RemoveUserFromLocationsResponse200Type0:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    user_id: int,
    *,
    body: RemoveUserFromLocationsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None | RemoveUserFromLocationsResponse200Type0 | None:
    """Removing a User from Companies

    Removes an active user from multiple companies at once.

    POST /company/{location_id}/users/{user_id}/remove_from_companies (operation `remove_user_from_locations` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        body (RemoveUserFromLocationsBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | RemoveUserFromLocationsResponse200Type0 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            user_id=user_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    user_id: int,
    *,
    body: RemoveUserFromLocationsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None | RemoveUserFromLocationsResponse200Type0]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            user_id=user_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    user_id: int,
    *,
    body: RemoveUserFromLocationsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None | RemoveUserFromLocationsResponse200Type0 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                user_id=user_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    body: RemoveUserFromLocationsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None | RemoveUserFromLocationsResponse200Type0]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            user_id=user_id,
            body=body,
        ),
        _parse_data,
        options,
    )
