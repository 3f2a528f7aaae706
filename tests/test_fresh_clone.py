"""A clone without the shared folder: tests that need it skip with a reason, or fail under CI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.shared import ROOT

# Tests that read the seed page, the dev set or the shared figures, and nothing slow first.
NEEDS_SHARED = [
    "tests/news/test_figures_seed.py",
    "tests/news/test_digests.py::test_digest_figures_are_real_and_read_back",
    "tests/news/test_evaluate.py::test_dev_set_targets",
    "tests/news/test_ingest.py::test_seed_page_splits_into_one_article_and_five_items",
    "tests/news/test_extract_cli.py::test_text_and_html_files",
    "tests/news/test_extract_cli.py::test_evaluate_prints_scores_and_json",
]


def _pytest(shared: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_XDIST_WORKER")}
    env["CADRAN_SHARED"] = str(shared)
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *NEEDS_SHARED],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_without_shared_folder_the_tests_skip_with_a_reason(tmp_path: Path) -> None:
    proc = _pytest(tmp_path, ci=None)
    assert proc.returncode == 0, proc.stdout[-3000:]
    summary = proc.stdout.splitlines()[-1]
    assert "failed" not in summary and "error" not in summary, summary
    skipped = int(summary.split(" skipped")[0].split()[-1])
    assert skipped >= 40, summary  # every digest check, the seed page and dev-set tests
    assert f"shared file {tmp_path}" in proc.stdout and "set CADRAN_SHARED" in proc.stdout


def test_without_shared_folder_ci_fails_instead_of_skipping(tmp_path: Path) -> None:
    proc = _pytest(tmp_path, ci="true")
    assert proc.returncode == 1, proc.stdout[-3000:]
    assert "skipped" not in proc.stdout.splitlines()[-1]
    assert "failed" in proc.stdout.splitlines()[-1] or "error" in proc.stdout.splitlines()[-1]
