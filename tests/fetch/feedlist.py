"""Feed lists the fetch tests and the fetch benchmark write: local feeds, delay 0, allowed
private addresses (the site is on 127.0.0.1), short timeouts, a test contact."""

from __future__ import annotations

CONTACT = "mailto:tests@cadran.invalid"


def feed_toml(feeds: list[dict], contact: str | None = CONTACT, **settings: object) -> str:
    lines = ["[settings]"]
    if contact:
        lines.append(f'contact = "{contact}"')
    for k, v in {"timeout": 10, "total_timeout": 20, **settings}.items():
        lines.append(f"{k} = {v!r}")
    for f in feeds:
        lines.append("\n[[feeds]]")
        spec = {"every": "0s", "delay": 0, "allow_private": True, **f}
        for k, v in spec.items():
            if isinstance(v, bool):
                lines.append(f"{k} = {'true' if v else 'false'}")
            elif isinstance(v, list):
                lines.append(f"{k} = [{', '.join(repr(x).replace(chr(39), chr(34)) for x in v)}]")
            elif isinstance(v, str):
                lines.append(f'{k} = "{v}"')
            else:
                lines.append(f"{k} = {v}")
    return "\n".join(lines) + "\n"
