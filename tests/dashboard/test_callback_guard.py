"""Callback requests of the wrong type or shape are refused with a 400, never a 500 (issue 8,
item 10). Every server-side callback of the app gets its valid request (built from the values
the pages lay out) and a generated set of mistyped ones, through the real Flask app."""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROUTE = "/_dash-update-component"
HUGE = "x" * 100_000
VALUE_MUTANTS: dict[str, Any] = {
    "text": "zzz",
    "long text": "y" * 5_000,
    "huge text": HUGE,
    "number": 12345,
    "float": -1.5,
    "bool": True,
    "list": ["a", "b"],
    "numbers": [1, 2, 3],
    "dict": {"a": 1},
    "null": None,
    "nested": [[1, 2], {"k": "v"}],
}
# Page-level values the layouts leave empty: a real page sends them.
VALID_OVERRIDES: dict[tuple[str, str], Any] = {
    ("_pages_location", "pathname"): "/secteur",
    ("_pages_location", "search"): "?lang=en",
    ("sector-graph", "clickData"): {"points": [{"x": "2021-05-01", "y": 0, "customdata": "N1"}]},
    ("territories-graph", "clickData"): {"points": [{"location": "27", "customdata": "FR-BFC"}]},
}


@pytest.fixture(scope="module")
def app(package_dir: Path):
    from dashboard.app import app
    from dashboard.data import ENV_VAR

    app.server.config[ENV_VAR] = str(package_dir)
    # The first request copies the pages' callbacks into app.callback_map.
    assert app.server.test_client().get("/").status_code == 200
    return app


@pytest.fixture(scope="module")
def client(app, tmp_path_factory):
    """A reviewer's session: the review callbacks answer only with a login and the session's
    CSRF token (issue 12); every other callback answers anyone the same way."""
    from tests.review.helpers import review_state, reviewer_client

    with review_state(tmp_path_factory.mktemp("state")):
        yield reviewer_client(app)


@pytest.fixture(scope="module")
def valid(app) -> dict[str, dict]:
    """One request body per server-side callback, as the page would post it."""
    from dashboard.callback_guard import components_by_id, page_layouts

    with app.server.test_request_context("/"):
        components = components_by_id(page_layouts())
    return {
        output: _body(output, cb, components)
        for output, cb in app.callback_map.items()
        if "callback" in cb
    }


def _parse_id(raw: Any) -> Any:
    return json.loads(raw) if isinstance(raw, str) and raw.startswith("{") else str(raw)


def _body(output: str, cb: dict, components: dict) -> dict:
    from dashboard.callback_guard import id_key

    def concrete(raw: Any) -> Any:
        declared = _parse_id(raw)
        if not isinstance(declared, dict):
            return declared
        laid_out = components[id_key(declared)].id
        return {k: laid_out[k] if isinstance(v, list) else v for k, v in declared.items()}

    def entry(dep: dict) -> dict:
        cid, prop = concrete(dep["id"]), dep["property"]
        default = getattr(components.get(id_key(dep["id"])), prop, None)
        value = VALID_OVERRIDES.get((str(dep["id"]), prop), default)
        return {"id": cid, "property": prop, "value": value}

    multi = output.startswith("..")
    parts = output[2:-2].split("...") if multi else [output]
    outputs = []
    for part in parts:
        raw, prop = part.rsplit(".", 1)
        outputs.append({"id": concrete(raw), "property": prop.split("@")[0]})
    inputs = [entry(d) for d in cb["inputs"]]
    body = {
        "output": output,
        "outputs": outputs if multi else outputs[0],
        "inputs": inputs,
        "changedPropIds": [f"{_stringify(i['id'])}.{i['property']}" for i in inputs[:1]],
        # As the renderer sends it: a pattern id parsed back to its object.
        "parsedChangedPropsIds": [i["id"] for i in inputs[:1]],
    }
    if cb["state"]:
        body["state"] = [entry(d) for d in cb["state"]]
    return body


def _stringify(cid: Any) -> str:
    return json.dumps(cid, sort_keys=True, separators=(",", ":")) if isinstance(cid, dict) else cid


def _post(client, body: Any, *, raw: bytes | None = None, content_type="application/json"):
    data = raw if raw is not None else json.dumps(body)
    return client.post(ROUTE, data=data, content_type=content_type)


def _slots(body: dict) -> Iterator[tuple[str, int]]:
    for where in ("inputs", "state"):
        for n in range(len(body.get(where) or [])):
            yield where, n


def _mutated(body: dict, where: str, n: int, value: Any) -> dict:
    copy = json.loads(json.dumps(body))
    copy[where][n]["value"] = value
    return copy


