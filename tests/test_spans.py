"""The span index finds exactly the spans a scan of them all would, in the order they were added."""

from hypothesis import given
from hypothesis import strategies as st

from flows.spans import SpanIndex

span = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(span, max_size=30), span)
def test_overlapping_is_what_a_scan_finds(spans: list[tuple[int, int]], query: tuple[int, int]) -> None:
    start, end = query
    index = SpanIndex(spans)
    assert index.overlapping(start, end) == [n for n, (a, b) in enumerate(spans) if a < end and start < b]
    assert [index[n] for n in range(len(spans))] == spans
