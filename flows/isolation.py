"""Isolation: run a stage over a batch of documents so that a bug on one document loses only that one.

In: a stage as a function of the doc_ids it should cover, and the batch's doc_ids. Out: the stage's
result over every document it did not fail on, and the reason for each document it failed on.
The batch runs whole first; only when it fails is each document tried alone to find the culprits.
A document tried alone has a time budget (`document_budget`, a setting): one that exceeds it is a
failure like any other, so no input can stall the dataset. Documents long enough to come near
the budget (`LONG_DOCUMENT` characters) are always tried alone first, before the batch.
`set_aside` then turns those failures into rejects and drops the documents from the batch; `gather`
builds the dataset of the documents that went through every stage.
"""

import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

from flows.names.link import entities
from flows.printable import printable
from models.dataset import Dataset
from models.documents import Document, Reject, Sentence
from models.entities import Mention
from models.events import Event, Figure

T = TypeVar("T")

log = logging.getLogger(__name__)


BUDGET_SETTING = "KAZEVENTS_DOCUMENT_BUDGET_SECONDS"
DEFAULT_BUDGET_SECONDS = 120.0
"""How long one stage may work on one document (environment variable `BUDGET_SETTING` overrides)."""
ALARM_REPEAT_SECONDS = 1.0
"""How soon the budget's alarm rings again when the block it should stop goes on."""
LONG_DOCUMENT = 20_000
"""Characters from which a document is tried alone, under the budget, before its batch (news articles
are shorter; the superlinear parts of a stage only show on longer texts)."""


class OverBudget(BaseException):
    """A document took longer than the budget (a BaseException, so no stage's handler swallows it)."""


def document_budget() -> float:
    """The per-document time budget in seconds."""
    return float(os.environ.get(BUDGET_SETTING, DEFAULT_BUDGET_SECONDS))


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise `OverBudget` in the block once it has run `seconds` (on the main thread, where signals
    are delivered; elsewhere the block runs unbounded), and again every `ALARM_REPEAT_SECONDS` (or
    `seconds`, if shorter) until the block ends: an alarm that lands in a finaliser or a gc callback,
    where Python ignores what is raised, is followed by the next."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def over(signum: int, frame: FrameType | None) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds, min(seconds, ALARM_REPEAT_SECONDS))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _alone(stage: Callable[[set[str]], T], doc_id: str, budget: float) -> str | None:
    """Why the stage fails on the document alone, or None when it goes through within the budget."""
    try:
        with _budget(budget):
            stage({doc_id})
    except OverBudget:
        return f"took more than the {budget:g}-second time budget for one document"
    except Exception as err:
        return f"{type(err).__name__}: {err}"
    return None


def run_isolated(
    stage: Callable[[set[str]], T], doc_ids: list[str], alone_first: frozenset[str] = frozenset()
) -> tuple[T, dict[str, str]]:
    """The stage's result over the documents it can process, and why it failed on each of the others.

    The documents of `alone_first` are tried alone, under the time budget, before the batch; the batch
    has the budget of all its documents, and when it fails or exceeds that, each document is tried alone."""
    budget = document_budget()
    failures: dict[str, str] = {}
    for doc_id in doc_ids:
        if doc_id in alone_first and (reason := _alone(stage, doc_id, budget)):
            failures[doc_id] = reason
    batch = [d for d in doc_ids if d not in failures]
    try:
        with _budget(budget * max(1, len(batch))):
            return stage(set(batch)), failures
    except (Exception, OverBudget):
        for doc_id in batch:
            if doc_id not in alone_first and (reason := _alone(stage, doc_id, budget)):
                failures[doc_id] = reason
        return stage(set(doc_ids) - failures.keys()), failures


def run_per_document(
    stage: Callable[[list[Document]], T], documents: list[Document]
) -> tuple[T, dict[str, str]]:
    """`run_isolated` for a stage given as a function of the documents it should cover; long documents
    are tried alone first."""
    return run_isolated(
        lambda doc_ids: stage([d for d in documents if d.doc_id in doc_ids]),
        [d.doc_id for d in documents],
        frozenset(d.doc_id for d in documents if len(d.text) >= LONG_DOCUMENT),
    )


def set_aside(
    documents: list[Document], failures: dict[str, str], stage: str
) -> tuple[list[Document], list[Reject]]:
    """The documents a stage did not fail on, and a reject for each one it failed on."""
    rejects = []
    for document in documents:
        if document.doc_id in failures:
            reason = (
                f"the {stage} stage failed on this document ({failures[document.doc_id]}); please report it"
            )
            log.error("%s (%s): %s", printable(document.source), document.doc_id, printable(reason))
            rejects.append(
                Reject(source=document.source, content_hash=document.content_hash, stage=stage, reason=reason)
            )
    return [d for d in documents if d.doc_id not in failures], rejects


def gather(
    documents: list[Document],
    sentences: list[Sentence],
    mentions: list[Mention],
    events: list[Event],
    figures: list[Figure],
    rejects: list[Reject],
) -> Dataset:
    """The dataset of the documents that went through every stage: rows of set-aside documents dropped."""
    kept = {d.doc_id for d in documents}
    mentions = [m for m in mentions if m.doc_id in kept]
    return Dataset(
        documents=documents,
        sentences=[s for s in sentences if s.doc_id in kept],
        entities=entities(mentions, _referenced(events)),
        mentions=mentions,
        events=events,
        figures=[f for f in figures if f.doc_id in kept],
        rejects=rejects,
    )


def _referenced(events: list[Event]) -> list[str]:
    """The entity ids the events name: their actors and places."""
    return [a for e in events for a in e.actors] + [e.place_id for e in events if e.place_id]
