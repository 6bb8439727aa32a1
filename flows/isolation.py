"""Isolation: run a stage over a batch of documents so that a bug on one document loses only that one.

In: a stage as a function of the doc_ids it should cover, and the batch's doc_ids. Out: the stage's
result over every document it did not fail on, and the reason for each document it failed on.
The batch runs whole first; only when it fails is each document tried alone to find the culprits.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


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
