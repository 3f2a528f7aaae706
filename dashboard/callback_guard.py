"""Refuse malformed callback requests with a 400 and one log line, never a 500 with a traceback.

Dash trusts the body of `POST /_dash-update-component`: a list where the page sends a string,
a missing key or an unknown output reaches Dash's dispatcher or our callbacks and ends in a
500. Three layers stop that:

- `check_request` (a Flask `before_request` hook) checks the body's shape against the callback
  it names (`app.callback_map`) and each input's value against the kind of value its component
  property holds. The kinds are derived from the page layouts: the component class that owns
  each id, refined by what it was given (`Dropdown(multi=True)`, `Input(type="number")`, a
  Store's initial data).
- `refuse_callback_error`, Dash's documented `on_error` handler, turns an exception raised by a
  callback (a well-typed but unusable value) into the same refusal.
- `_guard_view` refuses what slips past both inside Dash's dispatcher.

Refusals answer `{"error": "bad input", "reason": ...}` with status 400; the log line names
the callback and the reason (or the exception class), never the traceback.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import dash
from dash.exceptions import PreventUpdate
from flask import Response, current_app, request
from werkzeug.exceptions import BadRequest, HTTPException, RequestEntityTooLarge

log = logging.getLogger("dashboard.callbacks")

ROUTE = "_dash-update-component"
MAX_BODY = 64 * 1024  # a real request is a few KB: six control values and a query string
MAX_TEXT = 2_000  # longest string a control or a query store holds
MAX_JSON = 32 * 1024  # serialised size of a free-form value (clickData, a Store's data)
RETRY_SECONDS = 60  # how soon to look at the layouts again when a page failed to build

Check = Callable[[Any], str | None]  # a value -> None when acceptable, else the reason


class CallbackRefused(BadRequest):
    """A callback request refused as bad input (answered as 400 JSON)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------- kinds of values


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"expected text, got {type(value).__name__}"
    return "text too long" if len(value) > MAX_TEXT else None


def _number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"expected a number, got {type(value).__name__}"
    return None if math.isfinite(value) else "number not finite"


def _scalar(value: Any) -> str | None:
    """A choice's value: text, number or boolean (what Dash's option values may be)."""
    if isinstance(value, bool) or (isinstance(value, int | float) and not _number(value)):
        return None
    return (
        _text(value) if isinstance(value, str) else f"expected a choice, got {type(value).__name__}"
    )


def _path(value: Any) -> str | None:
    return _text(value) or (None if value.startswith("/") else "expected a path")


def _count(value: Any) -> str | None:
    if _number(value) or value != int(value) or value < 0:
        return "expected a click count"
    return None


def _free_json(value: Any) -> str | None:
    try:
        size = len(json.dumps(value, allow_nan=False))
    except ValueError:
        return "number not finite"
    return "value too large" if size > MAX_JSON else None


