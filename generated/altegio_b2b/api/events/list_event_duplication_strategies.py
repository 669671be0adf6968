from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import Response

_OPERATION = OPERATIONS["list_event_duplication_strategies"]


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity/{location_id}/duplication_strategy".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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

    GET /activity/{location_id}/duplication_strategy (operation `list_event_duplication_strategies`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /activity/{location_id}/duplication_strategy (operation `list_event_duplication_strategies`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
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

    GET /activity/{location_id}/duplication_strategy (operation `list_event_duplication_strategies`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    GET /activity/{location_id}/duplication_strategy (operation `list_event_duplication_strategies`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            options=options,
        )
    ).parsed
