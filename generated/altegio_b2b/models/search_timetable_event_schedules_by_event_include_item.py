from enum import Enum


class SearchTimetableEventSchedulesByEventIncludeItem(str, Enum):
    DAYS = "days"
    DAYS_EVENTS_LABELS = "days.events_labels"
    DAYS_EVENTS_MASTER = "days.events_master"
    DAYS_EVENTS_RESOURCE_INSTANCES = "days.events_resource_instances"

    def __str__(self) -> str:
        return str(self.value)
