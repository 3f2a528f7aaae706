"""The local fetch archive (`data/fetched/`, git-ignored): every response, every item, and
what is known from earlier runs. Nothing in it is ever overwritten or deleted by a fetch.

Layout:
- `bodies/ab/<sha256>`: each response body once, named by its hash;
- `responses.jsonl`: one line per response, robots.txt and redirect hops included (URL,
  final URL, status, headers, retrieval time, body hash and size, redirects);
- `items/<feed>/<key>.txt`: items shown, in the digest format the build reads (full text);
- `set-aside/<feed>/<key>.txt`: items kept in the archive but not shown;
- `decisions.jsonl`: one line per new item: address, content hash, shown or not and why;
- `state.json`: per feed ETag, Last-Modified and times; addresses and content hashes seen.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from etl.fetch.client import Response

ITEMS = "items"
SET_ASIDE = "set-aside"


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def content_hash(title: str, text: str) -> str:
    """Same words, same hash: spacing and case do not make an item new."""
    norm = " ".join(f"{title}\n{text}".split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


class ArchiveBusy(Exception):
    """Another fetch is writing to the same archive."""


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.warnings: list[str] = []
        self.state: dict[str, Any] = {"feeds": {}, "urls": {}, "hashes": {}}
        path = root / "state.json"
        if path.exists():
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(loaded, dict):
                    raise ValueError("not an object")
                self.state.update(loaded)
            except (ValueError, UnicodeDecodeError) as exc:
                self._rebuild_state(path, exc)

    def _rebuild_state(self, path: Path, exc: Exception) -> None:
        """A damaged state file is set aside and what was seen is read back from the
        decisions log, so no item comes back as new; feeds are then asked unconditionally."""
        aside = path.with_name(f"state.json.damaged-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}")
        os.replace(path, aside)
        log = self.root / "decisions.jsonl"
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        for line in lines:
            try:
                record = json.loads(line)
                self.remember(record["key"], record["content_sha256"], record["file"])
                if record.get("final_key"):
                    self.remember(record["final_key"], "", record["file"])
            except (ValueError, KeyError, TypeError):
                continue
        self.warnings.append(
            f"state.json was unreadable ({exc}); set aside as {aside.name}, "
            f"{len(self.state['urls'])} known items read back from decisions.jsonl"
        )

    @contextmanager
    def locked(self) -> Iterator[None]:
        """One fetch at a time per archive; a second one stops at once, saying why."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".lock").open("w") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise ArchiveBusy(f"another fetch is writing to {self.root}") from None
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # what earlier runs saw
    def feed_state(self, feed_id: str) -> dict[str, Any]:
        return self.state["feeds"].setdefault(feed_id, {})

    def seen_url(self, key: str) -> str | None:
        return self.state["urls"].get(key)

    def seen_hash(self, digest: str) -> str | None:
        return self.state["hashes"].get(digest)

    def remember(self, url_key: str, digest: str, file: str) -> None:
        self.state["urls"][url_key] = file
        if digest:
            self.state["hashes"].setdefault(digest, file)

    def save_state(self) -> None:
        _atomic_write(self.root / "state.json", json.dumps(self.state, indent=1, sort_keys=True))

    # what this run fetched
    def store_response(self, feed_id: str, resp: Response) -> str:
        digest = hashlib.sha256(resp.body).hexdigest()
        body = self.root / "bodies" / digest[:2] / digest
        if not body.exists():
            body.parent.mkdir(parents=True, exist_ok=True)
            tmp = body.with_name(f".{digest}.{os.getpid()}.tmp")
            tmp.write_bytes(resp.body)
            os.replace(tmp, body)
        record = {**asdict(resp), "feed": feed_id, "sha256": digest, "bytes": len(resp.body)}
        del record["body"]
        self._append("responses.jsonl", record)
        return digest

    def write_item(self, feed_id: str, key: str, text: str, shown: bool) -> str:
        """Writes a new item file (never replaces one) and returns its archive path."""
        rel = f"{ITEMS if shown else SET_ASIDE}/{feed_id}/{key}.txt"
        path = self.root / rel
        if not path.exists():
            _atomic_write(path, text)
        return rel

    def log_decision(self, record: dict[str, Any]) -> None:
        self._append("decisions.jsonl", record)

    def _append(self, name: str, record: dict[str, Any]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / name).open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
