from .._runtime.enums import OpenIntEnum


class WebhookStaffDataShowRating(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
