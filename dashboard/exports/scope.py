"""What an export covers: a validated view, its rows with labels and citations, its yearly series.

Input: the package (`dashboard.data.Package`) and view options, either a URL query (the web
routes) or CLI options turned into one. The dashboard's `parse_view` validates them against the
package's codes; on top of it, `indicator`, `segment` and `geo` may be `all` (no filter), so a
report can hold a whole package. Outputs: `ExportScope`, `scope_rows` (one row per observation,
labelled and cited) and `scope_series` (years x series, reconciled as the charts show them).
Errors are `ExportError` with one line that names the offending option.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import polars as pl

from dashboard import queries
from dashboard.charts import choices_for, series_news
from dashboard.data import Package
from dashboard.i18n import colon, t
from dashboard.view import LISTED, View, parse_view, query_to_dict

ALL = "all"
FILTERS = ("indicator", "segment", "geo")


class ExportError(ValueError):
    """Bad view options or nothing to export; the message is one line for the user."""


class EmptyViewError(ExportError):
    """The view selects no observation: no file is written."""


@dataclass(frozen=True)
class ExportScope:
    """A dashboard view whose indicator, segment or place may be None (= all)."""

    view: View
    indicator: str | None
    segment: str | None
    geo: str | None

    @property
    def lang(self) -> str:
        return self.view.lang

    def query(self) -> str:
        """Query string reproducing this scope (for links back to the dashboard)."""
        q = self.view.to_query()
        extra = "&".join(f"{k}={ALL}" for k in FILTERS if getattr(self, k) is None)
        return "&".join(p for p in (q, extra) if p)

    def describe(self) -> str:
        parts = [f"{k}={getattr(self, k) or ALL}" for k in FILTERS]
        if self.view.start or self.view.end:
            parts.append(f"années={self.view.start or '…'}-{self.view.end or '…'}")
        return ", ".join(parts)


def scope_label(pkg: Package, scope: ExportScope) -> str:
    """Readable filters: `Chiffre d'affaires · Horlogerie · France · 2015–2024`."""
    lang = scope.lang
    every = t("all_lower", lang)
    view = scope.view
    parts = [
        " / ".join(pkg.labels(table, lang).get(c, c) for c in (code, *more))
        if code else f"{key}{colon(lang)}{every}"
        for key, table, code, more in (
            (t("indicator", lang).lower(), "indicators", scope.indicator, ()),
            (t("segment", lang).lower(), "segments", scope.segment, view.more_segments),
            (t("geo", lang).lower(), "geographies", scope.geo, view.more_geos),
        )
    ]  # fmt: skip
    if view.entity or view.more_entities:
        parts.append(" / ".join(e or t("whole_sector", lang)
                                for e in (view.entity, *view.more_entities)))  # fmt: skip
    if scope.view.start or scope.view.end:
        parts.append(f"{scope.view.start or '…'}–{scope.view.end or '…'}")
    return " · ".join(parts)


def scope_from_query(pkg: Package, query: str | Mapping[str, object] | None) -> ExportScope:
    """Validate view options; any rejected value raises ExportError naming it."""
    params = query_to_dict(query)
    alls = {k for k in FILTERS if params.get(k) == ALL}
    view, notices = parse_view({k: v for k, v in params.items() if k not in alls},
                               choices_for(pkg))  # fmt: skip
    if notices:
        n = notices[0]
        if n.param in ("from", "to") and len(notices) > 1 and notices[1].param == "to":
            raise ExportError(f"options --from/--to: {n.given} is after {notices[1].given}")
        if n.param in ("from", "to", "base"):
            raise ExportError(f"option --{n.param}: {n.given!r} is not a year (1900-2100)")
        raise ExportError(f"option --{n.param}: {n.given!r} is not valid for this data package")
    return ExportScope(view, *(None if k in alls else getattr(view, k) for k in FILTERS))


def scope_rows(pkg: Package, scope: ExportScope) -> pl.DataFrame:
    """Observations of the scope (rejected rows left out), with labels and source citations."""
    obs = pkg["observations"].filter(pl.col("status") != "rejected")
    view = scope.view
    for key in FILTERS:
        if getattr(scope, key) is not None:  # the code, or every compared one (geo=FR,FR-BFC)
            listed = [getattr(view, key), *getattr(view, LISTED.get(key, ""), ())]
            obs = obs.filter(pl.col(key).cast(pl.String).is_in(listed))
    entities = [view.entity, *view.more_entities]
    if entities != [None]:  # organisations' figures only (their chart's rows), maybe the sector
        named = [e for e in entities if e is not None]
        keep = pl.col("entity").cast(pl.String).is_in(named)
        obs = obs.filter(keep | pl.col("entity").is_null() if None in entities else keep)
    year = pl.col("period").str.slice(0, 4).cast(pl.Int32, strict=False)
    if scope.view.start is not None:
        obs = obs.filter(year >= scope.view.start)
    if scope.view.end is not None:
        obs = obs.filter(year <= scope.view.end)
    lang = scope.lang

    def labels(table: str, col: str) -> pl.Expr:
        mapping = pkg.labels(table, lang)
        return pl.col(col).replace_strict(mapping, default=pl.col(col), return_dtype=pl.String)

    cite = pkg["sources"].select(
        "source_id",
        pl.col("publisher"),
        pl.col("title").alias("source_title"),
        pl.col("url").alias("source_url"),
        pl.col("published_on").cast(pl.String).alias("source_date"),
    )
    return (
        obs.join(cite, on="source_id", how="left")
        .with_columns(
            labels("indicators", "indicator").alias("indicator_label"),
            labels("segments", "segment").alias("segment_label"),
            labels("geographies", "geo").alias("geo_label"),
            year.alias("year"),
        )
        .sort("indicator", "segment", "geo", "period", "source_id", "observation_id")
    )


@dataclass(frozen=True)
class SeriesColumn:
    """One column of the Séries sheet: a (indicator, segment, geo) series of the whole sector
    (`entity` None) or of one organisation."""

    key: tuple[str, str, str]
    header: str
    unit: str
    points: int
    entity: str | None = None


def scope_series(
    pkg: Package, scope: ExportScope, rows: pl.DataFrame, limit: int = 250
) -> tuple[pl.DataFrame, list[SeriesColumn]]:
    """Years x series: the value each chart shows per year (`dashboard.queries.series`).

    Only whole-segment annual figures enter, as on the charts; years without data stay empty.
    The whole sector's series come first unless the view names organisations (`entity=`):
    then each organisation of the view gets its own series, in the view's order. Within one
    organisation, series are ordered by number of years with data; at most `limit` in all.
    """
    usable = rows.filter(
        (pl.col("period").str.len_chars() == 4)
        & pl.col("status").is_in(queries.CHARTED)
        & pl.col("year").is_not_null()
    )
    view = scope.view
    columns: list[SeriesColumn] = []
    found: list[pl.DataFrame] = []
    for entity in dict.fromkeys((view.entity, *view.more_entities)):
        _entity_series(pkg, scope, usable, entity, limit - len(columns), columns, found)
    if not columns:
        return pl.DataFrame(schema={"year": pl.Int32}), []
    named = {c.entity or "" for c in columns}  # "" stands for the whole sector here
    held = usable.filter(pl.col("entity").cast(pl.String).fill_null("").is_in(named))
    years = pl.DataFrame(
        {"year": pl.int_range(held["year"].min(), held["year"].max() + 1, eager=True)}
    ).cast({"year": pl.Int32})
    long = pl.concat(found)
    pivot = long.pivot(on="series", index="year", values="value")
    wide = years.join(pivot, on="year", how="left").select(
        "year", *[pl.col(f"s{i}") if f"s{i}" in pivot.columns
                  else pl.lit(None, pl.Float64).alias(f"s{i}") for i in range(len(columns))]
    )  # fmt: skip
    return wide.sort("year"), columns


def _entity_series(
    pkg: Package, scope: ExportScope, usable: pl.DataFrame, entity: str | None, limit: int,
    columns: list[SeriesColumn], found: list[pl.DataFrame],
) -> None:  # fmt: skip
    """Append to `columns` and `found` the series of one organisation (None: the whole
    sector), each (indicator, segment, geo) the scope holds for it."""
    mine = usable.filter(
        pl.col("entity").is_null() if entity is None else pl.col("entity").cast(pl.String) == entity
    )
    if mine.is_empty() or limit <= 0:
        return
    keys = (
        mine.group_by("indicator", "segment", "geo")
        .agg(pl.col("period").n_unique().alias("n"), pl.col("unit").mode().sort().first(),
             pl.col("indicator_label", "segment_label", "geo_label").first())
        .sort(["n", "indicator", "segment", "geo"], descending=[True, False, False, False])
        .head(limit)
    )  # fmt: skip
    # `queries.series` is select_rows + reconcile. select_rows runs once for every series
    # (their keys moved aside under one placeholder key), reconcile once per series.
    keyed = pkg["observations"].with_columns(
        pl.col("indicator", "segment", "geo").name.prefix("_key_"),
        pl.lit("*").alias("indicator"), pl.lit("*").alias("segment"), pl.lit("*").alias("geo"),
    )  # fmt: skip
    every = scope.view.with_(indicator="*", segment="*", geo="*", entity=entity,
                             more_entities=())  # fmt: skip
    selected = queries.select_rows(keyed, pkg["sources"], every)
    parts = selected.partition_by(["_key_indicator", "_key_segment", "_key_geo"], as_dict=True)
    for r in keys.iter_rows(named=True):
        key = (r["indicator"], r["segment"], r["geo"])
        points = (
            queries.reconcile(parts[key])
            if key in parts
            else pl.DataFrame(schema=queries.POINT_SCHEMA)
        )
        found.append(
            points.filter(pl.col("period").str.len_chars() == 4).select(
                pl.col("year").cast(pl.Int32), pl.lit(f"s{len(columns)}").alias("series"), "value"
            )
        )
        header = f"{r['indicator_label']} – {r['segment_label']}, {r['geo_label']}"
        header += f" – {entity}" if entity else ""
        columns.append(SeriesColumn(key, header, r["unit"], found[-1].height, entity))


def news_in_scope(pkg: Package, rows: pl.DataFrame, scope: ExportScope) -> pl.DataFrame:
    """News items of the scope, newest first: for one series, the items that bear on its chart
    (`dashboard.charts.series_news`: the same as its annotations); for several, the period's
    items about watchmaking or reporting one of its figures."""
    items = pkg["news_items"]
    if items.is_empty():
        return items
    if None not in (scope.indicator, scope.segment, scope.geo):
        marks = series_news(pkg, scope.view.with_(news=True))
        chosen = marks["news_id"] if marks is not None else pl.Series([], dtype=pl.String)
        return items.filter(pl.col("news_id").is_in(chosen.implode())).sort(
            "published_on", descending=True
        )
    first = scope.view.start or (rows["year"].min() if rows.height else None)
    last = scope.view.end
    cond = pl.col("published_on").is_not_null()
    if first is not None:
        cond &= pl.col("published_on") >= date(int(first), 1, 1)
    if last is not None:
        cond &= pl.col("published_on") <= date(int(last), 12, 31)
    cited = pkg["news_figures"].filter(
        pl.col("indicator").is_in(rows["indicator"].unique().implode())
    )
    topical = pl.col("topics").list.contains("watchmaking") | pl.col("news_id").is_in(
        cited["news_id"].unique().implode()
    )
    return items.filter(cond & topical).sort("published_on", descending=True)


def values_held(table: pl.DataFrame) -> int:
    """Values a chart's table holds: periods with a value (series) or places with one (maps)."""
    if "value" not in table.columns:
        return table.height
    valued = table.filter(pl.col("value").is_not_null())
    return valued["period"].n_unique() if "period" in valued.columns else valued.height


def require_rows(rows: pl.DataFrame, scope: ExportScope) -> None:
    if rows.is_empty():
        raise EmptyViewError(f"no data for this view ({scope.describe()}); nothing was written")


def safe_filename(stem: str, suffix: str, max_len: int = 80) -> str:
    """ASCII, no path separators or shell-special characters: `cadran-revenue-fr.xlsx`."""
    text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", text)
    text = re.sub(r"\.{2,}", ".", text).strip("-._").lower() or "cadran"
    return f"{text[:max_len]}.{suffix.lstrip('.')}"


def export_name(scope: ExportScope, kind: str, suffix: str) -> str:
    parts = ["cadran", kind, *(getattr(scope, k) or ALL for k in FILTERS)]
    if scope.view.start or scope.view.end:
        parts.append(f"{scope.view.start or 'debut'}-{scope.view.end or 'fin'}")
    return safe_filename("-".join(str(p) for p in parts), suffix)
