"""The inputs named on a command line, with folders walked in a fixed order."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from tally.ingest.records import Refused
from tally.ingest.source import STDIN, Source, file_source, stdin_source

_LINKED_FOLDER = "a link to a folder, not followed inside a folder (name it to read it)"


def sources(paths: Iterable[str | Path]) -> Iterator[Source | Refused]:
    """Each file to read, in order: paths as given, folders recursively in sorted name order,
    skipping hidden files and folders (names starting with "."); "-" is standard input. Links to
    folders met inside a folder are refused rather than followed, so a loop cannot trap the walk."""
    for path in paths:
        if str(path) == STDIN:
            yield stdin_source()
        else:
            yield from _walk(Path(path), str(path))


def _walk(path: Path, label: str) -> Iterator[Source | Refused]:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        yield Refused(label, "no such file or folder")
        return
    except OSError as e:
        yield Refused(label, os_reason(e))
        return
    if stat.S_ISDIR(mode):
        try:
            names = sorted(entry.name for entry in os.scandir(path))
        except OSError as e:
            yield Refused(label, f"the folder {os_reason(e)}")
            return
        for name in names:
            child = path / name
            if name.startswith("."):
                continue
            if child.is_symlink() and child.is_dir():
                yield Refused(str(child), _LINKED_FOLDER)
            else:
                yield from _walk(child, str(child))
    elif stat.S_ISREG(mode):
        yield file_source(path, label)
    else:
        yield Refused(label, "not a regular file (a device, pipe or socket)")


def os_reason(error: OSError) -> str:
    """An operating-system error in plain words."""
    if isinstance(error, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    return f"cannot be read ({error.strerror or error})"