def _mapping(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"expected an object, got {type(value).__name__}"
    return _free_json(value)


def _list_of(item: Check, length: int | None = None) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"expected a list, got {type(value).__name__}"
        if length is not None and len(value) != length:
            return f"expected {length} values, got {len(value)}"
        if len(value) > 1_000:
            return "list too long"
        return next((r for r in map(item, value) if r), None)

    return check


def _optional(check: Check) -> Check:
    return lambda value: None if value is None else check(value)


def _either(*checks: Check) -> Check:
    def check(value: Any) -> str | None:
        reasons = [c(value) for c in checks]
        return None if any(r is None for r in reasons) else reasons[-1]

    return check


def _store_kind(component: Any) -> Check:
    """A Store keeps the JSON type it was created with (ours hold query strings)."""
    data = getattr(component, "data", None)
    if isinstance(data, str):
        return _optional(_text)
    return _free_json


def _input_kind(component: Any) -> Check:
    """dcc.Input sends numbers for type="number" only; every other type sends text."""
    return _optional(_number if getattr(component, "type", None) == "number" else _text)


def _choice(component: Any) -> Check:
    """A choice takes the type of the options laid out: text codes, or years, or either."""
    options = getattr(component, "options", None) or []
    values = [o.get("value") if isinstance(o, dict) else o for o in options]
    if values and all(isinstance(v, str) for v in values):
        return _text
    if values and all(not isinstance(v, bool) and isinstance(v, int | float) for v in values):
        return _number
    return _scalar


def _dropdown_kind(component: Any) -> Check:
    if getattr(component, "multi", False):
        return _optional(_either(_list_of(_choice(component)), _choice(component)))
    return _optional(_choice(component))


def _range_kind(component: Any) -> Check:
    initial = getattr(component, "value", None)
    return _optional(_list_of(_number, len(initial) if isinstance(initial, list) else None))


SLIDERS = ("Slider", "RangeSlider")
_GRAPH_EVENTS = {"clickData", "hoverData", "selectedData", "relayoutData", "clickAnnotationData"}

# (component class, property) -> kind of value, given the component as laid out.
KINDS: dict[tuple[str, str], Callable[[Any], Check]] = {
    ("Dropdown", "value"): _dropdown_kind,
    ("RadioItems", "value"): lambda c: _optional(_choice(c)),
    ("Checklist", "value"): lambda c: _optional(_list_of(_choice(c))),
    ("Slider", "value"): lambda c: _optional(_number),
    ("RangeSlider", "value"): _range_kind,
    **{(k, p): (lambda c: _optional(_number)) for k in SLIDERS for p in ("min", "max", "step")},
    **{(k, "marks"): (lambda c: _optional(_mapping)) for k in SLIDERS},
    ("Input", "value"): _input_kind,
    ("Textarea", "value"): lambda c: _optional(_text),
    ("Store", "data"): _store_kind,
    ("Location", "pathname"): lambda c: _optional(_path),
    ("Location", "search"): lambda c: _optional(_text),
    ("Location", "hash"): lambda c: _optional(_text),
    ("Location", "href"): lambda c: _optional(_text),
    **{("Graph", p): (lambda c: _optional(_mapping)) for p in _GRAPH_EVENTS},
}
CLICKS = {"n_clicks", "n_clicks_timestamp", "n_submit", "n_blur"}


def kind_of(component: Any, prop: str) -> Check | None:
    """How to check `prop` of this laid-out component; None when we do not know the pair."""
    if prop in CLICKS:
        return _optional(_count)
    make = KINDS.get((type(component).__name__, prop))
    return make(component) if make else None


# ---------------------------------------------------------------- kinds from the layouts


def walk(component: Any) -> Iterator[Any]:
    """Every component in a layout tree, depth first."""
    if isinstance(component, list | tuple):
        for child in component:
            yield from walk(child)
        return
    if not hasattr(component, "_prop_names"):
        return
    yield component
    yield from walk(getattr(component, "children", None))


def id_key(component_id: Any) -> str:
    """One key per id; pattern ids keep only their `type`, the part a wildcard cannot vary."""
    if isinstance(component_id, dict):
        return "pattern:" + str(component_id.get("type"))
    if isinstance(component_id, str) and component_id.startswith("{"):
        return id_key(json.loads(component_id))
    return str(component_id)


def components_by_id(layouts: list[Any]) -> dict[str, Any]:
    """First component laid out under each id key, across `layouts`."""
    found: dict[str, Any] = {}
    for layout in layouts:
        for component in walk(layout):
            cid = getattr(component, "id", None)
            if cid is not None:
                found.setdefault(id_key(cid), component)
    return found


def page_layouts() -> list[Any]:
    """The app's root layout and each registered page built for its default view."""
    app = dash.get_app()
    layouts: list[Any] = [app.layout]
    for page in dash.page_registry.values():
        layout = page["layout"]
        try:
            layouts.append(layout() if callable(layout) else layout)
        except Exception as exc:  # one broken page must not disable the guard
            log.warning(
                "callback guard: page %s not inspected (%s)", page["path"], type(exc).__name__
            )
    return layouts


@dataclass(frozen=True)
class Slot:
    """One declared input or state of a callback."""

    key: str  # id_key of the declared id
    pattern: dict | None  # declared pattern id (wildcards as lists), None for a plain id
    prop: str
    check: Check
    derived: bool  # False when the component was not found and any JSON is accepted


def _slot(dep: Mapping[str, Any], components: Mapping[str, Any]) -> Slot:
    raw = dep["id"]
    pattern = json.loads(raw) if isinstance(raw, str) and raw.startswith("{") else None
    key = id_key(raw)
    component = components.get(key)
    check = kind_of(component, dep["property"]) if component is not None else None
    return Slot(key, pattern, dep["property"], check or _free_json, check is not None)


@dataclass(frozen=True)
class Spec:
    """What a server-side callback accepts: its outputs, inputs and states."""

    outputs: tuple[tuple[str, str], ...]  # (id key, property) per declared output
    multi: bool
    inputs: tuple[Slot, ...]
    state: tuple[Slot, ...]


def specs(callback_map: Mapping[str, Any], components: Mapping[str, Any]) -> dict[str, Spec]:
    """One Spec per server-side callback, keyed as Dash keys them (the `output` string)."""
    out = {}
    for output, cb in callback_map.items():
        if "callback" not in cb:  # clientside: never posted to the server
            continue
        declared = [(id_key(i), p.split("@")[0]) for i, p in _declared_outputs(output)]
        out[output] = Spec(
            outputs=tuple(declared),
            multi=output.startswith(".."),
            inputs=tuple(_slot(d, components) for d in cb["inputs"]),
            state=tuple(_slot(d, components) for d in cb["state"]),
        )
    return out


def _declared_outputs(output: str) -> list[tuple[str, str]]:
    parts = output[2:-2].split("...") if output.startswith("..") else [output]
    return [tuple(p.rsplit(".", 1)) for p in parts]  # type: ignore[misc]


# ---------------------------------------------------------------- the request


def _same_id(sent: Any, slot_key: str, pattern: dict | None) -> bool:
    if pattern is None:
        return isinstance(sent, str) and sent == slot_key
    if not isinstance(sent, dict) or set(sent) != set(pattern):
        return False
    for k, declared in pattern.items():
        if isinstance(declared, list):  # wildcard: any scalar
            if _scalar(sent[k]) is not None:
                return False
        elif sent[k] != declared:
            return False
    return True


def _check_entry(entry: Any, slot: Slot, where: str) -> str | None:
    if not isinstance(entry, dict):
        return f"{where}: expected an object"
    if entry.get("property") != slot.prop or not _same_id(entry.get("id"), slot.key, slot.pattern):
        return f"{where}: not the declared {slot.key}.{slot.prop}"
    reason = slot.check(entry.get("value"))
    return f"{where} ({slot.key}.{slot.prop}): {reason}" if reason else None


def _check_slots(sent: Any, slots: tuple[Slot, ...], where: str) -> str | None:
    if sent is None and where == "state" and not slots:
        return None
    if not isinstance(sent, list) or len(sent) != len(slots):
        return f"{where}: expected a list of {len(slots)}"
    for n, (entry, slot) in enumerate(zip(sent, slots, strict=True)):
        all_wild = slot.pattern and any(
            v in (["ALL"], ["ALLSMALLER"]) for v in slot.pattern.values()
        )
        entries = entry if all_wild and isinstance(entry, list) else [entry]
        for item in entries:
            if reason := _check_entry(item, slot, f"{where}[{n}]"):
                return reason
    return None


def _check_outputs(sent: Any, spec: Spec) -> str | None:
    items = sent if spec.multi else [sent]
    if not isinstance(items, list) or len(items) != len(spec.outputs):
        return "outputs: not the declared outputs"
    for item, (key, prop) in zip(items, spec.outputs, strict=True):
        if not isinstance(item, dict) or not isinstance(item.get("property"), str):
            return "outputs: expected objects with an id and a property"
        sent_id = item.get("id")
        if not isinstance(sent_id, str | dict) or id_key(sent_id) != key:
            return "outputs: not the declared outputs"
        if item["property"].split("@")[0] != prop:
            return "outputs: not the declared outputs"
    return None


def problem(body: Any, known: Mapping[str, Spec]) -> str | None:
    """Why this callback request body is not one the page could have sent; None if it is."""
    if not isinstance(body, dict):
        return "body is not a JSON object"
    output = body.get("output")
    if not isinstance(output, str) or output not in known:
        return "unknown output"
    spec = known[output]
    changed = body.get("changedPropIds", [])  # what Dash reads; parsedChangedPropsIds it ignores
    if not isinstance(changed, list) or not all(
        isinstance(i, str) and len(i) < MAX_TEXT for i in changed
    ):
        return "changedPropIds: expected a list of prop ids"
    return (
        _check_outputs(body.get("outputs"), spec)
        or _check_slots(body.get("inputs"), spec.inputs, "inputs")
        or _check_slots(body.get("state"), spec.state, "state")
    )


def refusal(reason: str, output: Any) -> tuple[Response, int]:
    """The 400 answer, and its one log line."""
    name = output if isinstance(output, str) else "?"
    log.warning("callback refused: %s [%s]", reason, name[:200])
    return current_app.json.response({"error": "bad input", "reason": reason}), 400


# ---------------------------------------------------------------- wiring


def _known(app: dash.Dash) -> dict[str, Spec]:
    """Specs of the app's callbacks, built when the first callback request arrives. Built again
    when callbacks were added, or (at most once a minute) while some input's component could
    not be found because a page failed to build."""
    cache = app.server.extensions.setdefault("callback_guard", {})
    stale = cache.get("count") != len(app.callback_map)
    if stale or (not cache["complete"] and time.monotonic() - cache["at"] > RETRY_SECONDS):
        built = specs(app.callback_map, components_by_id(page_layouts()))
        complete = all(s.derived for spec in built.values() for s in spec.inputs + spec.state)
        if not complete:
            log.warning("callback guard: some inputs checked as any JSON (component not found)")
        cache.update(specs=built, count=len(app.callback_map), complete=complete)
        cache["at"] = time.monotonic()
    return cache["specs"]


def _output_named() -> Any:
    """The `output` the current callback request names, if it names one."""
    body = request.get_json(silent=True)
    return body.get("output") if isinstance(body, dict) else None


def refuse_callback_error(err: Exception) -> None:
    """Dash `on_error` handler: a callback that raises was given input it cannot use. In debug
    mode (`python -m dashboard --debug`) the error goes on to Dash's dev tools instead."""
    if current_app.debug:
        raise err
    raise CallbackRefused(f"callback raised {type(err).__name__}") from None


def install(app: dash.Dash) -> None:
    """Guard `app`'s callback route (call once, after Dash has set up its routes)."""
    path = app.config.routes_pathname_prefix + ROUTE

    def check_request() -> Any:
        if request.path != path or request.method != "POST":
            return None
        if (request.content_length or 0) > MAX_BODY:
            return refusal("body too large", None)
        if not request.is_json:
            return refusal("content type is not JSON", None)
        request.max_content_length = MAX_BODY  # a body sent without a length stops there
        try:
            request.get_data(cache=True)
        except RequestEntityTooLarge:
            return refusal("body too large", None)
        body = request.get_json(silent=True)
        if body is None:
            return refusal("body is not JSON", None)
        reason = problem(body, _known(app))
        return refusal(reason, _output_named()) if reason else None

    app.server.before_request(check_request)
    app.server.register_error_handler(
        CallbackRefused,
        lambda exc: refusal(exc.reason, _output_named()),
    )
    view = app.server.view_functions[path]
    app.server.view_functions[path] = functools.wraps(view)(_guard_view(view))


def _guard_view(view: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return view(*args, **kwargs)
        except (PreventUpdate, HTTPException):
            raise
        except Exception as exc:  # the last line before a 500
            if current_app.debug:  # Dash's dev tools show it
                raise
            return refusal(f"dispatch raised {type(exc).__name__}", _output_named())

    return guarded
