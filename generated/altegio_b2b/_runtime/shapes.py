"""Lossless shape tolerance for the answers whose documentation contradicts itself: where the
vendor's own example shows a single object for a declared list (or a list for a declared object),
the normalizer follows the example and marks the answer; either shape then parses."""

from __future__ import annotations

from typing import Any


def as_list(data: Any) -> Any:
    """A declared list that may arrive as one bare object: that object, listed."""
    return [data] if isinstance(data, dict) else data


def as_object(data: Any) -> Any:
    """A declared object that may arrive as a one-item list: the item (longer lists stay, and fail)."""
    return data[0] if isinstance(data, list) and len(data) == 1 else data
