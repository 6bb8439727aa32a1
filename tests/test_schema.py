import pyarrow as pa
import pytest

from models.dataset import TABLES
from models.schema import arrow_schema


@pytest.mark.parametrize(
    ("table", "column", "arrow_type", "nullable"),
    [
        ("documents", "doc_id", pa.string(), False),
        ("documents", "published", pa.date32(), True),
        ("documents", "outlet", pa.string(), True),
        ("mentions", "start", pa.int64(), False),
        ("events", "actors", pa.list_(pa.string()), False),
        ("events", "date", pa.string(), True),
        ("figures", "value", pa.float64(), False),
        ("entities", "latitude", pa.float64(), True),
    ],
)
def test_columns_follow_the_records(table: str, column: str, arrow_type: pa.DataType, nullable: bool) -> None:
    field = arrow_schema(TABLES[table]).field(column)
    assert (field.type, field.nullable) == (arrow_type, nullable)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_column_is_documented(table: str) -> None:
    for field in arrow_schema(TABLES[table]):
        assert field.metadata and field.metadata[b"description"], f"{table}.{field.name}"
