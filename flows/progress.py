"""Progress on the terminal: one bar over the pipeline's stages, shown only when stderr is a terminal."""

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

_current: tuple[Progress, TaskID] | None = None


@contextmanager
def stages_shown(total: int) -> Iterator[None]:
    """Show a progress bar of `total` stages while the block runs (nothing when not on a terminal)."""
    global _current
    if not sys.stderr.isatty():
        yield
        return
    with Progress(
        TextColumn("[bold]{task.description:<10}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        transient=False,
    ) as progress:
        _current = (progress, progress.add_task("starting", total=total))
        try:
            yield
        finally:
            progress.update(_current[1], description="done")
            _current = None


def stage(name: str) -> None:
    """Mark the start of a stage: the bar moves on and shows its name."""
    if _current is not None:
        progress, task_id = _current
        progress.update(task_id, description=name, advance=1)
