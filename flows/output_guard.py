"""Output guard: the input folder and the output folder in; `OutputRefused` out when the pipeline must
not write to that output.

Publication replaces the output folder whole, so the folder must be the dataset's own: one that does
not exist yet, an empty one, or one holding a dataset this pipeline published (its `manifest.json`,
and nothing the manifest does not list). Any other folder, and the input folder or a folder inside
or above it, is refused before any work, so no run can remove what it did not write.
"""

import json
from pathlib import Path

MANIFEST = "manifest.json"
MANIFEST_KEYS = frozenset({"version", "schema_version", "files", "rows"})
"""The keys every manifest the pipeline writes has: a folder whose manifest lacks them is not ours."""


class OutputRefused(ValueError):
    """The output folder is not one the pipeline may replace; the message says why."""


def dataset_files(folder: Path) -> set[str] | None:
    """The files a dataset folder's manifest lists (with the manifest), or None when it has no manifest
    the pipeline wrote."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or not manifest.keys() >= MANIFEST_KEYS:
        return None
    files = manifest["files"]
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return {*files, MANIFEST}


def check_output_folder(output: Path) -> None:
    """Raise `OutputRefused` unless the folder is absent, empty, or a dataset the pipeline published."""
    if not output.exists():
        return
    if not output.is_dir():
        raise OutputRefused(f"output {output} is not a folder")
    present = {p.name for p in output.iterdir()}
    if not present:
        return
    listed = dataset_files(output)
    if listed is None:
        raise OutputRefused(
            f"output folder {output} is not empty and holds no kazevents dataset ({MANIFEST}): "
            "give a new or empty folder"
        )
    foreign = sorted(present - listed)
    if foreign:
        raise OutputRefused(
            f"output folder {output} holds files that are not part of its dataset "
            f"({', '.join(foreign[:3])}{', ...' if len(foreign) > 3 else ''}): move them away first"
        )


def check_output(input_dir: Path, output_dir: Path) -> None:
    """Raise `OutputRefused` when publishing to `output_dir` could remove anything but its own dataset."""
    source, target = input_dir.resolve(), output_dir.resolve()
    if target == source or source in target.parents or target in source.parents:
        relation = (
            "is the input folder"
            if target == source
            else "is inside the input folder"
            if source in target.parents
            else "holds the input folder"
        )
        raise OutputRefused(f"output folder {output_dir} {relation} {input_dir}: give a separate folder")
    check_output_folder(target)
