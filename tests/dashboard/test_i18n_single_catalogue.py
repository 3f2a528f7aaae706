"""One catalogue: no dashboard module but `dashboard/i18n.py` decides words by comparing a
language code. Others ask the catalogue (`t`, `pick`, `lang_query`, `label_column`...)."""

from __future__ import annotations

import ast
from pathlib import Path

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard"
CATALOGUE = DASHBOARD / "i18n.py"
LANG_CODES = {"fr", "en"}


def _is_lang(node: ast.AST) -> bool:
    """`lang`, `view.lang`, `params.get("lang")`, `params["lang"]` or a literal "fr" / "en"."""
    if isinstance(node, ast.Name):
        return node.id == "lang"
    if isinstance(node, ast.Attribute):
        return node.attr == "lang"
    if isinstance(node, ast.Constant):
        return node.value in LANG_CODES
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        args = node.args[:1]
        return node.func.attr == "get" and any(
            isinstance(a, ast.Constant) and a.value == "lang" for a in args
        )
    if isinstance(node, ast.Subscript):
        return isinstance(node.slice, ast.Constant) and node.slice.value == "lang"
    return False


def language_comparisons(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(
            _is_lang(n) for n in (node.left, *node.comparators)
        ):
            found.append(f"{path.relative_to(DASHBOARD.parent)}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_walker_sees_every_form() -> None:
    sample = 'a = x if lang == "en" else y\nb = view.lang != "fr"\nc = p.get("lang") == "en"\n'
    tree = ast.parse(sample)
    compares = [n for n in ast.walk(tree) if isinstance(n, ast.Compare)]
    assert len(compares) == 3
    assert all(_is_lang(c.left) for c in compares)


def test_no_language_comparison_outside_the_catalogue() -> None:
    files = [p for p in sorted(DASHBOARD.rglob("*.py")) if p != CATALOGUE]
    assert len(files) > 20  # the walk found the dashboard's modules
    found = [line for p in files for line in language_comparisons(p)]
    assert not found, "\n".join(found)
