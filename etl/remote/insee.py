"""Insee's APIs through pynsee (InseeFrLab), the library made for them: Sirene 3.11 and the
"Données locales" cubes.

`remote.dataset = "siret"`: `pynsee.sirene.search_sirene` asks for the establishments whose
fields match `remote.params` (field -> value, such as `activitePrincipaleEtablissement =
"26.52Z"`), walking Sirene's `curseur` pages itself. Sirene searches every period of an
establishment's history, so the rows are then kept only when the current period (no end
date, active) still has each asked value; they are counted by the place field `fields.geo`
(pynsee flattens `adresseEtablissement`, so the commune is `codeCommuneEtablissement`).

`remote.dataset = "localdata"`: `pynsee.localdata.get_local_data` reads one predefined cube
(`params.dataset_version` such as GEO2021FLORES2018, `params.variables` such as NA17) for each
place of `params.nivgeo` (DEP: every department of the gazetteer when `params.geocodes` is
"all", else the listed codes); the other params filter the cube's modalities (`NA17 = "C3"`).
Rows come out by `fields.geo` (CODEGEO), `fields.measure` (UNIT: NBET, NBSALET...) and
`fields.period` (DATA_DATE). pynsee answers a failed place with an empty row and no log: a
fetch where no place has data fails; places without data are counted in the notes. Insee
calls this API outdated (its cubes are no longer updated; MELODI replaces it) and pynsee
logs that warning on each request. No cube of it goes below NA17 / NA10 activity groups.

How pynsee is reached (it is not our polite client):
- pynsee builds its own `https://api.insee.fr/api-sirene/3.11/...` addresses and asks them
  with its own session: its rate limit (30 requests a minute per API), its
  retries, its user agent. pynsee 0.3 sends these requests without checking the server's TLS
  certificate (`verify=False` in its session). The raw answers are therefore not kept in the
  fetch archive's `bodies/`; the addresses pynsee asked are read from its log (logger
  `pynsee.utils.requests_session`, one INFO line per request) and kept with the table.
- The key: pynsee reads `sirene_key` from the environment or from its own config file
  (`pynsee.utils.init_conn`). The value of the variable named by `remote.api_key_env` is handed
  to pynsee as `sirene_key` for the call only; without it pynsee's saved key is used.
- The address cannot be changed: pynsee's one documented network setting is its proxy
  (`http_proxy` / `https_proxy`, environment or `init_conn`). The tests use exactly that: a
  stand-in on 127.0.0.1 answers the proxy's CONNECT for api.insee.fr and serves Sirene's
  published format. Nothing of pynsee is patched.
- pynsee's caches (answers kept 30 days, rate-limit counters) go under `<archive>/pynsee`
  (XDG_CACHE_HOME for the call); every fetch asks with `update=True`, and pynsee's in-process
  memo of answers is cleared first, so a fetch always asks the producer.
- Like every remote source, a public host is asked only when a contact is set (CADRAN_CONTACT
  or the feeds' `[settings]`), or when the proxy is on this machine.

An empty Sirene answer is a 404 whose JSON header says `"statut": 404`: an empty result, not a
failure. Any other error pynsee logs stops the source with its text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import urllib.request
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

from etl.fetch.client import FetchFailed
from etl.fetch.guard import Refused
from etl.remote.http import RemoteClient
from etl.remote.rows import RemoteFormatError, Row, require_field
from etl.stats.remote_spec import RemoteSpec

LOGGERS = ("pynsee.utils.requests_session", "pynsee.sirene._request_sirene")
LOCALDATA_KEYS = ("dataset_version", "variables", "nivgeo", "geocodes")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def query_text(spec: RemoteSpec) -> str:
    how = "pynsee get_local_data" if spec.dataset == "localdata" else "pynsee search_sirene"
    return f"{spec.url}/{spec.dataset} ({how}) " + json.dumps(spec.params, ensure_ascii=False)


class PynseeLog(logging.Handler):
    """The addresses pynsee asked (its INFO lines) and the errors it logged."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.urls: list[str] = []
        self.errors: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.levelno >= logging.ERROR:
            self.errors.append(text)
        elif text.startswith("http"):
            self.urls.append(text)


def proxy_is_local() -> bool:
    """Whether https requests go to a proxy on this machine (the tests' stand-in)."""
    proxy = urllib.request.getproxies().get("https", "")
    return (urlsplit(proxy).hostname or "") in LOOPBACK


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@contextlib.contextmanager
def pynsee_call(spec: RemoteSpec, http: RemoteClient) -> Iterator[PynseeLog]:
    """pynsee's environment for one fetch (key, cache folder) and its log, captured."""
    if not http.client.settings.contact and not proxy_is_local():
        raise Refused(
            "no contact set: set CADRAN_CONTACT or contact in [settings] of feeds.toml "
            "before asking Insee through pynsee"
        )
    values = {"XDG_CACHE_HOME": str(http.archive_root / "pynsee")}
    key = os.environ.get(spec.api_key_env, "").strip() if spec.api_key_env else ""
    if key:
        values["sirene_key"] = key
    handler = PynseeLog()
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.INFO)
    try:
        with _environment(values):
            yield handler
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
        http.requests.extend(handler.urls)


