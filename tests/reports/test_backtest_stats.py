"""Wilson intervals, rate ratios and quartiles against textbook values."""

from __future__ import annotations

import pytest

from reports.backtest_stats import MIN_N, Rate, quartiles, rate_ratio, wilson


def test_wilson_matches_published_values():
    # Newcombe (1998) Table I style cases, z = 1.96
    assert wilson(3, 5) == pytest.approx((0.2307, 0.8824), abs=1e-4)
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)
    assert wilson(81, 263) == pytest.approx((0.2553, 0.3662), abs=1e-4)
    assert wilson(0, 0) == (0.0, 1.0)


def test_rate_text_says_when_data_is_too_thin():
    assert Rate(2, MIN_N - 1).text() == "too little data to conclude (2/9)"
    assert Rate(3, 10).text() == "30.0% [10.8-60.3%] (3/10)"
    n, k, value, low, high, verdict = Rate(3, 10).cells()
    assert (n, k, value) == (10, 3, 0.3) and low < value < high and verdict.startswith("30.0%")


def test_rate_ratio_with_katz_interval():
    lift, low, high = rate_ratio(Rate(20, 100), Rate(10, 100))
    assert lift == pytest.approx(2.0)
    # se = sqrt(1/20 - 1/100 + 1/10 - 1/100) = sqrt(0.13) = 0.3606 -> 2 * exp(+-1.96 se)
    assert (low, high) == pytest.approx((0.9866, 4.0545), abs=1e-3)
    assert rate_ratio(Rate(5, 10), Rate(0, 10)) == (None, None, None)
    assert rate_ratio(Rate(0, 10), Rate(2, 10))[0] == 0.0


def test_quartiles_interpolate_like_numpy():
    assert quartiles([10, 20, 30, 40]) == (17.5, 25.0, 32.5)
    assert quartiles([]) == (None, None, None)
