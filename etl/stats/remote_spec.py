"""The `[remote]` table of a manifest -> a checked `RemoteSpec`.

Every key is checked (an unknown key is an error naming it); the producer's field names
live here, so a renamed column in an answer is reported with the manifest key that names it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from etl.errors import ManifestError

KINDS = ("opendatasoft", "sdmx", "insee")
LEVELS = ("commune", "department", "region", "country")
NULL_MEANINGS = ("masked", "zero")
REMOTE_KEYS = (
    "kind", "url", "dataset", "endpoint", "format", "where", "select", "page_size",
    "source", "key", "params", "api_key_env", "every", "delay", "verified",
    "geo_level", "fields", "measures", "aggregate", "null_means", "aggregate_note",
    "max_pages",
)  # fmt: skip
FIELD_KEYS = ("geo", "period", "measure", "value", "activity", "state")
ENDPOINTS = ("records", "exports")
FORMATS = ("json", "csv")
_DURATION = re.compile(r"^(\d+)\s*([hd])$")


@dataclass(frozen=True)
class RemoteSpec:
    """Where a source's table comes from and how to read the producer's answer."""

    kind: str
    url: str
    dataset: str
    source_id: str = ""
    endpoint: str = "exports"
    format: str = "csv"
    where: str | None = None
    select: str | None = None
    page_size: int = 100
    max_pages: int = 100
    source: str | None = None  # SDMX agency id as sdmx1 knows it (ESTAT)
    key: str = ""
    params: dict[str, str] = field(default_factory=dict)
    api_key_env: str | None = None
    every: float = 30 * 86400
    delay: float = 2.0
    verified: bool = False
    geo_level: str = "commune"
    fields: dict[str, str] = field(default_factory=dict)
    measures: dict[str, str] = field(default_factory=dict)
    aggregate: tuple[str, ...] = ()
    null_means: str = "masked"
    aggregate_note: str | None = None
    url_from_env: bool = False

    @property
    def host(self) -> str:
        return (urlsplit(self.url).hostname or "").lower()


def url_env_name(source_id: str) -> str:
    """The variable that points a source at another server (tests, mirrors)."""
    return "CADRAN_REMOTE_URL_" + re.sub(r"[^A-Z0-9]", "_", source_id.upper())


def _fail(message: str, path: str) -> ManifestError:
    return ManifestError(message, file=path)


def _text(raw: dict[str, Any], key: str, path: str, required: bool = False) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        if required:
            raise _fail(f"missing key 'remote.{key}'", path)
        return None
    if not isinstance(value, str):
        raise _fail(f"remote.{key} must be text", path)
    return value


def _table(raw: dict[str, Any], key: str, path: str, allowed: tuple[str, ...] | None) -> dict:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise _fail(f"remote.{key} must be a table", path)
    for k, v in value.items():
        if allowed is not None and k not in allowed:
            raise _fail(
                f"unknown key 'remote.{key}.{k}'; accepted keys: {', '.join(allowed)}", path
            )
        if not isinstance(v, str | int | float) or isinstance(v, bool) or v == "":
            raise _fail(f"remote.{key}.{k} must be text", path)
    return {str(k): str(v) for k, v in value.items()}


def _every(value: object, path: str) -> float:
    if value is None:
        return 30 * 86400
    m = _DURATION.match(str(value).strip().lower()) if isinstance(value, str) else None
    if not m:
        raise _fail("remote.every must be a duration such as '30d' or '12h'", path)
    return int(m.group(1)) * (86400 if m.group(2) == "d" else 3600)


def _number(raw: dict[str, Any], key: str, path: str, default: float, low: float) -> float:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < low:
        raise _fail(f"remote.{key} must be a number from {low:g}", path)
    return float(value)


def parse_remote(
    raw: object, source_id: str, path: str, env: dict[str, str] | None = None
) -> RemoteSpec:
    """Check one `[remote]` table; the URL may be replaced by CADRAN_REMOTE_URL_<ID>."""
    if not isinstance(raw, dict):
        raise _fail("remote must be a table ([remote])", path)
    for key in raw:
        if key not in REMOTE_KEYS:
            raise _fail(
                f"unknown key 'remote.{key}'; accepted keys: {', '.join(REMOTE_KEYS)}", path
            )
    kind = _text(raw, "kind", path, required=True)
    if kind not in KINDS:
        raise _fail(f"remote.kind must be one of {', '.join(KINDS)}", path)
    env = dict(os.environ) if env is None else env
    override = (env.get(url_env_name(source_id)) or "").strip()
    url = override or _text(raw, "url", path, required=True) or ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _fail("remote.url must be an http(s) address", path)
    endpoint = _text(raw, "endpoint", path) or "exports"
    if endpoint not in ENDPOINTS:
        raise _fail(f"remote.endpoint must be one of {', '.join(ENDPOINTS)}", path)
    fmt = _text(raw, "format", path) or "csv"
    if fmt not in FORMATS:
        raise _fail(f"remote.format must be one of {', '.join(FORMATS)}", path)
    level = _text(raw, "geo_level", path) or "commune"
    if level not in LEVELS:
        raise _fail(f"remote.geo_level must be one of {', '.join(LEVELS)}", path)
    aggregate = raw.get("aggregate", [])
    if not isinstance(aggregate, list) or any(a not in ("department", "region") for a in aggregate):
        raise _fail("remote.aggregate must be a list of 'department' and/or 'region'", path)
    if aggregate and level != "commune":
        raise _fail("remote.aggregate sums communes: it needs remote.geo_level = 'commune'", path)
    null_means = _text(raw, "null_means", path) or "masked"
    if null_means not in NULL_MEANINGS:
        raise _fail(f"remote.null_means must be one of {', '.join(NULL_MEANINGS)}", path)
    note = _text(raw, "aggregate_note", path)
    if aggregate and not note:
        raise _fail(
            "remote.aggregate needs remote.aggregate_note: why a sum of this source's rows is "
            "an exact total (the producer's own words on masked cells)",
            path,
        )
    verified = raw.get("verified", False)
    if not isinstance(verified, bool):
        raise _fail("remote.verified must be true or false", path)
    measures = _table(raw, "measures", path, None)
    if not measures:
        raise _fail(
            "remote.measures must map at least one indicator code to a producer field", path
        )
    spec = RemoteSpec(
        kind=kind,
        url=url.rstrip("/"),
        dataset=_text(raw, "dataset", path, required=True) or "",
        source_id=source_id,
        endpoint=endpoint,
        format=fmt,
        where=_text(raw, "where", path),
        select=_text(raw, "select", path),
        page_size=int(_number(raw, "page_size", path, 100, 1)),
        max_pages=int(_number(raw, "max_pages", path, 100, 1)),
        source=_text(raw, "source", path),
        key=_text(raw, "key", path) or "",
        params=_table(raw, "params", path, None),
        api_key_env=_text(raw, "api_key_env", path),
        every=_every(raw.get("every"), path),
        delay=_number(raw, "delay", path, 2.0, 0.0),
        verified=verified,
        geo_level=level,
        fields=_table(raw, "fields", path, FIELD_KEYS),
        measures=measures,
        aggregate=tuple(aggregate),
        null_means=null_means,
        aggregate_note=note,
        url_from_env=bool(override),
    )
    if "geo" not in spec.fields:
        raise _fail("remote.fields.geo is required: the producer's field holding the place", path)
    if kind == "sdmx" and not spec.source:
        raise _fail("missing key 'remote.source' (the SDMX agency, such as ESTAT)", path)
    if kind == "insee" and spec.dataset not in ("siret", "localdata"):
        raise _fail(
            "remote.dataset of kind 'insee' must be 'siret' (Sirene establishments) or "
            "'localdata' (a Données locales cube)",
            path,
        )
    if kind == "insee" and spec.dataset == "siret" and not spec.params:
        raise _fail(
            "remote.params must name the Sirene fields to match (such as "
            "activitePrincipaleEtablissement = '26.52Z')",
            path,
        )
    if kind == "insee" and spec.dataset == "localdata":
        for needed in ("dataset_version", "variables"):
            if needed not in spec.params:
                raise _fail(
                    f"missing key 'remote.params.{needed}' (the Données locales cube)", path
                )
    return spec
