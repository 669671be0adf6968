from typing import Any

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.handle_fiscalization_callback_body import HandleFiscalizationCallbackBody
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["handle_fiscalization_callback"]


def _get_kwargs(
    *,
    body: HandleFiscalizationCallbackBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.instance("body", body, HandleFiscalizationCallbackBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/kkm/callback",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> Any:
    return None


def sync_detailed(
    *,
    body: HandleFiscalizationCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Example of a request in case of successful fiscalization or in case of an error

    POST /integration/kkm/callback (operation `handle_fiscalization_callback`)

    Args:
        body (HandleFiscalizationCallbackBody | Unset):
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
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    *,
    body: HandleFiscalizationCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Example of a request in case of successful fiscalization or in case of an error

    POST /integration/kkm/callback (operation `handle_fiscalization_callback`)

    Args:
        body (HandleFiscalizationCallbackBody | Unset):
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
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    body: HandleFiscalizationCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Example of a request in case of successful fiscalization or in case of an error

    POST /integration/kkm/callback (operation `handle_fiscalization_callback`)

    Args:
        body (HandleFiscalizationCallbackBody | Unset):
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
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    *,
    body: HandleFiscalizationCallbackBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Example of a request in case of successful fiscalization or in case of an error

    POST /integration/kkm/callback (operation `handle_fiscalization_callback`)

    Args:
        body (HandleFiscalizationCallbackBody | Unset):
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
            client=client,
            body=body,
            options=options,
        )
    ).parsed
