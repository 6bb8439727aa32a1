"""Records for articles as read from disk, as cleaned documents, their sentences, and rejected inputs."""

from datetime import date

from models.base import Record


class PageMetadata(Record):
    """What an HTML page states about its article."""

    title: str | None = None
    """The article's title (the page's `og:title`, `<h1>` or `<title>`)."""
    published: date | None = None
    """The publication date in the page's metadata or URL."""
    author: str | None = None
    """The author the page names."""
    site_name: str | None = None
    """The site's name (`og:site_name`)."""
    url: str | None = None
    """The page's canonical URL (`<link rel="canonical">`, `og:url`)."""


class Article(Record):
    """One input file, decoded to text, before any cleaning."""

    source: str
    """The input file's name, e.g. `000_a3df63cb1fc49480.txt`."""
    content_hash: str
    """SHA-256 of the file's bytes, hex."""
    doc_id: str
    """Stable id derived from the decoded text: the same article gets the same id on every run."""
    encoding: str
    """The encoding the bytes were decoded with (utf-8, utf-8-sig, utf-16, cp1251, koi8-r)."""
    format: str
    """`txt` or `html` (an HTML page's main text is taken out on ingest, see flows/html.py)."""
    raw_text: str
    """The decoded text, exactly as in the file; for HTML, the page's main text, its title first."""
    page: PageMetadata | None = None
    """What an HTML page states about the article; None for text files."""


class OffsetSegment(Record):
    """A run of characters copied unchanged from the raw text into the cleaned text."""

    clean_start: int
    """Offset of the run in the cleaned text."""
    raw_start: int
    """Offset of the same run in the raw text."""
    length: int
    """Number of characters in the run."""


class Document(Record):
    """A cleaned article with its metadata: what mention offsets point into."""

    doc_id: str
    """Stable id of the document (see Article.doc_id)."""
    source: str
    """The input file's name."""
    content_hash: str
    """SHA-256 of the input file's bytes, hex."""
    title: str | None = None
    """The article's title, when the text starts with one."""
    text: str
    """The cleaned text (boilerplate dropped, hard line breaks joined, Unicode normalised)."""
    offset_map: list[OffsetSegment] = []
    """Runs of the cleaned text copied from the raw text, to map any cleaned offset back."""
    language: str = "und"
    """ISO 639-1 code of the document's main language."""
    language_confidence: float = 0.0
    """How sure the language identification is, 0 to 1."""
    published: date | None = None
    """Publication date stated by the text (a date under the title, a `date YYYY-MM-DD` marker) or by
    an HTML page's metadata."""
    outlet: str | None = None
    """The news outlet the text names as its source."""
    author: str | None = None
    """The author: the byline, kept out of the text, or the one an HTML page names."""
    url: str | None = None
    """Where the article was published: an HTML page's canonical URL, or a text file's `URL:` header line."""
    masthead: list[str] = []
    """What the clean stage took out of the text as metadata: a date line, a date marker, the site's name."""


class Sentence(Record):
    """One sentence of a cleaned document."""

    doc_id: str
    """The document the sentence belongs to."""
    index: int
    """Position of the sentence in the document, from 0."""
    start: int
    """Offset of the sentence's first character in Document.text."""
    end: int
    """Offset just past the sentence's last character in Document.text."""
    text: str
    """The sentence, equal to Document.text[start:end]."""
    language: str
    """ISO 639-1 code of the sentence's language."""
    language_confidence: float
    """How sure the language identification is, 0 to 1."""


class Reject(Record):
    """An input that could not be processed, with a reason a person can act on."""

    source: str
    """The input file's name."""
    content_hash: str
    """SHA-256 of the file's bytes, hex (empty when the file could not be read)."""
    stage: str
    """The pipeline stage that rejected it (ingest, clean, language, names, events, ...)."""
    reason: str
    """Why it was rejected, in words a person can act on."""


class PreparedDocument(Record):
    """A document after the per-document stages, as kept between runs."""

    document: Document
    """The cleaned document with its metadata and language."""
    sentences: list[Sentence]
    """Its sentences."""


class PreparedBatch(Record):
    """The per-document stages' output for a batch of articles."""

    documents: list[Document]
    """The documents prepared or reused."""
    sentences: list[Sentence]
    """Their sentences."""
    rejects: list[Reject]
    """Articles that could not be prepared."""
    processed: list[str]
    """Sources prepared in this run."""
    reused: list[str]
    """Sources whose preparation was taken from an earlier run."""
