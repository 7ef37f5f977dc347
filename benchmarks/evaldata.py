"""Where the benchmarks find the evaluation data and tally, and the views of that data they use.

The evaluation data in ../shared/eval is third-party text for internal measurement only: these
helpers read it in place and write anything derived from it to temporary folders, never into the
repository.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO_ROOT.parent / "shared"
EXAMPLES = REPO_ROOT / "examples" / "reports"

Case = dict[str, Any]


def eval_dir(shared: Path) -> Path | None:
    """The eval folder under `shared`, or None when this checkout has none beside it."""
    path = shared / "eval"
    return path if (path / "score.py").is_file() else None


def read_jsonl(path: Path) -> list[Case]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, rows: Iterable[Case]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def language_view(cases: Iterable[Case], language: str) -> Iterator[Case]:
    """The incidents with at least one document in `language`, keeping only those documents."""
    for case in cases:
        documents = [d for d in case.get("documents", []) if d.get("language") == language]
        if documents:
            yield {**case, "documents": documents}


def documents(cases: Iterable[Case]) -> Iterator[Case]:
    """Every report in the cases: the cases themselves, or the documents of incident bundles."""
    for case in cases:
        yield from case.get("documents") or [case]


def tally_command() -> list[str]:
    """How to run the tally CLI: the venv's `tally` script, else its entry point through Python."""
    for candidate in (Path(sys.executable).parent / "tally", REPO_ROOT / ".venv" / "bin" / "tally"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("tally")
    return [found] if found else [sys.executable, "-c", "from tally.cli import main; main()"]
