"""Reference tables (indicators, segments, zones, publishers, topics) and the geographies table.

Read from `data/raw/reference/*.csv`, so a new indicator, segment, zone, publisher or news
topic is a line of data, not a code change. Geography codes in sources are resolved here: zone codes and aliases
first, then gazetteer codes (FR-BFC, FR-25, INSEE), then commune/department/region names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from etl.errors import SourceError
from etl.geo.gazetteer import REGION_EN, Gazetteer
from etl.news.ingest.topics import Topics, load_topics
from etl.publishers import Publishers, load_publishers_reference
from etl.schema import GEOGRAPHIES, INDICATORS, SEGMENTS

REFERENCE_DIR = "reference"


@dataclass(frozen=True)
class Reference:
    indicators: pl.DataFrame
    segments: pl.DataFrame
    zones: pl.DataFrame
    gazetteer: Gazetteer
    publishers: Publishers
    topics: Topics
    # plausible (min, max) of each indicator's values, in its unit (indicators.csv min/max_value)
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    # Derived from the tables above when the reference is made (declared, never added later).
    indicator_units: dict[str, str] = field(init=False, repr=False)
    segment_codes: frozenset[str] = field(init=False, repr=False)
    _zone_codes: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        aliases: dict[str, str] = {}
        for row in self.zones.iter_rows(named=True):
            aliases[row["code"]] = row["code"]
            for alias in (row["aliases"] or "").split("|"):
                if alias.strip():
                    aliases[alias.strip()] = row["code"]
        # frozen dataclass: derived fields are set once, here
        object.__setattr__(self, "_zone_codes", aliases)
        object.__setattr__(
            self, "indicator_units", dict(self.indicators.select("code", "unit").iter_rows())
        )
        object.__setattr__(self, "segment_codes", frozenset(self.segments["code"]))

    def resolve_geo(self, raw: str, prefer_region: str | None = None) -> str | None:
        """Geography code for what a source wrote ('FR', 'FR-25', 'Besançon'), None if unknown."""
        text = raw.strip()
        if text in self._zone_codes:
            return self._zone_codes[text]
        place = self.gazetteer.get(text) or self.gazetteer.resolve(text, prefer_region)
        return place.code if place else None

    def geographies(self, used: set[str]) -> pl.DataFrame:
        """All regions and departments, the zones, and the communes that figures use."""
        g = self.gazetteer
        rows = [
            {"code": p.code, "label_fr": p.name, "label_en": REGION_EN.get(p.code, p.name), "level": p.level,
             "parent": p.parent, "insee_code": p.insee_code, "population": p.population}
            for p in [*g.regions.values(), *g.departments.values(), *(g.communes[c] for c in sorted(used) if c in g.communes)]
        ]  # fmt: skip
        zones = self.zones.select(
            "code", "label_fr", "label_en", "level", pl.col("parent").replace("", None)
        ).to_dicts()
        return GEOGRAPHIES.conform(
            pl.DataFrame([*rows, *zones], schema_overrides=GEOGRAPHIES.schema, strict=False)
        )


def _read_reference(path: Path, columns: list[str]) -> pl.DataFrame:
    if not path.is_file():
        raise SourceError("reference table not found", file=str(path))
    try:
        frame = pl.read_csv(path, infer_schema=False, encoding="utf8")
    except (pl.exceptions.ComputeError, UnicodeDecodeError) as exc:
        raise SourceError(f"unreadable csv: {exc}", file=str(path)) from None
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SourceError(f"missing columns {missing}", file=str(path), row=1)
    frame = frame.select(columns).with_columns(pl.all().str.strip_chars())
    dupes = frame.filter(pl.col("code").is_duplicated())["code"].unique().sort().to_list()
    if dupes:
        raise SourceError("duplicate codes", file=str(path), text=", ".join(dupes))
    blank = frame.with_row_index("row", offset=2).filter(
        pl.col("code").is_null() | (pl.col("code") == "")
    )
    if blank.height:
        raise SourceError("empty code", file=str(path), row=int(blank["row"][0]))
    return frame


def _indicator_topics(indicators: pl.DataFrame, topics: Topics, path: Path) -> pl.DataFrame:
    """`topics` is written `a;b` in the CSV and is a list in the package; codes must exist."""
    split = indicators.with_columns(
        pl.col("topics")
        .fill_null("")
        .str.split(";")
        .list.eval(pl.element().str.strip_chars().filter(pl.element() != ""))
    )
    for number, (code, codes) in enumerate(split.select("code", "topics").iter_rows(), start=2):
        unknown = [c for c in codes if c not in topics.codes]
        if unknown:
            raise SourceError(
                f"indicator {code}: unknown topics (add them to {REFERENCE_DIR}/topics.csv)",
                file=str(path),
                row=number,
                text=";".join(unknown),
            )
    return split


def load_reference(raw_dir: Path, gazetteer: Gazetteer) -> Reference:
    folder = raw_dir / REFERENCE_DIR
    topics = load_topics(folder / "topics.csv")
    indicators = _indicator_topics(
        _read_reference(folder / "indicators.csv", INDICATORS.columns),
        topics,
        folder / "indicators.csv",
    )
    segments = _read_reference(folder / "segments.csv", SEGMENTS.columns)
    zones = _read_reference(
        folder / "zones.csv", ["code", "label_fr", "label_en", "level", "parent", "aliases"]
    )
    publishers = load_publishers_reference(folder)
    ranges = _indicator_ranges(folder / "indicators.csv")
    return Reference(indicators, segments, zones, gazetteer, publishers, topics, ranges)


def _indicator_ranges(path: Path) -> dict[str, tuple[float | None, float | None]]:
    """Plausible bounds per indicator: optional `min_value` and `max_value` columns."""
    frame = pl.read_csv(path, infer_schema=False, encoding="utf8")
    if "min_value" not in frame.columns or "max_value" not in frame.columns:
        return {}
    ranges: dict[str, tuple[float | None, float | None]] = {}
    for row, (code, low, high) in enumerate(
        frame.select("code", "min_value", "max_value").iter_rows(), start=2
    ):
        bounds = []
        for text in (low, high):
            try:
                value = float(text) if text not in (None, "") else None
            except ValueError:
                value = math.nan
            if value is not None and not math.isfinite(value):
                raise SourceError(
                    "min_value and max_value must be numbers", file=str(path), row=row, text=text
                )
            bounds.append(value)
        ranges[code] = (bounds[0], bounds[1])
    return ranges
