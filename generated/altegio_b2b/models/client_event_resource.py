from .._runtime.enums import OpenStrEnum


class ClientEventResource(OpenStrEnum):
    CLIENT = "client"
