from .._runtime.enums import OpenStrEnum


class ServiceCategoryEventResource(OpenStrEnum):
    SERVICE_CATEGORY = "service_category"
