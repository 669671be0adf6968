from .._runtime.enums import OpenStrEnum


class GetTeamMemberPayrollCalculationResponse200Status(OpenStrEnum):
    CONFIRMED = "confirmed"
    DRAFT = "draft"
