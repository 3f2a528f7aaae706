"""Insee's Sirene API (3.11): establishments (`/siret`) matching a query, walked page by page
with the `curseur` / `curseurSuivant` cursor, counted by the place field the manifest names.

The key goes in the `X-INSEE-Api-Key-Integration` header, read from the variable named by
`remote.api_key_env`. Sirene answers 404 when nothing matches: an empty result, not a failure.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter

from etl.fetch.client import FetchFailed
from etl.remote.http import RemoteClient
from etl.remote.rows import RemoteFormatError, Row
from etl.stats.remote_spec import RemoteSpec

KEY_HEADER = "X-INSEE-Api-Key-Integration"


def _params(spec: RemoteSpec, cursor: str) -> dict[str, str]:
    return {"q": spec.q or "", "nombre": str(spec.page_size), "curseur": cursor}


def query_text(spec: RemoteSpec) -> str:
    return f"{spec.url}/{spec.dataset} " + json.dumps({"q": spec.q}, ensure_ascii=False)


def _pick(record: dict, dotted: str, key: str) -> object:
    value: object = record
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            raise RemoteFormatError(
                f"an establishment has no '{dotted}' named by remote.{key}; "
                "has the producer renamed it?"
            )
        value = value[part]
    return value


def fetch(spec: RemoteSpec, http: RemoteClient, today: dt.date | None = None) -> list[Row]:
    headers = {"Accept": "application/json"}
    if spec.api_key_env:
        key = os.environ.get(spec.api_key_env, "").strip()
        if not key and not spec.url_from_env:
            raise FetchFailed(f"no Insee API key: set {spec.api_key_env} (remote.api_key_env)")
        if key:
            headers[KEY_HEADER] = key
    counts: Counter[str] = Counter()
    cursor, seen = "*", 0
    for _ in range(spec.max_pages):
        try:
            resp = http.get(f"/{spec.dataset}", _params(spec, cursor), headers)
        except FetchFailed as exc:
            if "HTTP 404" in str(exc) and seen == 0:
                return []  # Sirene: no establishment matches the query
            raise
        try:
            page = json.loads(resp.body.decode("utf-8"))
            header, items = page["header"], page.get("etablissements", [])
        except (ValueError, KeyError, TypeError):
            raise RemoteFormatError(
                "a Sirene page is not JSON with 'header' and 'etablissements'"
            ) from None
        for item in items:
            counts[str(_pick(item, spec.fields["geo"], "fields.geo"))] += 1
        seen += len(items)
        following = header.get("curseurSuivant")
        if not items or not following or following == cursor:
            break
        cursor = following
    else:
        raise RemoteFormatError(f"more than remote.max_pages = {spec.max_pages} pages")
    day = (today or dt.date.today()).isoformat()
    indicator = next(iter(spec.measures))
    return [Row(place, indicator, day, float(n)) for place, n in sorted(counts.items())]
