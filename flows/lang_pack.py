"""Language packs: each folder `flows/data/lang/<code>/` read once, validated against `flows.lang_schema`.

In: a language code (or nothing: every folder). Out: its `LanguagePack`, and the sections other stages read
(`document_words`, `figure_words`). The languages the pipeline handles are the folders present whose
language.yaml says `handled: true`: adding a language is adding a folder. A file the schema does not know,
a key a file's model does not declare, a folder without language.yaml, or a handled language without
documents.yaml or figures.yaml is an error naming the file. The other files are optional: a language without
one has none of its words (no triggers, no date words, ...).
"""

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import ValidationError

from flows.datafiles import DATA_DIR
from flows.lang_schema import SECTION_FILES, SECTIONS, DocumentWords, FigureWords, LanguagePack

LANG_DIR = DATA_DIR / "lang"

HANDLED_NEEDS = ("documents", "figures")
"""The files a handled language's pack must have: the stages read every handled language's."""

T = TypeVar("T")


def read_pack(folder: Path) -> LanguagePack:
    """The pack of one folder, every file validated; a ValueError naming the file that is wrong."""
    known = set(SECTION_FILES.values())
    unknown = sorted(p.name for p in folder.iterdir() if p.name not in known)
    if unknown:
        raise ValueError(
            f"{folder / unknown[0]}: not a file of a language pack (known: {', '.join(sorted(known))})"
        )
    if not (folder / SECTION_FILES["language"]).is_file():
        raise ValueError(f"{folder / SECTION_FILES['language']}: missing (every language pack has one)")
    sections: dict[str, object] = {"code": folder.name}
    for field, file_name in SECTION_FILES.items():
        path = folder / file_name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as handle:
            raw = yaml.safe_load(handle)
        try:
            sections[field] = SECTIONS[field].model_validate(raw)
        except ValidationError as error:
            raise ValueError(f"{path}: {error}") from error
    found = LanguagePack.model_validate(sections)
    if found.language.handled:
        for field in HANDLED_NEEDS:
            if getattr(found, field) is None:
                raise ValueError(f"{folder / SECTION_FILES[field]}: missing (a handled language has one)")
    return found


@cache
def all_packs() -> tuple[LanguagePack, ...]:
    """Every folder's pack, in code order."""
    return tuple(read_pack(path) for path in sorted(LANG_DIR.iterdir()) if path.is_dir())


@cache
def conjunctions() -> frozenset[str]:
    """Every language's words for "and" (language.yaml's `conjunctions`): names are listed with them in any
    text."""
    return frozenset(word for found in all_packs() for word in found.language.conjunctions)


def languages() -> list[str]:
    """The languages the pipeline handles, in code order."""
    return [p.code for p in all_packs() if p.language.handled]


def pack(language: str) -> LanguagePack | None:
    """The pack of one language; None when it has no folder."""
    return next((p for p in all_packs() if p.code == language), None)


def by_language(section: Callable[[LanguagePack], T | None]) -> dict[str, T]:
    """Language -> what `section` takes from its pack, for every pack where that is present and not empty."""
    found = {p.code: section(p) for p in all_packs()}
    return {code: value for code, value in found.items() if value is not None and value != [] and value != {}}


def _missing(language: str, field: str) -> ValueError:
    return ValueError(f"{LANG_DIR / language / SECTION_FILES[field]}: missing")


def document_words(language: str) -> DocumentWords:
    """The document words of one language (documents.yaml)."""
    found = pack(language)
    if found is None or found.documents is None:
        raise _missing(language, "documents")
    return found.documents


def figure_words(language: str) -> FigureWords:
    """The figure words of one language (figures.yaml)."""
    found = pack(language)
    if found is None or found.figures is None:
        raise _missing(language, "figures")
    return found.figures
