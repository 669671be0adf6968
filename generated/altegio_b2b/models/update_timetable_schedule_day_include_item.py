from enum import Enum


class UpdateTimetableScheduleDayIncludeItem(str, Enum):
    EVENTS = "events"
    EVENTS_LABELS = "events_labels"
    EVENTS_MASTER = "events_master"
    EVENTS_RESOURCE_INSTANCES = "events_resource_instances"

    def __str__(self) -> str:
        return str(self.value)
