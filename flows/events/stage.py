"""Events stage: documents, sentences, name mentions and entities in; events (one row per real-world event,
with every document reporting it) and stated figures out. Pure functions, with thin Prefect tasks around them.
"""

from prefect import task

from flows.events.context import OfficeHolder
from flows.events.detect import detect_reports
from flows.events.figures import sentence_figures
from flows.events.merge import merge_reports
from flows.events.places import most_specific_places
from flows.events.references import build_context
from flows.isolation import run_per_document
from models.documents import Document, Sentence
from models.entities import Entity, Mention
from models.events import Event, Figure


def _knowledge_holder() -> OfficeHolder:
    from flows.names.knowledge import office_holder

    return office_holder


def extract_events(
    documents: list[Document],
    sentences: list[Sentence],
    mentions: list[Mention],
    entities: list[Entity],
    holder: OfficeHolder | None = None,
) -> list[Event]:
    """The events the documents report, merged across documents and languages. `holder` resolves an office
    on a date to its holder's entity id (default: the knowledge base's `office_holder`)."""
    resolve = holder or _knowledge_holder()
    by_id = {e.entity_id: e for e in entities}
    order = {d.doc_id: i for i, d in enumerate(sorted(documents, key=lambda d: d.source))}
    reports = []
    doc_entities: dict[str, set[str]] = {}
    # grouped once: filtering every document's rows out of all the rows is quadratic in the corpus
    sentences_of: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        sentences_of.setdefault(sentence.doc_id, []).append(sentence)
    mentions_of: dict[str, list[Mention]] = {}
    for mention in mentions:
        mentions_of.setdefault(mention.doc_id, []).append(mention)
    for document in documents:
        own_sentences = sentences_of.get(document.doc_id, [])
        own_mentions = mentions_of.get(document.doc_id, [])
        doc_entities[document.doc_id] = {m.entity_id for m in own_mentions}
        context = build_context(document, own_sentences, own_mentions, by_id, resolve)
        reports.extend(most_specific_places(detect_reports(context), own_mentions, by_id))
    return merge_reports(reports, doc_entities, order, by_id)


def extract_figures(documents: list[Document], sentences: list[Sentence]) -> list[Figure]:
    """The figures the documents state, in document and text order."""
    by_id = {d.doc_id: d for d in documents}
    figures = [f for s in sentences if s.doc_id in by_id for f in sentence_figures(by_id[s.doc_id], s)]
    return sorted(figures, key=lambda f: (f.doc_id, f.start))


@task(name="events")
def extract_events_task(
    documents: list[Document], sentences: list[Sentence], mentions: list[Mention], entities: list[Entity]
) -> tuple[list[Event], dict[str, str]]:
    """Prefect task around `extract_events`: the events of the documents it did not fail on, and why it
    failed on each of the others."""
    return run_per_document(lambda kept: extract_events(kept, sentences, mentions, entities), documents)


@task(name="figures")
def extract_figures_task(
    documents: list[Document], sentences: list[Sentence]
) -> tuple[list[Figure], dict[str, str]]:
    """Prefect task around `extract_figures`, setting aside the documents it fails on, as events does."""
    return run_per_document(lambda kept: extract_figures(kept, sentences), documents)
