"""Real `kazevents run` processes, real signals: a run killed or stopped at any moment leaves the previous
dataset whole and no Prefect server behind, a second run on the same output stops at once, and the next
run completes. One module fixture publishes the first dataset while a second run tries the same output."""

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest

from flows.lock import lock_path
from tests.conftest import ROOT, SEEDS

KAZEVENTS = ROOT / ".venv" / "bin" / "kazevents"
pytestmark = pytest.mark.skipif(not KAZEVENTS.exists(), reason="needs the installed kazevents command")


def run(input_dir: Path, output: Path, home: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PREFECT_HOME": str(home)}
    environment.pop("PREFECT_API_URL", None)
    return subprocess.Popen(
        [str(KAZEVENTS), "run", "--input", str(input_dir), "--output", str(output)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def version(output: Path) -> str:
    manifest = json.loads((output / "manifest.json").read_text())
    for name in manifest["files"]:
        if name.endswith(".parquet"):
            pd.read_parquet(output / name)
    return str(manifest["version"])


def servers_of(pid: int) -> set[int]:
    """The Prefect servers the process started (its children running Prefect's server app)."""
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes()
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if parent == pid and b"prefect.server.api.server:create_app" in command:
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def output_text(process: subprocess.Popen[bytes]) -> str:
    return process.stdout.read().decode(errors="replace") if process.stdout else ""


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A dataset of two seeds, published by a run that a second, concurrent run could not disturb."""
    root = tmp_path_factory.mktemp("killed")
    first_input = root / "first"
    first_input.mkdir()
    for path in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(path, first_input / path.name)
    output = root / "output"
    first = run(first_input, output, root / "prefect")
    deadline = time.monotonic() + 120
    while f"pid {first.pid}," not in (lock_path(output).read_text() if lock_path(output).exists() else ""):
        assert first.poll() is None and time.monotonic() < deadline, output_text(first)
        time.sleep(0.1)
    second = run(first_input, output, root / "prefect")
    assert second.wait(timeout=120) == 1
    message = output_text(second)
    assert f"is being built by another run (pid {first.pid}, started " in message, message
    assert first.wait(timeout=300) == 0, output_text(first)
    return root, output, version(output)


def test_a_second_run_on_the_same_output_stops_at_once_and_the_first_publishes(
    published: tuple[Path, Path, str],
) -> None:
    _, output, before = published
    assert len(pd.read_parquet(output / "documents.parquet")) == 2
    assert version(output) == before


def test_a_killed_or_stopped_run_leaves_the_dataset_whole_and_no_server_and_the_next_run_completes(
    published: tuple[Path, Path, str],
) -> None:
    root, output, before = published
    second_input = root / "second"
    shutil.copytree(SEEDS, second_input)
    # at several moments: during start-up, while processing, and around publication; SIGKILL cannot be
    # handled, a SIGTERM to the process group is what `timeout` sends, SIGINT is Ctrl-C
    seen = []
    for delay, how, signum in (
        (2.0, os.kill, signal.SIGKILL),
        (12.0, os.killpg, signal.SIGTERM),
        (16.0, os.kill, signal.SIGINT),
        (22.0, os.kill, signal.SIGKILL),
    ):
        process = run(second_input, output, root / "prefect")
        servers: set[int] = set()
        started = time.monotonic()
        while time.monotonic() - started < delay:
            servers |= servers_of(process.pid)
            time.sleep(0.1)
        if process.poll() is None:
            how(process.pid, signum)
            status = process.wait(timeout=60)  # the flow stops at once, it does not retry a dead API
            text = output_text(process)
            # a signal that lands once the dataset is published, as the process exits, ends it by its default
            # action, or finds it already past its last instruction (it exits 0): the run was complete, and the
            # checks below still hold
            landed_after = status in (0, -signum) and "published dataset" in text
            assert status in (-signal.SIGKILL, 128 + signum) or landed_after, text
        for server in servers:
            deadline = time.monotonic() + 15
            while alive(server) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not alive(server), f"the Prefect server {server} outlived its run ({signum!r})"
        seen.append(version(output))

    completed = run(second_input, output, root / "prefect")
    assert completed.wait(timeout=300) == 0, output_text(completed)
    after = version(output)
    assert after != before
    # every moment showed one whole dataset: the old one, or the new one once it was switched in
    assert set(seen) <= {before, after}
    assert len(pd.read_parquet(output / "documents.parquet")) == 5
    assert not list(root.glob(".output.staging-*"))
    assert not (root / ".output.retired").exists()
