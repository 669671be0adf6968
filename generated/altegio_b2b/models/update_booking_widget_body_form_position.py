from .._runtime.enums import OpenStrEnum


class UpdateBookingWidgetBodyFormPosition(OpenStrEnum):
    LEFT = "left"
    RIGHT = "right"
