"""Validate: a `Dataset` in, nothing out when it is sound; `ValidationFailed` naming what failed otherwise.

Three gates, all before publication: pydantic re-validates every row (records built by
`model_copy` skip validation); cross-table integrity (offsets point at the surface, every id
referred to exists); the great-expectations suite of each table, stored as JSON in `expectations/`.
"""

import json
import logging
from pathlib import Path
from typing import Any

import pyarrow as pa
from prefect import task
from pydantic import ValidationError

from flows.tables import dataset_tables
from models.dataset import TABLES, Dataset

EXPECTATIONS_DIR = Path(__file__).resolve().parent.parent / "expectations"
MAX_ROWS_SHOWN = 5


class ValidationFailed(Exception):
    """The dataset broke a rule; `problems` lists each, with the rows it failed on."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("dataset failed validation:\n  " + "\n  ".join(problems))
        self.problems = problems


def record_problems(dataset: Dataset) -> list[str]:
    """Rows that their record class rejects."""
    problems = []
    for name, record in TABLES.items():
        for index, row in enumerate(getattr(dataset, name)):
            try:
                record.model_validate(row.model_dump())
            except ValidationError as err:
                problems.append(f"{name} row {index}: {err.errors()[0]['msg']} at {err.errors()[0]['loc']}")
    return problems


def integrity_problems(dataset: Dataset) -> list[str]:
    """Offsets that do not point at their text, and ids that refer to nothing."""
    problems = []
    texts = {d.doc_id: d.text for d in dataset.documents}
    entity_ids = {e.entity_id for e in dataset.entities}
    for m in dataset.mentions:
        text = texts.get(m.doc_id)
        if text is None:
            problems.append(f"mentions: {m.doc_id} is no document")
        elif text[m.start : m.end] != m.surface:
            problems.append(f"mentions: {m.doc_id}[{m.start}:{m.end}] is not {m.surface!r}")
        if m.entity_id not in entity_ids:
            problems.append(f"mentions: entity {m.entity_id} of {m.surface!r} is no entity")
    for s in dataset.sentences:
        if texts.get(s.doc_id, "")[s.start : s.end] != s.text:
            problems.append(f"sentences: {s.doc_id}[{s.start}:{s.end}] is not the sentence's text")
    for f in dataset.figures:
        if texts.get(f.doc_id, "")[f.start : f.end] != f.surface:
            problems.append(f"figures: {f.doc_id}[{f.start}:{f.end}] is not {f.surface!r}")
    for e in dataset.events:
        for ref in [*e.actors, *([e.place_id] if e.place_id else [])]:
            if ref not in entity_ids:
                problems.append(f"events: {e.event_id} refers to {ref}, which is no entity")
        for doc_id in e.reported_in:
            if doc_id not in texts:
                problems.append(f"events: {e.event_id} reported in {doc_id}, which is no document")
        for ev in e.evidence:
            if texts.get(ev.doc_id, "")[ev.start : ev.end] != ev.text:
                problems.append(
                    f"events: evidence of {e.event_id} in {ev.doc_id} does not point at its sentence"
                )
    return problems


def load_suite(name: str) -> dict[str, Any]:
    """The great-expectations suite of a table, as stored in `expectations/<name>.json`."""
    data: dict[str, Any] = json.loads((EXPECTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


def expectation_problems(tables: dict[str, pa.Table]) -> list[str]:
    """Each failed expectation of each table's suite, with the rows it failed on."""
    import great_expectations as gx  # costs seconds to import: only when validating
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # this module sets its own logger to INFO and announces a temporary folder on every context
    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("kazevents")
    problems = []
    for name, table in tables.items():
        stored = load_suite(name)
        suite = context.suites.add(gx.ExpectationSuite(**stored))
        if len(suite.expectations) != len(stored["expectations"]):
            # great-expectations logs and drops an expectation it does not know; a suite must not shrink.
            raise ValueError(
                f"expectations/{name}.json holds an expectation great-expectations does not know"
            )
        batch = (
            source.add_dataframe_asset(name=name)
            .add_batch_definition_whole_dataframe(name)
            .get_batch(batch_parameters={"dataframe": table.to_pandas()})
        )
        outcome = batch.validate(suite, result_format={"result_format": "COMPLETE"})
        for result in outcome.results:
            if result.success:
                continue
            config = result.expectation_config
            assert config is not None, "great-expectations reports every result with its expectation"
            rows = (result.result or {}).get("unexpected_index_list") or []
            values = (result.result or {}).get("partial_unexpected_list") or []
            where = f" on rows {rows[:MAX_ROWS_SHOWN]}" if rows else ""
            problems.append(
                f"{name}: {config.type} {config.kwargs.get('column', config.kwargs.get('column_list', ''))}"
                f" failed{where}, values {values[:MAX_ROWS_SHOWN]}"
            )
    return problems


def validate_dataset(dataset: Dataset) -> dict[str, pa.Table]:
    """The dataset's Arrow tables when every gate passes; raises ValidationFailed otherwise."""
    problems = record_problems(dataset)
    if problems:  # the other gates read the rows as their records say they are
        raise ValidationFailed(problems)
    problems = integrity_problems(dataset)
    tables = dataset_tables(dataset)
    problems += expectation_problems(tables)
    if problems:
        raise ValidationFailed(problems)
    return tables


@task(name="validate")
def validate_task(dataset: Dataset) -> dict[str, pa.Table]:
    """Refuse to go on with a dataset that breaks its records, its integrity or its suites."""
    return validate_dataset(dataset)
