from .._runtime.enums import OpenStrEnum


class GetTimeslotSettingsResponse200DatesSettingsItemSettingGridBaseType(OpenStrEnum):
    PREDEFINED = "predefined"
    SCHEDULE = "schedule"
    TIMESLOTS = "timeslots"