def _shape_mutants(body: dict) -> Iterator[tuple[str, dict]]:
    """The same request with one key missing, mistyped or pointing elsewhere."""
    for key in ("output", "outputs", "inputs"):
        yield f"no {key}", {k: v for k, v in body.items() if k != key}
    yield "output unknown", {**body, "output": "nope.children"}
    yield "output is a list", {**body, "output": [body["output"]]}
    yield "outputs is text", {**body, "outputs": "x"}
    yield "inputs is a dict", {**body, "inputs": {"a": 1}}
    yield "inputs is text", {**body, "inputs": "x"}
    yield "one input short", {**body, "inputs": body["inputs"][:-1]}
    yield "one input more", {**body, "inputs": [*body["inputs"], body["inputs"][0]]}
    yield "input not an object", {**body, "inputs": ["x"] * len(body["inputs"])}
    first = body["inputs"][0]
    yield "wrong input id", {**body, "inputs": [{**first, "id": "nope"}, *body["inputs"][1:]]}
    yield "wrong prop", {**body, "inputs": [{**first, "property": "nope"}, *body["inputs"][1:]]}
    yield "id is a list", {**body, "inputs": [{**first, "id": [1]}, *body["inputs"][1:]]}
    yield "state is text", {**body, "state": "x"}
    yield "changedPropIds is text", {**body, "changedPropIds": "x"}
    yield "changedPropIds holds a dict", {**body, "changedPropIds": [{"a": 1}]}


RAW_BODIES: dict[str, tuple[bytes, str]] = {
    "not json": (b"not json", "application/json"),
    "truncated json": (b'{"output": ', "application/json"),
    "json array": (b"[1, 2]", "application/json"),
    "json null": (b"null", "application/json"),
    "json number": (b"3", "application/json"),
    "empty": (b"", "application/json"),
    "NaN": (b'{"output": NaN}', "application/json"),
    "form": (b"output=x", "application/x-www-form-urlencoded"),
    "text/plain json": (b'{"output": "x"}', "text/plain"),
    "1 MB": (json.dumps({"output": "x", "pad": "p" * 1_000_000}).encode(), "application/json"),
}


def _kind(body: dict, where: str, n: int) -> str:
    """'graph' for a plotly event, 'multi' for a control holding a list, else 'single'."""
    entry = body[where][n]
    if entry["property"].endswith("Data") and entry["property"] != "data":
        return "graph"
    return "multi" if isinstance(entry["value"], list) else "single"


def _always_refused(name: str, kind: str) -> bool:
    """Mutants no page sends to a slot of this kind: they must get exactly 400."""
    if name in {"long text", "huge text", "nested"}:
        return True
    if name == "dict":
        return kind != "graph"
    return name == "list" and kind == "single"


def run_cases(client, valid: dict[str, dict]) -> list[tuple[str, bool, int, bytes]]:
    """Post every mutant of every callback: (case, must be refused, status, body) each."""
    seen = []
    for output, body in valid.items():
        for where, n in _slots(body):
            kind = _kind(body, where, n)
            for name, value in VALUE_MUTANTS.items():
                response = _post(client, _mutated(body, where, n, value))
                case = f"{output} {where}[{n}] {name} ({kind})"
                seen.append(
                    (case, _always_refused(name, kind), response.status_code, response.data)
                )
        for name, mutant in _shape_mutants(body):
            response = _post(client, mutant)
            seen.append((f"{output} shape: {name}", True, response.status_code, response.data))
    for name, (raw, ctype) in RAW_BODIES.items():
        response = _post(client, None, raw=raw, content_type=ctype)
        seen.append((f"raw: {name}", True, response.status_code, response.data))
    return seen


def test_every_callback_has_a_valid_request_that_works(client, valid):
    """The guard lets through what the pages send: each callback answers 200 with its outputs."""
    assert len(valid) >= 7, sorted(valid)
    for output, body in valid.items():
        response = _post(client, body)
        assert response.status_code == 200, (output, response.status_code, response.data[:300])
        sent = body["outputs"] if isinstance(body["outputs"], list) else [body["outputs"]]
        answered = response.get_json()["response"]
        assert {_stringify(o["id"]) for o in sent} >= set(answered), output
        assert answered, output


def test_every_input_kind_comes_from_the_layouts(app, valid):
    """No input of any callback falls back to 'any JSON': each id was found in a page layout."""
    from dashboard.callback_guard import components_by_id, id_key, kind_of, page_layouts

    with app.server.test_request_context("/"):
        components = components_by_id(page_layouts())
    for output, cb in app.callback_map.items():
        if "callback" not in cb:
            continue
        for dep in [*cb["inputs"], *cb["state"]]:
            component = components.get(id_key(dep["id"]))
            assert component is not None, (output, dep["id"])
            assert kind_of(component, dep["property"]) is not None, (output, dep)


