"""Table specs of the tidy data package: the contract between `etl/` and `dashboard/`.

Every table written to `data/tidy/` is declared here once. The same spec gives the polars
schema used to type the frames, and the Frictionless Table Schema written into
`datapackage.json`, so the descriptor can never drift from the files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # ISO date as precise as known: YYYY[-MM[-DD]]
PERIOD_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"
STATUSES = ("official", "secondary", "reported", "candidate", "rejected")
STATUS_MEANINGS = {
    "official": "from a statistics table or compilation whose figures were produced by an official "
    "body (statistics office, public body, trade body or federation publishing its own figures)",
    "secondary": "from a statistics table or compilation whose figures come from the press or a "
    "site relaying them",
    "reported": "extracted from a news item, mapped to an indicator and verified: approved on the "
    "review page (or in data/news_decisions.txt), or approved by rule as an exact repeat of a "
    "statistics-table figure (same indicator, place, segment, entity, period and value)",
    "candidate": "a sector figure found in a news item, not yet verified: shown in Actualités "
    "and the review queue, never on a chart",
    "rejected": "set aside by curation; kept so the decision can be traced",
}
PRODUCER_KINDS = ("official", "secondary", "news")
TOPIC_KINDS = ("coarse", "fine")
SOURCE_KINDS = ("statistics", "publication", "news")
GEO_LEVELS = ("country", "region", "former_region", "department", "commune", "zone")

_POLARS_TYPES: dict[str, pl.DataType] = {
    "string": pl.String(),
    "number": pl.Float64(),
    "integer": pl.Int64(),
    "boolean": pl.Boolean(),
    "date": pl.Date(),
    "datetime": pl.Datetime("us", "UTC"),
    "list": pl.List(pl.String()),
}


@dataclass(frozen=True)
class Field:
    """One column: its Table Schema type, a description and optional constraints."""

    name: str
    type: str
    description: str
    required: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    unique: bool = False

    @property
    def dtype(self) -> pl.DataType:
        return _POLARS_TYPES[self.type]

    def descriptor(self, file_format: str = "csv") -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "description": self.description,
        }
        if self.type == "list" and file_format == "parquet":
            # Parquet stores a native list<string>; frictionless reads it as a numpy array that
            # no Table Schema type accepts, so the Parquet resource declares it as `any`.
            out["type"] = "any"
            out["description"] += " (Parquet list of strings)"
        elif self.type == "list":
            out["delimiter"] = ";"
            out["itemType"] = "string"
        if self.type == "date":
            out["format"] = "%Y-%m-%d"
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if self.pattern:
            constraints["pattern"] = self.pattern
        if self.unique:
            constraints["unique"] = True
        if constraints:
            out["constraints"] = constraints
        return out


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference_fields: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A resource of the package: a typed Parquet file with a CSV copy."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = field(default_factory=tuple)
    sort_by: tuple[str, ...] = ()

    @property
    def schema(self) -> dict[str, pl.DataType]:
        return {f.name: f.dtype for f in self.fields}

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    def empty(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.schema)

    def conform(self, frame: pl.DataFrame) -> pl.DataFrame:
        """Select, order and cast the spec's columns; missing optional columns become null."""
        exprs = []
        for f in self.fields:
            if f.name in frame.columns:
                exprs.append(pl.col(f.name).cast(f.dtype, strict=True))
            else:
                exprs.append(pl.lit(None, dtype=f.dtype).alias(f.name))
        out = frame.select(exprs)
        order = list(self.sort_by or self.primary_key)
        return out.sort(order, nulls_last=True, maintain_order=True)

    def table_schema(self, file_format: str = "csv") -> dict[str, Any]:
        out: dict[str, Any] = {
            "fields": [f.descriptor(file_format) for f in self.fields],
            "primaryKey": list(self.primary_key),
            "missingValues": [""],
        }
        if self.foreign_keys:
            out["foreignKeys"] = [
                {
                    "fields": list(fk.fields),
                    "reference": {
                        "resource": fk.resource,
                        "fields": list(fk.reference_fields),
                    },
                }
                for fk in self.foreign_keys
            ]
        return out


