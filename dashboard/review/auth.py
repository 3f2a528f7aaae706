"""Who may write: login, sessions, CSRF and the login rate limit, on Dash's Flask server.

- Sessions: flask-login over Flask's signed session cookie (HttpOnly, SameSite=Lax, Secure
  unless CADRAN_COOKIE_SECURE=0 for plain-http local use). The signing key comes from
  CADRAN_SECRET_KEY, else a random key kept in the state folder, so every gunicorn worker
  shares it.
- CSRF: flask-wtf tokens. The login and logout forms carry one in a hidden field. For Dash's
  own JSON posts, a logged-in page gets the token in the `_csrf_token` cookie, which Dash's
  renderer sends back as the `X-CSRFToken` header of every callback request; the review
  callbacks are refused (403) without a session or with a missing or bad token.
- Login attempts: at most 5 failures per name and 20 per address in 15 minutes, counted in
  the SQLite state store (shared by every worker).
"""

from __future__ import annotations

import os
import secrets
from html import escape
from typing import Any
from urllib.parse import urlparse

from dash import Dash
from flask import Response, current_app, redirect, request, session
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from flask_wtf.csrf import CSRFError, generate_csrf, validate_csrf
from wtforms import ValidationError

from dashboard.i18n import lang_of, lang_query, t
from dashboard.review import accounts, store

LOGIN = "/connexion"
LOGOUT = "/deconnexion"
REVIEW = "/revue"
CSRF_COOKIE = "_csrf_token"  # the cookie Dash's renderer reads
PROTECTED_PREFIX = "review-"  # callbacks whose outputs have these ids need a login and a token
WINDOW = 15 * 60
MAX_PER_NAME = 5
MAX_PER_ADDRESS = 20


class Reviewer(UserMixin):
    def __init__(self, name: str) -> None:
        self.id = name


def secure_cookies() -> bool:
    return os.environ.get("CADRAN_COOKIE_SECURE", "1") not in ("0", "false", "no")


def _secret_key() -> str:
    if key := os.environ.get("CADRAN_SECRET_KEY"):
        return key
    path = store.state_dir() / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:  # the first worker writes it, the others read it
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    except FileExistsError:
        pass
    return path.read_text().strip()


def install(app: Dash) -> None:
    """Sessions, login routes and the guard of the review callbacks (after the callback guard,
    so a malformed body still gets its 400 first)."""
    server = app.server
    server.secret_key = _secret_key()
    server.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure_cookies(),
        REMEMBER_COOKIE_SECURE=secure_cookies(),
        WTF_CSRF_TIME_LIMIT=8 * 3600,
    )
    manager = LoginManager()
    manager.init_app(server)
    manager.user_loader(lambda name: Reviewer(name) if accounts.exists(name) else None)
    dash_route = app.config.routes_pathname_prefix + "_dash-update-component"

    def guard_review_callbacks() -> Any:
        if request.path != dash_route or request.method != "POST":
            return None
        body = request.get_json(silent=True)
        output = body.get("output") if isinstance(body, dict) else None
        if not isinstance(output, str) or not protected(output):
            return None
        if not current_user.is_authenticated:
            return _refuse("login required")
        try:
            validate_csrf(request.headers.get("X-CSRFToken"))
        except (ValidationError, CSRFError):
            return _refuse("missing or bad CSRF token")
        return None

    def give_token(response: Response) -> Response:
        if (
            request.method == "GET"
            and current_user.is_authenticated
            and response.mimetype == "text/html"
        ):
            response.set_cookie(
                CSRF_COOKIE, generate_csrf(), samesite="Strict",
                secure=bool(current_app.config["SESSION_COOKIE_SECURE"]),
                httponly=False,  # Dash's renderer reads it to send the header
            )  # fmt: skip
        return response

    server.before_request(guard_review_callbacks)
    server.after_request(give_token)
    server.add_url_rule(LOGIN, "login", login, methods=["GET", "POST"])
    server.add_url_rule(LOGOUT, "logout", logout, methods=["POST"])


