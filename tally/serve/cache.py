"""Answers to the dashboard's heavier questions (map points, sums, counts), kept until the data
changes.

Every change to incidents, claims and reviews writes an audit event, whoever makes it (this
server, `tally ingest` in another process, a reviewer), so the newest audit event's id is the
version of the data: an answer is reused only while that id is the same. Reading it costs one
lookup on the primary key.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tally.store.models import AuditEventRow

T = TypeVar("T")
#: How many answers are kept (the least recently used go first).
SIZE = 512


class Answers:
    """A small cache of answers keyed by question, valid for one version of the data."""

    def __init__(self, size: int = SIZE) -> None:
        self._kept: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    @staticmethod
    def version(session: Session) -> int:
        return session.scalar(select(func.max(AuditEventRow.id))) or 0

    def get(self, session: Session, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer to `key`, computed again when the data changed since it was kept."""
        version = self.version(session)
        with self._lock:
            found = self._kept.get(key)
            if found is not None and found[0] == version:
                self._kept.move_to_end(key)
                return found[1]
        value = compute()
        with self._lock:
            self._kept[key] = (version, value)
            self._kept.move_to_end(key)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)
        return value
