from .._runtime.enums import OpenIntEnum


class WebhookStaffDataStatus(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
