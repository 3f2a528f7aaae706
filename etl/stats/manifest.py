"""Source manifests: `data/raw/<source>/source.toml` says what a source is and how to read it.

A manifest holds the citation of the source (`[source]`), optional extra citations that
footnote marks point to (`[[sources]]`), and one `[[tables]]` entry per table to read. This
module only loads and checks manifests; `grid` and `layouts` do the reading. Every problem raises a
`ManifestError` naming the manifest file and the key at fault.

Manifests are strict: an unknown key (a typo such as `header_row`) or a value of the wrong
type is an error that names the key and suggests the closest valid one, since a silently
ignored option empties a source. Table files must sit inside the source's folder.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.errors import ManifestError
from etl.schema import DATE_PATTERN, SOURCE_KINDS, STATUSES
from etl.stats.cells import scale_value
from etl.stats.remote_spec import REMOTE_KEYS, RemoteSpec, parse_remote

MANIFEST_NAME = "source.toml"
LAYOUTS = ("years_as_columns", "years_as_rows", "records", "combined_key")
RECORD_FIELDS = (
    "ref", "indicator", "value", "unit", "period", "geo", "segment", "entity", "approximate"
)  # fmt: skip
CITATION_FIELDS = ("publisher", "title", "url", "published_on")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
TOP_KEYS = ("source", "sources", "tables", "remote")
SOURCE_KEYS = (
    "id", "title", "publisher", "url", "published_on", "retrieved_on", "licence", "kind"
)  # fmt: skip
TABLE_KEYS = (
    "file", "layout", "sheet", "header_rows", "label_column", "period_column",
    "first_data_row", "last_data_row", "geo", "segment", "entity", "status", "scale",
    "encoding", "delimiter", "labels", "ignore_labels", "footnotes", "missing", "columns",
    "citation", "stop_pattern", "allow_empty", "flags", "label_part", "geo_part", "select",
)  # fmt: skip
KEY_PART_KEYS = ("label_part", "geo_part", "select")  # layout combined_key only
LABEL_KEYS = (
    "indicator", "unit", "scale", "segment", "geo", "entity", "approximate",
    "min_value", "max_value",
)  # fmt: skip
FOOTNOTE_KEYS = ("source", "note", "approximate")
FLAG_KEYS = FOOTNOTE_KEYS  # a flag after a value ('295 e') means what a footnote mark means
_FLAG = re.compile(r"^[a-z]{1,3}$")
# Every key a manifest accepts, by where it sits (the README documents each one).
ACCEPTED_KEYS = {
    "top": TOP_KEYS,
    "source": SOURCE_KEYS,
    "tables": TABLE_KEYS,
    "labels": LABEL_KEYS,
    "footnotes": FOOTNOTE_KEYS,
    "flags": FLAG_KEYS,
    "columns": RECORD_FIELDS,
    "citation": CITATION_FIELDS,
    "remote": REMOTE_KEYS,
}
STOP_PATTERN_LIMIT = 200  # characters; a stop pattern is a short marker, not a program


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
    min_value: float | None = None
    max_value: float | None = None


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
    allow_empty: bool = False
    flags: dict[str, Footnote] = field(default_factory=dict)
    label_part: str | None = None
    geo_part: str | None = None
    select: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest:
    path: Path
    source: Citation
    extra_sources: tuple[Citation, ...]
    tables: tuple[TableSpec, ...]
    remote: RemoteSpec | None = None  # the table is fetched (etl/remote), not shipped

    @property
    def folder(self) -> Path:
        return self.path.parent


def _fail(message: str, path: Path, text: object = None) -> ManifestError:
    return ManifestError(message, file=str(path), text=None if text is None else _shown(text))


def _shown(value: object) -> str:
    """A manifest value as an error line shows it: short, and one line."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _check_keys(raw: dict[str, Any], accepted: tuple[str, ...], where: str, path: Path) -> None:
    """Unknown keys are typos until proven otherwise: name them and suggest the closest key."""
    for key in raw:
        if key in accepted:
            continue
        close = difflib.get_close_matches(str(key), accepted, n=1, cutoff=0.6)
        hint = (
            f"; did you mean '{close[0]}'?" if close else f"; accepted keys: {', '.join(accepted)}"
        )
        shown = str(key) if str(key).isprintable() else repr(str(key))[1:-1]
        name = f"{where}.{shown}" if where else shown
        raise _fail(f"unknown key '{name}'{hint}", path)


