from .._runtime.enums import OpenStrEnum


class ServiceEventResource(OpenStrEnum):
    SERVICE = "service"
