from .._runtime.enums import OpenIntEnum


class WebhookRecordDataEmailNow(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