def _fk(column: str, resource: str, target: str) -> ForeignKey:
    return ForeignKey((column,), resource, (target,))


SOURCES = Table(
    name="sources",
    title="Sources",
    description="Every publication a figure was read from, with its citation.",
    fields=(
        Field("source_id", "string", "Stable id of the source.", required=True, unique=True),
        Field("title", "string", "Title as published.", required=True),
        Field("publisher", "string", "Who published it (outlet, body, agency).", required=True),
        Field("url", "string", "Address of the original publication.", required=True),
        Field(
            "published_on",
            "string",
            "Publication date as precise as the source prints it: YYYY-MM-DD, YYYY-MM or YYYY.",
            pattern=DATE_PATTERN,
        ),
        Field("retrieved_on", "date", "Date the figures were read from the source."),
        Field("licence", "string", "Licence or reuse terms of the figures.", required=True),
        Field("kind", "string", "What the source is.", required=True, enum=SOURCE_KINDS),
        Field("raw_path", "string", "File under data/raw the figures were read from."),
        Field(
            "publisher_name",
            "string",
            "Display name of the publisher, from data/raw/reference/publishers.csv "
            "(`publisher` keeps the citation verbatim).",
            required=True,
        ),
        Field(
            "producer",
            "string",
            "Body that produced the figures (e.g. Francéclat for a FNAMAC post relaying them); "
            "the publisher itself when it produced them or when no one else is named.",
            required=True,
        ),
        Field(
            "producer_kind",
            "string",
            "official: statistics offices, public bodies, trade bodies and federations "
            "publishing their own figures; secondary: press and sites relaying figures; "
            "news: a news item the figures were extracted from.",
            required=True,
            enum=PRODUCER_KINDS,
        ),
        Field(
            "publisher_verified",
            "boolean",
            "Whether the publisher's display name was verified (false for a site known only by "
            "its address).",
            required=True,
        ),
    ),
    primary_key=("source_id",),
)

INDICATORS = Table(
    name="indicators",
    title="Indicators",
    description="What is measured: codes with French and English labels and the canonical unit.",
    fields=(
        Field("code", "string", "Indicator code (snake_case).", required=True, unique=True),
        Field("label_fr", "string", "French label.", required=True),
        Field("label_en", "string", "English label.", required=True),
        Field("unit", "string", "Canonical unit of the values.", required=True),
        Field("description", "string", "What the indicator counts, and its caveats."),
        Field(
            "topics",
            "list",
            "Fine news topics (topics.code) that bear on the indicator: a news item tagged with "
            "one of them is relevant to the indicator's charts.",
        ),
    ),
    primary_key=("code",),
)

SEGMENTS = Table(
    name="segments",
    title="Segments",
    description="Parts of the sector a figure covers (watchmaking, watches, jewellery...).",
    fields=(
        Field("code", "string", "Segment code (snake_case).", required=True, unique=True),
        Field("label_fr", "string", "French label.", required=True),
        Field("label_en", "string", "English label.", required=True),
        Field("description", "string", "Perimeter of the segment."),
    ),
    primary_key=("code",),
)

GEOGRAPHIES = Table(
    name="geographies",
    title="Geographies",
    description=(
        "Places figures refer to: countries (ISO 3166-1), French regions (ISO 3166-2, e.g. "
        "FR-BFC), departments (FR-25), communes (INSEE code) and named zones."
    ),
    fields=(
        Field("code", "string", "Geography code.", required=True, unique=True),
        Field("label_fr", "string", "French name.", required=True),
        Field("label_en", "string", "English name.", required=True),
        Field("level", "string", "Kind of place.", required=True, enum=GEO_LEVELS),
        Field("parent", "string", "Code of the enclosing geography, when there is one."),
        Field("insee_code", "string", "INSEE code of a region, department or commune."),
        Field("population", "integer", "Population from the gazetteer (communes)."),
    ),
    primary_key=("code",),
    sort_by=("level", "code"),
)

