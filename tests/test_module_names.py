"""One name per thing: no two modules of a package share a file name (issue 10, item 4).

Two `run.py` or two `cli.py` make a traceback, a grep or a review comment ambiguous; a
name that says what the module holds (`feed_run.py`, `stats_run.py`) does not.
`__init__.py` and `__main__.py` are the package machinery and may repeat.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MACHINERY = {"__init__.py", "__main__.py"}


def repeated_names(package: Path) -> dict[str, list[str]]:
    """File name -> the modules under `package` that carry it, for names used more than once."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for path in sorted(package.rglob("*.py")):
        if path.name not in MACHINERY and "__pycache__" not in path.parts:
            by_name[path.name].append(path.relative_to(package.parent).as_posix())
    return {name: paths for name, paths in by_name.items() if len(paths) > 1}


def test_the_check_sees_a_repeated_name(tmp_path: Path) -> None:
    for folder in ("pkg/a", "pkg/b"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "run.py").write_text("", encoding="utf-8")
        (tmp_path / folder / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "pkg/a/only.py").write_text("", encoding="utf-8")
    assert repeated_names(tmp_path / "pkg") == {"run.py": ["pkg/a/run.py", "pkg/b/run.py"]}


@pytest.mark.parametrize("package", ["etl", "dashboard"])
def test_no_two_modules_share_a_file_name(package: str) -> None:
    repeated = repeated_names(ROOT / package)
    assert repeated == {}, "rename so each name says what the module holds:\n" + "\n".join(
        f"{name}: {', '.join(paths)}" for name, paths in sorted(repeated.items())
    )
