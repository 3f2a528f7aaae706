"""Source manifests: `data/raw/<source>/source.toml` says what a source is and how to read it.

A manifest holds the citation of the source (`[source]`), optional extra citations that
footnote marks point to (`[[sources]]`), and one `[[tables]]` entry per table to read. This
module only loads and checks manifests; the readers do the reading. Every problem raises a
`ManifestError` naming the manifest file and the key at fault.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.errors import ManifestError
from etl.numbers import scale_value
from etl.schema import DATE_PATTERN, SOURCE_KINDS, STATUSES

MANIFEST_NAME = "source.toml"
LAYOUTS = ("years_as_columns", "years_as_rows", "records")
RECORD_FIELDS = (
    "ref", "indicator", "value", "unit", "period", "geo", "segment", "entity", "approximate"
)  # fmt: skip
CITATION_FIELDS = ("publisher", "title", "url", "published_on")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Citation:
    source_id: str
    title: str
    publisher: str
    url: str
    published_on: str | None
    retrieved_on: dt.date | None
    licence: str
    kind: str


@dataclass(frozen=True)
class LabelRule:
    """What a row (or column) label means: indicator, unit, scale and optional overrides."""

    indicator: str
    unit: str | None = None
    scale: float | None = None
    segment: str | None = None
    geo: str | None = None
    entity: str | None = None
    approximate: bool = False


@dataclass(frozen=True)
class Footnote:
    source_id: str | None = None
    note: str | None = None
    approximate: bool = False


@dataclass(frozen=True)
class TableSpec:
    file: str
    layout: str
    sheet: str | None = None
    header_rows: tuple[int, ...] = (1,)
    label_column: str = "A"
    period_column: str = "A"
    first_data_row: int | None = None
    last_data_row: int | None = None
    geo: str = "FR"
    segment: str = "watchmaking"
    entity: str | None = None
    status: str = "official"
    scale: float | None = None
    encoding: str | None = None
    delimiter: str | None = None
    labels: dict[str, LabelRule] = field(default_factory=dict)
    ignore_labels: tuple[str, ...] = ()
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)
    citation: dict[str, str] = field(default_factory=dict)
    stop_pattern: str = r"^\s*(\(\d+\)|\*|(sources?|notes?|lecture|champ)\b)"


@dataclass(frozen=True)
class Manifest:
    path: Path
    source: Citation
    extra_sources: tuple[Citation, ...]
    tables: tuple[TableSpec, ...]

    @property
    def folder(self) -> Path:
        return self.path.parent


def _date(value: Any, where: str, path: Path) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ManifestError(
            f"{where} must be a date YYYY-MM-DD", file=str(path), text=str(value)
        ) from None


def _published(value: Any, where: str, path: Path) -> str | None:
    """Publication dates may be partial when the source prints only a month or a year."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if not re.match(DATE_PATTERN, str(value)):
        raise ManifestError(
            f"{where} must be YYYY-MM-DD, YYYY-MM or YYYY", file=str(path), text=str(value)
        )
    return str(value)


def _require(table: dict[str, Any], key: str, where: str, path: Path) -> Any:
    if key not in table or table[key] in (None, ""):
        raise ManifestError(f"missing key '{where}.{key}'", file=str(path))
    return table[key]


def _citation(raw: dict[str, Any], where: str, path: Path, default_kind: str) -> Citation:
    source_id = str(_require(raw, "id", where, path))
    if not _ID.match(source_id):
        raise ManifestError(
            f"{where}.id must be lowercase letters, digits and dashes",
            file=str(path),
            text=source_id,
        )
    kind = raw.get("kind", default_kind)
    if kind not in SOURCE_KINDS:
        raise ManifestError(
            f"{where}.kind must be one of {SOURCE_KINDS}", file=str(path), text=kind
        )
    return Citation(
        source_id=source_id,
        title=str(_require(raw, "title", where, path)),
        publisher=str(_require(raw, "publisher", where, path)),
        url=str(_require(raw, "url", where, path)),
        published_on=_published(raw.get("published_on"), f"{where}.published_on", path),
        retrieved_on=_date(raw.get("retrieved_on"), f"{where}.retrieved_on", path),
        licence=str(_require(raw, "licence", where, path)),
        kind=kind,
    )


def _scale(raw: Any, where: str, path: Path) -> float | None:
    if raw is None:
        return None
    try:
        return scale_value(raw)
    except ValueError as exc:
        raise ManifestError(f"{where}: {exc}", file=str(path)) from None


def _label_rule(raw: Any, where: str, path: Path) -> LabelRule:
    if isinstance(raw, str):
        return LabelRule(indicator=raw)
    if not isinstance(raw, dict):
        raise ManifestError(f"{where} must be an indicator code or a table", file=str(path))
    unknown = set(raw) - {"indicator", "unit", "scale", "segment", "geo", "entity", "approximate"}
    if unknown:
        raise ManifestError(f"{where}: unknown keys {sorted(unknown)}", file=str(path))
    return LabelRule(
        indicator=str(_require(raw, "indicator", where, path)),
        unit=raw.get("unit"),
        scale=_scale(raw.get("scale"), f"{where}.scale", path),
        segment=raw.get("segment"),
        geo=raw.get("geo"),
        entity=raw.get("entity"),
        approximate=bool(raw.get("approximate", False)),
    )


