"""Who may write (issue 12, item 3), through the real Flask app: the review callbacks refuse
posts without a session or without a good CSRF token and the store stays unchanged; logins
are rate-limited; the session cookie is HttpOnly and, unless turned off, Secure."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from tests.review.helpers import ROUTE, decide_body, login, reviewer_client


def candidate_key(package: Path, span: str) -> str:
    figures = pl.read_parquet(package / "news_figures.parquet")
    rows = figures.filter(status="candidate", span=span)
    assert rows.height >= 1, span
    return rows["review_key"][0]


def store_rows(state: Path) -> tuple[list, list]:
    from dashboard.review import store

    path = state / "review.sqlite3"
    return list(store.current(path).values()), store.log(path)


def post(client, body: dict):
    return client.post(ROUTE, data=json.dumps(body), content_type="application/json")


def test_review_callbacks_refuse_without_login_or_token(app, state, unreviewed) -> None:
    key = candidate_key(unreviewed[0], "11 180")
    body = decide_body("approve", key)
    anonymous = app.server.test_client()
    refused = [post(anonymous, body)]
    logged_in = app.server.test_client()
    assert login(logged_in, "alice", "correct horse battery").status_code == 302
    logged_in.get("/revue")
    refused.append(post(logged_in, body))  # no token
    logged_in.environ_base["HTTP_X_CSRFTOKEN"] = "not-a-token"
    refused.append(post(logged_in, body))  # a bad token
    other = reviewer_client(app, "bob")  # a good token, but of another session
    logged_in.environ_base["HTTP_X_CSRFTOKEN"] = other.environ_base["HTTP_X_CSRFTOKEN"]
    refused.append(post(logged_in, body))
    assert [r.status_code for r in refused] == [403, 403, 403, 403]
    assert [r.get_json()["reason"] for r in refused] == ["login required"] + [
        "missing or bad CSRF token"
    ] * 3
    assert store_rows(state) == ([], [])
    detail = {"output": next(o for o in app.callback_map if "review-detail" in o)}
    assert post(anonymous, {**body, **detail}).status_code in (400, 403)
    # the same post with the session's own token is accepted and recorded
    ok = post(reviewer_client(app, "alice"), body)
    assert ok.status_code == 200, ok.data[:300]
    assert "Approuvé" in json.dumps(ok.get_json(), ensure_ascii=False)
    decisions, log = store_rows(state)
    assert [(d.key, d.verb, d.who) for d in decisions] == [(key, "approve", "alice")]
    assert len(log) == 1 and log[0]["who"] == "alice" and log[0]["previous"] is None


def test_the_page_needs_a_login(app, state) -> None:
    from dashboard.layouts import review

    with app.server.test_request_context("/revue"):
        shown = str(review.layout({}))
    assert "review-login-link" in shown and "review-card" not in shown
    with app.server.test_request_context("/revue"):
        from flask_login import login_user

        from dashboard.review.auth import Reviewer

        login_user(Reviewer("alice"))
        shown = str(review.layout({}))
    assert "review-card" in shown and "<Mark" in shown.replace("Mark(", "<Mark")


def test_logins_are_rate_limited_across_workers(app, state) -> None:
    """Five wrong passwords for a name: the sixth try is refused even with the right one;
    the count lives in the SQLite state store, which every gunicorn worker shares."""
    client = app.server.test_client()
    statuses = [login(client, "alice", "wrong password!").status_code for _ in range(5)]
    assert statuses == [401] * 5
    assert login(client, "alice", "correct horse battery").status_code == 429
    fresh = app.server.test_client()  # another worker or browser: same count
    assert login(fresh, "alice", "correct horse battery").status_code == 429
    assert login(fresh, "bob", "staple tuna keyboard").status_code == 302  # other names are not


def test_login_form_needs_its_token_and_cookies_are_httponly(app, state) -> None:
    client = app.server.test_client()
    no_token = client.post("/connexion", data={"name": "alice", "password": "x" * 12})
    assert no_token.status_code == 400
    ok = login(client, "alice", "correct horse battery")
    cookie = ok.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # CADRAN_COOKIE_SECURE=0 in these tests


def test_secure_cookie_flag_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard.review.auth import secure_cookies

    monkeypatch.delenv("CADRAN_COOKIE_SECURE", raising=False)
    assert secure_cookies() is True
    monkeypatch.setenv("CADRAN_COOKIE_SECURE", "0")
    assert secure_cookies() is False


def test_accounts_command_stores_only_an_argon2_hash(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.review.helpers import ROOT

    env = {"CADRAN_STATE": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-m", "dashboard", "accounts", "add", "carol"],
        input="a long passphrase\n", capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    text = (tmp_path / "accounts.txt").read_text(encoding="utf-8")
    assert text.startswith("carol:$argon2id$") and "passphrase" not in text
    assert oct((tmp_path / "accounts.txt").stat().st_mode)[-3:] == "600"
    short = subprocess.run(
        [sys.executable, "-m", "dashboard", "accounts", "add", "dave"],
        input="short\n", capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    assert short.returncode == 1 and "at least" in short.stderr


def test_a_figure_without_indicator_cannot_be_approved_as_is(app, state, unreviewed) -> None:
    """Approving needs an indicator, a place and a period; a correction can supply them."""
    figures = pl.read_parquet(unreviewed[0] / "news_figures.parquet")
    row = figures.filter(pl.col("status") == "candidate", pl.col("indicator").is_null()).row(
        0, named=True
    )
    client = reviewer_client(app)
    answer = post(client, decide_body("approve", row["review_key"]))
    assert "Il manque l'indicateur" in json.dumps(answer.get_json(), ensure_ascii=False)
    assert store_rows(state) == ([], [])
    fields = {"value": row["value"], "indicator": "jobs", "geo": "FR", "period": "2020"}
    answer = post(client, decide_body("correct", row["review_key"], **fields))
    assert "Corrigé et approuvé" in json.dumps(answer.get_json(), ensure_ascii=False)
    (decision,), _ = store_rows(state)
    assert decision.verb == "correct" and decision.changes["indicator"] == "jobs"


def test_decisions_export_command(tmp_path: Path) -> None:
    import subprocess
    import sys

    from dashboard.review import store
    from tests.review.helpers import ROOT

    store.decide("u s:0123456789ab 7", "reject", "alice", reason="a date",
                 path=tmp_path / "review.sqlite3")  # fmt: skip
    text = tmp_path / "news_decisions.txt"
    text.write_text("# ours\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "etl", "decisions", "export", "--file", str(text),
         "--state", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "1 decisions" in run.stdout
    lines = text.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# ours" and lines[-1].startswith(
        'reject u s:0123456789ab "7"  # a date; alice'
    )


def test_a_decision_on_another_extraction_is_shown_in_the_queue(app, state, unreviewed) -> None:
    """A store decision taken on an older extraction keeps the figure in the queue, with the
    old decision, its reviewer and date written beside it."""
    from flask_login import login_user

    from dashboard.layouts import review
    from dashboard.review import store
    from dashboard.review.auth import Reviewer

    key = candidate_key(unreviewed[0], "11 180")
    store.decide(key, "correct", "bob", {"geo": "CH"}, reason="Swiss jobs", seen="00000000")
    with app.server.test_request_context("/revue"):
        login_user(Reviewer("alice"))
        shown = str(review.layout({}))
    assert f"'data-key': '{key}'" in shown or key in shown
    assert "Décision précédente (extraction modifiée depuis)" in shown
    assert "correct geo=CH (Swiss jobs) — bob" in shown
    fresh = candidate_key(unreviewed[0], "4 880")
    figures = pl.read_parquet(unreviewed[0] / "news_figures.parquet")
    seen = figures.filter(review_key=fresh)["extraction"][0]
    store.decide(fresh, "reject", "bob", reason="a difference", seen=seen)
    with app.server.test_request_context("/revue"):
        login_user(Reviewer("alice"))
        assert fresh not in str(review.layout({}))  # decided on this extraction: done


def test_logout_ends_the_right_to_write_and_next_stays_on_site(app, state, unreviewed) -> None:
    import re

    client = reviewer_client(app)
    page = client.get("/connexion?next=https://evil.example/")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    assert 'name="next" value="/revue"' in page.text  # another site is never a target
    assert client.post("/deconnexion", data={}).status_code == 400  # no token: stays logged in
    out = client.post("/deconnexion", data={"csrf_token": token})
    assert out.status_code == 302 and out.headers["Location"].endswith("/")
    key = candidate_key(unreviewed[0], "11 180")
    refused = post(client, decide_body("approve", key))
    assert refused.status_code == 403 and refused.get_json()["reason"] == "login required"
    assert store_rows(state) == ([], [])


def test_a_bad_correction_is_refused_in_the_page_language(app, state, unreviewed) -> None:
    figures = pl.read_parquet(unreviewed[0] / "news_figures.parquet")
    row = figures.filter(status="candidate", span="11 180").row(0, named=True)
    fields = {"value": row["value"], "unit": row["unit"], "metric": row["metric"],
              "indicator": row["indicator"], "period": "17", "geo": row["obs_geo"],
              "segment": row["segment"], "entity": ""}  # fmt: skip
    body = decide_body("correct", row["review_key"], **fields)
    body["state"][-1]["value"] = "en"
    answer = post(reviewer_client(app), body)
    said = answer.get_json()["response"]["review-result"]["children"]
    assert said == "Invalid corrected value: Period (17)"
    assert store_rows(state) == ([], [])
