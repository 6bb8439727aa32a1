import asyncio
import os
import pty
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from flows.cli import DEPLOYMENT, EXIT_STATUS, _parameters, main, parser
from flows.pipeline import build_dataset
from models.dataset import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
KAZEVENTS = str(Path(sys.executable).parent / "kazevents")
STAGES = ["ingest", "prepare", "names", "events", "validate", "publish"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["run"], {"input": Path("seeds/articles"), "output": Path("output"), "backend": "offline"}),
        (
            ["run", "--input", "in", "--output", "out", "--backend", "stanza"],
            {"input": Path("in"), "output": Path("out"), "backend": "stanza"},
        ),
        (["serve", "--cron", "0 3 * * *"], {"cron": "0 3 * * *", "backend": "offline"}),
    ],
)
def test_command_line(argv: list[str], expected: dict[str, object]) -> None:
    args = vars(parser().parse_args(argv))
    assert {k: args[k] for k in expected} == expected


def test_missing_input_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--input", str(tmp_path / "nowhere"), "--output", str(tmp_path / "out")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_a_scheduled_deployment_keeps_its_cron(prefect_server: None) -> None:
    from prefect.client.orchestration import get_client

    args = parser().parse_args(["serve", "--cron", "0 3 * * *"])
    deployment_id = build_dataset.to_deployment(
        name=DEPLOYMENT, cron=args.cron, parameters=_parameters(args)
    ).apply()

    async def read() -> tuple[str, dict[str, object]]:
        async with get_client() as client:
            deployment = await client.read_deployment(deployment_id)
            return deployment.schedules[0].schedule.cron, deployment.parameters  # type: ignore[union-attr]

    cron, parameters = asyncio.run(read())
    assert cron == "0 3 * * *"
    assert parameters["backend"] == "offline"


def test_downloading_models_without_stanza_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # what `import stanza` meets without the extra
    assert main(["models", "download", "--dir", str(tmp_path), "--lang", "kk"]) == 2
    assert capsys.readouterr().err == "kazevents: stanza is not installed: pip install 'kazevents[stanza]'\n"


def test_version_names_the_package_and_the_dataset_schema() -> None:
    result = subprocess.run([KAZEVENTS, "--version"], capture_output=True, text=True, check=True)
    assert result.stdout == f"kazevents {version('kazevents')} (dataset schema {SCHEMA_VERSION})\n"


def test_run_help_gives_the_defaults_and_the_exit_status() -> None:
    result = subprocess.run(
        [KAZEVENTS, "run", "--help"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    for default in ["(default: seeds/articles)", "(default: output)", "(default: offline)"]:
        assert default in result.stdout
    assert EXIT_STATUS in result.stdout
    assert {int(code) for code in re.findall(r"^  (\d)  ", EXIT_STATUS, re.MULTILINE)} == {0, 1, 2, 3}


@pytest.fixture
def closed_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder in which no new entry can be made, even by root (immutable where root runs the tests)."""
    folder = tmp_path / "closed"
    folder.mkdir()
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)]).returncode:
            pytest.skip("root and no immutable attribute here: no folder that root cannot write in")
        yield folder
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        ("a-file/dataset", "{tmp}/a-file is a file, not a folder"),
        ("a-file/deeper/dataset", "{tmp}/a-file is a file, not a folder"),
        ("a-file", "{tmp}/a-file is a file, not a folder"),
        ("closed/dataset", "cannot write in {tmp}/closed: "),
        ("closed", "cannot write in {tmp}/closed: "),
    ],
)
def test_an_output_that_cannot_be_written_is_refused_before_any_work(
    tmp_path: Path, closed_folder: Path, capsys: pytest.CaptureFixture[str], output: str, reason: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    before = sorted(tmp_path.rglob("*"))
    assert main(["run", "--input", str(ROOT / "seeds" / "articles"), "--output", str(tmp_path / output)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kazevents: cannot publish to {tmp_path / output}: {reason.format(tmp=tmp_path)}")
    assert err.count("\n") == 1
    assert sorted(tmp_path.rglob("*")) == before


def on_a_terminal(*args: str) -> tuple[int, str]:
    """Run `kazevents` with its output on a pseudo-terminal; its exit status and what it wrote there."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [KAZEVENTS, *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env={**os.environ, "TERM": "xterm", "COLUMNS": "100"},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=600), b"".join(chunks).decode("utf-8", errors="replace")


def lines_left(screen: str) -> list[str]:
    """The lines a person reads once the run is over: escape codes gone, the progress bar's frames too."""
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen).replace("\r\n", "\n")
    # a carriage return starts the line again: what follows the last one is what stays
    last_frames = [line.split("\r")[-1] for line in text.split("\n")]
    return [line.rstrip() for line in last_frames if line.strip() and "━" not in line]


def test_a_run_on_a_terminal_shows_its_stages_and_a_summary_and_no_prefect_logs(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(ROOT / "seeds" / "articles" / "000_a3df63cb1fc49480.txt", articles)
    (articles / "empty.txt").write_text("", encoding="utf-8")
    status, screen = on_a_terminal("run", "--input", str(articles), "--output", str(tmp_path / "out"))
    assert status == 3, screen
    assert "█" in screen or "━" in screen  # a bar was drawn while it ran
    lines = lines_left(screen)
    assert [line.split()[1] for line in lines if line.startswith("✓")] == STAGES
    assert re.fullmatch(r"✓ prepare\s+1 document\s+[\d.]+ s", next(x for x in lines if "prepare" in x))
    assert "rejected empty.txt (ingest): empty file" in lines
    assert lines[-2] == f"published dataset {lines[-2].split()[2]} to {tmp_path / 'out'}"
    assert re.fullmatch(
        r"2 articles: 1 processed, 0 reused, 1 rejected, 0 removed \(no longer in the input\); \d+ events?, \d+ entit(y|ies), \d+ figures?",
        lines[-1],
    )
    assert len(lines) == len(STAGES) + 3
    assert "prefect" not in screen.lower()


def test_verbose_brings_prefect_logs_back(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "empty.txt").write_text("", encoding="utf-8")
    result = subprocess.run(
        [KAZEVENTS, "run", "--verbose", "--input", str(articles), "--output", str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 3
    assert "Starting temporary server" in result.stderr and "Finished in state Completed" in result.stderr
