"""Rule usage: which entries of the data files (triggers, patterns, lookups) fire, and on which documents.

Code that compiles a data file's entries registers them once (`register(table, entries)`, one line), and the
code that applies an entry reports each hit (`fired(table, entry)`); a hit costs one context lookup unless a
`Usage` is recording. Tables whose code does not report hits are probed instead (`register_probe`): an entry
fires on a document when its pattern matches one of the document's sentences in the entry's language.

`python -m flows.rule_usage --input DIR [--input DIR ...]` runs the pure stages (clean, metadata, language,
sentences, figures; no Prefect) over every article and prints, per table, how often each entry fired and on
which documents, then the entries that never fire and those that fire on one document only, for review.
"""

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from models.documents import PreparedDocument

Entry = tuple[str, str]
"""(language or "" for every language, the entry as written in its data file)."""


@dataclass(frozen=True)
class _Probe:
    language: str
    entry: str
    regex: re.Pattern[str]


_registered: dict[str, dict[str, str]] = {}
_probes: dict[str, list[_Probe]] = {}
_probe_loaders: list[Callable[[], None]] = []


@dataclass
class Usage:
    """The hits recorded while running: table -> entry -> document -> count."""

    hits: dict[str, dict[str, dict[str, int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    )

    def documents(self, table: str, entry: str) -> dict[str, int]:
        """How often the entry fired in each document."""
        return dict(self.hits.get(table, {}).get(entry, {}))


_recording: ContextVar[Usage | None] = ContextVar("rule_usage", default=None)
_document: ContextVar[str] = ContextVar("rule_usage_document", default="?")


def register(table: str, entries: list[Entry]) -> None:
    """Declare a table's entries, so that one that never fires is listed."""
    known = _registered.setdefault(table, {})
    for language, entry in entries:
        known.setdefault(entry, language)


def register_probe(table: str, entries: list[Entry], compile_entry: Callable[[str], re.Pattern[str]]) -> None:
    """Declare a table whose hits are found by matching each entry against the documents' sentences."""
    register(table, entries)
    _probes[table] = [_Probe(language, entry, compile_entry(entry)) for language, entry in entries]


def fired(table: str, entry: str) -> None:
    """Report that an entry fired on the document being processed."""
    usage = _recording.get()
    if usage is not None:
        usage.hits[table][entry][_document.get()] += 1


@contextmanager
def recording() -> Iterator[Usage]:
    """Record every hit reported inside the block."""
    usage = Usage()
    token = _recording.set(usage)
    try:
        yield usage
    finally:
        _recording.reset(token)


@contextmanager
def document(name: str) -> Iterator[None]:
    """Attribute the hits reported inside the block to this document."""
    token = _document.set(name)
    try:
        yield
    finally:
        _document.reset(token)


def probe(prepared: PreparedDocument) -> None:
    """Record the hits of the probed tables on one prepared document."""
    for table, probes in _probes.items():
        for item in probes:
            for sentence in prepared.sentences:
                if item.language in ("", sentence.language) and item.regex.search(sentence.text):
                    fired(table, item.entry)


def _register_event_triggers() -> None:
    """The event triggers, probed: the events stage reports no hits of its own."""
    from flows.events.lexicon import WORD_START, every_trigger

    register_probe(
        "event_triggers",
        [(language, t.pattern) for language, t in every_trigger()],
        lambda pattern: re.compile(WORD_START + f"(?:{pattern})", re.IGNORECASE),
    )


_probe_loaders.append(_register_event_triggers)


def usage_of(inputs: list[Path]) -> Usage:
    """Run the pure stages over every article under the folders and record which entries fired."""
    from flows.events.figures import sentence_figures
    from flows.ingest import input_files, read_articles
    from flows.prepare import prepare_article

    for load in _probe_loaders:
        load()
    articles, _ = read_articles([path for folder in inputs for path in input_files(folder)])
    with recording() as usage:
        for article in articles:
            with document(article.source):
                try:
                    prepared = prepare_article(article)
                except ValueError:  # a language the pipeline does not handle: nothing fires on it
                    continue
                for sentence in prepared.sentences:
                    sentence_figures(prepared.document, sentence)
                probe(prepared)
    return usage


def report(usage: Usage, shown: int = 5) -> list[str]:
    """The report's lines: every table's entries with their hits, then those to review."""
    lines: list[str] = []
    never: list[str] = []
    once: list[str] = []
    for table in sorted(_registered):
        lines.append(f"## {table}")
        for entry, language in _registered[table].items():
            docs = usage.documents(table, entry)
            label = f"{table} [{language or '*'}] {entry}"
            names = ", ".join(sorted(docs)[:shown]) + (" ..." if len(docs) > shown else "")
            lines.append(
                f"{sum(docs.values()):5d} hits {len(docs):3d} docs  [{language or '*'}] {entry}  {names}"
            )
            if not docs:
                never.append(label)
            elif len(docs) == 1:
                once.append(f"{label}  ({next(iter(docs))})")
    lines.append(f"## never fire: {len(never)}")
    lines.extend(never)
    lines.append(f"## fire on one document only: {len(once)}")
    lines.extend(once)
    total = sum(len(entries) for entries in _registered.values())
    lines.append(f"RULES entries={total} never={len(never)} once={len(once)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: print the rule-usage report of the articles in the given folders."""
    parser = argparse.ArgumentParser(prog="python -m flows.rule_usage", description=__doc__)
    parser.add_argument("--input", action="append", type=Path, required=True, help="a folder of articles")
    args = parser.parse_args(argv)
    missing = [str(folder) for folder in args.input if not folder.is_dir()]
    if missing:
        print(f"not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    print("\n".join(report(usage_of(args.input))))
    return 0


if __name__ == "__main__":
    # Run the imported module's `main`: the stages register with `flows.rule_usage`, not with `__main__`.
    from flows.rule_usage import main as imported_main

    sys.exit(imported_main())
