from .._runtime.enums import OpenStrEnum


class SearchTimetableEventSchedulesByEventIncludeItem(OpenStrEnum):
    DAYS = "days"
    DAYS_EVENTS_LABELS = "days.events_labels"
    DAYS_EVENTS_MASTER = "days.events_master"
    DAYS_EVENTS_RESOURCE_INSTANCES = "days.events_resource_instances"
