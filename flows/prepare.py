"""Prepare: `Article`s in, `Document`s with metadata and language plus their `Sentence`s out.

Chains the per-document stages (clean, metadata, language, sentences). A document that fails any of
them, or whose language the pipeline does not handle, becomes a `Reject` and the others go on.
Results are kept in a `ResultCache` when one is given, so unchanged articles are not prepared again.
"""

from prefect import task

from flows.cache import ResultCache
from flows.clean import clean_article
from flows.language import SUPPORTED, split_sentences, with_language
from flows.metadata import with_metadata
from flows.progress import each_document
from models.documents import Article, PreparedBatch, PreparedDocument, Reject

STAGE = "prepare"


class UnsupportedLanguage(ValueError):
    """The document is in a language the pipeline has no rules for."""


def prepare_article(article: Article) -> PreparedDocument:
    """One article cleaned, dated, attributed, tagged with its language and split into sentences."""
    document = with_language(with_metadata(clean_article(article)))
    if document.language not in SUPPORTED:
        raise UnsupportedLanguage(
            f"language {document.language!r} is not handled (handled: {', '.join(sorted(SUPPORTED))})"
        )
    return PreparedDocument(document=document, sentences=split_sentences(document))


def prepare_articles(articles: list[Article], cache: ResultCache | None = None) -> PreparedBatch:
    """Every article prepared; one that fails becomes a Reject with the stage and the reason."""
    result = PreparedBatch(documents=[], sentences=[], rejects=[], processed=[], reused=[])
    for article in each_document(articles):
        prepared = cache.get(STAGE, article.content_hash, PreparedDocument) if cache else None
        if prepared is not None:
            # the cached copy was made from the same bytes, perhaps under another file name
            prepared.document.source = article.source
            result.reused.append(article.source)
        else:
            result.processed.append(article.source)
            try:
                prepared = prepare_article(article)
            except UnsupportedLanguage as err:
                result.rejects.append(_reject(article, "language", str(err)))
                continue
            except Exception as err:  # a bug on one document must not lose the others
                result.rejects.append(
                    _reject(article, STAGE, f"{type(err).__name__}: {err} (document {article.doc_id})")
                )
                continue
            if cache:
                cache.put(STAGE, article.content_hash, prepared)
        result.documents.append(prepared.document)
        result.sentences.extend(prepared.sentences)
    return result


def _reject(article: Article, stage: str, reason: str) -> Reject:
    return Reject(source=article.source, content_hash=article.content_hash, stage=stage, reason=reason)


@task(name="prepare")
def prepare_task(articles: list[Article], cache: ResultCache | None = None) -> PreparedBatch:
    """Clean, date, attribute and split every article not prepared before."""
    return prepare_articles(articles, cache)