def _forget_answers() -> None:
    """pynsee memoises answers for the life of the process: a fetch must ask again."""
    from pynsee.localdata import _get_insee_local_onegeo
    from pynsee.sirene import _request_sirene

    for module, name in (
        (_request_sirene, "_request_sirene"),
        (_get_insee_local_onegeo, "_get_insee_local_onegeo"),
    ):
        cached = getattr(module, name, None)
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def _sirene_frame(spec: RemoteSpec, http: RemoteClient):  # -> pandas.DataFrame | None
    import requests  # pynsee and pandas load (about 1 s) only when Insee is asked
    from pynsee.sirene import search_sirene

    number = spec.page_size * spec.max_pages
    _forget_answers()
    with pynsee_call(spec, http) as log:
        try:
            frame = search_sirene(
                variable=list(spec.params),
                pattern=list(spec.params.values()),
                kind="siret",
                number=number,
                activity=False,  # no label look-up on Insee's metadata API
                legal=False,
                closed=False,
                update=True,
                silent=True,
            )
        except requests.exceptions.RequestException as exc:
            raise FetchFailed(f"Sirene through pynsee: {str(exc).splitlines()[0]}") from None
    errors = [e for e in log.errors if '"statut":404' not in e.replace(" ", "")]
    if errors:
        raise FetchFailed(f"Sirene through pynsee: {errors[0][:200]}")
    if frame is not None and "siret" in frame.columns and frame["siret"].nunique() >= number:
        raise RemoteFormatError(
            f"{number} establishments or more: raise remote.max_pages (pages of page_size)"
        )
    return frame


def _geocodes(spec: RemoteSpec) -> list[str]:
    asked = spec.params.get("geocodes", "all")
    if asked != "all":
        return [c.strip() for c in asked.split(",") if c.strip()]
    if spec.params.get("nivgeo", "DEP") != "DEP":
        raise RemoteFormatError("remote.params.geocodes = 'all' is known for nivgeo = 'DEP' only")
    from etl.geo.gazetteer import load_gazetteer

    return sorted(code.removeprefix("FR-") for code in load_gazetteer().departments)


def localdata_rows(spec: RemoteSpec, http: RemoteClient) -> list[Row]:
    from pynsee.localdata import get_local_data

    geocodes = _geocodes(spec)
    _forget_answers()
    with pynsee_call(spec, http):
        frame = get_local_data(
            variables=spec.params["variables"],
            dataset_version=spec.params["dataset_version"],
            nivgeo=spec.params.get("nivgeo", "DEP"),
            geocodes=geocodes,
            update=True,
            silent=True,
        )
    names = [str(c) for c in frame.columns]
    geo = spec.fields["geo"]
    measure = spec.fields.get("measure", "UNIT")
    period = spec.fields.get("period", "DATA_DATE")
    require_field(names, geo, "fields.geo")
    if "OBS_VALUE" not in names or frame["OBS_VALUE"].isna().all():
        raise FetchFailed(
            f"Données locales through pynsee: no data for any of {len(geocodes)} places "
            "(an error or an empty cube; pynsee does not say which)"
        )
    require_field(names, measure, "fields.measure")
    require_field(names, period, "fields.period")
    kept = frame[frame[measure].notna()]
    for name, value in spec.params.items():
        if name not in LOCALDATA_KEYS:
            require_field(names, name, f"params.{name}")
            kept = kept[kept[name].astype(str) == value]
    codes = {code: indicator for indicator, code in spec.measures.items()}
    rows = []
    for place, code, when, value in kept[[geo, measure, period, "OBS_VALUE"]].itertuples(
        index=False
    ):
        if str(code) in codes:
            number = None if value != value else float(value)  # NaN: no value
            rows.append(Row(str(place), codes[str(code)], str(when), number))
    return rows


def fetch(spec: RemoteSpec, http: RemoteClient, today: dt.date | None = None) -> list[Row]:
    if spec.dataset == "localdata":
        return localdata_rows(spec, http)
    frame = _sirene_frame(spec, http)
    if frame is None or frame.empty:
        return []  # Sirene's 404: no establishment matches
    names = [str(c) for c in frame.columns]
    geo = spec.fields["geo"]
    require_field(names, geo, "fields.geo")
    require_field(names, "siret", "fields.geo (each establishment's siret)")
    current = frame
    if "dateFin" in names:
        current = current[current["dateFin"].isna()]
    for name, value in spec.params.items():
        require_field(names, name, f"params.{name}")
        current = current[current[name].astype(str) == value]
    counts: Counter[str] = Counter()
    for place, _siret in current[[geo, "siret"]].drop_duplicates().itertuples(index=False):
        counts[str(place)] += 1
    day = (today or dt.date.today()).isoformat()
    indicator = next(iter(spec.measures))
    return [Row(place, indicator, day, float(n)) for place, n in sorted(counts.items())]
