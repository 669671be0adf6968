from .._runtime.enums import OpenStrEnum


class GetTeamMemberScheduleListResponse200ItemBusyIntervalsItemEntityType(OpenStrEnum):
    ACTIVITY = "activity"
    RECORD = "record"
