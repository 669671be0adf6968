"""List Event Duplication Strategies

GET /activity/{location_id}/duplication_strategy (operation `list_event_duplication_strategies` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import Response

_OPERATION = Operation(
    "list_event_duplication_strategies", "GET", "/activity/{location_id}/duplication_strategy", "BearerPartner"
)
_RESPONSE = _fields.ANY


def _request(
    location_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """List Event Duplication Strategies

    Duplication of Events occurs based on a set of parameters combined in the "duplication strategy"
    entity

    | Field | Type | Description |
    | ------------- | ------------- | ----------------------------------------- |
    | title | string | Strategy name |
    | repeat_mode_id| integer | Repeat mode |
    | days | integer[] | List of days of the week: 0 Sun, 6 Fri |
    | interval | integer | Break in searching for dates, in units of type |
    | content_type | integer | Duplicate appointments? 1 - no, 2 - yes |

    The repeat mode can take the values

    | Meaning | Description | Break unit |
    | -------- | ------------- | ------------------------------ |
    | 1 | Daily | Day |
    | 2 | Weekdays | - |
    | 3 | Mon Wed Fri | - |
    | 4 | Tue Thu | - |
    | 5 | Every week | Week |
    | 6 | Every month | Month |
    | 7 | Every year | Year |

    The days field is relevant only for mode 5 - week, for specifying specific days of repetition
    If you specify repeat_mode = 5, days = [1,4], interval = 2, then the Event will be
    repeat every 3rd week on Mon and Thu

    GET /activity/{location_id}/duplication_strategy (operation `list_event_duplication_strategies` of the Business Management API); needs the partner token.

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
        ),
        _parse_data,
        options,
    )
