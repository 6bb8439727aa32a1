"""Publish: validated Arrow tables and the `Dataset` in, a dataset folder on disk out.

The folder holds one Parquet file per table (schema version and dataset version in the Parquet
metadata), `dataset.jsonld` and `manifest.json`. It is built beside the old one and switched in with
one atomic rename (Linux `renameat2` RENAME_EXCHANGE), so a run that dies half-way leaves the
previous dataset whole. A build whose content equals what is published rewrites nothing. Only a
folder that is absent, empty or the dataset's own (flows/output_guard.py) is ever replaced, and a
build that would remove more than half of the published articles (an empty or wrong input folder) is
refused unless the shrink is allowed.
"""

import ctypes
import ctypes.util
import hashlib
import json
import os
import shutil
import tempfile
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from prefect import task

from flows.jsonld import to_jsonld
from flows.output_guard import MANIFEST, check_output_folder
from models.dataset import SCHEMA_VERSION, Dataset

SHRINK_LIMIT = 0.5
"""A build may remove at most this share of the published articles unless the shrink is allowed."""
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def content_version(tables: dict[str, pa.Table]) -> str:
    """The dataset version: the package's version plus a digest of every table's rows."""
    digest = hashlib.sha256()
    for name in sorted(tables):
        digest.update(name.encode())
        digest.update(json.dumps(tables[name].to_pylist(), sort_keys=True, default=str).encode())
    return f"{package_version('kazevents')}+{digest.hexdigest()[:12]}"


def published_version(output: Path) -> str | None:
    """The version of the dataset now in the output folder, if any."""
    try:
        manifest: dict[str, Any] = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = manifest.get("files", [])
    return manifest.get("version") if all((output / f).exists() for f in files) else None


class ShrinkRefused(ValueError):
    """The build would remove most of the published articles; nothing was changed."""


def removed_articles(tables: dict[str, pa.Table], output: Path) -> tuple[list[str], int]:
    """The published articles (their file names) the build no longer has, and how many are published."""
    if published_version(output) is None:
        return [], 0
    published = pq.read_table(output / "documents.parquet", columns=["doc_id", "source"]).to_pylist()
    kept = set(tables["documents"].column("doc_id").to_pylist())
    return sorted(row["source"] for row in published if row["doc_id"] not in kept), len(published)


def check_shrink(tables: dict[str, pa.Table], output: Path) -> None:
    """Raise `ShrinkRefused` when the build would remove over `SHRINK_LIMIT` of the published articles."""
    removed, published = removed_articles(tables, output)
    if published and len(removed) > SHRINK_LIMIT * published:
        raise ShrinkRefused(
            f"the build would remove {len(removed)} of the {published} published articles "
            f"(it has {tables['documents'].num_rows}): check the input folder, or allow the shrink "
            "with --allow-shrink"
        )


def write_folder(folder: Path, tables: dict[str, pa.Table], dataset: Dataset, version: str) -> None:
    """Write every file of the dataset into a folder."""
    files = []
    for name, table in tables.items():
        metadata = {**(table.schema.metadata or {}), b"kazevents.dataset_version": version.encode()}
        pq.write_table(table.replace_schema_metadata(metadata), folder / f"{name}.parquet")
        files.append(f"{name}.parquet")
    with (folder / "dataset.jsonld").open("w", encoding="utf-8") as handle:
        json.dump(to_jsonld(dataset, version), handle, ensure_ascii=False, indent=1)
    files.append("dataset.jsonld")
    manifest = {
        "version": version,
        "schema_version": SCHEMA_VERSION,
        "files": files,
        "rows": {name: table.num_rows for name, table in tables.items()},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step; False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    if not hasattr(libc, "renameat2"):
        return False
    result = libc.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def switch_in(staging: Path, output: Path) -> None:
    """Make the staging folder the output folder in one rename; the old one is removed afterwards."""
    if not output.exists():
        os.rename(staging, output)
        return
    if _exchange(staging, output):
        shutil.rmtree(staging)
        return
    retired = output.with_name(f".{output.name}.retired")
    shutil.rmtree(retired, ignore_errors=True)
    os.rename(output, retired)
    os.rename(staging, output)
    shutil.rmtree(retired)


def leftovers(output: Path) -> list[Path]:
    """What a killed run can leave beside the output: its staging folders and a retired dataset."""
    return [*output.parent.glob(f".{output.name}.staging-*"), output.with_name(f".{output.name}.retired")]


def clean_leftovers(output: Path) -> None:
    """Remove what killed runs left beside the output; call it holding the output's lock.

    A run killed between the two renames of `switch_in` leaves the previous dataset retired and no
    output: that dataset is put back first.
    """
    output = output.resolve()
    retired = output.with_name(f".{output.name}.retired")
    if retired.is_dir() and not output.exists():
        os.rename(retired, output)
    for path in leftovers(output):
        shutil.rmtree(path, ignore_errors=True)


def publish_dataset(
    tables: dict[str, pa.Table], dataset: Dataset, output: Path, allow_shrink: bool = False
) -> str:
    """Publish the dataset to the output folder atomically; returns its version. Hold the output's lock
    (flows/lock.py) around it: it first removes what killed runs left beside the output."""
    version = content_version(tables)
    output = output.resolve()
    clean_leftovers(output)
    if published_version(output) == version:
        return version
    # the last line of defence: never replace a folder that is not the dataset's own
    check_output_folder(output)
    if not allow_shrink:
        check_shrink(tables, output)
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))
    try:
        write_folder(staging, tables, dataset, version)
        os.chmod(staging, 0o755)
        switch_in(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return version


@task(name="publish")
def publish_task(
    tables: dict[str, pa.Table], dataset: Dataset, output: Path, allow_shrink: bool = False
) -> str:
    """Write the dataset's files and switch them in at once."""
    return publish_dataset(tables, dataset, output, allow_shrink)
