from enum import Enum


class GetTeamMemberPayrollCalculationResponse200Status(str, Enum):
    CONFIRMED = "confirmed"
    DRAFT = "draft"

    def __str__(self) -> str:
        return str(self.value)
