"""Base classes of the generated enums: open enums that keep values the spec does not list.

The live API can send a value the spec never mentioned (a new appointment status, say); an
answer carrying it must still parse. Unknown values become pseudo-members: equal to their raw
value, ``is_known`` False, absent from iteration. Arguments are still checked strictly before
a request is sent (see ``arguments.member``).
"""

from __future__ import annotations

from enum import Enum, IntEnum
from typing import Any


class OpenStrEnum(str, Enum):
    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(IntEnum):
    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)
