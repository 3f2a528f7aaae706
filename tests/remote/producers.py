"""A stand-in for the producers' APIs on 127.0.0.1, answering in their published formats:

- Opendatasoft Explore v2.1: `/api/explore/v2.1/catalog/datasets/<id>/exports/{csv,json}`
  (every record; CSV with `;`) and `/records` (`total_count`, `results`, `limit`/`offset`);
  the `where` filter understood is `field = 'value'`;
- SDMX 2.1 REST: `/sdmx/2.1/data/<flow>/<key>` answering an SDMX-ML 2.1 GenericData message;
- Insee Sirene 3.11: `/api-sirene/3.11/siret?q=...&nombre=...&curseur=...` with `header` and
  `etablissements`, at most `SIRENE_PAGE` per page, 404 when nothing matches. pynsee asks
  https://api.insee.fr itself, so the stand-in is also its proxy (pynsee's documented
  `https_proxy` setting): a CONNECT to api.insee.fr:443 is answered here, over TLS with a
  certificate made for the test (pynsee does not check it), and nothing is forwarded; a
  CONNECT to any other host is refused.
- Insee Données locales: `/donnees-locales/donnees/geo-<variables>@<version>/<NIVGEO>-<code>.all`
  answering the cube's JSON (`Croisement`, `Variable`, `Cellule`) for the places in
  `localdata`, 404 for the others.

Every figure served is a FICTITIOUS test fixture written by the tests; none is a real statistic.
Failures are queued per path prefix (`fail_next`): status, headers, how many times.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import io
import json
import ssl
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import quoteattr

ODS = "/api/explore/v2.1/catalog/datasets/"
SIRENE = "/api-sirene/3.11/siret"
SIRENE_PAGE = 2
LOCALDATA = "/donnees-locales/donnees/"
INSEE_HOST = "api.insee.fr:443"
MAX_REQUESTS = 500


@dataclass
class Failure:
    status: int
    headers: dict[str, str]
    times: int


@dataclass
class Producers:
    """Datasets the stand-in serves; tests fill and change them between fetches."""

    ods: dict[str, list[dict]] = field(default_factory=dict)  # dataset id -> records
    sdmx: dict[str, list[dict]] = field(default_factory=dict)  # flow -> series
    sirene: list[dict] = field(default_factory=list)  # establishments
    sdmx_format: str = "generic"  # or "structure" (structure-specific), "json" (SDMX-JSON)
    etags: bool = True  # one-answer endpoints (exports, SDMX data) send an ETag, honour it
    failures: dict[str, Failure] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    sirene_keys: list[str | None] = field(default_factory=list)  # key header of each request
    localdata: dict[str, list[dict]] = field(default_factory=dict)  # place code -> cells

    def fail_next(self, prefix: str, status: int, times: int = 1, **headers: str) -> None:
        self.failures[prefix] = Failure(
            status, {k.replace("_", "-"): v for k, v in headers.items()}, times
        )

    def start(self) -> Producers:
        producers = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: object) -> None:
                pass

            def do_CONNECT(self) -> None:
                """pynsee's proxy: the tunnel to api.insee.fr ends here, nothing is forwarded."""
                producers.hits.append(f"CONNECT {self.path}")
                if self.path != INSEE_HOST:
                    self._send(403, b"only api.insee.fr here", "text/plain")
                    return
                self.send_response(200, "Connection established")
                self.end_headers()
                tls = tls_context().wrap_socket(self.connection, server_side=True)
                Handler(tls, self.client_address, self.server)  # serves the tunnelled request
                self.close_connection = True

            def do_GET(self) -> None:
                producers.hits.append(self.path)
                if self.path.startswith("/api-sirene/"):
                    producers.sirene_keys.append(self.headers.get("X-INSEE-Api-Key-Integration"))
                if len(producers.hits) > MAX_REQUESTS:
                    self._send(429, b"too many", "text/plain")
                    return
                parts = urlsplit(self.path)
                for prefix, failure in list(producers.failures.items()):
                    if parts.path.startswith(prefix) and failure.times > 0:
                        failure.times -= 1
                        self._send(
                            failure.status,
                            b'{"error": "test"}',
                            "application/json",
                            failure.headers,
                        )
                        return
                status, body, ctype = producers.answer(parts.path, parse_qs(parts.query))
                headers = {}
                one_answer = "/exports/" in parts.path or parts.path.startswith("/sdmx/")
                if status == 200 and producers.etags and one_answer:
                    tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == tag:
                        self._send(304, b"", ctype, {"ETag": tag})
                        return
                    headers["ETag"] = tag
                self._send(status, body, ctype, headers)

            def _send(
                self, status: int, body: bytes, ctype: str, headers: dict | None = None
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def requests_to(self, prefix: str) -> int:
        return sum(1 for h in self.hits if h.startswith(prefix))

    # -- answers ------------------------------------------------------------------------
    def answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes, str]:
        if path == "/robots.txt":
            return 404, b"", "text/plain"
        if path.startswith(ODS):
            return self._ods(path[len(ODS) :], query)
        if path.startswith("/sdmx/2.1/data/"):
            flow = path.split("/")[4]
            series = self.sdmx.get(flow, [])
            if self.sdmx_format == "json":
                return 200, sdmx_json(series).encode(), "application/vnd.sdmx.data+json"
            write = structure_specific if self.sdmx_format == "structure" else generic_data
            return 200, write(series).encode(), "application/xml"
        if path == SIRENE:
            return self._sirene(query)
        if path.startswith(LOCALDATA):
            return self._localdata(path[len(LOCALDATA) :])
        return 404, b"not found", "text/plain"

    def _ods(self, rest: str, query: dict[str, list[str]]) -> tuple[int, bytes, str]:
        dataset, _, what = rest.partition("/")
        if dataset not in self.ods:
            return 404, b'{"error_code": "DatasetNotFound"}', "application/json"
        rows = [r for r in self.ods[dataset] if _where(r, query.get("where", [""])[0])]
        if what == "exports/csv":
            out = io.StringIO()
            names = list(dict.fromkeys(k for r in self.ods[dataset] for k in r))
            writer = csv.DictWriter(out, names, delimiter=query.get("delimiter", [";"])[0])
            writer.writeheader()
            writer.writerows({k: ("" if v is None else v) for k, v in r.items()} for r in rows)
            return 200, out.getvalue().encode("utf-8"), "text/csv; charset=utf-8"
        if what == "exports/json":
            return 200, json.dumps(rows).encode(), "application/json"
        if what == "records":
            limit = int(query.get("limit", ["10"])[0])
            offset = int(query.get("offset", ["0"])[0])
            if limit > 100 or offset + limit > 10000:
                return 400, b'{"error_code": "InvalidRESTParameterError"}', "application/json"
            page = {"total_count": len(rows), "results": rows[offset : offset + limit]}
            return 200, json.dumps(page).encode(), "application/json"
        return 404, b"", "text/plain"

    def _localdata(self, rest: str) -> tuple[int, bytes, str]:
        """One place of a Données locales cube, as pynsee reads it: each cell has its zone, its
        measure, the modality of each variable and its value (text)."""
        cube, _, place = rest.partition("/")
        variables, _, version = cube.removeprefix("geo-").partition("@")
        level, _, code = place.partition("-")
        code = code.split(".")[0]
        cells = self.localdata.get(code)
        if cells is None:
            return 404, b'{"message": "Aucune donnee"}', "application/json"
        names = variables.split("-")
        body = {
            "Croisement": {"JeuDonnees": {"code": version, "Source": "Flores (test)",
                                          "Annee": "2018"}},
            "Variable": [
                {"code": name, "Libelle": f"{name} (test)",
                 "Modalite": [{"code": m, "Libelle": f"{m} (test)", "variable": name}
                              for m in sorted({c[name] for c in cells})]}
                for name in names
            ],
            "Cellule": [
                {"Zone": {"codgeo": code, "nivgeo": level},
                 "Mesure": {"code": c["measure"], "value": f"{c['measure']} (test)"},
                 "Modalite": [{"variable": name, "code": c[name]} for name in names],
                 "Valeur": str(c["value"])}
                for c in cells
            ],
        }  # fmt: skip
        return 200, json.dumps(body).encode(), "application/json"

    def _sirene(self, query: dict[str, list[str]]) -> tuple[int, bytes, str]:
        matching = [e for e in self.sirene if _sirene_match(e, query.get("q", [""])[0])]
        if not matching:
            body = {"header": {"statut": 404, "message": "Aucun élément trouvé pour q=..."}}
            return 404, json.dumps(body).encode(), "application/json"
        cursor = query.get("curseur", ["*"])[0]
        start = 0 if cursor == "*" else int(cursor.removeprefix("c"))
        size = min(int(query.get("nombre", ["20"])[0]), SIRENE_PAGE)
        page = matching[start : start + size]
        following = f"c{start + size}" if start + size < len(matching) else cursor
        header = {"statut": 200, "message": "OK", "total": len(matching), "debut": start,
                  "nombre": len(page), "curseur": cursor, "curseurSuivant": following}  # fmt: skip
        return (
            200,
            json.dumps({"header": header, "etablissements": page}).encode(),
            "application/json",
        )


