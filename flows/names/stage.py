"""The names stage: documents and their sentences in, linked mentions and entities out.

`find_names` is pure; `find_names_task` is its Prefect task. The `offline` backend's first layer is
learned: natasha's packaged NER for Russian, the project's CRFs for Kazakh, Tatar and Turkish
(flows/names/learned.py); patterns over gazetteers and lexicons (flows/names/recognise.py) link its spans,
correct them where the development sets show they should, and add what it missed; `stanza` adds
stanza's NER where its models are installed, and falls back to `offline`, with one log line, where they
are not.
"""

import logging

from prefect import task

from flows.isolation import run_per_document
from flows.names.learned import learned_spans
from flows.names.link import entities, link, merge_spellings
from flows.names.recognise import recognise
from flows.progress import each_document
from models.documents import Document, Sentence
from models.entities import Mention, NamesResult

log = logging.getLogger(__name__)


def find_names(documents: list[Document], sentences: list[Sentence], backend: str = "offline") -> NamesResult:
    """Mentions of people, places and organisations in every document, linked to entities."""
    by_document: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_document.setdefault(sentence.doc_id, []).append(sentence)
    stanza_pipelines = None
    if backend == "stanza":
        from flows.names.stanza_backend import available_pipelines

        stanza_pipelines = available_pipelines()
    elif backend != "offline":
        raise ValueError(f"unknown names backend {backend!r}: use `offline` or `stanza`")
    mentions: list[Mention] = []
    learned = learned_spans([s for d in documents for s in by_document.get(d.doc_id, [])])
    for document in each_document(documents):
        its_sentences = by_document.get(document.doc_id, [])
        candidates = recognise(document, its_sentences, learned.get(document.doc_id, []))
        if stanza_pipelines:
            from flows.names.stanza_backend import stanza_candidates

            candidates = stanza_candidates(
                document, by_document.get(document.doc_id, []), stanza_pipelines, candidates
            )
        mentions += link(document, candidates)
    mentions = merge_spellings(mentions)
    return NamesResult(mentions=mentions, entities=entities(mentions))


@task(name="names")
def find_names_task(
    documents: list[Document], sentences: list[Sentence], backend: str = "offline"
) -> tuple[NamesResult, dict[str, str]]:
    """Prefect task around `find_names`: the result over the documents it did not fail on, and why it
    failed on each of the others."""
    return run_per_document(lambda kept: find_names(kept, sentences, backend), documents)