def protected(output: str) -> bool:
    """Whether a callback (Dash's `output` string) writes or reads review data."""
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    return any(p.rsplit(".", 1)[0].startswith(PROTECTED_PREFIX) for p in parts)


def _refuse(reason: str) -> tuple[Response, int]:
    return current_app.json.response({"error": "forbidden", "reason": reason}), 403


def _lang() -> str:
    return lang_of(request.args.get("lang") or request.form.get("lang"))


def _next() -> str:
    target = request.args.get("next") or request.form.get("next") or REVIEW
    parsed = urlparse(target)  # only a path of this site
    return target if not parsed.scheme and not parsed.netloc and target.startswith("/") else REVIEW


def login() -> Any:
    lang = _lang()
    if request.method == "GET":
        return _login_page(lang, "", 200)
    try:
        validate_csrf(request.form.get("csrf_token"))
    except (ValidationError, CSRFError):
        return _login_page(lang, t("login_expired", lang), 400)
    name = request.form.get("name", "").strip()[:64]
    address = "ip:" + (request.remote_addr or "?")
    if (
        store.failed_logins("name:" + name, WINDOW) >= MAX_PER_NAME
        or store.failed_logins(address, WINDOW) >= MAX_PER_ADDRESS
    ):
        return _login_page(lang, t("login_throttled", lang), 429)
    if not accounts.verify(name, request.form.get("password", "")[:1000]):
        store.record_failed_login(["name:" + name, address])
        return _login_page(lang, t("login_failed", lang), 401)
    session.clear()  # nothing from before the login (a planted token) carries over
    login_user(Reviewer(name))
    target = _next()
    return redirect(target + (lang_query(lang) if "?" not in target else ""))


def logout() -> Any:
    try:
        validate_csrf(request.form.get("csrf_token"))
    except (ValidationError, CSRFError):
        return _login_page(_lang(), t("login_expired", _lang()), 400)
    logout_user()
    response = redirect("/" + lang_query(_lang()))
    response.delete_cookie(CSRF_COOKIE)
    return response


def logout_form(lang: str) -> str:
    """The logout button's form (HTML), for pages built outside Dash."""
    return (
        f'<form method="post" action="{LOGOUT}"><input type="hidden" name="csrf_token" '
        f'value="{generate_csrf()}"><input type="hidden" name="lang" value="{lang}">'
        f'<button class="btn btn-outline-secondary btn-sm">{escape(t("logout", lang))}</button>'
        "</form>"
    )


def _login_page(lang: str, message: str, status: int) -> tuple[str, int]:
    alert = (
        f'<div class="alert alert-danger" role="alert">{escape(message)}</div>' if message else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cadran · {escape(t("login", lang))}</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap.min.css"></head>
<body><main class="container py-4" style="max-width: 28rem">
<h1 class="h3">{escape(t("login", lang))}</h1>
<p>{escape(t("login_why", lang))}</p>{alert}
<form method="post" action="{LOGIN}">
<input type="hidden" name="csrf_token" value="{generate_csrf()}">
<input type="hidden" name="lang" value="{lang}">
<input type="hidden" name="next" value="{escape(_next())}">
<div class="mb-3"><label class="form-label" for="login-name">{escape(t("login_name", lang))}</label>
<input class="form-control" id="login-name" name="name" autocomplete="username" required></div>
<div class="mb-3"><label class="form-label" for="login-password">{escape(t("login_password", lang))}</label>
<input class="form-control" id="login-password" name="password" type="password"
 autocomplete="current-password" required></div>
<button class="btn btn-primary" type="submit">{escape(t("login_submit", lang))}</button>
</form><p class="mt-3"><a href="/{lang_query(lang)}">Cadran</a></p>
</main></body></html>"""
    return page, status
