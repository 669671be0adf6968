from .._runtime.enums import OpenIntEnum


class WebhookRecordDataReviewRequested(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
