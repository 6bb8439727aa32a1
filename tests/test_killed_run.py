"""A run killed half-way (a real process, SIGKILL) leaves the previous dataset whole; the next run completes."""

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import ROOT, SEEDS

KAZEVENTS = ROOT / ".venv" / "bin" / "kazevents"


def run(input_dir: Path, output: Path, home: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": ""}
    environment.pop("PREFECT_API_URL")
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


@pytest.mark.skipif(not KAZEVENTS.exists(), reason="needs the installed kazevents command")
def test_a_killed_run_leaves_the_previous_dataset_and_the_next_run_completes(tmp_path: Path) -> None:
    first_input = tmp_path / "first"
    first_input.mkdir()
    for path in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(path, first_input / path.name)
    output = tmp_path / "output"
    finished = run(first_input, output, tmp_path / "prefect")
    assert finished.wait(timeout=300) == 0, finished.stdout.read() if finished.stdout else ""
    before = version(output)

    second_input = tmp_path / "second"
    shutil.copytree(SEEDS, second_input)
    # kill at several moments: during start-up, while processing, and around publication
    seen = []
    for delay in (2.0, 8.0, 14.0, 20.0):
        process = run(second_input, output, tmp_path / "prefect")
        time.sleep(delay)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        seen.append(version(output))

    completed = run(second_input, output, tmp_path / "prefect")
    assert completed.wait(timeout=300) == 0
    after = version(output)
    assert after != before
    # every moment showed one whole dataset: the old one, or the new one once it was switched in
    assert set(seen) <= {before, after}
    assert len(pd.read_parquet(output / "documents.parquet")) == 5
    assert not list(tmp_path.glob(".output.staging-*"))
