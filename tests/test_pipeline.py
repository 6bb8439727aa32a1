"""The whole flow through Prefect on the seeds and on bad inputs, re-runs, incremental runs, the README."""

import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.cli import main
from flows.isolation import BUDGET_SETTING
from flows.pipeline import build_dataset
from models.dataset import TABLES
from tests.conftest import ROOT, SEEDS

SHARED = ROOT.parent / "shared"
CONTRACT = ["documents", "entities", "mentions", "events", "figures"]


def build(input_dir: Path, output_dir: Path):  # type: ignore[no-untyped-def]
    return build_dataset(input_dir=input_dir, output_dir=output_dir)


def rows(output: Path, table: str) -> list[dict]:  # type: ignore[type-arg]
    return pq.read_table(output / f"{table}.parquet").to_pylist()


def copy_seeds(folder: Path, names: list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.iterdir()):
        if names is None or path.name in names:
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def seeds_built(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("built") / "output"
    report = build(SEEDS, output)
    assert not report.rejects
    return output


def test_the_seeds_give_every_file_of_the_contract(seeds_built: Path) -> None:
    for table in TABLES:
        assert (seeds_built / f"{table}.parquet").exists(), table
    assert (seeds_built / "dataset.jsonld").exists()
    documents = pd.read_parquet(seeds_built / "documents.parquet")
    assert sorted(documents["source"]) == sorted(p.name for p in SEEDS.iterdir())


@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="needs ../shared/eval beside the checkout"
)
def test_the_scorer_reads_the_dataset(seeds_built: Path) -> None:
    scored = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--gold",
            str(SHARED / "gold" / "seeds.yaml"),
            "--docs",
            str(SEEDS),
            "--dataset",
            str(seeds_built),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert scored.returncode == 0, scored.stderr
    assert "documents.language        5/5" in scored.stdout
    assert re.search(r"^SCORE ", scored.stdout, re.MULTILINE)


def test_running_twice_gives_the_same_ids_and_rows(seeds_built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build(SEEDS, again)
    for table in TABLES:
        assert rows(again, table) == rows(seeds_built, table), table
    assert (again / "documents.parquet").read_bytes() == (seeds_built / "documents.parquet").read_bytes()


def test_bad_inputs_are_rejected_with_reasons_and_lose_nothing_else(
    seeds_built: Path, tmp_path: Path
) -> None:
    folder = copy_seeds(tmp_path / "in")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "menu.html").write_text("<html><body><a href='/'>Главная</a> | <a>Новости</a></body></html>")
    (folder / "copy.txt").write_bytes(
        (SEEDS / "001_f0529af44c44d162.txt").read_text().encode("cp1251", "replace")
    )
    (folder / "cp1251.txt").write_bytes(
        "Аким Алматы Ерболат Досаев встретился с послом Турции. Стороны обсудили строительство новых школ "
        "и больниц в городе, сообщает агентство «Казинформ».".encode("cp1251")
    )
    output = tmp_path / "out"
    report = build(folder, output)
    reasons = {r.source: r.reason for r in report.rejects}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["menu.html"].startswith("not a news article")
    assert "copy.txt" not in reasons or "duplicate" in reasons["copy.txt"]
    assert set(pd.read_parquet(output / "rejects.parquet")["source"]) == set(reasons)
    documents = pd.read_parquet(output / "documents.parquet").set_index("source")
    assert documents.loc["cp1251.txt", "outlet"] == "Казинформ"
    seed_documents = pd.read_parquet(seeds_built / "documents.parquet").set_index("source")
    for source in seed_documents.index:
        assert documents.loc[source, "text"] == seed_documents.loc[source, "text"]


FAULTY = "001_f0529af44c44d162.txt"


@pytest.mark.parametrize(
    ("stage", "module", "function"),
    [
        ("names", "flows.names.stage", "recognise"),
        ("figures", "flows.events.stage", "sentence_figures"),
        ("events", "flows.events.stage", "detect_reports"),
    ],
)
def test_a_stage_failing_on_one_document_rejects_only_that_document(
    seeds_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str, module: str, function: str
) -> None:
    real = getattr(importlib.import_module(module), function)
    faulty_id = pd.read_parquet(seeds_built / "documents.parquet").set_index("source").loc[FAULTY, "doc_id"]

    def fails_on_one_document(first, *rest):  # type: ignore[no-untyped-def]
        doc_id = getattr(first, "doc_id", None) or first.document.doc_id
        if doc_id == faulty_id:
            raise KeyError("a bug")
        return real(first, *rest)

    monkeypatch.setattr(f"{module}.{function}", fails_on_one_document)
    output = tmp_path / "out"
    report = build(SEEDS, output)
    assert [(r.source, r.stage) for r in report.rejects] == [(FAULTY, stage)]
    assert "KeyError" in report.rejects[0].reason
    for table in ["documents", "sentences", "mentions", "figures"]:
        kept = pd.read_parquet(output / f"{table}.parquet")
        assert faulty_id not in set(kept["doc_id"]), table
    events = pd.read_parquet(output / "events.parquet")
    assert all(faulty_id not in docs for docs in events["reported_in"])


