"""The review store, written by the review page: `$CADRAN_STATE/review.sqlite3`.

The contract is shared with the ETL (`etl/news/decision_store.py` reads this file at build
time; a test checks both schemas are the same): `decisions` holds the current decision per
figure key, `decision_log` every decision ever taken (who, when, what changed, the decision
it replaced; triggers refuse UPDATE and DELETE), `login_attempts` the failed logins the
rate limit counts. SQLite in WAL mode: each decision is one short IMMEDIATE transaction, so
reviewers and gunicorn workers writing at once are serialised and none is lost.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ENV_VAR = "CADRAN_STATE"
DEFAULT_STATE = Path(__file__).resolve().parents[2] / "state"
STORE_NAME = "review.sqlite3"
VERBS = ("approve", "reject", "correct")

SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    key TEXT PRIMARY KEY,
    verb TEXT NOT NULL CHECK (verb IN ('approve', 'reject', 'correct')),
    changes TEXT NOT NULL DEFAULT '{}',
    reason TEXT NOT NULL DEFAULT '',
    seen TEXT,
    who TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decision_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    verb TEXT NOT NULL,
    changes TEXT NOT NULL,
    reason TEXT NOT NULL,
    seen TEXT,
    previous TEXT,
    who TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS decision_log_no_update BEFORE UPDATE ON decision_log
BEGIN SELECT RAISE(ABORT, 'decision_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS decision_log_no_delete BEFORE DELETE ON decision_log
BEGIN SELECT RAISE(ABORT, 'decision_log is append-only'); END;
CREATE TABLE IF NOT EXISTS login_attempts (
    who TEXT NOT NULL,
    at REAL NOT NULL
);
"""


def state_dir() -> Path:
    """$CADRAN_STATE, else state/ at the repository root (git-ignored)."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_STATE)


def store_path() -> Path:
    return state_dir() / STORE_NAME


@contextmanager
def connect(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """A connection to the store (created with its schema on first use), closed afterwards."""
    path = path or store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout=30000")
        # Switching a new file to WAL needs it alone, and SQLite answers "database is locked"
        # at once instead of waiting: the setup is done by one process at a time.
        with (path.parent / f"{path.name}.setup-lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(SCHEMA)
        yield conn
    finally:
        conn.close()


@dataclass(frozen=True)
class Decision:
    key: str
    verb: str
    changes: dict[str, Any]
    reason: str
    seen: str | None
    who: str
    at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def decide(
    key: str,
    verb: str,
    who: str,
    changes: dict[str, Any] | None = None,
    reason: str = "",
    seen: str | None = None,
    path: Path | None = None,
) -> Decision:
    """Record a decision: it replaces the key's current one, and the log keeps both."""
    if verb not in VERBS:
        raise ValueError(f"unknown verb {verb!r}")
    decision = Decision(key, verb, dict(changes or {}), reason, seen, who, _now())
    body = json.dumps(decision.changes, ensure_ascii=False, sort_keys=True)
    with connect(path) as conn:
        conn.execute("BEGIN IMMEDIATE")  # one writer at a time; the others wait, none is lost
        try:
            old = conn.execute(
                "SELECT verb, changes, reason, who, at FROM decisions WHERE key = ?", (key,)
            ).fetchone()
            previous = (
                json.dumps(dict(zip(("verb", "changes", "reason", "who", "at"), old, strict=True)))
                if old
                else None
            )
            conn.execute(
                "INSERT INTO decisions (key, verb, changes, reason, seen, who, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET verb=excluded.verb, "
                "changes=excluded.changes, reason=excluded.reason, seen=excluded.seen, "
                "who=excluded.who, at=excluded.at",
                (key, verb, body, reason, seen, who, decision.at),
            )
            conn.execute(
                "INSERT INTO decision_log (key, verb, changes, reason, seen, previous, who, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (key, verb, body, reason, seen, previous, who, decision.at),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return decision


def current(path: Path | None = None) -> dict[str, Decision]:
    """Current decision per key."""
    with connect(path) as conn:
        rows = conn.execute(
            "SELECT key, verb, changes, reason, seen, who, at FROM decisions"
        ).fetchall()
    return {r[0]: Decision(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6]) for r in rows}


def log(path: Path | None = None) -> list[dict[str, Any]]:
    """Every decision taken, oldest first."""
    with connect(path) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM decision_log ORDER BY id").fetchall()
    return [dict(r) for r in rows]


def failed_logins(who: str, window: float, path: Path | None = None) -> int:
    """Failed login attempts for `who` (a name or an address) within `window` seconds."""
    with connect(path) as conn:
        (n,) = conn.execute(
            "SELECT COUNT(*) FROM login_attempts WHERE who = ? AND at > ?",
            (who, time.time() - window),
        ).fetchone()
    return int(n)


def record_failed_login(whos: list[str], path: Path | None = None) -> None:
    with connect(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM login_attempts WHERE at < ?", (time.time() - 86_400,))
        conn.executemany(
            "INSERT INTO login_attempts (who, at) VALUES (?, ?)", [(w, time.time()) for w in whos]
        )
        conn.execute("COMMIT")
