"""Curation of news figures: `data/news_decisions.txt`, applied by every build.

One decision per line, `#` starts a comment:

    approve fig-0123456789abcdef            # checked against the original article
    reject  fig-0123456789abcdef            # a price, not revenue
    correct fig-0123456789abcdef value=423000000 period=2024 indicator=revenue
    correct fig-0123456789abcdef entity="France Horlogerie" geo=FR-BFC
    correct fig-0123456789abcdef entity=         # the figure is about the whole sector

Effects: `reject` sets status `rejected`: the figure stays in news_figures (so the decision
is visible) but never enters observations. `approve` keeps the figure and makes a candidate
with an indicator, place and period `reported`, so it enters observations. `correct`
replaces the named fields, then counts as approved. An unknown figure id, verb, field or
value is a warning naming the line; the build goes on.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.schema import DATE_PATTERN

VERBS = ("approve", "reject", "correct")
FIELDS = {
    "value": float,
    "value_max": float,
    "period": str,
    "indicator": str,
    "geo": str,
    "segment": str,
    "entity": str,
    "unit": str,
    "metric": str,
}
_PERIOD = re.compile(DATE_PATTERN)


@dataclass
class Decision:
    line: int
    verb: str
    figure_id: str
    changes: dict[str, Any] = field(default_factory=dict)
    comment: str = ""


def parse_decisions(path: Path) -> tuple[list[Decision], list[str]]:
    """Decisions of the file (none when it does not exist) and warnings for bad lines."""
    if not path.is_file():
        return [], []
    decisions: list[Decision] = []
    warnings: list[str] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        body, _, comment = raw.partition("#")
        where = f"{path.name} line {n}"
        try:
            words = shlex.split(body)
        except ValueError as exc:
            warnings.append(f"{where}: {exc} (found {raw.strip()!r})")
            continue
        if not words:
            continue
        verb = words[0].lower()
        if verb not in VERBS or len(words) < 2 or not words[1].startswith("fig-"):
            warnings.append(
                f"{where}: expected 'approve|reject|correct fig-<id>' (found {raw.strip()!r})"
            )
            continue
        if verb != "correct" and len(words) > 2:
            warnings.append(f"{where}: {verb} takes no fields (found {' '.join(words[2:])!r})")
            continue
        changes, bad = _changes(words[2:])
        if bad:
            warnings.append(f"{where}: {bad}")
            continue
        if verb == "correct" and not changes:
            warnings.append(f"{where}: correct needs field=value pairs")
            continue
        decisions.append(Decision(n, verb, words[1], changes, comment.strip()))
    return decisions, warnings


def _changes(pairs: list[str]) -> tuple[dict[str, Any], str | None]:
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in FIELDS:
            return {}, f"unknown field {pair!r} (fields: {', '.join(FIELDS)})"
        if value == "" and FIELDS[name] is str and name not in ("indicator", "period"):
            out[name] = None  # `entity=` clears the field
            continue
        if name == "period" and not _PERIOD.match(value):
            return {}, f"period must be YYYY, YYYY-MM or YYYY-MM-DD (found {value!r})"
        try:
            out[name] = float(value.replace("_", "")) if FIELDS[name] is float else value
        except ValueError:
            return {}, f"{name} is not a number (found {value!r})"
    return out, None


def apply_decisions(
    rows: dict[str, dict[str, Any]],
    decisions: list[Decision],
    indicators: set[str],
    source_name: str,
) -> list[str]:
    """Apply decisions to figure rows (by figure_id) in place; return warnings."""
    warnings: list[str] = []
    for d in decisions:
        where = f"{source_name} line {d.line}"
        row = rows.get(d.figure_id)
        if row is None:
            warnings.append(f"{where}: unknown figure id {d.figure_id}")
            continue
        if d.verb == "reject":
            row["status"] = "rejected"
            continue
        if d.changes.get("indicator") and d.changes["indicator"] not in indicators:
            warnings.append(f"{where}: unknown indicator {d.changes['indicator']!r}")
            continue
        for name, value in d.changes.items():
            row[name] = value
            if f"obs_{name}" in row:  # the observation's copy of a field follows the correction
                row[f"obs_{name}"] = value
        missing = [k for k in ("indicator", "geo", "period") if not row.get(f"obs_{k}", row.get(k))]
        if missing:
            warnings.append(
                f"{where}: {d.figure_id} has no {', '.join(missing)}; add them with correct"
            )
            continue
        row["status"] = "reported"
    return warnings
