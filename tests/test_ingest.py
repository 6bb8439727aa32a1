import os
from collections.abc import Callable
from pathlib import Path

import pytest

from flows.html import read_page
from flows.ingest import IngestError, document_id, input_files, read_article, read_articles

RUSSIAN = "Президент Казахстана встретился с главой Татарстана в Астане. Стороны обсудили торговлю и промышленность."
KAZAKH = "Мемлекет басшысы Татарстан Президентімен кездесті. Қазақ-татар қарым-қатынастарын дамыту мәселесі талқыланды."


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (RUSSIAN, "utf-8", "utf-8"),
        (RUSSIAN, "utf-8-sig", "utf-8-sig"),
        (RUSSIAN, "utf-16", "utf-16"),
        (RUSSIAN, "utf-16-le", "utf-16-le"),
        (RUSSIAN, "utf-16-be", "utf-16-be"),
        (RUSSIAN, "cp1251", "cp1251"),
        (RUSSIAN, "koi8-r", "koi8_r"),
        (KAZAKH, "utf-8", "utf-8"),
        (KAZAKH, "utf-16", "utf-16"),
    ],
)
def test_decodes_every_encoding_to_the_same_article(text: str, encoding: str, expected: str) -> None:
    article = read_article("a.txt", text.encode(encoding))
    assert article.raw_text == text
    assert article.encoding == expected
    assert article.doc_id == document_id(text)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "empty file"),
        ("binary.txt", bytes(range(256)) * 20, "binary file"),
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "binary file"),
        ("menu.txt", "Главная | Новости | Контакты".encode(), "not a news article"),
        ("notes.pdf", RUSSIAN.encode(), "unsupported file type"),
        ("huge.txt", b"a " * 3_000_000, "over the"),
    ],
)
def test_refuses_what_is_not_an_article_with_a_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        read_article(name, data)


def test_html_is_stripped_to_visible_text_without_scripts() -> None:
    html = (
        "<html><head><title>t</title><script>fetch('http://x')</script></head>"
        "<body><h1>Встреча</h1><p>Президент&nbsp;встретился <b>с</b> министром.</p>"
        "<style>p{}</style><img src='http://example.com/a.png'></body></html>"
    )
    text, page = read_page(html)
    assert " ".join(text.split()) == "Встреча Президент встретился с министром."
    assert page.title == "Встреча"


def test_html_file_becomes_an_article(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><p>{RUSSIAN}</p></body></html>", encoding="cp1251")
    articles, rejects = read_articles([path])
    assert not rejects
    assert articles[0].format == "html"
    assert articles[0].raw_text == RUSSIAN


def test_one_bad_file_loses_nothing_else_and_duplicates_are_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RUSSIAN, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(RUSSIAN, encoding="cp1251")
    (tmp_path / "d.txt").write_text(KAZAKH, encoding="utf-8")
    articles, rejects = read_articles(sorted(tmp_path.iterdir()))
    assert [a.source for a in articles] == ["a.txt", "d.txt"]
    assert [(r.source, r.reason) for r in rejects] == [
        ("b.txt", "empty file"),
        ("c.txt", "duplicate of a.txt (same text)"),
    ]


def test_seed_ids_are_stable(seed_articles) -> None:  # type: ignore[no-untyped-def]
    again, _ = read_articles(
        [Path(__file__).parent.parent / "seeds" / "articles" / a.source for a in seed_articles]
    )
    assert [a.doc_id for a in again] == [a.doc_id for a in seed_articles]
    assert len({a.doc_id for a in seed_articles}) == 5


def fifo(path: Path) -> None:
    os.mkfifo(path)


def link_out(path: Path) -> None:
    path.symlink_to("/etc/passwd")


def link_out_of_the_folder_by_dots(path: Path) -> None:
    (path.parent.parent / "secret.txt").write_text(RUSSIAN)
    path.symlink_to(Path("..") / "secret.txt")


def dangling(path: Path) -> None:
    path.symlink_to(path.parent / "nowhere.txt")


def loop(path: Path) -> None:
    path.symlink_to(path)


def sparse_64_gb(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(64 * 2**30)


ODD_ENTRIES = [
    ("pipe.txt", fifo, "a FIFO, not a regular file"),
    ("folder.txt", Path.mkdir, "a folder, not a file"),
    ("passwd.txt", link_out, "symbolic link to a file outside the input folder: not read"),
    ("up.txt", link_out_of_the_folder_by_dots, "symbolic link to a file outside the input folder: not read"),
    ("dangling.txt", dangling, "broken symbolic link: its target does not exist"),
    ("loop.txt", loop, "symbolic link loop"),
    ("sparse.txt", sparse_64_gb, "file of 68719476736 bytes is over the 5000000-byte limit"),
]


@pytest.mark.parametrize(("name", "make", "reason"), ODD_ENTRIES, ids=[e[0] for e in ODD_ENTRIES])
def test_only_regular_files_inside_the_folder_are_read_and_every_other_entry_is_a_reject(
    tmp_path: Path, name: str, make: Callable[[Path], None], reason: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(RUSSIAN, encoding="utf-8")
    make(folder / name)
    articles, rejects = read_articles(input_files(folder))
    assert [a.source for a in articles] == ["a.txt"]
    assert [(r.source, r.stage, r.reason) for r in rejects] == [(name, "ingest", reason)]
    assert "root:" not in "".join(a.raw_text for a in articles)


def test_a_link_to_a_file_inside_the_folder_is_read_as_that_file(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(KAZAKH, encoding="utf-8")
    (tmp_path / "a.txt").symlink_to("b.txt")
    articles, rejects = read_articles(input_files(tmp_path))
    assert [a.source for a in articles] == ["a.txt"]
    assert [r.reason for r in rejects] == ["duplicate of a.txt (same text)"]


def test_a_file_name_that_is_not_utf8_is_kept_with_its_bytes_escaped(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"bad\xffname.txt")).write_text(RUSSIAN, encoding="utf-8")
    articles, rejects = read_articles(input_files(tmp_path))
    assert not rejects
    assert articles[0].source == "bad\\xffname.txt"
    articles[0].model_dump_json()  # serialisable: the cache and Parquet take it
