"""Language packs: every folder of flows/data/lang/ validates against the one schema, a wrong key or file is
an error naming the file, and a new folder is a new handled language without any change to the code."""

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from flows.lang_pack import LANG_DIR, languages, read_pack
from flows.lang_schema import SECTION_FILES, LanguagePack

FOLDERS = sorted(path for path in LANG_DIR.iterdir() if path.is_dir())
FILES = [path for folder in FOLDERS for path in sorted(folder.glob("*.yaml"))]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_folder_validates(folder: Path) -> None:
    pack = read_pack(folder)
    assert pack.code == folder.name
    assert {path.name for path in folder.iterdir()} <= set(SECTION_FILES.values())
    if pack.language.handled:
        assert pack.documents is not None and pack.figures is not None
        assert pack.dates is not None and len(pack.dates.months) == 12
        assert pack.events is not None and pack.events.triggers
        assert pack.language.alphabet == pack.language.alphabet.lower()


def test_handled_languages_are_the_folders() -> None:
    assert languages() == ["en", "kk", "ru", "tr", "tt"]


def _copy(folder: Path, tmp_path: Path) -> Path:
    target = tmp_path / folder.name
    shutil.copytree(folder, target)
    return target


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_an_unknown_key_is_rejected_naming_the_file(path: Path, tmp_path: Path) -> None:
    folder = _copy(path.parent, tmp_path)
    target = folder / path.name
    target.write_text(target.read_text(encoding="utf-8") + "\nunexpected_key: 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unexpected_key") as error:
        read_pack(folder)
    assert str(target) in str(error.value)


@pytest.mark.parametrize(
    ("file_name", "key", "entry"),
    [
        ("events.yaml", "triggers", {"type": "meet", "pattern": "x", "lang": "ru"}),
        ("titles.yaml", "offices", {"pattern": "x", "offices": ["y"], "lang": "ru"}),
        ("figures.yaml", "numbers", {"value": 2, "pattern": "x", "lang": "ru"}),
    ],
)
def test_an_unknown_key_in_an_entry_is_rejected(
    file_name: str, key: str, entry: dict, tmp_path: Path
) -> None:
    """An entry in the old multi-language shape (with its `lang`) is refused: the folder says the language."""
    folder = _copy(LANG_DIR / "ru", tmp_path)
    data = yaml.safe_load((folder / file_name).read_text(encoding="utf-8"))
    data[key].append(entry)
    (folder / file_name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match="lang") as error:
        read_pack(folder)
    assert str(folder / file_name) in str(error.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda folder: (folder / "trigers.yaml").write_text("version: 1\n"), "trigers.yaml: not a file"),
        (lambda folder: (folder / "language.yaml").unlink(), "language.yaml: missing"),
        (lambda folder: (folder / "figures.yaml").unlink(), "figures.yaml: missing"),
    ],
    ids=["unknown file", "no language.yaml", "handled without figures.yaml"],
)
def test_a_wrong_folder_is_an_error_naming_the_file(change, message: str, tmp_path: Path) -> None:
    folder = _copy(LANG_DIR / "tt", tmp_path)
    change(folder)
    with pytest.raises(ValueError, match=message):
        read_pack(folder)


NEW_PACK = {
    "language.yaml": """
        version: 1
        handled: true
        alphabet: "abcdefghijklmnopqrstuvwxyz"
        conjunctions: [og]
    """,
    "documents.yaml": """
        version: 1
        attribution: {relay: [], cited: [], header: []}
        official_sources: []
        date_labels: ['udgivet']
        months: [janmo, febmo, marmo, aprmo, maimo, junmo, julmo, augmo, sepmo, oktmo, novmo, decmo]
        weekdays: [mondag, tirsdag, onsdag, torsdag, fredag, lordag, sondag]
        year_words: []
    """,
    "figures.yaml": """
        version: 1
        numbers: [{value: 2, pattern: 'tvo'}]
        compounds: []
        compound_units: {}
        ordinals: []
        half_year: []
        range_joiners: ['-']
        not_figures: []
        references: []
    """,
    "events.yaml": """
        version: 1
        triggers:
          - {type: meet, pattern: 'mødte'}
    """,
    "dates.yaml": """
        version: 1
        months: [janmo, febmo, marmo, aprmo, maimo, junmo, julmo, augmo, sepmo, oktmo, novmo, decmo]
    """,
}

PROBE = """
import json, pathlib, sys
from datetime import date
import flows.lang_pack
flows.lang_pack.LANG_DIR = pathlib.Path(sys.argv[1])
from flows.events.dates import Reference, find_dates
from flows.events.lexicon import triggers
from flows.language import SUPPORTED
from flows.metadata import parse_date
found = find_dates("Mødet var 5 maimo 2024.", "xx", Reference(date(2024, 6, 1), "day"))
sentence = "Anna mødte Berit i går."
print(json.dumps({
    "handled": "xx" in flows.lang_pack.languages() and "xx" in SUPPORTED,
    "triggers": [t.type for t in triggers("xx") if t.regex.search(sentence)],
    "dates": [f.value for f in found],
    "published": str(parse_date("udgivet: 3 oktmo 2023")),
}))
"""


def test_a_new_folder_is_a_handled_language(tmp_path: Path) -> None:
    """A folder written for a language the code has never seen is read, and its words are used: its trigger
    fires, its month names make dates, with no change to any module."""
    root = tmp_path / "lang"
    shutil.copytree(LANG_DIR, root)
    (root / "xx").mkdir()
    for name, text in NEW_PACK.items():
        (root / "xx" / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    assert read_pack(root / "xx").language.handled
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "handled": True,
        "triggers": ["meet"],
        "dates": ["2024-05-05"],
        "published": "2023-10-03",
    }


def test_every_pack_field_is_a_file() -> None:
    assert set(SECTION_FILES) == set(LanguagePack.model_fields) - {"code"}
