from .._runtime.enums import OpenStrEnum


class VisitorModelObjectSlug(OpenStrEnum):
    PERSON = "person"
    PET = "pet"
    VEHICLE = "vehicle"
