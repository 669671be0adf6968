"""Online booking end to end: services -> team members -> dates -> times -> check -> create ->
read back -> (as the booking user) reschedule -> cancel, and a handled "slot taken" error.

Which auth each step needs:
  partner token only   browsing, the check, creating a booking, reading it back by its hash,
                       sending the SMS code, the booking user's login
  partner + user       rescheduling (update_online_booking_datetime) and the booking user's own
                       data: the token of the booking user (the customer), from
                       client.booking_login(phone, code) after send_booking_verification_code

Configured from the environment:
  ALTEGIO_PARTNER_TOKEN   required
  ALTEGIO_BASE_URL        default https://api.alteg.io/api/v1
  ALTEGIO_LOCATION_ID     the location to book at (default 4564)
  ALTEGIO_DEMO_WRITES=1   also book, log in as the customer, reschedule and cancel (`make
                          demo-booking` sets it, against the mock); with a real location this
                          makes a real appointment and sends a real SMS
  ALTEGIO_BOOKING_PHONE, ALTEGIO_BOOKING_NAME   the customer (for the writes)
  ALTEGIO_BOOKING_CODE    the SMS code (asked for on the terminal when unset)

`make demo-booking` runs this offline against a Prism mock of the pinned documents.
"""

from __future__ import annotations

import datetime
import os
import sys
from dataclasses import dataclass
from typing import Any

from altegio_b2b import AltegioClient, MissingUserTokenError, RequestOptions, ValidationError
from altegio_b2b.booking.authentication_b2c import send_booking_verification_code
from altegio_b2b.booking.client_personal_cabinet import delete_user_appointment
from altegio_b2b.booking.online_booking import (
    create_online_booking,
    get_dates_available_for_booking,
    get_online_booking_details,
    get_services_available_for_booking,
    get_team_members_available_for_booking,
    get_time_slots_for_booking,
    update_online_booking_datetime,
    validate_booking_params,
)
from altegio_b2b.models import (
    CreateOnlineBookingBody,
    SendBookingVerificationCodeBody,
    UpdateOnlineBookingDatetimeBody,
    ValidateBookingParamsBody,
)
from altegio_b2b.types import Unset

DEFAULT_LOCATION_ID = 4564


@dataclass(frozen=True)
class Choice:
    """What the customer picked: a service, a team member, a time (and a later one to move to)."""

    service_id: int
    staff_id: int
    at: datetime.datetime
    later: datetime.datetime

    def appointment(self) -> dict[str, Any]:
        """As the booking operations take it (`id` numbers the appointments of one request)."""
        return {"id": 1, "services": [self.service_id], "staff_id": self.staff_id, "datetime": self.at.isoformat()}


def step(title: str) -> None:
    print(f"\n== {title}")


def known(value: Any) -> Any:
    """A field the answer had (the models read a missing one as UNSET)."""
    if isinstance(value, Unset) or value is None:
        raise SystemExit("the answer lacks a field this example needs; nothing to book")
    return value


def browse(client: AltegioClient, location_id: int) -> Choice:
    """The partner-token-only part: what can be booked, with whom, on which day and at what time."""
    step("Services open for online booking")
    catalog = known(get_services_available_for_booking.sync(location_id, client=client))
    services = [s for s in known(catalog.services) if isinstance(s.id, int)]
    for service in services[:3]:
        print(f"service {service.id}: {service.title!r}, {service.price_min}-{service.price_max}")
    service_id = known(services[0].id)

    step(f"Team members who do service {service_id}")
    found = get_team_members_available_for_booking.sync(location_id, service_ids=[service_id], client=client)
    members = [m for m in found or [] if m.bookable and isinstance(m.id, int)]
    for member in members[:3]:
        print(f"team member {member.id}: {member.name!r} ({member.specialization})")
    staff_id = known(members[0].id)

    step(f"Dates with free time for team member {staff_id}")
    # These two take the service ids as text: the document types them so.
    wanted = [str(service_id)]
    dates = get_dates_available_for_booking.sync(location_id, service_ids=wanted, staff_id=staff_id, client=client)
    days = sorted(known(known(dates).booking_dates))
    print(f"{len(days)} bookable date(s), first {days[0]}")

    step(f"Free times on {days[0]}")
    slots = get_time_slots_for_booking.sync(location_id, staff_id, days[0], service_ids=wanted, client=client) or []
    print(", ".join(slot.time for slot in slots if isinstance(slot.time, str)))
    times = [known(slot.datetime_) for slot in slots]
    return Choice(service_id, staff_id, times[0], times[-1])


