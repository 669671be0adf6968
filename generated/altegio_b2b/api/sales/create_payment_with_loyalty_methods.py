"""Payment at the Location Account and Loyalty (Various Methods)

POST /company/{location_id}/sale/{document_id}/payment (operation `create_payment_with_loyalty_methods`); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_payment_with_loyalty_methods_body_type_0 import CreatePaymentWithLoyaltyMethodsBodyType0
from ...models.create_payment_with_loyalty_methods_body_type_1 import CreatePaymentWithLoyaltyMethodsBodyType1
from ...models.create_payment_with_loyalty_methods_body_type_2 import CreatePaymentWithLoyaltyMethodsBodyType2
from ...models.create_payment_with_loyalty_methods_body_type_3 import CreatePaymentWithLoyaltyMethodsBodyType3
from ...models.create_payment_with_loyalty_methods_body_type_4 import CreatePaymentWithLoyaltyMethodsBodyType4
from ...models.create_payment_with_loyalty_methods_body_type_5 import CreatePaymentWithLoyaltyMethodsBodyType5
from ...models.create_payment_with_loyalty_methods_body_type_6 import CreatePaymentWithLoyaltyMethodsBodyType6
from ...models.create_payment_with_loyalty_methods_response_200 import CreatePaymentWithLoyaltyMethodsResponse200
from ...types import Response

_OPERATION = Operation(
    "create_payment_with_loyalty_methods",
    "POST",
    "/company/{location_id}/sale/{document_id}/payment",
    "BearerPartnerUser",
)


def _request(
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("document_id", document_id, required=True)

    _arguments.instance(
        "body",
        body,
        (
            CreatePaymentWithLoyaltyMethodsBodyType0,
            CreatePaymentWithLoyaltyMethodsBodyType1,
            CreatePaymentWithLoyaltyMethodsBodyType2,
            CreatePaymentWithLoyaltyMethodsBodyType3,
            CreatePaymentWithLoyaltyMethodsBodyType4,
            CreatePaymentWithLoyaltyMethodsBodyType5,
            CreatePaymentWithLoyaltyMethodsBodyType6,
        ),
        required=True,
    )

    _json: Any = None

    if isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType0):
        _json = body.to_dict()
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType1):
        _json = body.to_dict()
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType2):
        _json = body.to_dict()
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType3):
        _json = body.to_dict()
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType4):
        _json = body.to_dict()
    elif isinstance(body, CreatePaymentWithLoyaltyMethodsBodyType5):
        _json = body.to_dict()
    else:
        _json = body.to_dict()

    return RequestParts(
        path_params={
            "location_id": location_id,
            "document_id": document_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreatePaymentWithLoyaltyMethodsResponse200:
    response_200 = CreatePaymentWithLoyaltyMethodsResponse200.from_dict(data)

    return response_200


def sync(
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreatePaymentWithLoyaltyMethodsResponse200 | None:
    """Payment at the Location Account and Loyalty (Various Methods)

    As a response, information about the [Sale operation](#sale-operation) is returned

    POST /company/{location_id}/sale/{document_id}/payment (operation `create_payment_with_loyalty_methods`); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        document_id (int): Document ID
        body (CreatePaymentWithLoyaltyMethodsBodyType0 | CreatePaymentWithLoyaltyMethodsBodyType1
            | CreatePaymentWithLoyaltyMethodsBodyType2 | CreatePaymentWithLoyaltyMethodsBodyType3 |
            CreatePaymentWithLoyaltyMethodsBodyType4 | CreatePaymentWithLoyaltyMethodsBodyType5 |
            CreatePaymentWithLoyaltyMethodsBodyType6):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreatePaymentWithLoyaltyMethodsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            document_id=document_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreatePaymentWithLoyaltyMethodsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            document_id=document_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreatePaymentWithLoyaltyMethodsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                document_id=document_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    document_id: int,
    *,
    body: CreatePaymentWithLoyaltyMethodsBodyType0
    | CreatePaymentWithLoyaltyMethodsBodyType1
    | CreatePaymentWithLoyaltyMethodsBodyType2
    | CreatePaymentWithLoyaltyMethodsBodyType3
    | CreatePaymentWithLoyaltyMethodsBodyType4
    | CreatePaymentWithLoyaltyMethodsBodyType5
    | CreatePaymentWithLoyaltyMethodsBodyType6,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreatePaymentWithLoyaltyMethodsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            document_id=document_id,
            body=body,
        ),
        _parse_data,
        options,
    )
