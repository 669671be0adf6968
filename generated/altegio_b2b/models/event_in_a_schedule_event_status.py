from .._runtime.enums import OpenStrEnum


class EventInAScheduleEventStatus(OpenStrEnum):
    ENTITY_DELETED = "entity_deleted"
    ENTITY_FAILED = "entity_failed"
    EVENT_CHANGED = "event_changed"
    EVENT_CHANGED_FORCE = "event_changed_force"
    EVENT_CREATED = "event_created"
    EVENT_DELETED = "event_deleted"
    STABLE = "stable"
