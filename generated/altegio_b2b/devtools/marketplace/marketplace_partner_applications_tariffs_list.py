"""Get application tariffs

GET /marketplace/application/{application_id}/tariffs (operation `marketplace_partner_applications_tariffs_list` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.marketplace_partner_applications_tariffs_list_response_200_item import (
    MarketplacePartnerApplicationsTariffsListResponse200Item,
)
from ...types import Response

_OPERATION = Operation(
    "marketplace_partner_applications_tariffs_list",
    "GET",
    "/marketplace/application/{application_id}/tariffs",
    "BearerPartner",
)
_RESPONSE = _fields.ListOf(_fields.Model("MarketplacePartnerApplicationsTariffsListResponse200Item"))


def _request(
    application_id: int,
) -> RequestParts:
    _arguments.integer("application_id", application_id, required=True)

    return RequestParts(
        path_params={
            "application_id": application_id,
        },
    )


def _parse_data(data: Any) -> list[MarketplacePartnerApplicationsTariffsListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    application_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[MarketplacePartnerApplicationsTariffsListResponse200Item] | None:
    """Get application tariffs

    Retrieves list of tariffs for the application.

    **Note:** For marketplace partners only.

    GET /marketplace/application/{application_id}/tariffs (operation `marketplace_partner_applications_tariffs_list` of the Developer Tools API); needs the partner token.

    Args:
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
        list[MarketplacePartnerApplicationsTariffsListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            application_id=application_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    application_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[MarketplacePartnerApplicationsTariffsListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            application_id=application_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    application_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[MarketplacePartnerApplicationsTariffsListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                application_id=application_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[MarketplacePartnerApplicationsTariffsListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            application_id=application_id,
        ),
        _parse_data,
        options,
    )
