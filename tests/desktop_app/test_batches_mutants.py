"""Which papers of a box are keyed twice, and in what order papers are listed (issue 24's
mutation run, bench/mutation.py)."""

from desktop_app import batches
from desktop_app.store.records import BatchRecord


def _batch(percent: int, first: int | None = None, last: int | None = None) -> BatchRecord:
    return BatchRecord(
        form_id="household",
        name="Box 1",
        first_number=first,
        last_number=last,
        verify_percent=percent,
        created_by="clerk",
        created_at="2026-11-20T09:00:00+00:00",
    )


def test_every_paper_is_keyed_twice_at_100_percent_and_none_at_0():
    numbers = [str(n) for n in range(1, 200)] + ["A7", "0012"]
    for batch in (_batch(100), _batch(100, 1, 50)):
        assert all(batches.chosen(batch, n) for n in numbers)
    for batch in (_batch(0), _batch(0, 1, 50)):
        assert not any(batches.chosen(batch, n) for n in numbers)


def test_papers_are_listed_by_their_number_then_the_ones_without_one():
    numbers = ["10", "A2", "9", "100", "A1", "2"]
    assert sorted(numbers, key=batches._order) == ["2", "9", "10", "100", "A1", "A2"]
