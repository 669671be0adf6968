from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_event_duplication_strategy_body import UpdateEventDuplicationStrategyBody
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["update_event_duplication_strategy"]


def _get_kwargs(
    location_id: int,
    strategy_id: int,
    *,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("strategy_id", strategy_id, required=True)

    _arguments.instance("body", body, UpdateEventDuplicationStrategyBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/activity/{location_id}/duplication_strategy/{strategy_id}".format(
            location_id=quote(str(location_id), safe=""),
            strategy_id=quote(str(strategy_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    location_id: int,
    strategy_id: int,
    *,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Update Event Duplication Strategy

    POST /activity/{location_id}/duplication_strategy/{strategy_id} (operation `update_event_duplication_strategy`)

    Args:
        location_id (int): location ID
        strategy_id (int): Replication strategy ID
        body (UpdateEventDuplicationStrategyBody | Unset):
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
        strategy_id=strategy_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    strategy_id: int,
    *,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Update Event Duplication Strategy

    POST /activity/{location_id}/duplication_strategy/{strategy_id} (operation `update_event_duplication_strategy`)

    Args:
        location_id (int): location ID
        strategy_id (int): Replication strategy ID
        body (UpdateEventDuplicationStrategyBody | Unset):
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
        strategy_id=strategy_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    strategy_id: int,
    *,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Update Event Duplication Strategy

    POST /activity/{location_id}/duplication_strategy/{strategy_id} (operation `update_event_duplication_strategy`)

    Args:
        location_id (int): location ID
        strategy_id (int): Replication strategy ID
        body (UpdateEventDuplicationStrategyBody | Unset):
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
        strategy_id=strategy_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    strategy_id: int,
    *,
    body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Update Event Duplication Strategy

    POST /activity/{location_id}/duplication_strategy/{strategy_id} (operation `update_event_duplication_strategy`)

    Args:
        location_id (int): location ID
        strategy_id (int): Replication strategy ID
        body (UpdateEventDuplicationStrategyBody | Unset):
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
            strategy_id=strategy_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
