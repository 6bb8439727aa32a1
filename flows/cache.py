"""Cache: per-document results kept between runs, so a run processes only new or changed articles.

In: a record and the key of what produced it (the article's content hash and the pipeline's code
version). Out: the same record on a later run, read back as JSON and validated (never pickle).
A change to any file of the pipeline's code or data gives a new code version, so stale results are
never reused.
"""

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)
CODE_ROOTS = (Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent / "models")


@cache
def code_version() -> str:
    """A digest of every source and data file of the pipeline."""
    digest = hashlib.sha256()
    for root in CODE_ROOTS:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root.parent)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_folder(output: Path) -> Path:
    """Where the results for an output folder are kept: a hidden folder beside it."""
    output = output.resolve()
    return output.parent / f".{output.name}.cache"


class ResultCache:
    """Records stored one file each under a folder, keyed by stage, content hash and code version."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, stage: str, content_hash: str) -> Path:
        return self.folder / stage / f"{content_hash}-{code_version()}.json"

    def get(self, stage: str, content_hash: str, record: type[T]) -> T | None:
        """The stored record, or None when there is none (or it no longer validates)."""
        try:
            return record.model_validate_json(self._path(stage, content_hash).read_bytes())
        except (OSError, ValidationError):
            return None

    def put(self, stage: str, content_hash: str, value: BaseModel) -> None:
        """Store a record; written to a temporary file and renamed, so a killed run leaves no half file."""
        path = self._path(stage, content_hash)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = value.model_dump_json().encode()  # before any file is made, so a failure leaves none
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
