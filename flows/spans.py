"""Character spans of one document, indexed by their starts.

In: spans (start, end), added in any order. Out: the ones that overlap a range, found by bisection over
their starts: a scan of all of them for every name would make long documents quadratic.
"""

import bisect
from collections.abc import Iterable


class SpanIndex:
    """Spans kept sorted by their starts, each with the order it was added in."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._added: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._sorted: list[tuple[int, int, int]] = []
        """Each span's start, end and order number, sorted by start."""
        self._longest = 0
        for span in spans:
            self.append(span)

    def append(self, span: tuple[int, int]) -> None:
        start, end = span
        position = bisect.bisect_right(self._starts, start)
        self._starts.insert(position, start)
        self._sorted.insert(position, (start, end, len(self._added)))
        self._added.append(span)
        self._longest = max(self._longest, end - start)

    def __getitem__(self, number: int) -> tuple[int, int]:
        """The span added `number`-th."""
        return self._added[number]

    def overlapping(self, start: int, end: int) -> list[int]:
        """The order numbers of the spans that share a character with `start`..`end`, in the order added (a
        span that starts more than the longest span before `start` cannot reach it)."""
        first = bisect.bisect_left(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, end)
        return sorted(n for a, b, n in self._sorted[first:last] if a < end and start < b)