_TYPE_NAMES = {str: "text", int: "a whole number", bool: "true or false", dict: "a table",
               list: "a list", float: "a number"}  # fmt: skip


def _typed(
    raw: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, path: Path
) -> Any:
    """raw[key] when it has the expected TOML type (None when absent); else a ManifestError."""
    if key not in raw:
        return None
    value = raw[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    ok = any(
        isinstance(value, k) and not (k in (int, float) and isinstance(value, bool)) for k in kinds
    )
    if not ok:
        expected = " or ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)
        raise _fail(f"{where}.{key} must be {expected}", path, value)
    return value


def _text_value(raw: dict[str, Any], key: str, where: str, path: Path) -> str | None:
    value = _typed(raw, key, str, where, path)
    return value if value not in (None, "") else None


def _text_list(raw: dict[str, Any], key: str, where: str, path: Path) -> list[str]:
    value = _typed(raw, key, list, where, path) or []
    for item in value:
        if not isinstance(item, str):
            raise _fail(f"{where}.{key} must be a list of texts", path, item)
    return value


def _row_number(raw: dict[str, Any], key: str, where: str, path: Path) -> int | None:
    value = _typed(raw, key, int, where, path)
    if value is not None and not 1 <= value <= 1_048_576:
        raise _fail(f"{where}.{key} must be a row number from 1", path, value)
    return value


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
        raise _fail(f"{where} must be a date YYYY-MM-DD", path, value) from None


def _published(value: Any, where: str, path: Path) -> str | None:
    """Publication dates may be partial when the source prints only a month or a year."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str) or not re.match(DATE_PATTERN, value) or not real_date(value):
        raise _fail(f"{where} must be YYYY-MM-DD, YYYY-MM or YYYY", path, value)
    return value


def real_date(text: str) -> bool:
    """'2024-13' and '0000' match the pattern but are no date."""
    parts = [int(x) for x in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _require(table: dict[str, Any], key: str, where: str, path: Path) -> Any:
    if key not in table or table[key] in (None, ""):
        raise _fail(f"missing key '{where}.{key}'", path)
    return table[key]


def _required_text(table: dict[str, Any], key: str, where: str, path: Path) -> str:
    _require(table, key, where, path)
    return str(_typed(table, key, str, where, path))


def _citation(raw: Any, where: str, path: Path, default_kind: str) -> Citation:
    if not isinstance(raw, dict):
        raise _fail(f"{where} must be a table", path, raw)
    _check_keys(raw, SOURCE_KEYS, where, path)
    source_id = _required_text(raw, "id", where, path)
    if not _ID.match(source_id):
        raise _fail(f"{where}.id must be lowercase letters, digits and dashes", path, source_id)
    kind = raw.get("kind", default_kind)
    if kind not in SOURCE_KINDS:
        raise _fail(f"{where}.kind must be one of {SOURCE_KINDS}", path, kind)
    return Citation(
        source_id=source_id,
        title=_required_text(raw, "title", where, path),
        publisher=_required_text(raw, "publisher", where, path),
        url=_required_text(raw, "url", where, path),
        published_on=_published(raw.get("published_on"), f"{where}.published_on", path),
        retrieved_on=_date(raw.get("retrieved_on"), f"{where}.retrieved_on", path),
        licence=_required_text(raw, "licence", where, path),
        kind=kind,
    )


def _scale(raw: Any, where: str, path: Path) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise _fail(f"{where} must be a number or a word such as 'millions'", path, raw)
    try:
        value = scale_value(raw)
    except (ValueError, OverflowError) as exc:
        raise _fail(f"{where}: {exc}", path) from None
    if not math.isfinite(value) or not 1e-12 <= value <= 1e12:
        raise _fail(f"{where} must be a finite scale between 1e-12 and 1e12", path, raw)
    return value


def _bound(raw: dict[str, Any], key: str, where: str, path: Path) -> float | None:
    value = _typed(raw, key, (int, float), where, path)
    if value is None:
        return None
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise _fail(f"{where}.{key} must be a finite number", path, value)
    return number


def _label_rule(raw: Any, where: str, path: Path) -> LabelRule:
    if isinstance(raw, str):
        return LabelRule(indicator=raw)
    if not isinstance(raw, dict):
        raise _fail(f"{where} must be an indicator code or a table", path, raw)
    _check_keys(raw, LABEL_KEYS, where, path)
    approximate = _typed(raw, "approximate", bool, where, path)
    return LabelRule(
        indicator=_required_text(raw, "indicator", where, path),
        unit=_text_value(raw, "unit", where, path),
        scale=_scale(raw.get("scale"), f"{where}.scale", path),
        segment=_text_value(raw, "segment", where, path),
        geo=_text_value(raw, "geo", where, path),
        entity=_text_value(raw, "entity", where, path),
        approximate=bool(approximate),
        min_value=_bound(raw, "min_value", where, path),
        max_value=_bound(raw, "max_value", where, path),
    )


def _inside(folder: Path, file: str, where: str, path: Path) -> None:
    """Table files are read from the source's own folder only: no absolute path, no '..',
    no symbolic link (its target could be anywhere)."""
    relative = Path(file)
    if relative.is_absolute() or ".." in relative.parts or "\x00" in file:
        raise _fail(f"{where}.file must be a file inside the source's folder", path)
    target = folder / relative
    walked = folder
    for part in relative.parts:
        walked = walked / part
        if walked.is_symlink():
            raise _fail(f"{where}.file is a symbolic link; copy the file into the folder", path)
    try:
        target.resolve().relative_to(folder.resolve())
    except ValueError:
        raise _fail(f"{where}.file must be a file inside the source's folder", path) from None
    if not target.is_file():
        raise _fail(f"{where}.file does not exist next to the manifest", path, file)


def _delimiter(raw: dict[str, Any], where: str, path: Path) -> str | None:
    value = _text_value(raw, "delimiter", where, path)
    if value is None:
        return None
    if value in ("tab", "\\t", "\t"):
        return "\t"
    if len(value) != 1 or value in '"\r\n' or value.isalnum():
        raise _fail(f"{where}.delimiter must be one character such as ';' or 'tab'", path, value)
    return value


def _encoding(raw: dict[str, Any], where: str, path: Path) -> str | None:
    value = _text_value(raw, "encoding", where, path)
    if value is None:
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise _fail(f"{where}.encoding is not a known encoding", path, value) from None
    return value


def _header_rows(raw: dict[str, Any], where: str, path: Path) -> tuple[int, ...]:
    value = raw.get("header_rows", [1])
    rows = value if isinstance(value, list) else [value]
    if not rows or any(isinstance(r, bool) or not isinstance(r, int) or r < 1 for r in rows):
        raise _fail(f"{where}.header_rows must be a row number or a list of them", path, value)
    return tuple(rows)


def _column_letter(raw: dict[str, Any], key: str, where: str, path: Path) -> str:
    value = _text_value(raw, key, where, path) or "A"
    if not re.fullmatch(r"[A-Za-z]{1,3}", value):
        raise _fail(f"{where}.{key} must be a column letter such as 'A'", path, value)
    return value.upper()


def _stop_pattern(raw: dict[str, Any], where: str, path: Path) -> dict[str, str]:
    """Stop patterns are short markers ('Source', '(1)'); constructs that can make a regex
    engine backtrack for ever (backreferences, repeated groups holding repeats or
    alternatives) are refused; the reader also runs them with a time limit."""
    value = _typed(raw, "stop_pattern", str, where, path)
    if value is None:
        return {}
    if len(value) > STOP_PATTERN_LIMIT:
        raise _fail(f"{where}.stop_pattern is longer than {STOP_PATTERN_LIMIT} characters", path)
    if re.search(r"\\[1-9]|\(\?P=|\(\?[=!<]", value) or _nested_repeat(value):
        raise _fail(
            f"{where}.stop_pattern uses backreferences, lookarounds or a repeated group "
            "holding a repeat or alternatives (they can run for ever)",
            path,
            value,
        )
    try:
        re.compile(value)
    except (re.error, RecursionError, OverflowError) as exc:
        raise _fail(
            f"{where}.stop_pattern is not a valid regular expression ({exc})", path
        ) from None
    return {"stop_pattern": value}


def _nested_repeat(pattern: str) -> bool:
    """True when a group followed by a repeat (*, +, {n,}) holds a repeat or an alternative."""
    stack: list[bool] = []  # per open group: does it hold a repeat or '|'?
    escaped = in_class = False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            stack.append(False)
        elif ch == ")" and stack:
            risky = stack.pop()
            after = pattern[i + 1 : i + 2]
            repeated = after in ("*", "+") or (after == "{" and "," in pattern[i + 1 : i + 12])
            if risky and repeated:
                return True
            if stack and (risky or repeated):
                stack[-1] = True
        elif (ch in "*+|" or (ch == "{" and "," in pattern[i : i + 12])) and stack:
            stack[-1] = True
    return False


def _footnotes(
    raw: dict[str, Any], where: str, path: Path, source_ids: set[str], key: str = "footnotes"
) -> dict[str, Footnote]:
    """Footnote marks ('*', '1') or, with key 'flags', flags written after values ('e')."""
    table = _typed(raw, key, dict, where, path) or {}
    footnotes: dict[str, Footnote] = {}
    for mark, note in table.items():
        at = f"{where}.{key}.{mark!r}"
        if key == "flags" and not _FLAG.match(str(mark)):
            raise _fail(f"{at}: a flag is one to three lowercase letters such as 'e'", path)
        if not isinstance(note, dict):
            raise _fail(f"{at} must be a table with source, note or approximate", path, note)
        _check_keys(note, FOOTNOTE_KEYS, at, path)
        ref = _text_value(note, "source", at, path)
        if ref is not None and ref not in source_ids:
            raise _fail(f"{at}.source names no source of this manifest", path, ref)
        footnotes[str(mark)] = Footnote(
            ref,
            _text_value(note, "note", at, path),
            bool(_typed(note, "approximate", bool, at, path)),
        )
    return footnotes


def _mapping(
    raw: dict[str, Any], key: str, fields: tuple[str, ...], where: str, path: Path
) -> dict[str, str]:
    table = _typed(raw, key, dict, where, path) or {}
    _check_keys(table, fields, f"{where}.{key}", path)
    for field_name, column in table.items():
        if not isinstance(column, str) or not column:
            raise _fail(f"{where}.{key}.{field_name} must be a column name", path, column)
    return dict(table)


def _table(
    raw: Any, index: int, path: Path, source_ids: set[str], remote: bool = False
) -> TableSpec:
    where = f"tables[{index}]"
    if not isinstance(raw, dict):
        raise _fail(f"{where} must be a table ([[tables]])", path, raw)
    _check_keys(raw, TABLE_KEYS, where, path)
    layout = _require(raw, "layout", where, path)
    if layout not in LAYOUTS:
        raise _fail(f"{where}.layout must be one of {LAYOUTS}", path, layout)
    if remote:  # the build reads the table archived by `etl fetch --stats`
        if "file" in raw:
            raise _fail(f"{where}.file is not used by a [remote] source: remove it", path)
        file = ""
    else:
        file = _required_text(raw, "file", where, path)
        _inside(path.parent, file, where, path)
    status = raw.get("status", "official")
    if status not in STATUSES:
        raise _fail(f"{where}.status must be one of {STATUSES}", path, status)
    label_table = _typed(raw, "labels", dict, where, path) or {}
    labels = {
        _label_key(label): _label_rule(rule, f"{where}.labels.{label!r}", path)
        for label, rule in label_table.items()
    }
    if layout != "records" and not labels:
        raise _fail(f"{where} needs a [labels] table mapping labels to indicators", path)
    columns = _mapping(raw, "columns", RECORD_FIELDS, where, path)
    if layout == "records":
        for key in ("indicator", "value"):
            if key not in columns:
                raise _fail(f"{where}.columns.{key} is required for layout 'records'", path)
    citation = _mapping(raw, "citation", CITATION_FIELDS, where, path)
    parts = _key_parts(raw, layout, where, path)
    first, last = (_row_number(raw, k, where, path) for k in ("first_data_row", "last_data_row"))
    if first is not None and last is not None and last < first:
        raise _fail(f"{where}.last_data_row is before first_data_row", path, last)
    return TableSpec(
        file=file,
        layout=layout,
        sheet=_text_value(raw, "sheet", where, path),
        header_rows=_header_rows(raw, where, path),
        label_column=_column_letter(raw, "label_column", where, path),
        period_column=_column_letter(raw, "period_column", where, path),
        first_data_row=first,
        last_data_row=last,
        geo=_text_value(raw, "geo", where, path) or "FR",
        segment=_text_value(raw, "segment", where, path) or "watchmaking",
        entity=_text_value(raw, "entity", where, path),
        status=status,
        scale=_scale(raw.get("scale"), f"{where}.scale", path),
        encoding=_encoding(raw, where, path),
        delimiter=_delimiter(raw, where, path),
        labels=labels,
        ignore_labels=tuple(_label_key(x) for x in _text_list(raw, "ignore_labels", where, path)),
        footnotes=_footnotes(raw, where, path, source_ids),
        missing=tuple(m.lower() for m in _text_list(raw, "missing", where, path)),
        columns=columns,
        citation=citation,
        allow_empty=bool(_typed(raw, "allow_empty", bool, where, path)),
        flags=_footnotes(raw, where, path, source_ids, "flags"),
        **parts,
        **_stop_pattern(raw, where, path),
    )


def _key_parts(raw: dict[str, Any], layout: str, where: str, path: Path) -> dict[str, Any]:
    """label_part, geo_part and select of a combined_key table (names of key parts)."""
    used = [k for k in KEY_PART_KEYS if k in raw]
    if used and layout != "combined_key":
        raise _fail(f"{where}.{used[0]} is only for layout 'combined_key'", path)
    select: dict[str, tuple[str, ...]] = {}
    for part, wanted in (_typed(raw, "select", dict, where, path) or {}).items():
        values = wanted if isinstance(wanted, list) else [wanted]
        if not values or not all(isinstance(v, str) and v for v in values):
            raise _fail(f"{where}.select.{part} must be a code or a list of codes", path, wanted)
        select[str(part)] = tuple(values)
    return {
        "label_part": _text_value(raw, "label_part", where, path),
        "geo_part": _text_value(raw, "geo_part", where, path),
        "select": select,
    }


def _label_key(label: str) -> str:
    """Labels match ignoring case, spacing, apostrophe style and footnote marks."""
    from etl.stats.cells import normalise, split_footnote

    text, _ = split_footnote(normalise(label))
    return re.sub(r"\s+", " ", text).strip().casefold()


label_key = _label_key


def load_manifest(path: Path) -> Manifest:
    """Load and check one manifest; raise ManifestError naming the file and key."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise _fail("the manifest must be a regular file (not a folder or a link)", path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _fail("manifest not found", path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise _fail(f"not valid TOML: {exc}", path) from None
    except OSError as exc:
        raise _fail(
            f"cannot read the manifest ({exc.strerror or type(exc).__name__})", path
        ) from None
    _check_keys(raw, TOP_KEYS, "", path)
    if "source" not in raw:
        raise _fail("missing [source] table", path)
    source = _citation(raw["source"], "source", path, "statistics")
    others = _typed(raw, "sources", list, "manifest", path) or []
    extra = tuple(_citation(s, f"sources[{i}]", path, "publication") for i, s in enumerate(others))
    source_ids = {source.source_id, *(c.source_id for c in extra)}
    if len(source_ids) != 1 + len(extra):
        raise _fail("two sources share one id", path)
    tables = _typed(raw, "tables", list, "manifest", path) or []
    remote = parse_remote(raw["remote"], source.source_id, str(path)) if "remote" in raw else None
    if not tables:
        raise _fail("no [[tables]] to read", path)
    return Manifest(
        path=path,
        source=source,
        extra_sources=extra,
        tables=tuple(
            _table(t, i, path, source_ids, remote is not None) for i, t in enumerate(tables)
        ),
        remote=remote,
    )
