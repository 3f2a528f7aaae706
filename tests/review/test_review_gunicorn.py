"""The review under gunicorn with two workers, as deployed: sessions, CSRF tokens and the
login rate limit hold whichever worker answers (the key and the counts are shared)."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import polars as pl
import pytest

from tests.review.helpers import PASSWORDS, ROOT, decide_body


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def gunicorn(unreviewed: tuple[Path, Path], tmp_path: Path) -> Iterator[tuple[str, Path]]:
    state = tmp_path / "state"
    env = {**os.environ, "CADRAN_STATE": str(state), "CADRAN_DATA": str(unreviewed[0]),
           "CADRAN_COOKIE_SECURE": "0"}  # fmt: skip
    env.pop("CADRAN_ACCOUNTS", None)
    for name, password in PASSWORDS.items():
        subprocess.run([sys.executable, "-m", "dashboard", "accounts", "add", name],
                       input=password + "\n", text=True, env=env, cwd=ROOT, check=True,
                       capture_output=True, timeout=120)  # fmt: skip
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "dashboard.app:server"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline, answered = time.monotonic() + 120, 0
    while time.monotonic() < deadline and answered < 6:  # both workers up, not just one
        try:
            answered += httpx.get(base + "/connexion", timeout=5).status_code == 200
        except httpx.HTTPError:
            answered = 0
            time.sleep(0.5)
    if answered < 6:
        proc.kill()
        pytest.fail("gunicorn did not start: " + (proc.stderr.read() if proc.stderr else ""))
    yield base, state
    proc.terminate()
    proc.wait(timeout=30)


def _login(client: httpx.Client, name: str, password: str) -> httpx.Response:
    page = client.get("/connexion")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    return client.post("/connexion", data={"name": name, "password": password, "csrf_token": token})


def test_two_workers_share_sessions_tokens_and_login_counts(
    gunicorn: tuple[str, Path], unreviewed: tuple[Path, Path]
) -> None:
    base, state = gunicorn
    statuses = []
    for _ in range(5):  # a new connection each time: either worker may answer
        with httpx.Client(base_url=base) as c:
            statuses.append(_login(c, "alice", "wrong password!").status_code)
    assert statuses == [401] * 5
    for _ in range(4):
        with httpx.Client(base_url=base) as c:
            assert _login(c, "alice", PASSWORDS["alice"]).status_code == 429
    figures = pl.read_parquet(unreviewed[0] / "news_figures.parquet")
    key = figures.filter(status="candidate", span="11 180")["review_key"][0]
    with httpx.Client(base_url=base) as bob:
        assert _login(bob, "bob", PASSWORDS["bob"]).status_code == 302
        bob.get("/revue")
        token = bob.cookies.get("_csrf_token")
        answers = []
        for verb in ("approve", "approve", "reject", "approve"):  # several workers answer
            body = decide_body(verb, key, reason="frontaliers" if verb == "reject" else "")
            answers.append(
                bob.post("/_dash-update-component", content=json.dumps(body),
                         headers={"Content-Type": "application/json", "X-CSRFToken": token})
            )  # fmt: skip
    assert [a.status_code for a in answers] == [200] * 4, [a.text[:200] for a in answers]
    from dashboard.review import store

    log = store.log(state / "review.sqlite3")
    assert [(e["verb"], e["who"]) for e in log] == [
        ("approve", "bob"), ("approve", "bob"), ("reject", "bob"), ("approve", "bob")]  # fmt: skip
