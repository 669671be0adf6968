from .._runtime.enums import OpenIntEnum


class WebhookStaffDataFired(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
