"""The base every record derives from: strict fields, each documented by its docstring."""

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """A typed row of the dataset or of a stage's output; unknown fields are an error."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True, frozen=False)
