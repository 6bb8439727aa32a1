import time

import pytest

from flows.events.stage import extract_events, extract_figures
from flows.isolation import BUDGET_SETTING, gather, run_isolated, set_aside
from flows.names.stage import find_names


def lengths(texts: dict[str, str]):  # type: ignore[no-untyped-def]
    def stage(doc_ids: set[str]) -> dict[str, int]:
        result = {}
        for doc_id in sorted(doc_ids):
            if "boom" in texts[doc_id]:
                raise ValueError(f"cannot read {texts[doc_id]!r}")
            result[doc_id] = len(texts[doc_id])
        return result

    return stage


@pytest.mark.parametrize(
    ("texts", "result", "failures"),
    [
        ({"a": "xx", "b": "yyy"}, {"a": 2, "b": 3}, {}),
        ({"a": "xx", "b": "boom", "c": "z"}, {"a": 2, "c": 1}, {"b": "ValueError: cannot read 'boom'"}),
        (
            {"a": "boom", "b": "boom!"},
            {},
            {"a": "ValueError: cannot read 'boom'", "b": "ValueError: cannot read 'boom!'"},
        ),
    ],
)
def test_a_failing_document_is_set_aside_and_the_rest_go_on(texts, result, failures) -> None:  # type: ignore[no-untyped-def]
    assert run_isolated(lengths(texts), sorted(texts)) == (result, failures)


def test_set_aside_rejects_the_failed_documents_and_keeps_the_rest(seed_documents) -> None:  # type: ignore[no-untyped-def]
    documents, _ = seed_documents
    failed = documents[1]
    kept, rejects = set_aside(documents, {failed.doc_id: "KeyError: 'x'"}, "events")
    assert kept == [d for d in documents if d is not failed]
    assert [(r.source, r.content_hash, r.stage) for r in rejects] == [
        (failed.source, failed.content_hash, "events")
    ]
    assert "KeyError: 'x'" in rejects[0].reason


def test_gather_drops_every_row_of_a_set_aside_document(seed_documents) -> None:  # type: ignore[no-untyped-def]
    documents, sentences = seed_documents
    names = find_names(documents, sentences)
    figures = extract_figures(documents, sentences)
    kept = documents[1:]
    dataset = gather(kept, sentences, names.mentions, [], figures, [])
    gone = documents[0].doc_id
    for table in ("sentences", "mentions", "figures"):
        assert all(row.doc_id != gone for row in getattr(dataset, table)), table
    named = {m.entity_id for m in dataset.mentions}
    assert {e.entity_id for e in dataset.entities} == named


def test_gather_lists_every_entity_an_event_names(seed_documents) -> None:  # type: ignore[no-untyped-def]
    """An actor named only by office is in no mention: the knowledge base gives its entity row."""
    documents, sentences = seed_documents
    names = find_names(documents, sentences)
    events = extract_events(documents, sentences, names.mentions, names.entities)
    unnamed = "person/abdulla-aripov"
    assert unnamed not in {m.entity_id for m in names.mentions}
    events[0] = events[0].model_copy(update={"actors": [*events[0].actors, unnamed]})
    dataset = gather(documents, sentences, names.mentions, events, [], [])
    listed = {e.entity_id: e for e in dataset.entities}
    assert listed[unnamed].known and listed[unnamed].name == "Abdulla Aripov"
    assert {a for e in dataset.events for a in e.actors} <= set(listed)


def sleeper(seconds: dict[str, float]):  # type: ignore[no-untyped-def]
    """A stage that works `seconds[doc_id]` on each document."""

    def stage(doc_ids: set[str]) -> list[str]:
        for doc_id in sorted(doc_ids):
            time.sleep(seconds[doc_id])
        return sorted(doc_ids)

    return stage


BUDGET_REASON = "took more than the 0.5-second time budget for one document"


@pytest.mark.parametrize(
    ("seconds", "alone_first", "result", "failures"),
    [
        ({"a": 0, "b": 0}, frozenset(), ["a", "b"], {}),
        ({"a": 0, "long": 30, "b": 0}, frozenset({"long"}), ["a", "b"], {"long": BUDGET_REASON}),
        ({"a": 0, "slow": 30, "b": 0}, frozenset(), ["a", "b"], {"slow": BUDGET_REASON}),
        ({"a": 0.1, "long": 0.1}, frozenset({"long"}), ["a", "long"], {}),
    ],
)
def test_a_document_over_the_time_budget_is_set_aside(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, seconds, alone_first, result, failures
) -> None:
    monkeypatch.setenv(BUDGET_SETTING, "0.5")
    started = time.monotonic()
    assert run_isolated(sleeper(seconds), sorted(seconds), alone_first) == (result, failures)
    assert time.monotonic() - started < 5, "the slow document was stopped, not waited for"


class SlowToCollect:
    """An object whose collection works `seconds`: an alarm that lands in its `__del__` cannot raise there
    (Python ignores what a finaliser raises, as it does a gc callback's)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __del__(self) -> None:
        time.sleep(self.seconds)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_budget_alarm_that_lands_in_a_finaliser_still_stops_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(BUDGET_SETTING, "0.5")

    def stage(doc_ids: set[str]) -> list[str]:
        if "slow" in doc_ids:
            SlowToCollect(30)  # collected at once: the alarm lands in its `__del__`
            time.sleep(30)
        return sorted(doc_ids)

    started = time.monotonic()
    assert run_isolated(stage, ["a", "slow"]) == (["a"], {"slow": BUDGET_REASON})
    assert time.monotonic() - started < 10, "the slow document was stopped, not waited for"
