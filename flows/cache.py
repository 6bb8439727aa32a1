"""Cache: per-document results kept between runs, so a run processes only new or changed articles.

In: a record and the key of what produced it (the article's content hash and the pipeline's code
version). Out: the same record on a later run, read back as JSON and validated (never pickle).
A change to any file of the pipeline's code or data gives a new code version, so stale results are
never reused. Each record's file time is the last run that used it; `prune` removes the records none
of the last `KEEP_RUNS` runs used (old code versions, articles gone from the input).
"""

import hashlib
import os
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)
KEEP_RUNS = 3
"""Records that none of this many last runs used are pruned."""
CLOCK_SLACK_NS = 1_000_000_000
"""File times come from a coarser clock than `time.time_ns()`: a record written just after a run
started may carry a time a few milliseconds before it."""
RUNS = "runs"
"""The file of the cache folder listing when each recent run started (nanoseconds, one a line)."""
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
        self.started = time.time_ns()

    def _path(self, stage: str, content_hash: str) -> Path:
        return self.folder / stage / f"{content_hash}-{code_version()}.json"

    def get(self, stage: str, content_hash: str, record: type[T]) -> T | None:
        """The stored record, or None when there is none (or it no longer validates)."""
        path = self._path(stage, content_hash)
        try:
            found = record.model_validate_json(path.read_bytes())
            os.utime(path)  # used by this run
        except (OSError, ValidationError):
            return None
        return found

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

    def prune(self, keep_runs: int = KEEP_RUNS) -> None:
        """Record this run, and remove every record that none of the last `keep_runs` runs used."""
        if not self.folder.is_dir():
            return
        runs_file = self.folder / RUNS
        try:
            runs = [int(line) for line in runs_file.read_text().split()]
        except (OSError, ValueError):
            runs = []
        runs = [*runs, self.started][-keep_runs:]
        runs_file.write_text("".join(f"{started}\n" for started in runs))
        for path in self.folder.glob("*/*"):
            if path.stat().st_mtime_ns < runs[0] - CLOCK_SLACK_NS:
                path.unlink(missing_ok=True)
