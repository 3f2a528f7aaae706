"""Command line: `python -m dashboard [--host H] [--port P] [--data DIR] [--debug]` serves the app;
`python -m dashboard export ...` hands over to `dashboard.exports.export_cli` when it is installed;
`python -m dashboard accounts add NAME` creates a reviewer account (password from stdin).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from dashboard.data import ENV_VAR, PackageError, load


def serve(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8050)
    parser.add_argument("--data", default=None, help="data package folder (default data/tidy)")
    parser.add_argument("--debug", action="store_true", help="Dash debug mode (off by default)")
    args = parser.parse_args(argv)
    if args.data:
        os.environ[ENV_VAR] = args.data
    try:
        load(args.data)
    except PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    from dashboard.vendor import VENDOR_DIR

    missing = [
        n for n in ("bootstrap.min.css", "plotly-locale-fr.js") if not (VENDOR_DIR / n).is_file()
    ]
    if missing:
        print(
            f"warning: {VENDOR_DIR} lacks {', '.join(missing)}; run `make assets`", file=sys.stderr
        )
    from dashboard.app import app

    app.server.config[ENV_VAR] = args.data or app.server.config[ENV_VAR]
    app.run(host=args.host, port=args.port, debug=args.debug)
    return 0


def accounts_command(argv: Sequence[str]) -> int:
    """`python -m dashboard accounts add NAME`: the password is read from stdin (first line)
    or asked twice at the terminal; only its argon2 hash is stored."""
    import getpass

    from dashboard.review import accounts

    parser = argparse.ArgumentParser(prog="python -m dashboard accounts")
    parser.add_argument("action", choices=("add",))
    parser.add_argument("name")
    args = parser.parse_args(argv)
    if sys.stdin.isatty():
        password = getpass.getpass("Mot de passe / password: ")
        if getpass.getpass("Encore / again: ") != password:
            print("error: the two passwords differ", file=sys.stderr)
            return 1
    else:
        password = sys.stdin.readline().rstrip("\n")
    try:
        path = accounts.add(args.name, password)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"account {args.name} saved in {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "accounts":
        return accounts_command(args[1:])
    if args and args[0] == "export":
        try:
            exports_cli = importlib.import_module("dashboard.exports.export_cli")
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("dashboard.exports"):
                raise
            print(
                "error: exports are not installed (dashboard/exports/export_cli.py)",
                file=sys.stderr,
            )
            return 2
        return int(exports_cli.main(args[1:]) or 0)
    return serve(args)
