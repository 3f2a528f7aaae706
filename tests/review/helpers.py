"""Reviewer sessions for the tests: a state folder with accounts, a logged-in test client, the
body Dash posts for the review callbacks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
ROUTE = "/_dash-update-component"
PASSWORDS = {"alice": "correct horse battery", "bob": "staple tuna keyboard"}
FIELDS = ("value", "unit", "metric", "indicator", "period", "geo", "segment", "entity")


@contextmanager
def review_state(folder: Path) -> Iterator[Path]:
    """$CADRAN_STATE = `folder` with accounts alice and bob, plain-http cookies; restored after."""
    from dashboard.app import app
    from dashboard.review import accounts

    saved = {k: os.environ.get(k) for k in ("CADRAN_STATE", "CADRAN_ACCOUNTS")}
    secure = app.server.config["SESSION_COOKIE_SECURE"]
    os.environ["CADRAN_STATE"] = str(folder)
    os.environ.pop("CADRAN_ACCOUNTS", None)
    app.server.config["SESSION_COOKIE_SECURE"] = False  # what CADRAN_COOKIE_SECURE=0 does
    for name, password in PASSWORDS.items():
        accounts.add(name, password)
    try:
        yield folder
    finally:
        app.server.config["SESSION_COOKIE_SECURE"] = secure
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def login(client: Any, name: str, password: str) -> Any:
    """Post the login form as a browser would (with its CSRF field); return the response."""
    page = client.get("/connexion")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    return client.post("/connexion", data={"name": name, "password": password, "csrf_token": token})


def reviewer_client(app: Any, name: str = "alice") -> Any:
    """A test client logged in as `name`, sending the CSRF header Dash's renderer sends."""
    client = app.server.test_client()
    assert login(client, name, PASSWORDS[name]).status_code == 302
    client.get("/revue")  # a page: the token arrives in the _csrf_token cookie
    client.environ_base["HTTP_X_CSRFTOKEN"] = client.get_cookie("_csrf_token").value
    return client


def decide_body(verb: str, key: str | None, reason: str = "", **fields: Any) -> dict:
    """The body the review page posts when a decision button is clicked."""
    buttons = ("approve", "reject", "correct")
    inputs = [
        {"id": f"review-{b}", "property": "n_clicks", "value": 1 if b == verb else None}
        for b in buttons
    ]
    state = [
        {"id": "review-figure", "property": "value", "value": key},
        {"id": "review-reason", "property": "value", "value": reason},
        *[{"id": f"review-{n}", "property": "value", "value": fields.get(n)} for n in FIELDS],
        {"id": "review-lang", "property": "data", "value": "fr"},
    ]
    outputs = [
        {"id": "review-result", "property": "children"},
        {"id": "review-figure", "property": "options"},
        {"id": "review-figure", "property": "value"},
    ]
    return {
        "output": "..review-result.children...review-figure.options...review-figure.value..",
        "outputs": outputs,
        "inputs": inputs,
        "state": state,
        "changedPropIds": [f"review-{verb}.n_clicks"],
    }


def build(out: Path, cache: Path, state: Path) -> None:
    """`python -m etl build` of the shipped sources into `out`, reading decisions from `state`."""
    env = {**os.environ, "CADRAN_STATE": str(state), "COLUMNS": "200"}
    run = subprocess.run(
        [sys.executable, "-m", "etl", "build", "--raw", str(RAW), "--out", str(out),
         "--cache", str(cache)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=900,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
