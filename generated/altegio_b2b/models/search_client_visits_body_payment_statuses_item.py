from enum import Enum


class SearchClientVisitsBodyPaymentStatusesItem(str, Enum):
    NOT_PAID = "not_paid"
    PAID_FULL = "paid_full"
    PAID_NOT_FULL = "paid_not_full"
    PAID_OVER = "paid_over"

    def __str__(self) -> str:
        return str(self.value)
