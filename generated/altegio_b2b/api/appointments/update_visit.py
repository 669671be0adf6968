from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_visit_body import UpdateVisitBody
from ...types import Response

_OPERATION = OPERATIONS["update_visit"]


def _get_kwargs(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
) -> dict[str, Any]:
    _arguments.integer("visit_id", visit_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.instance("body", body, UpdateVisitBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/visits/{visit_id}/{record_id}".format(
            visit_id=quote(str(visit_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> Any:
    return None


def sync_detailed(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Edit Visit

    PUT /visits/{visit_id}/{record_id} (operation `update_visit`)

    Args:
        visit_id (int):
        record_id (int):
        body (UpdateVisitBody): Edit Visit
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
        visit_id=visit_id,
        record_id=record_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Edit Visit

    PUT /visits/{visit_id}/{record_id} (operation `update_visit`)

    Args:
        visit_id (int):
        record_id (int):
        body (UpdateVisitBody): Edit Visit
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
        visit_id=visit_id,
        record_id=record_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Edit Visit

    PUT /visits/{visit_id}/{record_id} (operation `update_visit`)

    Args:
        visit_id (int):
        record_id (int):
        body (UpdateVisitBody): Edit Visit
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
        visit_id=visit_id,
        record_id=record_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    visit_id: int,
    record_id: int,
    *,
    body: UpdateVisitBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Edit Visit

    PUT /visits/{visit_id}/{record_id} (operation `update_visit`)

    Args:
        visit_id (int):
        record_id (int):
        body (UpdateVisitBody): Edit Visit
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
            visit_id=visit_id,
            record_id=record_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
