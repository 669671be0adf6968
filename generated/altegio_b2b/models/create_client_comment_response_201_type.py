from enum import Enum


class CreateClientCommentResponse201Type(str, Enum):
    DEFAULT = "default"
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
