from enum import Enum


class GetTeamMemberScheduleListIncludeItem(str, Enum):
    BUSY_INTERVALS = "busy_intervals"
    OFF_DAY_TYPE = "off_day_type"

    def __str__(self) -> str:
        return str(self.value)