@functools.cache
def tls_context() -> ssl.SSLContext:
    """A server context with a self-signed certificate for api.insee.fr, made once a process."""
    folder = tempfile.mkdtemp(prefix="cadran-insee-tls-")
    cert, key = f"{folder}/cert.pem", f"{folder}/key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=api.insee.fr", "-addext", "subjectAltName=DNS:api.insee.fr",
         "-keyout", key, "-out", cert],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def _where(record: dict, where: str) -> bool:
    """The one ODSQL form the tests use: `field = 'value'`."""
    if not where:
        return True
    field_name, _, value = (p.strip() for p in where.partition("="))
    return str(record.get(field_name)) == value.strip("'\"")


def _sirene_match(item: dict, q: str) -> bool:
    """Sirene's `periode(...)` search: any period of the establishment's history may match."""
    return any(
        f"activitePrincipaleEtablissement:{p['activitePrincipaleEtablissement']}" in q
        for p in item["periodesEtablissement"]
    )


def generic_data(series: list[dict]) -> str:
    """An SDMX-ML 2.1 GenericData message: each series has `key` (dimension -> code) and `obs`
    (period -> value, None for a confidential cell sent with only its flag)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"'
        ' xmlns:generic="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"'
        ' xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common">',
        "<message:Header><message:ID>TEST</message:ID><message:Test>true</message:Test>"
        '<message:Prepared>2026-01-01T00:00:00</message:Prepared><message:Sender id="TEST"/>'
        '<message:Structure structureID="DSD" dimensionAtObservation="TIME_PERIOD">'
        "<common:Structure><URN>urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure="
        "ESTAT:TEST(1.0)</URN></common:Structure></message:Structure></message:Header>",
        '<message:DataSet structureRef="DSD">',
    ]
    for s in series:
        out.append("<generic:Series><generic:SeriesKey>")
        out += [
            f"<generic:Value id={quoteattr(k)} value={quoteattr(v)}/>" for k, v in s["key"].items()
        ]
        out.append("</generic:SeriesKey>")
        for period, value in s["obs"].items():
            out.append(f"<generic:Obs><generic:ObsDimension value={quoteattr(period)}/>")
            if value is None:
                out.append(
                    '<generic:Attributes><generic:Value id="OBS_FLAG" value="c"/></generic:Attributes>'
                )
            else:
                out.append(f'<generic:ObsValue value="{value}"/>')
            out.append("</generic:Obs>")
        out.append("</generic:Series>")
    out.append("</message:DataSet></message:GenericData>")
    return "".join(out)


def structure_specific(series: list[dict]) -> str:
    """The same series as an SDMX-ML 2.1 StructureSpecificData message (Eurostat's usual
    answer): dimensions as attributes of `Series`, `OBS_VALUE` NaN with flag `c` when
    confidential."""
    ns = (
        "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:TEST(1.0):ObsLevelDim:TIME_PERIOD"
    )
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<m:StructureSpecificData xmlns:m="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"'
        ' xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"'
        ' xmlns:common="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"'
        f' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns1="{ns}">',
        "<m:Header><m:ID>TEST</m:ID><m:Test>true</m:Test><m:Prepared>2026-01-01T00:00:00</m:Prepared>"
        f'<m:Sender id="TEST"/><m:Structure namespace="{ns}" dimensionAtObservation="TIME_PERIOD"'
        ' structureID="DSD"><common:StructureUsage><Ref agencyID="ESTAT" id="TEST" version="1.0"/>'
        "</common:StructureUsage></m:Structure></m:Header>",
        '<m:DataSet ss:structureRef="DSD" xsi:type="ns1:DataSetType" ss:dataScope="DataStructure">',
    ]
    for s in series:
        attrs = " ".join(f"{k}={quoteattr(v)}" for k, v in s["key"].items())
        out.append(f"<Series {attrs}>")
        for period, value in s["obs"].items():
            shown = 'OBS_VALUE="NaN" OBS_FLAG="c"' if value is None else f'OBS_VALUE="{value}"'
            out.append(f"<Obs TIME_PERIOD={quoteattr(period)} {shown}/>")
        out.append("</Series>")
    out.append("</m:DataSet></m:StructureSpecificData>")
    return "".join(out)


def sdmx_json(series: list[dict]) -> str:
    """The same series as an SDMX-JSON 1.0 data message: series keyed by the positions of
    their dimension values, observations by the position of their period; null when
    confidential."""
    dims = list(series[0]["key"]) if series else []
    values = {d: sorted({s["key"][d] for s in series}) for d in dims}
    periods = sorted({p for s in series for p in s["obs"]})
    body = {}
    for s in series:
        key = ":".join(str(values[d].index(s["key"][d])) for d in dims)
        body[key] = {"observations": {str(periods.index(p)): [v] for p, v in s["obs"].items()}}
    message = {
        "header": {"id": "TEST", "test": True, "prepared": "2026-01-01T00:00:00",
                   "sender": {"id": "TEST"}},
        "dataSets": [{"action": "Information", "series": body}],
        "structure": {
            "dimensions": {
                "series": [{"id": d, "values": [{"id": v} for v in values[d]]} for d in dims],
                "observation": [{"id": "TIME_PERIOD", "values": [{"id": p} for p in periods]}],
            },
            "attributes": {"dataSet": [], "series": [], "observation": []},
        },
    }  # fmt: skip
    return json.dumps(message)
