"""The output folder is the dataset's, or nothing: any other folder is refused before any work, unchanged."""

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from flows.cli import main
from flows.output_guard import OutputRefused, check_output
from flows.publish import publish_dataset
from flows.tables import dataset_tables
from tests.conftest import SEEDS
from tests.test_publish import dataset


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def project(root: Path) -> tuple[Path, Path]:
    """A project folder holding the input articles and a notes file: (input, project)."""
    articles = root / "proj" / "articles"
    articles.mkdir(parents=True)
    for path in sorted(SEEDS.iterdir())[:1]:
        shutil.copy(path, articles / path.name)
    (root / "proj" / "notes.md").write_text("my notes\n")
    return articles, root / "proj"


def published_with_notes(root: Path) -> tuple[Path, Path]:
    articles, _ = project(root)
    output = root / "out"
    data = dataset()
    publish_dataset(dataset_tables(data), data, output)
    (output / "notes.md").write_text("mine\n")
    return articles, output


def foreign(root: Path) -> tuple[Path, Path]:
    articles, _ = project(root)
    (root / "other").mkdir()
    (root / "other" / "thesis.tex").write_text("\\begin{document}")
    return articles, root / "other"


def a_file(root: Path) -> tuple[Path, Path]:
    articles, _ = project(root)
    (root / "out.txt").write_text("a file, not a folder")
    return articles, root / "out.txt"


def same(root: Path) -> tuple[Path, Path]:
    articles, _ = project(root)
    return articles, articles


def inside(root: Path) -> tuple[Path, Path]:
    articles, _ = project(root)
    return articles, articles / "out"


CASES: list[tuple[str, Callable[[Path], tuple[Path, Path]], str]] = [
    ("the folder above the input", project, "holds the input folder"),
    ("the input folder itself", same, "is the input folder"),
    ("a folder inside the input", inside, "is inside the input folder"),
    ("a foreign non-empty folder", foreign, "holds no kazevents dataset"),
    ("a dataset folder with a foreign file", published_with_notes, "notes.md"),
    ("a file", a_file, "not a folder"),
]


@pytest.mark.parametrize(("case", "make", "reason"), CASES, ids=[c[0] for c in CASES])
def test_an_output_that_is_not_the_datasets_is_refused_and_left_whole(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    make: Callable[[Path], tuple[Path, Path]],
    reason: str,
) -> None:
    articles, output = make(tmp_path)
    before = files(tmp_path)
    status = main(["run", "--input", str(articles), "--output", str(output)])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1, err
    assert reason in err
    assert files(tmp_path) == before, "nothing written, nothing removed"
    assert not [p for p in tmp_path.rglob(".*") if p.name != ".git"], "no staging, cache or lock made"


@pytest.mark.parametrize("state", ["absent", "empty", "a published dataset"])
def test_a_new_an_empty_or_a_dataset_folder_is_accepted(tmp_path: Path, state: str) -> None:
    output = tmp_path / "out"
    if state == "empty":
        output.mkdir()
    elif state == "a published dataset":
        publish_dataset(dataset_tables(dataset()), dataset(), output)
    check_output(SEEDS, output)


def test_publication_itself_never_replaces_a_foreign_folder(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.md").write_text("mine\n")
    data = dataset()
    with pytest.raises(OutputRefused, match="holds no kazevents dataset"):
        publish_dataset(dataset_tables(data), data, tmp_path / "out")
    assert files(tmp_path / "out") == {"notes.md": b"mine\n"}
