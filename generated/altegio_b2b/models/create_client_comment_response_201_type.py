from .._runtime.enums import OpenStrEnum


class CreateClientCommentResponse201Type(OpenStrEnum):
    DEFAULT = "default"
    FILE = "file"
