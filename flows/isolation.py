"""Isolation: run a stage over a batch of documents so that a bug on one document loses only that one.

In: a stage as a function of the doc_ids it should cover, and the batch's doc_ids. Out: the stage's
result over every document it did not fail on, and the reason for each document it failed on.
The batch runs whole first; only when it fails is each document tried alone to find the culprits.
`set_aside` then turns those failures into rejects and drops the documents from the batch; `gather`
builds the dataset of the documents that went through every stage.
"""

import logging
from collections.abc import Callable
from typing import TypeVar

from flows.names.link import entities
from flows.printable import printable
from models.dataset import Dataset
from models.documents import Document, Reject, Sentence
from models.entities import Mention
from models.events import Event, Figure

T = TypeVar("T")

log = logging.getLogger(__name__)


def run_isolated(stage: Callable[[set[str]], T], doc_ids: list[str]) -> tuple[T, dict[str, str]]:
    """The stage's result over the documents it can process, and why it failed on each of the others."""
    try:
        return stage(set(doc_ids)), {}
    except Exception:
        failures: dict[str, str] = {}
        for doc_id in doc_ids:
            try:
                stage({doc_id})
            except Exception as err:
                failures[doc_id] = f"{type(err).__name__}: {err}"
        return stage(set(doc_ids) - failures.keys()), failures


def run_per_document(
    stage: Callable[[list[Document]], T], documents: list[Document]
) -> tuple[T, dict[str, str]]:
    """`run_isolated` for a stage given as a function of the documents it should cover."""
    return run_isolated(
        lambda doc_ids: stage([d for d in documents if d.doc_id in doc_ids]), [d.doc_id for d in documents]
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
