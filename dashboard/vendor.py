"""Copy the browser assets fetched from npm into `dashboard/assets/vendor/` (run by `make assets`).

Inputs: a folder holding the unpacked npm packages `bootstrap/` and `plotly.js-locales/`
(`.cache/npm` in the Makefile). Outputs: `assets/vendor/bootstrap.min.css` and
`assets/vendor/plotly-locale-fr.js`, a browser script that hands the CommonJS locale object to
plotly.js through `window.PlotlyLocales` (read by plotly.js when it loads) or registers it
directly when plotly.js is already there. Idempotent: files are only rewritten when they change.

Usage: python -m dashboard.vendor .cache/npm
"""

from __future__ import annotations

import sys
from pathlib import Path

VENDOR_DIR = Path(__file__).parent / "assets" / "vendor"
BOOTSTRAP_CSS = Path("bootstrap") / "dist" / "css" / "bootstrap.min.css"
LOCALE_FR = Path("plotly.js-locales") / "fr.js"
COMMONJS_EXPORT = "module.exports ="

_WRAPPER = """/* plotly.js French locale (npm plotly.js-locales, MIT), rewritten for the browser. */
(function () {
  var locale = %s;
  if (window.Plotly && typeof window.Plotly.register === "function") {
    window.Plotly.register(locale);
  } else {
    window.PlotlyLocales = window.PlotlyLocales || [];
    window.PlotlyLocales.push(locale);
  }
})();
"""


def locale_script(commonjs: str, origin: str = "fr.js") -> str:
    """Turn the CommonJS text of a plotly.js-locales file into a browser script."""
    _head, sep, body = commonjs.partition(COMMONJS_EXPORT)
    if not sep:
        raise ValueError(f"{origin}: no '{COMMONJS_EXPORT}' found; not a plotly.js-locales file")
    obj = body.strip().rstrip(";").strip()
    if not (obj.startswith("{") and obj.endswith("}")):
        raise ValueError(f"{origin}: the exported value is not an object literal")
    return _WRAPPER % obj


def _write_if_changed(path: Path, content: bytes) -> bool:
    if path.exists() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(content)
    tmp.replace(path)
    return True


def vendor(npm_dir: Path, out_dir: Path = VENDOR_DIR) -> list[Path]:
    """Write the vendored assets; return the files that changed."""
    css = npm_dir / BOOTSTRAP_CSS
    fr = npm_dir / LOCALE_FR
    for needed in (css, fr):
        if not needed.is_file():
            raise FileNotFoundError(f"{needed}: missing; run .ci/fetch-npm.sh first (make assets)")
    changed = []
    targets = {
        out_dir / "bootstrap.min.css": css.read_bytes(),
        out_dir / "plotly-locale-fr.js": locale_script(
            fr.read_text(encoding="utf-8"), str(fr)
        ).encode("utf-8"),
    }
    for path, content in targets.items():
        if _write_if_changed(path, content):
            changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    npm_dir = Path(args[0]) if args else Path(".cache/npm")
    try:
        changed = vendor(npm_dir)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"vendored assets: {len(changed)} file(s) updated in {VENDOR_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
