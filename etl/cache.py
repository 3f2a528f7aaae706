"""The build cache: one entry per input (a statistics source folder, a news file) under
`.cache/build`, holding the key of everything its read depends on and its last good output.

Both stages use it the same way: an entry whose key matches is reused ("cached"); when an
input fails to read, the entry is taken whatever its key ("kept": its last good read). Each
stage keeps its own key recipe and payload: a JSON `meta` always, plus any files the stage
writes beside it (the statistics side writes its rows as Parquet). An entry is written to a
fresh folder and renamed into place, so a crash or a second build never leaves half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CACHE = ROOT / ".cache" / "build"
META = "meta.json"


@dataclass(frozen=True)
class Entry:
    """One cached read: its JSON payload and the folder holding its other files."""

    meta: dict[str, Any]
    folder: Path


class BuildCache:
    """Keyed entries under `root`; `get(name, None)` is the last good read of `name`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def folder(self, name: str) -> Path:
        """Where `name`'s entry lives (a hash, so any file name makes a safe folder name)."""
        return self.root / hashlib.sha1(name.encode()).hexdigest()[:20]

    def get(self, name: str, key: str | None) -> Entry | None:
        """The entry of `name` when its key is `key` (any key when None), else None."""
        folder = self.folder(name)
        try:
            stored = json.loads((folder / META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(stored, dict) or not isinstance(stored.get("meta"), dict):
            return None
        if key is not None and stored.get("key") != key:
            return None
        return Entry(stored["meta"], folder)

    def put(
        self,
        name: str,
        key: str,
        meta: dict[str, Any],
        write_files: Callable[[Path], None] | None = None,
    ) -> None:
        """Writes `name`'s entry whole: `meta` and the files `write_files` puts in the folder."""
        folder = self.folder(name)
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=self.root))
        try:
            if write_files is not None:
                write_files(tmp)
            (tmp / META).write_text(
                json.dumps({"key": key, "meta": meta}, default=str, ensure_ascii=False),
                encoding="utf-8",
            )
            shutil.rmtree(folder, ignore_errors=True)
            # Another build may write the same entry at the same moment: its copy stands.
            with contextlib.suppress(OSError):
                tmp.rename(folder)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)  # gone after the rename; else never half-read
