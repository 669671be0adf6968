from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.delete_custom_field_response_200_item import DeleteCustomFieldResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["delete_custom_field"]


def _get_kwargs(
    field_category: str,
    location_id: int,
    field_id: int,
) -> dict[str, Any]:

    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("field_id", field_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/custom_fields/{field_category}/{location_id}/{field_id}".format(
            field_category=quote(str(field_category), safe=""),
            location_id=quote(str(location_id), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[DeleteCustomFieldResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = DeleteCustomFieldResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeleteCustomFieldResponse200Item]]:
    """Remove a Custom Field from a Location

    To remove a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Remove
    custom fields**

    DELETE /custom_fields/{field_category}/{location_id}/{field_id} (operation `delete_custom_field`)

    Args:
        field_category (str): Field category.<br>
        location_id (int): location ID
        field_id (int): field ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[DeleteCustomFieldResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeleteCustomFieldResponse200Item] | None:
    """Remove a Custom Field from a Location

    To remove a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Remove
    custom fields**

    DELETE /custom_fields/{field_category}/{location_id}/{field_id} (operation `delete_custom_field`)

    Args:
        field_category (str): Field category.<br>
        location_id (int): location ID
        field_id (int): field ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[DeleteCustomFieldResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeleteCustomFieldResponse200Item]]:
    """Remove a Custom Field from a Location

    To remove a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Remove
    custom fields**

    DELETE /custom_fields/{field_category}/{location_id}/{field_id} (operation `delete_custom_field`)

    Args:
        field_category (str): Field category.<br>
        location_id (int): location ID
        field_id (int): field ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[DeleteCustomFieldResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        field_category=field_category,
        location_id=location_id,
        field_id=field_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    field_category: str,
    location_id: int,
    field_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeleteCustomFieldResponse200Item] | None:
    """Remove a Custom Field from a Location

    To remove a field, the user must be part of the **Chain associated with the location** and have the
    appropriate access rights in the following section: <br>**Settings → Access → Custom Fields → Remove
    custom fields**

    DELETE /custom_fields/{field_category}/{location_id}/{field_id} (operation `delete_custom_field`)

    Args:
        field_category (str): Field category.<br>
        location_id (int): location ID
        field_id (int): field ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[DeleteCustomFieldResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            field_category=field_category,
            location_id=location_id,
            field_id=field_id,
            client=client,
            options=options,
        )
    ).parsed
