"""Hostile input, paths: a path parameter names one segment of one endpoint. Dot segments and empty
strings would reach another endpoint (DELETE /custom_fields/../8/9 is DELETE /8/9) and wrong
types would be sent as their repr; both fail before anything is sent, naming the parameter."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import altegio_b2b
from altegio_b2b import AltegioClient
from altegio_b2b.api.custom_fields import delete_custom_field
from altegio_b2b.api.schedule_resources import search_timetable_event_schedules_by_event as search_schedules
from altegio_b2b.api.schedule_resources import update_team_member_schedule
from altegio_b2b.models import GetTagListByEntityEntity, SearchTimetableEventSchedulesByEventEntityType
from hostile import MODES, catch, run, scanned_logs
from http_server import Reply, ScriptedServer, envelope

__all__ = ["scanned_logs"]


def _delete(mode: str, client: AltegioClient, category: Any) -> Any:
    return (
        lambda: delete_custom_field.sync(category, 8, 9, client=client),
        lambda: delete_custom_field.asyncio(category, 8, 9, client=client),
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("category", ["..", ".", ""])
def test_dot_segments_and_empty_strings_are_refused(
    server: ScriptedServer, client: AltegioClient, category: str, mode: str
) -> None:
    error = catch(mode, client, *_delete(mode, client, category))
    assert isinstance(error, altegio_b2b.ArgumentError)
    assert error.argument == "field_category"
    assert "'.' and '..'" in str(error)
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("category", [None, b"client", ["client"], {"a": 1}, object(), True, float("nan")], ids=repr)
def test_wrong_types_are_refused(server: ScriptedServer, client: AltegioClient, category: Any, mode: str) -> None:
    error = catch(mode, client, *_delete(mode, client, category))
    assert isinstance(error, altegio_b2b.ArgumentError)
    assert error.argument == "field_category"
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("category", "segment"),
    [("client", "client"), ("a/b", "a%2Fb"), ("...", "..."), ("%2e%2e", "%252e%252e"), ("é ?#", "%C3%A9%20%3F%23"),
     (7, "7"), (GetTagListByEntityEntity.CLIENT, "client")],
)  # fmt: skip
def test_good_values_stay_one_segment(
    server: ScriptedServer, client: AltegioClient, category: Any, segment: str, mode: str
) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    run(mode, client, *_delete(mode, client, category))
    assert server.requests[0].path == f"/api/v1/custom_fields/{segment}/8/9"


@pytest.mark.parametrize("mode", MODES)
def test_enum_and_date_segments(server: ScriptedServer, client: AltegioClient, mode: str) -> None:
    server.default = lambda request: Reply(200, envelope([]))
    day, later = datetime.date(2026, 9, 21), datetime.date(2026, 9, 30)
    entity = SearchTimetableEventSchedulesByEventEntityType.RECORD
    run(mode, client, lambda: search_schedules.sync(1, entity, 3, client=client),
        lambda: search_schedules.asyncio(1, entity, 3, client=client))  # fmt: skip
    run(mode, client, lambda: update_team_member_schedule.sync(1, 2, day, later, client=client),
        lambda: update_team_member_schedule.asyncio(1, 2, day, later, client=client))  # fmt: skip
    assert [r.path for r in server.requests] == [
        "/api/v1/company/1/schedules/search/record/3",
        "/api/v1/schedule/1/2/2026-09-21/2026-09-30",
    ]
