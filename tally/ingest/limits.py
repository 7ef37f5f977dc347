"""Size limits that keep one oversized input from stalling or swamping a batch.

Read at call time (``limits.MAX_REPORT_BYTES``), so a caller or test may change them.
"""

#: The most text one report may hold, in bytes of UTF-8 (for a text file: its size on disk).
MAX_REPORT_BYTES = 5 * 1024 * 1024

#: How many times MAX_REPORT_BYTES a page, feed or JSON line may take before its text is
#: extracted: markup, escapes and metadata weigh more than the text they carry.
MARKUP_FACTOR = 4


def max_markup_bytes() -> int:
    """The most bytes an HTML page, a feed file or one JSON line may take."""
    return MAX_REPORT_BYTES * MARKUP_FACTOR


def in_words(n: int) -> str:
    """A size in plain words for messages: "5.24 MB", "12 KB", "500 bytes"."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    if n >= 1_000:
        return f"{n / 1_000:.3g} KB"
    return f"{n} bytes"
