"""What the rate-limiter tests measure: the most events that fell in any one window."""

from __future__ import annotations

import bisect


def max_in_window(times: list[float], window: float) -> int:
    """The most of ``times`` (seconds) inside any half-open window ``[t, t + window)``."""
    times = sorted(times)
    return max((bisect.bisect_left(times, t + window) - i for i, t in enumerate(times)), default=0)
