from .._runtime.enums import OpenStrEnum


class GetEventSearchFiltersResponse200ItemCode(OpenStrEnum):
    RESOURCE = "resource"
    SERVICE = "service"
    SERVICE_CATEGORY = "service_category"
    STAFF = "staff"
