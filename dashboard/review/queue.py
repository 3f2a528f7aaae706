"""The review queue: candidate figures not yet decided, with what each would feed.

Pure functions over the package frames and the store's current decisions. A figure is in the
queue when its status is `candidate` and neither the build (`review`) nor the store since
the build has a decision for its extraction; a figure whose extraction changed since its
decision (`review` = stale, or a store decision seen on another extraction) comes back with
the old decision shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

TABLE_STATUSES = ("official", "secondary")
TOLERANCE = 0.005
KEY = ("indicator", "period", "geo", "segment", "entity")


@dataclass(frozen=True)
class TableFigure:
    observation_id: str
    value: float
    unit: str
    status: str
    agrees: bool


def queue(figures: pl.DataFrame, decisions: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of the queue, oldest item first; `previous` holds a decision that no longer fits."""
    rows = figures.filter(pl.col("status") == "candidate", pl.col("review_key").is_not_null())
    out = []
    for r in rows.sort(["news_id", "start"]).iter_rows(named=True):
        decided = decisions.get(r["review_key"])
        previous = r["previous_decision"] if r["review"] == "stale" else None
        if decided is not None:
            if decided.seen in (None, r["extraction"]):
                continue  # decided since the build: applied by the next one
            previous = describe(decided)
        elif r["review"] in ("approved", "corrected"):  # approved, but a field is missing
            previous = r["review"]
        elif r["review"] in ("rejected", "rule"):
            continue
        out.append({**r, "previous": previous})
    return out


def describe(decision: Any) -> str:
    """A store decision in a few words: verb, changed fields, reason, who and when."""
    fields = " ".join(f"{k}={'' if v is None else v}" for k, v in decision.changes.items())
    said = " ".join(p for p in (decision.verb, fields) if p)
    reason = f" ({decision.reason})" if decision.reason else ""
    return f"{said}{reason} — {decision.who}, {decision.at[:16].replace('T', ' ')}"


def target(row: dict[str, Any], geo_codes: dict[str, str]) -> dict[str, Any]:
    """The observation key this figure would feed (place resolved to a code when known)."""
    geo = row.get("obs_geo")
    return {
        "indicator": row.get("indicator"),
        "period": row.get("obs_period") or row.get("period"),
        "geo": geo_codes.get(geo or "", geo),
        "segment": row.get("segment"),
        "entity": row.get("obs_entity"),
    }


def table_figures(key: dict[str, Any], value: float, observations: pl.DataFrame) -> list:
    """Statistics-table figures at the same key, and whether each agrees with `value`."""
    if not key["indicator"] or not key["period"]:
        return []
    same = observations.filter(
        pl.col("status").cast(pl.String).is_in(TABLE_STATUSES),
        *[
            pl.col(k).cast(pl.String).is_null()
            if key[k] is None
            else pl.col(k).cast(pl.String) == key[k]
            for k in KEY
        ],
    )
    out = []
    for o in same.iter_rows(named=True):
        scale = max(abs(o["value"]), abs(value))
        agrees = scale == 0 or abs(o["value"] - value) <= TOLERANCE * scale
        out.append(
            TableFigure(o["observation_id"], o["value"], str(o["unit"]), str(o["status"]), agrees)
        )
    return out


def highlight(sentence: str, span: str) -> tuple[str, str, str]:
    """(before, span, after): the sentence cut around the span's first occurrence."""
    at = sentence.find(span)
    if at < 0:
        return sentence, "", ""
    return sentence[:at], span, sentence[at + len(span) :]