def _table(raw: dict[str, Any], index: int, path: Path, source_ids: set[str]) -> TableSpec:
    where = f"tables[{index}]"
    layout = _require(raw, "layout", where, path)
    if layout not in LAYOUTS:
        raise ManifestError(f"{where}.layout must be one of {LAYOUTS}", file=str(path), text=layout)
    file = str(_require(raw, "file", where, path))
    if not (path.parent / file).is_file():
        raise ManifestError(
            f"{where}.file does not exist next to the manifest", file=str(path), text=file
        )
    status = raw.get("status", "official")
    if status not in STATUSES:
        raise ManifestError(
            f"{where}.status must be one of {STATUSES}", file=str(path), text=status
        )
    labels = {
        _label_key(label): _label_rule(rule, f"{where}.labels.{label!r}", path)
        for label, rule in raw.get("labels", {}).items()
    }
    footnotes: dict[str, Footnote] = {}
    for mark, note in raw.get("footnotes", {}).items():
        ref = note.get("source")
        if ref is not None and ref not in source_ids:
            raise ManifestError(
                f"{where}.footnotes.{mark!r}.source names no source of this manifest",
                file=str(path),
                text=ref,
            )
        footnotes[str(mark)] = Footnote(ref, note.get("note"), bool(note.get("approximate", False)))
    if layout != "records" and not labels:
        raise ManifestError(
            f"{where} needs a [labels] table mapping labels to indicators", file=str(path)
        )
    columns = dict(raw.get("columns", {}))
    if layout == "records":
        for key in ("indicator", "value"):
            if key not in columns:
                raise ManifestError(
                    f"{where}.columns.{key} is required for layout 'records'", file=str(path)
                )
        unknown = set(columns) - set(RECORD_FIELDS)
        if unknown:
            raise ManifestError(
                f"{where}.columns: unknown fields {sorted(unknown)}", file=str(path)
            )
    citation = dict(raw.get("citation", {}))
    if set(citation) - set(CITATION_FIELDS):
        raise ManifestError(
            f"{where}.citation: fields must be among {CITATION_FIELDS}", file=str(path)
        )
    header_rows = raw.get("header_rows", [1])
    return TableSpec(
        file=file,
        layout=layout,
        sheet=raw.get("sheet"),
        header_rows=tuple(header_rows if isinstance(header_rows, list) else [header_rows]),
        label_column=str(raw.get("label_column", "A")).upper(),
        period_column=str(raw.get("period_column", "A")).upper(),
        first_data_row=raw.get("first_data_row"),
        last_data_row=raw.get("last_data_row"),
        geo=str(raw.get("geo", "FR")),
        segment=str(raw.get("segment", "watchmaking")),
        entity=raw.get("entity"),
        status=status,
        scale=_scale(raw.get("scale"), f"{where}.scale", path),
        encoding=raw.get("encoding"),
        delimiter=raw.get("delimiter"),
        labels=labels,
        ignore_labels=tuple(_label_key(x) for x in raw.get("ignore_labels", [])),
        footnotes=footnotes,
        missing=tuple(str(m).lower() for m in raw.get("missing", [])),
        columns=columns,
        citation=citation,
        **({"stop_pattern": raw["stop_pattern"]} if "stop_pattern" in raw else {}),
    )


def _label_key(label: str) -> str:
    """Labels match ignoring case, spacing, apostrophe style and footnote marks."""
    from etl.numbers import normalise, split_footnote

    text, _ = split_footnote(normalise(label))
    return re.sub(r"\s+", " ", text).strip().casefold()


label_key = _label_key


def load_manifest(path: Path) -> Manifest:
    """Load and check one manifest; raise ManifestError naming the file and key."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError("manifest not found", file=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(f"not valid TOML: {exc}", file=str(path)) from None
    if "source" not in raw:
        raise ManifestError("missing [source] table", file=str(path))
    source = _citation(raw["source"], "source", path, "statistics")
    extra = tuple(
        _citation(s, f"sources[{i}]", path, "publication")
        for i, s in enumerate(raw.get("sources", []))
    )
    source_ids = {source.source_id, *(c.source_id for c in extra)}
    if len(source_ids) != 1 + len(extra):
        raise ManifestError("two sources share one id", file=str(path))
    tables = raw.get("tables", [])
    if not tables:
        raise ManifestError("no [[tables]] to read", file=str(path))
    return Manifest(
        path=path,
        source=source,
        extra_sources=extra,
        tables=tuple(_table(t, i, path, source_ids) for i, t in enumerate(tables)),
    )
