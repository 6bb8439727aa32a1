"""The seeds and the development set built in one flow run and scored by the shared scorer: no documents, names,
events or figures figure may fall below the floor it has reached (floors rise with the project, never fall
silently)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows.pipeline import build_dataset
from tests.conftest import ROOT, SEEDS

SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev"

SEED_FLOORS = {
    "documents.language": 1.00,
    "documents.published": 1.00,
    "documents.outlet": 1.00,
    "surfaces": 1.00,
    "entities.resolved": 1.00,
    "persons.precision": 1.00,
    "events.recall": 1.00,
    # the codebook codes thanks and a trip as its own visit, which the seeds' gold leaves out: five such rows
    "events.precision": 0.75,
    "events.sources": 0.93,
    # 003 states no date for the meeting now found (gold takes 2020-02 from outside the text), and 004's gold
    # dates one undated meeting by another month than the article's other undated events
    "events.date": 0.87,
    "events.place": 1.00,
    "figures": 1.00,
}
DEV_FLOORS = {
    "documents.language": 1.00,
    "documents.published": 1.00,
    "documents.outlet": 1.00,
    "surfaces": 0.98,
    "entities.resolved": 0.94,
    "persons.precision": 0.99,
    "events.recall": 0.92,
    "events.precision": 0.97,
    "events.sources": 0.92,
    "events.date": 0.86,
    "events.place": 0.91,
    "figures": 1.00,
}


def _score(gold: Path, docs: Path, dataset: Path) -> dict[str, float]:
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--docs", str(docs),
         "--dataset", str(dataset)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    line = next(row for row in scored.stdout.splitlines() if row.startswith("SCORE "))
    return {key: float(value) for key, value in (pair.split("=") for pair in line.split()[1:])}


@pytest.fixture(scope="module")
def built(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    inputs = tmp_path_factory.mktemp("seeds-and-dev")
    for folder in (SEEDS, DEV / "docs"):
        for path in folder.iterdir():
            shutil.copy(path, inputs / path.name)
    output = tmp_path_factory.mktemp("built") / "output"
    build_dataset(input_dir=inputs, output_dir=output)
    return output


@pytest.mark.skipif(not (DEV / "gold.yaml").exists(), reason="needs ../shared/dev beside the checkout")
@pytest.mark.parametrize(
    ("gold", "docs", "floors"),
    [
        (SHARED / "gold" / "seeds.yaml", SEEDS, SEED_FLOORS),
        (DEV / "gold.yaml", DEV / "docs", DEV_FLOORS),
    ],
    ids=["seeds", "dev"],
)
def test_events_figures_hold_their_floor(
    built: Path, gold: Path, docs: Path, floors: dict[str, float]
) -> None:
    figures = _score(gold, docs, built)
    below = {key: (figures[key], floor) for key, floor in floors.items() if figures[key] < floor}
    assert not below, f"below the floor (got, floor): {below}"
