from enum import Enum


class ListClientCommentsResponse200ItemType(str, Enum):
    DEFAULT = "default"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
