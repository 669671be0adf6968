from .._runtime.enums import OpenStrEnum


class AppointmentEventResource(OpenStrEnum):
    RECORD = "record"
