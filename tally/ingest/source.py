"""An input to read, whether a file or standard input, and the checks every whole-input read makes."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tally.ingest.decode import Unreadable
from tally.ingest.records import EMPTY, too_large

STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input: `label` names it in origins and messages (the path as given, or "-")."""

    label: str
    size: int
    suffix: str
    opener: Callable[[], BinaryIO]

    def open(self) -> BinaryIO:
        return self.opener()

    def head(self, n: int) -> bytes:
        with self.open() as f:
            return f.read(n)

    def read_all(self, limit: int, what: str) -> bytes:
        """The whole input, refused without reading it when it is over `limit` bytes."""
        if self.size > limit:
            raise Unreadable(too_large(what, self.size, limit))
        with self.open() as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise Unreadable(too_large(what, len(data), limit))
        if not data.strip():
            raise Unreadable(EMPTY)
        return data


def file_source(path: Path, label: str) -> Source:
    return Source(label, path.stat().st_size, path.suffix.lower(), lambda: path.open("rb"))


def stdin_source() -> Source:
    data = sys.stdin.buffer.read()
    return Source(STDIN, len(data), "", lambda: io.BytesIO(data))