def test_mistyped_requests_get_a_400_never_a_500(client, valid, capsys):
    """Fails before (334 of 664 requests got a 500): every mistyped request is answered below
    500 without a traceback; the clearly wrong ones (too large, wrong shape, not JSON, an object
    where a control value goes, a list in a one-value control) with 400 and a reason."""
    started = time.monotonic()
    seen = run_cases(client, valid)
    elapsed = time.monotonic() - started
    statuses = Counter(status for _, _, status, _ in seen)
    with capsys.disabled():
        print(
            f"\n{len(seen)} callback requests in {elapsed:.1f} s: {dict(sorted(statuses.items()))}"
        )
    assert len(seen) >= 400
    assert elapsed < 60
    server_errors = [case for case, _, status, _ in seen if status >= 500]
    assert not server_errors, server_errors[:20]
    assert not [case for case, _, _, data in seen if b"Traceback" in data]
    for case, refused, status, data in seen:
        if refused:
            assert status == 400, (case, status, data[:200])
            answer = json.loads(data)
            assert answer["error"] == "bad input" and answer["reason"], case
        else:
            assert status in (200, 204, 400), (case, status)


def test_a_refusal_writes_one_log_line_without_traceback(client, valid, caplog):
    body = next(b for o, b in valid.items() if "sector-graph.figure" in o)
    n = next(i for i, e in enumerate(body["inputs"]) if e["id"] == "sector-years")
    with caplog.at_level(logging.WARNING, logger="dashboard.callbacks"):
        response = _post(client, _mutated(body, "inputs", n, "1990-2000"))
    assert response.status_code == 400
    assert "sector-years.value" in response.get_json()["reason"]
    lines = [r for r in caplog.records if r.name == "dashboard.callbacks"]
    assert len(lines) == 1
    assert "sector-graph.figure" in lines[0].getMessage()
    assert lines[0].exc_info is None and "Traceback" not in caplog.text


def test_a_callback_that_raises_answers_400_naming_the_exception(client, valid, caplog):
    """A well-typed but unusable value (clickData whose points are text) makes the callback
    raise: the answer is 400, the log line names the callback and the exception class only."""
    body = next(b for o, b in valid.items() if o == "sector-news-item.children")
    with caplog.at_level(logging.WARNING, logger="dashboard.callbacks"):
        response = _post(client, _mutated(body, "inputs", 0, {"points": "abc"}))
    assert response.status_code == 400
    assert response.get_json() == {"error": "bad input", "reason": "callback raised AttributeError"}
    lines = [r.getMessage() for r in caplog.records if r.name == "dashboard.callbacks"]
    assert lines == ["callback refused: callback raised AttributeError [sector-news-item.children]"]
    assert "Traceback" not in caplog.text


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), value=JSON_VALUES)
def test_any_json_value_in_any_slot_never_gets_a_500(client, valid, data, value):
    output = data.draw(st.sampled_from(sorted(valid)))
    body = valid[output]
    where, n = data.draw(st.sampled_from(list(_slots(body))))
    response = _post(client, _mutated(body, where, n, value))
    assert response.status_code < 500, (output, where, n, value, response.data[:300])
    assert b"Traceback" not in response.data


@pytest.mark.browser
def test_what_the_pages_post_passes_the_guard(page, live_server: str, client) -> None:
    """Pages in both languages and a few control changes, in Chromium: every callback request
    the renderer sends is answered 200 or 204, and so is the same body posted again."""
    from playwright.sync_api import expect

    posted: list[tuple[str, int]] = []
    page.on(
        "response",
        lambda r: posted.append((r.request.post_data or "", r.status)) if ROUTE in r.url else None,
    )
    for lang in ("", "?lang=en"):
        for path in ("/", "/secteur", "/actualites", "/territoires", "/donnees", "/sources"):
            page.goto(live_server + path + lang)
            expect(page.locator("main h1")).to_be_visible(timeout=20_000)
            page.wait_for_load_state("networkidle")
    page.goto(live_server + "/secteur")
    page.locator("#sector-indicator").click()
    page.get_by_role("option", name="Emplois").first.click()
    page.locator("#sector-mode input[value=index]").check()
    page.wait_for_load_state("networkidle")
    page.goto(live_server + "/actualites")
    page.locator("#news-search").fill("Besançon")
    page.locator("#news-more").click()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    outputs = {json.loads(body)["output"] for body, _ in posted}
    assert len(outputs) >= 5, outputs
    assert {status for _, status in posted} <= {200, 204}, [p for p in posted if p[1] >= 300]
    for body, status in posted:
        again = client.post(ROUTE, data=body, content_type="application/json")
        assert again.status_code == status, (json.loads(body)["output"], again.data[:200])


def test_real_server_refuses_bodies_too_large_or_not_json(live_server: str) -> None:
    """Over HTTP (werkzeug, as served): a 1 MB body sent in chunks, without a length, stops at
    the cap with a 4xx; a body that is not JSON gets the 400 answer."""
    import http.client
    from urllib.parse import urlparse

    host = urlparse(live_server)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    chunks = (b'{"output": "' + b"x" * 100_000 for _ in range(10))
    conn.request("POST", ROUTE, body=chunks, headers={"Content-Type": "application/json"},
                 encode_chunked=True)  # fmt: skip
    response = conn.getresponse()
    assert 400 <= response.status < 500
    assert b"Traceback" not in response.read()
    conn.close()
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    conn.request("POST", ROUTE, body=b"{nope", headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    assert response.status == 400
    assert json.loads(response.read()) == {"error": "bad input", "reason": "body is not JSON"}
