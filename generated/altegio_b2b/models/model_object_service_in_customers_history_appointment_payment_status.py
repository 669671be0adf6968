from .._runtime.enums import OpenStrEnum


class ModelObjectServiceInCustomersHistoryAppointmentPaymentStatus(OpenStrEnum):
    NOT_PAID = "not_paid"
    PAID_FULL = "paid_full"
    PAID_NOT_FULL = "paid_not_full"
    PAID_OVER = "paid_over"
