from enum import Enum


class GetEventSearchFiltersResponse200ItemCode(str, Enum):
    RESOURCE = "resource"
    SERVICE = "service"
    SERVICE_CATEGORY = "service_category"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
