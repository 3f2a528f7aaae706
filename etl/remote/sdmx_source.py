"""SDMX sources (Eurostat and others) through sdmx1: it builds the data query's address and
reads the answer (SDMX-ML generic or structure-specific, or SDMX-JSON); the request itself
goes through the polite client so it is archived like any other.

`startPeriod` / `endPeriod` in `remote.params` also bound the rows kept: an observation outside
them is dropped even when the producer sends it, so two dataflows split at a year (Eurostat's
SBS before and from 2021) never both hold that year."""

from __future__ import annotations

import io
import json
import math

import sdmx

from etl.remote.http import RemoteClient
from etl.remote.rows import RemoteFormatError, Row, require_field
from etl.stats.remote_spec import RemoteSpec


def _client(spec: RemoteSpec) -> sdmx.Client:
    """A client for the agency at the manifest's (or the environment's) address."""
    source_id = f"CADRAN_{spec.source}"
    sdmx.add_source(
        {"id": source_id, "url": spec.url, "name": f"{spec.source} ({spec.url})"}, override=True
    )
    return sdmx.Client(source_id)


def data_url(spec: RemoteSpec) -> str:
    request = _client(spec).get(
        "data", spec.dataset, key=spec.key or None, params=dict(spec.params), dry_run=True
    )
    return str(request.url)


def query_text(spec: RemoteSpec) -> str:
    return data_url(spec) + " " + json.dumps({"key": spec.key, **spec.params})


def within_bounds(period: str, params: dict[str, str]) -> bool:
    """Whether a period's year lies within the manifest's startPeriod / endPeriod."""
    year = period[:4]
    if not year.isdigit():
        return True
    start, end = params.get("startPeriod", "")[:4], params.get("endPeriod", "")[:4]
    return not (start.isdigit() and year < start) and not (end.isdigit() and year > end)


def fetch(spec: RemoteSpec, http: RemoteClient) -> list[Row]:
    resp = http.get_url(data_url(spec), conditional=True)
    try:
        message = sdmx.read_sdmx(io.BytesIO(resp.body))
    except Exception as exc:  # sdmx1 raises many kinds on a foreign answer: one clear line
        raise RemoteFormatError(
            f"not an SDMX message sdmx1 can read ({type(exc).__name__})"
        ) from None
    if not getattr(message, "data", None):
        return []
    rows: list[Row] = []
    codes = {code: indicator for indicator, code in spec.measures.items()}
    geo = spec.fields["geo"]
    measure = spec.fields.get("measure")
    period = spec.fields.get("period", "TIME_PERIOD")
    seen = matched = 0  # observations in the answer; those with a code of remote.measures
    for dataset in message.data:
        frame = sdmx.to_pandas(dataset)
        if frame.empty:
            continue
        seen += len(frame)
        table = frame.reset_index()
        names = [str(c) for c in table.columns]
        require_field(names, geo, "fields.geo")
        require_field(names, period, "fields.period")
        if measure is not None:
            require_field(names, measure, "fields.measure")
        for rec in table.to_dict("records"):
            code = str(rec[measure]) if measure else next(iter(codes))
            if code not in codes:
                continue
            matched += 1
            when = str(rec[period])
            if not within_bounds(when, spec.params):
                continue
            value = rec.get("value")
            value = None if value is None or math.isnan(float(value)) else float(value)
            rows.append(Row(str(rec[geo]), codes[code], when, value))
    if not matched and seen:
        raise RemoteFormatError(
            f"no series of the answer has a code of remote.measures ({', '.join(codes)}) "
            f"in remote.fields.measure"
        )
    return rows
