"""Search by customer history

POST /company/{location_id}/clients/visits/search (operation `search_client_visits` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.search_client_visits_body import SearchClientVisitsBody
from ...models.search_client_visits_response_200 import SearchClientVisitsResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "search_client_visits", "POST", "/company/{location_id}/clients/visits/search", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("SearchClientVisitsResponse200")

_BODY = _fields.Model("SearchClientVisitsBody")


def _request(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, SearchClientVisitsBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> SearchClientVisitsResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SearchClientVisitsResponse200 | None:
    """Search by customer history

    Displays the client’s visit history.This method returns the client’s appointment and product
    purchase history, grouped by visit. Data is filtered based on visit status and paid status.
    The client is identified using either the client_id or client_phone parameter. All other parameters
    are optional.
    Results are sorted by visit date and paginated in batches of 25 items. If multiple visits share the
    same date as the last item on the page, they will be included on the current page to ensure complete
    grouping.
    To retrieve the next page, use the from and to values provided in the meta field of the current
    response.

    POST /company/{location_id}/clients/visits/search (operation `search_client_visits` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): ID of a location.
        body (SearchClientVisitsBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        SearchClientVisitsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchClientVisitsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> SearchClientVisitsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: SearchClientVisitsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[SearchClientVisitsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
