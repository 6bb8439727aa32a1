"""Printable: any text in (a file name, a reason quoting one), the same text safe to print on one line out.

Control characters (newlines, carriage returns, escape sequences), line and paragraph separators and
invisible format characters (bidirectional overrides) are written as `\\xNN` / `\\uNNNN` escapes, so no
input can forge or hide a line of the pipeline's output. Everything else is left as it is.
"""

import unicodedata

UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def printable(text: str) -> str:
    """The text with every control, format and line-separator character escaped."""
    return "".join(
        c if unicodedata.category(c) not in UNPRINTABLE else c.encode("unicode_escape").decode("ascii")
        for c in text
    )
