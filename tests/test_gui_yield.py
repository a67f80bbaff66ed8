"""The yield chart's y-axis: round values, evenly spaced, up to at least the largest bar."""

from __future__ import annotations

from itertools import pairwise

import pytest

from station.gui.yield_chart import nice_ticks


@pytest.mark.parametrize(
    ("largest", "ticks"),
    [
        (0, (0, 1)),
        (1, (0, 1)),
        (5, (0, 1, 2, 3, 4, 5)),
        (7, (0, 2, 4, 6, 8)),
        (9, (0, 2, 4, 6, 8, 10)),
        (23, (0, 5, 10, 15, 20, 25)),
        (123, (0, 50, 100, 150)),
        (1000, (0, 200, 400, 600, 800, 1000)),
    ],
)
def test_y_axis_ticks_are_round_and_evenly_spaced(largest: int, ticks: tuple[int, ...]) -> None:
    assert nice_ticks(largest) == ticks
    steps = {later - earlier for earlier, later in pairwise(ticks)}
    assert len(steps) == 1
    assert ticks[-1] >= largest

