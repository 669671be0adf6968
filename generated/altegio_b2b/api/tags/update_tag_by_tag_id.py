from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_tag_by_tag_id_body import UpdateTagByTagIdBody
from ...types import Response

_OPERATION = OPERATIONS["update_tag_by_tag_id"]


def _get_kwargs(
    location_id: int,
    tag_id: int,
    *,
    body: UpdateTagByTagIdBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("tag_id", tag_id, required=True)

    _arguments.instance("body", body, UpdateTagByTagIdBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/labels/{location_id}/{tag_id}".format(
            location_id=quote(str(location_id), safe=""),
            tag_id=quote(str(tag_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    location_id: int,
    tag_id: int,
    *,
    body: UpdateTagByTagIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Update Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

    PUT /labels/{location_id}/{tag_id} (operation `update_tag_by_tag_id`)

    Args:
        location_id (int): location ID
        tag_id (int): Tag ID
        body (UpdateTagByTagIdBody): Update Tag
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
        tag_id=tag_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    tag_id: int,
    *,
    body: UpdateTagByTagIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Update Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

    PUT /labels/{location_id}/{tag_id} (operation `update_tag_by_tag_id`)

    Args:
        location_id (int): location ID
        tag_id (int): Tag ID
        body (UpdateTagByTagIdBody): Update Tag
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
        tag_id=tag_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    tag_id: int,
    *,
    body: UpdateTagByTagIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Update Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

    PUT /labels/{location_id}/{tag_id} (operation `update_tag_by_tag_id`)

    Args:
        location_id (int): location ID
        tag_id (int): Tag ID
        body (UpdateTagByTagIdBody): Update Tag
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
        tag_id=tag_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    tag_id: int,
    *,
    body: UpdateTagByTagIdBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Update Tag (Deprecated)

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    **Deprecated:** Use `PUT /api/v2/companies/{company_id}/tags/{tag_id}` instead.

    PUT /labels/{location_id}/{tag_id} (operation `update_tag_by_tag_id`)

    Args:
        location_id (int): location ID
        tag_id (int): Tag ID
        body (UpdateTagByTagIdBody): Update Tag
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
            tag_id=tag_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
