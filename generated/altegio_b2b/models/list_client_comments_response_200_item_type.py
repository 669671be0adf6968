from .._runtime.enums import OpenStrEnum


class ListClientCommentsResponse200ItemType(OpenStrEnum):
    DEFAULT = "default"
    FILE = "file"
