"""The dataset as one record: every published table, each a list of typed rows.

`TABLES` names each table's Parquet file and the record class its rows (and its Arrow schema) follow.
"""

from models.base import Record
from models.documents import Document, Reject, Sentence
from models.entities import Entity, Mention
from models.events import Event, Figure

SCHEMA_VERSION = "1.1"
"""Version of the tables' layout; bumped when a column is added or changes meaning or type.
1.1: documents.url."""


class Dataset(Record):
    """Every table of one build of the dataset."""

    documents: list[Document] = []
    """The cleaned articles with their metadata."""
    sentences: list[Sentence] = []
    """The sentences of every document."""
    entities: list[Entity] = []
    """People, places and organisations."""
    mentions: list[Mention] = []
    """Where each entity is named in each document."""
    events: list[Event] = []
    """One row per real-world event."""
    figures: list[Figure] = []
    """Numbers the texts state."""
    rejects: list[Reject] = []
    """Inputs that could not be processed, with the reason."""


TABLES: dict[str, type[Record]] = {
    name: info.annotation.__args__[0]  # type: ignore[union-attr]
    for name, info in Dataset.model_fields.items()
}


class BuildReport(Record):
    """What one run of the pipeline did."""

    version: str
    """Version of the dataset now published."""
    rejects: list[Reject]
    """Inputs that could not be used, with the reason."""
    processed: list[str]
    """Input files processed in this run (new or changed since the last run)."""
    reused: list[str]
    """Input files whose per-document results were reused from an earlier run."""
    removed: list[str] = []
    """Input files of the previously published dataset whose rows this run removed (no longer input)."""
