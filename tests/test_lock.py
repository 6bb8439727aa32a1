"""One run per output: the lock names its holder, is stale once the holder is gone, and re-entry is free."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.lock import OutputBusy, lock_path, output_lock

HOLD = "import sys, time; from pathlib import Path; from flows.lock import output_lock\n" + (
    "with output_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(60)\n"
)


def holder(output: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(output)], stdout=subprocess.PIPE, text=True)
    assert process.stdout and process.stdout.readline() == "held\n"
    return process


def test_a_held_lock_refuses_a_second_holder_naming_the_first(tmp_path: Path) -> None:
    process = holder(tmp_path / "out")
    try:
        with (
            pytest.raises(OutputBusy, match=rf"another run \(pid {process.pid}, started 20"),
            output_lock(tmp_path / "out"),
        ):
            pass
    finally:
        process.kill()
        process.wait()


def test_the_lock_of_a_killed_run_is_taken_over(tmp_path: Path) -> None:
    process = holder(tmp_path / "out")
    process.kill()
    process.wait()
    assert f"pid {process.pid}," in lock_path(tmp_path / "out").read_text()
    with output_lock(tmp_path / "out"):
        assert lock_path(tmp_path / "out").read_text().startswith(f"pid {os.getpid()},")


def test_the_same_process_takes_its_own_lock_again(tmp_path: Path) -> None:
    with output_lock(tmp_path / "out"), output_lock(tmp_path / "out"):
        pass
    with output_lock(tmp_path / "out"):
        pass
