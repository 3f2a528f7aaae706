"""Architecture rules: etl never imports dash/plotly; dashboard never imports etl."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("etl", {"dash", "plotly", "dash_ag_grid", "dash_bootstrap_components", "dashboard"}),
        ("dashboard", {"etl"}),
    ],
)
def test_import_boundary(package: str, forbidden: set[str]) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files
    offenders = {str(f.relative_to(ROOT)): imported_roots(f) & forbidden for f in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_modules_open_with_a_docstring() -> None:
    missing = [
        str(f.relative_to(ROOT))
        for package in ("etl", "dashboard")
        for f in sorted((ROOT / package).rglob("*.py"))
        if f.stat().st_size and ast.get_docstring(ast.parse(f.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
