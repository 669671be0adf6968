"""Typed parameters on the wire: dates and date-times in the documented format, 0/1 flags and
page numbers as integers, booleans as 1/0, and a clear ArgumentError before anything is sent."""

from __future__ import annotations

import datetime
import inspect
from zoneinfo import ZoneInfo

import pytest

from altegio_b2b import AltegioClient, ArgumentError
from altegio_b2b.api.appointments import get_appointment_list, get_partner_appointment_list
from altegio_b2b.api.payments import get_transactions
from http_server import ScriptedServer


def test_dates_and_aware_datetimes_go_out_as_iso_8601(server: ScriptedServer, client: AltegioClient) -> None:
    changed = datetime.datetime(2026, 5, 1, 9, 30, tzinfo=ZoneInfo("America/New_York"))
    get_appointment_list.sync_detailed(
        1, client=client, start_date=datetime.date(2026, 5, 1), changed_after=changed, with_deleted=True, page=2
    )
    query = dict(server.requests[-1].query)
    assert query["start_date"] == "2026-05-01"
    # The offset survives the query encoding (a bare "+" would read as a space).
    assert query["changed_after"] == "2026-05-01T09:30:00-04:00"
    assert "changed_after=2026-05-01T09%3A30%3A00-04%3A00" in server.requests[-1].raw_query
    assert query["with_deleted"] == "1"  # the docs: with_deleted=1
    assert query["page"] == "2"


def test_a_day_first_date_goes_out_as_documented(server: ScriptedServer, client: AltegioClient) -> None:
    get_partner_appointment_list.sync_detailed(client=client, start_date=datetime.date(2025, 1, 17))
    assert dict(server.requests[-1].query)["start_date"] == "17.01.2025"  # the docs' example: 17.01.2025


def test_dates_the_spec_typed_as_numbers_take_dates(server: ScriptedServer, client: AltegioClient) -> None:
    get_transactions.sync_detailed(1, client=client, start_date=datetime.date(2026, 5, 1))
    assert dict(server.requests[-1].query)["start_date"] == "2026-05-01"
    annotation = inspect.signature(get_transactions.sync).parameters["start_date"].annotation
    assert "datetime.date" in str(annotation)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"changed_after": datetime.datetime(2026, 5, 1, 9, 30)}, "attach a timezone"),
        ({"start_date": datetime.datetime(2026, 5, 1, 9, 30, tzinfo=datetime.timezone.utc)}, "not a datetime"),
        ({"start_date": "2026-05-01"}, "a datetime.date"),
        ({"page": 1.5}, "an integer"),
    ],
)
def test_bad_arguments_fail_before_sending(
    arguments: dict[str, object], message: str, server: ScriptedServer, client: AltegioClient
) -> None:
    with pytest.raises(ArgumentError, match=message):
        get_appointment_list.sync(1, client=client, **arguments)  # type: ignore[arg-type]
    assert server.requests == []


def test_list_items_are_checked_by_position(server: ScriptedServer, client: AltegioClient) -> None:
    from altegio_b2b.api.schedule_resources import get_team_member_schedule_list

    with pytest.raises(ArgumentError, match=r"'staff_ids\[1\]'"):
        get_team_member_schedule_list.sync(1, client=client, staff_ids=[1, "2"])  # type: ignore[list-item]
    with pytest.raises(ArgumentError, match="'include'"):
        get_team_member_schedule_list.sync(1, client=client, include="busy_intervals")  # type: ignore[arg-type]
    assert server.requests == []
