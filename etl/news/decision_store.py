"""The review store: the local, git-ignored SQLite file the review page writes decisions to.

Contract between the app and the ETL (the dashboard keeps its own copy of `SCHEMA`; a test
checks both are the same): `$CADRAN_STATE/review.sqlite3` (default `state/` at the repository
root), tables `decisions` (the current decision per figure key) and `decision_log` (every
decision ever taken, who, when, what changed; triggers refuse UPDATE and DELETE on it).

SQLite in WAL mode rather than a locked text file: each decision is one short transaction, so
two reviewers (or two gunicorn workers) writing at once are serialised by SQLite itself and
neither write is lost, while the build reads a consistent snapshot without blocking them.
The build reads it; `python -m etl decisions export` writes it back into
`data/news_decisions.txt` for a commit (the store wins over the file).
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from etl.news.decisions import Decision, format_decision, merge, parse_decisions

ENV_VAR = "CADRAN_STATE"
DEFAULT_STATE = Path(__file__).resolve().parents[2] / "state"
STORE_NAME = "review.sqlite3"

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


def store_path(state: str | os.PathLike[str] | None = None) -> Path:
    """The store file: in `state`, else $CADRAN_STATE, else state/ at the repository root."""
    folder = Path(state or os.environ.get(ENV_VAR) or DEFAULT_STATE)
    return folder / STORE_NAME


def read_store(path: Path) -> list[Decision]:
    """Current decisions of the store (none when the file does not exist)."""
    if not path.is_file():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        rows = conn.execute(
            "SELECT key, verb, changes, reason, seen, who, at FROM decisions ORDER BY key"
        ).fetchall()
    except sqlite3.OperationalError:  # a store created by nothing we know: no decisions
        return []
    finally:
        conn.close()
    out = []
    for key, verb, changes, reason, seen, who, at in rows:
        comment = "; ".join(p for p in (reason, f"{who} {at[:10]}") if p)
        out.append(
            Decision(0, verb, key, json.loads(changes), comment, seen, f"review store ({key})")
        )
    return out


def all_decisions(text_file: Path, store: Path) -> tuple[list[Decision], list[str]]:
    """The file's decisions overridden by the store's, and the file's warnings."""
    from_file, warnings = parse_decisions(text_file)
    return merge(from_file, read_store(store)), warnings


def export(text_file: Path, store: Path) -> int:
    """Write the store's decisions into the text file: a line whose key the store decided is
    replaced in place, new keys are appended; comments and other lines stay. Returns how many
    decisions were written."""
    decided = {d.key: d for d in read_store(store)}
    lines = text_file.read_text(encoding="utf-8").splitlines() if text_file.is_file() else []
    file_decisions, _ = parse_decisions(text_file)
    by_line = {d.line: d for d in file_decisions}
    out: list[str] = []
    written: set[str] = set()
    for n, line in enumerate(lines, start=1):
        d = by_line.get(n)
        if d is not None and d.key in decided:
            out.append(format_decision(decided[d.key]))
            written.add(d.key)
        else:
            out.append(line)
    new = [d for key, d in sorted(decided.items()) if key not in written]
    if new:
        out += ["", "# Decisions taken on the review page (/revue), exported from the store."]
        out += [format_decision(d) for d in new]
    text_file.write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(decided)
