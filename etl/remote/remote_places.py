"""Producer place codes -> package geography codes, and the totals a manifest allows.

Communes are INSEE codes checked against the Etalab gazetteer (a municipal arrondissement
counts for its commune: Paris, Lyon, Marseille); departments become `FR-25`, regions their
ISO code (`FR-BFC`); countries must be zones of `reference/zones.csv`. A row whose place is
unknown is left out and counted in the notes.

Totals (`remote.aggregate`): a department or region total is the sum of its communes' rows
of the same source, indicator and year, published only when it is exact: with
`null_means = "masked"` a group holding one empty cell gets no total (a masked cell would
make the sum smaller than the real total); `null_means = "zero"` says the producer documents
an empty cell as none. Every withheld total is counted in the notes.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from etl.geo.gazetteer import REGION_ISO, Gazetteer
from etl.remote.rows import Row
from etl.stats.remote_spec import RemoteSpec


@dataclass
class Placed:
    rows: list[dict]  # geo, indicator, period, value, level, producer_place
    notes: list[str] = field(default_factory=list)


def _commune_parents(gazetteer_dir: Path) -> dict[str, str]:
    """Municipal arrondissement code -> its commune's code."""
    path = gazetteer_dir / "data" / "communes.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {c["code"]: c["commune"] for c in data if c.get("type") == "arrondissement-municipal"}


def country_codes(raw_dir: Path) -> set[str]:
    with (raw_dir / "reference" / "zones.csv").open(encoding="utf-8") as fh:
        return {r["code"] for r in csv.DictReader(fh) if r["level"] == "country"}


def _code(
    place: str, level: str, gaz: Gazetteer, parents: dict[str, str], countries: set[str]
) -> str | None:
    place = place.strip()
    if level == "commune":
        code = parents.get(place, place)
        return code if code in gaz.communes else None
    if level == "department":
        code = f"FR-{place.removeprefix('FR-')}"
        return code if code in gaz.departments else None
    if level == "region":
        code = REGION_ISO.get(place.zfill(2), place)
        return code if code in gaz.regions else None
    return place if place in countries else None


def _sum(values: list[float | None], null_means: str) -> float | None:
    if null_means == "masked" and any(v is None for v in values):
        return None
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def place_rows(
    rows: list[Row], spec: RemoteSpec, gaz: Gazetteer, gazetteer_dir: Path, raw_dir: Path
) -> Placed:
    parents = _commune_parents(gazetteer_dir) if spec.geo_level == "commune" else {}
    countries = country_codes(raw_dir) if spec.geo_level == "country" else set()
    groups: dict[tuple[str, str, str], list[float | None]] = defaultdict(list)
    unknown: list[str] = []
    for row in rows:
        code = _code(row.place, spec.geo_level, gaz, parents, countries)
        if code is None:
            unknown.append(row.place)
            continue
        groups[(code, row.indicator, row.period)].append(row.value)
    notes = []
    if unknown:
        shown = ", ".join(sorted(set(unknown))[:5])
        notes.append(f"{len(unknown)} rows left out: place not in the gazetteer ({shown})")
    out, empty = [], 0
    for (code, indicator, period), values in sorted(groups.items()):
        value = _sum(values, "masked")
        if value is None:
            empty += 1
            continue
        out.append(_record(code, indicator, period, value, spec.geo_level))
    if empty:
        notes.append(f"{empty} {spec.geo_level} cells left empty by the producer: not published")
    for level in spec.aggregate:
        totals, withheld = _totals(groups, level, gaz, spec.null_means)
        out.extend(totals)
        if withheld:
            notes.append(
                f"{withheld} {level} totals withheld: a commune cell of the group is empty "
                f"(null_means = '{spec.null_means}'), so the sum would not be exact"
            )
    return Placed(out, notes)


def _totals(
    groups: dict[tuple[str, str, str], list[float | None]],
    level: str,
    gaz: Gazetteer,
    null_means: str,
) -> tuple[list[dict], int]:
    parts: dict[tuple[str, str, str], list[float | None]] = defaultdict(list)
    for (code, indicator, period), values in groups.items():
        commune = gaz.communes[code]
        parent = commune.department if level == "department" else commune.region
        if parent:
            parts[(parent, indicator, period)].extend(values)
    out, withheld = [], 0
    for (code, indicator, period), values in sorted(parts.items()):
        value = _sum(values, null_means)
        if value is None:
            withheld += 1
            continue
        out.append(_record(code, indicator, period, value, level))
    return out, withheld


def _record(code: str, indicator: str, period: str, value: float, level: str) -> dict:
    return {"geo": code, "indicator": indicator, "period": period, "value": value, "level": level}
