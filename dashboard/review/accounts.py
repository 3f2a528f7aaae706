"""Reviewer accounts: argon2 password hashes, never passwords.

Kept in a local file, one `name:hash` per line: $CADRAN_ACCOUNTS, default
`$CADRAN_STATE/accounts.txt` (git-ignored with the state folder). A deployment without a
writable disk can give the same lines in $CADRAN_ACCOUNT_HASHES instead (separated by `;` or
new lines). `python -m dashboard accounts add NAME` creates or resets an account.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from dashboard.review.store import state_dir

ENV_FILE = "CADRAN_ACCOUNTS"
ENV_HASHES = "CADRAN_ACCOUNT_HASHES"
NAME = re.compile(r"^[A-Za-z0-9._@-]{1,64}$")
MIN_PASSWORD = 10

_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a password of anyone")  # unknown names cost the same time


def accounts_file() -> Path:
    return Path(os.environ.get(ENV_FILE) or state_dir() / "accounts.txt")


def _parse(text: str) -> dict[str, str]:
    out = {}
    for line in re.split(r"[;\n]", text):
        name, sep, hashed = line.strip().partition(":")
        if sep and NAME.match(name) and hashed.startswith("$argon2"):
            out[name] = hashed
    return out


def accounts() -> dict[str, str]:
    """name -> argon2 hash, from the environment and the file (the file wins)."""
    found = _parse(os.environ.get(ENV_HASHES, ""))
    path = accounts_file()
    if path.is_file():
        found.update(_parse(path.read_text(encoding="utf-8")))
    return found


def exists(name: str) -> bool:
    return name in accounts()


def verify(name: str, password: str) -> bool:
    """Whether `password` is `name`'s; as slow for an unknown name as for a wrong password."""
    hashed = accounts().get(name)
    try:
        return _hasher.verify(hashed or _DUMMY, password) and hashed is not None
    except (VerificationError, InvalidHashError):
        return False


def add(name: str, password: str) -> Path:
    """Create or reset `name`'s account in the accounts file; returns the file."""
    if not NAME.match(name):
        raise ValueError("a name is 1 to 64 letters, digits, '.', '_', '@' or '-'")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password has at least {MIN_PASSWORD} characters")
    path = accounts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    lines = [ln for ln in lines if ln.partition(":")[0].strip() != name]
    lines.append(f"{name}:{_hasher.hash(password)}")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path
