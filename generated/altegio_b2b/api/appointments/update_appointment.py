"""Edit Appointment

PUT /record/{location_id}/{record_id} (operation `update_appointment` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.group_event_appointment import GroupEventAppointment
from ...models.standard_appointment import StandardAppointment
from ...models.update_appointment_response_201 import UpdateAppointmentResponse201
from ...types import UNSET, Response, Unset

_OPERATION = Operation("update_appointment", "PUT", "/record/{location_id}/{record_id}", "BearerPartnerUser")
_RESPONSE = _fields.Model("UpdateAppointmentResponse201")

_BODY = _fields.OneOf(
    _fields.Model("StandardAppointment"),
    _fields.Model("GroupEventAppointment"),
)


def _request(
    location_id: int,
    record_id: int,
    *,
    body: GroupEventAppointment | StandardAppointment,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("record_id", record_id, required=True)

    _arguments.number("include_consumables", include_consumables, required=False)

    _arguments.integer("include_finance_transactions", include_finance_transactions, required=False)

    _arguments.instance(
        "body",
        body,
        (
            StandardAppointment,
            GroupEventAppointment,
        ),
        required=True,
    )

    params: dict[str, Any] = {}
    params["include_consumables"] = include_consumables
    params["include_finance_transactions"] = include_finance_transactions
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "record_id": record_id,
        },
        params=params,
        json=_json,
    )


def _parse_data(data: Any) -> UpdateAppointmentResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    record_id: int,
    *,
    body: GroupEventAppointment | StandardAppointment,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateAppointmentResponse201 | None:
    """Edit Appointment

    Fully updates an Appointment. This is not a partial update: for a standard Appointment,
    resend `staff_id`, `services`, `client`, `datetime`, and `seance_length`, including when
    only `custom_fields` needs to change. A missing required field returns `422`.

    For a Group Event Appointment, send `activity_id` and `client`. The `activity_id` must
    match the Appointment's current Group Event. The API obtains `staff_id`, `services`,
    `datetime`, and `seance_length` from that Group Event.

    ### Updating only custom fields

    1. Get the current Appointment.
    2. Copy the required main fields into this request without changing them.
    3. Add the new values to `custom_fields`, using each configured field code as a key.

    The Business User must have both `custom_fields_record_values_read_access` and
    `custom_fields_record_values_edit_access`. Without both permissions, custom Appointment
    Field values are not updated.

    ### Editing restrictions

    The request can be rejected when the Appointment is waiting for online payment, lies
    outside the Business User's allowed editing period, is fully paid, or has an arrived
    client and the Business User lacks the corresponding edit permission.

    If `is_sale_bill_printed` is `true`, keep the resent date, time, client, attendance status,
    Team Member, and Services unchanged when updating only custom fields. Changes covered by
    the printed receipt can require reversing the receipt first.

    PUT /record/{location_id}/{record_id} (operation `update_appointment` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        record_id (int): Appointment ID
        include_consumables (float | Unset):
        include_finance_transactions (int | Unset):
        body (GroupEventAppointment | StandardAppointment): Request body for creating or fully
            updating an Appointment. Example: {'staff_id': 8886, 'services': [{'id': 331,
            'first_cost': 9000, 'discount': 50, 'cost': 4500}, {'id': 333, 'first_cost': 2000,
            'discount': 10, 'cost': 1800}], 'client': {'phone': '+13155550175', 'name': 'James Smith',
            'email': 'j.smith@example.com'}, 'save_if_busy': False, 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'seance_length': 3600, 'send_sms': True, 'comment': 'test
            appointment!', 'sms_remain_hours': 6, 'email_remain_hours': 24, 'attendance': 1, 'api_id':
            '777', 'custom_color': 'f44336', 'record_labels': ['67345', '104474'], 'custom_fields':
            {'my_custom_field': 123, 'some_another_field': ['first value', 'second value']}}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateAppointmentResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    record_id: int,
    *,
    body: GroupEventAppointment | StandardAppointment,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateAppointmentResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    record_id: int,
    *,
    body: GroupEventAppointment | StandardAppointment,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateAppointmentResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                record_id=record_id,
                body=body,
                include_consumables=include_consumables,
                include_finance_transactions=include_finance_transactions,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    record_id: int,
    *,
    body: GroupEventAppointment | StandardAppointment,
    include_consumables: float | Unset = UNSET,
    include_finance_transactions: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateAppointmentResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            record_id=record_id,
            body=body,
            include_consumables=include_consumables,
            include_finance_transactions=include_finance_transactions,
        ),
        _parse_data,
        options,
    )
