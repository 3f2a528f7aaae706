"""What every kind hands on: long rows of (producer place code, indicator, period, value).

A value of None is a cell the producer left empty (masked, or not applicable): it is never
read as 0 and never published; `places` decides what it means for totals.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from etl.stats.remote_spec import RemoteSpec


class RemoteFormatError(ValueError):
    """The producer's answer does not hold what the manifest names; the message says which key."""


@dataclass(frozen=True)
class Row:
    place: str
    indicator: str
    period: str
    value: float | None


def number(value: object) -> float | None:
    """A producer's cell as a number; empty, NaN or unreadable text is None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return None if math.isnan(float(value)) else float(value)
    text = str(value).strip().replace("\u202f", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        out = float(text)
    except ValueError:
        return None
    return None if math.isnan(out) else out


def require_field(names: set[str] | list[str], name: str, key: str) -> None:
    if name not in names:
        shown = ", ".join(sorted(names)[:12]) or "none"
        raise RemoteFormatError(
            f"the answer has no field '{name}' named by remote.{key} "
            f"(fields in the answer: {shown}); has the producer renamed it?"
        )


def wide_rows(records: list[dict], spec: RemoteSpec, names: list[str]) -> list[Row]:
    """Records holding one field per year (`effectifs_salaries_2024`) -> long rows."""
    geo = spec.fields["geo"]
    require_field(names, geo, "fields.geo")
    columns: list[tuple[str, str, str]] = []  # (field, indicator, year)
    for indicator, template in spec.measures.items():
        if "{year}" in template:
            pattern = re.compile("^" + re.escape(template).replace(r"\{year\}", r"(\d{4})") + "$")
            found = [(n, indicator, m.group(1)) for n in names if (m := pattern.match(n))]
            if not found:
                raise RemoteFormatError(
                    f"no field of the answer matches remote.measures.{indicator} = '{template}' "
                    f"(fields in the answer: {', '.join(sorted(names)[:12])})"
                )
            columns.extend(found)
        else:
            require_field(names, template, f"measures.{indicator}")
            period = spec.fields.get("period")
            if period is None:
                raise RemoteFormatError(
                    f"remote.measures.{indicator} names no year: add '{{year}}' to it "
                    "or name the period field in remote.fields.period"
                )
            require_field(names, period, "fields.period")
            columns.append((template, indicator, ""))
    rows = []
    for rec in records:
        place = str(rec.get(geo) or "").strip()
        for name, indicator, year in columns:
            period = year or str(rec.get(spec.fields["period"]) or "").strip()
            rows.append(Row(place, indicator, period, number(rec.get(name))))
    return rows
