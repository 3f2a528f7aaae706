"""The vendored browser assets: locale rewrite and idempotent copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.vendor import locale_script, vendor

COMMONJS = "'use strict';\n\nmodule.exports = {\n    moduleType: 'locale',\n    name: 'fr'\n};\n"


def test_locale_becomes_a_browser_script() -> None:
    script = locale_script(COMMONJS)
    assert "module.exports" not in script
    assert "window.PlotlyLocales.push(locale)" in script
    assert "var locale = {\n    moduleType: 'locale',\n    name: 'fr'\n};" in script


def test_not_a_locale_file_is_refused() -> None:
    with pytest.raises(ValueError, match=r"x\.js: no 'module\.exports ='"):
        locale_script("console.log(1)", "x.js")


def test_vendor_copies_once(tmp_path: Path) -> None:
    npm = tmp_path / "npm"
    (npm / "bootstrap/dist/css").mkdir(parents=True)
    (npm / "bootstrap/dist/css/bootstrap.min.css").write_text("body{}")
    (npm / "plotly.js-locales").mkdir()
    (npm / "plotly.js-locales/fr.js").write_text(COMMONJS)
    out = tmp_path / "vendor"
    assert len(vendor(npm, out)) == 2
    assert vendor(npm, out) == []  # idempotent
    assert (out / "bootstrap.min.css").read_text() == "body{}"


def test_missing_npm_package_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"bootstrap\.min\.css: missing"):
        vendor(tmp_path, tmp_path / "out")
