from .._runtime.enums import OpenStrEnum


class LocationEventResource(OpenStrEnum):
    SALON = "salon"
