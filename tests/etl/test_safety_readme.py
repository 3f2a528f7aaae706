"""Every key a manifest accepts is documented in README.md's "Adding a statistics source"."""

from __future__ import annotations

import re

from etl.stats.manifest import ACCEPTED_KEYS

from .conftest import ROOT


def section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Adding a statistics source")
    return text[start : text.index("\n## ", start + 1)]


def test_every_accepted_manifest_key_is_in_the_readme() -> None:
    doc = section()
    missing = [
        f"{where}.{key}"
        for where, keys in ACCEPTED_KEYS.items()
        for key in keys
        if not re.search(rf"`\[*{re.escape(key)}\]*`|^{re.escape(key)} =", doc, re.MULTILINE)
    ]
    assert not missing, f"undocumented manifest keys: {missing}"


def test_the_keys_the_bundled_manifests_use_are_accepted_and_documented() -> None:
    doc = section()
    for manifest in (ROOT / "data" / "raw").glob("*/source.toml"):
        for key in re.findall(r"^([a-z_]+)\s*=", manifest.read_text(encoding="utf-8"), re.M):
            assert f"`{key}`" in doc or re.search(rf"^{key} =", doc, re.M), (manifest, key)
