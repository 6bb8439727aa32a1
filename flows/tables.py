"""Tables: dataset records in, Arrow tables (schemas derived from the records) out, and back.

The Parquet metadata carries the dataset's schema version and the table's name.
"""

import pyarrow as pa

from models.base import Record
from models.dataset import SCHEMA_VERSION, TABLES, Dataset
from models.schema import arrow_schema


def to_arrow(name: str, rows: list[Record]) -> pa.Table:
    """The table `name` of the dataset as Arrow, with its schema derived from the record class."""
    schema = arrow_schema(TABLES[name]).with_metadata(
        {"kazevents.table": name, "kazevents.schema_version": SCHEMA_VERSION}
    )
    return pa.Table.from_pylist([row.model_dump(mode="python") for row in rows], schema=schema)


def dataset_tables(dataset: Dataset) -> dict[str, pa.Table]:
    """Every table of the dataset as Arrow."""
    return {name: to_arrow(name, getattr(dataset, name)) for name in TABLES}
