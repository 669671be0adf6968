"""Application Uninstall

POST /marketplace/salon/{location_id}/application/{application_id}/uninstall (operation `uninstall_marketplace_app` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.uninstall_marketplace_app_response_200_type_0 import UninstallMarketplaceAppResponse200Type0
from ...types import Response

_OPERATION = Operation(
    "uninstall_marketplace_app",
    "POST",
    "/marketplace/salon/{location_id}/application/{application_id}/uninstall",
    "BearerPartner",
)
_RESPONSE = _fields.OneOf(
    _fields.Model("UninstallMarketplaceAppResponse200Type0"),
    _fields.NULL,
)


def _request(
    location_id: int,
    application_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("application_id", application_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "application_id": application_id,
        },
    )


def _parse_data(data: Any) -> None | UninstallMarketplaceAppResponse200Type0:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    application_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None | UninstallMarketplaceAppResponse200Type0 | None:
    """Application Uninstall

    This endpoint is used by the partner service to uninstall the application from a specific location.

    POST /marketplace/salon/{location_id}/application/{application_id}/uninstall (operation `uninstall_marketplace_app` of the Developer Tools API); needs the partner token.

    Args:
        location_id (int): Location ID
        application_id (int): Application ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        None | UninstallMarketplaceAppResponse200Type0 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            application_id=application_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    application_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None | UninstallMarketplaceAppResponse200Type0]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            application_id=application_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    application_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> None | UninstallMarketplaceAppResponse200Type0 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                application_id=application_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    application_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[None | UninstallMarketplaceAppResponse200Type0]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            application_id=application_id,
        ),
        _parse_data,
        options,
    )
