"""Files the tests borrow from the team's shared folder (seed page, dev sets, shared figures).

The shared folder sits next to the repository (`../shared`) unless `CADRAN_SHARED` points
elsewhere. On a fresh clone without it, the tests that need it skip with a visible reason;
in CI (`CI=true`, where the folder is always provided) a missing file is a failure instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENV_VAR = "CADRAN_SHARED"
SEED_PAGE = ("seeds", "000_472a8acf80b64286.txt")
DEV_SET = ("news_dev", "articles.jsonl")
SECTOR_FIGURES = ("data", "sector_figures.csv")


def shared_root() -> Path:
    """The shared folder: `CADRAN_SHARED` when set, else `../shared` beside the repository."""
    configured = os.environ.get(ENV_VAR)
    return Path(configured) if configured else ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path of a shared file; skips the calling test (fails it under CI) when it is absent."""
    path = shared_root().joinpath(*parts)
    if not path.exists():
        reason = f"shared file {path} is absent (set {ENV_VAR} to the shared folder)"
        if os.environ.get("CI", "").strip().lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path
