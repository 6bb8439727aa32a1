"""Arrow schemas derived from the pydantic records: the one source of truth for the Parquet files.

In: a record class. Out: a `pyarrow.Schema` whose fields follow the record's fields, in order,
with each field's docstring kept as Arrow field metadata.
"""

import types
import typing
from datetime import date

import pyarrow as pa
from pydantic import BaseModel

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    date: pa.date32(),
}


def _arrow_type(annotation: typing.Any) -> tuple[pa.DataType, bool]:
    """The Arrow type of an annotation, and whether it admits None."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        return _arrow_type(args[0])[0], True
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(_arrow_type(item)[0]), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(list(arrow_schema(annotation))), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(record: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a record class, field docstrings kept as `description` metadata."""
    fields = []
    for name, info in record.model_fields.items():
        arrow_type, nullable = _arrow_type(info.annotation)
        metadata = {"description": info.description} if info.description else None
        fields.append(pa.field(name, arrow_type, nullable=nullable, metadata=metadata))
    return pa.schema(fields)
