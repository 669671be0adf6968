from .._runtime.enums import OpenStrEnum


class ProductEventResource(OpenStrEnum):
    GOOD = "good"
