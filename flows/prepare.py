"""Prepare: `Article`s in, `Document`s with metadata and language plus their `Sentence`s out.

Chains the per-document stages (clean, metadata, language, sentences). A document that fails any of
them, or whose language the pipeline does not handle, becomes a `Reject` and the others go on.
"""

from prefect import task

from flows.clean import clean_article
from flows.language import SUPPORTED, split_sentences, with_language
from flows.metadata import with_metadata
from models.documents import Article, Document, Reject, Sentence


class UnsupportedLanguage(ValueError):
    """The document is in a language the pipeline has no rules for."""


def prepare_article(article: Article) -> tuple[Document, list[Sentence]]:
    """One article cleaned, dated, attributed, tagged with its language and split into sentences."""
    document = with_language(with_metadata(clean_article(article)))
    if document.language not in SUPPORTED:
        raise UnsupportedLanguage(
            f"language {document.language!r} is not handled (handled: {', '.join(sorted(SUPPORTED))})"
        )
    return document, split_sentences(document)


def prepare_articles(articles: list[Article]) -> tuple[list[Document], list[Sentence], list[Reject]]:
    """Every article prepared; one that fails becomes a Reject with the stage and the reason."""
    documents: list[Document] = []
    sentences: list[Sentence] = []
    rejects: list[Reject] = []
    for article in articles:
        try:
            document, its_sentences = prepare_article(article)
        except UnsupportedLanguage as err:
            rejects.append(
                Reject(
                    source=article.source,
                    content_hash=article.content_hash,
                    stage="language",
                    reason=str(err),
                )
            )
            continue
        except Exception as err:  # a bug on one document must not lose the others
            rejects.append(
                Reject(
                    source=article.source,
                    content_hash=article.content_hash,
                    stage="prepare",
                    reason=f"{type(err).__name__}: {err} (document {article.doc_id})",
                )
            )
            continue
        documents.append(document)
        sentences.extend(its_sentences)
    return documents, sentences, rejects


@task(name="prepare")
def prepare_task(articles: list[Article]) -> tuple[list[Document], list[Sentence], list[Reject]]:
    """Clean, date, attribute and split every article."""
    return prepare_articles(articles)
