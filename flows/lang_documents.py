"""Per-language knowledge of documents and figures: `flows/data/lang/<code>/documents.yaml`, `figures.yaml`.

In: a language code (or nothing, for every language that has the file). Out: the validated records below.
Adding a language is adding a folder with these two files.
"""

from functools import cache

from pydantic import BaseModel, ConfigDict

from flows.datafiles import DATA_DIR, load_yaml

LANG_DIR = DATA_DIR / "lang"


class Attribution(BaseModel):
    """How a text names its source; each pattern is a regular expression with a named group `outlet`."""

    model_config = ConfigDict(extra="forbid")
    relay: list[str]
    """Phrases naming the outlet that publishes the text ("сообщает X", "деп хабарлайды X", "X reports")."""
    cited: list[str]
    """Phrases naming the source the outlet relays ("со ссылкой на X", "X'a atıfta bulunan"): that source is
    the outlet when it is a news outlet."""
    header: list[str]
    """Phrases naming the outlet only where the header stands ("Медиаресурс «X»"): in running text the
    same words name other papers (an interview given to a newspaper)."""


class DocumentWords(BaseModel):
    """Schema of `lang/<code>/documents.yaml`."""

    model_config = ConfigDict(extra="forbid")
    version: int
    attribution: Attribution
    official_sources: list[str]
    """Words of a government body's press service: a source named so is not a news outlet."""
    date_labels: list[str]
    """Labels before a date line ("Опубликовано:", "Güncelleme:"), dropped before the date is read."""
    months: list[str]
    """Twelve month stems, January first, matched case-insensitively at a word start."""
    weekdays: list[str]
    """Seven weekday names, Monday first."""
    year_words: list[str]
    """Words after a year number ("2016 елның", "2024 г."), to be skipped."""
    outlet_suffixes: list[str] = []
    """Case endings the language glues to an outlet's name, longest first."""


class NumberWord(BaseModel):
    """A number written as a word: its stem (a regular expression at a word start) and its value."""

    model_config = ConfigDict(extra="forbid")
    value: int
    pattern: str


class FigureWords(BaseModel):
    """Schema of `lang/<code>/figures.yaml`."""

    model_config = ConfigDict(extra="forbid")
    version: int
    numbers: list[NumberWord]
    """Cardinal numbers as whole words ("two", "екі", "трёх"); "one" is left out: it is mostly no count."""
    compounds: list[NumberWord]
    """A number's stem glued to a unit's stem ("двух" in "двухдневный")."""
    compound_units: dict[str, str]
    """Unit code -> the unit stems a compound ends with ("дневн" -> days)."""
    ordinals: list[str]
    """What follows a digit to make it a rank ("2-ші", "5th", "12. Zirvesi"): the number is no figure."""
    half_year: list[str]
    """Phrases naming a half-year, each on its own; a group `second` matches when it is the second half."""
    range_joiners: list[str]
    """What stands between the two ends of a range ("2-3", "two or three"): the figure is the upper end."""
    not_figures: list[str]
    """Words after a number that make it no figure: a page counter, an article's age ("5 минут назад")."""
    references: list[str]
    """Nouns that after a number in words name the parties of a relation ("двух стран", "the two leaders"),
    not a count."""


def languages() -> list[str]:
    """Every language with a folder of its own, in code order."""
    return sorted(path.name for path in LANG_DIR.iterdir() if path.is_dir())


@cache
def document_words(language: str) -> DocumentWords:
    """The document words of one language."""
    return load_yaml(f"lang/{language}/documents.yaml", DocumentWords)


@cache
def figure_words(language: str) -> FigureWords:
    """The figure words of one language."""
    return load_yaml(f"lang/{language}/figures.yaml", FigureWords)
