"""Progress on the terminal: a line for each stage of the pipeline as it ends, and a bar over the documents
of the stage that works through them one at a time. Shown only when stderr is a terminal.

The flow calls `stage(name)` as each stage starts; a stage's loop over documents goes through
`each_document`. Both do nothing while no display is open (`stages_shown`), so a stage runs the same
without one.
"""

import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

T = TypeVar("T")


class _Display:
    """The live bar and what the stage now running has done."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.bar = progress.add_task("starting", total=None, done="")
        self.stage: str | None = None
        self.started = time.monotonic()
        self.documents = 0

    def begin(self, name: str) -> None:
        self.end()
        self.stage, self.started, self.documents = name, time.monotonic(), 0
        # a new bar for each stage: its documents, or a pulse for a stage that does not go through them
        self.progress.remove_task(self.bar)
        self.bar = self.progress.add_task(name, total=None, done="")

    def end(self, failed: bool = False) -> None:
        """Print the line of the stage that ran, if one did."""
        if self.stage is None:
            return
        done = f"{self.documents} document{'' if self.documents == 1 else 's'}" if self.documents else ""
        mark = "[red]✗[/red]" if failed else "[green]✓[/green]"
        seconds = time.monotonic() - self.started
        self.progress.console.print(f"{mark} {self.stage:<9} {done:<14} {seconds:5.1f} s", highlight=False)
        self.stage = None


_display: _Display | None = None


@contextmanager
def stages_shown() -> Iterator[None]:
    """Show the stages and a bar over each one's documents while the block runs (only on a terminal)."""
    global _display
    if not sys.stderr.isatty():
        yield
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description:<9}"),
        BarColumn(),
        TextColumn("{task.fields[done]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        _display = _Display(progress)
        try:
            yield
        except BaseException:
            _display.end(failed=True)
            raise
        else:
            _display.end()
        finally:
            _display = None


def stage(name: str) -> None:
    """Mark the start of a stage: the previous one's line is printed and the bar shows this one's name."""
    if _display is not None:
        _display.begin(name)


def each_document(documents: Sequence[T]) -> Iterator[T]:
    """The documents one by one, the bar moving on as each is done."""
    if _display is None:
        yield from documents
        return
    display = _display
    display.documents = len(documents)
    display.progress.update(display.bar, total=len(documents), completed=0, done=f"0/{len(documents)}")
    for done, document in enumerate(documents, start=1):
        yield document
        display.progress.update(display.bar, completed=done, done=f"{done}/{len(documents)}")