def check(client: AltegioClient, location_id: int, choice: Choice, *, mock: bool) -> None:
    step("Check the choice before booking")
    body = ValidateBookingParamsBody.from_dict({"appointments": [choice.appointment()]})
    validate_booking_params.sync(location_id, body=body, client=client)
    print("the time is free (book_check answered 201)")

    step("A handled API error: the slot is taken")
    # The mock cannot know the slot is taken; `Prefer: code=422` asks Prism for its 422 answer.
    options = RequestOptions(headers={"Prefer": "code=422"}) if mock else None
    try:
        validate_booking_params.sync(location_id, body=body, client=client, options=options)
        print("still free: no error to show")
    except ValidationError as error:
        # Altegio's booking errors carry codes: 433 the time is taken, 436 nobody is free, 437 overlap...
        codes = [e.get("code") for e in error.errors.values() if isinstance(e, dict)]
        print(f"ValidationError: HTTP {error.status_code}, {error.message!r}, error codes {codes}")


def book_and_manage(client: AltegioClient, location_id: int, choice: Choice) -> None:
    phone = os.environ.get("ALTEGIO_BOOKING_PHONE", "+13155550175")
    name = os.environ.get("ALTEGIO_BOOKING_NAME", "James Smith")

    step("Book it (partner token only)")
    body = CreateOnlineBookingBody.from_dict(
        {"phone": phone, "fullname": name, "comment": "booked by examples/booking.py",
         "appointments": [choice.appointment()]}
    )  # fmt: skip
    created = known(create_online_booking.sync(location_id, body=body, client=client))[0]
    record_id, record_hash = known(created.record_id), known(created.record_hash)
    print(f"booked: appointment {record_id} (hash {record_hash[:6]}...)")

    step("Read it back by its hash (partner token only)")
    details = known(get_online_booking_details.sync(location_id, record_id, record_hash, client=client))
    print(f"appointment {details.id} at {details.datetime_}, {len(details.services or [])} service(s)")

    step("Rescheduling needs the booking user")
    later = UpdateOnlineBookingDatetimeBody(datetime_=choice.later, comment="moved by examples/booking.py")
    try:
        update_online_booking_datetime.sync(location_id, record_id, body=later, client=client)
    except MissingUserTokenError as error:
        print(f"MissingUserTokenError before anything was sent: {error.operation_id}")

    step("Log in as the booking user (phone + SMS code)")
    send_booking_verification_code.sync(
        location_id, body=SendBookingVerificationCodeBody(phone=phone, fulname=name), client=client
    )
    code = os.environ.get("ALTEGIO_BOOKING_CODE") or input(f"the code sent to {phone}: ")
    # One client per booking user: their token goes with every request of this client.
    with AltegioClient.from_env(user_token=None) as customer:
        customer.booking_login(phone, code)
        print("logged in; the booking user's token is stored on its own client")

        step("Reschedule (partner + booking user)")
        moved = known(update_online_booking_datetime.sync(location_id, record_id, body=later, client=customer))
        print(f"appointment {moved.id} moved to {moved.date}")

        step("Cancel")
        delete_user_appointment.sync(record_id, record_hash, client=customer)
        print(f"cancelled appointment {record_id}")


def main() -> int:
    if not os.environ.get("ALTEGIO_PARTNER_TOKEN"):
        print("Set ALTEGIO_PARTNER_TOKEN, or run `make demo-booking` for the offline mock.")
        return 2
    writes = os.environ.get("ALTEGIO_DEMO_WRITES") == "1"
    mock = os.environ.get("ALTEGIO_DEMO_MOCK") == "1"
    location_id = int(os.environ.get("ALTEGIO_LOCATION_ID", str(DEFAULT_LOCATION_ID)))
    # The partner's client: no user token (a staff user's token is no booking user's).
    with AltegioClient.from_env(user_token=None) as client:
        print(f"Online booking at location {location_id} via {client.base_url} "
              f"({'mock, with writes' if writes else 'read-only'})")  # fmt: skip
        choice = browse(client, location_id)
        check(client, location_id, choice, mock=mock)
        if writes:
            book_and_manage(client, location_id, choice)
    return 0


if __name__ == "__main__":
    sys.exit(main())
