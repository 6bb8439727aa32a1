"""Versioned reference data (YAML under flows/data/) loaded once and checked against a pydantic schema.

In: a data file's name and the record class describing it. Out: the validated record.
"""

from functools import cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel

DATA_DIR = Path(__file__).parent / "data"

T = TypeVar("T", bound=BaseModel)


def alternation(patterns: list[str]) -> str:
    """One regular expression matching any of the data file's patterns, each kept as its own group."""
    return "|".join(f"(?:{p})" for p in patterns)


@cache
def load_yaml(name: str, schema: type[T]) -> T:
    """The file `flows/data/<name>` parsed safely and validated as `schema`."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return schema.model_validate(yaml.safe_load(handle))
