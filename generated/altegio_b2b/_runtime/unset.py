"""``UNSET``: the value of an argument or field that was not given (distinct from None / null)."""

from __future__ import annotations

from typing import Literal


class Unset:
    """The type of ``UNSET``; falsy, so ``if value:`` treats it as absent."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()