def test_an_added_article_is_the_only_one_processed(seeds_built: Path, tmp_path: Path) -> None:
    sources = sorted(p.name for p in SEEDS.iterdir())
    folder = copy_seeds(tmp_path / "in", sources[:-1])
    output = tmp_path / "out"
    first = build(folder, output)
    assert sorted(first.processed) == sources[:-1]
    shutil.copy(SEEDS / sources[-1], folder / sources[-1])
    second = build(folder, output)
    assert second.processed == [sources[-1]]
    assert sorted(second.reused) == sources[:-1]
    for table in TABLES:
        assert rows(output, table) == rows(seeds_built, table), table
    unchanged = (output / "manifest.json").stat().st_mtime_ns
    third = build(folder, output)
    assert third.processed == []
    assert (output / "manifest.json").stat().st_mtime_ns == unchanged


@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    junk=st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяқғұүөәің .,\n", min_size=50, max_size=600).map(
            str.encode
        ),
    )
)
def test_any_input_leaves_the_other_documents_rows_alone(
    seeds_built: Path, tmp_path: Path, junk: bytes
) -> None:
    folder = copy_seeds(tmp_path / f"in-{abs(hash(junk))}")
    (folder / "zzz_junk.txt").write_bytes(junk)
    output = tmp_path / f"out-{abs(hash(junk))}"
    build(folder, output)
    documents = pd.read_parquet(output / "documents.parquet")
    seed_ids = set(pd.read_parquet(seeds_built / "documents.parquet")["doc_id"])
    for table in ("documents", "sentences", "figures"):
        kept = [r for r in rows(output, table) if r["doc_id"] in seed_ids]
        assert kept == rows(seeds_built, table), table
    assert seed_ids <= set(documents["doc_id"])


def test_the_readme_pandas_example_runs(seeds_built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Load it in pandas", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code is not None
    monkeypatch.chdir(seeds_built.parent)
    namespace: dict[str, object] = {}
    exec(compile(code.group(1), "README.md", "exec"), namespace)
    meetings = namespace["meetings"]
    assert isinstance(meetings, pd.DataFrame)
    assert len(meetings) >= 1


def test_hostile_file_names_are_published_or_rejected_and_printed_on_one_line_each(
    prefect_server: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = sorted(p.name for p in SEEDS.iterdir())
    folder = copy_seeds(tmp_path / "in", sources[:2])
    shutil.copy(SEEDS / sources[2], folder / os.fsdecode(b"bad\xffname.txt"))
    forged = f"x.txt\nrejected {sources[0]} (ingest): forged\n\x1b[2Kz.txt"
    (folder / forged).write_bytes(b"")
    os.mkfifo(folder / "pipe.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    output = tmp_path / "out"
    assert main(["run", "--input", str(folder), "--output", str(output)]) == 3
    printed = [line for line in capsys.readouterr().err.splitlines() if line.startswith("rejected ")]
    assert sorted(printed) == [
        "rejected passwd.txt (ingest): symbolic link to a file outside the input folder: not read",
        "rejected pipe.txt (ingest): a FIFO, not a regular file",
        f"rejected x.txt\\nrejected {sources[0]} (ingest): forged\\n\\x1b[2Kz.txt (ingest): empty file",
    ]
    documents = pd.read_parquet(output / "documents.parquet")
    assert sorted(documents["source"]) == sorted([*sources[:2], "bad\\xffname.txt"])
    assert set(pd.read_parquet(output / "rejects.parquet")["source"]) == {forged, "pipe.txt", "passwd.txt"}
    assert not list(tmp_path.rglob("*.tmp"))


def test_an_empty_input_folder_publishes_nothing_over_the_dataset_unless_the_shrink_is_allowed(
    seeds_built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out"
    shutil.copytree(seeds_built, output)
    before = {p.name: p.read_bytes() for p in output.iterdir()}
    (tmp_path / "empty").mkdir()
    assert main(["run", "--input", str(tmp_path / "empty"), "--output", str(output)]) == 1
    assert "would remove 5 of the 5 published articles" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in output.iterdir()} == before

    sources = sorted(p.name for p in SEEDS.iterdir())
    report = build(copy_seeds(tmp_path / "four", sources[1:]), output)
    assert report.removed == [sources[0]]
    assert sorted(pd.read_parquet(output / "documents.parquet")["source"]) == sources[1:]

    args = ["run", "--input", str(tmp_path / "empty"), "--output", str(output), "--allow-shrink"]
    assert main(args) == 0
    assert "0 articles: 0 processed, 0 reused, 0 rejected, 4 removed" in capsys.readouterr().out
    assert pd.read_parquet(output / "documents.parquet").empty


# the budget's alarm may land in a gc callback, where Python reports what it raises and goes on; the alarm that
# follows stops the document (tests/test_isolation.py)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_document_over_the_time_budget_is_rejected_naming_the_stage_and_the_rest_published(
    seeds_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # far less than a stage needs for 200 KB, far more than for an article
    monkeypatch.setenv(BUDGET_SETTING, "0.2")
    sources = sorted(p.name for p in SEEDS.iterdir())
    folder = copy_seeds(tmp_path / "in", sources[:2])
    body = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())) + "\n"
    # Every copy's sentences numbered apart (the names stage tags a sentence text it has seen once), and
    # enough of them that no stage gets through in the budget.
    copies = [body.replace(". ", f" {number}. ") for number in range(200_000 // len(body.encode()) + 1)]
    (folder / "long.txt").write_text("".join(copies), encoding="utf-8")
    output = tmp_path / "out"
    report = build(folder, output)
    assert [r.source for r in report.rejects] == ["long.txt"]
    assert report.rejects[0].stage in ("names", "figures", "events")
    assert "took more than the 0.2-second time budget for one document" in report.rejects[0].reason
    assert sorted(pd.read_parquet(output / "documents.parquet")["source"]) == sources[:2]
