from .._runtime.enums import OpenStrEnum


class CreateBookingWidgetBodyButtonPosition(OpenStrEnum):
    BOTTOM_LEFT = "bottom left"
    BOTTOM_RIGHT = "bottom right"
    TOP_LEFT = "top left "
    TOP_RIGHT = "top right"
