from .._runtime.enums import OpenStrEnum


class GetTeamMemberScheduleListIncludeItem(OpenStrEnum):
    BUSY_INTERVALS = "busy_intervals"
    OFF_DAY_TYPE = "off_day_type"
