"""Compare (issue 13, item 1) and the value scale (item 3), without a browser: several places,
segments or organisations in one view (`geo=FR,FR-BFC`), drawn as labelled lines, described,
and `scale=log`."""

from __future__ import annotations

import json
from datetime import date
from itertools import pairwise

import polars as pl

from dashboard import charts
from dashboard.compare import PALETTE, Line, compare_figure
from dashboard.figures import Frame
from dashboard.view import View, parse_view


def plain(text: str) -> str:
    """Text with the formatter's no-break spaces as plain spaces, for readable assertions."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def view_of(pkg, query: str) -> View:
    view, notices = parse_view(query, charts.choices_for(pkg))
    assert notices == []
    return view


def test_several_places_in_the_url_round_trip(pkg) -> None:
    view = view_of(pkg, "indicator=jobs&geo=FR,FR-BFC")
    assert (view.geo, view.more_geos) == ("FR", ("FR-BFC",))
    assert view.compared and len(view.members()) == 2
    assert "geo=FR,FR-BFC" in view.to_query()
    assert parse_view(view.to_query(), charts.choices_for(pkg))[0] == view


def test_old_single_value_urls_keep_working(pkg) -> None:
    view = view_of(pkg, "indicator=jobs&geo=FR-BFC&entity=")
    assert (view.geo, view.more_geos, view.entity, view.compared) == ("FR-BFC", (), None, False)
    assert view.to_query() == "indicator=jobs&geo=FR-BFC"


def test_an_unknown_compared_code_is_dropped_with_a_notice(pkg) -> None:
    view, notices = parse_view("geo=FR,NOPE,FR-BFC,FR", charts.choices_for(pkg))
    assert [(n.param, n.given) for n in notices] == [("geo", "NOPE")]
    assert (view.geo, view.more_geos) == ("FR", ("FR-BFC",))  # duplicates once


def test_whole_sector_and_an_organisation(pkg) -> None:
    view = view_of(pkg, "indicator=companies&entity=,France Horlogerie")
    assert (view.entity, view.more_entities) == (None, ("France Horlogerie",))
    fig = charts.build_series(pkg, view)
    labels = [a.text for a in fig.layout.annotations if (a.name or "").startswith("line-label")]
    assert labels == ["Ensemble du secteur", "France Horlogerie"]
    hovers = plain(" ".join(" ".join(tr.hovertext or ()) for tr in fig.data))
    assert "78 entreprises" in hovers and "100 entreprises" in hovers


def test_compared_places_are_labelled_lines_with_true_hovers(pkg) -> None:
    fig = charts.build_series(pkg, view_of(pkg, "indicator=jobs&geo=FR,FR-BFC"))
    lines = [tr for tr in fig.data if (tr.meta or {}).get("cadran_role") == "compare-line"]
    assert [tr.name for tr in lines] == ["France", "Bourgogne-Franche-Comté"]
    assert [tr.line.color for tr in lines] == list(PALETTE[:2])
    ends = {a.text: a for a in fig.layout.annotations if (a.name or "").startswith("line-label")}
    assert set(ends) == {"France", "Bourgogne-Franche-Comté"}
    assert ends["France"].font.color == PALETTE[0] and ends["France"].xanchor == "left"
    assert ends["Bourgogne-Franche-Comté"].x == date(2018, 1, 1)  # at the line's last value
    hovers = [plain(h) for tr in fig.data for h in (tr.hovertext or ())]
    bfc = [h for h in hovers if h.startswith("<b>Bourgogne-Franche-Comté</b>")]
    assert any("2018</b> : 3 870 personnes" in h for h in bfc)
    assert any("2016</b> : 3 700 personnes" in h for h in bfc)
    assert any("<b>France</b>" in h and "2 830 personnes" in h for h in hovers)
    assert fig.layout.title.text == "Emplois – Horlogerie, France / Bourgogne-Franche-Comté"
    assert not any(tr.showlegend is not False and tr.name == "France" for tr in fig.data)


def test_description_names_each_line_in_both_languages(pkg) -> None:
    fr = plain(charts.describe_series(pkg, view_of(pkg, "indicator=jobs&geo=FR,FR-BFC")))
    assert "France : 2 830 personnes (2018)" in fr
    assert "Bourgogne-Franche-Comté : 3 870 personnes (2018)" in fr
    en = plain(charts.describe_series(pkg, view_of(pkg, "indicator=jobs&geo=FR,FR-BFC&lang=en")))
    assert en.startswith("Jobs – Watchmaking, France / Bourgogne-Franche-Comté. Latest values")
    assert "Bourgogne-Franche-Comté: 3,870 people (2018)" in en


def test_table_and_sources_cover_every_line(pkg) -> None:
    view = view_of(pkg, "indicator=jobs&geo=FR,FR-BFC")
    table = charts.series_table(pkg, view)
    assert set(table["series"]) == {"France", "Bourgogne-Franche-Comté"}
    bfc = table.filter(pl.col("series") == "Bourgogne-Franche-Comté")
    assert sorted(bfc["value"].to_list()) == [3700.0, 3870.0]
    names = {use.name for use in charts.series_sources(pkg, view)}
    assert len(names) >= 2  # France's and the region's sources


def _line(label: str, unit: str, values: list[float]) -> Line:
    points = pl.DataFrame({
        "period": [str(2020 + i) for i in range(len(values))],
        "period_start": [date(2020 + i, 1, 1) for i in range(len(values))],
        "value": values, "status": ["official"] * len(values),
    })  # fmt: skip
    rows = points.with_columns(
        pl.lit(False).alias("approximate"), pl.lit("Insee").alias("publisher"),
        pl.lit("Insee").alias("publisher_name"),
    )  # fmt: skip
    return Line(label, unit, points, rows)


def test_different_units_become_small_multiples() -> None:
    frame = Frame("Comparaison", "", "Sources : Insee", "fr")
    fig = compare_figure(
        [
            _line("Chiffre d'affaires", "EUR", [4e8, 4.2e8]),
            _line("Emplois", "persons", [3e3, 3.1e3]),
        ],
        frame,
    )
    layout = fig.layout
    top, bottom = layout.yaxis.domain, layout.yaxis2.domain
    assert bottom[1] < top[0]  # two panels, one above the other, never one shared axis
    assert layout.yaxis.title.text == "M€" and layout.yaxis2.title.text == "personnes"
    on_second = [tr for tr in fig.data if tr.yaxis == "y2" and tr.mode == "lines"]
    assert [tr.name for tr in on_second] == ["Emplois"]


def test_direct_labels_never_overlap() -> None:
    frame = Frame("Comparaison", "", "", "fr")
    lines = [_line(f"Série {i}", "persons", [1000, 1000 + i]) for i in range(4)]
    fig = compare_figure(lines, frame)
    ys = sorted(a.y for a in fig.layout.annotations if (a.name or "").startswith("line-label"))
    assert all(b - a >= 0.05 * (ys[-1] or 1) for a, b in pairwise(ys))


def test_log_scale_from_the_url(pkg) -> None:
    view = view_of(pkg, "scale=log")
    assert view.scale == "log" and view.to_query() == "scale=log"
    assert charts.build_series(pkg, view).layout.yaxis.type == "log"
    compared = charts.build_series(pkg, view_of(pkg, "indicator=jobs&geo=FR,FR-BFC&scale=log"))
    assert compared.layout.yaxis.type == "log"
    ends = [a.y for a in compared.layout.annotations if (a.name or "").startswith("line-label")]
    assert all(3 < y < 4 for y in ends)  # log10 positions of about 3 000 people
    # a change in percent has no log scale: the axis stays linear
    yoy = charts.build_series(pkg, view_of(pkg, "scale=log&mode=yoy"))
    assert yoy.layout.yaxis.type != "log"
    assert parse_view("scale=cubic")[1][0].param == "scale"
    assert "log" in json.dumps(compared.layout.yaxis.to_plotly_json())
