"""The temporary Prefect server of one `kazevents run`: started with the run, ended with it, however it ends.

Left to itself, Prefect starts its temporary server (when no `PREFECT_API_URL` is set) in the run's
process group and stops it only when Python exits normally: a SIGKILL leaves it running, re-parented
to PID 1, and a SIGTERM to the process group (what `timeout` sends) kills it under the flow, which then
retries the dead API for minutes. This server runs in a session of its own, so a signal to the run's
group reaches only the run, which stops the server once the flow has reported its end; and the kernel
ends it when the run's process ends (`PR_SET_PDEATHSIG`), even by SIGKILL.
"""

import ctypes
import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from prefect.events.worker import EventsWorker
from prefect.logging.handlers import APILogWorker
from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import PREFECT_API_URL, temporary_settings

_PR_SET_PDEATHSIG = 1


class Stopped(BaseException):
    """The run was asked to stop by a signal (a BaseException, as KeyboardInterrupt, so that no stage
    takes it for a failure on one document)."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by {signal.Signals(signum).name}")
        self.signum = signum


def _ends_with(parent: int) -> None:
    """In the server's process before it starts: be ended by the kernel when `parent` ends."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the run ended before the request was made
        os._exit(1)


class _RunServer(SubprocessASGIServer):
    """Prefect's temporary server, in its own session and ended with the process that started it."""

    def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
        real_popen: Any = subprocess.Popen
        parent = os.getpid()

        def popen(*args: Any, **kwargs: Any) -> subprocess.Popen[Any]:
            return real_popen(*args, **kwargs, start_new_session=True, preexec_fn=lambda: _ends_with(parent))

        subprocess.Popen = popen  # type: ignore[misc,assignment]
        try:
            return super()._run_uvicorn_command()
        finally:
            subprocess.Popen = real_popen  # type: ignore[misc]


@contextmanager
def temporary_server() -> Iterator[None]:
    """A temporary Prefect server for the block, unless one is configured; stopped when the block ends."""
    if PREFECT_API_URL.value():
        yield
        return
    server = _RunServer()
    try:
        server.start()
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield
    finally:
        # what the flow logged and emitted reaches the server before it stops
        APILogWorker.drain_all(timeout=5)
        EventsWorker.drain_all(timeout=5)
        server.stop()


@contextmanager
def stopped_by_signals() -> Iterator[None]:
    """SIGTERM and SIGINT raise `Stopped` in the block, so every clean-up runs (the flow's own handler
    takes over SIGTERM while the flow runs). One that landed where exceptions are ignored (a `__del__`)
    raises `Stopped` when the block ends."""
    received: list[int] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        received.append(signum)
        raise Stopped(signum)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if received:
        raise Stopped(received[0])
