"""List request example

GET /integration/kkm/references/tax_system/{country_id} (operation `get_tax_system_list` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_tax_system_list_response_200_item import GetTaxSystemListResponse200Item
from ...types import Response

_OPERATION = Operation(
    "get_tax_system_list", "GET", "/integration/kkm/references/tax_system/{country_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetTaxSystemListResponse200Item"))


def _request(
    country_id: int,
) -> RequestParts:
    _arguments.integer("country_id", country_id, required=True)

    return RequestParts(
        path_params={
            "country_id": country_id,
        },
    )


def _parse_data(data: Any) -> list[GetTaxSystemListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    country_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTaxSystemListResponse200Item] | None:
    """List request example

    A list of **tax systems** and **VAT** available for a country can be obtained by requesting the
    country ID for which the list is to be obtained.
    The country ID can be obtained from [list of countries](#countries).

    The list is an array of [tax systems](#fiscalization-tax) with a nested [VAT](#fiscalization-vat)
    array for each tax system.

    **The taxation system** has the following structure:

    | Field | Type | Description |
    | -----------------| ---------------- | ----------------------- |
    | title | string | Name of taxation system |
    | slug | string | Code name for the taxation system |
    | vats | Array of objects([Vat](#fiscalization-vat)[]) | List of available VAT for the taxation
    system |

    <a name="fiscalization-vat"></a>
    **VAT** has the following structure:

    | Field | Type | Description |
    | -----------------| ---------------- | ----------------------- |
    | title | string | Title VAT |
    | slug | string | Code name VAT |

    GET /integration/kkm/references/tax_system/{country_id} (operation `get_tax_system_list` of the Business Management API); needs the partner and the user token.

    Args:
        country_id (int): Country ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetTaxSystemListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            country_id=country_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    country_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTaxSystemListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            country_id=country_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    country_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetTaxSystemListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                country_id=country_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    country_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetTaxSystemListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            country_id=country_id,
        ),
        _parse_data,
        options,
    )
