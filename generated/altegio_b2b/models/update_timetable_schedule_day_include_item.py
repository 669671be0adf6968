from .._runtime.enums import OpenStrEnum


class UpdateTimetableScheduleDayIncludeItem(OpenStrEnum):
    EVENTS = "events"
    EVENTS_LABELS = "events_labels"
    EVENTS_MASTER = "events_master"
    EVENTS_RESOURCE_INSTANCES = "events_resource_instances"
