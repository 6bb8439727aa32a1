"""stanza as a names backend: its NER spans, where its models are installed, join the offline candidates.

In: documents, sentences, the offline candidates. Out: the candidates with stanza's PER/LOC/ORG spans added
where they overlap none (their base forms and keys made as for any other span). Pipelines load with
`download_method=None` from `KAZEVENTS_STANZA_DIR` (default ~/stanza_resources); `download_models` fetches
them on a connected machine (`kazevents models download`). stanza itself is the optional `stanza` extra;
without it the offline backend is used, with one log line.
"""

import logging
import os
from functools import cache
from pathlib import Path
from typing import Any

from flows.names.lexicon import is_known
from flows.names.normalise import TOKEN, base_token
from flows.names.recognise import Candidate, overlaps_none
from models.documents import Document, Sentence

log = logging.getLogger(__name__)

LANGUAGES = ("kk", "ru", "tr")
"""Languages stanza has NER models for among the project's."""
DEFAULT_MODELS_DIR = Path(os.environ.get("KAZEVENTS_STANZA_DIR", Path.home() / "stanza_resources"))
STANZA_TYPES = {"PER": "person", "PERSON": "person", "LOC": "place", "GPE": "place", "ORG": "organization"}


def models_dir() -> Path:
    """Where stanza's models are looked for."""
    return Path(os.environ.get("KAZEVENTS_STANZA_DIR", DEFAULT_MODELS_DIR))


def download_models(target_dir: Path, languages: list[str] | tuple[str, ...] = LANGUAGES) -> None:
    """Fetch the tokenize and NER models of each language into target_dir (needs the network)."""
    import stanza

    for language in languages:
        stanza.download(language, model_dir=str(target_dir), processors="tokenize,ner")


@cache
def available_pipelines() -> dict[str, Any]:
    """stanza pipelines by language for the models installed; empty, with one log line, when none are."""
    directory = models_dir()
    if not (directory / "resources.json").exists():
        log.warning("stanza models not found in %s: using the offline names backend", directory)
        return {}
    languages = [language for language in LANGUAGES if (directory / language).is_dir()]
    if not languages:
        log.warning(
            "no stanza models for %s in %s: using the offline names backend", ", ".join(LANGUAGES), directory
        )
        return {}
    try:
        import stanza
    except ImportError:
        log.warning(
            "stanza is not installed (it comes with the extra: pip install 'kazevents[stanza]'): "
            "using the offline names backend"
        )
        return {}
    return {
        language: stanza.Pipeline(
            language, dir=str(directory), processors="tokenize,ner", download_method=None, verbose=False
        )
        for language in languages
    }


def candidates_from_stanza(
    document: Document, stanza_document: Any, offset: int, sentence: Sentence
) -> list[Candidate]:
    """stanza's entities of one sentence as candidates with offsets into Document.text."""
    found = []
    for entity in stanza_document.ents:
        type_ = STANZA_TYPES.get(entity.type)
        if type_ is None:
            continue
        start, end = offset + entity.start_char, offset + entity.end_char
        surface = document.text[start:end]
        base = TOKEN.sub(lambda m: base_token(m.group(), sentence.language, is_known), surface)
        tokens = [base_token(t, sentence.language, is_known) for t in TOKEN.findall(surface)]
        found.append(
            Candidate(
                start,
                end,
                type_,
                sentence.language,
                sentence.index,
                base,
                "stanza",
                name_tokens=tokens if type_ == "person" else [],
            )
        )
    return found


def stanza_candidates(
    document: Document, sentences: list[Sentence], pipelines: dict[str, Any], candidates: list[Candidate]
) -> list[Candidate]:
    """The offline candidates plus stanza's spans that overlap none of them."""
    merged = list(candidates)
    for sentence in sentences:
        pipeline = pipelines.get(sentence.language)
        if pipeline is None:
            continue
        for extra in candidates_from_stanza(document, pipeline(sentence.text), sentence.start, sentence):
            if overlaps_none(extra.start, extra.end, merged):
                merged.append(extra)
    return sorted(merged, key=lambda c: c.start)
