import pytest

from flows.validate import ValidationFailed, validate_dataset
from models.dataset import Dataset
from models.documents import Document
from models.entities import Entity, Mention

TEXT = "Тоқаев Астанада кездесті."


def sound() -> Dataset:
    doc = Document(
        doc_id="doc-0123456789abcdef",
        source="a.txt",
        content_hash="0",
        text=TEXT,
        language="kk",
        language_confidence=1.0,
    )
    person = Entity(entity_id="person/tokayev", type="person", name="Kassym-Jomart Tokayev", wikidata="Q1")
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


def test_a_sound_dataset_passes() -> None:
    tables = validate_dataset(sound())
    assert tables["mentions"].num_rows == 1


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (
            lambda d: setattr(d.documents[0], "language", "xx"),
            "documents: expect_column_values_to_be_in_set language",
        ),
        (
            lambda d: d.documents.append(d.documents[0].model_copy()),
            "documents: expect_column_values_to_be_unique doc_id",
        ),
        (
            lambda d: setattr(d.entities[0], "type", "animal"),
            "entities: expect_column_values_to_be_in_set type",
        ),
        (
            lambda d: setattr(d.entities[0], "wikidata", "tokayev"),
            "entities: expect_column_values_to_match_regex wikidata",
        ),
        (lambda d: setattr(d.mentions[0], "end", 3), "is not 'Тоқаев'"),
        (lambda d: setattr(d.mentions[0], "entity_id", "person/nobody"), "is no entity"),
        (lambda d: setattr(d.mentions[0], "start", "x"), "mentions row 0"),
    ],
)
# a record broken by assignment makes pydantic warn when it is dumped: the gate's refusal is what is tested
@pytest.mark.filterwarnings("ignore:Pydantic serializer warnings:UserWarning")
def test_the_gate_refuses_a_broken_table_and_says_where(break_it, message: str) -> None:  # type: ignore[no-untyped-def]
    dataset = sound()
    break_it(dataset)
    with pytest.raises(ValidationFailed) as failure:
        validate_dataset(dataset)
    assert any(message in problem for problem in failure.value.problems), failure.value.problems
