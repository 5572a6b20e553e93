"""Small statistics for back-test figures: Wilson intervals, rate ratios, quartiles.

Every rate Radar shows the bank carries its sample size and an interval, and a rate on
too few cases says so in words instead of printing a confident-looking percentage.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from radar_core.i18n import N_, Phrase, decimal_text
from reports.report_text import phrase

Z95 = 1.959963984540054
MIN_N = 10  # below this many cases a rate is shown with "too little data to conclude"
TOO_LITTLE = N_("too little data to conclude")


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for ``k`` successes in ``n`` trials (0..1; (0, 1) when n = 0).

    Chosen over the normal approximation because it stays inside [0, 1] and behaves at
    k = 0 or k = n, which back-tests on a bank's small samples hit all the time.
    """
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class Rate:
    """``k`` of ``n`` with its Wilson interval; ``enough`` is False when n < MIN_N."""

    k: int
    n: int

    @property
    def value(self) -> float | None:
        return self.k / self.n if self.n else None

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.k, self.n)

    @property
    def enough(self) -> bool:
        return self.n >= MIN_N

    def text(self) -> str:
        """``"12.5% [8.1-18.9%] (15/120)"`` (``%12,5 [%8,1-%18,9]`` in Turkish) or the
        too-little-data sentence; a ``Phrase``, so the report shows it in its reader's language."""
        k, n = self.k, self.n
        if not self.enough:
            return phrase(N_("too little data to conclude ({k}/{n})"), k=k, n=n)
        low, high = self.interval

        def render(language: str) -> str:
            rate, lo, hi = (decimal_text(100 * v, ".1f", language) for v in (k / n, low, high))
            if language == "tr":
                return f"%{rate} [%{lo}-%{hi}] ({k}/{n})"
            return f"{rate}% [{lo}-{hi}%] ({k}/{n})"
        return Phrase(render)

    def cells(self) -> list[Any]:
        """n, k, rate, ci_low, ci_high, verdict: the columns every rate table carries."""
        low, high = self.interval
        value = self.value
        return [self.n, self.k, _round(value), _round(low), _round(high), self.text()]


RATE_COLUMNS = ["n", "k", "rate", "ci_low", "ci_high", "verdict"]


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def rate_ratio(a: Rate, b: Rate, z: float = Z95) -> tuple[float | None, float | None, float | None]:
    """Lift ``a/b`` with a Katz log interval; ``None`` parts when a rate is zero or empty.

    The log interval is the textbook one for a ratio of two independent proportions.
    """
    if not a.n or not b.n or b.k == 0:
        return None, None, None  # no base rate to compare with
    if a.k == 0:
        return 0.0, None, None
    pa, pb = a.k / a.n, b.k / b.n
    ratio = pa / pb
    se = math.sqrt(max(0.0, 1 / a.k - 1 / a.n + 1 / b.k - 1 / b.n))
    return ratio, ratio * math.exp(-z * se), ratio * math.exp(z * se)


def quantile(sorted_values: Sequence[float], q: float) -> float | None:
    """Linear-interpolation quantile (numpy's default) of an already sorted sequence."""
    if not sorted_values:
        return None
    pos = (len(sorted_values) - 1) * q
    low = math.floor(pos)
    high = min(low + 1, len(sorted_values) - 1)
    frac = pos - low
    return float(sorted_values[low] + (sorted_values[high] - sorted_values[low]) * frac)


def quartiles(values: Sequence[float]) -> tuple[float | None, float | None, float | None]:
    """First quartile, median, third quartile."""
    ordered = sorted(values)
    return quantile(ordered, 0.25), quantile(ordered, 0.5), quantile(ordered, 0.75)
