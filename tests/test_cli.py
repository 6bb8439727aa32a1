import asyncio
from pathlib import Path

import pytest

from flows.cli import DEPLOYMENT, _parameters, main, parser
from flows.pipeline import build_dataset


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
