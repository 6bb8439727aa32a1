"""Ingest: input files in, decoded `Article` records (or `Reject`s with a reason) out.

Reads `.txt`, `.html` and `.htm` files; decodes UTF-8 (with or without BOM), UTF-16 and legacy
Cyrillic encodings (cp1251, KOI8-R); takes an HTML page's article and metadata out of its markup
(flows/html.py) without fetching or executing anything. Only regular files inside the input folder
are read: a symbolic link out of it, a broken link, a link loop, a FIFO, a device or a folder named
like an article is a reject with its reason. The size is checked with `stat` before reading, and no
more than the limit is ever read.
"""

import errno
import hashlib
import os
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from charset_normalizer import from_bytes
from prefect import task

from flows.html import read_page
from models.documents import Article, Reject

SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html"}
MAX_BYTES = 5_000_000
"""Larger files are not news articles; refusing them keeps one bad input from exhausting memory."""
LEGACY_ENCODINGS = ["cp1251", "koi8_r", "utf_16"]
MIN_LETTERS = 40
"""Fewer letters than this cannot carry a news event."""


class IngestError(ValueError):
    """An input that cannot become an article; the message is the reason shown to people."""


def content_hash(data: bytes) -> str:
    """SHA-256 of the bytes, hex."""
    return hashlib.sha256(data).hexdigest()


def document_id(text: str) -> str:
    """A stable id from the decoded text, blind to encoding, BOM, line endings and Unicode form."""
    canonical = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    return "doc-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _bomless_utf16(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when the bytes hold NULs and read as text in that byte order.

    Of the two byte orders, the one that yields more plain spaces wins: in the wrong order a space
    (U+0020) becomes U+2000.
    """
    if b"\x00" not in data or len(data) % 2:
        return None
    spaces = {}
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            spaces[encoding] = text.count(" ") + text.count("\n")
    best = max(spaces, key=spaces.__getitem__, default=None)
    return best if best and spaces[best] else None


def decode(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was decoded with."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16), utf16
    if b"\x00" in data:
        raise IngestError("binary file: NUL bytes, and it does not read as UTF-16 text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise IngestError("cannot decode: not UTF-8, UTF-16, cp1251 or KOI8-R text")
    return str(best), best.encoding


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise IngestError("binary file: NUL bytes in the decoded text")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    if controls > max(10, len(text) // 100):
        raise IngestError(f"binary file: {controls} control characters")
    letters = sum(1 for c in text if c.isalpha())
    if letters < MIN_LETTERS:
        raise IngestError(f"not a news article: only {letters} letters of text")


def read_article(source: str, data: bytes) -> Article:
    """The article in a file's bytes; raises IngestError with the reason when it is not one."""
    fmt = SUFFIXES.get(Path(source).suffix.lower())
    if fmt is None:
        raise IngestError(f"unsupported file type {Path(source).suffix!r}: expected .txt, .html or .htm")
    if not data.strip():
        raise IngestError("empty file")
    if len(data) > MAX_BYTES:
        raise IngestError(f"file of {len(data)} bytes is over the {MAX_BYTES}-byte limit")
    text, encoding = decode(data)
    page = None
    if fmt == "html":
        text, page = read_page(text)
    _check_text(text)
    return Article(
        source=source,
        content_hash=content_hash(data),
        doc_id=document_id(text),
        encoding=encoding,
        format=fmt,
        raw_text=text,
        page=page,
    )


def input_files(folder: Path) -> list[Path]:
    """The entries of the folder named like articles, in a stable order (`read_input` checks each)."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)


def source_name(path: Path) -> str:
    """The file's name as text: bytes that are not UTF-8 are written as `\\xNN` escapes."""
    return os.fsencode(path.name).decode("utf-8", "backslashreplace")


_KINDS = {
    stat.S_IFDIR: "a folder, not a file",
    stat.S_IFIFO: "a FIFO, not a regular file",
    stat.S_IFCHR: "a character device, not a regular file",
    stat.S_IFBLK: "a block device, not a regular file",
    stat.S_IFSOCK: "a socket, not a regular file",
}


def _regular(info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(_KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file"))
    if info.st_size > MAX_BYTES:
        raise IngestError(f"file of {info.st_size} bytes is over the {MAX_BYTES}-byte limit")


def _target(path: Path) -> Path:
    """The file a folder entry stands for: itself, or where its symbolic link leads inside the folder."""
    if not path.is_symlink():
        return path
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise IngestError("symbolic link loop") from None
        raise IngestError("broken symbolic link: its target does not exist") from None
    target = Path(os.path.realpath(path))
    if path.parent.resolve() not in target.parents:
        raise IngestError("symbolic link to a file outside the input folder: not read")
    return target


def read_input(path: Path) -> bytes:
    """The bytes of one input, read only when it is a regular file inside its folder and under the size
    limit; raises IngestError with the reason otherwise."""
    target = _target(path)
    try:
        _regular(os.lstat(target))
        handle = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as err:
        raise IngestError(f"unreadable: {err.strerror}") from None
    with os.fdopen(handle, "rb") as stream:
        _regular(os.fstat(stream.fileno()))  # what was opened, in case the entry changed meanwhile
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise IngestError(f"file grew over the {MAX_BYTES}-byte limit while read")
    return data


def read_articles(paths: Iterable[Path]) -> tuple[list[Article], list[Reject]]:
    """Articles from the files; a file that is not one becomes a Reject and the rest go on.

    A second file with the same text as an earlier one is rejected as a duplicate.
    """
    articles: list[Article] = []
    rejects: list[Reject] = []
    seen: dict[str, str] = {}
    for path in paths:
        source = source_name(path)
        try:
            data = read_input(path)
        except IngestError as err:
            rejects.append(Reject(source=source, content_hash="", stage="ingest", reason=str(err)))
            continue
        try:
            article = read_article(source, data)
        except (IngestError, UnicodeDecodeError) as err:
            rejects.append(
                Reject(source=source, content_hash=content_hash(data), stage="ingest", reason=str(err))
            )
            continue
        if article.doc_id in seen:
            rejects.append(
                Reject(
                    source=source,
                    content_hash=article.content_hash,
                    stage="ingest",
                    reason=f"duplicate of {seen[article.doc_id]} (same text)",
                )
            )
            continue
        seen[article.doc_id] = source
        articles.append(article)
    return articles, rejects


@task(name="ingest")
def ingest_task(folder: Path) -> tuple[list[Article], list[Reject]]:
    """Read every article of the input folder."""
    return read_articles(input_files(folder))