OBSERVATIONS = Table(
    name="observations",
    title="Observations",
    description="One figure each: a value of an indicator for a period, place and segment.",
    fields=(
        Field("observation_id", "string", "Stable id.", required=True, unique=True),
        Field("indicator", "string", "Indicator code.", required=True),
        Field("value", "number", "Value in base units (euros, persons, percent).", required=True),
        Field("unit", "string", "Unit of value (EUR, CHF, persons, percent...).", required=True),
        Field(
            "period",
            "string",
            "ISO period: YYYY, YYYY-MM, YYYY-MM-DD, or a/b.",
            pattern=PERIOD_PATTERN,
        ),
        Field("period_start", "date", "First day of the period."),
        Field("geo", "string", "Geography code.", required=True),
        Field("segment", "string", "Segment code.", required=True),
        Field("entity", "string", "Organisation the figure is about, if not the whole segment."),
        Field("approximate", "boolean", "The source gave it as approximate.", required=True),
        Field(
            "status",
            "string",
            "Where the figure stands: official and secondary come from the producer_kind of the "
            "source of a statistics table; reported from a news item (see the status list in "
            "docs/data-package.md).",
            required=True,
            enum=STATUSES,
        ),
        Field("source_id", "string", "Source the figure was read from.", required=True),
        Field(
            "locator",
            "string",
            "Where in the source: Sheet!B7, file.csv#row=12, or a span.",
            required=True,
        ),
        Field("original_text", "string", "The figure as printed in the source."),
        Field("note", "string", "Footnote or caveat attached to the figure."),
        Field("ref", "string", "Id of the figure in the source file, when it has one."),
        Field("cited_by", "list", "News items (news_id) that report this figure."),
        Field(
            "conflicts_with",
            "list",
            "Official or secondary table observations (same indicator, period, geo, segment, "
            "entity) that disagree with this reported figure by more than 0.5 %.",
        ),
    ),
    primary_key=("observation_id",),
    foreign_keys=(
        _fk("indicator", "indicators", "code"),
        _fk("segment", "segments", "code"),
        _fk("geo", "geographies", "code"),
        _fk("source_id", "sources", "source_id"),
    ),
    sort_by=("indicator", "segment", "geo", "period", "source_id", "observation_id"),
)

NEWS_FIGURE_STATUSES = ("reported", "candidate", "rejected", "extracted")

NEWS_ITEMS = Table(
    name="news_items",
    title="News items",
    description=(
        "Regional news items (our digests, saved pages, feeds): one row per item, with the "
        "places and topics read from its text."
    ),
    fields=(
        Field(
            "news_id",
            "string",
            "Stable id: news- + hash of the address, or of outlet, title and date.",
            required=True,
            unique=True,
        ),
        Field("outlet", "string", "Outlet that published the original.", required=True),
        Field("url", "string", "Address of the original item.", required=True),
        Field(
            "published_on",
            "date",
            "Publication date of the item (first day of the month or year when the source gives no more).",
        ),
        Field(
            "published_precision",
            "string",
            "How precise published_on is: day, month or year.",
            enum=("day", "month", "year"),
        ),
        Field("updated_on", "date", "Last update date, when the page gives one."),
        Field("title", "string", "Title.", required=True),
        Field("lead", "string", "First sentence or two."),
        Field("text", "string", "Body text; figure offsets refer to it.", required=True),
        Field("places", "list", "INSEE codes of the communes named in the text."),
        Field(
            "geo",
            "list",
            "Department and region codes of those communes, and areas named directly.",
        ),
        Field(
            "topics",
            "list",
            "Topic codes (topics.code): coarse ones (watchmaking, economy, other) and the fine "
            "ones the text supports (employment, sector_revenue, exports...).",
        ),
        Field("source_id", "string", "The item as a source.", required=True),
    ),
    primary_key=("news_id",),
    foreign_keys=(_fk("source_id", "sources", "source_id"),),
    sort_by=("published_on", "news_id"),
)

