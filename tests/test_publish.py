import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from pyld import jsonld

from flows.jsonld import context, to_jsonld
from flows.publish import publish_dataset, published_version
from flows.tables import dataset_tables
from models.dataset import SCHEMA_VERSION, Dataset
from models.documents import Document
from models.entities import Entity, Mention

TEXT = "Тоқаев Астанада кездесті."


def dataset(text: str = TEXT) -> Dataset:
    doc = Document(
        doc_id="doc-0123456789abcdef",
        source="a.txt",
        content_hash="0",
        text=text,
        language="kk",
        language_confidence=1.0,
    )
    person = Entity(
        entity_id="person/tokayev", type="person", name="Kassym-Jomart Tokayev", wikidata="Q1056353"
    )
    mention = Mention(
        doc_id=doc.doc_id,
        start=0,
        end=6,
        surface="Тоқаев",
        type="person",
        base="Тоқаев",
        key="tokaev",
        language="kk",
        sentence_index=0,
        entity_id=person.entity_id,
        method="test",
    )
    return Dataset(documents=[doc], entities=[person], mentions=[mention])


def publish(data: Dataset, output: Path) -> str:
    return publish_dataset(dataset_tables(data), data, output)


def test_published_tables_read_back_with_pandas(tmp_path: Path) -> None:
    version = publish(dataset(), tmp_path / "out")
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    mentions = pd.read_parquet(tmp_path / "out" / "mentions.parquet")
    assert documents.loc[0, "text"] == TEXT
    assert mentions.loc[0, "surface"] == "Тоқаев"
    assert published_version(tmp_path / "out") == version
    import pyarrow.parquet as pq

    metadata = pq.read_schema(tmp_path / "out" / "mentions.parquet").metadata
    assert metadata[b"kazevents.dataset_version"].decode() == version
    assert metadata[b"kazevents.schema_version"] == SCHEMA_VERSION.encode()


def test_same_content_same_bytes_and_nothing_rewritten(tmp_path: Path) -> None:
    publish(dataset(), tmp_path / "a")
    publish(dataset(), tmp_path / "b")
    for name in ("documents.parquet", "mentions.parquet", "dataset.jsonld"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    before = os.stat(tmp_path / "a" / "documents.parquet").st_mtime_ns
    publish(dataset(), tmp_path / "a")
    assert os.stat(tmp_path / "a" / "documents.parquet").st_mtime_ns == before


def test_new_content_replaces_the_folder_whole(tmp_path: Path) -> None:
    first = publish(dataset(), tmp_path / "out")
    second = publish(dataset("Тоқаев Алматыда кездесті."), tmp_path / "out")
    assert first != second
    assert published_version(tmp_path / "out") == second
    assert not list(tmp_path.glob(".out.*")), "no staging folder left behind"


def test_a_failed_write_leaves_the_previous_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    version = publish(dataset(), tmp_path / "out")

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("flows.publish.to_jsonld", broken)
    with pytest.raises(OSError, match="disk full"):
        publish(dataset("Тоқаев Алматыда кездесті."), tmp_path / "out")
    assert published_version(tmp_path / "out") == version
    assert pd.read_parquet(tmp_path / "out" / "documents.parquet").loc[0, "text"] == TEXT
    assert not list(tmp_path.glob(".out.*"))


def offline_loader(url: str, options: dict[str, object] | None = None) -> dict[str, object]:
    raise AssertionError(f"JSON-LD processing tried to fetch {url}")


def test_jsonld_expands_offline_with_schema_org_types() -> None:
    document = to_jsonld(dataset(), "1")
    expanded = jsonld.expand(json.loads(json.dumps(document)), {"documentLoader": offline_loader})
    types = {t for node in expanded for t in node.get("@type", [])}
    assert {
        "https://schema.org/Dataset",
        "https://schema.org/NewsArticle",
        "https://schema.org/Person",
    } <= types
    person = next(n for n in expanded if "https://schema.org/Person" in n["@type"])
    assert person["https://schema.org/sameAs"] == [{"@id": "http://www.wikidata.org/entity/Q1056353"}]
    assert document["@context"] == context()["@context"]


@pytest.mark.parametrize("killed", ["after the exchange", "between the two renames"])
def test_what_a_killed_run_left_is_cleaned_by_the_next_even_when_nothing_changed(
    tmp_path: Path, killed: str
) -> None:
    version = publish(dataset(), tmp_path / "out")
    leftover = tmp_path / ".out.staging-abc123"
    shutil.copytree(tmp_path / "out", leftover)
    if killed == "between the two renames":
        os.rename(tmp_path / "out", tmp_path / ".out.retired")
    assert publish(dataset(), tmp_path / "out") == version
    assert published_version(tmp_path / "out") == version
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
