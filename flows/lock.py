"""Output lock: an output folder in; the right to build and publish it, held by one run at a time, out.

The lock is a file beside the output (`.output.lock`) locked with `flock`; it says which run holds it
(pid and start time). The kernel releases the lock when its holder ends, however it ends, so a lock
left by a killed run is stale the moment that run is gone and the next run takes it over. A second
run on a locked output stops at once with `OutputBusy`, naming the holder; it never waits on, or
cleans up after, a run that is still going.
"""

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

_held: set[Path] = set()
"""Locks this process holds: taking one again (the command line, then the flow) is a no-op."""


class OutputBusy(RuntimeError):
    """Another run is building the same output folder; the message names it."""


def lock_path(output: Path) -> Path:
    """The lock file of an output folder: a hidden file beside it."""
    output = output.resolve()
    return output.parent / f".{output.name}.lock"


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold the output's lock while the block runs; raises `OutputBusy` when another run holds it."""
    path = lock_path(output)
    if path in _held:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(handle, 200, 0).decode("utf-8", "replace").strip() or "starting"
        os.close(handle)
        raise OutputBusy(
            f"output folder {output} is being built by another run ({holder}): try again when it ends"
        ) from None
    started = datetime.now(UTC).isoformat(timespec="seconds")
    os.ftruncate(handle, 0)
    os.pwrite(handle, f"pid {os.getpid()}, started {started}\n".encode(), 0)
    _held.add(path)
    try:
        yield
    finally:
        _held.discard(path)
        os.close(handle)
