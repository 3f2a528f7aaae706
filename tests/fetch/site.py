"""A local web site for the fetch tests: routes written by the tests, served on 127.0.0.1.

Bounded: each answer waits at most `MAX_SLEEP` seconds and the site refuses to serve more
than `MAX_REQUESTS` requests, so a fetch bug cannot turn a test into a long crawl.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_REQUESTS = 5000
MAX_SLEEP = 3.0


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    ctype: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # answers 304 when the client sends it back
    last_modified: str | None = None  # likewise, through If-Modified-Since
    sleep: float = 0.0  # seconds before the answer (a slow endpoint)
    declare_length: bool = True


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


class LocalSite:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"
            timeout = 10

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                site.hits.append(Hit(self.path, dict(self.headers.items()), time.monotonic()))
                if len(site.hits) > MAX_REQUESTS:
                    self.send_error(429)
                    return
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                time.sleep(min(route.sleep, MAX_SLEEP))
                same_tag = route.etag and self.headers.get("If-None-Match") == route.etag
                since = self.headers.get("If-Modified-Since")
                if same_tag or (route.last_modified and since == route.last_modified):
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.ctype)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                if route.declare_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(route.body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **kw: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **kw)  # type: ignore[arg-type]
        return self.url(path)

    def paths(self) -> list[str]:
        return [h.path for h in self.hits]

    def start(self) -> LocalSite:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
