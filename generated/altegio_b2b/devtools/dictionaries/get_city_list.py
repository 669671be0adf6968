"""Get a list of cities

GET /cities (operation `get_city_list` of the Developer Tools API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_city_list_response_200_item import GetCityListResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_city_list", "GET", "/cities", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("GetCityListResponse200Item"))


def _request(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("country_id", country_id, required=False)

    _arguments.integer("company_id", company_id, required=False)

    params: dict[str, Any] = {}
    params["country_id"] = country_id
    params["company_id"] = company_id
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> list[GetCityListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetCityListResponse200Item] | None:
    """Get a list of cities

    GET /cities (operation `get_city_list` of the Developer Tools API); needs the partner token.

    Args:
        country_id (int | Unset): Country ID to get cities from
        company_id (int | Unset): Location ID. If passed, the city of the location will also be
            returned, regardless of whether it belongs to the specified country or not
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetCityListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            country_id=country_id,
            company_id=company_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetCityListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            country_id=country_id,
            company_id=company_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetCityListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                country_id=country_id,
                company_id=company_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    country_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetCityListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            country_id=country_id,
            company_id=company_id,
        ),
        _parse_data,
        options,
    )
