from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_custom_field_body import UpdateCustomFieldBody
from ...models.update_custom_field_response_202_item import UpdateCustomFieldResponse202Item
from ...types import Response

_OPERATION = OPERATIONS["update_custom_field"]


def _get_kwargs(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
) -> dict[str, Any]:

    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("field_id", field_id, required=True)

    _arguments.instance("body", body, UpdateCustomFieldBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/custom_fields/{field_category}/{location_id}/{field_id}".format(
            field_category=quote(str(field_category), safe=""),
            location_id=quote(str(location_id), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> list[UpdateCustomFieldResponse202Item]:
    response_202 = []
    _response_202 = data
    for response_202_item_data in _response_202:
        response_202_item = UpdateCustomFieldResponse202Item.from_dict(response_202_item_data)

        response_202.append(response_202_item)

    return response_202


def sync_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateCustomFieldResponse202Item]]:
    """Update a Custom Field

    To update a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section <br>**Settings → Access → Custom Fields → Modify
    custom fields**

    PUT /custom_fields/{field_category}/{location_id}/{field_id} (operation `update_custom_field`)

    Args:
        field_category (str): Field category.<br>
        location_id (int): location ID
        field_id (int): field ID
        body (UpdateCustomFieldBody): Adding a Custom Field
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UpdateCustomFieldResponse202Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateCustomFieldResponse202Item] | None:
    """Update a Custom Field

    To update a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section <br>**Settings → Access → Custom Fields → Modify
    custom fields**

    PUT /custom_fields/{field_category}/{location_id}/{field_id} (operation `update_custom_field`)

    Args:
        field_category (str): Field category.<br>
        location_id (int): location ID
        field_id (int): field ID
        body (UpdateCustomFieldBody): Adding a Custom Field
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateCustomFieldResponse202Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateCustomFieldResponse202Item]]:
    """Update a Custom Field

    To update a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section <br>**Settings → Access → Custom Fields → Modify
    custom fields**

    PUT /custom_fields/{field_category}/{location_id}/{field_id} (operation `update_custom_field`)

    Args:
        field_category (str): Field category.<br>
        location_id (int): location ID
        field_id (int): field ID
        body (UpdateCustomFieldBody): Adding a Custom Field
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UpdateCustomFieldResponse202Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    body: UpdateCustomFieldBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateCustomFieldResponse202Item] | None:
    """Update a Custom Field

    To update a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section <br>**Settings → Access → Custom Fields → Modify
    custom fields**

    PUT /custom_fields/{field_category}/{location_id}/{field_id} (operation `update_custom_field`)

    Args:
        field_category (str): Field category.<br>
        location_id (int): location ID
        field_id (int): field ID
        body (UpdateCustomFieldBody): Adding a Custom Field
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateCustomFieldResponse202Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
