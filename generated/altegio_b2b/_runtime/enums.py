"""Base classes of the generated enums: open enums that keep values the spec does not list.

The live API can send a value the spec never mentioned (a new appointment status, say); an
answer carrying it must still parse. Unknown values become pseudo-members: equal to their raw
value, ``is_known`` False, absent from iteration. Arguments are still checked strictly before
a request is sent (see ``arguments.member``).
"""

from __future__ import annotations

from enum import Enum, IntEnum
from typing import Any, ClassVar


class _OpenEnum:
    """What the open str and int enums share (``_member_type_`` is str or int, set by Enum)."""

    _member_type_: ClassVar[type]
    _value_: Any
    _value2member_map_: ClassVar[dict[Any, Any]]

    @classmethod
    def _missing_(cls, value: object) -> Any:
        raw_type: Any = cls._member_type_
        if not isinstance(value, raw_type) or isinstance(value, bool):
            return None
        member: Any = raw_type.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self._value_)


class OpenStrEnum(_OpenEnum, str, Enum):
    pass


class OpenIntEnum(_OpenEnum, IntEnum):
    pass
