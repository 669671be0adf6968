from .._runtime.enums import OpenStrEnum


class CreateBookingWidgetBodyFormPosition(OpenStrEnum):
    LEFT = "left"
    RIGHT = "right"
