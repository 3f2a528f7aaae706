"""The schedule units run `make refresh`, which fetches then builds; the README documents
every key of the feed list."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess

import pytest

from etl.fetch.feeds import FEED_KEYS, SETTING_KEYS
from tests.fetch.conftest import ROOT

DEPLOY = ROOT / "deploy"


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / name, encoding="utf-8")
    return parser


def test_systemd_timer_runs_the_refresh_service_and_the_service_runs_make_refresh():
    service, timer = _unit("cadran-refresh.service"), _unit("cadran-refresh.timer")
    assert service["Service"]["ExecStart"].endswith("make refresh")
    assert service["Service"]["Type"] == "oneshot"
    assert "CADRAN_CONTACT=" in service["Service"]["Environment"]
    assert timer["Timer"]["OnCalendar"] == "hourly"
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_cron_line_runs_make_refresh_once_at_a_time():
    lines = [
        ln
        for ln in (DEPLOY / "cadran-refresh.cron").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    assert len(lines) == 1
    fields = lines[0].split()
    assert all(re.fullmatch(r"[\d*/,-]+", f) for f in fields[:5])
    assert "flock -n" in lines[0] and "make refresh" in lines[0]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_refresh_fetches_then_builds():
    out = subprocess.run(
        ["make", "-n", "refresh"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    fetch, build = out.find("-m etl fetch"), out.find("-m etl build")
    assert 0 <= fetch < build


def test_readme_documents_every_feed_list_key():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Regional feeds fetched on a schedule", 1)[1].split("\n## ", 1)[0]
    missing = [k for k in (*FEED_KEYS, *SETTING_KEYS) if f"`{k}`" not in section]
    assert missing == []
    for unit in ("cadran-refresh.service", "cadran-refresh.timer", "cadran-refresh.cron"):
        assert unit in section