NEWS_FIGURES = Table(
    name="news_figures",
    title="News figures",
    description=(
        "Every economic figure found in the news items, with its meaning, span and status: "
        "reported (feeds observations), candidate (a sector figure to check), rejected "
        "(curation), extracted (not a sector indicator)."
    ),
    fields=(
        Field(
            "figure_id",
            "string",
            "Stable id: fig- + hash of news_id, start, end and value.",
            required=True,
            unique=True,
        ),
        Field("news_id", "string", "Item the figure was read from.", required=True),
        Field("span", "string", "The figure as written.", required=True),
        Field("start", "integer", "Start offset of the span in the item text.", required=True),
        Field("end", "integer", "End offset (exclusive).", required=True),
        Field("value", "number", "Value in base units (lower bound of a range).", required=True),
        Field("value_max", "number", "Upper bound of a range."),
        Field(
            "unit",
            "string",
            "EUR, persons, companies, stores, sites, units, percent, other.",
            required=True,
        ),
        Field(
            "metric",
            "string",
            "What the figure measures (revenue, employees, jobs...).",
            required=True,
        ),
        Field("period", "string", "Year or date the figure is about.", pattern=PERIOD_PATTERN),
        Field("entity", "string", "What the figure is about (company, sector, plan)."),
        Field("geo", "string", "Geography code of the place tied to the figure."),
        Field("approximate", "boolean", "Written as approximate.", required=True),
        Field("qualifier", "string", "Leading qualifier (plus de, environ...)."),
        Field("currency", "string", "Currency of a money figure."),
        Field("sentence", "string", "The sentence holding the figure.", required=True),
        Field("cited_source", "string", "Body the text cites for the figure (selon ...)."),
        Field("indicator", "string", "Sector indicator code when the figure is one."),
        Field("observation_id", "string", "Observation it feeds, if any."),
        Field(
            "status",
            "string",
            "reported, candidate, rejected or extracted.",
            required=True,
            enum=NEWS_FIGURE_STATUSES,
        ),
        Field("segment", "string", "Segment of the observation it would feed."),
        Field("obs_geo", "string", "Place of the observation it would feed (as mapped)."),
        Field("obs_period", "string", "Period of the observation it would feed."),
        Field("obs_entity", "string", "Entity of the observation it would feed."),
        Field(
            "review_key",
            "string",
            "Key of review decisions: item address (or news_id), s:<hash of the normalised "
            "sentence>, span.",
            required=True,
        ),
        Field("extraction", "string", "Fingerprint of the extractor's proposal.", required=True),
        Field(
            "review",
            "string",
            "approved, corrected, rejected (a reviewer), rule (repeats a table figure), "
            "stale (extraction changed since the decision); empty when not reviewed.",
            enum=("approved", "corrected", "rejected", "rule", "stale"),
        ),
        Field("previous_decision", "string", "The decision a stale figure had."),
    ),
    primary_key=("figure_id",),
    foreign_keys=(
        _fk("news_id", "news_items", "news_id"),
        _fk("indicator", "indicators", "code"),
        _fk("geo", "geographies", "code"),
        _fk("observation_id", "observations", "observation_id"),
    ),
    sort_by=("news_id", "start", "figure_id"),
)

TOPICS = Table(
    name="topics",
    title="News topics",
    description=(
        "Topics news items are tagged with, from data/raw/reference/topics.csv (which also holds "
        "the keyword pattern of each): coarse ones say what an item is broadly about, fine ones "
        "which indicators it bears on."
    ),
    fields=(
        Field("code", "string", "Topic code (snake_case).", required=True, unique=True),
        Field("label_fr", "string", "French label.", required=True),
        Field("label_en", "string", "English label.", required=True),
        Field("kind", "string", "coarse or fine.", required=True, enum=TOPIC_KINDS),
        Field("description", "string", "What the topic covers."),
    ),
    primary_key=("code",),
    sort_by=("kind", "code"),
)

TABLES: tuple[Table, ...] = (
    SOURCES,
    INDICATORS,
    SEGMENTS,
    GEOGRAPHIES,
    OBSERVATIONS,
    NEWS_ITEMS,
    NEWS_FIGURES,
    TOPICS,
)
TABLES_BY_NAME = {t.name: t for t in TABLES}
