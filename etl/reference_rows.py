"""Rows of a small reference CSV (publishers, stated producers, topics), checked line by line.

Input: a path and the columns the table must have. Output: (row number, stripped values)
pairs, so each caller can name the row of a bad value. A missing file, an unreadable file, a
missing column or a line with the wrong number of fields is a `SourceError` naming the file
and row, never a traceback.
"""

from __future__ import annotations

import csv
from pathlib import Path

from etl.errors import SourceError


def reference_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(row number, stripped values) of a reference CSV; a bad file or line is named."""
    if not path.is_file():
        raise SourceError("reference table not found", file=str(path))
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise SourceError(f"unreadable csv: {exc}", file=str(path)) from None
    missing = [c for c in columns if rows and c not in rows[0]]
    if not rows or missing:
        raise SourceError(f"missing columns {missing or list(columns)}", file=str(path), row=1)
    out = []
    for number, row in enumerate(rows, start=2):
        if None in row or any(row[c] is None for c in columns):
            raise SourceError("wrong number of fields", file=str(path), row=number)
        out.append((number, {c: row[c].strip() for c in columns}))
    return out
