from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_service_response_200 import GetServiceResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_service"]


def _get_kwargs(
    location_id: int,
    service_id: int,
    *,
    category_id: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("service_id", service_id, required=True)

    _arguments.integer("category_id", category_id, required=False)

    _arguments.integer("staff_id", staff_id, required=False)

    params: dict[str, Any] = {}

    params["category_id"] = category_id

    params["staff_id"] = staff_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/services/{service_id}".format(
            location_id=quote(str(location_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> GetServiceResponse200:
    response_200 = GetServiceResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    service_id: int,
    *,
    category_id: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetServiceResponse200]:
    """Get a list of services / specific service

    + Parameter
        + company_id (required, number, `1`) - location ID
        + service_id (optional, number, `1`) - service ID

    GET /company/{location_id}/services/{service_id} (operation `get_service`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID, if you need to work with a specific service.
        category_id (int | Unset): Category ID, if you want to filter by category
        staff_id (int | Unset): team member ID, if you want to filter by team member
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetServiceResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        category_id=category_id,
        staff_id=staff_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    service_id: int,
    *,
    category_id: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetServiceResponse200 | None:
    """Get a list of services / specific service

    + Parameter
        + company_id (required, number, `1`) - location ID
        + service_id (optional, number, `1`) - service ID

    GET /company/{location_id}/services/{service_id} (operation `get_service`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID, if you need to work with a specific service.
        category_id (int | Unset): Category ID, if you want to filter by category
        staff_id (int | Unset): team member ID, if you want to filter by team member
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetServiceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        service_id=service_id,
        client=client,
        category_id=category_id,
        staff_id=staff_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    service_id: int,
    *,
    category_id: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetServiceResponse200]:
    """Get a list of services / specific service

    + Parameter
        + company_id (required, number, `1`) - location ID
        + service_id (optional, number, `1`) - service ID

    GET /company/{location_id}/services/{service_id} (operation `get_service`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID, if you need to work with a specific service.
        category_id (int | Unset): Category ID, if you want to filter by category
        staff_id (int | Unset): team member ID, if you want to filter by team member
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetServiceResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        service_id=service_id,
        category_id=category_id,
        staff_id=staff_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    service_id: int,
    *,
    category_id: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetServiceResponse200 | None:
    """Get a list of services / specific service

    + Parameter
        + company_id (required, number, `1`) - location ID
        + service_id (optional, number, `1`) - service ID

    GET /company/{location_id}/services/{service_id} (operation `get_service`)

    Args:
        location_id (int): location ID
        service_id (int): Service ID, if you need to work with a specific service.
        category_id (int | Unset): Category ID, if you want to filter by category
        staff_id (int | Unset): team member ID, if you want to filter by team member
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetServiceResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            service_id=service_id,
            client=client,
            category_id=category_id,
            staff_id=staff_id,
            options=options,
        )
    ).parsed
