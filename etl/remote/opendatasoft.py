"""Opendatasoft Explore API v2.1 (the portal behind open.urssaf.fr).

`exports/{csv|json}` returns every matching record in one answer (no 10,000 cap);
`records` returns JSON pages of `limit` records (`total_count`, `results`), walked with
`offset` until the count is reached; Opendatasoft refuses offset + limit over 10,000.
"""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlencode

from etl.remote.http import RemoteClient
from etl.remote.rows import RemoteFormatError, Row, wide_rows
from etl.stats.remote_spec import RemoteSpec

RECORDS_CAP = 10_000
API = "/api/explore/v2.1/catalog/datasets"


def _query(spec: RemoteSpec) -> dict[str, str]:
    params = {}
    if spec.where:
        params["where"] = spec.where
    if spec.select:
        params["select"] = spec.select
    return params


def query_text(spec: RemoteSpec) -> str:
    what = f"{spec.endpoint}/{spec.format}" if spec.endpoint == "exports" else "records"
    return f"{spec.url}{API}/{spec.dataset}/{what} " + json.dumps(_query(spec), ensure_ascii=False)


def _decode(body: bytes) -> str:
    return body.decode("utf-8-sig", errors="replace")


def _records_pages(spec: RemoteSpec, http: RemoteClient) -> tuple[list[dict], list[str]]:
    records: list[dict] = []
    names: list[str] = []
    offset, total = 0, None
    for _ in range(spec.max_pages):
        limit = min(spec.page_size, 100)
        if offset + limit > RECORDS_CAP:
            raise RemoteFormatError(
                f"over {RECORDS_CAP} records: set remote.endpoint = 'exports' (no cap)"
            )
        params = {**_query(spec), "limit": str(limit), "offset": str(offset)}
        resp = http.get(f"{API}/{spec.dataset}/records", params)
        try:
            page = json.loads(_decode(resp.body))
            results = page["results"]
            total = int(page["total_count"])
        except (ValueError, KeyError, TypeError):
            raise RemoteFormatError(
                "a records page is not Explore v2.1 JSON (total_count, results)"
            ) from None
        for rec in results:
            names.extend(k for k in rec if k not in names)
        records.extend(results)
        offset += len(results)
        if not results or offset >= total:
            return records, names
    raise RemoteFormatError(f"more than remote.max_pages = {spec.max_pages} pages")


def _export(spec: RemoteSpec, http: RemoteClient) -> tuple[list[dict], list[str]]:
    params = _query(spec)
    if spec.format == "csv":
        params["delimiter"] = ";"
    url = f"{spec.url}{API}/{spec.dataset}/exports/{spec.format}?" + urlencode(params)
    resp = http.get_url(url, conditional=True)  # one answer: it may be asked conditionally
    text = _decode(resp.body)
    if spec.format == "csv":
        reader = csv.DictReader(io.StringIO(text), delimiter=";")
        records = list(reader)
        return records, list(reader.fieldnames or [])
    try:
        records = json.loads(text)
    except ValueError:
        raise RemoteFormatError("the JSON export is not valid JSON") from None
    if not isinstance(records, list):
        raise RemoteFormatError("the JSON export is not a list of records")
    names: list[str] = []
    for rec in records:
        names.extend(k for k in rec if k not in names)
    return records, names


def fetch(spec: RemoteSpec, http: RemoteClient) -> list[Row]:
    """Every matching record, as long rows."""
    records, names = (
        _records_pages(spec, http) if spec.endpoint == "records" else _export(spec, http)
    )
    if not records:
        return []
    return wide_rows(records, spec, names)
